/* cases-store.c — the case_def and case_link tables: loading case files,
 * linking documents, passages, quotations and citations to cases (the rules
 * are in include/casetrace/link.h), listing cases with their counts. */
#include "index/index-private.h"
#include "link/link-private.h"

#include <casetrace/extract.h>
#include <casetrace/link.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- settings ---------------------------------------------------------------- */

ct_status cti_db_set_setting(struct ct_db *db, const char *key, int64_t value)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, "INSERT OR REPLACE INTO setting(key, value) VALUES(?1, ?2)",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "writing a setting");
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, value);
	int rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? CT_OK : cti_db_sqlerr(db, "writing a setting");
}

static int64_t get_setting(struct ct_db *db, const char *key)
{
	sqlite3_stmt *s = NULL;
	int64_t v = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT value FROM setting WHERE key = ?1", -1, &s,
	                       NULL) == SQLITE_OK) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW)
			v = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	return v;
}

static ct_status exec1(struct ct_db *db, const char *sql, const char *what)
{
	char *err = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &err) == SQLITE_OK)
		return CT_OK;
	ct_status st = cti_db_error(db, CT_EDB, "%s: %s", what, err ? err : "?");
	sqlite3_free(err);
	return st;
}

bool cti_db_case_exists(struct ct_db *db, const char *slug)
{
	sqlite3_stmt *s = NULL;
	bool found = false;
	if (sqlite3_prepare_v2(db->h, "SELECT 1 FROM case_def WHERE slug = ?1", -1, &s, NULL) ==
	    SQLITE_OK) {
		sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
		found = sqlite3_step(s) == SQLITE_ROW;
	}
	sqlite3_finalize(s);
	if (!found)
		cti_db_error(db, CT_ENOTFOUND, "no case '%s' (casetrace cases lists them; "
		             "casetrace cases load FILE adds one)", slug);
	return found;
}

/* ---- case files ---------------------------------------------------------------- */

static bool read_file(const char *path, struct cti_buf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	char chunk[8192];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		cti_buf_append(out, chunk, got);
	bool ok = !ferror(f) && !out->oom;
	fclose(f);
	return ok;
}

ct_status ct_db_load_case_file(ct_db *db, const char *path, ct_diag_fn diag, void *ctx,
                               char **slug)
{
	if (slug)
		*slug = NULL;
	struct cti_buf text;
	cti_buf_init(&text);
	if (!read_file(path, &text)) {
		ct_status st = cti_db_error(db, CT_EIO, "cannot read case file %s: %s", path,
		                            strerror(errno ? errno : EIO));
		if (diag) {
			ct_diag d = {CT_DIAG_ERROR, CT_EIO, path, 0, -1, ct_db_errmsg(db)};
			diag(ctx, &d);
		}
		cti_buf_free(&text);
		return st;
	}
	struct cti_case c;
	ct_status st = cti_case_parse(path, text.data ? text.data : "", text.len, diag, ctx, &c);
	if (st == CT_EPARSE) {
		cti_buf_free(&text);
		return cti_db_error(db, CT_EPARSE, "%s has errors (reported); the case was not "
		                    "loaded", path);
	}
	if (st != CT_OK) {
		cti_buf_free(&text);
		return cti_db_error(db, st, "reading case file %s: %s", path, ct_strerror(st));
	}
	char *real = realpath(path, NULL);
	struct cti_buf theatre;
	cti_buf_init(&theatre);
	for (size_t i = 0; i < c.theatre.n; i++)
		cti_buf_printf(&theatre, "%s%s", i ? "; " : "", c.theatre.v[i]);
	sqlite3_stmt *s = NULL;
	bool own_tx = !db->in_tx;
	st = own_tx ? ct_db_begin(db) : CT_OK;
	/* the next linking run starts from the first document: the links of
	 * a changed definition are all made again */
	if (st == CT_OK &&
	    sqlite3_prepare_v2(db->h,
	                       "INSERT INTO case_def(slug, title, actor, coalition, theatre, start,"
	                       " \"end\", notes, path, definition) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,"
	                       "?9,?10) ON CONFLICT(slug) DO UPDATE SET title = excluded.title,"
	                       " actor = excluded.actor, coalition = excluded.coalition,"
	                       " theatre = excluded.theatre, start = excluded.start,"
	                       " \"end\" = excluded.\"end\", notes = excluded.notes,"
	                       " path = excluded.path, definition = excluded.definition,"
	                       " loaded = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
	                       -1, &s, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "storing a case");
	if (st == CT_OK) {
		sqlite3_bind_text(s, 1, c.slug, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, c.title, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, c.actor, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 4, c.coalition, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 5, theatre.data, -1, SQLITE_STATIC);
		if (c.start[0])
			sqlite3_bind_text(s, 6, c.start, -1, SQLITE_STATIC);
		if (c.end[0])
			sqlite3_bind_text(s, 7, c.end, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 8, c.notes, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 9, real ? real : path, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 10, text.data, (int)text.len, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "storing a case");
	}
	sqlite3_finalize(s);
	if (st == CT_OK)
		st = cti_db_set_setting(db, "linked_through", 0);
	if (own_tx)
		st = cti_db_end_tx(db, st);
	if (st == CT_OK && slug && !(*slug = cti_strdup(c.slug)))
		st = CT_ENOMEM;
	free(real);
	cti_buf_free(&theatre);
	cti_buf_free(&text);
	cti_case_free(&c);
	return st;
}

ct_status ct_db_remove_case(ct_db *db, const char *slug)
{
	sqlite3_stmt *s = NULL;
	int64_t id = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT id FROM case_def WHERE slug = ?1", -1, &s,
	                       NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "finding a case");
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (!id)
		return cti_db_error(db, CT_ENOTFOUND, "no case '%s' (casetrace cases lists them)",
		                    slug);
	char *sql = cti_printf("BEGIN; DELETE FROM case_link WHERE case_id = %lld;"
	                       " DELETE FROM case_def WHERE id = %lld; COMMIT;",
	                       (long long)id, (long long)id);
	if (!sql)
		return CT_ENOMEM;
	ct_status st = exec1(db, sql, "removing a case");
	free(sql);
	if (st != CT_OK)
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	return st;
}

/* ---- linking ------------------------------------------------------------------ */

enum { OBJ_DOCUMENT, OBJ_PASSAGE, OBJ_QUOTE, OBJ_CITATION };
static const char *const obj_names[] = {"document", "passage", "quote", "citation"};

struct mention {
	size_t passage;          /* index in the document's passages; SIZE_MAX: title */
	size_t ci;
	enum cti_evidence kind;
	const char *label;       /* a phrase's label, or NULL: the text matched */
	const char *text;        /* the text scanned (for pattern labels) */
	size_t start, end;       /* the mention in it */
};

struct pass {
	int64_t id;
	char *text;
	size_t len;
	size_t mn_start, mn_end;  /* its mentions: a run of L->mn (scanned in order) */
	char date[11];           /* first date written in it, resolved, or "" */
};

struct linker {
	struct ct_db *db;
	struct cti_case *cases;
	int64_t *case_ids;
	size_t n_cases;
	struct cti_case_matcher *m;
	ct_date_finder *dates;
	sqlite3_stmt *put;
	/* the document being linked */
	struct pass *p;
	size_t n_p, cap_p;
	struct mention *mn;
	size_t n_mn, cap_mn;
	size_t cur;              /* passage being scanned */
	const char *cur_text;    /* the text being scanned */
	struct cti_case_hits *hits;   /* per case */
	double *doc_score;       /* per case: the document's link score, 0 if none */
	double *pass_score;      /* n_p × n_cases */
	bool *pass_any;          /* n_p × n_cases: the passage mentions the case */
	struct cti_buf reason;
	ct_link_summary sum;
	bool oom;
};

static void on_mention(void *ctx, size_t ci, enum cti_evidence kind, const char *label,
                       size_t start, size_t end)
{
	struct linker *L = ctx;
	if (L->n_mn == L->cap_mn) {
		size_t cap = L->cap_mn ? L->cap_mn * 2 : 256;
		struct mention *a = realloc(L->mn, cap * sizeof *a);
		if (!a) {
			L->oom = true;
			return;
		}
		L->mn = a;
		L->cap_mn = cap;
	}
	/* a pattern's label (NULL) is the text it matched, read when needed */
	L->mn[L->n_mn++] = (struct mention){L->cur, ci, kind, label, L->cur_text, start, end};
}



static ct_status put_link(struct linker *L, size_t ci, int kind, int64_t id, double score,
                          const char *reason)
{
	sqlite3_stmt *s = L->put;
	sqlite3_bind_int64(s, 1, L->case_ids[ci]);
	sqlite3_bind_text(s, 2, obj_names[kind], -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, id);
	sqlite3_bind_double(s, 4, score > 1 ? 1 : score);
	sqlite3_bind_text(s, 5, reason, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return cti_db_sqlerr(L->db, "storing a case link");
	L->sum.links++;
	L->sum.by_kind[kind]++;
	return CT_OK;
}

/* Hits of case ci from the mentions of passage pi (SIZE_MAX - 1: all). */
static void gather(struct linker *L, size_t ci, size_t pi, struct cti_case_hits *h)
{
	cti_case_hits_reset(h);
	size_t a = pi == SIZE_MAX - 1 ? 0 : L->p[pi].mn_start;
	size_t z = pi == SIZE_MAX - 1 ? L->n_mn : L->p[pi].mn_end;
	for (size_t i = a; i < z; i++) {
		const struct mention *x = &L->mn[i];
		if (x->ci != ci)
			continue;
		if (x->label) /* a phrase */
			cti_case_hits_add(h, x->kind, x->label, strlen(x->label));
		else { /* a pattern: the text it matched, up to 60 bytes */
			size_t n = x->end - x->start;
			if (n > 60) {
				n = 60;
				while (n && ((unsigned char)x->text[x->start + n] & 0xC0) == 0x80)
					n--;
			}
			cti_case_hits_add(h, x->kind, x->text + x->start, n);
		}
	}
}

/* Whether the document is a member of case ci by declaration; the reason. */
static const char *declared(const struct linker *L, size_t ci, const char *path,
                            const char *case_meta, const char *code)
{
	const struct cti_case *c = &L->cases[ci];
	if (case_meta) {
		/* "vel-harrow" or "vel-harrow; ost-kessar" */
		size_t n = strlen(c->slug);
		for (const char *p = case_meta; (p = strstr(p, c->slug)); p += n) {
			bool left = p == case_meta || p[-1] == ';' || p[-1] == ',' || p[-1] == ' ';
			bool right = !p[n] || p[n] == ';' || p[n] == ',' || p[n] == ' ';
			if (left && right)
				return "case named in the document's front matter";
		}
	}
	for (size_t i = 0; code && i < c->interviews.n; i++)
		if (!strcasecmp(code, c->interviews.v[i]))
			return "interview listed in the case file's [sources]";
	size_t pl = strlen(path);
	for (size_t i = 0; i < c->paths.n; i++) {
		const char *want = c->paths.v[i];
		size_t wl = strlen(want);
		if (wl <= pl && !strcmp(path + pl - wl, want) && (wl == pl || path[pl - wl - 1] == '/'))
			return "document listed in the case file's [sources]";
	}
	return NULL;
}

static bool grow_pass(struct linker *L)
{
	if (L->n_p < L->cap_p)
		return true;
	size_t cap = L->cap_p ? L->cap_p * 2 : 64;
	struct pass *a = realloc(L->p, cap * sizeof *a);
	double *sc = realloc(L->pass_score, cap * L->n_cases * sizeof *sc);
	if (a)
		L->p = a;
	if (sc)
		L->pass_score = sc;
	bool *any = realloc(L->pass_any, cap * L->n_cases * sizeof *any);
	if (any)
		L->pass_any = any;
	if (!a || !sc || !any)
		return false;
	L->cap_p = cap;
	return true;
}

static void clear_doc(struct linker *L)
{
	for (size_t i = 0; i < L->n_p; i++)
		free(L->p[i].text);
	L->n_p = 0;
	L->n_mn = 0;
}

/* The first date written in text, resolved against the document's date. */
static void written_date(struct linker *L, const char *text, size_t len, const char *anchor,
                         char out[11])
{
	out[0] = '\0';
	ct_dates *d = NULL;
	if (!L->dates || ct_find_dates(L->dates, text, len, anchor, &d) != CT_OK)
		return;
	for (size_t i = 0; i < ct_dates_count(d); i++) {
		const ct_date_mention *x = ct_dates_at(d, i);
		if (!x->month)
			continue; /* a year alone places nothing */
		if (x->day)
			snprintf(out, 11, "%04d-%02d-%02d", x->year, x->month, x->day);
		else
			snprintf(out, 11, "%04d-%02d", x->year, x->month);
		break;
	}
	ct_dates_free(d);
}

static ct_status link_document(struct linker *L, sqlite3_stmt *pq, sqlite3_stmt *qq,
                               int64_t doc, const char *path, const char *title,
                               const char *date, const char *case_meta, const char *code)
{
	ct_status st = CT_OK;
	clear_doc(L);
	/* the passages, each scanned once for every case */
	sqlite3_bind_int64(pq, 1, doc);
	int rc;
	while ((rc = sqlite3_step(pq)) == SQLITE_ROW) {
		if (!grow_pass(L))
			return CT_ENOMEM;
		struct pass *p = &L->p[L->n_p];
		p->id = sqlite3_column_int64(pq, 0);
		p->len = (size_t)sqlite3_column_bytes(pq, 1);
		const char *text = (const char *)sqlite3_column_text(pq, 1);
		p->text = NULL;
		p->date[0] = '\0';
		L->cur = L->n_p++;
		L->cur_text = text ? text : "";
		p->mn_start = L->n_mn;
		if ((st = cti_case_scan(L->m, L->cur_text, p->len, on_mention, L)) != CT_OK)
			return st;
		p->mn_end = L->n_mn;
		if (p->mn_end == p->mn_start)
			continue; /* names nothing: its text is not needed again */
		/* kept for the labels of pattern matches; its written date counts
		 * only when it names something */
		if (!(p->text = cti_strndup(L->cur_text, p->len)))
			return CT_ENOMEM;
		for (size_t i = p->mn_start; i < p->mn_end; i++)
			L->mn[i].text = p->text;
		written_date(L, p->text, p->len, date, p->date);
	}
	sqlite3_reset(pq);
	if (rc != SQLITE_DONE)
		return cti_db_sqlerr(L->db, "reading passages to link");
	if (title) {
		L->cur = SIZE_MAX;
		L->cur_text = title;
		if ((st = cti_case_scan(L->m, title, strlen(title), on_mention, L)) != CT_OK)
			return st;
	}
	if (L->oom)
		return CT_ENOMEM;

	struct cti_case_hits *h = L->hits;
	for (size_t ci = 0; ci < L->n_cases && st == CT_OK; ci++) {
		const struct cti_case *c = &L->cases[ci];
		int din = cti_case_date_in(c, date);
		gather(L, ci, SIZE_MAX - 1, h);
		double score = cti_case_score(h, din);
		const char *why = declared(L, ci, path, case_meta, code);
		cti_buf_reset(&L->reason);
		if (why) {
			cti_buf_puts(&L->reason, why);
			score = 1;
		} else if (score >= CT_CASE_THRESHOLD) {
			cti_case_reason(h, din, &L->reason);
		}
		L->doc_score[ci] = score >= CT_CASE_THRESHOLD ? score : 0;
		if (L->doc_score[ci] > 0)
			st = put_link(L, ci, OBJ_DOCUMENT, doc, score, L->reason.data ? L->reason.data : "");
		/* the passages */
		for (size_t pi = 0; pi < L->n_p && st == CT_OK; pi++) {
			L->pass_any[pi * L->n_cases + ci] = false;
			L->pass_score[pi * L->n_cases + ci] = 0;
			if (L->p[pi].mn_end == L->p[pi].mn_start)
				continue; /* names nothing of any case */
			gather(L, ci, pi, h);
			bool any = h->count[CTI_EV_ACTOR] + h->count[CTI_EV_THEATRE] +
			           h->count[CTI_EV_TERM] > 0;
			if (!any)
				continue;
			const char *pd = L->p[pi].date[0] ? L->p[pi].date : date;
			int pin = cti_case_date_in(c, pd);
			double ps = cti_case_score(h, pin);
			L->pass_any[pi * L->n_cases + ci] = true;
			bool weak = ps < CT_CASE_THRESHOLD;
			if (weak && L->doc_score[ci] <= 0)
				continue;
			cti_buf_reset(&L->reason);
			cti_case_reason(h, pin, &L->reason);
			if (weak) {
				ps = CT_CASE_THRESHOLD;
				cti_buf_puts(&L->reason, "; in a linked document");
			}
			if (L->reason.oom)
				return CT_ENOMEM;
			L->pass_score[pi * L->n_cases + ci] = ps;
			st = put_link(L, ci, OBJ_PASSAGE, L->p[pi].id, ps, L->reason.data);
		}
	}
	/* the quotations: with their passage, or in a linked document when the
	 * passage speaks of no other case */
	sqlite3_bind_int64(qq, 1, doc);
	while (st == CT_OK && (rc = sqlite3_step(qq)) == SQLITE_ROW) {
		int64_t qid = sqlite3_column_int64(qq, 0);
		int64_t pid = sqlite3_column_int64(qq, 1);
		size_t pi = SIZE_MAX; /* passages are in id order: halve */
		for (size_t lo = 0, hi = L->n_p; lo < hi && pi == SIZE_MAX;) {
			size_t mid = lo + (hi - lo) / 2;
			if (L->p[mid].id == pid)
				pi = mid;
			else if (L->p[mid].id < pid)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t ci = 0; ci < L->n_cases && st == CT_OK; ci++) {
			if (pi != SIZE_MAX && L->pass_score[pi * L->n_cases + ci] > 0) {
				st = put_link(L, ci, OBJ_QUOTE, qid, L->pass_score[pi * L->n_cases + ci],
				              "in a passage linked to the case");
				continue;
			}
			if (L->doc_score[ci] <= 0)
				continue;
			/* a passage that names nothing goes with the document's
			 * strongest case; one that names another case goes there */
			bool other = false;
			for (size_t cj = 0; cj < L->n_cases && !other; cj++)
				other = cj != ci && ((pi != SIZE_MAX && L->pass_any[pi * L->n_cases + cj]) ||
				                     L->doc_score[cj] > L->doc_score[ci]);
			if (!other)
				st = put_link(L, ci, OBJ_QUOTE, qid, 0.9 * L->doc_score[ci],
				              "in a document linked to the case");
		}
	}
	sqlite3_reset(qq);
	if (st == CT_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
		st = cti_db_sqlerr(L->db, "reading quotations to link");
	return st;
}

static double link_score_of(struct linker *L, sqlite3_stmt *ls, size_t ci, int64_t doc)
{
	double v = 0;
	sqlite3_bind_int64(ls, 1, L->case_ids[ci]);
	sqlite3_bind_int64(ls, 2, doc);
	if (sqlite3_step(ls) == SQLITE_ROW)
		v = sqlite3_column_double(ls, 0);
	sqlite3_reset(ls);
	return v;
}

static ct_status link_citations(struct linker *L)
{
	ct_status st = exec1(L->db, "DELETE FROM case_link WHERE object_kind = 'citation'",
	                     "removing citation links");
	sqlite3_stmt *cq = NULL, *ls = NULL;
	if (st == CT_OK &&
	    (sqlite3_prepare_v2(L->db->h, "SELECT id, document, target_document, raw, issued,"
	                        " note FROM citation ORDER BY id", -1, &cq, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(L->db->h, "SELECT score FROM case_link WHERE case_id = ?1 AND"
	                        " object_kind = 'document' AND object_id = ?2", -1, &ls,
	                        NULL) != SQLITE_OK))
		st = cti_db_sqlerr(L->db, "reading citations to link");
	int rc = SQLITE_DONE;
	while (st == CT_OK && (rc = sqlite3_step(cq)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(cq, 0);
		int64_t in_doc = sqlite3_column_int64(cq, 1);
		int64_t target = sqlite3_column_int64(cq, 2);
		const char *raw = (const char *)sqlite3_column_text(cq, 3);
		const char *issued = (const char *)sqlite3_column_text(cq, 4);
		int note = sqlite3_column_int(cq, 5);
		clear_doc(L);
		L->cur = SIZE_MAX;
		L->cur_text = raw;
		if (raw && (st = cti_case_scan(L->m, raw, strlen(raw), on_mention, L)) != CT_OK)
			break;
		if (L->oom) {
			st = CT_ENOMEM;
			break;
		}
		/* a note with nothing of its own goes with the citing document's
		 * strongest case, as a neutral quotation does */
		double best = 0;
		for (size_t ci = 0; ci < L->n_cases; ci++) {
			L->doc_score[ci] = link_score_of(L, ls, ci, in_doc);
			if (L->doc_score[ci] > best)
				best = L->doc_score[ci];
		}
		for (size_t ci = 0; ci < L->n_cases && st == CT_OK; ci++) {
			double ts = target ? link_score_of(L, ls, ci, target) : 0;
			double ds = L->doc_score[ci] < best ? 0 : L->doc_score[ci];
			gather(L, ci, SIZE_MAX - 1, L->hits);
			int din = cti_case_date_in(&L->cases[ci], issued);
			double own = cti_case_score(L->hits, din);
			cti_buf_reset(&L->reason);
			double score = 0;
			if (ts >= CT_CASE_THRESHOLD) {
				score = ts;
				cti_buf_printf(&L->reason, "cites document %lld, linked to the case",
				               (long long)target);
			}
			if (own >= CT_CASE_THRESHOLD && own > score) {
				score = own;
				cti_buf_reset(&L->reason);
				cti_case_reason(L->hits, din, &L->reason);
			}
			if (ds >= CT_CASE_THRESHOLD && 0.9 * ds > score) {
				score = 0.9 * ds;
				cti_buf_reset(&L->reason);
				cti_buf_printf(&L->reason, "note %d of document %lld, linked to the case",
				               note, (long long)in_doc);
			}
			if (score >= CT_CASE_THRESHOLD)
				st = put_link(L, ci, OBJ_CITATION, id, score,
				              L->reason.data ? L->reason.data : "");
		}
	}
	if (st == CT_OK && rc != SQLITE_DONE)
		st = cti_db_sqlerr(L->db, "reading citations to link");
	sqlite3_finalize(cq);
	sqlite3_finalize(ls);
	return st;
}

static void linker_free(struct linker *L)
{
	clear_doc(L);
	for (size_t i = 0; i < L->n_cases; i++) {
		cti_case_free(&L->cases[i]);
		cti_case_hits_free(&L->hits[i]);
	}
	free(L->cases);
	free(L->case_ids);
	free(L->hits);
	free(L->doc_score);
	free(L->p);
	free(L->pass_score);
	free(L->pass_any);
	free(L->mn);
	cti_buf_free(&L->reason);
	cti_case_matcher_free(L->m);
	ct_date_finder_free(L->dates);
	sqlite3_finalize(L->put);
}

/* Read every stored case (their definitions are parsed again: the file's
 * text is what is stored). */
static ct_status load_cases(struct linker *L)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(L->db->h, "SELECT id, path, definition FROM case_def ORDER BY slug",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(L->db, "reading cases");
	ct_status st = CT_OK;
	int rc;
	size_t cap = 0;
	while (st == CT_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (L->n_cases == cap) {
			cap = cap ? cap * 2 : 8;
			struct cti_case *c = realloc(L->cases, cap * sizeof *c);
			if (c)
				L->cases = c;
			int64_t *ids = realloc(L->case_ids, cap * sizeof *ids);
			if (ids)
				L->case_ids = ids;
			if (!c || !ids) {
				st = CT_ENOMEM;
				break;
			}
		}
		const char *path = (const char *)sqlite3_column_text(s, 1);
		const char *def = (const char *)sqlite3_column_text(s, 2);
		st = cti_case_parse(path, def ? def : "", (size_t)sqlite3_column_bytes(s, 2), NULL,
		                    NULL, &L->cases[L->n_cases]);
		if (st == CT_EPARSE) /* stored only after it parsed: changed casetrace? */
			st = cti_db_error(L->db, CT_EPARSE, "the stored case from %s no longer reads; "
			                  "load it again with 'casetrace cases load'", path);
		if (st == CT_OK)
			L->case_ids[L->n_cases++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	return st;
}

ct_status ct_db_link_cases(ct_db *db, bool all, ct_progress_fn progress, void *ctx,
                           ct_link_summary *summary)
{
	struct linker L = {.db = db};
	cti_buf_init(&L.reason);
	if (summary)
		memset(summary, 0, sizeof *summary);
	/* linking reads every passage once: memory-mapped reads save a copy
	 * per page (the setting lasts for this call) */
	sqlite3_exec(db->h, "PRAGMA mmap_size = 1073741824", NULL, NULL, NULL);
	bool own_tx = !db->in_tx;
	ct_status st = own_tx ? ct_db_begin(db) : CT_OK;
	if (st == CT_OK)
		st = load_cases(&L);
	L.sum.cases = L.n_cases;
	int64_t since = all ? 0 : get_setting(db, "linked_through");
	if (st == CT_OK && since == 0)
		st = exec1(db, "DELETE FROM case_link", "removing old case links");
	if (st == CT_OK && L.n_cases) {
		size_t n_al = 0;
		const char *const *terms = NULL;
		const int *groups = NULL;
		ct_db_aliases(db, &n_al, &terms, &groups);
		st = cti_case_matcher_new(L.cases, L.n_cases, terms, groups, n_al, &L.m);
		if (st == CT_OK)
			st = ct_date_finder_new(&L.dates);
		L.hits = calloc(L.n_cases, sizeof *L.hits);
		L.doc_score = calloc(L.n_cases, sizeof *L.doc_score);
		if (st == CT_OK && (!L.hits || !L.doc_score))
			st = CT_ENOMEM;
	}
	sqlite3_stmt *dq = NULL, *pq = NULL, *qq = NULL;
	if (st == CT_OK && L.n_cases &&
	    (sqlite3_prepare_v2(db->h, "INSERT OR REPLACE INTO case_link(case_id, object_kind,"
	                        " object_id, score, reason) VALUES(?1,?2,?3,?4,?5)", -1, &L.put,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT id, path, title, published, case_slug, code,"
	                        " (SELECT count(*) FROM document WHERE id > ?1) FROM document"
	                        " WHERE id > ?1 ORDER BY id", -1, &dq, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT id, text FROM passage WHERE document = ?1"
	                        " ORDER BY ordinal", -1, &pq, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT id, passage FROM quote WHERE document = ?1", -1,
	                        &qq, NULL) != SQLITE_OK))
		st = cti_db_sqlerr(db, "preparing to link cases");
	int64_t last = since;
	if (st == CT_OK && dq) {
		sqlite3_bind_int64(dq, 1, since);
		ct_add_progress pr = {0};
		int rc;
		while (st == CT_OK && (rc = sqlite3_step(dq)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(dq, 0);
			pr.files_total = (size_t)sqlite3_column_int64(dq, 6);
			pr.current = (const char *)sqlite3_column_text(dq, 1);
			st = link_document(&L, pq, qq, id, pr.current,
			                   (const char *)sqlite3_column_text(dq, 2),
			                   (const char *)sqlite3_column_text(dq, 3),
			                   (const char *)sqlite3_column_text(dq, 4),
			                   (const char *)sqlite3_column_text(dq, 5));
			last = id;
			L.sum.documents++;
			pr.files_done = L.sum.documents;
			if (st == CT_OK && progress && L.sum.documents % 256 == 0 && !progress(ctx, &pr))
				st = cti_db_error(db, CT_ECANCELLED, "linking stopped after %zu documents",
				                  L.sum.documents);
		}
		if (st == CT_OK && rc != SQLITE_DONE)
			st = cti_db_sqlerr(db, "reading documents to link");
		if (st == CT_OK && progress) {
			pr.files_done = pr.files_total = L.sum.documents;
			progress(ctx, &pr);
		}
	}
	if (st == CT_OK && L.n_cases)
		st = link_citations(&L);
	if (st == CT_OK && L.n_cases) {
		/* through the newest document, not only the last one read */
		sqlite3_stmt *mx = NULL;
		if (sqlite3_prepare_v2(db->h, "SELECT max(id) FROM document", -1, &mx, NULL) ==
		        SQLITE_OK && sqlite3_step(mx) == SQLITE_ROW &&
		    sqlite3_column_int64(mx, 0) > last)
			last = sqlite3_column_int64(mx, 0);
		sqlite3_finalize(mx);
		st = cti_db_set_setting(db, "linked_through", last);
	}
	sqlite3_finalize(dq);
	sqlite3_finalize(pq);
	sqlite3_finalize(qq);
	if (st == CT_ENOMEM)
		cti_db_error(db, st, "out of memory while linking cases");
	if (own_tx)
		st = cti_db_end_tx(db, st);
	sqlite3_exec(db->h, "PRAGMA mmap_size = 0", NULL, NULL, NULL);
	if (summary)
		*summary = L.sum;
	linker_free(&L);
	return st;
}

/* ---- listing ------------------------------------------------------------------ */

ct_status ct_db_list_cases(ct_db *db, bool include_restricted, ct_case_info_fn fn, void *ctx)
{
	static const char sql[] =
		"WITH l AS (SELECT k.case_id, k.object_kind, k.object_id, d.restricted, d.published"
		"  FROM case_link k JOIN document d ON d.id = CASE k.object_kind"
		"   WHEN 'document' THEN k.object_id"
		"   WHEN 'passage' THEN (SELECT document FROM passage WHERE id = k.object_id)"
		"   WHEN 'quote' THEN (SELECT document FROM quote WHERE id = k.object_id)"
		"   ELSE (SELECT document FROM citation WHERE id = k.object_id) END)"
		" SELECT c.slug, c.title, c.actor, c.coalition, c.theatre, c.notes, c.start,"
		"  c.\"end\", c.path,"
		"  (SELECT count(*) FROM l WHERE l.case_id = c.id AND l.object_kind = 'document'"
		"    AND (?1 OR NOT l.restricted)),"
		"  (SELECT count(*) FROM l WHERE l.case_id = c.id AND l.object_kind = 'quote'"
		"    AND (?1 OR NOT l.restricted)),"
		"  (SELECT count(*) FROM l WHERE l.case_id = c.id AND l.object_kind = 'citation'"
		"    AND (?1 OR NOT l.restricted)),"
		"  (SELECT count(*) FROM l WHERE l.case_id = c.id AND l.object_kind = 'document'"
		"    AND l.restricted),"
		"  (SELECT count(*) FROM l WHERE l.case_id = c.id AND l.object_kind = 'passage'"
		"    AND (?1 OR NOT l.restricted)),"
		"  (SELECT min(published) FROM l WHERE l.case_id = c.id AND"
		"    l.object_kind = 'document' AND (?1 OR NOT l.restricted)),"
		"  (SELECT max(published) FROM l WHERE l.case_id = c.id AND"
		"    l.object_kind = 'document' AND (?1 OR NOT l.restricted))"
		" FROM case_def c ORDER BY c.slug";
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "listing cases");
	sqlite3_bind_int(s, 1, include_restricted);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
#define TXT(i) ((const char *)sqlite3_column_text(s, i))
		ct_case_info c = {
			.slug = TXT(0), .title = TXT(1), .actor = TXT(2), .coalition = TXT(3),
			.theatre = TXT(4), .notes = TXT(5), .start = TXT(6), .end = TXT(7),
			.path = TXT(8),
			.documents = (size_t)sqlite3_column_int64(s, 9),
			.quotes = (size_t)sqlite3_column_int64(s, 10),
			.sources = (size_t)sqlite3_column_int64(s, 11),
			.interviews = (size_t)sqlite3_column_int64(s, 12),
			.passages = (size_t)sqlite3_column_int64(s, 13),
			.first = TXT(14), .last = TXT(15),
		};
#undef TXT
		if (!fn(ctx, &c))
			break;
	}
	ct_status st = rc == SQLITE_ROW || rc == SQLITE_DONE ? CT_OK
	                                                     : cti_db_sqlerr(db, "listing cases");
	sqlite3_finalize(s);
	return st;
}
