/* document.c — the ct_document: building it (for the format readers),
 * finishing it (kind, title, date), reading it (public accessors). */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct ct_document *cti_document_new(const char *path)
{
	struct ct_document *doc = calloc(1, sizeof *doc);
	if (!doc)
		return NULL;
	if (!(doc->path = cti_strdup(path))) {
		free(doc);
		return NULL;
	}
	doc->format = "text";
	return doc;
}

bool cti_document_set_text(struct ct_document *doc, const char *text, size_t len)
{
	char *t = cti_strndup(text, len);
	if (!t)
		return false;
	free(doc->text);
	doc->text = t;
	doc->text_len = len;
	return true;
}

bool cti_document_add_meta(struct ct_document *doc, const char *key, size_t klen,
                           const char *value, size_t vlen)
{
	if (doc->n_meta == doc->cap_meta) {
		size_t cap = doc->cap_meta ? doc->cap_meta * 2 : 8;
		char **k = realloc(doc->keys, cap * sizeof *k);
		if (!k)
			return false;
		doc->keys = k;
		char **v = realloc(doc->values, cap * sizeof *v);
		if (!v)
			return false;
		doc->values = v;
		doc->cap_meta = cap;
	}
	char *kc = cti_strndup(key, klen), *vc = cti_strndup(value, vlen);
	if (!kc || !vc) {
		free(kc);
		free(vc);
		return false;
	}
	doc->keys[doc->n_meta] = kc;
	doc->values[doc->n_meta] = vc;
	doc->n_meta++;
	return true;
}

bool cti_document_add_mark(struct ct_document *doc, size_t off, ct_mark_kind kind,
                           unsigned value)
{
	if (doc->n_marks == doc->cap_marks) {
		size_t cap = doc->cap_marks ? doc->cap_marks * 2 : 16;
		ct_mark *m = realloc(doc->marks, cap * sizeof *m);
		if (!m)
			return false;
		doc->marks = m;
		doc->cap_marks = cap;
	}
	doc->marks[doc->n_marks++] = (ct_mark){off, kind, value};
	return true;
}

bool cti_kind_from_path(const char *path, ct_kind *out)
{
	/* Walk the folder components from the deepest up. */
	const char *end = strrchr(path, '/');
	while (end && end > path) {
		const char *start = end;
		while (start > path && start[-1] != '/')
			start--;
		if (ct_kind_parse(start, (size_t)(end - start), out))
			return true;
		end = start > path ? start - 1 : NULL;
	}
	return false;
}

/* A title from the first non-blank line when it is short, else the file name. */
static char *derive_title(const char *text, size_t len, const char *path)
{
	const char *p = text, *end = text + len;
	while (p < end && isspace((unsigned char)*p))
		p++;
	const char *le = memchr(p, '\n', (size_t)(end - p));
	if (!le)
		le = end;
	while (p < le && (*p == '#' || *p == ' '))
		p++;
	if (le - p > 2 && (*p == '-' || *p == '*') && p[1] == ' ')
		p += 2; /* a list item */
	while (le > p && isspace((unsigned char)le[-1]))
		le--;
	if (le > p && le - p <= 200)
		return cti_strndup(p, (size_t)(le - p));
	const char *base = strrchr(path, '/');
	return cti_strdup(base ? base + 1 : path);
}

/* Kind, case, date and title once the reader is done: the kind from the
 * reader or front matter, else --kind, else the folder; a date the reader
 * left as written is normalised (with a warning when it cannot be). */
ct_status cti_document_finish(struct ct_document *doc, const ct_load_opts *opts,
                              ct_diag_fn diag, void *ctx)
{
	if (!doc->kind_set) {
		const char *k = ct_document_meta(doc, "kind");
		if (k && ct_kind_parse(k, strlen(k), &doc->kind))
			doc->kind_set = true;
	}
	if (!doc->kind_set) {
		if (opts && opts->kind_set)
			doc->kind = opts->kind;
		else if (!cti_kind_from_path(doc->path, &doc->kind))
			doc->kind = CT_KIND_OTHER;
	}
	if (opts && opts->case_slug && !ct_document_meta(doc, "case") &&
	    !cti_document_add_meta(doc, "case", 4, opts->case_slug, strlen(opts->case_slug)))
		return CT_ENOMEM;
	if (doc->kind == CT_KIND_TRANSCRIPT && doc->n_marks == 0) {
		ct_status st = cti_transcript_clean(doc);
		if (st != CT_OK)
			return st;
	}
	if (!doc->date_tried) {
		const char *written = NULL;
		for (size_t i = 0; i < doc->n_meta; i++)
			if (strcmp(doc->keys[i], "date") == 0)
				written = doc->values[i];
		doc->date_tried = true;
		char iso[11];
		if (written && ct_date_normalize(written, strlen(written), iso) == CT_OK) {
			if (!(doc->date_iso = cti_strdup(iso)))
				return CT_ENOMEM;
		} else if (written && *written) {
			cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, doc->path, 0, -1,
			         "document %u: date '%s' is not a date casetrace reads; the "
			         "document has no date", doc->part + 1, written);
		}
	}
	/* Title: front matter or format, else an interview's code (its text may
	 * be confidential), else the first short line, else the file name. */
	const char *t = ct_document_meta(doc, "title");
	const char *code = ct_document_meta(doc, "code");
	free(doc->title);
	if (t && *t)
		doc->title = cti_strdup(t);
	else if (code && doc->kind == CT_KIND_INTERVIEW)
		doc->title = cti_printf("Interview %s", code);
	else
		doc->title = derive_title(doc->text, doc->text_len, doc->path);
	return doc->title ? CT_OK : CT_ENOMEM;
}

void ct_document_free(ct_document *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->n_meta; i++) {
		free(doc->keys[i]);
		free(doc->values[i]);
	}
	free(doc->keys);
	free(doc->values);
	free(doc->path);
	free(doc->text);
	free(doc->date_iso);
	free(doc->title);
	free(doc->marks);
	free(doc);
}

const char *ct_document_text(const ct_document *doc, size_t *len)
{
	if (len)
		*len = doc->text_len;
	return doc->text ? doc->text : "";
}

const char *ct_document_path(const ct_document *doc)
{
	return doc->path;
}

const char *ct_document_sha256(const ct_document *doc)
{
	return doc->sha256;
}

ct_kind ct_document_kind(const ct_document *doc)
{
	return doc->kind;
}

uint64_t ct_document_file_size(const ct_document *doc)
{
	return doc->file_size;
}

unsigned ct_document_part(const ct_document *doc)
{
	return doc->part;
}

const char *ct_document_format(const ct_document *doc)
{
	return doc->format;
}

const ct_mark *ct_document_marks(const ct_document *doc, size_t *n)
{
	*n = doc->n_marks;
	return doc->marks;
}

const char *ct_document_meta(const ct_document *doc, const char *key)
{
	if (strcmp(key, "date") == 0)
		return doc->date_iso;
	if (strcmp(key, "title") == 0 && doc->title)
		return doc->title;
	const char *v = NULL;
	for (size_t i = 0; i < doc->n_meta; i++)
		if (strcmp(doc->keys[i], key) == 0)
			v = doc->values[i]; /* the last one written wins */
	return v && *v ? v : NULL;
}

size_t ct_document_meta_count(const ct_document *doc)
{
	return doc->n_meta;
}

void ct_document_meta_at(const ct_document *doc, size_t i, const char **key,
                         const char **value)
{
	*key = i < doc->n_meta ? doc->keys[i] : NULL;
	*value = i < doc->n_meta ? doc->values[i] : NULL;
}
