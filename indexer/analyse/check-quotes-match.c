/* check-quotes-match.c — comparing a quotation with a source text, word by
 * word: the normaliser (quotation marks, apostrophes, dashes, whitespace,
 * case), the verbatim search, the word-level alignment (edit distance with
 * a free start and end in the source, as Sellers' approximate string
 * matching, over words) and its diff; sentence bounds for note markers and
 * speakers. No database. */
#include "analyse/analyse-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- reading words --------------------------------------------------------- */

/* The code point at text[i] (len bytes in all); *n receives its length.
 * Invalid bytes are read as themselves, one at a time. */
static uint32_t decode(const char *text, size_t i, size_t len, size_t *n)
{
	const unsigned char *s = (const unsigned char *)text + i;
	size_t l = cti_utf8_seq(s, len - i);
	if (l <= 1) {
		*n = 1;
		return s[0];
	}
	*n = l;
	if (l == 2)
		return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	if (l == 3)
		return (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
	       (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

enum cls { SEP, WORD, APOS, PUNCT, SOFT };

static enum cls classify(uint32_t c, char *punct)
{
	if (c < 0x80) {
		if (isalnum((int)c))
			return WORD;
		if (c == '\'')
			return APOS;
		if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
			*punct = (char)c;
			return PUNCT;
		}
		return SEP;
	}
	switch (c) {
	case 0x2019: case 0x02bc: case 0x2032: /* ’ ʼ ′ */
		return APOS;
	case 0x2026: /* … */
		*punct = '.';
		return PUNCT;
	case 0x00ad: case 0x200b: case 0xfeff: /* soft hyphen, zero-width space, BOM */
		return SOFT;
	case 0x00a0: case 0x00ab: case 0x00bb: case 0x00b7: case 0x00b9: case 0x00b2:
	case 0x00b3: case 0x2039: case 0x203a: case 0x2212: case 0x202f: case 0x3000:
	case 0xfffd:
		return SEP;
	default:
		break;
	}
	if ((c >= 0x2000 && c <= 0x206f) ||  /* spaces, dashes, quotation marks */
	    (c >= 0x2070 && c <= 0x209f) ||  /* superscript digits (note markers) */
	    (c >= 0x2e00 && c <= 0x2e7f) ||  /* supplemental punctuation */
	    (c >= 0x3000 && c <= 0x303f))
		return SEP;
	return WORD;
}

/* Lower case of the common Latin, Greek and Cyrillic capitals. */
static uint32_t lower(uint32_t c)
{
	if (c < 0x80)
		return (uint32_t)tolower((int)c);
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 0x20;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
		return (c & 1) ? c + 1 : c;
	if ((c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	return c;
}

static void put_utf8(struct cti_buf *b, uint32_t c)
{
	char o[4];
	size_t n;
	if (c < 0x80) {
		o[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		o[0] = (char)(0xc0 | c >> 6);
		o[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		o[0] = (char)(0xe0 | c >> 12);
		o[1] = (char)(0x80 | (c >> 6 & 0x3f));
		o[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		o[0] = (char)(0xf0 | c >> 18);
		o[1] = (char)(0x80 | (c >> 12 & 0x3f));
		o[2] = (char)(0x80 | (c >> 6 & 0x3f));
		o[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	cti_buf_append(b, o, n);
}

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

ct_status cti_words_read(const char *text, size_t from, size_t to, struct cti_words *ws)
{
	bool in_word = false, spaced = false;
	struct cti_word cur = {0};
	for (size_t i = from; i < to;) {
		size_t n;
		char p = 0;
		uint32_t c = decode(text, i, to, &n);
		enum cls k = classify(c, &p);
		if (c == '[' || c == ']') {
			/* "[f]rom", "Tarvik[']s": part of the word they touch */
			size_t n2;
			char p2 = 0;
			bool next_word = i + n < to &&
			                 classify(decode(text, i + n, to, &n2), &p2) == WORD;
			if (in_word || next_word)
				k = SOFT;
		}
		if (k == APOS) {
			/* inside a word it joins ("Ostland's"); else it is a quotation mark */
			size_t n2;
			char p2 = 0;
			bool next_word = i + n < to &&
			                 classify(decode(text, i + n, to, &n2), &p2) == WORD;
			k = in_word && next_word ? SOFT : SEP;
		}
		if (k == WORD) {
			if (!in_word) {
				if (ws->n == ws->cap) {
					size_t cap = ws->cap ? ws->cap * 2 : 64;
					struct cti_word *w = realloc(ws->w, cap * sizeof *w);
					if (!w)
						return CT_ENOMEM;
					ws->w = w;
					ws->cap = cap;
				}
				cur = (struct cti_word){.start = i, .off = ws->norm.len};
				in_word = true;
			}
			put_utf8(&ws->norm, lower(c));
			cur.end = cur.span_end = i + n;
		} else if (k == SOFT && in_word) {
			cur.end = cur.span_end = i + n;
		} else if (in_word || ws->n) {
			if (in_word) {
				cur.len = ws->norm.len - cur.off;
				cur.hash = fnv(ws->norm.data + cur.off, cur.len);
				ws->w[ws->n++] = cur;
				in_word = false;
				spaced = false;
			}
			struct cti_word *last = &ws->w[ws->n - 1];
			if (k == PUNCT) {
				if (!last->punct)
					last->punct = p;
				if (c == 0x2026 || (c == '.' && i + 2 < to && text[i + 1] == '.' &&
				                    text[i + 2] == '.'))
					last->ellipsis = true;
				if (!spaced)
					last->span_end = i + n;
			} else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xa0) {
				spaced = true;
			}
		}
		i += n;
	}
	if (in_word) {
		cur.len = ws->norm.len - cur.off;
		cur.hash = fnv(ws->norm.data + cur.off, cur.len);
		ws->w[ws->n++] = cur;
	}
	return ws->norm.oom ? CT_ENOMEM : CT_OK;
}

void cti_words_free(struct cti_words *ws)
{
	if (!ws)
		return;
	free(ws->w);
	cti_buf_free(&ws->norm);
	memset(ws, 0, sizeof *ws);
}

char *cti_quote_normalise(const char *text, size_t len)
{
	struct cti_words ws = {0};
	struct cti_buf b;
	cti_buf_init(&b);
	if (cti_words_read(text, 0, len, &ws) != CT_OK) {
		cti_words_free(&ws);
		return NULL;
	}
	for (size_t i = 0; i < ws.n; i++) {
		if (i)
			cti_buf_putc(&b, ' ');
		cti_buf_append(&b, ws.norm.data + ws.w[i].off, ws.w[i].len);
	}
	cti_words_free(&ws);
	return cti_buf_steal(&b);
}

/* ---- matching -------------------------------------------------------------- */

/* Words an ellipsis may stand for, at most, all ellipses of a quotation
 * together. */
#define MAX_ELIDED 400

static bool same_word(const struct cti_words *a, size_t i, const struct cti_words *b, size_t j)
{
	const struct cti_word *x = &a->w[i], *y = &b->w[j];
	return x->hash == y->hash && x->len == y->len &&
	       !memcmp(a->norm.data + x->off, b->norm.data + y->off, x->len);
}

/* Quotation word i equals source word j, with the punctuation after it
 * unless it is the quotation's last word. */
static bool eq(const struct cti_words *q, size_t i, const struct cti_words *s, size_t j)
{
	return same_word(q, i, s, j) &&
	       (i + 1 == q->n || q->w[i].ellipsis || q->w[i].punct == s->w[j].punct);
}

static bool verbatim_in(const struct cti_words *q, const struct cti_words *s, size_t from,
                        size_t to, size_t *at)
{
	size_t m = q->n;
	for (size_t j = from; j + m <= to; j++) {
		size_t i = 0;
		while (i < m && eq(q, i, s, j + i))
			i++;
		if (i == m) {
			*at = j;
			return true;
		}
	}
	return false;
}

/* The alignment's costs. A source word the quotation leaves out (an elision
 * without an ellipsis: "from the [-budget-] line") costs less than a word
 * the quotation changes or adds, so that leaving out a few words does not
 * lose the words after them; where the quotation has an ellipsis, leaving
 * out costs nothing. A word changed costs less than one added, so that a
 * changed last word shows as changed ("[-stand,-] [+sit.+]"), not as added
 * after the stretch. Among alignments of equal cost the one that matches
 * more words wins. Costs are kept as cost * K - matched words, K being more
 * than the quotation's words, in one signed number. */
enum { COST_DEL = 1, COST_SUB = 2, COST_INS = 3 };

/* The cost (times K) of leaving out a source word between quotation words
 * i - 1 and i. */
static int64_t del_cost(const struct cti_words *q, size_t i, int64_t K)
{
	return i > 0 && i < q->n && q->w[i - 1].ellipsis ? 0 : COST_DEL * K;
}

/* D[i][j] from its three neighbours: diag (both words), ins (D[i-1][j]:
 * quotation word i-1 added), del (D[i][j-1]: source word j-1 left out);
 * *how receives 0, 1 or 2 for the one chosen. */
static int64_t step(int64_t K, int64_t diag, int64_t ins, int64_t del, int64_t dcost, bool same,
                    int *how)
{
	int64_t v = same ? diag - 1 : diag + COST_SUB * K;
	*how = 0;
	if (ins + COST_INS * K < v) {
		v = ins + COST_INS * K;
		*how = 1;
	}
	if (del + dcost < v) {
		v = del + dcost;
		*how = 2;
	}
	return v;
}

/* The best alignment of q with a stretch of s[from, to): its value (as
 * above), the earliest end j (exclusive) that reaches it and where that
 * alignment starts. */
static ct_status best_end(const struct cti_words *q, const struct cti_words *s, size_t from,
                          size_t to, int64_t *best, size_t *start, size_t *end)
{
	size_t m = q->n;
	int64_t K = (int64_t)m + 1;
	int64_t *col = malloc((m + 1) * sizeof *col);
	size_t *org = malloc((m + 1) * sizeof *org); /* where each column's path starts */
	if (!col || !org) {
		free(col);
		free(org);
		return CT_ENOMEM;
	}
	for (size_t i = 0; i <= m; i++) {
		col[i] = (int64_t)i * COST_INS * K;
		org[i] = from;
	}
	*best = col[m];
	*start = *end = from;
	for (size_t j = from; j < to; j++) {
		int64_t diag = col[0]; /* D[i-1][j-1] */
		size_t diag_org = org[0];
		col[0] = 0;
		org[0] = j + 1;
		for (size_t i = 1; i <= m; i++) {
			int64_t up = col[i]; /* D[i][j-1]: source word j left out */
			size_t up_org = org[i];
			int how;
			int64_t v = step(K, diag, col[i - 1], up, del_cost(q, i, K), eq(q, i - 1, s, j),
			                 &how);
			size_t o = how == 0 ? diag_org : how == 1 ? org[i - 1] : up_org;
			diag = up;
			diag_org = up_org;
			col[i] = v;
			org[i] = o;
		}
		if (col[m] < *best) {
			*best = col[m];
			*start = org[m];
			*end = j + 1;
		}
	}
	free(col);
	free(org);
	return CT_OK;
}

/* The alignment of q with the stretch of s ending at end, as a diff. */
static ct_status trace(const struct cti_words *q, const struct cti_words *s, size_t lo,
                       size_t end, struct cti_match *m)
{
	size_t nq = q->n, W = end - lo, w1 = W + 1;
	int64_t K = (int64_t)nq + 1;
	int64_t *D = malloc((nq + 1) * w1 * sizeof *D);
	struct cti_diff *ops = malloc((nq + W + 1) * sizeof *ops);
	if (!D || !ops) {
		free(D);
		free(ops);
		return CT_ENOMEM;
	}
	for (size_t j = 0; j <= W; j++)
		D[j] = 0;
	for (size_t i = 1; i <= nq; i++) {
		D[i * w1] = (int64_t)i * COST_INS * K;
		int64_t dc = del_cost(q, i, K);
		for (size_t j = 1; j <= W; j++) {
			int how;
			D[i * w1 + j] = step(K, D[(i - 1) * w1 + j - 1], D[(i - 1) * w1 + j],
			                     D[i * w1 + j - 1], dc, eq(q, i - 1, s, lo + j - 1), &how);
		}
	}
	size_t n = 0, i = nq, j = W, matched = 0;
	while (i > 0) {
		int64_t here = D[i * w1 + j];
		if (j > 0) {
			bool e = eq(q, i - 1, s, lo + j - 1);
			int64_t diag = D[(i - 1) * w1 + j - 1];
			if (here == (e ? diag - 1 : diag + COST_SUB * K)) {
				if (e) {
					ops[n++] = (struct cti_diff){CT_DIFF_SAME, i - 1};
					matched++;
				} else {
					ops[n++] = (struct cti_diff){CT_DIFF_INS, i - 1};
					ops[n++] = (struct cti_diff){CT_DIFF_DEL, lo + j - 1};
				}
				i--;
				j--;
				continue;
			}
		}
		if (here == D[(i - 1) * w1 + j] + COST_INS * K) {
			ops[n++] = (struct cti_diff){CT_DIFF_INS, i - 1};
			i--;
		} else {
			ops[n++] = (struct cti_diff){CT_DIFF_DEL, lo + j - 1};
			j--;
		}
	}
	free(D);
	/* in text order; in each run of changes the source's words first */
	for (size_t a = 0, b = n ? n - 1 : 0; a < b; a++, b--) {
		struct cti_diff t = ops[a];
		ops[a] = ops[b];
		ops[b] = t;
	}
	for (size_t a = 0; a < n;) {
		if (ops[a].op == CT_DIFF_SAME) {
			a++;
			continue;
		}
		size_t b = a;
		while (b < n && ops[b].op != CT_DIFF_SAME)
			b++;
		/* stable: DELs, then INSs */
		for (size_t x = a + 1; x < b; x++)
			for (size_t y = x; y > a && ops[y].op == CT_DIFF_DEL && ops[y - 1].op == CT_DIFF_INS;
			     y--) {
				struct cti_diff t = ops[y];
				ops[y] = ops[y - 1];
				ops[y - 1] = t;
			}
		a = b;
	}
	m->diff = ops;
	m->n_diff = n;
	m->matched = matched;
	m->first = lo + j;
	m->last = end;
	m->similarity = nq ? (double)matched / (double)nq : 0;
	return CT_OK;
}

ct_status cti_match_words(const struct cti_words *q, const struct cti_words *s, size_t from,
                          struct cti_match *m)
{
	memset(m, 0, sizeof *m);
	if (!q->n || !s->n)
		return CT_OK;
	if (from >= s->n)
		from = 0;
	size_t at;
	if (verbatim_in(q, s, from, s->n, &at) || (from && verbatim_in(q, s, 0, s->n, &at))) {
		m->verbatim = true;
		m->first = at;
		m->last = at + q->n;
		m->matched = q->n;
		m->similarity = 1;
		return CT_OK;
	}
	int64_t best, none = (int64_t)q->n * COST_INS * ((int64_t)q->n + 1);
	size_t start, end;
	ct_status st = best_end(q, s, from, s->n, &best, &start, &end);
	if (st == CT_OK && from) {
		int64_t best0;
		size_t start0, end0;
		st = best_end(q, s, 0, s->n, &best0, &start0, &end0);
		if (st == CT_OK && best0 < best) {
			best = best0;
			start = start0;
			end = end0;
		}
	}
	if (st != CT_OK || best >= none)
		return st; /* no word of it */
	/* Without an ellipsis the stretch holds fewer than COST_INS / COST_DEL
	 * left-out source words per quotation word; words left out at an
	 * ellipsis are many at most (a longer stretch is cut: the alignment
	 * found in what is left is then not the best). */
	size_t cap = (1 + COST_INS / COST_DEL) * q->n + 1 + MAX_ELIDED;
	size_t lo = end - start > cap ? end - cap : start;
	st = trace(q, s, lo, end, m);
	if (st == CT_OK && !m->matched) { /* words changed, none the same */
		cti_match_free(m);
		memset(m, 0, sizeof *m);
	}
	if (st == CT_OK && best == -(int64_t)q->n) {
		m->verbatim = true; /* every word, only words left out at an ellipsis */
		m->similarity = 1;
	}
	return st;
}

void cti_match_free(struct cti_match *m)
{
	if (!m)
		return;
	free(m->diff);
	m->diff = NULL;
	m->n_diff = 0;
}

char *cti_diff_text(const struct cti_match *m, const struct cti_words *q, const char *q_text,
                    const struct cti_words *s, const char *s_text)
{
	struct cti_buf b;
	cti_buf_init(&b);
	for (size_t k = 0; k < m->n_diff;) {
		ct_diff_op op = m->diff[k].op;
		if (b.len)
			cti_buf_putc(&b, ' ');
		cti_buf_puts(&b, op == CT_DIFF_DEL ? "[-" : op == CT_DIFF_INS ? "[+" : "");
		for (size_t first = k; k < m->n_diff && m->diff[k].op == op; k++) {
			const struct cti_word *w = op == CT_DIFF_DEL ? &s->w[m->diff[k].word]
			                                             : &q->w[m->diff[k].word];
			const char *t = op == CT_DIFF_DEL ? s_text : q_text;
			if (k > first)
				cti_buf_putc(&b, ' ');
			cti_buf_append(&b, t + w->start, w->span_end - w->start);
		}
		cti_buf_puts(&b, op == CT_DIFF_DEL ? "-]" : op == CT_DIFF_INS ? "+]" : "");
	}
	return cti_buf_steal(&b);
}

/* ---- sentences --------------------------------------------------------------- */

static bool abbreviation(const char *text, size_t dot)
{
	static const char *const abbr[] = {
		"mr", "mrs", "ms", "dr", "gen", "brig", "col", "lt", "maj", "capt", "sgt", "cpl",
		"adm", "cdr", "cmdr", "gov", "sen", "rep", "prof", "rev", "st", "no", "nos", "jr",
		"sr", "hon", "fr", "vs", "etc", "mt", "ft", "pte", "rt", "supt", "insp", "det",
		"cllr", "sept", "sep", "oct", "nov", "dec", "jan", "feb", "aug", "p", "pp", "e.g",
		"i.e", "cf", "ed", "eds", "vol",
	};
	size_t b = dot;
	while (b > 0 && (isalpha((unsigned char)text[b - 1]) || text[b - 1] == '.'))
		b--;
	size_t l = dot - b;
	if (l == 0 || l > 5)
		return false;
	if (l == 1 && isupper((unsigned char)text[b]))
		return true; /* an initial */
	for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
		if (strlen(abbr[i]) == l && !strncasecmp(text + b, abbr[i], l))
			return true;
	return false;
}

/* Whether a sentence ends at text[p] (len bytes in all). */
static bool break_at(const char *text, size_t len, size_t p)
{
	char c = text[p];
	if (c == '.' || c == '!' || c == '?')
		return (p + 1 == len || text[p + 1] == ' ' || text[p + 1] == '\n') &&
		       !(c == '.' && abbreviation(text, p));
	if (c == '\n') {
		size_t q = p + 1;
		while (q < len && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r'))
			q++;
		return q < len && text[q] == '\n';
	}
	return false;
}

bool cti_sentence_break(const char *text, size_t start, size_t end, const size_t (*skip)[2],
                        size_t n_skip)
{
	size_t k = 0;
	for (size_t p = start; p < end; p++) {
		while (k < n_skip && skip[k][1] <= p)
			k++;
		if (k < n_skip && skip[k][0] <= p) {
			p = skip[k][1] - 1;
			continue;
		}
		if (break_at(text, end, p) && p + 1 < end)
			return true;
	}
	return false;
}

void cti_sentence_around(const char *text, size_t len, size_t start, size_t end, size_t *s0,
                         size_t *s1)
{
	*s0 = 0;
	for (size_t p = start; p > 0; p--)
		if (break_at(text, len, p - 1)) {
			*s0 = p;
			break;
		}
	*s1 = len;
	for (size_t p = end; p < len; p++)
		if (break_at(text, len, p)) {
			*s1 = p + 1;
			break;
		}
}
