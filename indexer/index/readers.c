/* readers.c — reading, hashing, repairing, parsing and segmenting files on
 * reader threads while the caller's thread writes to SQLite. Results come
 * back in file order; diagnostics are held and replayed on the caller's
 * thread, in order, so callbacks never run concurrently. */
#include "index/readers.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct held_diag {
	ct_diag d;      /* strings below are owned copies */
	char *path, *message;
};

struct slot {
	bool ready;
	struct cti_read r;
	struct held_diag *diags;
	size_t n_diags, cap_diags;
};

struct cti_readers {
	pthread_mutex_t mu;
	pthread_cond_t ready;   /* a slot became ready */
	pthread_cond_t space;   /* a slot was consumed */
	const ct_file *files;
	size_t n_files;
	const ct_load_opts *load;
	const ct_rules *rules;   /* quotation rules, or NULL */
	size_t next;            /* next file to claim */
	size_t consumed;        /* files handed to the caller */
	size_t q;               /* slots */
	struct slot *slots;
	bool stop;
	int n_threads;
	pthread_t threads[CTI_READERS_MAX];
	struct slot inline_slot; /* jobs == 0: read on the caller's thread */
};

static void hold(void *ctx, const ct_diag *d)
{
	struct slot *s = ctx;
	if (s->n_diags == s->cap_diags) {
		size_t cap = s->cap_diags ? s->cap_diags * 2 : 4;
		struct held_diag *a = realloc(s->diags, cap * sizeof *a);
		if (!a)
			return; /* a diagnostic lost to OOM; the status still tells */
		s->diags = a;
		s->cap_diags = cap;
	}
	struct held_diag *h = &s->diags[s->n_diags++];
	h->d = *d;
	h->path = cti_strdup(d->path);
	h->message = cti_strdup(d->message);
	h->d.path = h->path;
	h->d.message = h->message ? h->message : ct_strerror(d->status);
}

static ct_status page_starts(const ct_document *doc, size_t **out, size_t *n);

static void read_one(const ct_file *f, const ct_load_opts *load, const ct_rules *rules,
                     struct slot *s)
{
	memset(&s->r, 0, sizeof s->r);
	s->r.status = ct_source_load(f->path, load, hold, s, &s->r.src);
	if (s->r.status != CT_OK)
		return;
	size_t n = ct_source_count(s->r.src);
	s->r.segs = calloc(n, sizeof *s->r.segs);
	if (!s->r.segs) {
		ct_source_free(s->r.src);
		s->r.src = NULL;
		s->r.status = CT_ENOMEM;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const ct_document *doc = ct_source_document(s->r.src, i);
		struct cti_segs *g = &s->r.segs[i];
		g->status = ct_segment_document(doc, &g->p, &g->n);
		size_t len = 0;
		const char *text = ct_document_text(doc, &len);
		if (g->status == CT_OK && rules)
			g->status = ct_extract_quotes(rules, text, len, ct_document_meta(doc, "lang"),
			                              g->p, g->n, &g->quotes);
		size_t *pages = NULL, np = 0;
		if (g->status == CT_OK)
			g->status = page_starts(doc, &pages, &np);
		if (g->status == CT_OK)
			g->status = cti_read_cites(pages, np, text, len, g);
		free(pages);
	}
}

/* Where the pages of a document with pages (PDF) begin; *n 0 if none. */
static ct_status page_starts(const ct_document *doc, size_t **out, size_t *n)
{
	size_t nm = 0, np = 0;
	const ct_mark *m = ct_document_marks(doc, &nm);
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < nm; i++)
		np += m[i].kind == CT_MARK_PAGE;
	if (!np)
		return CT_OK;
	if (!(*out = malloc(np * sizeof **out)))
		return CT_ENOMEM;
	for (size_t i = 0; i < nm; i++)
		if (m[i].kind == CT_MARK_PAGE)
			(*out)[(*n)++] = m[i].offset;
	return CT_OK;
}

ct_status cti_read_cites(const size_t *pages, size_t n_pages, const char *text, size_t len,
                         struct cti_segs *g)
{
	ct_note **notes = &g->notes;
	size_t *n = &g->n_notes;
	ct_cites **cites = &g->cites;
	*cites = NULL;
	g->markers = NULL;
	g->n_markers = 0;
	ct_status st = ct_find_notes(text, len, notes, n);
	if (st == CT_OK && *n == 0 && n_pages) {
		/* footnotes at the bottoms of pages */
		ct_free(*notes);
		*notes = NULL;
		st = ct_find_page_notes(text, len, pages, n_pages, notes, n);
	}
	if (st != CT_OK || *n == 0)
		return st;
	st = ct_find_note_markers(text, len, *notes, *n, &g->markers, &g->n_markers);
	if (st != CT_OK)
		return st;
	const char **strs = malloc(*n * sizeof *strs);
	int *nums = malloc(*n * sizeof *nums);
	char **copies = calloc(*n, sizeof *copies);
	if (!strs || !nums || !copies)
		st = CT_ENOMEM;
	for (size_t i = 0; i < *n && st == CT_OK; i++) {
		copies[i] = cti_strndup(text + (*notes)[i].start, (*notes)[i].end - (*notes)[i].start);
		if (!copies[i])
			st = CT_ENOMEM;
		strs[i] = copies[i];
		nums[i] = (*notes)[i].number;
	}
	if (st == CT_OK)
		st = ct_cites_parse(strs, nums, *n, cites);
	for (size_t i = 0; copies && i < *n; i++)
		free(copies[i]);
	free(copies);
	free(strs);
	free(nums);
	return st;
}

static void *reader_main(void *arg)
{
	struct cti_readers *rd = arg;
	pthread_mutex_lock(&rd->mu);
	for (;;) {
		if (rd->stop || rd->next >= rd->n_files)
			break;
		if (rd->next >= rd->consumed + rd->q) {
			pthread_cond_wait(&rd->space, &rd->mu);
			continue;
		}
		size_t i = rd->next++;
		struct slot *s = &rd->slots[i % rd->q];
		pthread_mutex_unlock(&rd->mu);
		read_one(&rd->files[i], rd->load, rd->rules, s);
		pthread_mutex_lock(&rd->mu);
		s->ready = true;
		pthread_cond_broadcast(&rd->ready);
	}
	pthread_mutex_unlock(&rd->mu);
	return NULL;
}

ct_status cti_readers_start(const ct_file *files, size_t n, const ct_load_opts *load,
                            const ct_rules *rules, int jobs, struct cti_readers **out)
{
	*out = NULL;
	struct cti_readers *rd = calloc(1, sizeof *rd);
	if (!rd)
		return CT_ENOMEM;
	rd->files = files;
	rd->n_files = n;
	rd->load = load;
	rd->rules = rules;
	if (jobs > CTI_READERS_MAX)
		jobs = CTI_READERS_MAX;
	if (jobs < 0)
		jobs = 0;
	if (jobs > 0) {
		rd->q = (size_t)jobs * 4;
		rd->slots = calloc(rd->q, sizeof *rd->slots);
		if (!rd->slots) {
			free(rd);
			return CT_ENOMEM;
		}
		pthread_mutex_init(&rd->mu, NULL);
		pthread_cond_init(&rd->ready, NULL);
		pthread_cond_init(&rd->space, NULL);
		for (int t = 0; t < jobs; t++) {
			if (pthread_create(&rd->threads[t], NULL, reader_main, rd) != 0)
				break; /* fewer threads still work; none: read inline */
			rd->n_threads++;
		}
	}
	*out = rd;
	return CT_OK;
}

ct_status cti_readers_next(struct cti_readers *rd, ct_diag_fn diag, void *ctx,
                           struct cti_read *out)
{
	size_t i = rd->consumed;
	if (i >= rd->n_files)
		return CT_DONE;
	struct slot *s;
	if (rd->n_threads == 0) {
		s = &rd->inline_slot;
		read_one(&rd->files[i], rd->load, rd->rules, s);
		rd->consumed++;
	} else {
		s = &rd->slots[i % rd->q];
		pthread_mutex_lock(&rd->mu);
		while (!s->ready)
			pthread_cond_wait(&rd->ready, &rd->mu);
		pthread_mutex_unlock(&rd->mu);
	}
	for (size_t k = 0; k < s->n_diags; k++) {
		if (diag)
			diag(ctx, &s->diags[k].d);
		free(s->diags[k].path);
		free(s->diags[k].message);
	}
	s->n_diags = 0;
	*out = s->r;
	memset(&s->r, 0, sizeof s->r);
	if (rd->n_threads) {
		pthread_mutex_lock(&rd->mu);
		s->ready = false;
		rd->consumed++;
		pthread_cond_broadcast(&rd->space);
		pthread_mutex_unlock(&rd->mu);
	}
	return CT_OK;
}

void cti_segs_clear(struct cti_segs *g)
{
	ct_free(g->p);
	ct_quotes_free(g->quotes);
	ct_free(g->notes);
	ct_free(g->markers);
	ct_cites_free(g->cites);
	memset(g, 0, sizeof *g);
}

void cti_read_clear(struct cti_read *r)
{
	if (r->src && r->segs)
		for (size_t i = 0; i < ct_source_count(r->src); i++)
			cti_segs_clear(&r->segs[i]);
	free(r->segs);
	ct_source_free(r->src);
	memset(r, 0, sizeof *r);
}

static void slot_clear(struct slot *s)
{
	cti_read_clear(&s->r);
	for (size_t k = 0; k < s->n_diags; k++) {
		free(s->diags[k].path);
		free(s->diags[k].message);
	}
	free(s->diags);
}

void cti_readers_free(struct cti_readers *rd)
{
	if (!rd)
		return;
	if (rd->n_threads) {
		pthread_mutex_lock(&rd->mu);
		rd->stop = true;
		pthread_cond_broadcast(&rd->space);
		pthread_mutex_unlock(&rd->mu);
		for (int t = 0; t < rd->n_threads; t++)
			pthread_join(rd->threads[t], NULL);
	}
	for (size_t i = 0; i < rd->q; i++)
		slot_clear(&rd->slots[i]);
	slot_clear(&rd->inline_slot);
	if (rd->slots) {
		pthread_mutex_destroy(&rd->mu);
		pthread_cond_destroy(&rd->ready);
		pthread_cond_destroy(&rd->space);
	}
	free(rd->slots);
	free(rd);
}
