/* store.c — writing a document, its metadata and passages (and their FTS5
 * rows); removing everything read from a path. */
#include "index/index-private.h"

#include <string.h>

static int bind_opt(sqlite3_stmt *s, int i, const char *v)
{
	return v ? sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC) : sqlite3_bind_null(s, i);
}

ct_status ct_db_remove_path(ct_db *db, const char *path, int *removed)
{
	if (removed)
		*removed = 0;
	sqlite3_stmt *s = cti_db_stmt(db, STMT_FTS_DELETE_PATH);
	if (!s)
		return CT_EDB;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "removing passages from the index");
	sqlite3_reset(s);
	if (!(s = cti_db_stmt(db, STMT_DOC_DELETE_PATH)))
		return CT_EDB;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "removing documents");
	if (removed)
		*removed = sqlite3_changes(db->h);
	sqlite3_reset(s);
	return CT_OK;
}

ct_status ct_db_put_document(ct_db *db, const ct_document *doc, const ct_span *passages,
                             size_t n, int64_t *id)
{
	const char *path = ct_document_path(doc);
	size_t len = 0;
	const char *text = ct_document_text(doc, &len);
	ct_status st = ct_db_remove_path(db, path, NULL);
	if (st != CT_OK)
		return st;

	sqlite3_stmt *s = cti_db_stmt(db, STMT_DOC_INSERT);
	if (!s)
		return CT_EDB;
	ct_kind kind = ct_document_kind(doc);
	const char *restricted = ct_document_meta(doc, "restricted");
	bool is_restricted = kind == CT_KIND_INTERVIEW ||
	                     (restricted && strchr("yYtT1", restricted[0]));
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, 0);
	sqlite3_bind_text(s, 3, ct_document_sha256(doc), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, ct_kind_name(kind), -1, SQLITE_STATIC);
	bind_opt(s, 5, ct_document_meta(doc, "title"));
	bind_opt(s, 6, ct_document_meta(doc, "outlet"));
	bind_opt(s, 7, ct_document_meta(doc, "author"));
	bind_opt(s, 8, ct_document_meta(doc, "date"));
	bind_opt(s, 9, ct_document_meta(doc, "url"));
	bind_opt(s, 10, ct_document_meta(doc, "lang"));
	bind_opt(s, 11, ct_document_meta(doc, "case"));
	bind_opt(s, 12, ct_document_meta(doc, "code"));
	sqlite3_bind_int(s, 13, is_restricted);
	sqlite3_bind_int64(s, 14, (sqlite3_int64)len);
	sqlite3_bind_text(s, 15, text, (int)len, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "storing a document");
	sqlite3_int64 doc_id = sqlite3_last_insert_rowid(db->h);
	sqlite3_reset(s);

	if (!(s = cti_db_stmt(db, STMT_META_INSERT)))
		return CT_EDB;
	size_t n_meta = ct_document_meta_count(doc);
	for (size_t i = 0; i < n_meta; i++) {
		const char *k, *v;
		ct_document_meta_at(doc, i, &k, &v);
		sqlite3_bind_int64(s, 1, doc_id);
		sqlite3_bind_int(s, 2, (int)i);
		sqlite3_bind_text(s, 3, k, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 4, v, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			return cti_db_sqlerr(db, "storing metadata");
		sqlite3_reset(s);
	}

	sqlite3_stmt *ps = cti_db_stmt(db, STMT_PASSAGE_INSERT);
	sqlite3_stmt *fs = ps ? cti_db_stmt(db, STMT_FTS_INSERT) : NULL;
	if (!fs)
		return CT_EDB;
	for (size_t i = 0; i < n; i++) {
		if (passages[i].start >= passages[i].end || passages[i].end > len)
			return cti_db_error(db, CT_EINVAL, "%s: passage %zu [%zu, %zu) lies "
			                    "outside the text (%zu bytes)", path, i,
			                    passages[i].start, passages[i].end, len);
		sqlite3_bind_int64(ps, 1, doc_id);
		sqlite3_bind_int(ps, 2, (int)i);
		sqlite3_bind_int64(ps, 3, (sqlite3_int64)passages[i].start);
		sqlite3_bind_int64(ps, 4, (sqlite3_int64)passages[i].end);
		if (sqlite3_step(ps) != SQLITE_DONE)
			return cti_db_sqlerr(db, "storing a passage");
		sqlite3_int64 pid = sqlite3_last_insert_rowid(db->h);
		sqlite3_reset(ps);
		sqlite3_bind_int64(fs, 1, pid);
		sqlite3_bind_text(fs, 2, text + passages[i].start,
		                  (int)(passages[i].end - passages[i].start), SQLITE_STATIC);
		if (sqlite3_step(fs) != SQLITE_DONE)
			return cti_db_sqlerr(db, "indexing a passage");
		sqlite3_reset(fs);
	}
	if (id)
		*id = doc_id;
	return CT_OK;
}
