/* transcript.c — official transcript layout: page headers ("Page 41",
 * "- 41 -", form feeds) and line numbers in the margin ("12  THE CHAIRMAN:
 * ...") are taken out of the text and kept as page and line marks, so that
 * search, quotes and turns see only what was said while a passage can still
 * say "p. 41, l. 12". */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A page header line: "Page 41", "PAGE 41", "- 41 -", "[41]". *page gets N. */
static bool page_header(const char *p, const char *e, unsigned *page)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (p == e)
		return false;
	const char *d;
	if (e - p > 5 && strncasecmp(p, "page", 4) == 0 && (p[4] == ' ' || p[4] == '\t')) {
		d = p + 5;
		while (d < e && (*d == ' ' || *d == '\t'))
			d++;
	} else if (e - p >= 5 && *p == '-' && e[-1] == '-') {
		d = p + 1;
		while (d < e && *d == ' ')
			d++;
		e--;
		while (e > d && e[-1] == ' ')
			e--;
	} else if (e - p >= 3 && *p == '[' && e[-1] == ']') {
		d = p + 1;
		e--;
	} else {
		return false;
	}
	if (d == e || e - d > 5)
		return false;
	unsigned v = 0;
	for (const char *q = d; q < e; q++) {
		if (!isdigit((unsigned char)*q))
			return false;
		v = v * 10 + (unsigned)(*q - '0');
	}
	*page = v;
	return v > 0;
}

/* A margin line number: up to 6 spaces, 1–2 digits (1..99), then the end
 * of the line or white space. *num gets the number, *text where the line's
 * own text starts. */
static bool margin_number(const char *p, const char *e, unsigned *num, const char **text)
{
	const char *q = p;
	while (q < e && q - p < 6 && *q == ' ')
		q++;
	const char *d = q;
	unsigned v = 0;
	while (q < e && isdigit((unsigned char)*q) && q - d < 3) {
		v = v * 10 + (unsigned)(*q - '0');
		q++;
	}
	if (q == d || q - d > 2 || v == 0)
		return false;
	if (q < e && *q != ' ' && *q != '\t')
		return false;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	*num = v;
	*text = q;
	return true;
}

/* Margins are there when most non-blank lines carry numbers that count up
 * by one and restart at 1. */
static bool has_margins(const char *t, size_t len)
{
	size_t lines = 0, numbered = 0, in_order = 0;
	unsigned prev = 0, page;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(t + i, '\n', len - i);
		const char *e = nl ? nl : t + len;
		const char *s = t + i, *txt;
		unsigned v;
		bool blank = true;
		for (const char *q = s; q < e; q++)
			if (!isspace((unsigned char)*q)) {
				blank = false;
				break;
			}
		if (!blank && !page_header(s, e, &page)) {
			lines++;
			if (margin_number(s, e, &v, &txt)) {
				numbered++;
				if (v == prev + 1 || v == 1)
					in_order++;
				prev = v;
			}
		}
		i = (size_t)(e - t) + 1;
	}
	return numbered >= 10 && numbered * 10 >= lines * 6 && in_order * 10 >= numbered * 7;
}

ct_status cti_transcript_clean(struct ct_document *doc)
{
	const char *t = doc->text;
	size_t len = doc->text_len;
	if (!t)
		return CT_OK;
	bool margins = has_margins(t, len);
	struct cti_buf out;
	cti_buf_init(&out);
	cti_buf_reserve(&out, len);
	unsigned page = 0;
	size_t removed = 0;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(t + i, '\n', len - i);
		const char *s = t + i, *e = nl ? nl : t + len;
		unsigned v;
		const char *txt;
		bool ff = memchr(s, '\f', (size_t)(e - s)) != NULL;
		if (page_header(s, e, &v)) {
			page = v;
			removed++;
			if (!cti_document_add_mark(doc, out.len, CT_MARK_PAGE, page))
				out.oom = true;
		} else {
			if (ff) { /* a form feed starts the next page */
				page++;
				if (!cti_document_add_mark(doc, out.len, CT_MARK_PAGE, page))
					out.oom = true;
			}
			if (margins && margin_number(s, e, &v, &txt)) {
				if (!cti_document_add_mark(doc, out.len, CT_MARK_LINE, v))
					out.oom = true;
				s = txt;
				removed++;
			}
			for (const char *q = s; q < e; q++)
				if (*q != '\f')
					cti_buf_putc(&out, *q);
			if (nl)
				cti_buf_putc(&out, '\n');
		}
		i = (size_t)(e - t) + 1;
	}
	if (out.oom) {
		cti_buf_free(&out);
		return CT_ENOMEM;
	}
	if (removed) {
		free(doc->text);
		doc->text_len = out.len;
		doc->text = cti_buf_steal(&out);
		if (!doc->text)
			return CT_ENOMEM;
	}
	cti_buf_free(&out);
	return CT_OK;
}
