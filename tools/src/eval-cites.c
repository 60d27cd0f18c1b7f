/* eval-cites.c — how well `casetrace parse-cite --json` reads reference
 * strings, against the labelled sets in ../shared/data/citations.
 *
 * Two modes (tools/eval-cites runs both):
 *
 *   eval-cites raw KIND FILE...
 *       prints the reference strings of the files, one per line, as
 *       "N<TAB>text" (N = 1, 2, … over all files): the input for parse-cite.
 *   eval-cites score [--floor FILE] [--debug SET] [--fields] SPEC...
 *       SPEC = NAME=KIND=LISTFILE=PREDICTIONS[=SECONDS]; LISTFILE names the
 *       gold files (one path a line, the order given to `raw`), PREDICTIONS
 *       holds parse-cite's JSON lines for them, SECONDS the time parse-cite
 *       took. Prints per set and field precision / recall / F1 and the
 *       field micro-F1, then one summary table (with citations/s).
 *
 * KIND and how gold is read:
 *   anystyle     AnyStyle XML: each <sequence> is a reference; the raw
 *                string is its segments' text joined with spaces (labels
 *                stripped). author ← author; title ← title; container ←
 *                journal, container-title; issued ← date; volume, pages,
 *                publisher, location (place), url.
 *   grobid       GROBID TEI: each <bibl>; raw = all its text. author;
 *                title ← title level a (else level m); container ← level j
 *                (and level m when a level a exists); issued ← date;
 *                biblScope vol/volume, pp/page; publisher; pubPlace; ptr.
 *   linkedbooks  LinkedBooks CoNLL (CR line ends): a reference runs from
 *                a b-r token (TASK3) to an e-r one, over sequence ends, or
 *                from a token after an e-r (a tail whose start is not in
 *                the set); tokens outside references (o) are left out;
 *                raw = the tokens detokenised (no space
 *                before , . ; : ) ] » or after ( [ «). author, title,
 *                year, publicationplace, publisher, pagination, volume;
 *                every run of one tag is one value; a journal's
 *                publicationnumber-year run ("XVIII (1964).") gives a year
 *                and a volume (lb_flush). The set has no editor
 *                label: editors ("a cura di X") are labelled author, so a
 *                prediction's editors count as authors here. This set labels
 *                journal names as part of the title when nothing between
 *                is labelled ("Title, «Journal»") and as a second title
 *                when something is ("Title, in «Journal»"), so a
 *                prediction's title and container-title count as one
 *                value (joined) or two, whichever the gold has.
 *   excite       EXCITE segmented lines: one reference string per line with
 *                inline tags; author ← <author> (surname + given names)
 *                and <editor>, title, source (container), year, volume,
 *                fpage-lpage (each <fpage> one page value: a line that
 *                cites several works has one for each), publisher, url.
 *                No place (EXCITE tags places
 *                as <other>). EXCITE tags corporate authors ("Deutscher
 *                Bundestag (1993): Title") as <editor>, with no "Hrsg." or
 *                "ed." in the string, so names are scored as one field
 *                here: gold authors and editors against a prediction's
 *                authors and editors.
 *
 * Comparison, per reference and field, as multisets of normalised values
 * (a reference's predictions are all the citations parse-cite returned for
 * its line): lowercase ASCII, quotes and dashes unified, surrounding
 * punctuation and spaces stripped, inner white space collapsed, quote marks
 * dropped, spaces before , . ; : dropped; in title, container-title,
 * publisher and place every ASCII punctuation mark counts as a space (the
 * sets keep the source's punctuation inside and between fields, which no
 * parser's fields reproduce); container-title loses a leading
 * "In" / "in:"; page: "pp." / "p." / "S." prefixes and spaces dropped,
 * dashes as "-"; issued: the 4-digit year; volume: the first number or
 * Roman numeral after "vol." / "Bd." words. author is scored as NAME WORDS:
 * the words of two or more letters of the author names (family and
 * written-out given names; initials, "and", "et al." … ignored), since the
 * sets label the author list as one string. A field is scored for a set
 * only when the set's gold has it at least once.
 *
 * Exit: 0 ok; 1 a set's micro-F1 is below its floor in FILE (lines
 * "SET MICRO_F1"); 2 usage or unreadable input.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { F_AUTHOR, F_TITLE, F_CONTAINER, F_ISSUED, F_VOLUME, F_PAGE, F_PUBLISHER, F_PLACE, F_URL, NF };
static const char *const fnames[NF] = {"author", "title", "container-title", "issued",
                                       "volume", "page", "publisher", "publisher-place", "URL"};

/* ---------------------------------------------------------------- memory */

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("eval-cites: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *p = xrealloc(NULL, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

struct sbuf {
	char *d;
	size_t n, cap;
};

static void sb_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t c = b->cap ? b->cap : 64;
		while (c < b->n + n + 1)
			c *= 2;
		b->d = xrealloc(b->d, c);
		b->cap = c;
	}
	memcpy(b->d + b->n, s, n);
	b->n += n;
	b->d[b->n] = '\0';
}

static void sb_puts(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static void sb_putc(struct sbuf *b, char c)
{
	sb_add(b, &c, 1);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "eval-cites: %s: cannot read\n", path);
		exit(2);
	}
	struct sbuf b = {0};
	char tmp[65536];
	size_t r;
	while ((r = fread(tmp, 1, sizeof tmp, f)) > 0)
		sb_add(&b, tmp, r);
	fclose(f);
	if (!b.d)
		sb_add(&b, "", 0);
	*len = b.n;
	return b.d;
}

/* ------------------------------------------------------------ gold refs */

struct vals {
	char **v;
	size_t n;
};

struct ref {
	char *raw;
	struct vals gold[NF];
	struct vals pred[NF];
	struct vals lb_t, lb_c; /* linkedbooks: predicted title / container pairs */
};

struct refs {
	struct ref *r;
	size_t n, cap;
};

static void vals_add(struct vals *v, const char *s)
{
	if (!s || !*s)
		return;
	v->v = xrealloc(v->v, (v->n + 1) * sizeof *v->v);
	v->v[v->n++] = xstrndup(s, strlen(s));
}

static struct ref *new_ref(struct refs *rs)
{
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 256;
		rs->r = xrealloc(rs->r, rs->cap * sizeof *rs->r);
	}
	struct ref *r = &rs->r[rs->n++];
	memset(r, 0, sizeof *r);
	return r;
}

/* Decode XML entities of s[0, n) into b. */
static void xml_decode(struct sbuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '&') {
			sb_putc(b, s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i]);
			continue;
		}
		const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
		if (!semi) {
			sb_putc(b, '&');
			continue;
		}
		size_t el = (size_t)(semi - (s + i));
		const char *e = s + i + 1;
		if (!strncmp(e, "amp;", 4))
			sb_putc(b, '&');
		else if (!strncmp(e, "lt;", 3))
			sb_putc(b, '<');
		else if (!strncmp(e, "gt;", 3))
			sb_putc(b, '>');
		else if (!strncmp(e, "quot;", 5))
			sb_putc(b, '"');
		else if (!strncmp(e, "apos;", 5))
			sb_putc(b, '\'');
		else if (e[0] == '#') {
			unsigned long cp = e[1] == 'x' ? strtoul(e + 2, NULL, 16) : strtoul(e + 1, NULL, 10);
			char u[4];
			size_t ul;
			if (cp < 0x80) {
				u[0] = (char)cp;
				ul = 1;
			} else if (cp < 0x800) {
				u[0] = (char)(0xC0 | (cp >> 6));
				u[1] = (char)(0x80 | (cp & 0x3F));
				ul = 2;
			} else if (cp < 0x10000) {
				u[0] = (char)(0xE0 | (cp >> 12));
				u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
				u[2] = (char)(0x80 | (cp & 0x3F));
				ul = 3;
			} else {
				u[0] = (char)(0xF0 | (cp >> 18));
				u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
				u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
				u[3] = (char)(0x80 | (cp & 0x3F));
				ul = 4;
			}
			sb_add(b, u, ul);
		} else {
			sb_add(b, s + i, el + 1);
		}
		i += el;
	}
}

/* Collapse white space runs in place; trim. */
static void squeeze(char *s)
{
	char *w = s;
	bool sp = true;
	for (char *r = s; *r; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			if (!sp)
				*w++ = ' ';
			sp = true;
		} else {
			*w++ = *r;
			sp = false;
		}
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
}

/* Read an element name at s (after '<'); returns its length. */
static size_t tag_name(const char *s)
{
	size_t i = 0;
	while (s[i] && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_' || s[i] == ':'))
		i++;
	return i;
}

/* attribute value of name in the tag text [s, e), into out (size cap). */
static bool tag_attr(const char *s, const char *e, const char *name, char *out, size_t cap)
{
	size_t nl = strlen(name);
	for (const char *p = s; p + nl + 2 < e; p++) {
		if (strncmp(p, name, nl) != 0 || p[nl] != '=' || (p[nl + 1] != '"' && p[nl + 1] != '\''))
			continue;
		if (p > s && !isspace((unsigned char)p[-1]))
			continue;
		char q = p[nl + 1];
		const char *v = p + nl + 2, *ve = v;
		while (ve < e && *ve != q)
			ve++;
		size_t l = (size_t)(ve - v);
		if (l >= cap)
			l = cap - 1;
		memcpy(out, v, l);
		out[l] = '\0';
		return true;
	}
	return false;
}

/* The gold value of label text t for field f (author: kept whole). */
static void gold_add(struct ref *r, int f, const char *t)
{
	char *c = xstrndup(t, strlen(t));
	squeeze(c);
	vals_add(&r->gold[f], c);
	free(c);
}

static int anystyle_field(const char *label)
{
	static const struct {
		const char *l;
		int f;
	} m[] = {{"author", F_AUTHOR}, {"title", F_TITLE}, {"journal", F_CONTAINER},
	         {"container-title", F_CONTAINER}, {"date", F_ISSUED}, {"volume", F_VOLUME},
	         {"pages", F_PAGE}, {"publisher", F_PUBLISHER}, {"location", F_PLACE}, {"url", F_URL}};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
		if (!strcmp(label, m[i].l))
			return m[i].f;
	return -1;
}

static void load_anystyle(const char *path, struct refs *rs)
{
	size_t len;
	char *d = read_all(path, &len);
	const char *p = d;
	while ((p = strstr(p, "<sequence>")) != NULL) {
		const char *end = strstr(p, "</sequence>");
		if (!end)
			break;
		struct ref *r = new_ref(rs);
		struct sbuf raw = {0};
		const char *q = p + 10;
		while (q < end) {
			const char *lt = memchr(q, '<', (size_t)(end - q));
			if (!lt)
				break;
			size_t nl = tag_name(lt + 1);
			char label[64];
			snprintf(label, sizeof label, "%.*s", (int)nl, lt + 1);
			const char *gt = strchr(lt, '>');
			if (!gt || gt > end)
				break;
			char close[80];
			snprintf(close, sizeof close, "</%s>", label);
			const char *ce = strstr(gt, close);
			if (!ce || ce > end)
				break;
			struct sbuf t = {0};
			xml_decode(&t, gt + 1, (size_t)(ce - gt - 1));
			if (t.d) {
				squeeze(t.d);
				if (*t.d) {
					if (raw.n)
						sb_putc(&raw, ' ');
					sb_puts(&raw, t.d);
					int f = anystyle_field(label);
					if (f >= 0)
						gold_add(r, f, t.d);
				}
			}
			free(t.d);
			q = ce + strlen(close);
		}
		r->raw = raw.d ? raw.d : xstrndup("", 0);
		p = end + 11;
	}
	free(d);
}

static void load_grobid(const char *path, struct refs *rs)
{
	size_t len;
	char *d = read_all(path, &len);
	const char *p = d;
	while ((p = strstr(p, "<bibl")) != NULL) {
		if (p[5] != '>' && p[5] != ' ') {
			p += 5;
			continue;
		}
		const char *start = strchr(p, '>');
		const char *end = start ? strstr(start, "</bibl>") : NULL;
		if (!end)
			break;
		struct ref *r = new_ref(rs);
		struct sbuf raw = {0};
		struct vals mono = {0};
		const char *q = start + 1;
		int cur = -1;
		bool is_mono = false;
		struct sbuf val = {0};
		while (q < end) {
			const char *lt = memchr(q, '<', (size_t)(end - q));
			const char *te = lt ? lt : end;
			xml_decode(&raw, q, (size_t)(te - q));
			if (cur >= 0 || is_mono)
				xml_decode(&val, q, (size_t)(te - q));
			if (!lt)
				break;
			const char *gt = strchr(lt, '>');
			if (!gt || gt > end)
				break;
			if (lt[1] == '/') {
				if (val.d) {
					squeeze(val.d);
					if (is_mono)
						vals_add(&mono, val.d);
					else if (cur >= 0)
						gold_add(r, cur, val.d);
				}
				free(val.d);
				memset(&val, 0, sizeof val);
				cur = -1;
				is_mono = false;
			} else if (gt[-1] == '/') {
				if (!strncmp(lt + 1, "lb", 2))
					sb_putc(&raw, ' ');
			} else {
				size_t nl = tag_name(lt + 1);
				char name[32], a[32] = "";
				snprintf(name, sizeof name, "%.*s", (int)nl, lt + 1);
				cur = -1;
				if (!strcmp(name, "author"))
					cur = F_AUTHOR;
				else if (!strcmp(name, "title")) {
					tag_attr(lt, gt, "level", a, sizeof a);
					if (!strcmp(a, "a"))
						cur = F_TITLE;
					else if (!strcmp(a, "j"))
						cur = F_CONTAINER;
					else if (!strcmp(a, "m"))
						is_mono = true;
				} else if (!strcmp(name, "date"))
					cur = F_ISSUED;
				else if (!strcmp(name, "biblScope")) {
					if (!tag_attr(lt, gt, "unit", a, sizeof a))
						tag_attr(lt, gt, "type", a, sizeof a);
					if (!strcmp(a, "vol") || !strcmp(a, "volume"))
						cur = F_VOLUME;
					else if (!strcmp(a, "pp") || !strcmp(a, "page"))
						cur = F_PAGE;
				} else if (!strcmp(name, "publisher"))
					cur = F_PUBLISHER;
				else if (!strcmp(name, "pubPlace"))
					cur = F_PLACE;
				else if (!strcmp(name, "ptr"))
					cur = F_URL;
			}
			q = gt + 1;
		}
		free(val.d);
		for (size_t k = 0; k < mono.n; k++) {
			vals_add(r->gold[F_TITLE].n ? &r->gold[F_CONTAINER] : &r->gold[F_TITLE], mono.v[k]);
			free(mono.v[k]);
		}
		free(mono.v);
		if (raw.d)
			squeeze(raw.d);
		r->raw = raw.d ? raw.d : xstrndup("", 0);
		p = end + 7;
	}
	free(d);
}

/* join CoNLL tokens: no space before closing punctuation, none after an
 * opening one */
static void detok_add(struct sbuf *b, const char *t)
{
	static const char *const close[] = {",", ".", ";", ":", ")", "]", "\xc2\xbb", "!", "?", "'"};
	bool glue = false;
	for (size_t i = 0; i < sizeof close / sizeof close[0]; i++)
		if (!strncmp(t, close[i], strlen(close[i])))
			glue = true;
	if (b->n) {
		char last = b->d[b->n - 1];
		bool opener = last == '(' || last == '[' ||
		              (b->n >= 2 && (unsigned char)b->d[b->n - 2] == 0xC2 &&
		               (unsigned char)last == 0xAB);
		if (!glue && !opener)
			sb_putc(b, ' ');
	}
	sb_puts(b, t);
}

static int lb_field(const char *tag)
{
	static const struct {
		const char *l;
		int f;
	} m[] = {{"author", F_AUTHOR}, {"title", F_TITLE}, {"year", F_ISSUED},
	         {"publicationplace", F_PLACE}, {"publisher", F_PUBLISHER},
	         {"pagination", F_PAGE}, {"volume", F_VOLUME}};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
		if (!strcmp(tag, m[i].l))
			return m[i].f;
	return -1;
}

/* A finished run of one LinkedBooks tag becomes gold values. The set labels
 * a journal's volume and year together as one publicationnumber-year run
 * ("XVIII (1964).", "XXXIII, 1961,", "n. 23, 1969."): its year (the first
 * four-digit year) is gold issued, and its first number or Roman numeral is
 * gold volume unless the run opens with an issue number ("n.") or with the
 * year itself. */
static char *norm_year(const char *s);

static void lb_flush(struct ref *r, const char *tag, const char *run)
{
	if (!run || !tag[0])
		return;
	if (!strcmp(tag, "publicationnumber-year")) {
		char *y = norm_year(run);
		if (y)
			gold_add(r, F_ISSUED, y);
		bool issue = (run[0] == 'n' || run[0] == 'N') && !isalnum((unsigned char)run[1]);
		size_t l = strcspn(run, " ,.;:()");
		bool year_first = y && l == 4 && !strncmp(run, y, 4);
		if (!issue && !year_first && isalnum((unsigned char)run[0]))
			gold_add(r, F_VOLUME, run);
		free(y);
		return;
	}
	int f = lb_field(tag);
	if (f >= 0)
		gold_add(r, f, run);
}

static void load_linkedbooks(const char *path, struct refs *rs)
{
	size_t len;
	char *d = read_all(path, &len);
	struct ref *r = NULL;
	struct sbuf raw = {0}, run = {0};
	char runtag[64] = "";
	char *save = NULL;
	bool ended = false; /* the last token was a reference's e-r */
	for (char *line = strtok_r(d, "\r\n", &save);; line = strtok_r(NULL, "\r\n", &save)) {
		/* strtok_r skips empty lines: a reference starts at a b-r marker
		 * and ends at an e-r one. A sequence that goes on after an e-r
		 * without a b-r holds the tail of a reference whose start is not in
		 * the set (the split keeps sequences, not references): it is a
		 * reference of its own, not more of the one that ended. */
		char tok[512] = "", tag[64] = "", t2[64] = "", t3[64] = "";
		bool have = line != NULL;
		if (have && sscanf(line, "%511s %63s %63s %63s", tok, tag, t2, t3) < 4)
			continue;
		if (have && !strcmp(tok, "-DOCSTART-"))
			continue;
		bool begin = have && (!strncmp(t3, "b-r", 3) || ended);
		ended = have && !strncmp(t3, "e-r", 3);
		bool outside = have && t3[0] == 'o';
		if ((begin || !have || outside) && r) {
			lb_flush(r, runtag, run.d);
			free(run.d);
			memset(&run, 0, sizeof run);
			runtag[0] = '\0';
			r->raw = raw.d ? raw.d : xstrndup("", 0);
			memset(&raw, 0, sizeof raw);
			r = NULL;
		}
		if (!have)
			break;
		if (outside)
			continue;
		if (!r)
			r = new_ref(rs);
		if (strcmp(tag, runtag) != 0) {
			lb_flush(r, runtag, run.d);
			free(run.d);
			memset(&run, 0, sizeof run);
			snprintf(runtag, sizeof runtag, "%s", tag);
		}
		detok_add(&run, tok);
		detok_add(&raw, tok);
	}
	free(d);
}

static int excite_field(const char *tag)
{
	static const struct {
		const char *l;
		int f;
	} m[] = {{"author", F_AUTHOR}, {"editor", F_AUTHOR}, {"title", F_TITLE}, {"source", F_CONTAINER},
	         {"year", F_ISSUED}, {"volume", F_VOLUME}, {"publisher", F_PUBLISHER},
	         {"url", F_URL}};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
		if (!strcmp(tag, m[i].l))
			return m[i].f;
	return -1;
}

/* One gold page value: the text of an <fpage>, and "-" and its <lpage>
 * when one follows. Empties both buffers. */
static void excite_page(struct ref *r, struct sbuf *fp, struct sbuf *lp)
{
	if (fp->d) {
		struct sbuf pgv = {0};
		sb_puts(&pgv, fp->d);
		if (lp->d) {
			sb_putc(&pgv, '-');
			sb_puts(&pgv, lp->d);
		}
		gold_add(r, F_PAGE, pgv.d);
		free(pgv.d);
	}
	free(fp->d);
	free(lp->d);
	memset(fp, 0, sizeof *fp);
	memset(lp, 0, sizeof *lp);
}

static void load_excite(const char *path, struct refs *rs)
{
	size_t len;
	char *d = read_all(path, &len);
	char *save = NULL;
	for (char *line = strtok_r(d, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (!*line || !strcmp(line, "\r"))
			continue;
		struct ref *r = new_ref(rs);
		struct sbuf raw = {0}, val = {0}, fp = {0}, lp = {0};
		int cur = -1, depth_author = 0;
		enum { NONE, FP, LP } pg = NONE;
		const char *q = line;
		while (*q) {
			const char *lt = strchr(q, '<');
			const char *te = lt ? lt : q + strlen(q);
			xml_decode(&raw, q, (size_t)(te - q));
			if (cur >= 0)
				xml_decode(&val, q, (size_t)(te - q));
			if (pg == FP)
				xml_decode(&fp, q, (size_t)(te - q));
			if (pg == LP)
				xml_decode(&lp, q, (size_t)(te - q));
			if (!lt)
				break;
			const char *gt = strchr(lt, '>');
			if (!gt)
				break;
			bool closing = lt[1] == '/';
			size_t nl = tag_name(lt + 1 + closing);
			char name[32];
			snprintf(name, sizeof name, "%.*s", (int)nl, lt + 1 + closing);
			if (!strcmp(name, "fpage")) {
				/* a line citing several works has an <fpage> for
				 * each: each starts a value of its own */
				if (!closing)
					excite_page(r, &fp, &lp);
				pg = closing ? NONE : FP;
			}
			else if (!strcmp(name, "lpage"))
				pg = closing ? NONE : LP;
			else if (!strcmp(name, "surname") || !strcmp(name, "given-names"))
				;
			else if (closing) {
				if (cur >= 0 && val.d && (cur != F_AUTHOR || depth_author)) {
					squeeze(val.d);
					gold_add(r, cur, val.d);
				}
				free(val.d);
				memset(&val, 0, sizeof val);
				cur = -1;
				depth_author = 0;
			} else {
				cur = excite_field(name);
				depth_author = cur == F_AUTHOR;
			}
			q = gt + 1;
		}
		excite_page(r, &fp, &lp);
		free(val.d);
		if (raw.d)
			squeeze(raw.d);
		r->raw = raw.d ? raw.d : xstrndup("", 0);
	}
	free(d);
}

static bool load(const char *kind, const char *path, struct refs *rs)
{
	if (!strcmp(kind, "anystyle"))
		load_anystyle(path, rs);
	else if (!strcmp(kind, "grobid"))
		load_grobid(path, rs);
	else if (!strcmp(kind, "linkedbooks"))
		load_linkedbooks(path, rs);
	else if (!strcmp(kind, "excite"))
		load_excite(path, rs);
	else
		return false;
	return true;
}

/* ------------------------------------------------------------ normalise */

/* dashes → '-', curly quotes → '"', nbsp → ' ' */
static void unify(struct sbuf *o, const char *s)
{
	for (size_t i = 0; s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 && s[i + 2]) {
			unsigned char d = (unsigned char)s[i + 2];
			if (d >= 0x90 && d <= 0x95) {
				sb_putc(o, '-');
				i += 2;
				continue;
			}
			if (d >= 0x98 && d <= 0x9F) {
				sb_putc(o, '"');
				i += 2;
				continue;
			}
		}
		if (c == 0xC2 && ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB)) {
			sb_putc(o, '"');
			i++;
			continue;
		}
		if (c == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
			sb_putc(o, ' ');
			i++;
			continue;
		}
		sb_putc(o, (char)tolower(c));
	}
}

static bool edge_punct(char c)
{
	return strchr(" .,;:!?\"'()[]{}<>*/\\-", c) != NULL && c;
}

static char *norm_text(const char *s, int f)
{
	struct sbuf u = {0};
	unify(&u, s);
	if (!u.d)
		return xstrndup("", 0);
	/* drop quote marks, squeeze, strip edges, no space before , . ; : ;
	 * in the free-text fields (title, container, publisher, place) every
	 * ASCII punctuation mark counts as a space: the sets keep the source's
	 * punctuation inside and between fields ("Stato, architettura" vs
	 * "Stato. Architettura", "Title, «Journal»" labelled as one value),
	 * which no parser's output fields can reproduce */
	bool words = f == F_TITLE || f == F_CONTAINER || f == F_PUBLISHER || f == F_PLACE;
	struct sbuf o = {0};
	for (size_t i = 0; i < u.n; i++) {
		char c = u.d[i];
		if (words && ispunct((unsigned char)c)) {
			sb_putc(&o, ' ');
			continue;
		}
		if (c == '"')
			continue;
		if ((c == ',' || c == '.' || c == ';' || c == ':') && o.n && o.d[o.n - 1] == ' ')
			o.d[--o.n] = '\0';
		sb_putc(&o, c);
	}
	free(u.d);
	if (!o.d)
		return xstrndup("", 0);
	squeeze(o.d);
	char *a = o.d;
	while (*a && edge_punct(*a))
		a++;
	size_t l = strlen(a);
	while (l && edge_punct(a[l - 1]))
		l--;
	if (f == F_CONTAINER) {
		if (l >= 3 && !strncmp(a, "in:", 3)) {
			a += 3;
			l -= 3;
		} else if (l >= 3 && !strncmp(a, "in ", 3)) {
			a += 3;
			l -= 3;
		}
		while (l && *a == ' ') {
			a++;
			l--;
		}
	}
	char *r = xstrndup(a, l);
	squeeze(r);
	free(o.d);
	return r;
}

static char *norm_page(const char *s)
{
	char *t = norm_text(s, F_PAGE);
	static const char *const pre[] = {"pp.", "pp", "p.", "s.", "pages", "page", "seiten",
	                                  "seite", "pag.", "pgs.", "pg."};
	char *a = t;
	for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
		if (!strncmp(a, pre[k], strlen(pre[k])) &&
		    (isdigit((unsigned char)a[strlen(pre[k])]) || a[strlen(pre[k])] == ' ')) {
			a += strlen(pre[k]);
			break;
		}
	struct sbuf o = {0};
	for (; *a; a++)
		if (*a != ' ')
			sb_putc(&o, *a);
	while (o.n && (o.d[o.n - 1] == '.' || o.d[o.n - 1] == ',' || o.d[o.n - 1] == 'f'))
		o.d[--o.n] = '\0';
	free(t);
	return o.d ? o.d : xstrndup("", 0);
}

/* A four-character word that OCR has made of a year's digits ("I960",
 * "ig83", "i8o2": 1 read as I / i / l, 0 as O / o, 9 as g), at least two
 * of them still digits, as that year; NULL otherwise. The LinkedBooks gold
 * labels such words as the year, which is the year they stand for. */
static char *ocr_year(const char *w)
{
	static const char from[] = "IilOog", to[] = "111009";
	char y[5];
	int digits = 0;
	for (int k = 0; k < 4; k++) {
		const char *m = w[k] ? strchr(from, w[k]) : NULL;
		if (isdigit((unsigned char)w[k]))
			digits++;
		else if (!m)
			return NULL;
		y[k] = m ? to[m - from] : w[k];
	}
	y[4] = '\0';
	int v = atoi(y);
	if (digits < 2 || isalnum((unsigned char)w[4]) || v < 1400 || v > 2039)
		return NULL;
	return xstrndup(y, 4);
}

static char *norm_year(const char *s)
{
	for (size_t i = 0; s[i]; i++) {
		if (!isdigit((unsigned char)s[i]) || (i > 0 && isdigit((unsigned char)s[i - 1])))
			continue;
		size_t j = i;
		while (isdigit((unsigned char)s[j]))
			j++;
		if (j - i == 4) {
			int y = atoi(s + i);
			if (y >= 1400 && y <= 2039)
				return xstrndup(s + i, 4);
		}
	}
	for (size_t i = 0; s[i]; i++)
		if ((i == 0 || !isalnum((unsigned char)s[i - 1])) && strchr("1Iil", s[i])) {
			char *y = ocr_year(s + i);
			if (y)
				return y;
		}
	return NULL;
}

static char *norm_volume(const char *s)
{
	char *t = norm_text(s, F_VOLUME);
	const char *a = t;
	/* longest first; "voll." / "vols." (plural), "voi." / "voli." (the
	 * same words as OCR reads them in LinkedBooks) */
	static const char *const pre[] = {"volume", "voll.", "voli.", "vols.", "vol.", "voi.",
	                                  "vols", "vol", "bd.", "jg.", "v.", "tomo", "t."};
	for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
		if (!strncmp(a, pre[k], strlen(pre[k]))) {
			a += strlen(pre[k]);
			break;
		}
	while (*a == ' ')
		a++;
	size_t l = 0;
	if (isdigit((unsigned char)*a))
		while (isalnum((unsigned char)a[l]))
			l++;
	else
		while (a[l] && strchr("ivxlcdm", a[l]))
			l++;
	char *r = l ? xstrndup(a, l) : NULL;
	free(t);
	return r;
}

/* Name words of an author string: words of 2+ letters, connectors aside. */
static void name_words(const char *s, struct vals *out)
{
	char *t = norm_text(s, F_AUTHOR);
	static const char *const stop[] = {"and", "und", "et", "al", "eds", "ed", "hrsg", "hg",
	                                   "by", "with", "u", "a", "jr", "sr", "e", "y", "dir",
	                                   "org", "coord", "cura", "di", "others", "edited"};
	size_t i = 0;
	while (t[i]) {
		while (t[i] && !(isalnum((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80))
			i++;
		size_t a = i;
		while (t[i] && (isalnum((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80 ||
		                t[i] == '\'' || (t[i] == '-' && isalpha((unsigned char)t[i + 1]))))
			i++;
		size_t l = i - a;
		if (l < 2)
			continue;
		bool skip = false;
		for (size_t k = 0; k < sizeof stop / sizeof stop[0]; k++)
			if (strlen(stop[k]) == l && !strncmp(t + a, stop[k], l))
				skip = true;
		/* initials written together ("jp", "ck") are not name words */
		if (l <= 2 && !skip) {
			bool vowel = false;
			for (size_t k = a; k < i; k++)
				if (strchr("aeiouy", t[k]))
					vowel = true;
			if (!vowel)
				skip = true;
		}
		if (skip)
			continue;
		char *w = xstrndup(t + a, l);
		vals_add(out, w);
		free(w);
	}
	free(t);
}

/* Normalise a list of values for field f (author → name words). */
static void normalise(struct vals *in, int f)
{
	struct vals out = {0};
	for (size_t k = 0; k < in->n; k++) {
		char *v = NULL;
		if (f == F_AUTHOR)
			name_words(in->v[k], &out);
		else if (f == F_PAGE)
			v = norm_page(in->v[k]);
		else if (f == F_ISSUED)
			v = norm_year(in->v[k]);
		else if (f == F_VOLUME)
			v = norm_volume(in->v[k]);
		else
			v = norm_text(in->v[k], f);
		if (v && *v)
			vals_add(&out, v);
		free(v);
		free(in->v[k]);
	}
	free(in->v);
	*in = out;
}

/* ----------------------------------------------------------------- JSON */

/* A minimal reader for parse-cite's lines: finds top-level keys and reads
 * strings, numbers, and the pieces of arrays / objects we need. */
struct js {
	const char *p;
};

static void js_ws(struct js *j)
{
	while (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n')
		j->p++;
}

static char *js_string(struct js *j)
{
	js_ws(j);
	if (*j->p != '"')
		return NULL;
	j->p++;
	struct sbuf b = {0};
	while (*j->p && *j->p != '"') {
		if (*j->p == '\\') {
			j->p++;
			char c = *j->p;
			if (c == 'u') {
				unsigned cp = (unsigned)strtoul((char[5]){j->p[1], j->p[2], j->p[3], j->p[4], 0}, NULL, 16);
				j->p += 4;
				if (cp < 0x80)
					sb_putc(&b, (char)cp);
				else if (cp < 0x800) {
					sb_putc(&b, (char)(0xC0 | (cp >> 6)));
					sb_putc(&b, (char)(0x80 | (cp & 0x3F)));
				} else {
					sb_putc(&b, (char)(0xE0 | (cp >> 12)));
					sb_putc(&b, (char)(0x80 | ((cp >> 6) & 0x3F)));
					sb_putc(&b, (char)(0x80 | (cp & 0x3F)));
				}
			} else {
				sb_putc(&b, c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' :
				            c == 'b' ? '\b' : c == 'f' ? '\f' : c);
			}
			j->p++;
			continue;
		}
		sb_putc(&b, *j->p++);
	}
	if (*j->p == '"')
		j->p++;
	return b.d ? b.d : xstrndup("", 0);
}

static void js_skip(struct js *j)
{
	js_ws(j);
	if (*j->p == '"') {
		free(js_string(j));
		return;
	}
	if (*j->p == '{' || *j->p == '[') {
		int depth = 0;
		bool str = false;
		for (; *j->p; j->p++) {
			if (str) {
				if (*j->p == '\\')
					j->p++;
				else if (*j->p == '"')
					str = false;
				continue;
			}
			if (*j->p == '"')
				str = true;
			else if (*j->p == '{' || *j->p == '[')
				depth++;
			else if (*j->p == '}' || *j->p == ']') {
				if (--depth == 0) {
					j->p++;
					return;
				}
			}
		}
		return;
	}
	while (*j->p && *j->p != ',' && *j->p != '}' && *j->p != ']')
		j->p++;
}

/* author: [{"family":..,"given":..}|{"literal":..}] → one string per name */
static void js_names(struct js *j, struct vals *out)
{
	js_ws(j);
	if (*j->p != '[') {
		js_skip(j);
		return;
	}
	j->p++;
	for (;;) {
		js_ws(j);
		if (*j->p == ']') {
			j->p++;
			return;
		}
		if (*j->p == ',') {
			j->p++;
			continue;
		}
		if (*j->p != '{') {
			js_skip(j);
			continue;
		}
		j->p++;
		struct sbuf name = {0};
		for (;;) {
			js_ws(j);
			if (*j->p == '}') {
				j->p++;
				break;
			}
			if (*j->p == ',') {
				j->p++;
				continue;
			}
			char *k = js_string(j);
			js_ws(j);
			if (*j->p == ':')
				j->p++;
			char *v = js_string(j);
			if (!k) {
				free(v);
				js_skip(j);
				break;
			}
			if (v) {
				if (name.n)
					sb_putc(&name, ' ');
				sb_puts(&name, v);
			}
			free(k);
			free(v);
		}
		if (name.d)
			vals_add(out, name.d);
		free(name.d);
	}
}

static char *js_year(struct js *j)
{
	js_ws(j);
	const char *s = j->p;
	js_skip(j);
	const char *dp = strstr(s, "date-parts");
	if (!dp || dp > j->p)
		return NULL;
	while (dp < j->p && !isdigit((unsigned char)*dp))
		dp++;
	return dp < j->p ? xstrndup(dp, 4) : NULL;
}

static long js_number(struct js *j)
{
	js_ws(j);
	long v = strtol(j->p, (char **)&j->p, 10);
	return v;
}

struct pred {
	long note;
	struct vals f[NF];
	char *container; /* for linkedbooks joining */
	char *lb_t, *lb_c; /* linkedbooks: a title and a container-title */
};

static void parse_pred(const char *line, struct pred *pr, bool lb, bool ed_as_author)
{
	memset(pr, 0, sizeof *pr);
	pr->note = -1;
	struct js j = {line};
	js_ws(&j);
	if (*j.p != '{')
		return;
	j.p++;
	char *title = NULL, *cont = NULL;
	for (;;) {
		js_ws(&j);
		if (*j.p == '}' || !*j.p)
			break;
		if (*j.p == ',') {
			j.p++;
			continue;
		}
		char *k = js_string(&j);
		if (!k)
			break;
		js_ws(&j);
		if (*j.p == ':')
			j.p++;
		js_ws(&j);
		int f = -1;
		if (!strcmp(k, "author") || (ed_as_author && !strcmp(k, "editor")))
			js_names(&j, &pr->f[F_AUTHOR]);
		else if (!strcmp(k, "issued")) {
			char *y = js_year(&j);
			vals_add(&pr->f[F_ISSUED], y);
			free(y);
		} else if (!strcmp(k, "note"))
			pr->note = js_number(&j);
		else if (!strcmp(k, "title"))
			title = js_string(&j);
		else if (!strcmp(k, "container-title"))
			cont = js_string(&j);
		else {
			if (!strcmp(k, "volume"))
				f = F_VOLUME;
			else if (!strcmp(k, "page"))
				f = F_PAGE;
			else if (!strcmp(k, "publisher"))
				f = F_PUBLISHER;
			else if (!strcmp(k, "publisher-place"))
				f = F_PLACE;
			else if (!strcmp(k, "URL"))
				f = F_URL;
			if (f >= 0 && *j.p == '"') {
				char *v = js_string(&j);
				vals_add(&pr->f[f], v);
				free(v);
			} else {
				js_skip(&j);
			}
		}
		free(k);
	}
	if (lb && title && cont) {
		/* scored as one value or two, see lb_pairs() */
		pr->lb_t = title;
		pr->lb_c = cont;
		return;
	} else {
		vals_add(&pr->f[F_TITLE], title);
		if (!lb)
			vals_add(&pr->f[F_CONTAINER], cont);
		else if (!title)
			vals_add(&pr->f[F_TITLE], cont);
	}
	free(title);
	free(cont);
}

/* ----------------------------------------------------------------- score */

struct counts {
	size_t tp[NF], np[NF], ng[NF];
};

static size_t match(const struct vals *g, const struct vals *p)
{
	bool *used = calloc(p->n ? p->n : 1, 1);
	size_t tp = 0;
	for (size_t a = 0; a < g->n; a++)
		for (size_t b = 0; b < p->n; b++)
			if (!used[b] && !strcmp(g->v[a], p->v[b])) {
				used[b] = true;
				tp++;
				break;
			}
	free(used);
	return tp;
}

static bool has_val(const struct vals *v, const char *s)
{
	for (size_t k = 0; k < v->n; k++)
		if (!strcmp(v->v[k], s))
			return true;
	return false;
}

/* LinkedBooks labels a journal or book after an article or chapter title
 * as part of the title when nothing between them is labelled otherwise
 * ("Title, «Journal»": one title) and as a second title when something is
 * ("Title, in «Journal»": two), so a prediction's title and
 * container-title count as one value (joined) or as two, whichever the
 * gold has (joined when it has neither). After normalise(), F_TITLE. */
static void lb_pairs(struct ref *r)
{
	for (size_t k = 0; k < r->lb_t.n; k++) {
		struct sbuf b = {0};
		sb_puts(&b, r->lb_t.v[k]);
		sb_putc(&b, ' ');
		sb_puts(&b, r->lb_c.v[k]);
		char *j = norm_text(b.d, F_TITLE), *t = norm_text(r->lb_t.v[k], F_TITLE),
		     *c = norm_text(r->lb_c.v[k], F_TITLE);
		free(b.d);
		if (!has_val(&r->gold[F_TITLE], j) &&
		    (has_val(&r->gold[F_TITLE], t) || has_val(&r->gold[F_TITLE], c))) {
			vals_add(&r->pred[F_TITLE], t);
			vals_add(&r->pred[F_TITLE], c);
		} else {
			vals_add(&r->pred[F_TITLE], j);
		}
		free(j);
		free(t);
		free(c);
		free(r->lb_t.v[k]);
		free(r->lb_c.v[k]);
	}
	free(r->lb_t.v);
	free(r->lb_c.v);
	memset(&r->lb_t, 0, sizeof r->lb_t);
	memset(&r->lb_c, 0, sizeof r->lb_c);
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void debug_vals(const char *tag, const struct vals *v)
{
	fprintf(stderr, "    %s:", tag);
	for (size_t k = 0; k < v->n; k++)
		fprintf(stderr, " [%s]", v->v[k]);
	fputc('\n', stderr);
}

struct setres {
	char name[64];
	size_t refs, cites;
	double secs;
	double micro_p, micro_r, micro_f1;
	double fp[NF], fr[NF], ff[NF];
	size_t ng[NF];
};

static int score_set(const char *spec, bool debug, const char *debug_set, bool show_fields,
                     struct setres *res)
{
	char *sp = xstrndup(spec, strlen(spec));
	char *parts[5] = {0};
	size_t np = 0;
	for (char *t = sp; np < 5;) {
		parts[np++] = t;
		char *e = strchr(t, '=');
		if (!e)
			break;
		*e = '\0';
		t = e + 1;
	}
	if (np < 4) {
		fprintf(stderr, "eval-cites: bad set '%s' (NAME=KIND=LIST=PREDICTIONS[=SECONDS])\n", spec);
		free(sp);
		return 2;
	}
	memset(res, 0, sizeof *res);
	snprintf(res->name, sizeof res->name, "%s", parts[0]);
	const char *kind = parts[1];
	res->secs = np >= 5 ? atof(parts[4]) : 0;
	struct refs rs = {0};
	size_t ll;
	char *list = read_all(parts[2], &ll);
	char *save = NULL;
	for (char *path = strtok_r(list, "\n", &save); path; path = strtok_r(NULL, "\n", &save))
		if (*path && !load(kind, path, &rs)) {
			fprintf(stderr, "eval-cites: unknown kind '%s'\n", kind);
			free(sp);
			return 2;
		}
	free(list);
	bool lb = !strcmp(kind, "linkedbooks");
	size_t pl;
	char *preds = read_all(parts[3], &pl);
	save = NULL;
	for (char *line = strtok_r(preds, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		struct pred pr;
		parse_pred(line, &pr, lb, lb || !strcmp(kind, "excite"));
		res->cites++;
		if (pr.note >= 1 && (size_t)pr.note <= rs.n) {
			struct ref *r = &rs.r[pr.note - 1];
			for (int f = 0; f < NF; f++)
				for (size_t k = 0; k < pr.f[f].n; k++)
					vals_add(&r->pred[f], pr.f[f].v[k]);
			if (pr.lb_t) {
				vals_add(&r->lb_t, pr.lb_t);
				vals_add(&r->lb_c, pr.lb_c);
			}
		}
		free(pr.lb_t);
		free(pr.lb_c);
		for (int f = 0; f < NF; f++) {
			for (size_t k = 0; k < pr.f[f].n; k++)
				free(pr.f[f].v[k]);
			free(pr.f[f].v);
		}
	}
	free(preds);
	struct counts c = {0};
	bool dbg = debug && (!debug_set || !strcmp(debug_set, res->name));
	for (size_t i = 0; i < rs.n; i++) {
		struct ref *r = &rs.r[i];
		bool bad = false;
		for (int f = 0; f < NF; f++) {
			normalise(&r->gold[f], f);
			normalise(&r->pred[f], f);
			if (f == F_TITLE)
				lb_pairs(r);
			size_t tp = match(&r->gold[f], &r->pred[f]);
			c.tp[f] += tp;
			c.np[f] += r->pred[f].n;
			c.ng[f] += r->gold[f].n;
			if (tp != r->gold[f].n || tp != r->pred[f].n)
				bad = true;
		}
		if (dbg && bad) {
			fprintf(stderr, "%s #%zu: %s\n", res->name, i + 1, r->raw);
			for (int f = 0; f < NF; f++) {
				size_t tp = match(&r->gold[f], &r->pred[f]);
				if (tp == r->gold[f].n && tp == r->pred[f].n)
					continue;
				fprintf(stderr, "  %s\n", fnames[f]);
				debug_vals("gold", &r->gold[f]);
				debug_vals("pred", &r->pred[f]);
			}
		}
	}
	/* fields the set labels */
	size_t TP = 0, NP = 0, NG = 0;
	for (int f = 0; f < NF; f++) {
		res->ng[f] = c.ng[f];
		if (!c.ng[f])
			continue;
		double p = c.np[f] ? (double)c.tp[f] / (double)c.np[f] : 0;
		double r = (double)c.tp[f] / (double)c.ng[f];
		res->fp[f] = p;
		res->fr[f] = r;
		res->ff[f] = f1(p, r);
		TP += c.tp[f];
		NP += c.np[f];
		NG += c.ng[f];
	}
	res->refs = rs.n;
	res->micro_p = NP ? (double)TP / (double)NP : 0;
	res->micro_r = NG ? (double)TP / (double)NG : 0;
	res->micro_f1 = f1(res->micro_p, res->micro_r);
	if (show_fields) {
		printf("%s (%zu references, %zu citations)\n", res->name, rs.n, res->cites);
		printf("  %-16s %6s %6s %6s %7s\n", "field", "P", "R", "F1", "gold");
		for (int f = 0; f < NF; f++)
			if (c.ng[f])
				printf("  %-16s %6.3f %6.3f %6.3f %7zu\n", fnames[f], res->fp[f], res->fr[f],
				       res->ff[f], c.ng[f]);
		printf("  %-16s %6.3f %6.3f %6.3f %7zu\n\n", "micro", res->micro_p, res->micro_r,
		       res->micro_f1, NG);
	}
	for (size_t i = 0; i < rs.n; i++) {
		for (int f = 0; f < NF; f++) {
			for (size_t k = 0; k < rs.r[i].gold[f].n; k++)
				free(rs.r[i].gold[f].v[k]);
			for (size_t k = 0; k < rs.r[i].pred[f].n; k++)
				free(rs.r[i].pred[f].v[k]);
			free(rs.r[i].gold[f].v);
			free(rs.r[i].pred[f].v);
		}
		free(rs.r[i].raw);
	}
	free(rs.r);
	free(sp);
	return 0;
}

static int check_floor(const char *path, const struct setres *res, size_t n)
{
	size_t len;
	char *d = read_all(path, &len);
	int rc = 0;
	char *save = NULL;
	for (char *line = strtok_r(d, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char name[64];
		double floor;
		if (line[0] == '#' || sscanf(line, "%63s %lf", name, &floor) != 2)
			continue;
		for (size_t i = 0; i < n; i++)
			if (!strcmp(res[i].name, name) && res[i].micro_f1 + 1e-9 < floor) {
				fprintf(stderr, "eval-cites: %s micro-F1 %.3f is below its floor %.2f\n", name,
				        res[i].micro_f1, floor);
				rc = 1;
			}
	}
	free(d);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc >= 3 && !strcmp(argv[1], "raw")) {
		struct refs rs = {0};
		for (int i = 3; i < argc; i++)
			if (!load(argv[2], argv[i], &rs)) {
				fprintf(stderr, "eval-cites: unknown kind '%s'\n", argv[2]);
				return 2;
			}
		for (size_t i = 0; i < rs.n; i++) {
			/* one line each: no tabs or newlines inside */
			for (char *c = rs.r[i].raw; *c; c++)
				if (*c == '\t' || *c == '\n' || *c == '\r')
					*c = ' ';
			printf("%zu\t%s\n", i + 1, rs.r[i].raw);
		}
		return 0;
	}
	if (argc >= 2 && !strcmp(argv[1], "score")) {
		const char *floor = NULL, *debug_set = NULL;
		bool debug = false, fields = true;
		int i = 2;
		for (; i < argc && argv[i][0] == '-'; i++) {
			if (!strcmp(argv[i], "--floor") && i + 1 < argc)
				floor = argv[++i];
			else if (!strcmp(argv[i], "--debug")) {
				debug = true;
				if (i + 1 < argc && argv[i + 1][0] != '-' && !strchr(argv[i + 1], '='))
					debug_set = argv[++i];
			} else if (!strcmp(argv[i], "--summary"))
				fields = false;
			else {
				fprintf(stderr, "eval-cites: unknown option '%s'\n", argv[i]);
				return 2;
			}
		}
		size_t n = (size_t)(argc - i);
		struct setres *res = calloc(n ? n : 1, sizeof *res);
		if (!res)
			return 2;
		for (size_t k = 0; k < n; k++) {
			int rc = score_set(argv[i + (int)k], debug, debug_set, fields, &res[k]);
			if (rc)
				return rc;
		}
		printf("%-26s %6s %6s", "set", "refs", "cites");
		static const char *const shortn[NF] = {"auth", "title", "cont", "year", "vol",
		                                        "page", "publ", "place", "URL"};
		for (int f = 0; f < NF; f++)
			printf(" %5s", shortn[f]);
		printf(" %6s %6s %6s %8s\n", "micro-P", "R", "F1", "cites/s");
		size_t tc = 0;
		double ts = 0;
		for (size_t k = 0; k < n; k++) {
			printf("%-26s %6zu %6zu", res[k].name, res[k].refs, res[k].cites);
			for (int f = 0; f < NF; f++) {
				if (res[k].ng[f])
					printf(" %5.2f", res[k].ff[f]);
				else
					printf(" %5s", "-");
			}
			printf(" %7.3f %6.3f %6.3f", res[k].micro_p, res[k].micro_r, res[k].micro_f1);
			if (res[k].secs > 0)
				printf(" %8.0f\n", (double)res[k].cites / res[k].secs);
			else
				printf(" %8s\n", "-");
			tc += res[k].cites;
			ts += res[k].secs;
		}
		if (ts > 0)
			printf("\nparse-cite speed: %zu citations in %.2f s = %.0f citations/s (process start included)\n",
			       tc, ts, (double)tc / ts);
		int rc = floor ? check_floor(floor, res, n) : 0;
		free(res);
		return rc;
	}
	fprintf(stderr, "usage: eval-cites raw KIND FILE...\n"
	                "       eval-cites score [--floor FILE] [--debug [SET]] [--summary] "
	                "NAME=KIND=LIST=PREDICTIONS[=SECONDS]...\n");
	return 2;
}
