/* notes.c — finding the notes of a document: Markdown footnote definitions
 * ("[^12]: text"), and numbered notes under a heading such as "Notes",
 * "Endnotes", "References", "Bibliography", "Sources" ("1. text", "1 text",
 * "[1] text", "¹ text"); a note runs until the next one, a blank line
 * followed by something that is not a note, or the next heading. */
#include "util/util.h"

#include <casetrace/cite.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A list of notes or markers is built in a cti_buf (its oom flag turns a
 * failed allocation into one check at the end). */
static void push(struct cti_buf *l, int number, size_t start, size_t end)
{
	if (end <= start)
		return;
	ct_note x = {number, start, end};
	cti_buf_append(l, &x, sizeof x);
}

/* Hand the list over: *out (NULL when empty), *n items of size each. */
static ct_status finish(struct cti_buf *l, size_t size, void **out, size_t *n)
{
	if (l->oom) {
		cti_buf_free(l);
		return CT_ENOMEM;
	}
	*n = l->len / size;
	*out = l->len ? cti_buf_steal(l) : NULL;
	cti_buf_free(l);
	return CT_OK;
}

/* The superscript digit at p (its value; its length in *w), or -1. */
static int sup_digit(const char *p, const char *e, size_t *w)
{
	static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
	for (int i = 0; i < 10; i++) {
		size_t k = strlen(sup[i]);
		if ((size_t)(e - p) >= k && !memcmp(p, sup[i], k)) {
			*w = k;
			return i;
		}
	}
	return -1;
}

/* The number that opens a note line, its length in *skip; -1 if none. */
static int note_number(const char *p, const char *e, size_t *skip)
{
	const char *q = p;
	bool bracket = q < e && *q == '[';
	if (bracket)
		q++;
	int v = 0, d = 0;
	while (q < e && isdigit((unsigned char)*q) && d < 4) {
		v = v * 10 + (*q - '0');
		q++;
		d++;
	}
	if (!d) {
		/* superscript digits ¹²³⁴… */
		size_t w = 0;
		for (int k; (k = sup_digit(q, e, &w)) >= 0; q += w, d++)
			v = v * 10 + k;
		if (!d || bracket)
			return -1;
	} else if (bracket) {
		if (q >= e || *q != ']')
			return -1;
		q++;
	} else if (q < e && (*q == '.' || *q == ')')) {
		q++;
	}
	if (q >= e || (*q != ' ' && *q != '\t'))
		return -1;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	*skip = (size_t)(q - p);
	return v;
}

/* A line holding only a number of one to three digits: its value, else -1. */
static int number_alone(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	int v = 0, d = 0;
	for (; p < e && isdigit((unsigned char)*p); p++, d++)
		v = v * 10 + (*p - '0');
	return p == e && d >= 1 && d <= 3 ? v : -1;
}

static bool notes_heading(const char *p, const char *e)
{
	while (p < e && (*p == '#' || *p == ' ' || *p == '*'))
		p++;
	while (e > p && (isspace((unsigned char)e[-1]) || e[-1] == '*' || e[-1] == ':'))
		e--;
	static const char *const names[] = {"notes", "endnotes", "footnotes", "references",
	                                    "bibliography", "sources", "works cited",
	                                    "anmerkungen", "literatur", "noten"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if ((size_t)(e - p) == strlen(names[i]) && !strncasecmp(p, names[i], (size_t)(e - p)))
			return true;
	return false;
}

static bool is_heading(const char *p, const char *e)
{
	return e > p && *p == '#';
}

static ct_status notes_by_form_feed(const char *t, size_t len, ct_note **out, size_t *n)
{
	size_t np = 1;
	for (const char *p = memchr(t, '\f', len); p; p = memchr(p + 1, '\f', len - (size_t)(p + 1 - t)))
		np++;
	size_t *starts = malloc(np * sizeof *starts);
	if (!starts)
		return CT_ENOMEM;
	starts[0] = 0;
	size_t k = 1;
	for (const char *p = memchr(t, '\f', len); p; p = memchr(p + 1, '\f', len - (size_t)(p + 1 - t)))
		starts[k++] = (size_t)(p + 1 - t);
	ct_status st = ct_find_page_notes(t, len, starts, np, out, n);
	free(starts);
	return st;
}

static ct_status find_notes(const char *t, size_t len, ct_note **out, size_t *n);

ct_status ct_find_notes(const char *t, size_t len, ct_note **out, size_t *n)
{
	ct_status st = find_notes(t, len, out, n);
	if (st == CT_OK && *n == 0 && len && memchr(t, '\f', len)) {
		/* text from a PDF (pdftotext keeps its form feeds): footnotes at
		 * the bottoms of pages */
		ct_free(*out);
		st = notes_by_form_feed(t, len, out, n);
	}
	return st;
}

static ct_status find_notes(const char *t, size_t len, ct_note **out, size_t *n)
{
	struct cti_buf l;
	cti_buf_init(&l);
	*out = NULL;
	*n = 0;
	bool in_section = false;
	int open = -1;          /* the note being read */
	size_t open_start = 0, open_end = 0;
	bool open_md = false;   /* … is a Markdown footnote definition */
	bool after_blank = false;
	int last_number = 0;    /* of the last note under a heading */
	int pending = -1;       /* a number on its own line: the note follows */
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(t + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - t) : len;
		const char *p = t + i, *e = t + le;
		bool blank = true;
		for (const char *q = p; q < e && blank; q++)
			blank = isspace((unsigned char)*q);
		/* Markdown footnote definitions, anywhere */
		if (e - p > 4 && p[0] == '[' && p[1] == '^') {
			const char *c = memchr(p, ']', (size_t)(e - p));
			int v = 0, d = 0;
			for (const char *q = p + 2; c && q < c && isdigit((unsigned char)*q); q++, d++)
				v = v * 10 + (*q - '0');
			if (c && d && c == p + 2 + d && c + 1 < e && c[1] == ':') {
				if (open >= 0)
					push(&l, open, open_start, open_end);
				const char *s = c + 2;
				while (s < e && isspace((unsigned char)*s))
					s++;
				open = v;
				open_md = true;
				after_blank = false;
				open_start = (size_t)(s - t);
				open_end = le;
				i = le + 1;
				continue;
			}
		}
		if (notes_heading(p, e)) {
			if (open >= 0)
				push(&l, open, open_start, open_end);
			open = -1;
			in_section = true;
			last_number = 0;
			pending = -1;
		} else if (is_heading(p, e)) {
			if (open >= 0)
				push(&l, open, open_start, open_end);
			open = -1;
			in_section = false;
		} else if (blank) {
			/* a blank line: the note may go on (a second paragraph) */
		} else if (open >= 0 && open_md && after_blank && *p != ' ' && *p != '\t') {
			/* Markdown: after a blank line only an indented line goes on
			 * with a footnote; this is body text again */
			push(&l, open, open_start, open_end);
			open = -1;
		} else {
			size_t skip = 0;
			int v = in_section ? note_number(p, e, &skip) : -1;
			int alone = in_section ? number_alone(p, e) : -1;
			if (alone > 0 && alone == last_number + 1) {
				/* "12" on its own line, the note on the next */
				if (open >= 0)
					push(&l, open, open_start, open_end);
				open = -1;
				pending = alone;
				last_number = alone;
				after_blank = false;
				i = le + 1;
				continue;
			}
			if (pending > 0) {
				while (p < e && (*p == ' ' || *p == '\t'))
					p++;
				open = pending;
				open_md = false;
				open_start = (size_t)(p - t);
				open_end = le;
				pending = -1;
			} else if (v >= 0) {
				last_number = v;
				if (open >= 0)
					push(&l, open, open_start, open_end);
				open = v;
				open_md = false;
				open_start = i + skip;
				open_end = le;
			} else if (open >= 0 && alone < 0) {
				open_end = le; /* a continuation line (a page number is not) */
			}
		}
		after_blank = blank;
		i = le + 1;
	}
	if (open >= 0)
		push(&l, open, open_start, open_end);
	void *d = NULL;
	ct_status st = finish(&l, sizeof **out, &d, n);
	*out = d;
	return st;
}

/* --- note markers in the body ------------------------------------------ */

/* A bare number is a marker only within this many notes after the last
 * marker: notes are referred to in order, and skipped ones are rare. */
#define BARE_WINDOW 3

static void mpush(struct cti_buf *l, int number, size_t start, size_t end)
{
	ct_note_marker x = {number, start, end};
	cti_buf_append(l, &x, sizeof x);
}

static bool has_note(const ct_note *notes, size_t n, int number)
{
	for (size_t i = 0; i < n; i++)
		if (notes[i].number == number)
			return true;
	return false;
}

/* Closing punctuation a bare-number marker may follow ("text.12"). After a
 * number (3.5, 1,200, Section 4.2) it is not one, unless the number is a
 * year and the marker the next note's ("between 1995 and 1998.1 Those"). */
static bool before_bare(const char *t, size_t i, bool next)
{
	if (i == 0)
		return false;
	unsigned char c = (unsigned char)t[i - 1];
	if (strchr(".,;:!?\")'", c)) {
		size_t d = 0; /* digits before the punctuation */
		while (d < i - 1 && isdigit((unsigned char)t[i - 2 - d]))
			d++;
		size_t first = i - 1 - d;
		bool year = d == 4 && (first == 0 || !isalnum((unsigned char)t[first - 1]));
		return d == 0 || (next && year);
	}
	/* PDF text glues a superscript to its word: "capabilities12" */
	if (islower(c))
		return next;
	/* ” ’ (U+201D, U+2019) */
	return i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
	       (c == 0x9D || c == 0x99);
}

ct_status ct_find_note_markers(const char *t, size_t len, const ct_note *notes, size_t n_notes,
                               ct_note_marker **out, size_t *n)
{
	struct cti_buf l;
	cti_buf_init(&l);
	*out = NULL;
	*n = 0;
	if (!n_notes)
		return CT_OK;
	/* the notes themselves, from the start of the line that labels each
	 * one, are not body text */
	size_t *skip_from = malloc(n_notes * sizeof *skip_from);
	if (!skip_from)
		return CT_ENOMEM;
	for (size_t k = 0; k < n_notes; k++) {
		size_t s = notes[k].start;
		while (s > 0 && t[s - 1] != '\n')
			s--;
		skip_from[k] = s;
	}
	int last = 0; /* the number of the last marker */
	for (size_t i = 0; i < len;) {
		bool skipped = false;
		for (size_t k = 0; (i == 0 || t[i - 1] == '\n') && k < n_notes; k++)
			if (i >= skip_from[k] && i < notes[k].end) {
				i = notes[k].end;
				skipped = true;
				break;
			}
		if (skipped)
			continue;
		const char *p = t + i, *e = t + len;
		size_t w = 0;
		if (*p == '[') {
			/* [^12] or [12] */
			const char *q = p + 1;
			bool caret = q < e && *q == '^';
			if (caret)
				q++;
			int v = 0, d = 0;
			while (q < e && isdigit((unsigned char)*q) && d < 4) {
				v = v * 10 + (*q - '0');
				q++;
				d++;
			}
			if (d && q < e && *q == ']' && (q + 1 >= e || (q[1] != '(' && q[1] != ':')) &&
			    (caret || has_note(notes, n_notes, v))) {
				mpush(&l, v, i, (size_t)(q + 1 - t));
				last = v;
				i = (size_t)(q + 1 - t);
				continue;
			}
		} else if (sup_digit(p, e, &w) >= 0) {
			int v = 0;
			const char *q = p;
			int dv;
			while (q < e && (dv = sup_digit(q, e, &w)) >= 0) {
				v = v * 10 + dv;
				q += w;
			}
			if (has_note(notes, n_notes, v)) {
				mpush(&l, v, i, (size_t)(q - t));
				last = v;
			}
			i = (size_t)(q - t);
			continue;
		} else if (isdigit((unsigned char)*p) && (i == 0 || !isdigit((unsigned char)p[-1]))) {
			/* text.12 — a note that exists, a little after the last
			 * marker's ("No.10" in a text at note 40 is not one) */
			const char *q = p;
			int v = 0, d = 0;
			while (q < e && isdigit((unsigned char)*q) && d < 4) {
				v = v * 10 + (*q - '0');
				q++;
				d++;
			}
			if (d <= 3 && (q >= e || isspace((unsigned char)*q)) && v > last &&
			    v <= last + BARE_WINDOW && before_bare(t, i, v == last + 1) &&
			    has_note(notes, n_notes, v)) {
				mpush(&l, v, i, (size_t)(q - t));
				last = v;
			}
			i = (size_t)(q - t);
			continue;
		}
		i++;
	}
	free(skip_from);
	void *d = NULL;
	ct_status st = finish(&l, sizeof **out, &d, n);
	*out = d;
	return st;
}

/* --- footnotes at the bottoms of pages (PDF text) ---------------------- */

/* The number that opens a footnote line at p: "12 Text" or "12. Text" or
 * "12Text" is not one; -1 if none. *skip: to the text. */
static int foot_number(const char *p, const char *e, size_t *skip)
{
	const char *q = p;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	int v = 0, d = 0;
	while (q < e && isdigit((unsigned char)*q) && d < 4) {
		v = v * 10 + (*q - '0');
		q++;
		d++;
	}
	if (!d || d > 3)
		return -1;
	if (q < e && *q == '.')
		q++;
	if (q >= e || (*q != ' ' && *q != '\t'))
		return -1;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	/* a note begins with a word, a quotation mark or "See" — not a figure */
	if (q >= e || isdigit((unsigned char)*q) || *q == '%')
		return -1;
	*skip = (size_t)(q - p);
	return v;
}

/* Whether the body text [a, b) refers to note v the way PDF text shows a
 * superscript: the number glued to the word or punctuation before it
 * ("capabilities.12 The", "Iraq12,"). */
static bool body_marks(const char *t, size_t a, size_t b, int v)
{
	char num[8];
	int l = snprintf(num, sizeof num, "%d", v);
	for (size_t i = a; i + (size_t)l <= b; i++) {
		if (memcmp(t + i, num, (size_t)l) || i == a)
			continue;
		unsigned char before = (unsigned char)t[i - 1];
		unsigned char after = i + (size_t)l < b ? (unsigned char)t[i + (size_t)l] : ' ';
		if (isdigit(before) || isdigit(after) || isalpha(after))
			continue;
		if (isalpha(before) || strchr(".,;:!?\")'", before) || before >= 0x80)
			return true;
	}
	return false;
}

ct_status ct_find_page_notes(const char *t, size_t len, const size_t *page_starts,
                             size_t n_pages, ct_note **out, size_t *n)
{
	struct cti_buf l;
	cti_buf_init(&l);
	*out = NULL;
	*n = 0;
	int expect = 1; /* the next note's number */
	for (size_t pg = 0; pg < n_pages; pg++) {
		size_t ps = page_starts[pg], pe = pg + 1 < n_pages ? page_starts[pg + 1] : len;
		if (ps >= pe || pe > len)
			continue;
		/* the page's lines */
		size_t nl = 0;
		for (size_t i = ps; i < pe; i++)
			nl += t[i] == '\n';
		/* a footnote block starts in the lower half of the page, at the
		 * next note's number (or 1: numbering restarts by chapter), and
		 * the body above it refers to that note */
		size_t line = 0, block = (size_t)-1;
		int open = -1;
		size_t open_start = 0, open_end = 0;
		for (size_t i = ps; i < pe;) {
			const char *nlp = memchr(t + i, '\n', pe - i);
			size_t le = nlp ? (size_t)(nlp - t) : pe;
			size_t skip = 0;
			int v = foot_number(t + i, t + le, &skip);
			if (block == (size_t)-1) {
				if (v > 0 && (v == expect || v == 1) && 2 * line >= nl &&
				    body_marks(t, ps, i, v)) {
					block = i;
					open = v;
					open_start = i + skip;
					open_end = le;
					expect = v + 1;
				}
			} else if (v == expect) {
				push(&l, open, open_start, open_end);
				open = v;
				open_start = i + skip;
				open_end = le;
				expect = v + 1;
			} else {
				bool blank = true, digits = true;
				for (size_t k = i; k < le; k++) {
					blank = blank && isspace((unsigned char)t[k]);
					digits = digits && (isdigit((unsigned char)t[k]) || t[k] == ' ');
				}
				/* a page number closing the page is not part of a note */
				if (!blank && !(digits && le - i <= 6))
					open_end = le;
			}
			line++;
			i = le + 1;
		}
		if (open >= 0)
			push(&l, open, open_start, open_end);
	}
	void *d = NULL;
	ct_status st = finish(&l, sizeof **out, &d, n);
	*out = d;
	return st;
}
