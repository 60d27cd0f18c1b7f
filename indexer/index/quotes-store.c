/* quotes-store.c — the quote table: storing a document's quotations,
 * listing them with filters, re-extracting after rules change. */
#include "index/index-private.h"

#include <casetrace/link.h>

#include <stdlib.h>
#include <string.h>

static void bind_opt(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

ct_status cti_db_put_quotes(struct ct_db *db, int64_t id, const ct_quotes *q)
{
	sqlite3_stmt *s = cti_db_stmt(db, STMT_QUOTE_INSERT);
	if (!s)
		return CT_EDB;
	for (size_t i = 0; i < ct_quotes_count(q); i++) {
		const ct_quote *x = ct_quotes_at(q, i);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)x->start);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)x->end);
		bind_opt(s, 4, x->text ? x->text : "");
		bind_opt(s, 5, x->speaker);
		bind_opt(s, 6, x->role);
		bind_opt(s, 7, x->cue);
		bind_opt(s, 8, x->kind);
		bind_opt(s, 9, x->outlet);
		sqlite3_bind_double(s, 10, x->confidence);
		bind_opt(s, 11, x->rule);
		if (sqlite3_step(s) != SQLITE_DONE)
			return cti_db_sqlerr(db, "storing a quotation");
		sqlite3_reset(s);
	}
	return CT_OK;
}

ct_status ct_db_list_quotes(ct_db *db, const ct_quote_filter *f, ct_quote_row_fn fn, void *ctx)
{
	char from[11] = "", to[11] = "";
	if (f->from && ct_date_normalize(f->from, strlen(f->from), from) != CT_OK)
		return cti_db_error(db, CT_EINVAL, "--from date '%s' is not a date casetrace reads",
		                    f->from);
	if (f->to && ct_date_normalize(f->to, strlen(f->to), to) != CT_OK)
		return cti_db_error(db, CT_EINVAL, "--to date '%s' is not a date casetrace reads",
		                    f->to);
	if (strlen(to) == 4)
		memcpy(to + 4, "-12-31", 7);
	else if (strlen(to) == 7)
		memcpy(to + 7, "-31", 4);
	ct_kind kind = CT_KIND_OTHER;
	if (f->kind && !ct_kind_parse(f->kind, strlen(f->kind), &kind))
		return cti_db_error(db, CT_EINVAL, "kind '%s' is not one of news, transcript, "
		                    "interview, note, manuscript, other", f->kind);
	if (f->case_slug && !cti_db_case_exists(db, f->case_slug))
		return CT_ENOTFOUND;
	static const char sql[] =
		"SELECT q.document, d.path, q.start, q.\"end\", q.text, q.speaker, q.speaker_role,"
		" q.cue, q.kind, q.outlet, q.confidence, q.rule, d.title, d.outlet, d.published,"
		" d.kind, d.restricted"
		" FROM quote q JOIN document d ON d.id = q.document"
		" WHERE (?1 IS NULL OR instr(lower(q.speaker), lower(?1)) > 0)"
		"   AND (?2 IS NULL OR q.document = ?2)"
		"   AND (?3 IS NULL OR d.kind = ?3)"
		"   AND (?4 IS NULL OR d.published >= ?4)"
		"   AND (?5 IS NULL OR d.published <= ?5)"
		"   AND (?6 OR d.restricted = 0)"
		"   AND (?7 IS NULL OR q.kind = ?7)"
		"   AND (?8 IS NULL OR q.id IN (SELECT k.object_id FROM case_link k JOIN case_def c ON c.id = k.case_id WHERE c.slug = ?8 AND k.object_kind = 'quote'))"
		"   AND q.confidence >= ?9"
		" ORDER BY d.published IS NULL, d.published, q.document, q.start LIMIT ?10";
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "listing quotations");
	if (f->speaker)
		sqlite3_bind_text(s, 1, f->speaker, -1, SQLITE_STATIC);
	if (f->doc > 0)
		sqlite3_bind_int64(s, 2, f->doc);
	if (f->kind)
		sqlite3_bind_text(s, 3, ct_kind_name(kind), -1, SQLITE_STATIC);
	if (*from)
		sqlite3_bind_text(s, 4, from, -1, SQLITE_TRANSIENT);
	if (*to)
		sqlite3_bind_text(s, 5, to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 6, f->include_restricted);
	if (f->quote_kind)
		sqlite3_bind_text(s, 7, f->quote_kind, -1, SQLITE_STATIC);
	if (f->case_slug)
		sqlite3_bind_text(s, 8, f->case_slug, -1, SQLITE_STATIC);
	sqlite3_bind_double(s, 9, f->min_confidence);
	sqlite3_bind_int(s, 10, f->limit > 0 ? f->limit : -1);
	ct_status st = CT_OK;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ct_quote_row r = {
			.doc = sqlite3_column_int64(s, 0),
			.path = (const char *)sqlite3_column_text(s, 1),
			.title = (const char *)sqlite3_column_text(s, 12),
			.source = (const char *)sqlite3_column_text(s, 13),
			.date = (const char *)sqlite3_column_text(s, 14),
			.doc_kind = (const char *)sqlite3_column_text(s, 15),
			.restricted = sqlite3_column_int(s, 16) != 0,
		};
		r.quote.start = (size_t)sqlite3_column_int64(s, 2);
		r.quote.end = (size_t)sqlite3_column_int64(s, 3);
		r.quote.text = (const char *)sqlite3_column_text(s, 4);
		r.quote.speaker = (const char *)sqlite3_column_text(s, 5);
		r.quote.role = (const char *)sqlite3_column_text(s, 6);
		r.quote.cue = (const char *)sqlite3_column_text(s, 7);
		r.quote.kind = (const char *)sqlite3_column_text(s, 8);
		r.quote.outlet = (const char *)sqlite3_column_text(s, 9);
		r.quote.confidence = sqlite3_column_double(s, 10);
		r.quote.rule = (const char *)sqlite3_column_text(s, 11);
		if (!fn(ctx, &r))
			break;
	}
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		st = cti_db_sqlerr(db, "listing quotations");
	sqlite3_finalize(s);
	return st;
}

ct_status ct_db_reextract(ct_db *db, const ct_rules *rules, size_t *n_docs, size_t *n_quotes)
{
	*n_docs = *n_quotes = 0;
	ct_status st = ct_db_begin(db);
	if (st != CT_OK)
		return st;
	if (sqlite3_exec(db->h, "DELETE FROM quote", NULL, NULL, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "clearing the quotations");
	sqlite3_stmt *docs = NULL, *ps = NULL;
	if (st == CT_OK &&
	    (sqlite3_prepare_v2(db->h, "SELECT id, lang, tail FROM document ORDER BY id", -1,
	                        &docs, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT start, \"end\", pre, text, speaker FROM passage"
	                        " WHERE document = ?1 ORDER BY ordinal", -1, &ps, NULL) != SQLITE_OK))
		st = cti_db_sqlerr(db, "reading documents");
	struct cti_buf text;
	cti_buf_init(&text);
	ct_passage *p = NULL;
	size_t cap = 0;
	while (st == CT_OK && sqlite3_step(docs) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(docs, 0);
		char *lang = cti_strdup((const char *)sqlite3_column_text(docs, 1));
		cti_buf_reset(&text);
		size_t n = 0;
		sqlite3_reset(ps);
		sqlite3_bind_int64(ps, 1, id);
		while (sqlite3_step(ps) == SQLITE_ROW) {
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				ct_passage *a = realloc(p, cap * sizeof *a);
				if (!a) {
					st = CT_ENOMEM;
					break;
				}
				p = a;
			}
			ct_passage *x = &p[n++];
			memset(x, 0, sizeof *x);
			cti_buf_append(&text, sqlite3_column_text(ps, 2), (size_t)sqlite3_column_bytes(ps, 2));
			x->start = text.len;
			const char *pt = (const char *)sqlite3_column_text(ps, 3);
			cti_buf_append(&text, pt, (size_t)sqlite3_column_bytes(ps, 3));
			x->end = text.len;
			const char *sp = (const char *)sqlite3_column_text(ps, 4);
			const char *at = sp && pt ? strstr(pt, sp) : NULL;
			if (at && at - pt < 16) { /* the label opens the turn */
				x->speaker_start = x->start + (size_t)(at - pt);
				x->speaker_end = x->speaker_start + strlen(sp);
			}
		}
		cti_buf_puts(&text, (const char *)sqlite3_column_text(docs, 2));
		ct_quotes *q = NULL;
		if (st == CT_OK && !text.oom)
			st = ct_extract_quotes(rules, text.data ? text.data : "", text.len, lang, p, n, &q);
		if (st == CT_OK)
			st = cti_db_put_quotes(db, id, q);
		*n_quotes += ct_quotes_count(q);
		(*n_docs)++;
		ct_quotes_free(q);
		free(lang);
	}
	free(p);
	cti_buf_free(&text);
	sqlite3_finalize(docs);
	sqlite3_finalize(ps);
	/* the new quotations have new ids: link them to the cases again */
	if (st == CT_OK)
		st = ct_db_link_cases(db, true, NULL, NULL, NULL);
	if (st == CT_OK)
		st = ct_db_commit(db);
	else
		ct_db_rollback(db);
	return st;
}
