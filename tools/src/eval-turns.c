/* eval-turns.c — how well casetrace recovers speaker turns in transcripts.
 *
 * Gold: Australian House of Representatives Hansard XML (hansard.xsd 2.2).
 * Every paragraph that opens with a speaker label (a span of class
 * HPS-Member*, or HPS-Office*) starts a turn; paragraphs without one continue
 * it. Each sitting day is rendered into the plain layouts transcripts come
 * in, read back with casetrace's reader and segmenter, and compared:
 *   caps     "MR WOOD: text"           uppercase labels, blank lines
 *   mixed    "Mr Wood: text"           title-case labels
 *   margins  caps, wrapped at 64 columns with line numbers 1–25 in the
 *            margin and a "Page N" header every 25 lines
 *   qa       questions as "Q. text", answers as "A. text", others caps
 * A predicted turn matches a gold turn when both start with the same first
 * eight words (after the label); boundary precision/recall count matches;
 * speaker accuracy is the share of matched turns whose label is right (case
 * and spacing aside; "Q"/"A" for bare question/answer blocks).
 *
 * Usage: eval-turns [--floor FILE] XML...   (prints one table; with --floor,
 * exits 1 when a figure falls below the floor written in FILE). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <casetrace/ingest.h>
#include <casetrace/segment.h>

struct turn {
	char *label;   /* speaker as in the source */
	char *text;    /* what was said, paragraphs joined by "\n\n" */
	int type;      /* 'Q', 'A' or 0 */
};

struct turns {
	struct turn *a;
	size_t n, cap;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fputs("eval-turns: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s);
	char *p = xmalloc(n + 1);
	memcpy(p, s, n + 1);
	return p;
}

/* Collapse white space runs to one space and trim, in place. */
static void squash(char *s)
{
	char *o = s;
	bool sp = true;
	for (char *p = s; *p; p++) {
		if (isspace((unsigned char)*p)) {
			if (!sp)
				*o++ = ' ';
			sp = true;
		} else {
			*o++ = *p;
			sp = false;
		}
	}
	if (o > s && o[-1] == ' ')
		o--;
	*o = '\0';
}

static bool label_class(const xmlChar *c)
{
	if (!c)
		return false;
	return !strncmp((const char *)c, "HPS-Member", 10) ||
	       !strncmp((const char *)c, "HPS-Office", 10);
}

/* The first element below n with a speaker-label class, in document order. */
static xmlNode *find_label(xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *cls = xmlGetProp(c, (const xmlChar *)"class");
		bool hit = label_class(cls);
		xmlFree(cls);
		if (hit)
			return c;
		xmlNode *d = find_label(c);
		if (d)
			return d;
	}
	return NULL;
}

static void push(struct turns *t, char *label, char *text, int type)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->a = realloc(t->a, t->cap * sizeof *t->a);
		if (!t->a) {
			fputs("eval-turns: out of memory\n", stderr);
			exit(2);
		}
	}
	t->a[t->n++] = (struct turn){label, text, type};
}

/* Walk talk.text paragraphs in document order (headings and other text
 * outside talk.text are not part of any turn). */
static void walk(xmlNode *n, struct turns *t, int type, bool in_talk)
{
	for (xmlNode *c = n; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)c->name;
		int ty = type;
		if (!strcmp(name, "question"))
			ty = 'Q';
		else if (!strcmp(name, "answer"))
			ty = 'A';
		else if (!strcmp(name, "speech") || !strcmp(name, "interjection") ||
		         !strcmp(name, "continue"))
			ty = 0;
		if (!strcmp(name, "p") && in_talk) {
			xmlChar *all = xmlNodeGetContent(c);
			char *text = xstrdup((const char *)all);
			xmlFree(all);
			squash(text);
			xmlNode *lab = find_label(c);
			if (lab) {
				xmlChar *l = xmlNodeGetContent(lab);
				char *label = xstrdup((const char *)l);
				xmlFree(l);
				squash(label);
				size_t ll = strlen(label);
				while (ll && (label[ll - 1] == ':' || label[ll - 1] == ' '))
					label[--ll] = '\0';
				/* the words after "LABEL (…) (…):" */
				char *p = strstr(text, label);
				char *colon = p ? strstr(p + ll, ": ") : NULL;
				if (p && colon && colon - (p + ll) < 300 && ll) {
					char *rest = xstrdup(colon + 1);
					squash(rest);
					free(text);
					if (*rest)
						push(t, label, rest, ty);
					else {
						free(rest);
						free(label);
					}
				} else {
					free(label);
					free(text);
				}
			} else if (t->n && *text) {
				/* a continuation paragraph */
				struct turn *last = &t->a[t->n - 1];
				size_t a = strlen(last->text), b = strlen(text);
				last->text = realloc(last->text, a + b + 3);
				memcpy(last->text + a, "\n\n", 2);
				memcpy(last->text + a + 2, text, b + 1);
				free(text);
			} else {
				free(text);
			}
			continue;
		}
		walk(c->children, t, ty, in_talk || !strcmp(name, "talk.text"));
	}
}

enum layout { CAPS, MIXED, MARGINS, QA, N_LAYOUTS };
static const char *const layout_names[] = {"caps", "mixed", "margins", "qa"};

static void upper(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

static void title_case(char *s)
{
	bool start = true;
	for (; *s; s++) {
		if (isalpha((unsigned char)*s)) {
			*s = (char)(start ? toupper((unsigned char)*s) : tolower((unsigned char)*s));
			start = false;
		} else {
			start = true;
		}
	}
}

struct out {
	char *s;
	size_t n, cap;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->n + n + 1 > o->cap) {
		o->cap = (o->n + n + 1) * 2;
		o->s = realloc(o->s, o->cap);
		if (!o->s)
			exit(2);
	}
	memcpy(o->s + o->n, s, n);
	o->n += n;
	o->s[o->n] = '\0';
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* The label as shown in a layout; also the gold speaker for that layout. */
static char *shown_label(const struct turn *t, enum layout l)
{
	if (l == QA && t->type)
		return xstrdup(t->type == 'Q' ? "Q" : "A");
	char *s = xstrdup(t->label);
	if (l == MIXED)
		title_case(s);
	else
		upper(s);
	return s;
}

/* Margins: numbered lines of at most 64 columns, 25 a page. */
struct margin {
	struct out *o;
	int line, page;
};

static void margin_line(struct margin *m, const char *s, size_t n)
{
	if (m->line == 25 || m->page == 0) {
		char h[96];
		m->page++;
		snprintf(h, sizeof h, "%s                                   Page %d\n",
		         m->page > 1 ? "\f" : "", m->page);
		puts_(m->o, h);
		m->line = 0;
	}
	char num[16];
	snprintf(num, sizeof num, "%2d   ", ++m->line);
	puts_(m->o, num);
	put(m->o, s, n);
	puts_(m->o, "\n");
}

static void margin_text(struct margin *m, const char *text)
{
	const char *p = text;
	while (*p) {
		if (*p == '\n') { /* paragraph break: a numbered empty line */
			margin_line(m, "", 0);
			while (*p == '\n')
				p++;
			continue;
		}
		size_t n = strcspn(p, "\n");
		size_t take = n;
		if (take > 64) {
			take = 64;
			while (take > 0 && p[take] != ' ')
				take--;
			if (take == 0)
				take = 64;
		}
		margin_line(m, p, take);
		p += take;
		while (*p == ' ')
			p++;
	}
}

static char *render(const struct turns *t, enum layout l)
{
	struct out o = {0};
	struct margin m = {&o, 0, 0};
	puts_(&o, "");
	for (size_t i = 0; i < t->n; i++) {
		const struct turn *tu = &t->a[i];
		char *lab = shown_label(tu, l);
		char *line;
		size_t need = strlen(lab) + strlen(tu->text) + 8;
		line = xmalloc(need);
		if (l == QA && tu->type)
			snprintf(line, need, "%s. %s", lab, tu->text);
		else
			snprintf(line, need, "%s: %s", lab, tu->text);
		if (l == MARGINS) {
			margin_text(&m, line);
			margin_line(&m, "", 0);
		} else {
			puts_(&o, line);
			puts_(&o, "\n\n");
		}
		free(line);
		free(lab);
	}
	return o.s;
}

/* First eight words, lower case, letters and digits only. */
static void key(const char *s, char *out, size_t cap)
{
	size_t o = 0;
	int words = 0;
	bool in = false;
	for (; *s && words < 8 && o + 2 < cap; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || c >= 0x80) {
			out[o++] = (char)tolower(c);
			in = true;
		} else if (in) {
			out[o++] = ' ';
			in = false;
			words++;
		}
	}
	out[o] = '\0';
	squash(out);
}

static bool same_label(const char *a, size_t an, const char *b)
{
	char x[256], y[256];
	snprintf(x, sizeof x, "%.*s", (int)an, a);
	snprintf(y, sizeof y, "%s", b);
	squash(x);
	squash(y);
	return strcasecmp(x, y) == 0;
}

struct score {
	size_t gold, pred, match, speaker_ok;
};

static void evaluate(const struct turns *gold, enum layout l, const char *name,
                     struct score *sc)
{
	char *text = render(gold, l);
	ct_load_opts o = {.kind = CT_KIND_TRANSCRIPT, .kind_set = true};
	ct_document *doc = NULL;
	if (ct_document_parse(name, text, strlen(text), &o, NULL, NULL, &doc) != CT_OK) {
		fprintf(stderr, "eval-turns: %s: casetrace could not read the %s layout\n",
		        name, layout_names[l]);
		exit(2);
	}
	ct_passage *p = NULL;
	size_t n = 0;
	ct_segment_document(doc, &p, &n);
	const char *t = ct_document_text(doc, NULL);

	/* predicted turns: passages with a speaker that starts a new label */
	size_t g = 0;
	sc->gold += gold->n;
	char kp[256], kg[256];
	for (size_t i = 0; i < n; i++) {
		if (p[i].speaker_end <= p[i].speaker_start)
			continue;
		if (i && p[i - 1].speaker_start == p[i].speaker_start)
			continue; /* the same turn, cut in pieces */
		sc->pred++;
		/* text after the label (and after "):" or ":" that closes it) */
		const char *after = t + p[i].speaker_end;
		const char *colon = memchr(after, ':', p[i].end - p[i].speaker_end);
		if (colon && colon - after > 130)
			colon = NULL;
		if (l == QA && (t[p[i].speaker_start] == 'Q' || t[p[i].speaker_start] == 'A') &&
		    p[i].speaker_end - p[i].speaker_start == 1)
			colon = after; /* "Q. text" */
		{
			const char *from = colon ? colon + 1 : after;
			char buf[512];
			size_t last = i; /* the turn's last piece */
			while (last + 1 < n && p[last + 1].speaker_start == p[i].speaker_start)
				last++;
			size_t len = (size_t)(t + p[last].end - from);
			snprintf(buf, sizeof buf, "%.*s", (int)(len < sizeof buf ? len : sizeof buf - 1),
			         from);
			key(buf, kp, sizeof kp);
		}
		/* gold turns are in order: look a little ahead */
		size_t g0 = g;
		for (size_t j = g; j < gold->n && j < g + 40; j++) {
			key(gold->a[j].text, kg, sizeof kg);
			if (strcmp(kp, kg) == 0) {
				sc->match++;
				char *want = shown_label(&gold->a[j], l);
				if (same_label(t + p[i].speaker_start,
				               p[i].speaker_end - p[i].speaker_start, want))
					sc->speaker_ok++;
				free(want);
				if (getenv("EVAL_TURNS_DEBUG"))
					for (size_t k = g0; k < j; k++)
						fprintf(stderr, "missed [%s] %.60s\n", gold->a[k].label,
						        gold->a[k].text);
				g = j + 1;
				break;
			}
		}
		if (g == g0 && getenv("EVAL_TURNS_DEBUG"))
			fprintf(stderr, "extra key=[%s] [%.*s] %.60s\n", kp,
			        (int)(p[i].speaker_end - p[i].speaker_start),
			        t + p[i].speaker_start, after);
	}
	ct_free(p);
	ct_document_free(doc);
	free(text);
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

int main(int argc, char **argv)
{
	const char *floor_file = NULL;
	int i = 1;
	if (i + 1 < argc && !strcmp(argv[i], "--floor")) {
		floor_file = argv[i + 1];
		i += 2;
	}
	if (i >= argc) {
		fputs("usage: eval-turns [--floor FILE] HANSARD.xml...\n", stderr);
		return 2;
	}
	struct score sc[N_LAYOUTS] = {0};
	size_t days = 0;
	for (; i < argc; i++) {
		xmlDoc *x = xmlReadFile(argv[i], NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING |
		                                           XML_PARSE_NOERROR | XML_PARSE_HUGE);
		if (!x) {
			fprintf(stderr, "eval-turns: %s: not readable XML\n", argv[i]);
			return 2;
		}
		struct turns gold = {0};
		walk(xmlDocGetRootElement(x), &gold, 0, false);
		xmlFreeDoc(x);
		for (int l = 0; l < N_LAYOUTS; l++)
			evaluate(&gold, (enum layout)l, argv[i], &sc[l]);
		for (size_t k = 0; k < gold.n; k++) {
			free(gold.a[k].label);
			free(gold.a[k].text);
		}
		free(gold.a);
		days++;
	}
	printf("turns in %zu Hansard sitting days, rendered in four layouts\n", days);
	printf("%-8s %7s %7s %9s %9s %7s %9s %9s\n", "layout", "gold", "found",
	       "turn P", "turn R", "turn F1", "speaker", "spk P/R");
	double worst_f1 = 1, worst_spk = 1;
	for (int l = 0; l < N_LAYOUTS; l++) {
		double P = ratio(sc[l].match, sc[l].pred), R = ratio(sc[l].match, sc[l].gold);
		double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
		double acc = ratio(sc[l].speaker_ok, sc[l].match);
		printf("%-8s %7zu %7zu %9.3f %9.3f %7.3f %9.3f %4.3f/%4.3f\n", layout_names[l],
		       sc[l].gold, sc[l].pred, P, R, F, acc, ratio(sc[l].speaker_ok, sc[l].pred),
		       ratio(sc[l].speaker_ok, sc[l].gold));
		if (F < worst_f1)
			worst_f1 = F;
		if (acc < worst_spk)
			worst_spk = acc;
	}
	if (floor_file) {
		FILE *f = fopen(floor_file, "r");
		double f1_floor = 2, spk_floor = 2;
		if (!f || fscanf(f, "turn_f1 %lf speaker_accuracy %lf", &f1_floor, &spk_floor) != 2) {
			fprintf(stderr, "eval-turns: %s: expected 'turn_f1 X speaker_accuracy Y'\n",
			        floor_file);
			return 2;
		}
		fclose(f);
		printf("floor: turn F1 >= %.3f, speaker accuracy >= %.3f (every layout)\n",
		       f1_floor, spk_floor);
		if (worst_f1 < f1_floor || worst_spk < spk_floor) {
			printf("BELOW FLOOR: worst turn F1 %.3f, worst speaker accuracy %.3f\n",
			       worst_f1, worst_spk);
			return 1;
		}
	}
	return 0;
}
