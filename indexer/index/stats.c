/* stats.c — corpus statistics and integrity checks. */
#include "index/index-private.h"

#include <stdlib.h>
#include <string.h>

static int64_t scalar(struct ct_db *db, const char *sql, ct_status *st)
{
	sqlite3_stmt *s = NULL;
	int64_t v = 0;
	if (*st != CT_OK)
		return 0;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK) {
		*st = cti_db_sqlerr(db, "reading statistics");
		return 0;
	}
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

ct_status ct_db_stats(ct_db *db, ct_stats *out)
{
	memset(out, 0, sizeof *out);
	ct_status st = CT_OK;
	out->documents = scalar(db, "SELECT count(*) FROM document", &st);
	out->passages = scalar(db, "SELECT count(*) FROM passage", &st);
	out->bytes = scalar(db, "SELECT coalesce(sum(bytes), 0) FROM document", &st);
	out->restricted = scalar(db, "SELECT count(*) FROM document WHERE restricted", &st);
	out->files = scalar(db, "SELECT count(DISTINCT path) FROM document", &st);
	out->quotes = scalar(db, "SELECT count(*) FROM quote", &st);
	out->speakers = scalar(db, "SELECT count(DISTINCT speaker) FROM quote", &st);
	out->claims = scalar(db, "SELECT count(*) FROM claim", &st);
	out->verified = scalar(db, "SELECT count(*) FROM claim WHERE status IS NOT NULL", &st);
	if (st != CT_OK)
		return st;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT kind, count(*) FROM document GROUP BY kind",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "reading statistics");
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(s, 0);
		ct_kind kind = CT_KIND_OTHER;
		if (k)
			ct_kind_parse(k, strlen(k), &kind);
		out->by_kind[kind] += sqlite3_column_int64(s, 1);
	}
	sqlite3_finalize(s);
	free(db->first_date);
	free(db->last_date);
	db->first_date = db->last_date = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT min(published), max(published) FROM document",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "reading statistics");
	if (sqlite3_step(s) == SQLITE_ROW) {
		db->first_date = cti_strdup((const char *)sqlite3_column_text(s, 0));
		db->last_date = cti_strdup((const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_finalize(s);
	out->first_date = db->first_date;
	out->last_date = db->last_date;
	return CT_OK;
}

static void problem(ct_diag_fn diag, void *ctx, const char *path, const char *msg)
{
	if (!diag)
		return;
	ct_diag d = {CT_DIAG_ERROR, CT_ECORRUPT, path, 0, -1, msg};
	diag(ctx, &d);
}

/* Run a query whose rows each describe a problem (one text column). */
static int problems(struct ct_db *db, const char *sql, ct_diag_fn diag, void *ctx,
                    const char *ok, ct_status *st)
{
	sqlite3_stmt *s = NULL;
	int n = 0;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK) {
		*st = cti_db_sqlerr(db, "checking the database");
		return 0;
	}
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(s, 0);
		if (ok && m && strcmp(m, ok) == 0)
			continue;
		problem(diag, ctx, db->path, m ? m : "(null)");
		n++;
	}
	if (rc != SQLITE_DONE) {
		/* FTS5's integrity-check reports corruption as an error */
		problem(diag, ctx, db->path, sqlite3_errmsg(db->h));
		n++;
	}
	sqlite3_finalize(s);
	return n;
}

ct_status ct_db_check(ct_db *db, ct_diag_fn diag, void *ctx)
{
	ct_status st = CT_OK;
	int n = problems(db, "PRAGMA integrity_check", diag, ctx, "ok", &st);
	if (st == CT_OK)
		n += problems(db, "INSERT INTO passage_fts(passage_fts, rank)"
		              " VALUES('integrity-check', 1)", diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db,
		              /* each passage starts where the one before ended, plus what
		               * stands between them, and holds end - start bytes */
		              "SELECT 'passage ' || id || ' of document ' || document ||"
		              " ' does not fit its text (' || start || '..' || \"end\" || ')'"
		              " FROM (SELECT id, document, start, \"end\","
		              "  length(CAST(pre AS BLOB)) AS lp, length(CAST(text AS BLOB)) AS lt,"
		              "  lag(\"end\", 1, 0) OVER (PARTITION BY document ORDER BY ordinal) AS prev"
		              "  FROM passage)"
		              " WHERE lt = 0 OR start != prev + lp OR \"end\" != start + lt",
		              diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db,
		              "SELECT 'document ' || d.id || ' holds ' || d.bytes || ' bytes, its"
		              " passages and tail ' || (coalesce(max(p.\"end\"), 0) +"
		              " length(CAST(d.tail AS BLOB)))"
		              " FROM document d LEFT JOIN passage p ON p.document = d.id GROUP BY d.id"
		              " HAVING d.bytes != coalesce(max(p.\"end\"), 0) + length(CAST(d.tail AS BLOB))",
		              diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db, "SELECT 'front matter of document ' || id || ' is not"
		              " valid JSON' FROM document WHERE NOT json_valid(meta)",
		              diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db,
		              "SELECT 'passage ' || p.id || ' of a missing document ' || p.document"
		              " FROM passage p LEFT JOIN document d ON d.id = p.document"
		              " WHERE d.id IS NULL",
		              diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db,
		              "SELECT 'document ' || id || ' (' || path || ') has text but no"
		              " passages' FROM document d WHERE NOT EXISTS (SELECT 1 FROM"
		              " passage p WHERE p.document = d.id)",
		              diag, ctx, NULL, &st);
	if (st == CT_OK)
		n += problems(db,
		              "SELECT 'a link of case ' || k.case_id || ' to ' || k.object_kind ||"
		              " ' ' || k.object_id || ', which is missing (casetrace link mends it)'"
		              " FROM case_link k WHERE NOT EXISTS (SELECT 1 FROM case_def c"
		              " WHERE c.id = k.case_id) OR NOT CASE k.object_kind"
		              " WHEN 'document' THEN EXISTS (SELECT 1 FROM document WHERE id = k.object_id)"
		              " WHEN 'passage' THEN EXISTS (SELECT 1 FROM passage WHERE id = k.object_id)"
		              " WHEN 'quote' THEN EXISTS (SELECT 1 FROM quote WHERE id = k.object_id)"
		              " WHEN 'citation' THEN EXISTS (SELECT 1 FROM citation WHERE id = k.object_id)"
		              " ELSE 0 END",
		              diag, ctx, NULL, &st);
	if (st != CT_OK)
		return st;
	if (n)
		return cti_db_error(db, CT_ECORRUPT, "%d problem%s found in %s", n,
		                    n == 1 ? "" : "s", db->path);
	return CT_OK;
}
