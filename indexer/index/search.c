/* search.c — FTS5 search over passages, ranked by BM25, one result per
 * document (its best passage), with filters and a highlighted snippet. */
#include "index/index-private.h"

#include <stdlib.h>
#include <string.h>

struct ct_search {
	struct ct_db *db;
	sqlite3_stmt *rows;     /* one row per document */
	sqlite3_stmt *snip;     /* snippet of one passage */
	char *query;
	ct_hit hit;
	char *snippet;
};

/* Filters are bound, never spliced into the SQL. */
static const char search_sql[] =
	"WITH hits AS ("
	"  SELECT rowid AS pid, rank AS score FROM passage_fts WHERE passage_fts MATCH ?1"
	"), ranked AS ("
	"  SELECT p.document AS doc, h.pid AS pid, h.score AS score,"
	"    row_number() OVER (PARTITION BY p.document ORDER BY h.score, h.pid) AS rn,"
	"    count(*) OVER (PARTITION BY p.document) AS n"
	"  FROM hits h JOIN passage p ON p.id = h.pid JOIN document d ON d.id = p.document"
	"  WHERE (?2 IS NULL OR d.kind = ?2)"
	"    AND (?3 IS NULL OR instr(lower(d.outlet), lower(?3)) > 0)"
	"    AND (?4 IS NULL OR d.published >= ?4)"
	"    AND (?5 IS NULL OR d.published <= ?5)"
	"    AND (?6 OR d.restricted = 0)"
	"    AND (?8 IS NULL OR d.id IN (SELECT k.object_id FROM case_link k JOIN case_def c ON c.id = k.case_id WHERE c.slug = ?8 AND k.object_kind = 'document'))"
	")"
	"SELECT r.doc, r.pid, r.score, r.n, d.path, d.kind, d.title, d.outlet,"
	"  d.published, d.restricted, p.start, p.\"end\""
	" FROM ranked r JOIN document d ON d.id = r.doc JOIN passage p ON p.id = r.pid"
	" WHERE r.rn = 1 ORDER BY r.score, r.doc LIMIT ?7";

static const char snippet_sql[] =
	"SELECT snippet(passage_fts, 0, ?2, ?3, '…', ?4) FROM passage_fts"
	" WHERE passage_fts MATCH ?1 AND rowid = ?5";

/* Normalise a --from/--to date; --to with no day covers the whole month/year. */
static ct_status bound(struct ct_db *db, const char *what, const char *in, bool upper,
                       char out[11])
{
	if (!in)
		return CT_OK;
	if (ct_date_normalize(in, strlen(in), out) != CT_OK)
		return cti_db_error(db, CT_EINVAL, "%s date '%s' is not a date casetrace "
		                    "reads (write e.g. 2007-09-03 or \"3 September 2007\")",
		                    what, in);
	if (upper && strlen(out) == 4)
		memcpy(out + 4, "-12-31", 7);
	else if (upper && strlen(out) == 7)
		memcpy(out + 7, "-31", 4);
	return CT_OK;
}

ct_status ct_search_start(ct_db *db, const ct_search_opts *opts, ct_search **out)
{
	*out = NULL;
	if (!opts || !opts->query)
		return cti_db_error(db, CT_EINVAL, "no query given");
	char *why = NULL;
	if (ct_query_check(opts->query, &why) != CT_OK) {
		ct_status st = cti_db_error(db, CT_EQUERY, "%s", why ? why : "bad query");
		free(why);
		return st;
	}
	char from[11] = "", to[11] = "";
	ct_status st = bound(db, "--from", opts->from, false, from);
	if (st == CT_OK)
		st = bound(db, "--to", opts->to, true, to);
	if (st != CT_OK)
		return st;
	if (opts->kind) {
		ct_kind k;
		if (!ct_kind_parse(opts->kind, strlen(opts->kind), &k))
			return cti_db_error(db, CT_EINVAL, "kind '%s' is not one of news, "
			                    "transcript, interview, note, manuscript, other",
			                    opts->kind);
	}

	if (opts->case_slug && !cti_db_case_exists(db, opts->case_slug))
		return CT_ENOTFOUND;

	struct ct_search *s = calloc(1, sizeof *s);
	if (!s)
		return CT_ENOMEM;
	s->db = db;
	s->query = cti_strdup(opts->query);
	if (!s->query) {
		free(s);
		return CT_ENOMEM;
	}
	if (sqlite3_prepare_v2(db->h, search_sql, -1, &s->rows, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db->h, snippet_sql, -1, &s->snip, NULL) != SQLITE_OK) {
		st = cti_db_sqlerr(db, "preparing the search");
		ct_search_free(s);
		return st;
	}
	sqlite3_bind_text(s->rows, 1, s->query, -1, SQLITE_STATIC);
	if (opts->kind) {
		ct_kind k = CT_KIND_OTHER;
		ct_kind_parse(opts->kind, strlen(opts->kind), &k);
		sqlite3_bind_text(s->rows, 2, ct_kind_name(k), -1, SQLITE_STATIC);
	}
	if (opts->outlet)
		sqlite3_bind_text(s->rows, 3, opts->outlet, -1, SQLITE_TRANSIENT);
	if (*from)
		sqlite3_bind_text(s->rows, 4, from, -1, SQLITE_TRANSIENT);
	if (*to)
		sqlite3_bind_text(s->rows, 5, to, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s->rows, 6, opts->include_restricted);
	sqlite3_bind_int(s->rows, 7, opts->limit > 0 ? opts->limit : 20);
	if (opts->case_slug)
		sqlite3_bind_text(s->rows, 8, opts->case_slug, -1, SQLITE_TRANSIENT);

	sqlite3_bind_text(s->snip, 1, s->query, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->snip, 2, opts->hl_open ? opts->hl_open : "**", -1,
	                  SQLITE_TRANSIENT);
	sqlite3_bind_text(s->snip, 3, opts->hl_close ? opts->hl_close : "**", -1,
	                  SQLITE_TRANSIENT);
	sqlite3_bind_int(s->snip, 4, opts->snippet_tokens > 0 ? opts->snippet_tokens : 24);
	*out = s;
	return CT_OK;
}

static const char *col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

ct_status ct_search_next(ct_search *s, const ct_hit **hit)
{
	*hit = NULL;
	int rc = sqlite3_step(s->rows);
	if (rc == SQLITE_DONE)
		return CT_DONE;
	if (rc != SQLITE_ROW) {
		char *m = cti_query_explain(s->query, sqlite3_errmsg(s->db->h));
		ct_status st = cti_db_error(s->db, rc == SQLITE_ERROR ? CT_EQUERY : CT_EDB,
		                            "%s", m ? m : sqlite3_errmsg(s->db->h));
		free(m);
		return st;
	}
	ct_hit *h = &s->hit;
	h->doc = sqlite3_column_int64(s->rows, 0);
	h->passage = sqlite3_column_int64(s->rows, 1);
	h->score = -sqlite3_column_double(s->rows, 2);
	h->n_passages = sqlite3_column_int(s->rows, 3);
	h->path = col(s->rows, 4);
	h->kind = col(s->rows, 5);
	h->title = col(s->rows, 6);
	h->outlet = col(s->rows, 7);
	h->date = col(s->rows, 8);
	h->restricted = sqlite3_column_int(s->rows, 9) != 0;
	h->start = (size_t)sqlite3_column_int64(s->rows, 10);
	h->end = (size_t)sqlite3_column_int64(s->rows, 11);

	free(s->snippet);
	s->snippet = NULL;
	sqlite3_reset(s->snip);
	sqlite3_bind_int64(s->snip, 5, h->passage);
	rc = sqlite3_step(s->snip);
	if (rc == SQLITE_ROW)
		s->snippet = cti_strdup(col(s->snip, 0));
	else if (rc != SQLITE_DONE)
		return cti_db_sqlerr(s->db, "making a snippet");
	h->snippet = s->snippet ? s->snippet : "";
	*hit = h;
	return CT_OK;
}

void ct_search_free(ct_search *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->rows);
	sqlite3_finalize(s->snip);
	free(s->query);
	free(s->snippet);
	free(s);
}
