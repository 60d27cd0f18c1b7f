/* document.c — a document's passages: paragraphs (or transcript turns),
 * cut at page starts, with page and line numbers from the reader's marks. */
#include "segment/segment-private.h"

#include <stdlib.h>
#include <string.h>

struct plist {
	ct_passage *a;
	size_t n, cap;
	bool oom;
};

static void push(struct plist *l, const ct_passage *p)
{
	if (l->oom)
		return;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		ct_passage *a = realloc(l->a, cap * sizeof *a);
		if (!a) {
			l->oom = true;
			return;
		}
		l->a = a;
		l->cap = cap;
	}
	l->a[l->n++] = *p;
}

static bool ws(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/* The page and line in force at offset off (marks sorted by offset). */
static void position(const ct_mark *m, size_t n, size_t off, unsigned *page,
                     unsigned *line)
{
	*page = 0;
	*line = 0;
	for (size_t i = 0; i < n && m[i].offset <= off; i++) {
		if (m[i].kind == CT_MARK_PAGE)
			*page = m[i].value;
		else
			*line = m[i].value;
	}
}

/* Paragraphs of text[from, to) as passages (offsets into text), all with
 * the given speaker label (0, 0 for none). */
static ct_status paragraphs(const char *text, size_t from, size_t to, size_t sp_start,
                            size_t sp_end, struct plist *l)
{
	ct_span *sp = NULL;
	size_t n = 0;
	ct_status st = ct_segment_paragraphs(text + from, to - from, &sp, &n);
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		ct_passage p = {.start = from + sp[i].start, .end = from + sp[i].end,
		                .speaker_start = sp_start, .speaker_end = sp_end};
		push(l, &p);
	}
	ct_free(sp);
	return l->oom ? CT_ENOMEM : st;
}

/* A transcript: the text before the first turn as paragraphs, then one
 * passage per turn (paragraphs of the turn when it is longer than
 * CT_PASSAGE_MAX), each with its speaker. */
static ct_status turns(const char *text, size_t len, struct plist *l)
{
	struct cti_turn *t = NULL;
	size_t nt = 0;
	ct_status st = cti_segment_turns(text, len, &t, &nt);
	if (st != CT_OK)
		return st;
	if (nt == 0) {
		free(t);
		return paragraphs(text, 0, len, 0, 0, l);
	}
	st = paragraphs(text, 0, t[0].start, 0, 0, l);
	for (size_t i = 0; i < nt && st == CT_OK; i++) {
		size_t from = t[i].start, to = i + 1 < nt ? t[i + 1].start : len;
		while (to > from && ws(text[to - 1]))
			to--;
		if (to - from <= CT_PASSAGE_MAX) {
			ct_passage p = {.start = from, .end = to, .speaker_start = t[i].speaker_start,
			                .speaker_end = t[i].speaker_end};
			while (p.start < p.end && ws(text[p.start]))
				p.start++;
			if (p.end > p.start)
				push(l, &p);
		} else {
			st = paragraphs(text, from, to, t[i].speaker_start, t[i].speaker_end, l);
		}
	}
	free(t);
	return l->oom ? CT_ENOMEM : st;
}

ct_status ct_segment_document(const ct_document *doc, ct_passage **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t len = 0;
	const char *text = ct_document_text(doc, &len);
	struct plist units = {0};
	ct_status st = ct_document_kind(doc) == CT_KIND_TRANSCRIPT
	                   ? turns(text, len, &units)
	                   : paragraphs(text, 0, len, 0, 0, &units);
	if (st != CT_OK) {
		free(units.a);
		return st;
	}
	size_t n_marks = 0;
	const ct_mark *marks = ct_document_marks(doc, &n_marks);

	/* cut at page starts; number pages and lines */
	struct plist l = {0};
	size_t m = 0; /* next page mark to cut at */
	for (size_t i = 0; i < units.n; i++) {
		size_t start = units.a[i].start, end = units.a[i].end;
		for (;;) {
			while (m < n_marks && (marks[m].kind != CT_MARK_PAGE || marks[m].offset <= start))
				m++;
			size_t cut = m < n_marks && marks[m].offset < end ? marks[m].offset : end;
			size_t e = cut;
			while (e > start && ws(text[e - 1]))
				e--;
			if (e > start) {
				ct_passage p = units.a[i];
				p.start = start;
				p.end = e;
				position(marks, n_marks, start, &p.page, &p.line);
				push(&l, &p);
			}
			if (cut == end)
				break;
			start = cut;
			while (start < end && ws(text[start]))
				start++;
			if (start >= end)
				break;
		}
	}
	free(units.a);
	if (l.oom) {
		free(l.a);
		return CT_ENOMEM;
	}
	*out = l.a;
	*n = l.n;
	return CT_OK;
}
