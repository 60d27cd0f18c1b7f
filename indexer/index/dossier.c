/* dossier.c — everything the corpus holds about one case, gathered from the
 * case links: a timeline, who said what, the sources, and coverage. The
 * present module writes it as Markdown, HTML or JSON. */
#include "index/index-private.h"
#include "link/link-private.h"

#include <casetrace/extract.h>
#include <casetrace/link.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dossier {
	ct_dossier pub;              /* first: ct_dossier_free casts back */
	struct cti_strs pool;        /* every string the dossier hands out */
	ct_dossier_event *ev;
	size_t n_ev, cap_ev;
	ct_dossier_quote *q;
	char **q_speaker;            /* per quote, for grouping */
	size_t n_q, cap_q;
	ct_dossier_speaker *sp;
	ct_dossier_source *src;
	size_t n_src, cap_src;
	ct_dossier_document *docs;
	size_t n_docs, cap_docs;
	ct_dossier_count *months, *outlets;
	const char **gaps;
	bool oom;
};

static const char *keep(struct dossier *d, const char *s)
{
	if (!s)
		return NULL;
	if (!cti_strs_add(&d->pool, s, strlen(s))) {
		d->oom = true;
		return NULL;
	}
	return d->pool.v[d->pool.n - 1];
}

static const char *keepn(struct dossier *d, const char *s, size_t n)
{
	if (!s)
		return NULL;
	if (!cti_strs_add(&d->pool, s, n)) {
		d->oom = true;
		return NULL;
	}
	return d->pool.v[d->pool.n - 1];
}

#define GROW(d, arr, n, cap)                                                   \
	((n) < (cap) || grow((void **)&(arr), &(cap), sizeof *(arr)) ||          \
	 ((d)->oom = true, false))

static bool grow(void **arr, size_t *cap, size_t size)
{
	size_t c = *cap ? *cap * 2 : 32;
	void *a = realloc(*arr, c * size);
	if (!a)
		return false;
	*arr = a;
	*cap = c;
	return true;
}

void ct_dossier_free(ct_dossier *pub)
{
	if (!pub)
		return;
	struct dossier *d = (struct dossier *)pub;
	cti_strs_free(&d->pool);
	free(d->ev);
	free(d->q);
	free(d->q_speaker);
	free(d->sp);
	free(d->src);
	free(d->docs);
	free(d->months);
	free(d->outlets);
	free(d->gaps);
	free(d);
}

struct info_ctx {
	struct dossier *d;
	const char *slug;
	bool found;
};

static bool take_info(void *ctx, const ct_case_info *c)
{
	struct info_ctx *x = ctx;
	if (strcmp(c->slug, x->slug))
		return true;
	struct dossier *d = x->d;
	ct_case_info *i = &d->pub.info;
	*i = *c;
	i->slug = keep(d, c->slug);
	i->title = keep(d, c->title);
	i->actor = keep(d, c->actor);
	i->coalition = keep(d, c->coalition);
	i->theatre = keep(d, c->theatre);
	i->notes = keep(d, c->notes);
	i->start = keep(d, c->start);
	i->end = keep(d, c->end);
	i->path = keep(d, c->path);
	i->first = keep(d, c->first);
	i->last = keep(d, c->last);
	x->found = true;
	return false;
}

static bool in_window(const char *date, const char *from, const char *to)
{
	if (!from[0] && !to[0])
		return true;
	if (!date)
		return false;
	size_t n = strlen(date) < 10 ? strlen(date) : 10;
	if (from[0] && strncmp(date, from, n) < 0)
		return false;
	if (to[0] && strncmp(date, to, n) > 0)
		return false;
	return true;
}

#define COL(s, i) ((const char *)sqlite3_column_text(s, i))

static int cmp_event(const void *a, const void *b)
{
	const ct_dossier_event *x = a, *y = b;
	int c = strcmp(x->date, y->date);
	if (c)
		return c;
	/* a publication before what it reports, then by document */
	static const char order[] = "dpq";
	c = (int)(strchr(order, x->kind[0]) - order) - (int)(strchr(order, y->kind[0]) - order);
	if (c)
		return c;
	return (x->doc > y->doc) - (x->doc < y->doc);
}

/* Sorting keeps the gathered order among equals (a document's quotations in
 * the order they stand in it). */
struct seq_event {
	ct_dossier_event e;
	size_t seq;
};

static int cmp_seq_event(const void *a, const void *b)
{
	const struct seq_event *x = a, *y = b;
	int c = cmp_event(&x->e, &y->e);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

static bool sort_events(struct dossier *d)
{
	struct seq_event *t = malloc(d->n_ev * sizeof *t);
	if (!t)
		return false;
	for (size_t i = 0; i < d->n_ev; i++)
		t[i] = (struct seq_event){d->ev[i], i};
	qsort(t, d->n_ev, sizeof *t, cmp_seq_event);
	/* one sentence with two words for the same day ("yesterday ... on
	 * Sunday night") is one event */
	size_t k = 0;
	for (size_t i = 0; i < d->n_ev; i++) {
		bool dup = false;
		for (size_t j = k; j-- > 0 && !dup;) {
			const ct_dossier_event *p = &d->ev[j];
			if (p->doc != t[i].e.doc || strcmp(p->date, t[i].e.date) ||
			    strcmp(p->kind, t[i].e.kind))
				break;
			dup = p->text && t[i].e.text && !strcmp(p->text, t[i].e.text);
		}
		if (!dup)
			d->ev[k++] = t[i].e;
	}
	d->n_ev = k;
	free(t);
	return true;
}

static ct_status gather_documents(struct ct_db *db, struct dossier *d, int64_t case_id,
                                  const ct_dossier_opts *o, const char *from, const char *to)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "SELECT d.id, d.path, d.kind, d.title, d.outlet, d.published,"
	                       " k.score, k.reason, d.restricted FROM case_link k"
	                       " JOIN document d ON d.id = k.object_id WHERE k.case_id = ?1"
	                       " AND k.object_kind = 'document' AND (?2 OR NOT d.restricted)"
	                       " ORDER BY d.published IS NULL, d.published, d.id",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "gathering the case's documents");
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int(s, 2, o->include_restricted);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && !d->oom) {
		const char *date = COL(s, 5);
		if (!in_window(date, from, to))
			continue;
		if (!GROW(d, d->docs, d->n_docs, d->cap_docs))
			break;
		ct_dossier_document *x = &d->docs[d->n_docs++];
		*x = (ct_dossier_document){
			.doc = sqlite3_column_int64(s, 0), .path = keep(d, COL(s, 1)),
			.kind = keep(d, COL(s, 2)), .title = keep(d, COL(s, 3)),
			.outlet = keep(d, COL(s, 4)), .date = keep(d, date),
			.score = sqlite3_column_double(s, 6), .reason = keep(d, COL(s, 7)),
			.restricted = sqlite3_column_int(s, 8) != 0,
		};
		if (date && GROW(d, d->ev, d->n_ev, d->cap_ev))
			d->ev[d->n_ev++] = (ct_dossier_event){
				.date = x->date, .kind = "document", .doc = x->doc, .path = x->path,
				.title = x->title, .outlet = x->outlet, .doc_kind = x->kind,
				.text = x->title ? x->title : x->path, .score = x->score,
				.restricted = x->restricted,
			};
	}
	ct_status st = rc == SQLITE_DONE || rc == SQLITE_ROW ? CT_OK
	               : cti_db_sqlerr(db, "gathering the case's documents");
	sqlite3_finalize(s);
	return st;
}

static bool sentence_end(const char *t, size_t i, size_t len)
{
	return (t[i] == '.' || t[i] == '?' || t[i] == '!') && i + 1 < len &&
	       (t[i + 1] == ' ' || t[i + 1] == '\n') && i > 0 && t[i - 1] != ' ' &&
	       /* "Gen. Blaine", "Sept. 3": a capital or digit-less short word
	        * before the point is an abbreviation, not an end */
	       !(i >= 2 && (t[i - 2] == ' ' || i == 2)) &&
	       !(i >= 3 && t[i - 3] == ' ' && t[i - 2] >= 'A' && t[i - 2] <= 'Z');
}

/* The sentence around [ms, me) in text, cut at a character boundary to at
 * most max bytes: *start and *n. */
static void sentence(const char *t, size_t len, size_t ms, size_t me, size_t max,
                     size_t *start, size_t *n)
{
	size_t a = ms, z = me;
	while (a > 0 && t[a - 1] != '\n' && !sentence_end(t, a - 1, len))
		a--;
	while (a < ms && (t[a] == ' ' || t[a] == '\n'))
		a++;
	while (z < len && t[z] != '\n' && !sentence_end(t, z, len))
		z++;
	if (z < len && t[z] != '\n')
		z++; /* the point */
	if (z - a > max) { /* keep the date in view */
		size_t half = max / 2;
		if (ms - a > half)
			a = ms > half ? ms - half : 0;
		if (z - a > max)
			z = a + max;
	}
	while (a < z && ((unsigned char)t[a] & 0xC0) == 0x80)
		a++;
	while (z > a && z < len && ((unsigned char)t[z] & 0xC0) == 0x80)
		z--;
	*start = a;
	*n = z - a;
}

/* Passages with a date written in them (other than the publication date). */
static ct_status gather_passages(struct ct_db *db, struct dossier *d, int64_t case_id,
                                 const ct_dossier_opts *o, const char *from, const char *to)
{
	ct_date_finder *df = NULL;
	ct_status st = ct_date_finder_new(&df);
	if (st != CT_OK)
		return cti_db_error(db, st, "preparing the date finder");
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "SELECT d.id, d.path, d.kind, d.title, d.outlet, d.published,"
	                       " k.score, d.restricted, p.text FROM case_link k"
	                       " JOIN passage p ON p.id = k.object_id"
	                       " JOIN document d ON d.id = p.document WHERE k.case_id = ?1"
	                       " AND k.object_kind = 'passage' AND (?2 OR NOT d.restricted)"
	                       /* notes are sources, not events */
	                       " AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.document ="
	                       "  p.document AND c.start < p.\"end\" AND c.\"end\" > p.start)"
	                       " ORDER BY d.id, p.ordinal", -1, &s, NULL) != SQLITE_OK) {
		ct_date_finder_free(df);
		return cti_db_sqlerr(db, "gathering the case's passages");
	}
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int(s, 2, o->include_restricted);
	size_t max = o->max_text ? o->max_text : 400;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && !d->oom) {
		const char *text = COL(s, 8);
		size_t len = (size_t)sqlite3_column_bytes(s, 8);
		const char *pub = COL(s, 5);
		ct_dates *dates = NULL;
		if (!text || ct_find_dates(df, text, len, pub, &dates) != CT_OK)
			continue;
		for (size_t i = 0; i < ct_dates_count(dates); i++) {
			const ct_date_mention *m = ct_dates_at(dates, i);
			/* a month alone without its year ("in April") is too often the
			 * next April rather than the last one to order events by */
			if (!m->month || (!m->day && strcmp(m->form, "month-year")))
				continue;
			char iso[11];
			if (m->day)
				snprintf(iso, sizeof iso, "%04d-%02d-%02d", m->year, m->month, m->day);
			else
				snprintf(iso, sizeof iso, "%04d-%02d", m->year, m->month);
			if ((pub && !strcmp(iso, pub)) || !in_window(iso, from, to))
				continue; /* the publication is its own event */
			if (!GROW(d, d->ev, d->n_ev, d->cap_ev))
				break;
			size_t a, n;
			sentence(text, len, m->start, m->end, max, &a, &n);
			d->ev[d->n_ev++] = (ct_dossier_event){
				.date = keep(d, iso), .kind = "passage",
				.doc = sqlite3_column_int64(s, 0), .path = keep(d, COL(s, 1)),
				.doc_kind = keep(d, COL(s, 2)), .title = keep(d, COL(s, 3)),
				.outlet = keep(d, COL(s, 4)), .text = keepn(d, text + a, n),
				.written = keepn(d, text + m->start, m->end - m->start),
				.score = sqlite3_column_double(s, 6),
				.restricted = sqlite3_column_int(s, 7) != 0,
			};
		}
		ct_dates_free(dates);
	}
	st = rc == SQLITE_DONE || rc == SQLITE_ROW ? CT_OK
	     : cti_db_sqlerr(db, "gathering the case's passages");
	sqlite3_finalize(s);
	ct_date_finder_free(df);
	return st;
}

static ct_status gather_quotes(struct ct_db *db, struct dossier *d, int64_t case_id,
                               const ct_dossier_opts *o, const char *from, const char *to)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "SELECT d.id, d.path, d.kind, d.title, d.outlet, d.published,"
	                       " k.score, d.restricted, q.text, q.speaker, q.speaker_role, q.cue,"
	                       " q.kind, q.outlet FROM case_link k JOIN quote q ON q.id = k.object_id"
	                       " JOIN document d ON d.id = q.document WHERE k.case_id = ?1"
	                       " AND k.object_kind = 'quote' AND (?2 OR NOT d.restricted)"
	                       " ORDER BY d.published IS NULL, d.published, d.id, q.start",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "gathering the case's quotations");
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int(s, 2, o->include_restricted);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && !d->oom) {
		const char *date = COL(s, 5);
		if (!in_window(date, from, to))
			continue;
		if (!GROW(d, d->q, d->n_q, d->cap_q))
			break;
		char **sp = realloc(d->q_speaker, d->cap_q * sizeof *sp);
		if (!sp) {
			d->oom = true;
			break;
		}
		d->q_speaker = sp;
		ct_dossier_quote *x = &d->q[d->n_q];
		*x = (ct_dossier_quote){
			.doc = sqlite3_column_int64(s, 0), .path = keep(d, COL(s, 1)),
			.outlet = keep(d, COL(s, 4)), .date = keep(d, date), .text = keep(d, COL(s, 8)),
			.role = keep(d, COL(s, 10)), .cue = keep(d, COL(s, 11)),
			.kind = keep(d, COL(s, 12)), .carrier = keep(d, COL(s, 13)),
			.restricted = sqlite3_column_int(s, 7) != 0,
		};
		d->q_speaker[d->n_q] = (char *)keep(d, COL(s, 9));
		if (date && GROW(d, d->ev, d->n_ev, d->cap_ev))
			d->ev[d->n_ev++] = (ct_dossier_event){
				.date = x->date, .kind = "quote", .doc = x->doc, .path = x->path,
				.title = keep(d, COL(s, 3)), .outlet = x->outlet,
				.doc_kind = keep(d, COL(s, 2)), .text = x->text,
				.speaker = d->q_speaker[d->n_q], .score = sqlite3_column_double(s, 6),
				.restricted = x->restricted,
			};
		d->n_q++;
	}
	ct_status st = rc == SQLITE_DONE || rc == SQLITE_ROW ? CT_OK
	               : cti_db_sqlerr(db, "gathering the case's quotations");
	sqlite3_finalize(s);
	return st;
}

/* Group the quotations by speaker (unattributed ones last), most quoted
 * first; a speaker's quotations keep their date order. */
static bool group_speakers(struct dossier *d)
{
	size_t *order = malloc((d->n_q ? d->n_q : 1) * sizeof *order);
	ct_dossier_quote *sorted = malloc((d->n_q ? d->n_q : 1) * sizeof *sorted);
	d->sp = calloc(d->n_q ? d->n_q : 1, sizeof *d->sp);
	size_t *count = calloc(d->n_q ? d->n_q : 1, sizeof *count);
	const char **names = calloc(d->n_q ? d->n_q : 1, sizeof *names);
	if (!order || !sorted || !d->sp || !count || !names) {
		free(order);
		free(sorted);
		free(count);
		free(names);
		return false;
	}
	size_t n_names = 0;
	for (size_t i = 0; i < d->n_q; i++) {
		const char *n = d->q_speaker[i];
		size_t k = 0;
		while (k < n_names && !(n ? names[k] && !strcasecmp(names[k], n) : !names[k]))
			k++;
		if (k == n_names)
			names[n_names++] = n;
		count[k]++;
		order[i] = k;
	}
	/* speakers: most quotations first, unattributed last, then by name */
	size_t *rank = malloc((n_names ? n_names : 1) * sizeof *rank);
	if (!rank) {
		free(order);
		free(sorted);
		free(count);
		free(names);
		return false;
	}
	for (size_t i = 0; i < n_names; i++)
		rank[i] = i;
	for (size_t a = 1; a < n_names; a++)
		for (size_t b = a; b > 0; b--) {
			size_t x = rank[b - 1], y = rank[b];
			bool swap = !names[x] && names[y];
			if (names[x] && names[y])
				swap = count[y] > count[x] ||
				       (count[y] == count[x] && strcasecmp(names[y], names[x]) < 0);
			if (!swap)
				break;
			rank[b - 1] = y;
			rank[b] = x;
		}
	size_t at = 0;
	for (size_t r = 0; r < n_names; r++) {
		size_t k = rank[r];
		ct_dossier_speaker *s = &d->sp[r];
		s->speaker = names[k] ? names[k] : "(unattributed)";
		s->quotes = sorted + at;
		for (size_t i = 0; i < d->n_q; i++)
			if (order[i] == k)
				sorted[at++] = d->q[i];
		s->n_quotes = (size_t)(sorted + at - s->quotes);
	}
	free(d->q);
	d->q = sorted;
	/* the speakers point into sorted, which now is d->q */
	d->pub.speakers = d->sp;
	d->pub.n_speakers = n_names;
	free(order);
	free(count);
	free(names);
	free(rank);
	return true;
}

static ct_status gather_sources(struct ct_db *db, struct dossier *d, int64_t case_id,
                                const ct_dossier_opts *o)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "SELECT c.document, d.path, c.note, c.idx, c.raw, c.type, c.title,"
	                       " c.target_document, t.path, c.link_score, d.restricted,"
	                       " coalesce(t.restricted, 0) FROM case_link k"
	                       " JOIN citation c ON c.id = k.object_id"
	                       " JOIN document d ON d.id = c.document"
	                       " LEFT JOIN document t ON t.id = c.target_document"
	                       " WHERE k.case_id = ?1 AND k.object_kind = 'citation'"
	                       " AND (?2 OR NOT d.restricted)"
	                       " ORDER BY d.path, c.document, c.note, c.idx",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "gathering the case's sources");
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int(s, 2, o->include_restricted);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && !d->oom) {
		if (!GROW(d, d->src, d->n_src, d->cap_src))
			break;
		bool target_restricted = sqlite3_column_int(s, 11) != 0;
		/* a link to interview notes is withheld unless asked for: the
		 * citation stands, where it leads does not */
		bool show_target = !target_restricted || o->include_restricted;
		d->src[d->n_src++] = (ct_dossier_source){
			.doc = sqlite3_column_int64(s, 0), .path = keep(d, COL(s, 1)),
			.note = sqlite3_column_int(s, 2), .index = sqlite3_column_int(s, 3),
			.raw = keep(d, COL(s, 4)), .type = keep(d, COL(s, 5)),
			.title = keep(d, COL(s, 6)),
			.target = show_target ? sqlite3_column_int64(s, 7) : 0,
			.target_path = show_target ? keep(d, COL(s, 8)) : NULL,
			.link_score = show_target ? sqlite3_column_double(s, 9) : 0,
			.restricted = sqlite3_column_int(s, 10) != 0 ||
			              (target_restricted && o->include_restricted),
		};
	}
	ct_status st = rc == SQLITE_DONE || rc == SQLITE_ROW ? CT_OK
	               : cti_db_sqlerr(db, "gathering the case's sources");
	sqlite3_finalize(s);
	return st;
}

/* Months of the period (or of the documents, where the period is open)
 * with the documents published in each; outlets by count. */
static bool coverage(struct dossier *d, const char *from, const char *to)
{
	const ct_case_info *i = &d->pub.info;
	char first[8] = "", last[8] = "";
	const char *a = from[0] ? from : i->start, *b = to[0] ? to : i->end;
	if (!a && d->n_docs && d->docs[0].date)
		a = d->docs[0].date;
	for (size_t k = d->n_docs; !b && k > 0; k--)
		b = d->docs[k - 1].date;
	if (a && strlen(a) >= 7)
		memcpy(first, a, 7);
	if (b && strlen(b) >= 7)
		memcpy(last, b, 7);
	size_t n_months = 0;
	if (first[0] && last[0] && strcmp(first, last) <= 0) {
		int y0 = atoi(first), m0 = atoi(first + 5), y1 = atoi(last), m1 = atoi(last + 5);
		long n = (long)(y1 - y0) * 12 + (m1 - m0) + 1;
		if (n > 0 && n <= 1200)
			n_months = (size_t)n;
	}
	d->months = calloc(n_months ? n_months : 1, sizeof *d->months);
	d->gaps = calloc(n_months ? n_months : 1, sizeof *d->gaps);
	d->outlets = calloc(d->n_docs ? d->n_docs : 1, sizeof *d->outlets);
	if (!d->months || !d->gaps || !d->outlets)
		return false;
	int y = first[0] ? atoi(first) : 0, m = first[0] ? atoi(first + 5) : 0;
	for (size_t k = 0; k < n_months; k++) {
		char ym[8];
		snprintf(ym, sizeof ym, "%04d-%02d", y, m);
		d->months[k].key = keep(d, ym);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	size_t n_out = 0;
	for (size_t k = 0; k < d->n_docs; k++) {
		const ct_dossier_document *x = &d->docs[k];
		if (x->restricted)
			continue; /* interviews are not coverage by outlets */
		for (size_t j = 0; x->date && j < n_months; j++)
			if (!strncmp(x->date, d->months[j].key, 7))
				d->months[j].count++;
		if (!x->outlet)
			continue;
		size_t j = 0;
		while (j < n_out && strcmp(d->outlets[j].key, x->outlet))
			j++;
		if (j == n_out)
			d->outlets[n_out++] = (ct_dossier_count){x->outlet, 0};
		d->outlets[j].count++;
	}
	for (size_t a1 = 1; a1 < n_out; a1++)
		for (size_t b1 = a1; b1 > 0 && (d->outlets[b1].count > d->outlets[b1 - 1].count ||
		                                (d->outlets[b1].count == d->outlets[b1 - 1].count &&
		                                 strcmp(d->outlets[b1].key, d->outlets[b1 - 1].key) < 0));
		     b1--) {
			ct_dossier_count t = d->outlets[b1];
			d->outlets[b1] = d->outlets[b1 - 1];
			d->outlets[b1 - 1] = t;
		}
	size_t n_gaps = 0;
	for (size_t k = 0; k < n_months; k++)
		if (!d->months[k].count)
			d->gaps[n_gaps++] = d->months[k].key;
	d->pub.months = d->months;
	d->pub.n_months = n_months;
	d->pub.gaps = d->gaps;
	d->pub.n_gaps = n_gaps;
	d->pub.outlets = d->outlets;
	d->pub.n_outlets = n_out;
	return !d->oom;
}

static ct_status window_date(struct ct_db *db, const char *s, bool end, char out[11])
{
	out[0] = '\0';
	if (!s)
		return CT_OK;
	if (ct_date_normalize(s, strlen(s), out) != CT_OK)
		return cti_db_error(db, CT_EINVAL, "--%s date '%s' is not a date casetrace reads",
		                    end ? "to" : "from", s);
	if (strlen(out) == 4)
		memcpy(out + 4, end ? "-12-31" : "-01-01", 7);
	else if (strlen(out) == 7)
		memcpy(out + 7, end ? "-31" : "-01", 4);
	return CT_OK;
}

ct_status ct_db_case_dossier(ct_db *db, const char *slug, const ct_dossier_opts *opts,
                             ct_dossier **out)
{
	*out = NULL;
	ct_dossier_opts o = {0};
	if (opts)
		o = *opts;
	char from[11], to[11];
	ct_status st = window_date(db, o.from, false, from);
	if (st == CT_OK)
		st = window_date(db, o.to, true, to);
	if (st != CT_OK)
		return st;
	struct dossier *d = calloc(1, sizeof *d);
	if (!d)
		return CT_ENOMEM;
	struct info_ctx ic = {d, slug, false};
	st = ct_db_list_cases(db, o.include_restricted, take_info, &ic);
	if (st == CT_OK && !ic.found)
		st = cti_db_error(db, CT_ENOTFOUND, "no case '%s' (casetrace cases lists them; "
		                  "casetrace cases load FILE adds one)", slug);
	int64_t case_id = 0;
	if (st == CT_OK) {
		sqlite3_stmt *s = NULL;
		if (sqlite3_prepare_v2(db->h, "SELECT id FROM case_def WHERE slug = ?1", -1, &s,
		                       NULL) == SQLITE_OK) {
			sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
			if (sqlite3_step(s) == SQLITE_ROW)
				case_id = sqlite3_column_int64(s, 0);
		}
		sqlite3_finalize(s);
	}
	if (st == CT_OK)
		st = gather_documents(db, d, case_id, &o, from, to);
	if (st == CT_OK)
		st = gather_passages(db, d, case_id, &o, from, to);
	if (st == CT_OK)
		st = gather_quotes(db, d, case_id, &o, from, to);
	if (st == CT_OK)
		st = gather_sources(db, d, case_id, &o);
	if (st == CT_OK && !d->oom && d->n_ev && !sort_events(d))
		d->oom = true;
	if (st == CT_OK && !d->oom && (!group_speakers(d) || !coverage(d, from, to)))
		d->oom = true;
	if (st == CT_OK && d->oom)
		st = cti_db_error(db, CT_ENOMEM, "out of memory gathering the dossier");
	if (st != CT_OK) {
		ct_dossier_free(&d->pub);
		return st;
	}
	d->pub.events = d->ev;
	d->pub.n_events = d->n_ev;
	d->pub.sources = d->src;
	d->pub.n_sources = d->n_src;
	d->pub.documents = d->docs;
	d->pub.n_documents = d->n_docs;
	d->pub.from = from[0] ? keep(d, from) : NULL;
	d->pub.to = to[0] ? keep(d, to) : NULL;
	*out = &d->pub;
	return CT_OK;
}
