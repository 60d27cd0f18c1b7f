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
	/* the index must hold every stored passage before any is deleted */
	ct_status st = cti_db_flush_fts(db);
	if (st != CT_OK)
		return st;
	sqlite3_stmt *s = cti_db_stmt(db, STMT_FTS_DELETE_PATH);
	if (!s)
		return CT_EDB;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "removing passages from the index");
	sqlite3_reset(s);
	static const char *const more[] = {
		/* their case links first: they name the objects by id */
		"DELETE FROM case_link WHERE object_kind = 'passage' AND object_id IN (SELECT p.id"
		" FROM passage p JOIN document d ON d.id = p.document WHERE d.path = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'quote' AND object_id IN (SELECT q.id"
		" FROM quote q JOIN document d ON d.id = q.document WHERE d.path = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'citation' AND object_id IN (SELECT c.id"
		" FROM citation c JOIN document d ON d.id = c.document WHERE d.path = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'document' AND object_id IN (SELECT id"
		" FROM document WHERE path = ?1)",
		"DELETE FROM evidence WHERE claim IN (SELECT c.id FROM claim c JOIN document d"
		" ON d.id = c.document WHERE d.path = ?1)",
		"DELETE FROM evidence WHERE document IN (SELECT id FROM document WHERE path = ?1)",
		"DELETE FROM claim WHERE document IN (SELECT id FROM document WHERE path = ?1)",
		"DELETE FROM citation WHERE document IN (SELECT id FROM document WHERE path = ?1)",
		"DELETE FROM note_marker WHERE document IN (SELECT id FROM document WHERE path = ?1)",
		"UPDATE citation SET target_document = NULL, link_score = NULL WHERE"
		" target_document IN (SELECT id FROM document WHERE path = ?1)",
	};
	for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
		sqlite3_stmt *m = NULL;
		if (sqlite3_prepare_v2(db->h, more[i], -1, &m, NULL) != SQLITE_OK)
			return cti_db_sqlerr(db, "removing citations");
		sqlite3_bind_text(m, 1, path, -1, SQLITE_STATIC);
		int rc = sqlite3_step(m);
		sqlite3_finalize(m);
		if (rc != SQLITE_DONE)
			return cti_db_sqlerr(db, "removing citations");
	}
	if (!(s = cti_db_stmt(db, STMT_QUOTE_DELETE_PATH)))
		return CT_EDB;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "removing quotations");
	sqlite3_reset(s);
	if (!(s = cti_db_stmt(db, STMT_PASSAGE_DELETE_PATH)))
		return CT_EDB;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "removing passages");
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

/* Store doc; the passages reach passage_fts at the next flush (commit). */
static ct_status put(struct ct_db *db, const ct_document *doc,
                     const ct_passage *passages, size_t n, int64_t *id)
{
	const char *path = ct_document_path(doc);
	size_t len = 0;
	const char *text = ct_document_text(doc, &len);
	/* the front matter as written, as one JSON object */
	struct cti_buf meta;
	cti_buf_init(&meta);
	cti_buf_putc(&meta, '{');
	size_t n_meta = ct_document_meta_count(doc);
	for (size_t i = 0; i < n_meta; i++) {
		const char *k, *v;
		ct_document_meta_at(doc, i, &k, &v);
		if (i)
			cti_buf_putc(&meta, ',');
		cti_buf_json(&meta, k, strlen(k));
		cti_buf_putc(&meta, ':');
		cti_buf_json(&meta, v, strlen(v));
	}
	cti_buf_putc(&meta, '}');
	if (meta.oom) {
		cti_buf_free(&meta);
		return CT_ENOMEM;
	}
	sqlite3_stmt *s = cti_db_stmt(db, STMT_DOC_INSERT);
	if (!s) {
		cti_buf_free(&meta);
		return CT_EDB;
	}
	ct_kind kind = ct_document_kind(doc);
	const char *restricted = ct_document_meta(doc, "restricted");
	bool is_restricted = kind == CT_KIND_INTERVIEW ||
	                     (restricted && strchr("yYtT1", restricted[0]));
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, (int)ct_document_part(doc));
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
	sqlite3_bind_text(s, 15, meta.data, (int)meta.len, SQLITE_STATIC);
	/* the text is kept in the passages; the document keeps what follows them */
	size_t last_end = 0;
	for (size_t i = 0; i < n; i++) {
		if (passages[i].start < last_end || passages[i].start >= passages[i].end ||
		    passages[i].end > len) {
			cti_buf_free(&meta);
			return cti_db_error(db, CT_EINVAL, "%s: passage %zu [%zu, %zu) overlaps the "
			                    "one before or lies outside the text (%zu bytes)", path,
			                    i, passages[i].start, passages[i].end, len);
		}
		last_end = passages[i].end;
	}
	sqlite3_bind_text(s, 16, text + last_end, (int)(len - last_end), SQLITE_STATIC);
	sqlite3_bind_text(s, 17, ct_document_format(doc), -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	cti_buf_free(&meta);
	if (rc != SQLITE_DONE)
		return cti_db_sqlerr(db, "storing a document");
	sqlite3_int64 doc_id = sqlite3_last_insert_rowid(db->h);
	sqlite3_reset(s);

	sqlite3_stmt *ps = cti_db_stmt(db, STMT_PASSAGE_INSERT);
	if (!ps)
		return CT_EDB;
	size_t prev_end = 0;
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_int64(ps, 1, doc_id);
		sqlite3_bind_int(ps, 2, (int)i);
		sqlite3_bind_int64(ps, 3, (sqlite3_int64)passages[i].start);
		sqlite3_bind_int64(ps, 4, (sqlite3_int64)passages[i].end);
		if (passages[i].page)
			sqlite3_bind_int(ps, 5, (int)passages[i].page);
		else
			sqlite3_bind_null(ps, 5);
		if (passages[i].line)
			sqlite3_bind_int(ps, 6, (int)passages[i].line);
		else
			sqlite3_bind_null(ps, 6);
		const ct_passage *p = &passages[i];
		if (p->speaker_end > p->speaker_start && p->speaker_end <= len)
			sqlite3_bind_text(ps, 7, text + p->speaker_start,
			                  (int)(p->speaker_end - p->speaker_start), SQLITE_STATIC);
		else
			sqlite3_bind_null(ps, 7);
		sqlite3_bind_text(ps, 8, text + p->start, (int)(p->end - p->start), SQLITE_STATIC);
		sqlite3_bind_text(ps, 9, text + prev_end, (int)(p->start - prev_end), SQLITE_STATIC);
		prev_end = p->end;
		if (sqlite3_step(ps) != SQLITE_DONE)
			return cti_db_sqlerr(db, "storing a passage");
		if (!db->fts_pending)
			db->fts_pending = sqlite3_last_insert_rowid(db->h);
		sqlite3_reset(ps);
	}
	if (id)
		*id = doc_id;
	return kind == CT_KIND_INTERVIEW ? cti_db_store_claims(db, doc_id) : CT_OK;
}

ct_status cti_db_remove_document(struct ct_db *db, int64_t id)
{
	static const char *const sql[] = {
		"INSERT INTO passage_fts(passage_fts, rowid, text) SELECT 'delete', id, text"
		" FROM passage WHERE document = ?1",
		"DELETE FROM case_link WHERE object_kind = 'passage' AND object_id IN"
		" (SELECT id FROM passage WHERE document = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'quote' AND object_id IN"
		" (SELECT id FROM quote WHERE document = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'citation' AND object_id IN"
		" (SELECT id FROM citation WHERE document = ?1)",
		"DELETE FROM case_link WHERE object_kind = 'document' AND object_id = ?1",
		"DELETE FROM evidence WHERE claim IN (SELECT id FROM claim WHERE document = ?1)",
		"DELETE FROM evidence WHERE document = ?1",
		"DELETE FROM claim WHERE document = ?1",
		"DELETE FROM passage WHERE document = ?1",
		"DELETE FROM quote WHERE document = ?1",
		"DELETE FROM citation WHERE document = ?1",
		"DELETE FROM note_marker WHERE document = ?1",
		"UPDATE citation SET target_document = NULL, link_score = NULL"
		" WHERE target_document = ?1",
		"DELETE FROM document WHERE id = ?1",
	};
	ct_status st = cti_db_flush_fts(db);
	for (size_t i = 0; i < sizeof sql / sizeof sql[0] && st == CT_OK; i++) {
		sqlite3_stmt *s = NULL;
		if (sqlite3_prepare_v2(db->h, sql[i], -1, &s, NULL) != SQLITE_OK)
			return cti_db_sqlerr(db, "removing a document");
		sqlite3_bind_int64(s, 1, id);
		if (sqlite3_step(s) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "removing a document");
		sqlite3_finalize(s);
	}
	return st;
}

ct_status ct_db_put_document(ct_db *db, const ct_document *doc, const ct_passage *passages,
                             size_t n, int64_t *id)
{
	sqlite3_stmt *s = cti_db_stmt(db, STMT_DOC_ID_PART);
	if (!s)
		return CT_EDB;
	sqlite3_bind_text(s, 1, ct_document_path(doc), -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, (int)ct_document_part(doc));
	int64_t old = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	ct_status st = old ? cti_db_remove_document(db, old) : CT_OK;
	if (st == CT_OK)
		st = cti_db_add_new(db, doc, passages, n, id);
	return st;
}

ct_status cti_db_add_new(struct ct_db *db, const ct_document *doc,
                         const ct_passage *passages, size_t n, int64_t *id)
{
	if (id)
		*id = 0;
	ct_status st = put(db, doc, passages, n, id);
	if (st == CT_OK && !db->in_tx)
		st = cti_db_flush_fts(db); /* autocommit: index now */
	return st;
}
