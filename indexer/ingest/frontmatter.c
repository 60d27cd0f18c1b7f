/* frontmatter.c — the `---` block of `key: value` lines at the top of .txt
 * and .md files. */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The line [p, eol) without its trailing white space equals s. */
static bool line_is(const char *p, const char *eol, const char *s)
{
	while (eol > p && isspace((unsigned char)eol[-1]))
		eol--;
	size_t n = strlen(s);
	return (size_t)(eol - p) == n && memcmp(p, s, n) == 0;
}

static const char *line_end(const char *p, const char *end)
{
	const char *q = memchr(p, '\n', (size_t)(end - p));
	return q ? q : end;
}

ct_status cti_frontmatter_parse(const char *text, size_t len, const char *path,
                                ct_diag_fn diag, void *ctx,
                                struct ct_document *doc, size_t *body)
{
	const char *end = text + len;
	*body = 0;
	const char *eol = line_end(text, end);
	if (!line_is(text, eol, "---"))
		return CT_OK;

	/* Find the closing line first, so a block that never closes is kept
	 * whole as text rather than half read. */
	const char *p = eol < end ? eol + 1 : end;
	const char *close = NULL;
	for (const char *q = p; q < end;) {
		const char *qe = line_end(q, end);
		if (line_is(q, qe, "---") || line_is(q, qe, "...")) {
			close = q;
			break;
		}
		q = qe < end ? qe + 1 : end;
	}
	if (!close) {
		cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, 1, 0,
		         "front matter opened with '---' is never closed (no '---' line "
		         "follows); the block is indexed as text and no metadata was read "
		         "from it. Add a line '---' after the last 'key: value' line.");
		return CT_OK;
	}

	unsigned line = 1;
	while (p < close) {
		const char *le = line_end(p, close);
		line++;
		const char *k = p;
		while (k < le && isspace((unsigned char)*k))
			k++;
		if (k == le || *k == '#') {
			p = le + 1;
			continue;
		}
		const char *ke = k;
		while (ke < le && (isalnum((unsigned char)*ke) || *ke == '_' || *ke == '-'))
			ke++;
		const char *colon = ke;
		while (colon < le && (*colon == ' ' || *colon == '\t'))
			colon++;
		if (ke == k || colon >= le || *colon != ':') {
			cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, line,
			         (int64_t)(p - text),
			         "front matter line is not 'key: value' (%.*s); ignored",
			         (int)(le - p > 60 ? 60 : le - p), p);
			p = le + 1;
			continue;
		}
		const char *v = colon + 1, *ve = le;
		while (v < ve && isspace((unsigned char)*v))
			v++;
		while (ve > v && isspace((unsigned char)ve[-1]))
			ve--;
		if (ve - v >= 2 && (*v == '"' || *v == '\'') && ve[-1] == *v) {
			v++;
			ve--;
		}
		char key[64];
		size_t kl = (size_t)(ke - k);
		if (kl >= sizeof key) {
			cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, line,
			         (int64_t)(p - text),
			         "front matter key longer than %zu characters; ignored",
			         sizeof key - 1);
			p = le + 1;
			continue;
		}
		for (size_t i = 0; i < kl; i++)
			key[i] = (char)tolower((unsigned char)k[i]);
		key[kl] = '\0';

		if (strcmp(key, "date") == 0 && ve > v) {
			char iso[11];
			doc->date_tried = true;
			if (ct_date_normalize(v, (size_t)(ve - v), iso) == CT_OK) {
				free(doc->date_iso);
				doc->date_iso = cti_strdup(iso);
				if (!doc->date_iso)
					return CT_ENOMEM;
			} else {
				cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, line,
				         (int64_t)(v - text),
				         "date '%.*s' is not a date casetrace reads (write e.g. "
				         "2007-09-03, September 3, 2007 or 3 September 2007); "
				         "the document has no date",
				         (int)(ve - v), v);
			}
		} else if (strcmp(key, "kind") == 0 && ve > v) {
			ct_kind kd;
			if (ct_kind_parse(v, (size_t)(ve - v), &kd)) {
				doc->kind = kd;
				doc->kind_set = true;
			} else {
				cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, line,
				         (int64_t)(v - text),
				         "kind '%.*s' is not one of news, transcript, interview, "
				         "note, manuscript, other; ignored",
				         (int)(ve - v), v);
			}
		}
		if (!cti_document_add_meta(doc, key, kl, v, (size_t)(ve - v)))
			return CT_ENOMEM;
		p = le + 1;
	}
	const char *after = line_end(close, end);
	*body = (size_t)((after < end ? after + 1 : end) - text);
	return CT_OK;
}
