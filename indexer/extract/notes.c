/* notes.c — finding the notes of a document: Markdown footnote definitions
 * ("[^12]: text"), and numbered notes under a heading such as "Notes",
 * "Endnotes", "References", "Bibliography", "Sources" ("1. text", "1 text",
 * "[1] text", "¹ text"); a note runs until the next one, a blank line
 * followed by something that is not a note, or the next heading. */
#include "util/util.h"

#include <casetrace/cite.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct list {
	ct_note *a;
	size_t n, cap;
	bool oom;
};

static void push(struct list *l, int number, size_t start, size_t end)
{
	if (l->oom || end <= start)
		return;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		ct_note *a = realloc(l->a, cap * sizeof *a);
		if (!a) {
			l->oom = true;
			return;
		}
		l->a = a;
		l->cap = cap;
	}
	l->a[l->n++] = (ct_note){number, start, end};
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
		static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
		for (;;) {
			int k = -1;
			for (int i = 0; i < 10 && k < 0; i++)
				if ((size_t)(e - q) >= strlen(sup[i]) && !memcmp(q, sup[i], strlen(sup[i])))
					k = i;
			if (k < 0)
				break;
			v = v * 10 + k;
			q += strlen(sup[k]);
			d++;
		}
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

ct_status ct_find_notes(const char *t, size_t len, ct_note **out, size_t *n)
{
	struct list l = {0};
	*out = NULL;
	*n = 0;
	bool in_section = false;
	int open = -1;          /* the note being read */
	size_t open_start = 0, open_end = 0;
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
		} else if (is_heading(p, e)) {
			if (open >= 0)
				push(&l, open, open_start, open_end);
			open = -1;
			in_section = false;
		} else if (blank) {
			/* a blank line: the note may go on (a second paragraph) */
		} else {
			size_t skip = 0;
			int v = in_section ? note_number(p, e, &skip) : -1;
			if (v >= 0) {
				if (open >= 0)
					push(&l, open, open_start, open_end);
				open = v;
				open_start = i + skip;
				open_end = le;
			} else if (open >= 0) {
				open_end = le; /* a continuation line */
			}
		}
		i = le + 1;
	}
	if (open >= 0)
		push(&l, open, open_start, open_end);
	if (l.oom) {
		free(l.a);
		return CT_ENOMEM;
	}
	*out = l.a;
	*n = l.n;
	return CT_OK;
}
