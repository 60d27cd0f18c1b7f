/* check-quotes.c — a manuscript's quotations against the sources its notes
 * cite (include/casetrace/analyse.h): which quotations carry which note
 * (the stored note markers and quotations), which corpus document the note's
 * citation names (following Ibid. and short forms), and the verdict of
 * check-quotes-match.c on that document's stored text. */
#include "analyse/analyse-private.h"
#include "index/index-private.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MIN_SIMILARITY 0.7

struct ct_quote_checks {
	int64_t doc;
	char *path;
	ct_quote_check *v;      /* the checks */
	size_t n, cap;
	size_t unnoted;         /* quotations in the body without a note */
	char **strs;            /* every string and diff array the checks point to */
	size_t n_strs, cap_strs;
	bool oom;
};

const char *ct_quote_verdict_name(ct_quote_verdict v)
{
	static const char *const names[] = {"verbatim", "altered", "not-found",
	                                    "source-not-in-corpus", "restricted-source"};
	return (unsigned)v < CT_QUOTE_VERDICT_LAST ? names[v] : "?";
}

size_t ct_quote_checks_count(const ct_quote_checks *c)
{
	return c ? c->n : 0;
}

const ct_quote_check *ct_quote_checks_at(const ct_quote_checks *c, size_t i)
{
	return c && i < c->n ? &c->v[i] : NULL;
}

int64_t ct_quote_checks_document(const ct_quote_checks *c, const char **path)
{
	if (path)
		*path = c ? c->path : NULL;
	return c ? c->doc : 0;
}

size_t ct_quote_checks_unnoted(const ct_quote_checks *c)
{
	return c ? c->unnoted : 0;
}

void ct_quote_checks_free(ct_quote_checks *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_strs; i++)
		free(c->strs[i]);
	free(c->strs);
	free(c->v);
	free(c->path);
	free(c);
}

/* Keep p (allocated) in c's arena; returns p, or NULL (and oom) when p is
 * NULL or the arena cannot grow. */
static void *own(struct ct_quote_checks *c, void *p)
{
	if (!p)
		return NULL;
	if (c->n_strs == c->cap_strs) {
		size_t cap = c->cap_strs ? c->cap_strs * 2 : 64;
		char **a = realloc(c->strs, cap * sizeof *a);
		if (!a) {
			free(p);
			c->oom = true;
			return NULL;
		}
		c->strs = a;
		c->cap_strs = cap;
	}
	c->strs[c->n_strs++] = p;
	return p;
}

static const char *keep(struct ct_quote_checks *c, const unsigned char *s)
{
	if (!s)
		return NULL;
	char *d = cti_strdup((const char *)s);
	if (!d)
		c->oom = true;
	return own(c, d);
}

/* ---- what is read from the database -------------------------------------- */

struct cite {
	int note, idx;
	const char *raw, *type, *speaker, *page;  /* kept in the arena */
	int ibid_note, ibid_idx, short_note, short_idx; /* -1 when none */
	int64_t target;
	bool target_restricted;
	const char *target_path, *target_title;
};

struct marker {
	int note;
	size_t start, end;
};

struct quote {
	size_t start, end;
	const char *text;
};

/* A source document read for checking, with its words. */
struct source {
	int64_t id;
	ct_doc_record *rec;
	struct cti_words words;
};

struct run {
	struct ct_db *db;
	struct ct_quote_checks *out;
	const ct_check_quotes_opts *opts;
	const ct_doc_record *ms;         /* the manuscript */
	struct cite *cites;
	size_t n_cites;
	struct marker *markers;
	size_t n_markers;
	size_t (*notes)[2];              /* the notes' text: not the body */
	size_t n_notes;
	struct quote *quotes;
	size_t n_quotes;
	size_t (*skip)[2];               /* the quotations with their marks */
	struct source *sources;
	size_t n_sources;
};

static int opt_int(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
}

static ct_status read_cites(struct run *r)
{
	static const char sql[] =
		"SELECT c.note, c.idx, c.raw, c.type, c.quoted_speaker, c.page, c.ibid_note,"
		" c.ibid_idx, c.short_note, c.short_idx, coalesce(c.target_document, 0),"
		" coalesce(t.restricted, 0), t.path, t.title"
		" FROM citation c LEFT JOIN document t ON t.id = c.target_document"
		" WHERE c.document = ?1 ORDER BY c.note, c.idx";
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(r->db->h, sql, -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(r->db, "reading the manuscript's citations");
	sqlite3_bind_int64(s, 1, r->ms->id);
	size_t cap = 0;
	ct_status st = CT_OK;
	int rc;
	while (st == CT_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (r->n_cites == cap) {
			cap = cap ? cap * 2 : 64;
			struct cite *a = realloc(r->cites, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			r->cites = a;
		}
		struct ct_quote_checks *o = r->out;
		r->cites[r->n_cites++] = (struct cite){
			.note = sqlite3_column_int(s, 0),
			.idx = sqlite3_column_int(s, 1),
			.raw = keep(o, sqlite3_column_text(s, 2)),
			.type = keep(o, sqlite3_column_text(s, 3)),
			.speaker = keep(o, sqlite3_column_text(s, 4)),
			.page = keep(o, sqlite3_column_text(s, 5)),
			.ibid_note = opt_int(s, 6),
			.ibid_idx = opt_int(s, 7),
			.short_note = opt_int(s, 8),
			.short_idx = opt_int(s, 9),
			.target = sqlite3_column_int64(s, 10),
			.target_restricted = sqlite3_column_int(s, 11) != 0,
			.target_path = keep(o, sqlite3_column_text(s, 12)),
			.target_title = keep(o, sqlite3_column_text(s, 13)),
		};
	}
	if (st == CT_OK && rc != SQLITE_DONE)
		st = cti_db_sqlerr(r->db, "reading the manuscript's citations");
	sqlite3_finalize(s);
	return st != CT_OK ? st : r->out->oom ? CT_ENOMEM : CT_OK;
}

static ct_status read_markers_notes(struct run *r)
{
	sqlite3_stmt *s = NULL, *t = NULL;
	if (sqlite3_prepare_v2(r->db->h, "SELECT note, start, \"end\" FROM note_marker"
	                       " WHERE document = ?1 ORDER BY start", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(r->db->h, "SELECT DISTINCT start, \"end\" FROM citation"
	                       " WHERE document = ?1 ORDER BY start", -1, &t, NULL) != SQLITE_OK) {
		sqlite3_finalize(s);
		return cti_db_sqlerr(r->db, "reading the manuscript's note markers");
	}
	sqlite3_bind_int64(s, 1, r->ms->id);
	sqlite3_bind_int64(t, 1, r->ms->id);
	ct_status st = CT_OK;
	size_t cap = 0;
	while (st == CT_OK && sqlite3_step(s) == SQLITE_ROW) {
		if (r->n_markers == cap) {
			cap = cap ? cap * 2 : 64;
			struct marker *a = realloc(r->markers, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			r->markers = a;
		}
		r->markers[r->n_markers++] = (struct marker){
			sqlite3_column_int(s, 0), (size_t)sqlite3_column_int64(s, 1),
			(size_t)sqlite3_column_int64(s, 2)};
	}
	cap = 0;
	while (st == CT_OK && sqlite3_step(t) == SQLITE_ROW) {
		if (r->n_notes == cap) {
			cap = cap ? cap * 2 : 64;
			size_t(*a)[2] = realloc(r->notes, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			r->notes = a;
		}
		r->notes[r->n_notes][0] = (size_t)sqlite3_column_int64(t, 0);
		r->notes[r->n_notes][1] = (size_t)sqlite3_column_int64(t, 1);
		r->n_notes++;
	}
	sqlite3_finalize(s);
	sqlite3_finalize(t);
	return st;
}

/* Byte length of the UTF-8 character that ends at text[end] (exclusive). */
static size_t char_before(const char *text, size_t end)
{
	size_t b = end;
	while (b > 0 && end - b < 4) {
		b--;
		if (((unsigned char)text[b] & 0xc0) != 0x80)
			break;
	}
	return end - b;
}

static size_t char_at(const char *text, size_t len, size_t at)
{
	size_t n = at < len ? cti_utf8_seq((const unsigned char *)text + at, len - at) : 0;
	return n ? n : 1;
}

static ct_status read_quotes(struct run *r)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(r->db->h, "SELECT start, \"end\", text FROM quote"
	                       " WHERE document = ?1 ORDER BY start", -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(r->db, "reading the manuscript's quotations");
	sqlite3_bind_int64(s, 1, r->ms->id);
	ct_status st = CT_OK;
	size_t cap = 0;
	const char *text = r->ms->text;
	size_t len = r->ms->text_len;
	while (st == CT_OK && sqlite3_step(s) == SQLITE_ROW) {
		if (r->n_quotes == cap) {
			cap = cap ? cap * 2 : 64;
			struct quote *a = realloc(r->quotes, cap * sizeof *a);
			size_t(*k)[2] = realloc(r->skip, cap * sizeof *k);
			if (a)
				r->quotes = a;
			if (k)
				r->skip = k;
			if (!a || !k) {
				st = CT_ENOMEM;
				break;
			}
		}
		size_t a = (size_t)sqlite3_column_int64(s, 0), b = (size_t)sqlite3_column_int64(s, 1);
		if (a > b || b > len)
			continue;
		r->quotes[r->n_quotes] = (struct quote){a, b, keep(r->out, sqlite3_column_text(s, 2))};
		r->skip[r->n_quotes][0] = a - char_before(text, a);
		r->skip[r->n_quotes][1] = b + char_at(text, len, b);
		r->n_quotes++;
	}
	sqlite3_finalize(s);
	return st != CT_OK ? st : r->out->oom ? CT_ENOMEM : CT_OK;
}

/* ---- which quotations carry which note ------------------------------------- */

static bool in_notes(const struct run *r, size_t at)
{
	for (size_t i = 0; i < r->n_notes; i++)
		if (at >= r->notes[i][0] && at < r->notes[i][1])
			return true;
	return false;
}

/* Words quoted as words: "the word ‘final’", "the term “drawdown”". */
static bool mention(const char *text, size_t start)
{
	static const char *const lead[] = {"word ", "words ", "term ", "terms ", "phrase ",
	                                   "expression ", "label "};
	size_t open = start - char_before(text, start);
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		size_t l = strlen(lead[i]);
		if (open >= l && !strncasecmp(text + open - l, lead[i], l) &&
		    (open == l || !isalpha((unsigned char)text[open - l - 1])))
			return true;
	}
	return false;
}

/* Whether quotation k ends its sentence: its words end with . ! ? (or an
 * ellipsis) and, after the closing quotation mark and a space, a capital
 * begins the next ("…of Tarvik.” He went on"; not "…coincidental.”15",
 * "“Why?” he asked"). */
static bool quote_ends_sentence(const struct run *r, size_t k)
{
	const char *t = r->ms->text;
	size_t len = r->ms->text_len, b = r->quotes[k].end, p = r->skip[k][1];
	bool stop = b > 0 && (t[b - 1] == '.' || t[b - 1] == '!' || t[b - 1] == '?' ||
	                      (b >= 3 && !memcmp(t + b - 3, "\xe2\x80\xa6", 3)));
	if (!stop || p >= len || (t[p] != ' ' && t[p] != '\n'))
		return false;
	while (p < len && (t[p] == ' ' || t[p] == '\n'))
		p++;
	return p < len && isupper((unsigned char)t[p]);
}

/* Whether text[from, to) is only punctuation and spaces. */
static bool only_punct(const char *t, size_t from, size_t to)
{
	for (size_t p = from; p < to; p++)
		if (!strchr(" .,;:!?", t[p]))
			return false;
	return true;
}

/* The note of quotation k: the first marker after it in its sentence, or
 * one at its very end inside the closing mark ("…again.¹”"; *end then
 * receives where the marker begins, else q->end); -1 when none. */
static int note_of(const struct run *r, size_t k, size_t *end)
{
	const struct quote *q = &r->quotes[k];
	*end = q->end;
	for (size_t i = 0; i < r->n_markers; i++) {
		const struct marker *m = &r->markers[i];
		if (m->start < q->end) {
			if (m->start > q->start && m->end <= q->end &&
			    only_punct(r->ms->text, m->end, q->end)) {
				*end = m->start;
				return m->note;
			}
			continue;
		}
		if (m->start > r->skip[k][1] && quote_ends_sentence(r, k))
			return -1;
		if (cti_sentence_break(r->ms->text, q->end, m->start, (const size_t(*)[2])r->skip,
		                       r->n_quotes))
			return -1;
		return m->note;
	}
	return -1;
}

/* ---- sources ----------------------------------------------------------------- */

static const struct cite *find_cite(const struct run *r, int note, int idx)
{
	for (size_t i = 0; i < r->n_cites; i++)
		if (r->cites[i].note == note && r->cites[i].idx == idx)
			return &r->cites[i];
	return NULL;
}

/* The citation that names c's document: c, or along its Ibid. / short-form
 * chain the first that has a target (else the full citation at its end). */
static const struct cite *resolve_chain(const struct run *r, const struct cite *c)
{
	for (int hops = 0; c && !c->target && hops < 16; hops++) {
		const struct cite *n = NULL;
		if (c->ibid_note >= 0)
			n = find_cite(r, c->ibid_note, c->ibid_idx);
		else if (c->short_note >= 0)
			n = find_cite(r, c->short_note, c->short_idx);
		if (!n)
			break;
		c = n;
	}
	return c;
}

static ct_status get_source(struct run *r, int64_t id, struct source **out)
{
	*out = NULL;
	for (size_t i = 0; i < r->n_sources; i++)
		if (r->sources[i].id == id) {
			*out = &r->sources[i];
			return CT_OK;
		}
	struct source *a = realloc(r->sources, (r->n_sources + 1) * sizeof *a);
	if (!a)
		return CT_ENOMEM;
	r->sources = a;
	struct source *s = &a[r->n_sources];
	memset(s, 0, sizeof *s);
	s->id = id;
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	ct_status st = ct_db_get_document(r->db, ref, &s->rec);
	if (st == CT_OK)
		st = cti_words_read(s->rec->text, 0, s->rec->text_len, &s->words);
	if (st != CT_OK) {
		ct_doc_record_free(s->rec);
		cti_words_free(&s->words);
		return st;
	}
	r->n_sources++;
	*out = s;
	return CT_OK;
}

/* The first word at or after byte at. */
static size_t word_at(const struct cti_words *w, size_t at)
{
	size_t lo = 0, hi = w->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->w[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Where page `page` (its first number) begins in rec, or 0. */
static size_t page_start(const ct_doc_record *rec, const char *page)
{
	if (!page || !isdigit((unsigned char)*page))
		return 0;
	unsigned p = (unsigned)strtoul(page, NULL, 10);
	for (size_t i = 0; i < rec->n_passages; i++)
		if (rec->passages[i].page == p)
			return rec->passages[i].start;
	return 0;
}

static unsigned page_of(const ct_doc_record *rec, size_t at)
{
	unsigned page = 0;
	for (size_t i = 0; i < rec->n_passages && rec->passages[i].start <= at; i++)
		page = rec->passages[i].page;
	return page;
}

/* Whether the source attributes its words at [a, b) to name: the speaker of
 * a stored quotation there; when that is someone else by name ("Haldun
 * Brask", not "the governor"), no, even if name is in the sentence ("Asked
 * about Moorcroft's plan, Brask said: …"); when no stored quotation there
 * names its speaker, the surname in the sentence. */
static ct_status speaker_matches(struct run *r, const struct source *src, size_t a, size_t b,
                                 const char *name, bool *yes)
{
	*yes = false;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(r->db->h, "SELECT speaker FROM quote WHERE document = ?1"
	                       " AND start < ?3 AND \"end\" > ?2 AND speaker IS NOT NULL", -1, &s,
	                       NULL) != SQLITE_OK)
		return cti_db_sqlerr(r->db, "reading the source's quotations");
	sqlite3_bind_int64(s, 1, src->id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)a);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)b);
	bool other = false; /* a stored quotation there names another speaker */
	while (!*yes && sqlite3_step(s) == SQLITE_ROW) {
		const char *sp = (const char *)sqlite3_column_text(s, 0);
		*yes = sp && cti_names_surname(name, sp, 0, strlen(sp));
		if (sp && isupper((unsigned char)sp[0]))
			other = true;
	}
	sqlite3_finalize(s);
	if (!*yes && !other) {
		size_t s0, s1;
		cti_sentence_around(src->rec->text, src->rec->text_len, a, b, &s0, &s1);
		*yes = cti_names_surname(name, src->rec->text, s0, s1);
	}
	return CT_OK;
}

/* The diff of m as parts, kept in the arena. */
static void keep_diff(struct run *r, ct_quote_check *k, const struct cti_match *m,
                      const struct cti_words *q, const char *q_text, const struct source *src)
{
	size_t n = 0;
	for (size_t i = 0; i < m->n_diff; i++)
		if (!i || m->diff[i].op != m->diff[i - 1].op)
			n++;
	ct_diff_part *parts = own(r->out, calloc(n ? n : 1, sizeof *parts));
	if (!parts) {
		r->out->oom = true;
		return;
	}
	struct cti_buf b;
	cti_buf_init(&b);
	size_t p = 0;
	for (size_t i = 0; i < m->n_diff;) {
		ct_diff_op op = m->diff[i].op;
		cti_buf_reset(&b);
		for (size_t first = i; i < m->n_diff && m->diff[i].op == op; i++) {
			const struct cti_words *ws = op == CT_DIFF_DEL ? &src->words : q;
			const char *t = op == CT_DIFF_DEL ? src->rec->text : q_text;
			const struct cti_word *w = &ws->w[m->diff[i].word];
			if (i > first)
				cti_buf_putc(&b, ' ');
			cti_buf_append(&b, t + w->start, w->span_end - w->start);
		}
		parts[p].op = op;
		parts[p].text = keep(r->out, (const unsigned char *)(b.data ? b.data : ""));
		p++;
	}
	if (b.oom)
		r->out->oom = true;
	cti_buf_free(&b);
	k->diff = parts;
	k->n_diff = p;
}

/* Rank of a verdict: lower is better. */
static int rank(const ct_quote_check *k)
{
	static const int order[] = {0, 1, 3, 4, 2};
	return order[k->verdict];
}

/* Check quotation q against citation c (resolved along its chain) into k. */
static ct_status check_one(struct run *r, const struct quote *q, const struct cti_words *qw,
                           const struct cite *c, ct_quote_check *k)
{
	const struct cite *t = resolve_chain(r, c);
	k->citation = c->raw;
	k->citation_type = t->type ? t->type : c->type;
	k->speaker = c->speaker ? c->speaker : t->speaker;
	k->speaker_match = -1;
	const char *page = c->page ? c->page : t->page;
	if (!t->target) {
		k->verdict = CT_QUOTE_SOURCE_NOT_IN_CORPUS;
		return CT_OK;
	}
	k->restricted = t->target_restricted;
	if (t->target_restricted && !r->opts->include_restricted) {
		k->verdict = CT_QUOTE_RESTRICTED_SOURCE;
		k->speaker = NULL; /* said nothing of what the notes hold */
		return CT_OK;
	}
	k->target_doc = t->target;
	k->target_path = t->target_path;
	k->target_title = t->target_title;
	struct source *src = NULL;
	ct_status st = get_source(r, t->target, &src);
	if (st != CT_OK)
		return st;
	size_t from = word_at(&src->words, page_start(src->rec, page));
	struct cti_match m;
	st = cti_match_words(qw, &src->words, from, &m);
	if (st != CT_OK)
		return st;
	double min = r->opts->min_similarity > 0 ? r->opts->min_similarity : MIN_SIMILARITY;
	k->similarity = m.similarity;
	if (m.verbatim)
		k->verdict = CT_QUOTE_VERBATIM;
	else if (m.matched && m.similarity >= min)
		k->verdict = CT_QUOTE_ALTERED;
	else
		k->verdict = CT_QUOTE_NOT_FOUND;
	if (k->verdict != CT_QUOTE_NOT_FOUND) {
		k->found = true;
		k->source_start = src->words.w[m.first].start;
		k->source_end = src->words.w[m.last - 1].end;
		k->source_page = page_of(src->rec, k->source_start);
		if (k->verdict == CT_QUOTE_ALTERED)
			keep_diff(r, k, &m, qw, q->text, src);
		if (k->speaker) {
			bool yes = false;
			st = speaker_matches(r, src, k->source_start, k->source_end, k->speaker, &yes);
			k->speaker_match = yes;
		}
	}
	cti_match_free(&m);
	return st;
}

/* Whether citation c is further reading ("See also …", "Cf. …"). */
static bool further(const struct cite *c)
{
	const char *s = c->raw ? c->raw : "";
	return !strncasecmp(s, "see ", 4) || !strncasecmp(s, "see also", 8) ||
	       !strncasecmp(s, "cf.", 3) || !strncasecmp(s, "compare ", 8);
}

static ct_status check_quote(struct run *r, const struct quote *q, int note)
{
	struct cti_words qw = {0};
	ct_status st = cti_words_read(q->text, 0, strlen(q->text), &qw);
	if (st != CT_OK || !qw.n) {
		cti_words_free(&qw);
		return st;
	}
	struct ct_quote_checks *o = r->out;
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 32;
		ct_quote_check *a = realloc(o->v, cap * sizeof *a);
		if (!a) {
			cti_words_free(&qw);
			return CT_ENOMEM;
		}
		o->v = a;
		o->cap = cap;
	}
	/* the note's citations that are its sources, else all of them */
	bool any_source = false;
	for (size_t i = 0; i < r->n_cites; i++)
		if (r->cites[i].note == note && !further(&r->cites[i]))
			any_source = true;
	ct_quote_check best = {0};
	bool have = false;
	for (size_t i = 0; i < r->n_cites && st == CT_OK; i++) {
		const struct cite *c = &r->cites[i];
		if (c->note != note || (any_source && further(c)))
			continue;
		ct_quote_check k = {.quote = q->text, .start = q->start, .end = q->end, .note = note};
		st = check_one(r, q, &qw, c, &k);
		if (st == CT_OK && (!have || rank(&k) < rank(&best) ||
		                    (rank(&k) == rank(&best) && k.similarity > best.similarity))) {
			best = k;
			have = true;
		}
	}
	cti_words_free(&qw);
	if (st != CT_OK)
		return st;
	if (!have) /* a marker whose note holds no citation */
		best = (ct_quote_check){.quote = q->text, .start = q->start, .end = q->end,
		                        .note = note, .verdict = CT_QUOTE_SOURCE_NOT_IN_CORPUS,
		                        .speaker_match = -1};
	o->v[o->n++] = best;
	return o->oom ? CT_ENOMEM : CT_OK;
}

/* The length of the closing (or opening) double quotation mark at t[i], or
 * 0: " ” » (" “ « „). */
static size_t quote_mark(const char *t, size_t i, size_t end, bool closing)
{
	if (t[i] == '"')
		return 1;
	if (i + 2 <= end && (unsigned char)t[i] == 0xc2)
		return (unsigned char)t[i + 1] == (closing ? 0xbb : 0xab) ? 2 : 0;
	if (i + 3 <= end && !memcmp(t + i, "\xe2\x80", 2))
		return (unsigned char)t[i + 2] == 0x9d ? (closing ? 3 : 0)
		       : (unsigned char)t[i + 2] == 0x9c || (unsigned char)t[i + 2] == 0x9e
		           ? (closing ? 0 : 3) : 0;
	return 0;
}

/* Check quotation q, or when the extractor joined the parts of a quotation
 * interrupted by its attribution (“A,” he said, “B.”: stored as "A, B"),
 * each part on its own, all with note. */
static ct_status check_parts(struct run *r, const struct quote *q, size_t end, int note)
{
	const char *t = r->ms->text;
	size_t n = q->end - q->start;
	if (strlen(q->text) == n && !memcmp(q->text, t + q->start, n)) {
		if (end == q->end)
			return check_quote(r, q, note);
		/* without the note marker inside its closing mark */
		struct quote part = {q->start, end, own(r->out, cti_strndup(t + q->start,
		                                                            end - q->start))};
		return part.text ? check_quote(r, &part, note) : CT_ENOMEM;
	}
	q = &(struct quote){q->start, end, q->text};
	ct_status st = CT_OK;
	for (size_t a = q->start; st == CT_OK && a < q->end;) {
		size_t b = a, close = 0;
		while (b < q->end && !(close = quote_mark(t, b, q->end, true)))
			b++;
		struct quote part = {a, b, own(r->out, cti_strndup(t + a, b - a))};
		if (!part.text)
			return CT_ENOMEM;
		st = check_quote(r, &part, note);
		size_t c = b + close, open = 0;
		while (c < q->end && !(open = quote_mark(t, c, q->end, false)))
			c++;
		a = c + open;
	}
	return st;
}

ct_status ct_db_check_quotes(ct_db *db, const char *ref, const ct_check_quotes_opts *opts,
                             ct_quote_checks **out)
{
	*out = NULL;
	static const ct_check_quotes_opts defaults = {0};
	struct run r = {.db = db, .opts = opts ? opts : &defaults};
	ct_doc_record *ms = NULL;
	ct_status st = ct_db_get_document(db, ref, &ms);
	if (st != CT_OK)
		return st;
	if (ms->restricted && !r.opts->include_restricted) {
		st = cti_db_error(db, CT_EINVAL, "document %lld is restricted; add "
		                  "--include-restricted", (long long)ms->id);
		ct_doc_record_free(ms);
		return st;
	}
	r.ms = ms;
	r.out = calloc(1, sizeof *r.out);
	if (!r.out) {
		ct_doc_record_free(ms);
		return CT_ENOMEM;
	}
	r.out->doc = ms->id;
	r.out->path = cti_strdup(ms->path);
	st = read_cites(&r);
	if (st == CT_OK)
		st = read_markers_notes(&r);
	if (st == CT_OK)
		st = read_quotes(&r);
	for (size_t i = 0; i < r.n_quotes && st == CT_OK; i++) {
		const struct quote *q = &r.quotes[i];
		if (!q->text || in_notes(&r, q->start) || mention(ms->text, q->start))
			continue;
		size_t end;
		int note = note_of(&r, i, &end);
		if (note < 0)
			r.out->unnoted++;
		else
			st = check_parts(&r, q, end, note);
	}
	for (size_t i = 0; i < r.n_sources; i++) {
		ct_doc_record_free(r.sources[i].rec);
		cti_words_free(&r.sources[i].words);
	}
	free(r.sources);
	free(r.cites);
	free(r.markers);
	free(r.notes);
	free(r.quotes);
	free(r.skip);
	ct_doc_record_free(ms);
	if (st == CT_OK && (r.out->oom || !r.out->path))
		st = CT_ENOMEM;
	if (st != CT_OK) {
		ct_quote_checks_free(r.out);
		return st;
	}
	*out = r.out;
	return CT_OK;
}
