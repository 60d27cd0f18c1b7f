/* document.c — a document's passages: paragraphs (or transcript turns),
 * cut at page starts, with page and line numbers from the reader's marks. */
#include <casetrace/segment.h>

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

ct_status ct_segment_document(const ct_document *doc, ct_passage **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t len = 0;
	const char *text = ct_document_text(doc, &len);
	ct_span *sp = NULL;
	size_t n_sp = 0;
	ct_status st = ct_segment_paragraphs(text, len, &sp, &n_sp);
	if (st != CT_OK)
		return st;
	size_t n_marks = 0;
	const ct_mark *marks = ct_document_marks(doc, &n_marks);

	struct plist l = {0};
	size_t m = 0; /* next page mark to cut at */
	for (size_t i = 0; i < n_sp; i++) {
		size_t start = sp[i].start, end = sp[i].end;
		for (;;) {
			while (m < n_marks && (marks[m].kind != CT_MARK_PAGE || marks[m].offset <= start))
				m++;
			size_t cut = m < n_marks && marks[m].offset < end ? marks[m].offset : end;
			size_t e = cut;
			while (e > start && ws(text[e - 1]))
				e--;
			if (e > start) {
				ct_passage p = {.start = start, .end = e};
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
	ct_free(sp);
	if (l.oom) {
		free(l.a);
		return CT_ENOMEM;
	}
	*out = l.a;
	*n = l.n;
	return CT_OK;
}
