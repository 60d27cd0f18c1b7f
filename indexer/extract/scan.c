/* scan.c — finding quotations by their marks: “curly” and "straight"
 * doubles, ‘single’ quotes (not apostrophes), « guillemets » and » Danish «,
 * „German“ and ‚inner‘ ones. Marks of another kind inside a quotation are
 * part of it (nesting). A quotation still open at the end of a paragraph
 * continues when the next paragraph opens with the same mark (the
 * multi-paragraph convention); otherwise it ends there, with lower
 * confidence. */
#include "extract/extract-private.h"
#include "extract/scan.h"

#include <stdlib.h>
#include <string.h>

enum mark {
	M_NONE, M_LDQ /* “ */, M_RDQ /* ” */, M_LOW /* „ */, M_SDQ /* " */,
	M_LGU /* « */, M_RGU /* » */, M_LSQ /* ‘ */, M_RSQ /* ’ */, M_LOWS /* ‚ */,
};

/* The mark at p, its length in *n. */
static enum mark mark_at(const unsigned char *p, const unsigned char *e, size_t *n)
{
	*n = 1;
	if (*p == '"')
		return M_SDQ;
	if (e - p >= 2 && p[0] == 0xC2) {
		*n = 2;
		if (p[1] == 0xAB)
			return M_LGU;
		if (p[1] == 0xBB)
			return M_RGU;
	}
	if (e - p >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
		*n = 3;
		switch (p[2]) {
		case 0x9C: return M_LDQ;
		case 0x9D: return M_RDQ;
		case 0x9E: return M_LOW;
		case 0x98: return M_LSQ;
		case 0x99: return M_RSQ;
		case 0x9A: return M_LOWS;
		default: break;
		}
	}
	*n = 1;
	return M_NONE;
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A letter or digit (any non-ASCII byte counts as a letter here). */
static bool is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c >= 0x80;
}

/* Whether a mark at p may open: at the start, after white space or an
 * opening bracket or dash, and before a non-space. */
static bool can_open(const unsigned char *t, const unsigned char *p, const unsigned char *e,
                     size_t n)
{
	if (p + n >= e || is_space(p[n]))
		return false;
	if (p == t)
		return true;
	unsigned char b = p[-1];
	return is_space(b) || b == '(' || b == '[' || b == '{' || b == '-' || b == '/' ||
	       (b == 0xA0 && p - t >= 2 && p[-2] == 0xC2) || /* a no-break space */
	       (p - t >= 3 && p[-3] == 0xE2 && p[-2] == 0x80 && (b == 0x94 || b == 0x93 ||
	                                                        b == 0x9C || b == 0x98));
}

/* Whether the closer that opener o needs is mark m (and at p, for single
 * quotes, not an apostrophe: no letter follows). */
static bool closes(enum mark o, enum mark m, const unsigned char *p, const unsigned char *e,
                   size_t n)
{
	switch (o) {
	case M_LDQ: return m == M_RDQ || m == M_SDQ;
	case M_LOW: return m == M_LDQ || m == M_RDQ;
	case M_SDQ: return m == M_SDQ || m == M_RDQ;
	case M_LGU: return m == M_RGU;
	case M_RGU: return m == M_LGU;
	case M_LOWS: return m == M_LSQ;
	case M_LSQ: return m == M_RSQ && (p + n >= e || !is_alnum(p[n]));
	default: return false;
	}
}

/* The end of the paragraph that contains offset i: the start of the next
 * blank line (or the end of the text). */
static size_t para_end(const char *t, size_t len, size_t i)
{
	for (;;) {
		const char *nl = memchr(t + i, '\n', len - i);
		if (!nl)
			return len;
		size_t j = (size_t)(nl - t) + 1;
		while (j < len && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
			j++;
		if (j >= len || t[j] == '\n')
			return (size_t)(nl - t);
		i = j;
	}
}

/* The offset of the last '\n' in t[0, i), or (size_t)-1: eight bytes at a
 * time (a paragraph is often long). */
static size_t last_newline(const char *t, size_t i)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	while (i >= 8) {
		uint64_t w;
		memcpy(&w, t + i - 8, 8);
		uint64_t x = w ^ (ones * '\n');
		if ((x - ones) & ~x & highs)
			break; /* one of these eight bytes is a '\n' */
		i -= 8;
	}
	while (i > 0) {
		if (t[i - 1] == '\n')
			return i - 1;
		i--;
	}
	return (size_t)-1;
}

size_t cti_para_start(const char *t, size_t i)
{
	while (i > 0) {
		size_t nl = last_newline(t, i); /* to the last line break */
		if (nl == (size_t)-1)
			return 0;
		i = nl + 1;
		size_t j = i - 1;
		while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t' || t[j - 1] == '\r'))
			j--;
		if (j > 0 && t[j - 1] == '\n')
			return i;
		i--;
	}
	return 0;
}

size_t cti_para_end(const char *t, size_t len, size_t i)
{
	return para_end(t, len, i);
}

/* The first offset in [i, lim) whose byte may begin a mark (" or the lead
 * byte of «, », “, ”, „, ‘, ’, ‚), or lim: the rest are passed over
 * without looking at marks. */
static size_t next_mark_byte(const unsigned char *t, size_t i, size_t lim)
{
	/* eight bytes at a time while none of them is one of the three */
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	while (i + 8 <= lim) {
		uint64_t w;
		memcpy(&w, t + i, 8);
		uint64_t a = w ^ (ones * '"'), b = w ^ (ones * 0xC2), c = w ^ (ones * 0xE2);
		if (((a - ones) & ~a & highs) | ((b - ones) & ~b & highs) | ((c - ones) & ~c & highs))
			break;
		i += 8;
	}
	while (i < lim && t[i] != '"' && t[i] != 0xC2 && t[i] != 0xE2)
		i++;
	return i;
}

ct_status cti_scan_quotes(const char *text, size_t len, struct cti_qspan **out, size_t *n_out)
{
	const unsigned char *t = (const unsigned char *)text, *e = t + len;
	struct cti_qspan *a = NULL;
	size_t n = 0, cap = 0;
	*out = NULL;
	*n_out = 0;
	size_t i = 0;
	while ((i = next_mark_byte(t, i, len)) < len) {
		size_t ml;
		enum mark m = mark_at(t + i, e, &ml);
		/* « may be followed by a (no-break) space, French style */
		bool opener = (m == M_LDQ || m == M_LOW || m == M_RGU || m == M_SDQ ||
		               m == M_LSQ || m == M_LOWS) && can_open(t, t + i, e, ml);
		if (m == M_LGU && i + ml < len)
			opener = true;
		if (!opener) {
			i += ml;
			continue;
		}
		/* an opener: find its closer */
		struct cti_qspan q = {.open = i, .start = i + ml, .confidence = 1.0};
		size_t pe = para_end(text, len, i);
		size_t j = q.start;
		bool closed = false;
		while (j < len) {
			j = next_mark_byte(t, j, pe < len ? pe : len);
			if (j >= len)
				break;
			if (j >= pe) {
				/* the paragraph ended: continue when the next one opens
				 * with the same mark */
				size_t k = pe;
				while (k < len && is_space(t[k]))
					k++;
				size_t nl2;
				if (k < len && mark_at(t + k, e, &nl2) == m) {
					q.multi = true;
					j = k + nl2;
					pe = para_end(text, len, k);
					continue;
				}
				break;
			}
			size_t cl;
			enum mark c = mark_at(t + j, e, &cl);
			/* “…,“ said: an opening mark that cannot open, after a word,
			 * is a closing one mistyped */
			bool typo = m == M_LDQ && c == M_LDQ && j > q.start && !is_space(t[j - 1]) &&
			            !can_open(t, t + j, e, cl);
			if (typo || (c != M_NONE && closes(m, c, t + j, e, cl) &&
			             !(m == M_SDQ && c == M_SDQ && can_open(t, t + j, e, cl) &&
			               j == q.start))) {
				q.end = j;
				q.close_end = j + cl;
				closed = true;
				break;
			}
			j += cl;
		}
		if (!closed) {
			if (m == M_LSQ || m == M_LOWS) { /* an unmatched single: an apostrophe */
				i += ml;
				continue;
			}
			size_t end = j < pe ? j : pe;
			while (end > q.start && is_space(t[end - 1]))
				end--;
			q.end = end;
			q.close_end = end;
			q.confidence = 0.5;
		}
		/* French spacing inside guillemets is not part of the words */
		for (;;) {
			if (q.start < q.end && t[q.start] == ' ')
				q.start++;
			else if (q.end - q.start >= 2 && t[q.start] == 0xC2 && t[q.start + 1] == 0xA0)
				q.start += 2;
			else if (q.end - q.start >= 3 && t[q.start] == 0xE2 && t[q.start + 1] == 0x80 &&
			         t[q.start + 2] == 0xAF)
				q.start += 3;
			else
				break;
		}
		for (;;) {
			if (q.end > q.start && t[q.end - 1] == ' ')
				q.end--;
			else if (q.end - q.start >= 2 && t[q.end - 2] == 0xC2 && t[q.end - 1] == 0xA0)
				q.end -= 2;
			else if (q.end - q.start >= 3 && t[q.end - 3] == 0xE2 && t[q.end - 2] == 0x80 &&
			         t[q.end - 1] == 0xAF)
				q.end -= 3;
			else
				break;
		}
		if (q.end > q.start) {
			if (n == cap) {
				cap = cap ? cap * 2 : 32;
				struct cti_qspan *na = realloc(a, cap * sizeof *na);
				if (!na) {
					free(a);
					return CT_ENOMEM;
				}
				a = na;
			}
			a[n++] = q;
		}
		i = q.close_end > i ? q.close_end : i + ml;
	}
	*out = a;
	*n_out = n;
	return CT_OK;
}
