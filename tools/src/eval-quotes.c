/* eval-quotes.c — how well `casetrace extract-quotes` finds quotations and
 * their speakers, against the PolNeAR attribution corpus.
 *
 * Gold: ../shared/data/quotes/polnear/<compartment>/text/<article>.txt with
 * brat standoff in <compartment>/attributions/<article>_<annotator>.ann.
 * For each article the first non-empty .ann in C (byte) order is used (some
 * articles have up to six annotators); an article with no non-empty .ann is
 * skipped. In .ann files, `T` lines are "Tn<TAB>Type start end[;start end...]
 * <TAB>text" with offsets counted in Unicode code points of the .txt (UTF-8,
 * no BOM, no CR; checked against the span texts); `E` lines join
 * "Attribution:Tn Content:Tn Cue:Tn Source:Tn" (also Content2, and
 * Attribution-no-source without a Source). Other lines (continuations of a
 * span text holding a newline) are ignored.
 *
 * Gold quotes: the quoted runs of the article text that lie inside Content
 * spans. The text is scanned paragraph by paragraph (a newline ends any open
 * run): a run opens at “ or " and closes at the next ” or "; a “ inside an
 * open run ends that run there (a typo for ”); a run still open at the end of
 * a paragraph ends there (the multi-paragraph convention: the next paragraph
 * reopens). Outside double-quoted runs, ‘…’ counts too when ‘ follows a
 * non-letter and the closing ’ is not followed by a letter (so apostrophes as
 * in it’s, O’Malley are not marks); single quotes nested in a double-quoted
 * run are not separate gold quotes, and straight ' is never a mark. The span
 * of a quote is the text inside the marks, trimmed of white space; it must
 * hold a letter or digit. A run is gold when at least half of its characters
 * lie in Content spans; its speaker is the Source span text of the
 * attribution covering most of it (none for Attribution-no-source).
 *
 * Predictions: JSON lines as `casetrace extract-quotes --json` prints them
 * ({"path":..,"start":..,"end":..,"speaker":..,"parts":[[s,e],...],...};
 * a quotation joined from pieces is scored piece by piece; start/end half-open
 * byte offsets into the file). A prediction belongs to the article whose
 * "<compartment>/text/<article>.txt" ends its path (else the article of
 * that file name).
 *
 * Scores per compartment and overall:
 *   span P/R/F1  a prediction matches a gold quote when their character
 *                spans overlap by >= 50 % of the longer; one-to-one, greedy by
 *                overlap.
 *   speaker acc  over matched quotes whose gold Source names someone: right
 *                when the predicted speaker shares a name word with it
 *                (case-insensitive, >= 2 letters, titles and function words
 *                aside); a null speaker is wrong.
 *   attributed   a quote is right when span and speaker are right. Gold
 *                quotes whose Source is a pronoun, has no name word or is
 *                missing are left out of both sides (with the predictions
 *                matched to them). Precision counts predictions that name a
 *                speaker; recall counts the named gold quotes.
 *
 * Usage: eval-quotes [--floor FILE] [--debug] POLNEAR_DIR PREDICTIONS.jsonl
 * Exit: 0 ok; 1 a figure of the "all" row is below the floor in FILE
 * ("attributed_f1 X speaker_accuracy Y span_f1 Z"); 2 usage, unreadable or
 * malformed input. --debug lists missed, spurious and wrongly attributed
 * quotes on stderr. */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const compartments[] = {"train", "dev", "test", "annotator-training"};
#define N_COMP (sizeof compartments / sizeof compartments[0])

/* ---------------------------------------------------------------- memory */

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("eval-quotes: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static void *xmalloc(size_t n)
{
	return xrealloc(NULL, n);
}

static char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* grow *p (elements of size sz) so it holds at least need elements */
static void grow(void *pp, size_t *cap, size_t need, size_t sz)
{
	void **p = pp;
	if (need <= *cap)
		return;
	size_t c = *cap ? *cap : 8;
	while (c < need)
		c *= 2;
	*p = xrealloc(*p, c * sz);
	*cap = c;
}

static char *path_join3(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *p = xmalloc(la + lb + lc + 3);
	memcpy(p, a, la);
	p[la] = '/';
	memcpy(p + la + 1, b, lb);
	p[la + 1 + lb] = '/';
	memcpy(p + la + 2 + lb, c, lc + 1);
	return p;
}

/* Whole file into memory (NUL-terminated); NULL with errno on failure. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 0, n = 0;
	char *buf = NULL;
	for (;;) {
		grow(&buf, &cap, n + 65536 + 1, 1);
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		free(buf);
		errno = EIO;
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names in DIR ending with SUFFIX, in C order. */
static char **list_dir(const char *dir, const char *suffix, size_t *n)
{
	DIR *d = opendir(dir);
	*n = 0;
	if (!d)
		return NULL;
	char **v = NULL;
	size_t cap = 0, ls = strlen(suffix);
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l <= ls || strcmp(e->d_name + l - ls, suffix))
			continue;
		grow(&v, &cap, *n + 1, sizeof *v);
		v[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof *v, cmp_str);
	return v;
}

/* ----------------------------------------------------------------- UTF-8 */

/* Decode one code point at s[*i] (advancing *i); invalid bytes decode as
 * themselves (Latin-1), one byte each. */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	unsigned c = s[*i];
	if (c < 0xC0 || c >= 0xF8) {
		(*i)++;
		return c;
	}
	size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
	uint32_t cp = c & (0x3F >> need);
	for (size_t k = 1; k <= need; k++) {
		if (*i + k >= len || (s[*i + k] & 0xC0) != 0x80) {
			(*i)++;
			return c;
		}
		cp = cp << 6 | (s[*i + k] & 0x3F);
	}
	*i += need + 1;
	return cp;
}

static size_t utf8_put(char *out, uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static bool is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return false;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE00 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) ||
	    (c >= 0x1F000 && c <= 0x1FFFF))
		return false;
	return true;
}

static bool is_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || is_letter(c);
}

static bool is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
	       c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
	       c == 0x3000 || c == 0xFEFF;
}

static uint32_t to_lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	return c;
}

/* ----------------------------------------------------------- name words */

#define MAX_WORDS 48
#define WORD_MAX 48
struct words {
	size_t n;
	char w[MAX_WORDS][WORD_MAX];
};

/* Lowercased letter runs of s (any length). */
static void split_words(const char *s, struct words *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len = strlen(s), i = 0;
	out->n = 0;
	char cur[WORD_MAX];
	size_t cl = 0, letters = 0;
	while (i <= len) {
		uint32_t c = i < len ? utf8_next(u, len, &i) : (i++, (uint32_t)' ');
		if (is_letter(c)) {
			char tmp[4];
			size_t k = utf8_put(tmp, to_lower(c));
			if (cl + k < WORD_MAX) {
				memcpy(cur + cl, tmp, k);
				cl += k;
			}
			letters++;
			continue;
		}
		if (letters && out->n < MAX_WORDS) {
			cur[cl] = '\0';
			memcpy(out->w[out->n++], cur, cl + 1);
		}
		cl = letters = 0;
	}
}

static bool in_list(const char *w, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (!strcmp(w, list[i]))
			return true;
	return false;
}

static const char *const pronouns[] = {
	"he", "she", "they", "i", "we", "you", "it", "his", "her", "him", "them", "us",
	"me", "who", "whom", "whose", "which", "that", "this", "these", "those", "its",
	"their", "theirs", "our", "ours", "my", "mine", "your", "yours", "hers",
	"himself", "herself", "themselves", "itself", "ourselves", "myself",
	"yourself", "one", "someone", "somebody", "anyone", "anybody", "everyone",
	"everybody", "each", "both", "others", "what", "all", "some", "many", "most",
	"few", "several", "either", "neither", NULL};

/* Titles and function words: never name words. */
static const char *const not_names[] = {
	"mr", "mrs", "ms", "miss", "mx", "dr", "sen", "sens", "senator", "senators",
	"gov", "governor", "rep", "reps", "representative", "pres", "president",
	"congressman", "congresswoman", "sir", "dame", "lord", "lady", "rev",
	"reverend", "gen", "general", "lt", "col", "sgt", "capt", "cmdr", "adm",
	"prof", "professor", "hon", "honorable", "judge", "justice", "mayor",
	"secretary", "sec", "chairman", "chairwoman", "speaker", "minister", "prime",
	"vice", "former", "jr", "sr", "st", "the", "an", "and", "or", "of", "to", "in",
	"on", "at", "by", "for", "with", "from", "as", "into", "about", "according",
	"said", "says", "told", "nor", NULL};

enum src_class { SRC_MISSING, SRC_PRONOUN, SRC_NONAME, SRC_NAMED };
static const char *const src_class_names[] = {"missing", "pronoun", "no name word", "named"};

static void name_words(const char *s, struct words *out)
{
	struct words all;
	split_words(s, &all);
	out->n = 0;
	for (size_t i = 0; i < all.n; i++) {
		const char *w = all.w[i];
		/* count letters, not bytes */
		size_t letters = 0;
		for (const unsigned char *p = (const unsigned char *)w; *p; p++)
			letters += (*p & 0xC0) != 0x80;
		if (letters < 2 || in_list(w, pronouns) || in_list(w, not_names))
			continue;
		memcpy(out->w[out->n++], w, strlen(w) + 1);
	}
}

static enum src_class classify_source(const char *s)
{
	if (!s)
		return SRC_MISSING;
	struct words all, nw;
	split_words(s, &all);
	if (all.n == 0)
		return SRC_NONAME;
	bool pron = true;
	for (size_t i = 0; i < all.n; i++)
		if (!in_list(all.w[i], pronouns))
			pron = false;
	if (pron)
		return SRC_PRONOUN;
	name_words(s, &nw);
	return nw.n ? SRC_NAMED : SRC_NONAME;
}

static bool speaker_right(const char *gold, const char *pred)
{
	if (!gold || !pred)
		return false;
	struct words g, p;
	name_words(gold, &g);
	name_words(pred, &p);
	for (size_t i = 0; i < p.n; i++)
		for (size_t j = 0; j < g.n; j++)
			if (!strcmp(p.w[i], g.w[j]))
				return true;
	return false;
}

/* --------------------------------------------------------------- articles */

struct gold {
	size_t s, e;          /* code points, half-open, inside the marks */
	char *speaker;        /* Source text, NULL when none */
	enum src_class cls;
	long match;           /* index of the matched prediction, -1 */
};

struct pred {
	size_t parts[8][2];   /* "parts": the pieces of a joined quotation (bytes) */
	size_t n_parts;
	size_t bs, be;        /* bytes, as given */
	size_t s, e;          /* code points */
	char *speaker, *text;
	long line;
	long match;           /* index of the matched gold quote, -1 */
};

struct article {
	size_t comp;
	char *name;           /* file name without .txt */
	char *path;           /* of the .txt */
	char *ann;            /* the .ann used */
	unsigned char *text;
	size_t len;           /* bytes */
	uint32_t *cp;         /* code points */
	size_t ncp;
	size_t *cp2b;         /* code point index -> byte offset, ncp + 1 entries */
	struct gold *g;
	size_t ng, capg;
	struct pred *p;
	size_t np, capp;
	bool skip;            /* no usable annotation: not scored */
};

struct frag {
	size_t s, e;
};

struct tspan {
	long id;
	char type[32];
	struct frag *f;
	size_t nf;
	long attr;            /* for Content: attribution index, -1 */
};

struct attr {
	long source;          /* T id of the Source, -1 */
	char *source_text;
};

static size_t cp_to_byte(const struct article *a, size_t cp)
{
	return a->cp2b[cp < a->ncp ? cp : a->ncp];
}

/* code point index of byte offset b (the char holding it, rounded up) */
static size_t byte_to_cp(const struct article *a, size_t b)
{
	size_t lo = 0, hi = a->ncp;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->cp2b[mid] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool parse_size(const char **p, size_t *out)
{
	const char *s = *p;
	if (*s < '0' || *s > '9')
		return false;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return false;
	*out = (size_t)v;
	*p = end;
	return true;
}

static struct tspan *find_t(struct tspan *t, size_t nt, long id)
{
	for (size_t i = 0; i < nt; i++)
		if (t[i].id == id)
			return &t[i];
	return NULL;
}

/* Text of a span's fragments, joined by one space. */
static char *span_text(const struct article *a, const struct tspan *t)
{
	size_t cap = 1, n = 0;
	for (size_t i = 0; i < t->nf; i++)
		cap += cp_to_byte(a, t->f[i].e) - cp_to_byte(a, t->f[i].s) + 1;
	char *s = xmalloc(cap);
	for (size_t i = 0; i < t->nf; i++) {
		size_t bs = cp_to_byte(a, t->f[i].s), be = cp_to_byte(a, t->f[i].e);
		if (i)
			s[n++] = ' ';
		memcpy(s + n, a->text + bs, be - bs);
		n += be - bs;
	}
	s[n] = '\0';
	return s;
}

static size_t n_bad_spans;

/* Read the .ann: spans and attributions; paint cover[] (attribution index
 * per code point, -1). Returns the number of attributions. */
static size_t read_ann(struct article *a, const char *buf, long *cover, struct attr **attrs_out)
{
	struct tspan *t = NULL;
	size_t nt = 0, capt = 0;
	struct attr *at = NULL;
	size_t nat = 0, capat = 0;
	/* E lines: remember (content ids, source id) */
	struct ev {
		long content[8];
		size_t nc;
		long source;
	} *ev = NULL;
	size_t nev = 0, capev = 0;

	for (const char *line = buf; *line;) {
		const char *eol = strchr(line, '\n');
		size_t ll = eol ? (size_t)(eol - line) : strlen(line);
		const char *p = line;
		if ((*p == 'T' || *p == 'E') && p[1] >= '0' && p[1] <= '9') {
			char kind = *p++;
			size_t id = 0;
			parse_size(&p, &id);
			if (*p == '\t' && kind == 'T') {
				p++;
				grow(&t, &capt, nt + 1, sizeof *t);
				struct tspan *s = &t[nt];
				memset(s, 0, sizeof *s);
				s->id = (long)id;
				s->attr = -1;
				size_t k = 0;
				while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
					if (k + 1 < sizeof s->type)
						s->type[k++] = *p;
					p++;
				}
				s->type[k] = '\0';
				size_t capf = 0;
				bool ok = true;
				while (*p == ' ' || *p == ';') {
					p++;
					struct frag f;
					if (!parse_size(&p, &f.s) || *p != ' ') {
						ok = false;
						break;
					}
					p++;
					if (!parse_size(&p, &f.e) || f.e < f.s || f.e > a->ncp) {
						ok = false;
						break;
					}
					grow(&s->f, &capf, s->nf + 1, sizeof *s->f);
					s->f[s->nf++] = f;
				}
				if (!ok || s->nf == 0) {
					n_bad_spans++;
					free(s->f);
				} else {
					nt++;
				}
			} else if (*p == '\t' && kind == 'E') {
				p++;
				grow(&ev, &capev, nev + 1, sizeof *ev);
				struct ev *e = &ev[nev++];
				e->nc = 0;
				e->source = -1;
				while (p < line + ll) {
					while (p < line + ll && *p == ' ')
						p++;
					const char *tok = p;
					while (p < line + ll && *p != ' ')
						p++;
					const char *colon = memchr(tok, ':', (size_t)(p - tok));
					if (!colon || colon[1] != 'T')
						continue;
					const char *q = colon + 2;
					size_t tid;
					if (!parse_size(&q, &tid))
						continue;
					size_t rl = (size_t)(colon - tok);
					if (rl >= 7 && !memcmp(tok, "Content", 7) && e->nc < 8)
						e->content[e->nc++] = (long)tid;
					else if (rl >= 6 && !memcmp(tok, "Source", 6) && e->source < 0)
						e->source = (long)tid;
				}
			}
		}
		line += ll + (eol ? 1 : 0);
	}

	for (size_t i = 0; i < nev; i++) {
		grow(&at, &capat, nat + 1, sizeof *at);
		at[nat].source = ev[i].source;
		struct tspan *src = ev[i].source >= 0 ? find_t(t, nt, ev[i].source) : NULL;
		at[nat].source_text = src ? span_text(a, src) : NULL;
		for (size_t k = 0; k < ev[i].nc; k++) {
			struct tspan *c = find_t(t, nt, ev[i].content[k]);
			if (c)
				c->attr = (long)nat;
		}
		nat++;
	}
	for (size_t i = 0; i < nt; i++) {
		if (strcmp(t[i].type, "Content"))
			continue;
		if (t[i].attr < 0) { /* a Content no E line links: no source */
			grow(&at, &capat, nat + 1, sizeof *at);
			at[nat].source = -1;
			at[nat].source_text = NULL;
			t[i].attr = (long)nat++;
		}
		for (size_t k = 0; k < t[i].nf; k++)
			for (size_t c = t[i].f[k].s; c < t[i].f[k].e; c++)
				cover[c] = t[i].attr;
	}
	for (size_t i = 0; i < nt; i++)
		free(t[i].f);
	free(t);
	free(ev);
	*attrs_out = at;
	return nat;
}

static size_t n_runs_total;

/* A quoted run [s, e) (inside the marks): trim, check, and keep it as gold
 * when Content spans cover at least half of it. */
static void consider_run(struct article *a, size_t s, size_t e, const long *cover,
                         const struct attr *at)
{
	while (s < e && is_space(a->cp[s]))
		s++;
	while (e > s && is_space(a->cp[e - 1]))
		e--;
	bool any = false;
	for (size_t i = s; i < e && !any; i++)
		any = is_alnum(a->cp[i]);
	if (!any)
		return;
	n_runs_total++;
	long best = -1;
	size_t covered = 0, best_n = 0;
	/* tally attributions over the run (runs are short; few distinct) */
	long ids[16];
	size_t cnt[16], nid = 0;
	for (size_t i = s; i < e; i++) {
		if (cover[i] < 0)
			continue;
		covered++;
		size_t k = 0;
		while (k < nid && ids[k] != cover[i])
			k++;
		if (k == nid) {
			if (nid == 16)
				continue;
			ids[nid] = cover[i];
			cnt[nid++] = 0;
		}
		if (++cnt[k] > best_n) {
			best_n = cnt[k];
			best = ids[k];
		}
	}
	if (covered * 2 < e - s || best < 0)
		return;
	grow(&a->g, &a->capg, a->ng + 1, sizeof *a->g);
	struct gold *g = &a->g[a->ng++];
	g->s = s;
	g->e = e;
	g->speaker = at[best].source_text ? xstrdup(at[best].source_text) : NULL;
	g->cls = classify_source(g->speaker);
	g->match = -1;
}

#define LQ 0x201C  /* “ */
#define RQ 0x201D  /* ” */
#define LSQ 0x2018 /* ‘ */
#define RSQ 0x2019 /* ’ */

static void find_gold(struct article *a, const long *cover, const struct attr *at)
{
	const uint32_t *c = a->cp;
	size_t n = a->ncp;
	long dq = -1, sq = -1; /* open double / single mark, -1 */
	for (size_t i = 0; i < n; i++) {
		uint32_t ch = c[i];
		if (ch == '\n') {
			if (dq >= 0)
				consider_run(a, (size_t)dq + 1, i, cover, at);
			dq = sq = -1;
		} else if (ch == LQ) {
			if (dq >= 0)
				consider_run(a, (size_t)dq + 1, i, cover, at);
			dq = (long)i;
			sq = -1;
		} else if (ch == RQ || ch == '"') {
			if (dq >= 0) {
				consider_run(a, (size_t)dq + 1, i, cover, at);
				dq = -1;
			} else if (ch == '"') {
				dq = (long)i;
				sq = -1;
			}
		} else if (dq < 0 && ch == LSQ) {
			bool after_non_letter = i == 0 || !is_alnum(c[i - 1]);
			bool before_word = i + 1 < n && !is_space(c[i + 1]);
			if (after_non_letter && before_word)
				sq = (long)i;
		} else if (dq < 0 && sq >= 0 && ch == RSQ) {
			bool closes = (i + 1 >= n || !is_letter(c[i + 1])) && !is_space(c[i - 1]);
			if (closes) {
				consider_run(a, (size_t)sq + 1, i, cover, at);
				sq = -1;
			}
		}
	}
	if (dq >= 0)
		consider_run(a, (size_t)dq + 1, n, cover, at);
}

static size_t n_several, n_skipped_empty, n_attr_total;

/* Load one article: its text, annotation and gold quotes. */
static void load_article(struct article *a, const char *ann_path)
{
	size_t alen;
	char *ann = read_file(ann_path, &alen);
	if (!ann) {
		fprintf(stderr, "eval-quotes: %s: %s\n", ann_path, strerror(errno));
		exit(2);
	}
	a->text = (unsigned char *)read_file(a->path, &a->len);
	if (!a->text) {
		fprintf(stderr, "eval-quotes: %s: %s\n", a->path, strerror(errno));
		exit(2);
	}
	a->cp = xmalloc((a->len + 1) * sizeof *a->cp);
	a->cp2b = xmalloc((a->len + 1) * sizeof *a->cp2b);
	a->ncp = 0;
	for (size_t i = 0; i < a->len;) {
		a->cp2b[a->ncp] = i;
		a->cp[a->ncp++] = utf8_next(a->text, a->len, &i);
	}
	a->cp2b[a->ncp] = a->len;
	long *cover = xmalloc((a->ncp + 1) * sizeof *cover);
	for (size_t i = 0; i <= a->ncp; i++)
		cover[i] = -1;
	struct attr *at = NULL;
	size_t nat = read_ann(a, ann, cover, &at);
	n_attr_total += nat;
	find_gold(a, cover, at);
	for (size_t i = 0; i < nat; i++)
		free(at[i].source_text);
	free(at);
	free(cover);
	free(ann);
}

/* All articles of all compartments, with their gold. */
static struct article *load_gold(const char *root, size_t *n_out)
{
	struct article *arts = NULL;
	size_t n = 0, cap = 0;
	for (size_t c = 0; c < N_COMP; c++) {
		char *tdir = path_join3(root, compartments[c], "text");
		char *adir = path_join3(root, compartments[c], "attributions");
		size_t nt, na;
		char **txt = list_dir(tdir, ".txt", &nt);
		char **ann = list_dir(adir, ".ann", &na);
		if (!txt || !ann) {
			fprintf(stderr, "eval-quotes: %s or %s is missing\n", tdir, adir);
			exit(2);
		}
		for (size_t i = 0; i < nt; i++) {
			size_t bl = strlen(txt[i]) - 4;
			/* the .ann files of this article: NAME_ANNOTATOR.ann, C order */
			const char *chosen = NULL;
			size_t nann = 0;
			for (size_t k = 0; k < na; k++) {
				const char *us = strrchr(ann[k], '_');
				if (!us || (size_t)(us - ann[k]) != bl || memcmp(ann[k], txt[i], bl))
					continue;
				nann++;
				if (!chosen) {
					char *ap = path_join3(adir, "", ann[k]);
					size_t l;
					char *b = read_file(ap, &l);
					if (b && l > 0)
						chosen = ann[k];
					free(b);
					free(ap);
				}
			}
			if (nann > 1)
				n_several++;
			grow(&arts, &cap, n + 1, sizeof *arts);
			struct article *a = &arts[n++];
			memset(a, 0, sizeof *a);
			a->comp = c;
			a->name = xstrndup(txt[i], bl);
			a->path = path_join3(tdir, "", txt[i]);
			if (!chosen) {
				n_skipped_empty++;
				a->skip = true;
				continue;
			}
			a->ann = path_join3(adir, "", chosen);
			load_article(a, a->ann);
		}
		for (size_t i = 0; i < nt; i++)
			free(txt[i]);
		for (size_t i = 0; i < na; i++)
			free(ann[i]);
		free(txt);
		free(ann);
		free(tdir);
		free(adir);
	}
	*n_out = n;
	return arts;
}

/* ------------------------------------------------------------ JSON lines */

struct jctx {
	const char *file;
	long line;
	const char *p, *end;
};

static _Noreturn void jfail(const struct jctx *j, const char *what)
{
	fprintf(stderr, "eval-quotes: %s:%ld: %s\n", j->file, j->line, what);
	exit(2);
}

static void jws(struct jctx *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

static unsigned jhex4(struct jctx *j)
{
	if (j->end - j->p < 4)
		jfail(j, "short \\u escape");
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		char c = *j->p++;
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			jfail(j, "bad hex digit in \\u escape");
	}
	return v;
}

/* A JSON string at j->p (the opening quote), unescaped, malloc'd. */
static char *jstring(struct jctx *j)
{
	if (j->p >= j->end || *j->p != '"')
		jfail(j, "expected a string");
	j->p++;
	size_t cap = 64, n = 0;
	char *s = xmalloc(cap);
	for (;;) {
		if (j->p >= j->end)
			jfail(j, "unterminated string");
		grow(&s, &cap, n + 5, 1);
		unsigned char c = (unsigned char)*j->p++;
		if (c == '"')
			break;
		if (c < 0x20)
			jfail(j, "control character in a string");
		if (c != '\\') {
			s[n++] = (char)c;
			continue;
		}
		if (j->p >= j->end)
			jfail(j, "unterminated escape");
		char e = *j->p++;
		switch (e) {
		case '"': s[n++] = '"'; break;
		case '\\': s[n++] = '\\'; break;
		case '/': s[n++] = '/'; break;
		case 'b': s[n++] = '\b'; break;
		case 'f': s[n++] = '\f'; break;
		case 'n': s[n++] = '\n'; break;
		case 'r': s[n++] = '\r'; break;
		case 't': s[n++] = '\t'; break;
		case 'u': {
			uint32_t cp = jhex4(j);
			if (cp >= 0xDC00 && cp <= 0xDFFF)
				jfail(j, "lone low surrogate in \\u escape");
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u')
					jfail(j, "high surrogate without a low one");
				j->p += 2;
				uint32_t lo = jhex4(j);
				if (lo < 0xDC00 || lo > 0xDFFF)
					jfail(j, "high surrogate without a low one");
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			}
			if (cp == 0)
				jfail(j, "\\u0000 in a string");
			n += utf8_put(s + n, cp);
			break;
		}
		default:
			jfail(j, "bad escape in a string");
		}
	}
	s[n] = '\0';
	return s;
}

enum jtype { JT_NULL, JT_STR, JT_NUM, JT_BOOL };
struct jval {
	enum jtype t;
	char *s;
	double num;
	bool integral;
};

static bool jlit(struct jctx *j, const char *lit)
{
	size_t l = strlen(lit);
	if ((size_t)(j->end - j->p) >= l && !memcmp(j->p, lit, l)) {
		j->p += l;
		return true;
	}
	return false;
}

static struct jval jvalue(struct jctx *j, int depth);

/* An array or object (value of a key we do not use): checked and dropped. */
static void jcompound(struct jctx *j, int depth)
{
	if (depth > 32)
		jfail(j, "nesting too deep");
	char close = *j->p == '{' ? '}' : ']';
	bool obj = close == '}';
	j->p++;
	jws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return;
	}
	for (;;) {
		jws(j);
		if (obj) {
			free(jstring(j));
			jws(j);
			if (j->p >= j->end || *j->p != ':')
				jfail(j, "expected ':'");
			j->p++;
			jws(j);
		}
		free(jvalue(j, depth + 1).s);
		jws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == close) {
			j->p++;
			return;
		}
		jfail(j, obj ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static struct jval jvalue(struct jctx *j, int depth)
{
	struct jval v = {JT_NULL, NULL, 0, false};
	if (j->p >= j->end)
		jfail(j, "expected a value");
	char c = *j->p;
	if (c == '"') {
		v.t = JT_STR;
		v.s = jstring(j);
	} else if (jlit(j, "null")) {
		v.t = JT_NULL;
	} else if (jlit(j, "true") || jlit(j, "false")) {
		v.t = JT_BOOL;
	} else if (c == '-' || (c >= '0' && c <= '9')) {
		const char *s = j->p;
		bool frac = false;
		if (*j->p == '-')
			j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			jfail(j, "bad number");
		while (j->p < j->end && ((*j->p >= '0' && *j->p <= '9') || *j->p == '.' ||
		                         *j->p == 'e' || *j->p == 'E' || *j->p == '+' ||
		                         *j->p == '-')) {
			frac |= *j->p == '.' || *j->p == 'e' || *j->p == 'E';
			j->p++;
		}
		char buf[64];
		size_t l = (size_t)(j->p - s);
		if (l >= sizeof buf)
			jfail(j, "number too long");
		memcpy(buf, s, l);
		buf[l] = '\0';
		char *end;
		errno = 0;
		v.num = strtod(buf, &end);
		if (errno || *end)
			jfail(j, "bad number");
		v.t = JT_NUM;
		v.integral = !frac;
	} else if (c == '{' || c == '[') {
		jcompound(j, depth);
		v.t = JT_NULL;
	} else {
		jfail(j, "expected a value");
	}
	return v;
}

/* One line: a flat object. Fills p (strings malloc'd) and *path. */
static void parse_pred_line(struct jctx *j, struct pred *p, char **path)
{
	bool have_start = false, have_end = false;
	*path = NULL;
	memset(p, 0, sizeof *p);
	p->match = -1;
	p->line = j->line;
	jws(j);
	if (j->p >= j->end || *j->p != '{')
		jfail(j, "expected '{'");
	j->p++;
	jws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
	} else {
		for (;;) {
			jws(j);
			char *key = jstring(j);
			jws(j);
			if (j->p >= j->end || *j->p != ':')
				jfail(j, "expected ':'");
			j->p++;
			jws(j);
			if (!strcmp(key, "parts") && *j->p == '[') {
				/* [[start, end], ...]: scored as separate quotations */
				j->p++;
				for (;;) {
					jws(j);
					if (*j->p == ']') {
						j->p++;
						break;
					}
					if (*j->p == ',') {
						j->p++;
						continue;
					}
					char *endp = NULL;
					if (*j->p != '[')
						jfail(j, "\"parts\" holds [start, end] pairs");
					unsigned long long a = strtoull(j->p + 1, &endp, 10);
					if (!endp || *endp != ',')
						jfail(j, "\"parts\" holds [start, end] pairs");
					unsigned long long b = strtoull(endp + 1, &endp, 10);
					if (!endp || *endp != ']')
						jfail(j, "\"parts\" holds [start, end] pairs");
					if (p->n_parts < 8) {
						p->parts[p->n_parts][0] = (size_t)a;
						p->parts[p->n_parts][1] = (size_t)b;
						p->n_parts++;
					}
					j->p = endp + 1;
				}
				free(key);
				jws(j);
				if (j->p < j->end && *j->p == ',') {
					j->p++;
					continue;
				}
				if (j->p < j->end && *j->p == '}') {
					j->p++;
					break;
				}
				jfail(j, "expected ',' or '}'");
			}
			bool nested = *j->p == '{' || *j->p == '[';
			struct jval v = jvalue(j, 0);
			if (nested && (!strcmp(key, "path") || !strcmp(key, "start") ||
			               !strcmp(key, "end") || !strcmp(key, "speaker") ||
			               !strcmp(key, "text")))
				jfail(j, "an array or object where a string or number belongs");
			bool used = false;
			if (!strcmp(key, "path")) {
				if (v.t != JT_STR)
					jfail(j, "\"path\" must be a string");
				free(*path);
				*path = v.s;
				used = true;
			} else if (!strcmp(key, "start") || !strcmp(key, "end")) {
				if (v.t != JT_NUM || !v.integral || v.num < 0 || v.num > 1e15)
					jfail(j, "\"start\"/\"end\" must be non-negative integers");
				if (key[0] == 's') {
					p->bs = (size_t)v.num;
					have_start = true;
				} else {
					p->be = (size_t)v.num;
					have_end = true;
				}
			} else if (!strcmp(key, "speaker") || !strcmp(key, "text")) {
				if (v.t != JT_STR && v.t != JT_NULL)
					jfail(j, "\"speaker\"/\"text\" must be a string or null");
				char **dst = key[0] == 's' ? &p->speaker : &p->text;
				free(*dst);
				*dst = v.s;
				if (*dst && !**dst) { /* "" is no speaker */
					free(*dst);
					*dst = NULL;
				}
				used = true;
			}
			if (!used)
				free(v.s);
			free(key);
			jws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == '}') {
				j->p++;
				break;
			}
			jfail(j, "expected ',' or '}'");
		}
	}
	jws(j);
	if (j->p != j->end)
		jfail(j, "text after the object (one object per line)");
	if (!*path || !have_start || !have_end)
		jfail(j, "an object needs \"path\", \"start\" and \"end\"");
	if (p->be < p->bs)
		jfail(j, "\"end\" is before \"start\"");
}

static int cmp_art_name(const void *a, const void *b)
{
	const struct article *const *x = a, *const *y = b;
	int c = strcmp((*x)->name, (*y)->name);
	return c ? c : ((*x)->comp > (*y)->comp) - ((*x)->comp < (*y)->comp);
}

/* The article a prediction's path names: by "<comp>/text/<name>.txt" suffix,
 * else by file name alone when that is unambiguous. */
static struct article *article_of(struct article **by_name, size_t n, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t bl = strlen(base);
	if (bl < 5 || strcmp(base + bl - 4, ".txt"))
		return NULL;
	bl -= 4;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(by_name[mid]->name, base, bl);
		if (c == 0 && by_name[mid]->name[bl])
			c = 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	struct article *only = NULL;
	size_t hits = 0;
	for (size_t i = lo; i < n && !strncmp(by_name[i]->name, base, bl) && !by_name[i]->name[bl];
	     i++) {
		hits++;
		only = by_name[i];
		/* "<comp>/text/" just before the file name? */
		const char *comp = compartments[by_name[i]->comp];
		size_t cl = strlen(comp), pre = (size_t)(base - path);
		if (pre >= cl + 6 && !memcmp(base - 6, "/text/", 6) &&
		    !memcmp(base - 6 - cl, comp, cl) && (pre == cl + 6 || base[-7 - (long)cl] == '/'))
			return by_name[i];
	}
	return hits == 1 ? only : NULL;
}

static size_t n_pred_unknown, n_pred_bad_offsets, n_pred_text_differs;

static void read_predictions(const char *file, struct article *arts, size_t n)
{
	struct article **by_name = xmalloc((n ? n : 1) * sizeof *by_name);
	for (size_t i = 0; i < n; i++)
		by_name[i] = &arts[i];
	qsort(by_name, n, sizeof *by_name, cmp_art_name);
	FILE *f = fopen(file, "r");
	if (!f) {
		fprintf(stderr, "eval-quotes: %s: %s\n", file, strerror(errno));
		exit(2);
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct jctx j = {file, 0, NULL, NULL};
	while ((len = getline(&line, &cap, f)) >= 0) {
		j.line++;
		j.p = line;
		j.end = line + len;
		jws(&j);
		if (j.p == j.end)
			continue;
		struct pred p;
		char *path;
		parse_pred_line(&j, &p, &path);
		struct article *a = article_of(by_name, n, path);
		free(path);
		if (a && a->skip) {
			free(p.speaker);
			free(p.text);
			continue;
		}
		if (!a) {
			n_pred_unknown++;
			free(p.speaker);
			free(p.text);
			continue;
		}
		if (p.be > a->len) {
			n_pred_bad_offsets++;
			free(p.speaker);
			free(p.text);
			continue;
		}
		if (p.n_parts > 1) {
			/* a quotation joined from pieces: each piece is scored, all
			 * with the quotation's speaker */
			for (size_t k = 0; k < p.n_parts; k++) {
				struct pred q = p;
				q.bs = p.parts[k][0];
				q.be = p.parts[k][1];
				if (q.be > a->len || q.be < q.bs)
					continue;
				q.speaker = p.speaker ? strdup(p.speaker) : NULL;
				q.text = NULL;
				q.n_parts = 0;
				q.s = byte_to_cp(a, q.bs);
				q.e = byte_to_cp(a, q.be);
				grow(&a->p, &a->capp, a->np + 1, sizeof *a->p);
				a->p[a->np++] = q;
			}
			free(p.speaker);
			free(p.text);
			continue;
		}
		if (p.text && (strlen(p.text) != p.be - p.bs ||
		               memcmp(p.text, a->text + p.bs, p.be - p.bs)))
			n_pred_text_differs++;
		p.s = byte_to_cp(a, p.bs);
		p.e = byte_to_cp(a, p.be);
		grow(&a->p, &a->capp, a->np + 1, sizeof *a->p);
		a->p[a->np++] = p;
	}
	free(line);
	if (ferror(f)) {
		fprintf(stderr, "eval-quotes: %s: read error\n", file);
		exit(2);
	}
	fclose(f);
	free(by_name);
}

/* ---------------------------------------------------------------- scoring */

struct pair {
	size_t g, p, ov;
};

static int cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	if (x->ov != y->ov)
		return x->ov < y->ov ? 1 : -1;
	if (x->g != y->g)
		return x->g < y->g ? -1 : 1;
	return (x->p > y->p) - (x->p < y->p);
}

static void match_article(struct article *a)
{
	struct pair *pr = NULL;
	size_t np = 0, cap = 0;
	for (size_t i = 0; i < a->ng; i++) {
		for (size_t k = 0; k < a->np; k++) {
			struct gold *g = &a->g[i];
			struct pred *p = &a->p[k];
			size_t s = g->s > p->s ? g->s : p->s, e = g->e < p->e ? g->e : p->e;
			if (e <= s)
				continue;
			size_t ov = e - s, lg = g->e - g->s, lp = p->e - p->s;
			size_t longer = lg > lp ? lg : lp;
			if (ov * 2 < longer)
				continue;
			grow(&pr, &cap, np + 1, sizeof *pr);
			pr[np++] = (struct pair){i, k, ov};
		}
	}
	if (np)
		qsort(pr, np, sizeof *pr, cmp_pair);
	for (size_t i = 0; i < np; i++) {
		if (a->g[pr[i].g].match >= 0 || a->p[pr[i].p].match >= 0)
			continue;
		a->g[pr[i].g].match = (long)pr[i].p;
		a->p[pr[i].p].match = (long)pr[i].g;
	}
	free(pr);
}

struct score {
	size_t articles, gold, pred, matched;
	size_t spk_n, spk_right;
	size_t att_gold, att_pred, att_right;
	size_t gold_cls[4];
};

static void score_article(const struct article *a, struct score *s)
{
	s->articles++;
	s->gold += a->ng;
	s->pred += a->np;
	for (size_t i = 0; i < a->ng; i++) {
		const struct gold *g = &a->g[i];
		s->gold_cls[g->cls]++;
		if (g->cls == SRC_NAMED)
			s->att_gold++;
		if (g->match < 0)
			continue;
		s->matched++;
		if (g->cls != SRC_NAMED)
			continue;
		const struct pred *p = &a->p[g->match];
		bool right = speaker_right(g->speaker, p->speaker);
		s->spk_n++;
		s->spk_right += right;
		s->att_right += right;
	}
	for (size_t k = 0; k < a->np; k++) {
		const struct pred *p = &a->p[k];
		if (!p->speaker)
			continue;
		if (p->match >= 0 && a->g[p->match].cls != SRC_NAMED)
			continue;
		s->att_pred++;
	}
}

static void add_score(struct score *t, const struct score *s)
{
	t->articles += s->articles;
	t->gold += s->gold;
	t->pred += s->pred;
	t->matched += s->matched;
	t->spk_n += s->spk_n;
	t->spk_right += s->spk_right;
	t->att_gold += s->att_gold;
	t->att_pred += s->att_pred;
	t->att_right += s->att_right;
	for (int i = 0; i < 4; i++)
		t->gold_cls[i] += s->gold_cls[i];
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void fmt_ratio(char *buf, size_t n, size_t a, size_t b)
{
	if (b)
		snprintf(buf, n, "%.3f", (double)a / (double)b);
	else
		snprintf(buf, n, "-");
}

/* Head of a text for the debug listing: one line, at most 70 bytes. */
static void print_head(FILE *f, const unsigned char *t, size_t len)
{
	size_t n = 0;
	fputc('"', f);
	for (size_t i = 0; i < len && n < 70; i++, n++) {
		unsigned char c = t[i];
		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		fputc(c, f);
	}
	/* finish a multi-byte character we stopped inside */
	for (size_t i = n; i < len && (t[i] & 0xC0) == 0x80; i++)
		fputc(t[i], f);
	fputs(len > n ? "…\"" : "\"", f);
}

/* A speaker for the debug listing, on one line. */
static const char *one_line(const char *s, char *buf, size_t n)
{
	if (!s)
		return "-";
	size_t k = 0;
	for (; s[k] && k + 1 < n; k++)
		buf[k] = s[k] == '\n' || s[k] == '\t' || s[k] == '\r' ? ' ' : s[k];
	buf[k] = '\0';
	return buf;
}

static void debug_article(const struct article *a)
{
	const char *comp = compartments[a->comp];
	for (size_t i = 0; i < a->ng; i++) {
		const struct gold *g = &a->g[i];
		size_t bs = cp_to_byte(a, g->s), be = cp_to_byte(a, g->e);
		const struct pred *p = g->match >= 0 ? &a->p[g->match] : NULL;
		if (p && (g->cls != SRC_NAMED || speaker_right(g->speaker, p->speaker)))
			continue;
		fprintf(stderr, "%s %s/%s.txt %zu-%zu ", p ? "wrong-speaker" : "missed", comp,
		        a->name, bs, be);
		print_head(stderr, a->text + bs, be - bs);
		char b1[256], b2[256];
		fprintf(stderr, " gold speaker [%s]%s%s%s predicted [%s]\n",
		        one_line(g->speaker, b1, sizeof b1), g->cls == SRC_NAMED ? "" : " (",
		        g->cls == SRC_NAMED ? "" : src_class_names[g->cls],
		        g->cls == SRC_NAMED ? "" : ")", one_line(p ? p->speaker : NULL, b2, sizeof b2));
	}
	for (size_t k = 0; k < a->np; k++) {
		const struct pred *p = &a->p[k];
		if (p->match >= 0)
			continue;
		fprintf(stderr, "spurious %s/%s.txt %zu-%zu ", comp, a->name, p->bs, p->be);
		print_head(stderr, a->text + p->bs, p->be - p->bs);
		char b[256];
		fprintf(stderr, " predicted [%s]\n", one_line(p->speaker, b, sizeof b));
	}
}

static void usage(void)
{
	fputs("usage: eval-quotes [--floor FILE] [--debug] POLNEAR_DIR PREDICTIONS.jsonl\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *floor_file = NULL;
	bool debug = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--floor") && i + 1 < argc)
			floor_file = argv[++i];
		else if (!strcmp(argv[i], "--debug"))
			debug = true;
		else
			usage();
	}
	if (argc - i != 2)
		usage();
	const char *root = argv[i], *pred_file = argv[i + 1];

	size_t n;
	struct article *arts = load_gold(root, &n);
	read_predictions(pred_file, arts, n);

	struct score per[N_COMP], all;
	memset(per, 0, sizeof per);
	memset(&all, 0, sizeof all);
	size_t scored = 0;
	for (size_t k = 0; k < n; k++) {
		if (arts[k].skip)
			continue;
		scored++;
		match_article(&arts[k]);
		score_article(&arts[k], &per[arts[k].comp]);
		if (debug)
			debug_article(&arts[k]);
	}
	for (size_t c = 0; c < N_COMP; c++)
		add_score(&all, &per[c]);

	printf("quotation extraction against PolNeAR (%zu articles; the first .ann in C order "
	       "for the %zu with several annotators",
	       scored, n_several);
	if (n_skipped_empty)
		printf("; %zu skipped: no non-empty .ann", n_skipped_empty);
	printf(")\n");
	printf("gold: %zu quoted runs in the texts, %zu inside Content spans (of %zu "
	       "attributions); sources: %zu named, %zu pronoun, %zu without a name word, "
	       "%zu missing\n",
	       n_runs_total, all.gold, n_attr_total, all.gold_cls[SRC_NAMED],
	       all.gold_cls[SRC_PRONOUN], all.gold_cls[SRC_NONAME], all.gold_cls[SRC_MISSING]);
	printf("%-19s %8s %6s %9s %6s %6s %7s %15s %7s %7s %7s\n", "compartment", "articles",
	       "gold", "predicted", "span P", "span R", "span F1", "speaker acc (n)", "attr P",
	       "attr R", "attr F1");
	for (size_t c = 0; c <= N_COMP; c++) {
		const struct score *s = c < N_COMP ? &per[c] : &all;
		/* print with the predicted count in its column */
		char sp[16], sr[16], ap[16], ar[16], accn[16], acc[40];
		fmt_ratio(sp, sizeof sp, s->matched, s->pred);
		fmt_ratio(sr, sizeof sr, s->matched, s->gold);
		fmt_ratio(ap, sizeof ap, s->att_right, s->att_pred);
		fmt_ratio(ar, sizeof ar, s->att_right, s->att_gold);
		fmt_ratio(accn, sizeof accn, s->spk_right, s->spk_n);
		snprintf(acc, sizeof acc, "%s (%zu)", accn, s->spk_n);
		double sf = f1(ratio(s->matched, s->pred), ratio(s->matched, s->gold));
		double af = f1(ratio(s->att_right, s->att_pred), ratio(s->att_right, s->att_gold));
		printf("%-19s %8zu %6zu %9zu %6s %6s %7.3f %15s %7s %7s %7.3f\n",
		       c < N_COMP ? compartments[c] : "all", s->articles, s->gold, s->pred, sp, sr,
		       sf, acc, ap, ar, af);
	}
	printf("attributed: right = span matched and speaker shares a name word; attr P counts "
	       "predictions that name a speaker;\n  the %zu gold quotes whose Source is a "
	       "pronoun, has no name word or is missing are left out of both sides (with the "
	       "predictions matched to them)\n",
	       all.gold - all.gold_cls[SRC_NAMED]);
	printf("targets: attributed-quote F1 >= 0.85, named-speaker accuracy >= 0.90\n");
	if (n_pred_unknown || n_pred_bad_offsets)
		printf("warning: predictions ignored: %zu for files outside the gold, %zu with "
		       "offsets past the end of their file\n",
		       n_pred_unknown, n_pred_bad_offsets);
	if (n_pred_text_differs)
		printf("note: %zu predictions whose \"text\" is not the file's bytes at start..end "
		       "(joined split quotations?); scored by their offsets\n",
		       n_pred_text_differs);
	if (n_bad_spans)
		printf("warning: %zu .ann spans unreadable or outside their text (ignored)\n",
		       n_bad_spans);

	int rc = 0;
	if (floor_file) {
		FILE *f = fopen(floor_file, "r");
		double att_floor = 2, spk_floor = 2, span_floor = 2;
		if (!f || fscanf(f, " attributed_f1 %lf speaker_accuracy %lf span_f1 %lf", &att_floor,
		                 &spk_floor, &span_floor) != 3) {
			fprintf(stderr,
			        "eval-quotes: %s: expected 'attributed_f1 X speaker_accuracy Y span_f1 Z'\n",
			        floor_file);
			if (f)
				fclose(f);
			return 2;
		}
		fclose(f);
		double att = f1(ratio(all.att_right, all.att_pred), ratio(all.att_right, all.att_gold));
		double spk = ratio(all.spk_right, all.spk_n);
		double span = f1(ratio(all.matched, all.pred), ratio(all.matched, all.gold));
		printf("floor (all): attributed F1 >= %.3f, speaker accuracy >= %.3f, span F1 >= %.3f\n",
		       att_floor, spk_floor, span_floor);
		if (att < att_floor || spk < spk_floor || span < span_floor) {
			printf("BELOW FLOOR: attributed F1 %.3f, speaker accuracy %.3f, span F1 %.3f\n",
			       att, spk, span);
			rc = 1;
		}
	}
	for (size_t k = 0; k < n; k++) {
		struct article *a = &arts[k];
		for (size_t g = 0; g < a->ng; g++)
			free(a->g[g].speaker);
		for (size_t p = 0; p < a->np; p++) {
			free(a->p[p].speaker);
			free(a->p[p].text);
		}
		free(a->g);
		free(a->p);
		free(a->name);
		free(a->path);
		free(a->ann);
		free(a->text);
		free(a->cp);
		free(a->cp2b);
	}
	free(arts);
	return rc;
}
