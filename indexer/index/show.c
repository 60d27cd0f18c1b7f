/* show.c — reading one stored document back, by id or by path. */
#include "index/index-private.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The record and every string it points to live in one arena of strings
 * plus three arrays, all freed by ct_doc_record_free. */
struct record {
	ct_doc_record pub;
	char **strings;     /* owned copies */
	size_t n_strings, cap_strings;
	char **keys, **values;
	ct_passage_info *passages;
	ct_claim_info *claims;
	bool oom;
};

static const char *keep(struct record *r, const unsigned char *s)
{
	if (!s || r->oom)
		return NULL;
	if (r->n_strings == r->cap_strings) {
		size_t cap = r->cap_strings ? r->cap_strings * 2 : 32;
		char **a = realloc(r->strings, cap * sizeof *a);
		if (!a) {
			r->oom = true;
			return NULL;
		}
		r->strings = a;
		r->cap_strings = cap;
	}
	char *c = cti_strdup((const char *)s);
	if (!c) {
		r->oom = true;
		return NULL;
	}
	r->strings[r->n_strings++] = c;
	return c;
}

void ct_doc_record_free(ct_doc_record *rec)
{
	if (!rec)
		return;
	struct record *r = (struct record *)rec;
	for (size_t i = 0; i < r->n_strings; i++)
		free(r->strings[i]);
	free(r->strings);
	free(r->keys);
	free(r->values);
	free(r->passages);
	free(r->claims);
	free(r);
}

/* Find the id for ref: a number, a stored path, the real path of an existing
 * file, or the unique stored path ending in "/ref". */
static ct_status resolve(struct ct_db *db, const char *ref, int64_t *id)
{
	char *end = NULL;
	if (*ref && isdigit((unsigned char)*ref)) {
		long long v = strtoll(ref, &end, 10);
		if (end && !*end) {
			*id = v;
			return CT_OK;
		}
	}
	char real[PATH_MAX];
	const char *cands[2] = {ref, realpath(ref, real) ? real : NULL};
	sqlite3_stmt *s = NULL;
	ct_status st = CT_ENOTFOUND;
	if (sqlite3_prepare_v2(db->h, "SELECT id FROM document WHERE path = ?1 ORDER BY part"
	                       " LIMIT 1", -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "looking up a document");
	for (int i = 0; i < 2 && st == CT_ENOTFOUND; i++) {
		if (!cands[i])
			continue;
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, cands[i], -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW) {
			*id = sqlite3_column_int64(s, 0);
			st = CT_OK;
		}
	}
	sqlite3_finalize(s);
	if (st == CT_OK)
		return st;
	if (sqlite3_prepare_v2(db->h, "SELECT id, path FROM document WHERE path LIKE"
	                       " '%/' || ?1 ESCAPE '\\' ORDER BY path LIMIT 2", -1, &s,
	                       NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "looking up a document");
	struct cti_buf esc;
	cti_buf_init(&esc);
	for (const char *p = ref; *p; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			cti_buf_putc(&esc, '\\');
		cti_buf_putc(&esc, *p);
	}
	sqlite3_bind_text(s, 1, esc.data ? esc.data : "", -1, SQLITE_STATIC);
	int n = 0;
	char *first = NULL, *second = NULL;
	while (sqlite3_step(s) == SQLITE_ROW && n < 2) {
		if (n == 0) {
			*id = sqlite3_column_int64(s, 0);
			first = cti_strdup((const char *)sqlite3_column_text(s, 1));
		} else {
			second = cti_strdup((const char *)sqlite3_column_text(s, 1));
		}
		n++;
	}
	sqlite3_finalize(s);
	cti_buf_free(&esc);
	if (n == 1)
		st = CT_OK;
	else if (n > 1)
		st = cti_db_error(db, CT_EINVAL, "'%s' matches several documents (%s, %s, ...);"
		                  " give more of the path or the document id", ref,
		                  first ? first : "?", second ? second : "?");
	else
		st = cti_db_error(db, CT_ENOTFOUND, "no document '%s' (give an id from "
		                  "'casetrace search' or a file's path)", ref);
	free(first);
	free(second);
	return st;
}

ct_status ct_db_get_document(ct_db *db, const char *ref, ct_doc_record **out)
{
	*out = NULL;
	int64_t id = 0;
	ct_status st = resolve(db, ref, &id);
	if (st != CT_OK)
		return st;
	struct record *r = calloc(1, sizeof *r);
	if (!r)
		return CT_ENOMEM;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	        "SELECT id, path, sha256, kind, title, outlet, author, published, url,"
	        " lang, case_slug, code, restricted, added, tail, part, format"
	        " FROM document WHERE id = ?1",
	        -1, &s, NULL) != SQLITE_OK) {
		ct_doc_record_free(&r->pub);
		return cti_db_sqlerr(db, "reading a document");
	}
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		ct_doc_record_free(&r->pub);
		return cti_db_error(db, CT_ENOTFOUND, "no document with id %lld",
		                    (long long)id);
	}
	ct_doc_record *p = &r->pub;
	p->id = sqlite3_column_int64(s, 0);
	p->path = keep(r, sqlite3_column_text(s, 1));
	p->sha256 = keep(r, sqlite3_column_text(s, 2));
	p->kind = keep(r, sqlite3_column_text(s, 3));
	p->title = keep(r, sqlite3_column_text(s, 4));
	p->outlet = keep(r, sqlite3_column_text(s, 5));
	p->author = keep(r, sqlite3_column_text(s, 6));
	p->date = keep(r, sqlite3_column_text(s, 7));
	p->url = keep(r, sqlite3_column_text(s, 8));
	p->lang = keep(r, sqlite3_column_text(s, 9));
	p->case_slug = keep(r, sqlite3_column_text(s, 10));
	p->code = keep(r, sqlite3_column_text(s, 11));
	p->restricted = sqlite3_column_int(s, 12) != 0;
	p->added = keep(r, sqlite3_column_text(s, 13));
	const char *tail = keep(r, sqlite3_column_text(s, 14));
	p->part = (unsigned)sqlite3_column_int(s, 15);
	p->format = keep(r, sqlite3_column_text(s, 16));
	sqlite3_finalize(s);

	/* metadata */
	size_t n = 0, cap = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT j.key, j.value FROM document d,"
	                       " json_each(d.meta) j WHERE d.id = ?1", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, id);
		while (sqlite3_step(s) == SQLITE_ROW && !r->oom) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				char **k = realloc(r->keys, cap * sizeof *k);
				if (k)
					r->keys = k;
				char **v = k ? realloc(r->values, cap * sizeof *v) : NULL;
				if (v)
					r->values = v;
				if (!k || !v) {
					r->oom = true;
					break;
				}
			}
			r->keys[n] = (char *)keep(r, sqlite3_column_text(s, 0));
			r->values[n] = (char *)keep(r, sqlite3_column_text(s, 1));
			n++;
		}
	}
	sqlite3_finalize(s);
	p->n_meta = n;
	p->meta_keys = (const char *const *)r->keys;
	p->meta_values = (const char *const *)r->values;

	/* passages */
	n = cap = 0;
	struct cti_buf text; /* the document's text: pre || text of each, then tail */
	cti_buf_init(&text);
	if (sqlite3_prepare_v2(db->h, "SELECT id, ordinal, start, \"end\", speaker, page, line, pre, text FROM"
	                       " passage WHERE document = ?1 ORDER BY ordinal", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, id);
		while (sqlite3_step(s) == SQLITE_ROW && !r->oom) {
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				ct_passage_info *a = realloc(r->passages, cap * sizeof *a);
				if (!a) {
					r->oom = true;
					break;
				}
				r->passages = a;
			}
			ct_passage_info *pi = &r->passages[n++];
			pi->id = sqlite3_column_int64(s, 0);
			pi->ordinal = sqlite3_column_int(s, 1);
			pi->start = (size_t)sqlite3_column_int64(s, 2);
			pi->end = (size_t)sqlite3_column_int64(s, 3);
			pi->speaker = keep(r, sqlite3_column_text(s, 4));
			pi->page = (unsigned)sqlite3_column_int(s, 5);
			pi->line = (unsigned)sqlite3_column_int(s, 6);
			cti_buf_append(&text, sqlite3_column_text(s, 7), (size_t)sqlite3_column_bytes(s, 7));
			cti_buf_append(&text, sqlite3_column_text(s, 8), (size_t)sqlite3_column_bytes(s, 8));
		}
	}
	sqlite3_finalize(s);
	if (tail)
		cti_buf_puts(&text, tail);
	p->text_len = text.len;
	p->text = keep(r, (const unsigned char *)(text.data ? text.data : ""));
	if (text.oom)
		r->oom = true;
	cti_buf_free(&text);
	p->n_passages = n;
	p->passages = r->passages;
	/* claims, with their last corroboration */
	n = cap = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT id, ordinal, start, \"end\", status, independent,"
	                       " (SELECT count(*) FROM evidence e WHERE e.claim = c.id), verified"
	                       " FROM claim c WHERE document = ?1 ORDER BY ordinal", -1, &s,
	                       NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, id);
		while (sqlite3_step(s) == SQLITE_ROW && !r->oom) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				ct_claim_info *a = realloc(r->claims, cap * sizeof *a);
				if (!a) {
					r->oom = true;
					break;
				}
				r->claims = a;
			}
			ct_claim_info *ci = &r->claims[n++];
			ci->id = sqlite3_column_int64(s, 0);
			ci->ordinal = sqlite3_column_int(s, 1);
			ci->start = (size_t)sqlite3_column_int64(s, 2);
			ci->end = (size_t)sqlite3_column_int64(s, 3);
			ci->status = keep(r, sqlite3_column_text(s, 4));
			ci->independent = (size_t)sqlite3_column_int64(s, 5);
			ci->n_evidence = (size_t)sqlite3_column_int64(s, 6);
			ci->verified = keep(r, sqlite3_column_text(s, 7));
		}
	}
	sqlite3_finalize(s);
	p->n_claims = n;
	p->claims = r->claims;
	if (r->oom) {
		ct_doc_record_free(p);
		return CT_ENOMEM;
	}
	*out = p;
	return CT_OK;
}
