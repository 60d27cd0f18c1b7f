/* cites-store.c — the citation table: storing the citations found in a
 * document's notes, linking them to the corpus documents they name, and
 * listing them. */
#include "index/index-private.h"

#include <casetrace/link.h>
#include "index/readers.h"
#include "link/link-private.h"

#include <casetrace/cite.h>
#include <stdlib.h>
#include <string.h>

#define LINK_THRESHOLD 0.6 /* outlet and date agree (0.5) + half the title */

static void bind_opt(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

static ct_status put_markers(struct ct_db *db, int64_t id, const struct cti_segs *g)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "INSERT INTO note_marker(document, note, start, \"end\")"
	                       " VALUES(?1, ?2, ?3, ?4)", -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "storing note markers");
	ct_status st = CT_OK;
	for (size_t i = 0; i < g->n_markers && st == CT_OK; i++) {
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, g->markers[i].number);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)g->markers[i].start);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)g->markers[i].end);
		if (sqlite3_step(s) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "storing a note marker");
	}
	sqlite3_finalize(s);
	return st;
}

ct_status cti_db_put_cites(struct ct_db *db, int64_t id, const struct cti_segs *g)
{
	const ct_note *notes = g->notes;
	size_t n_notes = g->n_notes;
	const ct_cites *c = g->cites;
	ct_status st = put_markers(db, id, g);
	if (st != CT_OK)
		return st;
	static const char sql[] =
		"INSERT INTO citation(document, note, idx, start, \"end\", raw, type, title, container,"
		" issued, page, url, quoted_speaker, ibid_note, ibid_idx, short_note, short_idx, csl,"
		" bibtex, confidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
		" ?14, ?15, ?16, ?17, ?18, ?19, ?20)";
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "storing citations");
	for (size_t i = 0; i < ct_cites_count(c) && st == CT_OK; i++) {
		const ct_cite *x = ct_cites_at(c, i);
		size_t start = 0, end = 0;
		for (size_t k = 0; k < n_notes; k++)
			if (notes[k].number == x->note) {
				start = notes[k].start;
				end = notes[k].end;
				break;
			}
		char *json = NULL, *bib = NULL;
		if (ct_cite_json(x, &json) != CT_OK || ct_cite_bibtex(x, &bib) != CT_OK) {
			ct_free(json);
			st = CT_ENOMEM;
			break;
		}
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, x->note);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)x->index);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)start);
		sqlite3_bind_int64(s, 5, (sqlite3_int64)end);
		bind_opt(s, 6, x->raw ? x->raw : "");
		bind_opt(s, 7, x->type);
		bind_opt(s, 8, x->title);
		bind_opt(s, 9, x->container_title);
		bind_opt(s, 10, x->issued);
		bind_opt(s, 11, x->page);
		bind_opt(s, 12, x->url);
		bind_opt(s, 13, x->quoted_speaker);
		if (x->has_ibid_of) {
			sqlite3_bind_int(s, 14, x->ibid_of.note);
			sqlite3_bind_int64(s, 15, (sqlite3_int64)x->ibid_of.index);
		} else {
			sqlite3_bind_null(s, 14);
			sqlite3_bind_null(s, 15);
		}
		if (x->has_short_of) {
			sqlite3_bind_int(s, 16, x->short_of.note);
			sqlite3_bind_int64(s, 17, (sqlite3_int64)x->short_of.index);
		} else {
			sqlite3_bind_null(s, 16);
			sqlite3_bind_null(s, 17);
		}
		bind_opt(s, 18, json);
		bind_opt(s, 19, bib);
		sqlite3_bind_double(s, 20, x->confidence);
		if (sqlite3_step(s) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "storing a citation");
		ct_free(json);
		ct_free(bib);
	}
	sqlite3_finalize(s);
	return st;
}

/* Store the link of citation cite to document doc (u: the UPDATE statement
 * of cti_db_link_cites). */
static ct_status put_link(struct ct_db *db, sqlite3_stmt *u, int64_t cite, int64_t doc,
                          double score, size_t *linked)
{
	sqlite3_reset(u);
	sqlite3_bind_int64(u, 1, cite);
	sqlite3_bind_int64(u, 2, doc);
	sqlite3_bind_double(u, 3, score);
	if (sqlite3_step(u) != SQLITE_DONE)
		return cti_db_sqlerr(db, "linking citations");
	(*linked)++;
	return CT_OK;
}

/* Newspaper citations → the articles they name. */
static ct_status link_articles(struct ct_db *db, sqlite3_stmt *u, size_t *linked)
{
	sqlite3_stmt *c = NULL, *d = NULL;
	ct_status st = CT_OK;
	if (sqlite3_prepare_v2(db->h,
	        "SELECT id, container, issued, title FROM citation WHERE target_document IS NULL"
	        " AND container IS NOT NULL AND title IS NOT NULL AND length(issued) = 10",
	        -1, &c, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db->h,
	        "SELECT id, outlet, title FROM document WHERE published BETWEEN"
	        " date(?1, '-1 day') AND date(?1, '+1 day') AND outlet IS NOT NULL"
	        " AND NOT restricted", -1, &d, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "linking citations");
	while (st == CT_OK && sqlite3_step(c) == SQLITE_ROW) {
		const char *container = (const char *)sqlite3_column_text(c, 1);
		const char *title = (const char *)sqlite3_column_text(c, 3);
		sqlite3_reset(d);
		sqlite3_bind_text(d, 1, (const char *)sqlite3_column_text(c, 2), -1, SQLITE_TRANSIENT);
		int64_t best = 0;
		double best_score = 0;
		while (sqlite3_step(d) == SQLITE_ROW) {
			if (!cti_same_outlet(container, (const char *)sqlite3_column_text(d, 1)))
				continue;
			double score = 0.5 + 0.5 * cti_title_similarity(title,
			                                     (const char *)sqlite3_column_text(d, 2));
			if (score > best_score) {
				best_score = score;
				best = sqlite3_column_int64(d, 0);
			}
		}
		if (best && best_score >= LINK_THRESHOLD)
			st = put_link(db, u, sqlite3_column_int64(c, 0), best, best_score, linked);
	}
	sqlite3_finalize(c);
	sqlite3_finalize(d);
	return st;
}

static const char *col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Interview citations → the interview notes they name: by code, or by date
 * and affiliation or place; a tie between two notes links neither. The
 * notes are restricted: the link is stored, and listings withhold what it
 * names unless restricted documents are asked for. */
static ct_status link_interviews(struct ct_db *db, sqlite3_stmt *u, size_t *linked)
{
	sqlite3_stmt *c = NULL, *d = NULL;
	ct_status st = CT_OK;
	if (sqlite3_prepare_v2(db->h,
	        "SELECT id, raw, json_extract(csl, '$.interview.affiliation'),"
	        " json_extract(csl, '$.interview.place'), json_extract(csl, '$.interview.date')"
	        " FROM citation WHERE target_document IS NULL AND type = 'interview'",
	        -1, &c, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db->h,
	        "SELECT id, code, json_extract(meta, '$.affiliation'), json_extract(meta, '$.place'),"
	        " published FROM document WHERE kind = 'interview'", -1, &d, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "linking interview citations");
	while (st == CT_OK && sqlite3_step(c) == SQLITE_ROW) {
		struct cti_iv_cite ic = {col(c, 1), col(c, 2), col(c, 3), col(c, 4)};
		sqlite3_reset(d);
		int64_t best = 0;
		double best_score = 0;
		bool tie = false;
		while (sqlite3_step(d) == SQLITE_ROW) {
			struct cti_iv_doc id = {col(d, 1), col(d, 2), col(d, 3), col(d, 4)};
			double score = cti_interview_score(&ic, &id);
			if (score > best_score) {
				best_score = score;
				best = sqlite3_column_int64(d, 0);
				tie = false;
			} else if (score > 0 && score == best_score) {
				tie = true;
			}
		}
		if (best && !tie && best_score >= LINK_THRESHOLD)
			st = put_link(db, u, sqlite3_column_int64(c, 0), best, best_score, linked);
	}
	sqlite3_finalize(c);
	sqlite3_finalize(d);
	return st;
}

/* Testimony ("Sir Roderick Blaine, Harrow Inquiry public hearing, 21 January
 * 2011, page 43.") → the transcript of that day's hearing where the witness
 * (by surname) speaks, is named as the witness or in the title; a tie
 * between two transcripts links neither. */
static ct_status link_hearings(struct ct_db *db, sqlite3_stmt *u, size_t *linked)
{
	sqlite3_stmt *c = NULL, *d = NULL;
	ct_status st = CT_OK;
	if (sqlite3_prepare_v2(db->h,
	        "SELECT id, issued, json_extract(csl, '$.author[0].family') FROM citation"
	        " WHERE target_document IS NULL AND type = 'hearing' AND length(issued) = 10",
	        -1, &c, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db->h,
	        "SELECT d.id, d.title, coalesce(json_extract(d.meta, '$.witness'), ''),"
	        " (SELECT group_concat(DISTINCT p.speaker) FROM passage p WHERE p.document = d.id)"
	        " FROM document d WHERE d.kind = 'transcript' AND d.published = ?1"
	        " AND NOT d.restricted", -1, &d, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "linking testimony to transcripts");
	while (st == CT_OK && sqlite3_step(c) == SQLITE_ROW) {
		const char *family = col(c, 2);
		if (!family)
			continue;
		sqlite3_reset(d);
		sqlite3_bind_text(d, 1, col(c, 1), -1, SQLITE_TRANSIENT);
		int64_t found = 0;
		int n_found = 0;
		while (sqlite3_step(d) == SQLITE_ROW) {
			bool named = false;
			for (int k = 1; k <= 3 && !named; k++) {
				const char *t = col(d, k);
				named = t && cti_names_surname(family, t, 0, strlen(t));
			}
			if (named && ++n_found == 1)
				found = sqlite3_column_int64(d, 0);
		}
		if (n_found == 1)
			st = put_link(db, u, sqlite3_column_int64(c, 0), found, 1.0, linked);
	}
	sqlite3_finalize(c);
	sqlite3_finalize(d);
	return st;
}

ct_status cti_db_link_cites(struct ct_db *db, size_t *linked)
{
	*linked = 0;
	sqlite3_stmt *u = NULL;
	if (sqlite3_prepare_v2(db->h,
	        "UPDATE citation SET target_document = ?2, link_score = ?3 WHERE id = ?1", -1,
	        &u, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "linking citations");
	ct_status st = link_articles(db, u, linked);
	if (st == CT_OK)
		st = link_interviews(db, u, linked);
	if (st == CT_OK)
		st = link_hearings(db, u, linked);
	sqlite3_finalize(u);
	return st;
}

ct_status ct_db_reread_notes(ct_db *db, size_t *n_docs, size_t *n_cites)
{
	*n_docs = *n_cites = 0;
	ct_status st = ct_db_begin(db);
	if (st != CT_OK)
		return st;
	if (sqlite3_exec(db->h, "DELETE FROM citation; DELETE FROM note_marker", NULL, NULL,
	                 NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "clearing the citations");
	sqlite3_stmt *docs = NULL, *ps = NULL;
	if (st == CT_OK &&
	    (sqlite3_prepare_v2(db->h, "SELECT id, text FROM document_text ORDER BY id", -1, &docs,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT start, page FROM passage WHERE document = ?1"
	                        " AND page IS NOT NULL ORDER BY ordinal", -1, &ps, NULL) != SQLITE_OK))
		st = cti_db_sqlerr(db, "reading documents");
	struct cti_buf pages; /* of size_t */
	cti_buf_init(&pages);
	while (st == CT_OK && sqlite3_step(docs) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(docs, 0);
		const char *text = (const char *)sqlite3_column_text(docs, 1);
		size_t len = (size_t)sqlite3_column_bytes(docs, 1);
		/* where each page's first passage begins */
		int last_page = -1;
		cti_buf_reset(&pages);
		sqlite3_reset(ps);
		sqlite3_bind_int64(ps, 1, id);
		while (sqlite3_step(ps) == SQLITE_ROW) {
			int page = sqlite3_column_int(ps, 1);
			if (page == last_page)
				continue;
			last_page = page;
			size_t at = (size_t)sqlite3_column_int64(ps, 0);
			cti_buf_append(&pages, &at, sizeof at);
		}
		if (pages.oom)
			st = CT_ENOMEM;
		struct cti_segs g = {0};
		if (st == CT_OK)
			st = cti_read_cites((const size_t *)(void *)pages.data, pages.len / sizeof(size_t),
			                    text ? text : "", len, &g);
		if (st == CT_OK && g.cites)
			st = cti_db_put_cites(db, id, &g);
		*n_cites += ct_cites_count(g.cites);
		(*n_docs)++;
		cti_segs_clear(&g);
	}
	cti_buf_free(&pages);
	sqlite3_finalize(docs);
	sqlite3_finalize(ps);
	size_t linked = 0;
	if (st == CT_OK)
		st = cti_db_link_cites(db, &linked);
	/* the new citations have new ids: link them to the cases again */
	if (st == CT_OK)
		st = ct_db_link_cases(db, true, NULL, NULL, NULL);
	if (st == CT_OK)
		st = ct_db_commit(db);
	else
		ct_db_rollback(db);
	return st;
}

/* The citation rows of s (columns as in ct_db_list_cites's query) to fn.
 * Without include_restricted, a link to a restricted document is reported
 * as there being one, not which. */
static ct_status each_cite(struct ct_db *db, sqlite3_stmt *s, bool include_restricted,
                           ct_cite_row_fn fn, void *ctx, const char *what)
{
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		ct_cite_row r = {
			.doc = sqlite3_column_int64(s, 0),
			.path = col(s, 1),
			.note = sqlite3_column_int(s, 2),
			.index = sqlite3_column_int(s, 3),
			.start = (size_t)sqlite3_column_int64(s, 4),
			.end = (size_t)sqlite3_column_int64(s, 5),
			.csl = col(s, 6),
			.bibtex = col(s, 7),
			.target_doc = sqlite3_column_int64(s, 8),
			.target_path = col(s, 9),
			.target_title = col(s, 10),
			.link_score = sqlite3_column_double(s, 11),
			.raw = col(s, 12),
			.type = col(s, 13),
			.markers = col(s, 14),
			.target_restricted = sqlite3_column_int(s, 15) != 0,
		};
		if (r.target_restricted && !include_restricted) {
			r.target_doc = 0;
			r.target_path = r.target_title = NULL;
		}
		if (!fn(ctx, &r))
			break;
	}
	ct_status st = rc == SQLITE_DONE || rc == SQLITE_ROW ? CT_OK : cti_db_sqlerr(db, what);
	sqlite3_finalize(s);
	return st;
}

ct_status ct_db_list_cites(ct_db *db, int64_t doc, const char *case_slug,
                           bool include_restricted, ct_cite_row_fn fn, void *ctx)
{
	static const char sql[] =
		"SELECT c.document, d.path, c.note, c.idx, c.start, c.\"end\", c.csl, c.bibtex,"
		" c.target_document, t.path, t.title, c.link_score, c.raw, c.type,"
		" (SELECT group_concat(m.start, ',') FROM (SELECT start FROM note_marker m"
		"   WHERE m.document = c.document AND m.note = c.note ORDER BY start) m),"
		" coalesce(t.restricted, 0)"
		" FROM citation c JOIN document d ON d.id = c.document"
		" LEFT JOIN document t ON t.id = c.target_document"
		" WHERE (?1 = 0 OR c.document = ?1) AND (?2 OR NOT d.restricted)"
		"  AND (?3 IS NULL OR c.id IN (SELECT k.object_id FROM case_link k JOIN case_def c ON c.id = k.case_id WHERE c.slug = ?3 AND k.object_kind = 'citation'))"
		" ORDER BY c.document, c.note, c.idx";
	if (case_slug && !cti_db_case_exists(db, case_slug))
		return CT_ENOTFOUND;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "listing citations");
	sqlite3_bind_int64(s, 1, doc);
	sqlite3_bind_int(s, 2, include_restricted);
	if (case_slug)
		sqlite3_bind_text(s, 3, case_slug, -1, SQLITE_STATIC);
	return each_cite(db, s, include_restricted, fn, ctx, "listing citations");
}

ct_status ct_db_cited_by(ct_db *db, int64_t doc, ct_cite_row_fn fn, void *ctx)
{
	/* the same columns; target_title is the citing document's title */
	static const char sql[] =
		"SELECT c.document, d.path, c.note, c.idx, c.start, c.\"end\", c.csl, c.bibtex,"
		" c.target_document, NULL, d.title, c.link_score, c.raw, c.type, NULL, 0"
		" FROM citation c JOIN document d ON d.id = c.document"
		" WHERE c.target_document = ?1 AND NOT d.restricted ORDER BY c.document, c.note";
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "listing what cites a document");
	sqlite3_bind_int64(s, 1, doc);
	return each_cite(db, s, true, fn, ctx, "listing what cites a document");
}
