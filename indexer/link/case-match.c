/* case-match.c — finding what a text says about each case, in one pass.
 *
 * Every case's phrases (actor, people, places, terms, coalition, with the
 * alias groups that hold them) go into one dictionary keyed by their first
 * word; the text is read word by word, and at each word the longest phrase
 * that starts there is taken. One pass serves every case, so linking costs
 * about the same for twenty cases as for one (a PCRE2 alternation of
 * thousands of phrases would try each at every position). The case files'
 * own patterns are PCRE2, run as written (JIT).
 *
 * Words are runs of letters and digits (bytes >= 0x80 count as letters);
 * ASCII letters are compared in any case. */
#include "link/link-private.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct target {
	size_t case_index;
	enum cti_evidence kind;
	const char *label;     /* borrowed from the matcher's labels */
};

struct phrase {
	char **words;          /* lower case */
	size_t n_words;
	struct target *t;
	size_t n_t;
};

struct slot {
	char *word;            /* first word, lower case; NULL when free */
	size_t *phrases;       /* indexes, longest phrase first */
	size_t n;
};

struct pattern {
	pcre2_code *re;
	size_t case_index;
};

struct cti_case_matcher {
	struct phrase *ph;
	size_t n_ph, cap_ph;
	struct slot *slots;
	size_t n_slots;        /* a power of two */
	struct pattern *pat;
	size_t n_pat;
	struct cti_strs labels;
};

static inline bool word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c >= 0x80;
}

static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static uint64_t hash_lower(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		h ^= lower((unsigned char)s[i]);
		h *= 1099511628211ull;
	}
	return h;
}

static bool eq_lower(const char *text, size_t n, const char *word)
{
	for (size_t i = 0; i < n; i++)
		if (!word[i] || (char)lower((unsigned char)text[i]) != word[i])
			return false;
	return word[n] == '\0';
}

/* The slot of a first word (free when the word is new), given its hash. */
static struct slot *slot_at(const struct cti_case_matcher *m, uint64_t h, const char *w,
                            size_t n)
{
	size_t mask = m->n_slots - 1;
	for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
		struct slot *s = &m->slots[i];
		if (!s->word || eq_lower(w, n, s->word))
			return s;
	}
}

static struct slot *slot_for(const struct cti_case_matcher *m, const char *w, size_t n)
{
	return slot_at(m, hash_lower(w, n), w, n);
}

/* Split s into lower-case words. */
static bool split_words(const char *s, struct cti_strs *out)
{
	for (const char *p = s; *p;) {
		while (*p && !word_byte((unsigned char)*p))
			p++;
		const char *e = p;
		while (*e && word_byte((unsigned char)*e))
			e++;
		if (e > p) {
			if (!cti_strs_add(out, p, (size_t)(e - p)))
				return false;
			for (char *c = out->v[out->n - 1]; *c; c++)
				*c = (char)lower((unsigned char)*c);
		}
		p = e;
	}
	return true;
}

/* Add phrase text for a case (label: what the reason shows). */
static bool add_phrase(struct cti_case_matcher *m, const char *text, size_t case_index,
                       enum cti_evidence kind, const char *label)
{
	struct cti_strs w = {0};
	if (!split_words(text, &w))
		return false;
	if (!w.n)
		return true;
	/* the same words already? add a target */
	struct phrase *p = NULL;
	for (size_t i = 0; i < m->n_ph && !p; i++) {
		struct phrase *q = &m->ph[i];
		if (q->n_words != w.n)
			continue;
		size_t k = 0;
		while (k < w.n && !strcmp(q->words[k], w.v[k]))
			k++;
		if (k == w.n)
			p = q;
	}
	if (p) {
		cti_strs_free(&w);
		for (size_t i = 0; i < p->n_t; i++)
			if (p->t[i].case_index == case_index)
				return true; /* the first kind given wins (actor before term) */
	} else {
		if (m->n_ph == m->cap_ph) {
			size_t cap = m->cap_ph ? m->cap_ph * 2 : 64;
			struct phrase *a = realloc(m->ph, cap * sizeof *a);
			if (!a) {
				cti_strs_free(&w);
				return false;
			}
			m->ph = a;
			m->cap_ph = cap;
		}
		p = &m->ph[m->n_ph++];
		memset(p, 0, sizeof *p);
		p->words = w.v;
		p->n_words = w.n;
	}
	struct target *t = realloc(p->t, (p->n_t + 1) * sizeof *t);
	if (!t)
		return false;
	p->t = t;
	p->t[p->n_t++] = (struct target){case_index, kind, label};
	return true;
}

/* The label for a phrase: kept in the matcher. */
static const char *keep_label(struct cti_case_matcher *m, const char *s)
{
	for (size_t i = 0; i < m->labels.n; i++)
		if (!strcmp(m->labels.v[i], s))
			return m->labels.v[i];
	return cti_strs_add(&m->labels, s, strlen(s)) ? m->labels.v[m->labels.n - 1] : NULL;
}

/* Add phrase and every member of its alias group. */
static bool add_with_aliases(struct cti_case_matcher *m, const char *phrase, size_t ci,
                             enum cti_evidence kind, const char *const *terms,
                             const int *groups, size_t n_terms)
{
	const char *label = keep_label(m, phrase);
	if (!label || !add_phrase(m, phrase, ci, kind, label))
		return false;
	for (size_t i = 0; i < n_terms; i++) {
		if (strcasecmp(terms[i], phrase))
			continue;
		for (size_t j = 0; j < n_terms; j++)
			if (groups[j] == groups[i] && j != i &&
			    !add_phrase(m, terms[j], ci, kind, label))
				return false;
	}
	return true;
}

void cti_case_matcher_free(struct cti_case_matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_ph; i++) {
		for (size_t k = 0; k < m->ph[i].n_words; k++)
			free(m->ph[i].words[k]);
		free(m->ph[i].words);
		free(m->ph[i].t);
	}
	free(m->ph);
	for (size_t i = 0; i < m->n_slots; i++) {
		free(m->slots[i].word);
		free(m->slots[i].phrases);
	}
	free(m->slots);
	for (size_t i = 0; i < m->n_pat; i++)
		pcre2_code_free(m->pat[i].re);
	free(m->pat);
	cti_strs_free(&m->labels);
	free(m);
}

static int longer_first(const void *a, const void *b, void *ph)
{
	const struct phrase *p = ph;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (int)p[y].n_words - (int)p[x].n_words;
}

static bool build_slots(struct cti_case_matcher *m)
{
	m->n_slots = 64;
	while (m->n_slots < m->n_ph * 2)
		m->n_slots *= 2;
	m->slots = calloc(m->n_slots, sizeof *m->slots);
	if (!m->slots)
		return false;
	for (size_t i = 0; i < m->n_ph; i++) {
		const char *w = m->ph[i].words[0];
		struct slot *s = slot_for(m, w, strlen(w));
		if (!s->word && !(s->word = cti_strdup(w)))
			return false;
		size_t *a = realloc(s->phrases, (s->n + 1) * sizeof *a);
		if (!a)
			return false;
		s->phrases = a;
		s->phrases[s->n++] = i;
	}
	for (size_t i = 0; i < m->n_slots; i++)
		if (m->slots[i].n > 1) /* insertion sort: lists are short */
			for (size_t a = 1; a < m->slots[i].n; a++)
				for (size_t b = a; b > 0 && longer_first(&m->slots[i].phrases[b - 1],
				                                         &m->slots[i].phrases[b],
				                                         m->ph) > 0; b--) {
					size_t t = m->slots[i].phrases[b];
					m->slots[i].phrases[b] = m->slots[i].phrases[b - 1];
					m->slots[i].phrases[b - 1] = t;
				}
	return true;
}

ct_status cti_case_matcher_new(const struct cti_case *cases, size_t n,
                               const char *const *alias_terms, const int *alias_groups,
                               size_t n_aliases, struct cti_case_matcher **out)
{
	*out = NULL;
	struct cti_case_matcher *m = calloc(1, sizeof *m);
	if (!m)
		return CT_ENOMEM;
	bool ok = true;
	size_t n_pat = 0;
	for (size_t ci = 0; ci < n; ci++)
		n_pat += cases[ci].patterns.n;
	m->pat = n_pat ? calloc(n_pat, sizeof *m->pat) : NULL;
	ok = !n_pat || m->pat;
	/* actors and people first: a phrase given as both keeps the first kind */
	for (size_t ci = 0; ci < n && ok; ci++) {
		const struct cti_case *c = &cases[ci];
		if (c->actor)
			ok = add_with_aliases(m, c->actor, ci, CTI_EV_ACTOR, alias_terms, alias_groups,
			                      n_aliases);
		for (size_t i = 0; i < c->people.n && ok; i++) {
			char *name = cti_strip_titles(c->people.v[i]);
			ok = name && add_with_aliases(m, name, ci, CTI_EV_ACTOR, alias_terms,
			                              alias_groups, n_aliases);
			free(name);
		}
		for (size_t i = 0; i < c->theatre.n && ok; i++)
			ok = add_with_aliases(m, c->theatre.v[i], ci, CTI_EV_THEATRE, alias_terms,
			                      alias_groups, n_aliases);
		for (size_t i = 0; i < c->terms.n && ok; i++)
			ok = add_with_aliases(m, c->terms.v[i], ci, CTI_EV_TERM, alias_terms,
			                      alias_groups, n_aliases);
		if (c->coalition && ok)
			ok = add_with_aliases(m, c->coalition, ci, CTI_EV_TERM, alias_terms,
			                      alias_groups, n_aliases);
		for (size_t i = 0; i < c->patterns.n && ok; i++) {
			int err;
			PCRE2_SIZE off;
			pcre2_code *re = pcre2_compile((PCRE2_SPTR)c->patterns.v[i],
			                               PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP,
			                               &err, &off, NULL);
			if (!re) { /* checked when the case was loaded */
				ok = false;
				break;
			}
			(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
			m->pat[m->n_pat++] = (struct pattern){re, ci};
		}
	}
	if (ok)
		ok = build_slots(m);
	if (!ok) {
		cti_case_matcher_free(m);
		return CT_ENOMEM;
	}
	*out = m;
	return CT_OK;
}

struct word {
	size_t start, end;
	uint64_t hash;         /* hash_lower of its bytes */
};

ct_status cti_case_scan(const struct cti_case_matcher *m, const char *text, size_t len,
                        cti_mention_fn fn, void *ctx)
{
	/* the words, as they are needed: a phrase looks ahead a few */
	enum { AHEAD = 16 };
	struct word win[AHEAD];
	size_t have = 0, pos = 0;
	size_t max_words = 1;
	for (size_t i = 0; i < m->n_ph; i++)
		if (m->ph[i].n_words > max_words)
			max_words = m->ph[i].n_words;
	if (max_words > AHEAD)
		max_words = AHEAD;
	for (;;) {
		while (have < max_words) {
			while (pos < len && !word_byte((unsigned char)text[pos]))
				pos++;
			if (pos >= len)
				break;
			/* read the word and hash it in one go */
			size_t s = pos;
			uint64_t h = 1469598103934665603ull;
			while (pos < len && word_byte((unsigned char)text[pos])) {
				h ^= lower((unsigned char)text[pos]);
				h *= 1099511628211ull;
				pos++;
			}
			win[have++] = (struct word){s, pos, h};
		}
		if (!have)
			break;
		size_t used = 1;
		const struct slot *sl = m->n_ph ? slot_at(m, win[0].hash, text + win[0].start,
		                                          win[0].end - win[0].start) : NULL;
		if (sl && sl->word) {
			for (size_t k = 0; k < sl->n; k++) {
				const struct phrase *p = &m->ph[sl->phrases[k]];
				if (p->n_words > have)
					continue;
				size_t w = 1;
				while (w < p->n_words &&
				       eq_lower(text + win[w].start, win[w].end - win[w].start, p->words[w]))
					w++;
				if (w < p->n_words)
					continue;
				for (size_t t = 0; t < p->n_t; t++)
					fn(ctx, p->t[t].case_index, p->t[t].kind, p->t[t].label,
					   win[0].start, win[p->n_words - 1].end);
				used = p->n_words;
				break;
			}
		}
		memmove(win, win + used, (have - used) * sizeof *win);
		have -= used;
	}
	if (!m->n_pat)
		return CT_OK;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (!md || !mc) {
		pcre2_match_data_free(md);
		pcre2_match_context_free(mc);
		return CT_ENOMEM;
	}
	pcre2_set_match_limit(mc, 1000000);
	pcre2_set_depth_limit(mc, 10000);
	for (size_t i = 0; i < m->n_pat; i++) {
		for (size_t off = 0; off <= len;) {
			int rc = pcre2_match(m->pat[i].re, (PCRE2_SPTR)text, len, off, 0, md, mc);
			if (rc < 0)
				break; /* no match, or a limit: the rest of the text is skipped */
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			fn(ctx, m->pat[i].case_index, CTI_EV_TERM, NULL, ov[0], ov[1]);
			off = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
		}
	}
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	return CT_OK;
}

/* ---- hits, scores and reasons ---------------------------------------------- */

void cti_case_hits_reset(struct cti_case_hits *h)
{
	memset(h->count, 0, sizeof h->count);
	h->n_label = 0;
}

void cti_case_hits_free(struct cti_case_hits *h)
{
	free(h->label);
	memset(h, 0, sizeof *h);
}

void cti_case_hits_add(struct cti_case_hits *h, enum cti_evidence kind, const char *label,
                       size_t len)
{
	h->count[kind]++;
	for (size_t i = 0; i < h->n_label; i++) {
		struct cti_hit_label *l = &h->label[i];
		if (l->kind == kind && l->len == len && !memcmp(l->s, label, len)) {
			l->count++;
			return;
		}
	}
	if (h->n_label == h->cap_label) {
		size_t cap = h->cap_label ? h->cap_label * 2 : 8;
		struct cti_hit_label *a = realloc(h->label, cap * sizeof *a);
		if (!a)
			return; /* the count stands; the reason loses a label */
		h->label = a;
		h->cap_label = cap;
	}
	h->label[h->n_label++] = (struct cti_hit_label){label, len, 1, kind};
}

static double sat(unsigned x, unsigned n)
{
	return (double)(x < n ? x : n) / n;
}

double cti_case_score(const struct cti_case_hits *h, int date_in)
{
	if (!h->count[CTI_EV_ACTOR] && !h->count[CTI_EV_THEATRE])
		return 0;
	double d = date_in < 0 ? 0.5 : date_in;
	return 0.4 * sat(h->count[CTI_EV_ACTOR], 2) + 0.3 * sat(h->count[CTI_EV_THEATRE], 2) +
	       0.2 * sat(h->count[CTI_EV_TERM], 3) + 0.1 * d;
}

int cti_case_date_in(const struct cti_case *c, const char *date)
{
	if (!date || strlen(date) < 4)
		return -1;
	/* compare as much of the date as is given: "2007-09" is inside a period
	 * that starts on 2007-09-15 */
	size_t n = strlen(date) < 10 ? strlen(date) : 10;
	if (c->start[0] && strncmp(date, c->start, n) < 0)
		return 0;
	if (c->end[0] && strncmp(date, c->end, n) > 0)
		return 0;
	return 1;
}

void cti_case_reason(const struct cti_case_hits *h, int date_in, struct cti_buf *out)
{
	static const char *const names[] = {"actor", "theatre", "term"};
	size_t before = out->len;
	for (int k = 0; k < CTI_EV_LAST; k++) {
		size_t shown = 0;
		for (size_t i = 0; i < h->n_label; i++) {
			const struct cti_hit_label *l = &h->label[i];
			if (l->kind != (enum cti_evidence)k)
				continue;
			if (shown == 3) { /* enough to see why */
				cti_buf_puts(out, " …");
				break;
			}
			cti_buf_printf(out, "%s%s '%.*s' ×%u", out->len > before ? ", " : "", names[k],
			               (int)l->len, l->s, l->count);
			shown++;
		}
	}
	if (date_in >= 0)
		cti_buf_printf(out, "%sdate %s period", out->len > before ? ", " : "",
		               date_in ? "in" : "outside");
}
