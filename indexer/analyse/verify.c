/* verify.c — corroborating interview claims against the public sources in
 * the database (the method is in include/casetrace/analyse.h). */
#include "index/index-private.h"
#include "link/link-private.h"
#include "analyse/claim-words.h"
#include "analyse/claims.h"
#include "analyse/figures.h"
#include "analyse/outcomes.h"
#include "analyse/wordnet.h"

#include <casetrace/segment.h>
#include <casetrace/analyse.h>

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ---- the index's tokenizer, run on claims and passages ---------------------- */

struct tok {
	char *t;                /* the token as indexed (lower case, stemmed) */
	char *alt;              /* what else the index files it as: its alias
	                           group ("Dutch" and "Netherlands" alike) or its
	                           other spelling ("defence", "defense"), or NULL */
	size_t start, end;      /* where it stands in the text */
};

struct toks {
	struct tok *v;
	size_t n, cap;
	bool oom;
};

static void toks_clear(struct toks *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].t);
		free(k->v[i].alt);
	}
	k->n = 0;
	k->oom = false;
}

static void toks_free(struct toks *k)
{
	toks_clear(k);
	free(k->v);
	memset(k, 0, sizeof *k);
}

static int on_token(void *ctx, int flags, const char *p, int n, int start, int end)
{
	struct toks *k = ctx;
	if (flags & FTS5_TOKEN_COLOCATED) {
		/* the word's alias group (emitted first) or its other spelling,
		 * at the word's own place; a hyphen compound's whole (which
		 * spans two words) is left out */
		struct tok *w = k->n ? &k->v[k->n - 1] : NULL;
		if (w && !w->alt && (size_t)start == w->start && (size_t)end == w->end) {
			w->alt = cti_strndup(p, (size_t)n);
			if (!w->alt) {
				k->oom = true;
				return SQLITE_NOMEM;
			}
		}
		return SQLITE_OK;
	}
	if (k->n == k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 64;
		struct tok *a = realloc(k->v, cap * sizeof *a);
		if (!a) {
			k->oom = true;
			return SQLITE_NOMEM;
		}
		k->v = a;
		k->cap = cap;
	}
	char *t = cti_strndup(p, (size_t)n);
	if (!t) {
		k->oom = true;
		return SQLITE_NOMEM;
	}
	k->v[k->n++] = (struct tok){t, NULL, (size_t)start, (size_t)end};
	return SQLITE_OK;
}

struct tokenizer {
	fts5_tokenizer api;
	Fts5Tokenizer *t;
};

static fts5_api *fts5_of(sqlite3 *h)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(s);
	}
	sqlite3_finalize(s);
	return api;
}

/* The tokenizer the passage index was made with. */
static ct_status tokenizer_open(struct ct_db *db, struct tokenizer *tk)
{
	fts5_api *api = fts5_of(db->h);
	bool ours = ct_db_casetrace_tokenizer(db);
	const char *name = ours ? "casetrace" : "porter";
	const char *args_ours[] = {"remove_diacritics", "2"};
	const char *args_plain[] = {"unicode61", "remove_diacritics", "2"};
	void *ud = NULL;
	if (!api || api->xFindTokenizer(api, name, &ud, &tk->api) != SQLITE_OK ||
	    tk->api.xCreate(ud, ours ? args_ours : args_plain, ours ? 2 : 3, &tk->t) != SQLITE_OK)
		return cti_db_error(db, CT_EDB, "the index's tokenizer '%s' is not available", name);
	return CT_OK;
}

static void tokenizer_close(struct tokenizer *tk)
{
	if (tk->t)
		tk->api.xDelete(tk->t);
	tk->t = NULL;
}

static bool tokenize(struct tokenizer *tk, const char *text, size_t len, struct toks *out)
{
	toks_clear(out);
	return tk->api.xTokenize(tk->t, out, FTS5_TOKENIZE_DOCUMENT, text, (int)len, on_token) ==
	           SQLITE_OK && !out->oom;
}

/* ---- words of a claim ------------------------------------------------------------ */

static bool negation(const char *t)
{
	static const char *const neg[] = {"not", "never", "no", "deni", "deny",
	                                  "nobodi", "none", "neither", "nor", "without",
	                                  "refus", "reject", "cannot",
	                                  "t" /* don't, didn't, won't: the tokenizer splits them */};
	for (size_t i = 0; i < sizeof neg / sizeof neg[0]; i++)
		if (!strcmp(t, neg[i]))
			return true;
	return false;
}

/* A word in at most 1 passage in 20 may be a key term. */
#define KEY_IDF 3.0

struct term {
	char *t;
	double idf;
	double df;              /* passages that hold it */
	long fig;               /* the figure it stands for, or -1 */
	bool key;               /* a key term: rare (a name, a figure, a place) */
	bool year;              /* a year ("2006"): the story must give it */
	bool lead;              /* a name that starts the claim or a sentence
	                           ("Lufthansa made …"): not key, but a story
	                           that lacks it is about something else */
	char *alt;              /* its alias group or other spelling (struct tok) */
	const char *word;       /* the claim's word (for the query) */
	size_t word_len;
	uint32_t outcome;       /* the outcome pairs (outcomes.c) whose words it
	                           is, bit p for pair p */
	enum cti_word_class cls; /* a verb of saying ("argued"), a modal of
	                           obligation, a distributive: any other of
	                           its class in the story stands for it */
	long phrase;            /* the first term of the phrase WordNet has as one
	                           lemma that it is part of ("let go"), or -1: a
	                           word for the whole phrase ("released") stands
	                           for each of its terms */
	long verb;              /* for a particle, the verb it makes one phrase
	                           with ("handed over"), or -1: the verb's match is
	                           the particle's */
};

/* A word that stands for a claim term in other words (WordNet): the
 * term's other forms, synonyms, what it pertains to; as the index files it. */
struct near {
	char *t;                /* the token (NULL: an empty slot) */
	char *exact;            /* an acronym ("US"): the passage must write it
	                           so, or NULL */
	size_t term;            /* the claim term it stands for */
	enum cti_wn_kind kind;
	bool whole;             /* for the whole of that term's phrase (a word
	                           related to the phrase's lemma) */
	char *base;             /* then the word as WordNet writes it: the
	                           passage must write it in one of its forms
	                           ("released", not "manager" for "manage") */
	char *before;           /* for a lemma of two words ("air base"), its
	                           first word's token, which must come just
	                           before t (its second's) in the passage; or
	                           NULL */
};

#define NEAR_SLOTS 1024         /* per claim; a power of two */

struct claim {
	struct term *v;
	size_t n;
	struct near *near;      /* NEAR_SLOTS slots, by hash of t; NULL without
	                           WordNet */
	double weight;          /* sum of idf */
	bool negated;
	struct cti_figs figs;       /* the claim's figures, by value */
	const char *text;       /* the claim (figures' positions are in it) */
	size_t len;
	signed char outcome[CTI_OUTCOME_MAX]; /* per outcome pair, the side of
	                           the claim's words (+1, -1), or 0: none, both
	                           sides, or one negated ("did not win") */
};

static void claim_free(struct claim *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].t);
		free(c->v[i].alt);
	}
	for (size_t i = 0; c->near && i < NEAR_SLOTS; i++) {
		free(c->near[i].t);
		free(c->near[i].exact);
		free(c->near[i].base);
		free(c->near[i].before);
	}
	free(c->near);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* Which of the claim's figures is its figure v (a term's): one that it
 * hedges ("about 2,000", "just short of 2,000") first, with which a
 * source's figure within a twentieth agrees (cti_figs_has_about). */
static size_t claim_fig(const struct claim *c, long v)
{
	size_t k = 0; /* a figure term is one of c->figs */
	bool found = false;
	for (size_t f = 0; f < c->figs.n; f++) {
		if (c->figs.v[f] != v)
			continue;
		if (c->figs.from[f] < c->figs.at[f])
			return f;
		if (!found)
			k = f, found = true;
	}
	return k;
}

/* ---- the verifier --------------------------------------------------------------- */

struct verifier {
	struct ct_db *db;
	struct tokenizer tk;
	sqlite3_stmt *df, *search, *doc, *caselink;
	double n_passages;
	int64_t case_id;
	char before[11];        /* the interview's date, or "" */
	char from[11], to[11];  /* the case's period, or "" when open */
	struct toks ct, pt, dt; /* claim tokens, passage tokens, document tokens */
	struct toks wt;         /* a WordNet lemma's tokens */
	struct cti_wordnet *wn; /* WordNet, or NULL when it is not installed */
	int max_evidence;
	struct df_entry {
		char *t;
		double df;
	} *df_cache;            /* the document frequencies looked up */
	size_t n_df, cap_df;
};

/* Words that say nothing of a claim's facts, in the languages casetrace
 * reads (lower case, as written): their document frequency is never looked
 * up (fts5vocab reads a word's whole doclist to count it: "the" is in
 * every passage). */
static bool stop_word(const char *w, size_t n)
{
	static const char *const stop[] = {
		/* function words only: articles, pronouns, auxiliaries, common
		 * prepositions and conjunctions; quantifiers, modals and words of
		 * time ("most", "only", "would", "before") can carry the fact */
		"a", "an", "the", "and", "or", "but", "if", "that", "which", "who", "whom", "what",
		"this", "these", "those", "there", "then", "as", "at", "by", "for", "from", "in",
		"into", "of", "on", "to", "with", "is", "are", "was", "were", "be", "been", "being",
		"has", "have", "had", "do", "does", "did", "it", "its", "he", "him", "his", "she",
		"her", "hers", "they", "them", "their", "we", "our", "you", "your", "i", "my",
		"said", "says",
		/* German, French, Dutch, Danish */
		"der", "die", "das", "und", "ist", "mit", "sich", "auf", "dem", "den", "ein", "eine",
		"le", "la", "les", "et", "des", "est", "que", "une", "dans", "pour", "qui", "du",
		"het", "een", "en", "van", "dat", "zijn", "met", "voor", "og", "det", "til", "er",
		"som", "med", "har"};
	for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
		if (cti_word_is(w, n, stop[i]))
			return true;
	return false;
}

/* The df of a token, looked up once per run. */
static double df_of(struct verifier *V, const char *t)
{
	for (size_t i = 0; i < V->n_df; i++)
		if (!strcmp(V->df_cache[i].t, t))
			return V->df_cache[i].df;
	double d = 0;
	sqlite3_bind_text(V->df, 1, t, -1, SQLITE_STATIC);
	if (sqlite3_step(V->df) == SQLITE_ROW)
		d = sqlite3_column_double(V->df, 0);
	sqlite3_reset(V->df);
	if (V->n_df == V->cap_df) {
		size_t cap = V->cap_df ? V->cap_df * 2 : 256;
		struct df_entry *a = realloc(V->df_cache, cap * sizeof *a);
		if (!a)
			return d;
		V->df_cache = a;
		V->cap_df = cap;
	}
	char *k = cti_strdup(t);
	if (k)
		V->df_cache[V->n_df++] = (struct df_entry){k, d};
	return d;
}

/* ---- words in other words (WordNet) ------------------------------------------ */

/* How many of a word's senses (per part of speech, commonest first) give
 * it synonyms. */
#define NEAR_SENSES 2

/* How many senses of a phrase give it synonyms: its commonest only (the
 * second sense of "carry off" is "manage"). */
#define PHRASE_SENSES 1

static uint32_t near_hash(const char *t)
{
	uint32_t h = 2166136261u;
	for (; *t; t++)
		h = (h ^ (unsigned char)*t) * 16777619u;
	return h;
}

struct near_ctx {
	struct verifier *V;
	struct claim *c;
	size_t term;
	bool whole;             /* the words related to term's phrase */
	bool oom;
};

/* Files lemma (a WordNet word related to claim term ctx->term) under its
 * token, unless it is a function word or a word the claim has itself; a
 * lemma of two words ("air_base", "let_go") under its second word's token,
 * with its first's before it; longer ones not. */
static bool near_add(void *ctx, const char *lemma, size_t len, enum cti_wn_kind kind)
{
	struct near_ctx *N = ctx;
	struct claim *c = N->c;
	bool acronym = len >= 2, capital = false, words = memchr(lemma, '_', len) != NULL;
	for (size_t i = 0; i < len; i++) {
		acronym = acronym && isupper((unsigned char)lemma[i]);
		capital = capital || isupper((unsigned char)lemma[i]);
	}
	if (!words && !acronym && (stop_word(lemma, len) || len < 3))
		return true; /* "US" is no pronoun */
	char spaced[64];
	if (words && len >= sizeof spaced)
		return true;
	if (words) { /* "air base": two tokens */
		for (size_t i = 0; i < len; i++)
			spaced[i] = lemma[i] == '_' ? ' ' : lemma[i];
		spaced[len] = 0;
	}
	if (!tokenize(&N->V->tk, words ? spaced : lemma, len, &N->V->wt)) {
		N->oom = true;
		return false;
	}
	if (N->V->wt.n != (words ? 2 : 1))
		return true;
	const char *t = N->V->wt.v[words].t, *before = words ? N->V->wt.v[0].t : NULL;
	const char *last = words ? lemma + (N->V->wt.v[1].start) : lemma; /* as written */
	size_t last_len = words ? len - N->V->wt.v[1].start : len;
	for (size_t j = 0; j < c->n && !words; j++)
		if (!strcmp(c->v[j].t, t))
			return true; /* the claim's own word: matched as such */
	if (c->v[N->term].key && (!capital || kind == CTI_WN_DERIVED))
		return true; /* a name stands only for a name ("America": US), not
		                for the words of its other senses ("Archer": bowman)
		                or a word derived from it ("England": English) */
	uint32_t h = near_hash(t) & (NEAR_SLOTS - 1);
	size_t used = 0;
	while (c->near[h].t) {
		struct near *e = &c->near[h];
		if (!strcmp(e->t, t) && e->term == N->term && e->whole == N->whole &&
		    (e->before ? before && !strcmp(e->before, before) : !before)) {
			if (kind < e->kind)
				e->kind = kind;
			return true;
		}
		h = (h + 1) & (NEAR_SLOTS - 1);
		if (++used >= NEAR_SLOTS / 2)
			return false; /* full enough: no more */
	}
	char *k = cti_strdup(t), *x = acronym ? cti_strndup(lemma, len) : NULL,
	     *base = N->whole ? cti_strndup(last, last_len) : NULL,
	     *b4 = before ? cti_strdup(before) : NULL;
	if (!k || (acronym && !x) || (N->whole && !base) || (before && !b4)) {
		free(k);
		free(x);
		free(base);
		free(b4);
		N->oom = true;
		return false;
	}
	c->near[h] = (struct near){k, x, N->term, kind, N->whole, base, b4};
	return true;
}

static long term_of(const struct claim *c, const struct tok *k);

/* The words WordNet relates to the claim's words (figures aside), and to
 * its phrases (cti_claim_phrases; w: where the claim's tokens stand),
 * filed for near_of. */
static ct_status claim_near(struct verifier *V, struct claim *c, const struct cti_word_span *w)
{
	if (!V->wn)
		return CT_OK;
	c->near = calloc(NEAR_SLOTS, sizeof *c->near);
	if (!c->near)
		return CT_ENOMEM;
	struct near_ctx N = {V, c, 0, false, false};
	for (size_t j = 0; j < c->n && !N.oom; j++) {
		if (c->v[j].fig >= 0 || c->v[j].year)
			continue;
		N.term = j;
		cti_wordnet_related(V->wn, c->v[j].word, c->v[j].word_len, NEAR_SENSES, near_add, &N);
	}
	/* runs of the claim's words that WordNet has as one lemma: the words
	 * related to the lemma stand for the phrase, filed under its first
	 * term */
	const struct toks *ct = &V->ct;
	struct cti_phrase *ph = malloc((ct->n ? ct->n : 1) * sizeof *ph);
	if (!ph)
		return CT_ENOMEM;
	size_t np = cti_claim_phrases(V->wn, c->text, w, ct->n, ph, ct->n);
	for (size_t p = 0; p < np && !N.oom; p++) {
		long head = -1;
		for (size_t i = ph[p].first; i < ph[p].first + ph[p].n; i++) {
			long j = term_of(c, &ct->v[i]);
			if (j < 0 || c->v[j].fig >= 0 || c->v[j].phrase >= 0)
				continue;
			if (head < 0)
				head = j;
			c->v[j].phrase = head;
			if (ph[p].particle && i > ph[p].first && j != head)
				c->v[j].verb = head;
		}
		if (head < 0)
			continue;
		N.term = (size_t)head;
		N.whole = true;
		cti_wordnet_related(V->wn, ph[p].lemma, strlen(ph[p].lemma), PHRASE_SENSES, near_add,
		                    &N);
	}
	free(ph);
	return N.oom ? CT_ENOMEM : CT_OK;
}

/* Whether w[0..n) is a regular form of base (any case): base itself, with
 * -s, -es, -d, -ed, -ing (a final "e" or "y" dropped, "y" as "i", a last
 * consonant doubled): "released", "carried", "stopping"; not "manager"
 * (which the index files as "manage" is). */
static bool form_of(const char *w, size_t n, const char *base)
{
	static const char *const ending[] = {"", "s", "es", "d", "ed", "ing", "ies", "ied"};
	size_t bn = strlen(base), p = 0;
	while (p < n && p < bn && tolower((unsigned char)w[p]) == tolower((unsigned char)base[p]))
		p++;
	if (p + 1 < bn || (p < bn && !strchr("ey", base[p])))
		return false;
	const char *e = w + p;
	size_t el = n - p;
	if (p == bn && el >= 3 && tolower((unsigned char)e[0]) == base[bn - 1])
		e++, el--; /* "stopped" */
	for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++)
		if (strlen(ending[i]) == el && !strncasecmp(e, ending[i], el))
			return true;
	return false;
}

/* The claim term that token i of toks (of text) stands for in other words,
 * alone or with the token before it ("air base"), and how (*kind; *whole:
 * for the whole of the term's phrase), or -1. toks may be NULL: k alone. */
static long near_of_phrase(const struct claim *c, const char *text, const struct toks *toks,
                           size_t i, const struct tok *k, enum cti_wn_kind *kind, bool *whole)
{
	*whole = false;
	if (!c->near)
		return -1;
	const struct tok *prev = toks && i > 0 ? &toks->v[i - 1] : NULL;
	if (prev && (k->start - prev->end > 2 ||
	             strspn(text + prev->end, " -") < k->start - prev->end))
		prev = NULL; /* not next to it: a space or a hyphen between */
	long best = -1;
	for (uint32_t h = near_hash(k->t) & (NEAR_SLOTS - 1); c->near[h].t;
	     h = (h + 1) & (NEAR_SLOTS - 1)) {
		const struct near *e = &c->near[h];
		if (strcmp(e->t, k->t) ||
		    (e->exact && (strlen(e->exact) != k->end - k->start ||
		                  memcmp(e->exact, text + k->start, k->end - k->start))) ||
		    (e->base && !form_of(text + k->start, k->end - k->start, e->base)) ||
		    (e->before && (!prev || strcmp(prev->t, e->before))))
			continue;
		if (best < 0 || e->kind < *kind || (e->kind == *kind && e->whole)) {
			best = (long)e->term;
			*kind = e->kind;
			*whole = e->whole;
		}
	}
	return best;
}

/* The claim term that token k of text stands for in other words, and how
 * (*kind), or -1. */
static long near_of(const struct claim *c, const char *text, const struct tok *k,
                    enum cti_wn_kind *kind)
{
	bool whole;
	return near_of_phrase(c, text, NULL, 0, k, kind, &whole);
}

/* Where the figure f of text begins as far as its terms go: with the
 * words that hedge it when they are a phrase ("just short of 2,000", "close
 * to"), which only the figure's value can match; at the figure itself when
 * the hedge is one word ("roughly", "about"), which WordNet matches with
 * the source's ("about 550" for "roughly a thousand" is then read as the
 * same thing, another figure). */
static size_t hedge_words(const char *text, const struct cti_figs *figs, size_t f)
{
	size_t a = figs->from[f], z = a;
	while (z < figs->at[f] && isalpha((unsigned char)text[z]))
		z++;
	return cti_word_is(text + a, z - a, "just") || cti_word_is(text + a, z - a, "close")
	           ? a
	           : figs->at[f];
}

/* The words of the claim, tokens V->ct of text, weighted by rarity
 * (span: where the tokens stand), and its figures. */
static ct_status claim_words(struct verifier *V, const char *text, size_t len, struct claim *c,
                             const struct cti_word_span *span)
{
	cti_find_figures(text, len, &c->figs);
	c->v = calloc(V->ct.n + CTI_MAX_FIGS, sizeof *c->v); /* tokens, and figures */
	/* the speaker's framing ("I think", "effectively"): no terms */
	bool *framing = calloc(V->ct.n ? V->ct.n : 1, sizeof *framing);
	if (!c->v || !framing) {
		free(framing);
		return CT_ENOMEM;
	}
	cti_claim_framing(text, span, V->ct.n, framing);
	for (size_t i = 0; i < V->ct.n; i++) {
		const struct tok *k = &V->ct.v[i];
		if (negation(k->t))
			c->negated = true;
		bool seen = false;
		for (size_t j = 0; j < c->n && !seen; j++)
			seen = !strcmp(c->v[j].t, k->t);
		if (seen)
			continue;
		bool in_figure = false; /* figures are terms by value, below */
		for (size_t f = 0; f < c->figs.n && !in_figure; f++)
			in_figure = k->start >= hedge_words(text, &c->figs, f) &&
			            k->end <= c->figs.at[f] + c->figs.len[f];
		if (in_figure || framing[i] || stop_word(text + k->start, k->end - k->start))
			continue;
		double df = df_of(V, k->t);
		/* a word in more than a tenth of the passages tells nothing; a
		 * figure always counts (it is what a source may get wrong) */
		if (df > 0.1 * V->n_passages || strlen(k->t) < 2)
			continue;
		double idf = log((V->n_passages + 1) / (df + 0.5));
		if (idf < 0.1)
			idf = 0.1;
		char *t = cti_strdup(k->t);
		if (!t) {
			free(framing);
			return CT_ENOMEM;
		}
		size_t wl = k->end - k->start;
		bool year = wl == 4 && strspn(text + k->start, "0123456789") == 4 &&
		            cti_is_year(strtol(text + k->start, NULL, 10));
		char *alt = k->alt ? cti_strdup(k->alt) : NULL;
		if (k->alt && !alt) {
			free(t);
			free(framing);
			return CT_ENOMEM;
		}
		c->v[c->n++] = (struct term){.t = t, .idf = idf, .df = df, .fig = -1, .word = text + k->start,
		                              .word_len = wl, .year = year, .alt = alt,
		                              .cls = cti_word_class(text + k->start, wl),
		                              .phrase = -1, .verb = -1};
		c->weight += idf;
	}
	free(framing);
	/* the key terms: names — words the claim writes with a capital, not at
	 * a sentence's start, that are rare in the corpus (month and day names
	 * aside: dates are not names) — and its figures, by value (c->figs): a
	 * paraphrase keeps names and figures, a different fact often changes
	 * one */
	static const char *const calendar[] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday"};
	for (size_t j = 0; j < c->n; j++) {
		const char *w = c->v[j].word;
		size_t at = (size_t)(w - text);
		bool capital = isupper((unsigned char)w[0]);
		size_t b = at;
		while (b > 0 && isspace((unsigned char)text[b - 1]))
			b--;
		bool starts = b == 0 || text[b - 1] == '.' || text[b - 1] == ':' ||
		              text[b - 1] == '"' || text[b - 1] == '-';
		bool date_word = false;
		for (size_t k = 0; k < sizeof calendar / sizeof calendar[0] && !date_word; k++)
			date_word = cti_word_is(w, c->v[j].word_len, calendar[k]);
		/* at a sentence's start, a name is a word WordNet knows only as
		 * a name, or not at all ("Lufthansa made", not "Nobody was"): not
		 * a key term (a near miss keeps its names: weighting them twice
		 * lets more through), but a story without it does not say
		 * otherwise */
		c->v[j].lead = starts && capital && !date_word && c->v[j].idf >= KEY_IDF && V->wn &&
		               !cti_wordnet_common(V->wn, w, c->v[j].word_len);
		if (capital && !starts && !date_word && c->v[j].fig < 0 && c->v[j].idf >= KEY_IDF)
			c->v[j].key = true;
	}
	c->text = text;
	c->len = len;
	/* the figures, one term each by value ("5,500", "a thousand"; the
	 * tokenizer splits "5,500" in two), matched by value: its rarity is
	 * that of its digits */
	for (size_t f = 0; f < c->figs.n; f++) {
		/* a score's or a time's rarity is that of its first number as
		 * written ("3" of "3-1") */
		char digits[24];
		if (cti_figs_marked(&c->figs, f) && isdigit((unsigned char)text[c->figs.at[f]]))
			snprintf(digits, sizeof digits, "%ld", strtol(text + c->figs.at[f], NULL, 10));
		else
			snprintf(digits, sizeof digits, "%ld", c->figs.v[f] / CTI_FIG_UNIT);
		bool seen = false;
		for (size_t j = 0; j < c->n && !seen; j++)
			seen = c->v[j].fig == c->figs.v[f];
		if (seen)
			continue;
		double df = df_of(V, digits);
		double idf = log((V->n_passages + 1) / (df + 0.5));
		char *t = cti_strdup(digits);
		if (!t)
			return CT_ENOMEM;
		c->v[c->n++] = (struct term){.t = t, .idf = idf < 0.1 ? 0.1 : idf, .df = df,
		                              .fig = c->figs.v[f], .word = text + c->figs.at[f],
		                              .word_len = c->figs.len[f], .phrase = -1,
		                              .verb = -1};
		c->weight += c->v[c->n - 1].idf;
	}
	return CT_OK;
}

static void claim_outcomes(struct claim *c, const struct toks *ct);

/* The claim's terms: distinct tokens not too common, weighted by rarity,
 * its figures, and the words WordNet relates to them. */
static ct_status claim_terms(struct verifier *V, const char *text, size_t len, struct claim *c)
{
	memset(c, 0, sizeof *c);
	if (!tokenize(&V->tk, text, len, &V->ct))
		return CT_ENOMEM;
	struct cti_word_span *span = malloc((V->ct.n ? V->ct.n : 1) * sizeof *span);
	if (!span)
		return CT_ENOMEM;
	for (size_t i = 0; i < V->ct.n; i++)
		span[i] = (struct cti_word_span){V->ct.v[i].start, V->ct.v[i].end};
	ct_status st = claim_words(V, text, len, c, span);
	if (st == CT_OK)
		claim_outcomes(c, &V->ct);
	if (st == CT_OK)
		st = claim_near(V, c, span);
	free(span);
	return st;
}

/* The FTS5 query: the rarest terms (by query_weight), as the claim writes
 * them, OR-ed. */
#define QUERY_ROWS 2000

/* How much a vague word of the speaker's ("everybody", "shorthand", "the
 * impression": cti_claim_vague_word) counts, against its rarity, when the
 * claim's query picks its terms: its own words are the speaker's, not the
 * fact's, and in a small corpus they are rare. (The speaker's framing,
 * "I think", "effectively", makes no terms at all: cti_claim_framing.) */
#define VAGUE_QUERY 0.5

/* A term's weight in the choice of the query's terms: its rarity, less for
 * a vague word of the speaker's. */
static double query_weight(const struct term *t)
{
	return t->fig < 0 && cti_claim_vague_word(t->word, t->word_len) ? t->idf * VAGUE_QUERY
	                                                                : t->idf;
}

static char *claim_query(const struct claim *c)
{
	size_t order[8], n = 0;
	for (size_t i = 0; i < c->n; i++) {
		/* insertion into the top 8 by query weight */
		size_t at = n;
		while (at > 0 && query_weight(&c->v[order[at - 1]]) < query_weight(&c->v[i]))
			at--;
		if (at >= 8)
			continue;
		if (n < 8)
			n++;
		memmove(order + at + 1, order + at, (n - 1 - at) * sizeof *order);
		order[at] = i;
	}
	/* beyond the three rarest, no word in more than QUERY_ROWS passages:
	 * in a large corpus a common word adds thousands of rows to rank and
	 * rarely the source */
	while (n > 3 && c->v[order[n - 1]].df > QUERY_ROWS)
		n--;
	struct cti_buf q;
	cti_buf_init(&q);
	for (size_t k = 0; k < n; k++) {
		const struct term *t = &c->v[order[k]];
		cti_buf_puts(&q, k ? " OR \"" : "\"");
		for (size_t i = 0; i < t->word_len; i++) {
			if (t->word[i] == '"')
				cti_buf_putc(&q, '"');
			cti_buf_putc(&q, t->word[i]);
		}
		cti_buf_putc(&q, '"');
	}
	if (q.oom) {
		cti_buf_free(&q);
		return NULL;
	}
	return q.data ? cti_buf_steal(&q) : cti_strdup("");
}

struct cand {
	int64_t doc, passage;
	char *path, *title, *outlet, *date, *text;
	double score, coverage;
	bool supports, contradicts;
	size_t key_missing;
	bool testimony;         /* a transcript: shown, not counted */
	char why[96];
	bool *has;              /* per claim term: in the passage */
	struct cti_figs figs;       /* the passage's figures; after judge_document,
	                               the best window's and the title's */
	double sentence;        /* the best sentence's coverage */
	int64_t same_as;
	char *doc_text;         /* title and body, once the document is read whole */
	size_t body_at;         /* where the body starts in doc_text */
	size_t win_a, win_z;    /* its best window of sentences */
};

static void cand_free(struct cand *c)
{
	free(c->path);
	free(c->title);
	free(c->outlet);
	free(c->date);
	free(c->text);
	free(c->has);
	free(c->doc_text);
}

/* Whether the figure j of g (the claim's) stands somewhere in t[0..n)
 * (read in pieces of at most CTI_MAX_FIGS figures each). */
static bool figure_in_text(const char *t, size_t n, const struct cti_figs *g, size_t j)
{
	for (size_t a = 0; t && a < n;) {
		struct cti_figs f;
		size_t z = a + 2000 < n ? a + 2000 : n;
		while (z < n && !isspace((unsigned char)t[z]))
			z++;
		cti_find_figures(t + a, z - a, &f);
		if (cti_figs_has_about(&f, g, j))
			return true;
		a = z;
	}
	return false;
}

/* Whether the figure j of g (the claim's) stands somewhere in document doc
 * (a source that gives the claim's figure in another paragraph does not
 * contradict it). */
static bool figure_in_document(struct verifier *V, int64_t doc, const struct cti_figs *g,
                               size_t j)
{
	bool found = false;
	sqlite3_bind_int64(V->doc, 1, doc);
	if (sqlite3_step(V->doc) == SQLITE_ROW)
		found = figure_in_text((const char *)sqlite3_column_text(V->doc, 0),
		                       (size_t)sqlite3_column_bytes(V->doc, 0), g, j);
	sqlite3_reset(V->doc);
	return found;
}

/* Coverage of the claim by what x holds (has[]), its key terms, and
 * whether it supports the claim; returns whether every key word (figures
 * aside) is there. */
static bool assess(const struct claim *c, struct cand *x)
{
	double got = 0;
	bool words_key_ok = true;
	x->key_missing = 0;
	for (size_t j = 0; j < c->n; j++) {
		if (x->has[j])
			got += c->v[j].idf;
		if (!c->v[j].key)
			continue;
		if (!x->has[j]) {
			x->key_missing++;
			words_key_ok = false;
		}
	}
	for (size_t j = 0; j < c->figs.n; j++) {
		if (!cti_figs_has_about(&x->figs, &c->figs, j))
			x->key_missing++;
	}
	x->coverage = c->weight > 0 ? got / c->weight : 0;
	/* supports: most of the claim, with every name and figure it gives */
	x->supports = !x->contradicts && x->coverage >= CT_SUPPORT && x->key_missing == 0;
	return words_key_ok;
}

/* Whether token k is term t: the same word, or one the index files alike
 * (an alias of its group, its other spelling). */
static bool term_is(const struct term *t, const struct tok *k)
{
	return !strcmp(t->t, k->t) || (t->alt && !strcmp(t->alt, k->alt ? k->alt : k->t)) ||
	       (k->alt && !strcmp(t->t, k->alt));
}

/* The claim term token k of toks stands for, or -1. */
static long term_of(const struct claim *c, const struct tok *k)
{
	for (size_t j = 0; j < c->n; j++)
		if (term_is(&c->v[j], k))
			return (long)j;
	return -1;
}

/* Whether a sentence ends between byte a and byte z of text: a full stop,
 * "!", "?" or ";" followed, past any closing quotation marks or brackets
 * ('said."', "(in 2004.)"), by white space or the text's end — not the
 * point of a decimal ("$671.7bn") or of "bbc.co.uk". text runs on past z
 * (the next word) to a NUL. */
static bool sentence_between(const char *text, size_t a, size_t z)
{
	for (size_t i = a; i < z; i++) {
		if (text[i] != '.' && text[i] != '!' && text[i] != '?' && text[i] != ';')
			continue;
		size_t k = i + 1;
		for (;;) {
			if (text[k] == '"' || text[k] == '\'' || text[k] == ')')
				k++;
			else if (!strncmp(text + k, "”", strlen("”")) || !strncmp(text + k, "’", strlen("’")))
				k += strlen("”");
			else
				break;
		}
		if (text[k] == 0 || isspace((unsigned char)text[k]))
			return true;
	}
	return false;
}

/* Whether tokens a..b (exclusive) hold "by" (a passive: "A was outbid by
 * B" has B doing it). */
static bool by_between(const struct toks *t, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		if (!strcmp(t->v[i].t, "by"))
			return true;
	return false;
}

/* Whether two stems are one verb's: the same, or one the other's start
 * with at least four letters ("beat", "beaten"). */
static bool same_verb(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), n = na < nb ? na : nb;
	return n >= 4 && !strncmp(a, b, n);
}

/* The claim's next token after k, past at most two of the words in skip
 * ("the", "has"), or ct->n. */
static size_t next_word(const struct claim *c, const struct toks *ct, size_t k,
                        const char *const *skip)
{
	for (size_t m = k + 1; m < ct->n && m <= k + 3; m++) {
		bool skipped = false;
		for (size_t s = 0; skip[s] && !skipped; s++)
			skipped = cti_word_is(c->text + ct->v[m].start, ct->v[m].end - ct->v[m].start,
			                      skip[s]);
		if (!skipped)
			return m;
	}
	return ct->n;
}

/* Who did what to whom: the claim has key names A and B on either side of
 * one lower-case word W, function words aside ("Gazprom outbid Baikal",
 * "Mary Poppins beat The Producers"), the passage has them the other way
 * round in one sentence ("Baikal … outbid … Gazprom", "The Producers has
 * beaten Mary Poppins") and never the claim's way. ct: the claim's tokens,
 * pt: the passage's. */
static bool roles_reversed(const struct claim *c, const struct toks *ct, const char *ptext,
                           const struct toks *pt)
{
	enum { SPAN = 12 };
	for (size_t i = 0; i < ct->n; i++) {
		long a = term_of(c, &ct->v[i]);
		if (a < 0 || !c->v[a].key)
			continue;
		/* the claim: name, (auxiliary,) word, (article,) name; not a
		 * possessive ("Richter's company OptInRealBig") */
		static const char *const aux[] = {"has", "have", "had", "was", "were", "is",
		                                  "are", "will", "would", "did", NULL};
		static const char *const art[] = {"the", "a", "an", NULL};
		const char *after = c->text + ct->v[i].end;
		if (after[0] == '\'' || !strncmp(after, "’", strlen("’")))
			continue;
		size_t m = next_word(c, ct, i, aux);
		size_t k = m < ct->n ? next_word(c, ct, m, art) : ct->n;
		if (k >= ct->n)
			continue;
		long b = term_of(c, &ct->v[k]);
		long w = term_of(c, &ct->v[m]);
		if (b < 0 || b == a || !c->v[b].key || by_between(ct, i, k) ||
		    sentence_between(c->text, ct->v[i].end, ct->v[k].start))
			continue;
		if (w < 0 || c->v[w].key || c->v[w].fig >= 0 || strlen(c->v[w].t) < 4 ||
		    isupper((unsigned char)c->text[ct->v[m].start]))
			continue; /* a verb, not "'s" or part of a name */
		/* the passage: B … W … A (reversed), A … W … B (agrees) */
		bool reversed = false, agrees = false;
		for (size_t p = 0; p < pt->n; p++) {
			if (!same_verb(pt->v[p].t, c->v[w].t))
				continue;
			for (size_t q = p > SPAN ? p - SPAN : 0; q < p; q++)
				for (size_t r = p + 1; r < pt->n && r <= q + SPAN; r++) {
					bool qa = !strcmp(pt->v[q].t, c->v[a].t),
					     qb = !strcmp(pt->v[q].t, c->v[b].t),
					     ra = !strcmp(pt->v[r].t, c->v[a].t),
					     rb = !strcmp(pt->v[r].t, c->v[b].t);
					if (!((qb && ra) || (qa && rb)) ||
					    sentence_between(ptext, pt->v[q].end, pt->v[r].start))
						continue;
					bool flip = (qb && ra) != by_between(pt, p, r);
					if (flip)
						reversed = true;
					else
						agrees = true;
				}
		}
		if (reversed && !agrees)
			return true;
	}
	return false;
}

/* The largest share of the claim's weight that one sentence of the
 * passage holds: proximity, the claim's words together. */
static double best_sentence(const struct claim *c, const struct toks *pt, const char *text)
{
	if (c->weight <= 0 || !c->n)
		return 0;
	bool *seen = calloc(c->n, sizeof *seen);
	if (!seen)
		return 0;
	double best = 0, got = 0;
	for (size_t i = 0; i < pt->n; i++) {
		if (i > 0 && sentence_between(text, pt->v[i - 1].end, pt->v[i].start)) {
			memset(seen, 0, c->n * sizeof *seen);
			got = 0;
		}
		long j = term_of(c, &pt->v[i]);
		if (j >= 0 && !seen[j]) {
			seen[j] = true;
			got += c->v[j].idf;
			if (got > best)
				best = got;
		}
	}
	free(seen);
	return best / c->weight;
}

/* The share of the claim's words (figures aside), by weight, that has[]
 * marks as found. */
static double word_share(const struct claim *c, const bool *has)
{
	double words = 0, got = 0;
	for (size_t j = 0; j < c->n; j++)
		if (c->v[j].fig < 0) {
			words += c->v[j].idf;
			if (has[j])
				got += c->v[j].idf;
		}
	return words > 0 ? got / words : 0;
}

/* Another figure of the same thing as the claim's figure j among the
 * figures f, its index: the same word after it ("550 troops" for "a
 * thousand troops"), or another score or time ("4-1" for "3-1"); -1 when
 * there is none. */
static long same_thing_figure(const struct claim *c, size_t j, const struct cti_figs *f)
{
	for (size_t k = 0; k < f->n; k++)
		if (cti_figs_same_unit(&c->figs, j, f, k))
			return (long)k;
	return -1;
}

/* The first and last tokens (*a, *z) of the sentence of token i of t
 * (tokens of text). */
static void sentence_of(const char *text, const struct toks *t, size_t i, size_t *a, size_t *z)
{
	*a = *z = i;
	while (*a > 0 && !sentence_between(text, t->v[*a - 1].end, t->v[*a].start))
		(*a)--;
	while (*z + 1 < t->n && !sentence_between(text, t->v[*z].end, t->v[*z + 1].start))
		(*z)++;
}

/* How many of the claim's words (figures aside) a sentence must hold for
 * a figure in it to be told of what the claim is about. */
#define ABOUT_WORDS 2

/* Whether the sentence of t (tokens of text) that holds byte at is told
 * of what claim c is about: it holds ABOUT_WORDS of the claim's words,
 * figures aside ("compared with a loss of 984m euros in 2003" for a claim
 * of Lufthansa's net profit, losses and 2003). "Industrial output rose
 * 2.1% ... from a month earlier" is not told of "the Nikkei 225 fell 2.11%
 * ..., its biggest drop in three months", though the passage's next
 * sentence names the Nikkei. */
static bool sentence_about(const struct claim *c, const char *text, const struct toks *t, size_t at)
{
	size_t i = 0;
	while (i < t->n && t->v[i].end <= at)
		i++;
	if (i >= t->n)
		return false;
	size_t a, z;
	sentence_of(text, t, i, &a, &z);
	long seen[ABOUT_WORDS];
	size_t n = 0;
	for (size_t k = a; k <= z && n < ABOUT_WORDS; k++) {
		long j = term_of(c, &t->v[k]);
		bool again = false;
		for (size_t m = 0; m < n && !again; m++)
			again = seen[m] == j;
		if (j >= 0 && c->v[j].fig < 0 && !again)
			seen[n++] = j;
	}
	return n >= ABOUT_WORDS;
}

/* Coverage of the claim by a passage, and whether it says otherwise. */
static void judge(struct verifier *V, const struct claim *c, struct cand *x)
{
	x->has = calloc(c->n ? c->n : 1, sizeof *x->has);
	if (!x->has || !tokenize(&V->tk, x->text, strlen(x->text), &V->pt))
		return;
	cti_find_figures(x->text, strlen(x->text), &x->figs);
	for (size_t j = 0; j < c->n; j++)
		if (c->v[j].fig >= 0)
			x->has[j] = cti_figs_has_about(&x->figs, &c->figs, claim_fig(c, c->v[j].fig));
	bool p_negated = false;
	for (size_t i = 0; i < V->pt.n; i++) {
		for (size_t j = 0; j < c->n; j++)
			if (!x->has[j] && term_is(&c->v[j], &V->pt.v[i]))
				x->has[j] = true;
		if (negation(V->pt.v[i].t))
			p_negated = true;
	}
	x->sentence = best_sentence(c, &V->pt, x->text);
	bool words_key_ok = assess(c, x);
	/* says otherwise: the words agree, the figure, its direction or the
	 * negation does not */
	double word_cover = word_share(c, x->has);
	for (size_t j = 0; j < c->n && words_key_ok; j++)
		words_key_ok = !c->v[j].lead || x->has[j]; /* the claim's subject too */
	if (word_cover < CT_CONTRA_COVER || !words_key_ok)
		return;
	long other = -1;
	size_t c_fig = 0;
	int turned = 0;
	for (size_t j = 0; j < c->figs.n; j++) {
		long v = c->figs.v[j];
		if (!cti_figs_has_about(&x->figs, &c->figs, j)) {
			if (other < 0 && (other = same_thing_figure(c, j, &x->figs)) >= 0)
				c_fig = j;
			continue;
		}
		/* the same figure moving the other way: "fell by 32,000" against
		 * "rose 32,000"; every place the passage gives it must disagree,
		 * one of them in a sentence told of what the claim is about */
		int dc = cti_figure_direction(c->text, c->figs.at[j]);
		bool all_opposite = dc != 0, named = false;
		for (size_t k = 0; k < x->figs.n && all_opposite; k++)
			if (cti_fig_equal(x->figs.v[k], v)) {
				all_opposite = cti_figure_direction(x->text, x->figs.at[k]) == -dc;
				named = named || sentence_about(c, x->text, &V->pt, x->figs.at[k]);
			}
		if (all_opposite && named && !turned)
			turned = dc;
	}
	if (turned) {
		x->contradicts = true;
		x->supports = false;
		snprintf(x->why, sizeof x->why,
		         "direction: the source has one of the claim's figures moving the other way");
	} else if (other >= 0 && !figure_in_document(V, x->doc, &c->figs, c_fig)) {
		x->contradicts = true;
		x->supports = false;
		char fig[32];
		cti_figs_format(&x->figs, (size_t)other, fig, sizeof fig);
		snprintf(x->why, sizeof x->why, "figure: the source gives %s, not the claim's figure",
		         fig);
	} else if (c->negated && !p_negated && word_cover >= CT_NEGATED_COVER) {
		x->contradicts = true;
		x->supports = false;
		snprintf(x->why, sizeof x->why, "negation: the claim denies what the source states");
	}
}

/* ---- the document's judgement ------------------------------------------------ */

/* How many consecutive sentences of a document may hold the claim's fact
 * together (with the title), how many sentences either side of them may
 * hold its figures (a story often gives the second figure a little
 * further on), and how many of the best documents are read whole. */
#define WINDOW 2
#define FIGURE_REACH 2
#define READ_WHOLE 20

/* How much a word counts for the claim's word it stands for in other words:
 * another form of it in full ("gave", "given"); a synonym of one of its
 * first senses ("climbed", "rose") or what it pertains to ("Dutch",
 * "Netherlands") for a part: two words that share a sense need not share
 * the fact's. */
#define NEAR_SYNONYM 0.5
#define NEAR_DERIVED 0.5

static double near_weight(enum cti_wn_kind kind)
{
	return kind == CTI_WN_FORM ? 1 : kind == CTI_WN_DERIVED ? NEAR_DERIVED : NEAR_SYNONYM;
}

/* A term's weight in the judgement: its idf, twice over for the claim's
 * names and figures (what a paraphrase keeps and a different fact
 * changes). */
static double anchored(const struct term *t)
{
	return t->idf * (t->key || t->fig >= 0 ? 2 : 1);
}

/* Whether the figures f (a window's, with FIGURE_REACH sentences either
 * side) and tf (the title's) give every figure of the claim. */
static bool figures_all(const struct claim *c, const struct cti_figs *f, const struct cti_figs *tf)
{
	for (size_t j = 0; j < c->figs.n; j++)
		if (!cti_figs_has_about(f, &c->figs, j) && !cti_figs_has_about(tf, &c->figs, j))
			return false;
	return true;
}

/* How many words on a negation of the source reaches: "made no
 * announcement about the next-generation Xbox", "did not sign". */
#define NEG_REACH 4

/* Whether token t (as the index files it) opens an indirect question:
 * what follows a negated "said which", "disclosed how many", "known
 * whether" is what is not told, not what is denied. */
static bool indirect_question(const char *t)
{
	static const char *const wh[] = {"which", "what", "whether", "how", "who", "whom", "where",
	                                 "when", "why"};
	for (size_t i = 0; i < sizeof wh / sizeof wh[0]; i++)
		if (!strcmp(t, wh[i]))
			return true;
	return false;
}

/* Whether the window [a, z) of a document that matches claim c negates one
 * of the claim's words: a negation ("not", "no", "never", ...) with one of
 * them within NEG_REACH words after it in its sentence, before any word that
 * opens an indirect question ("has not said which banks"; "not only" aside).
 * The claim, which is not negated itself, then asserts what the source
 * denies. */
static bool source_denies(const struct claim *c, const char *text, const struct toks *dt, size_t a,
                          size_t z)
{
	for (size_t i = 0; i < dt->n; i++) {
		if (dt->v[i].start < a || dt->v[i].end > z || !negation(dt->v[i].t))
			continue;
		if (i + 1 < dt->n && !strcmp(dt->v[i + 1].t, "onli"))
			continue; /* "not only …, but also" asserts */
		for (size_t k = i + 1; k < dt->n && k <= i + NEG_REACH && dt->v[k].end <= z; k++) {
			if (sentence_between(text, dt->v[k - 1].end, dt->v[k].start) ||
			    indirect_question(dt->v[k].t))
				break; /* "has not identified which banks": not denied */
			long j = term_of(c, &dt->v[k]);
			if (j >= 0 && c->v[j].fig < 0)
				return true;
		}
	}
	return false;
}

/* Whether the window text[fa..fz) of a story that holds every name of
 * claim c, and CT_CONTRA_COVER of its other words (has[]), gives another
 * figure of the same thing as one of the claim's figures that the story
 * never gives: "expects to cut around 12,800 jobs" against "about 20,000
 * jobs would go". That figure is written into other (n bytes). */
static bool window_other_figure(const struct claim *c, const char *text, size_t len, size_t fa,
                                size_t fz, const bool *has, char *other, size_t n)
{
	if (!c->figs.n || fz <= fa || word_share(c, has) < CT_CONTRA_COVER)
		return false;
	struct cti_figs wf;
	cti_find_figures(text + fa, fz - fa, &wf);
	for (size_t j = 0; j < c->figs.n; j++) {
		if (figure_in_text(text, len, &c->figs, j))
			continue;
		long k = same_thing_figure(c, j, &wf);
		if (k >= 0) {
			cti_figs_format(&wf, (size_t)k, other, n);
			return true;
		}
	}
	return false;
}

/* The share of a claim's words (by weight, figures aside) a window that
 * has another name in the place of one of the claim's must hold: a story
 * names many networks, races and prizes; the claim's fact is the
 * window's only when its other words agree as much as against a negated
 * claim (measured: 0.72 and 0.76 for the windows that state another
 * prize and another network, 0.32 to 0.52 for those about another race of
 * the same runner). */
#define NAME_COVER CT_NEGATED_COVER

/* Whether token k of text is a name: written with a capital, not a
 * sentence's first word (prev: the token before it, or NULL), not a
 * function word ("The") nor a word WordNet has in lower case ("Mr",
 * "Lord"). */
static bool a_name(struct verifier *V, const char *text, const struct tok *k,
                   const struct tok *prev)
{
	size_t n = k->end - k->start;
	return isupper((unsigned char)text[k->start]) && prev &&
	       !sentence_between(text, prev->end, k->start) && !stop_word(text + k->start, n) &&
	       !(V->wn && cti_wordnet_common(V->wn, text + k->start, n));
}

/* Another name in the place of one of the claim's: the window [a, z) of a
 * document lacks the claim's name X (in_window[X] == 0, in any form) and
 * has, beside the claim's word next to X (one of the claim's terms, a
 * common noun or adjective), a name the claim does not give: "went over
 * the Cellnet network" against "made across the Vodafone network", "won
 * the Golden Lion" against "won the Golden Osella". ("in Edinburgh"
 * against "in London" was tried: a story has many places "in" something.)
 * The story must never put X beside that word the claim's way. ct: the
 * claim's tokens, dt: the document's. X's term is put in *name, the other
 * name's token in *other. Needs WordNet (which words are nouns and
 * adjectives). */
static bool name_replaced(struct verifier *V, const struct claim *c, const struct toks *ct,
                          const char *text, const struct toks *dt, size_t a, size_t z,
                          const double *in_window, size_t *name, size_t *other)
{
	for (size_t i = 0; i < ct->n && V->wn; i++) {
		long x = term_of(c, &ct->v[i]);
		if (x < 0 || !c->v[x].key || c->v[x].fig >= 0 || c->v[x].year || in_window[x] > 0 ||
		    !isupper((unsigned char)c->text[ct->v[i].start]))
			continue;
		for (int d = -1; d <= 1; d += 2) {
			if ((d < 0 && i == 0) || (d > 0 && i + 1 >= ct->n))
				continue;
			const struct tok *nb = &ct->v[i + d];
			if (sentence_between(c->text, d < 0 ? nb->end : ct->v[i].end,
			                     d < 0 ? ct->v[i].start : nb->start))
				continue;
			/* a common noun or adjective, which makes one phrase
			 * with the name: "network", "Golden"; not "Kelly" (of
			 * "Kelly Holmes": "Kelly McNeice" is another person),
			 * nor a verb ("Mestan told": "Velde told" is another
			 * speaker, not another name for the same one) */
			size_t nl = nb->end - nb->start;
			long w = term_of(c, nb);
			if (w < 0 || w == x ||
			    !cti_wordnet_nominal(V->wn, c->text + nb->start, nl) ||
			    (isupper((unsigned char)c->text[nb->start]) &&
			     !cti_wordnet_common(V->wn, c->text + nb->start, nl)))
				continue;
			/* the word in the document, with a name on X's side */
			bool found = false, agrees = false;
			size_t y = 0;
			for (size_t p = 0; p < dt->n; p++) {
				if (strcmp(dt->v[p].t, nb->t))
					continue;
				size_t q = d < 0 ? p + 1 : p - 1;
				if ((d > 0 && p == 0) || q >= dt->n ||
				    sentence_between(text, d < 0 ? dt->v[p].end : dt->v[q].end,
				                     d < 0 ? dt->v[q].start : dt->v[p].start))
					continue;
				if (term_is(&c->v[x], &dt->v[q])) {
					agrees = true;
					break;
				}
				if (dt->v[p].start < a || dt->v[p].end > z || dt->v[q].start < a ||
				    dt->v[q].end > z || found || q == 0)
					continue;
				/* a name of one word in the claim's phrase, the
				 * word past it no name: not part of one of the
				 * claim's ("start Frederic Michalak" for "the
				 * starting XV") nor of a longer name ("the New York
				 * Marathon" for "the Boston Marathon": another
				 * race, not another name for it) */
				enum cti_wn_kind kind = CTI_WN_FORM;
				size_t far = d < 0 ? q + 1 : q - 1;
				if (term_of(c, &dt->v[q]) >= 0 || near_of(c, text, &dt->v[q], &kind) >= 0 ||
				    !a_name(V, text, &dt->v[q], &dt->v[q - 1]) ||
				    (far < dt->n && far > 0 &&
				     (term_of(c, &dt->v[far]) >= 0 ||
				      isupper((unsigned char)text[dt->v[far].start])) &&
				     !sentence_between(text, d < 0 ? dt->v[q].end : dt->v[far].end,
				                       d < 0 ? dt->v[far].start : dt->v[q].start)))
					continue;
				found = true;
				y = q;
			}
			if (found && !agrees) {
				*name = (size_t)x;
				*other = y;
				return true;
			}
		}
	}
	return false;
}

/* Which side of outcome pair p token i of t (in text) is (outcomes.c),
 * with the token after it for an outcome of two words ("pulled out"), and
 * where the outcome's words end (*end). */
static int outcome_of(size_t p, const char *text, const struct toks *t, size_t i, size_t *end)
{
	const struct tok *k = &t->v[i], *nx = i + 1 < t->n ? &t->v[i + 1] : NULL;
	bool two = false;
	int side = cti_outcome_side(p, text + k->start, k->end - k->start,
	                            nx ? text + nx->start : "", nx ? nx->end - nx->start : 0, &two);
	*end = two && nx ? nx->end : k->end;
	return side;
}

/* Whether the sentence of token i of t (in text) holds one of claim c's
 * words, figures and the words of outcome pair p aside: the outcome is
 * told of what the claim is about ("Holmes pulled out", not "the rise came
 * despite exchange rates"). */
static bool outcome_of_claim(const struct claim *c, size_t p, const char *text,
                             const struct toks *t, size_t i)
{
	size_t a, z, e;
	sentence_of(text, t, i, &a, &z);
	for (size_t k = a; k <= z; k++) {
		long j = term_of(c, &t->v[k]);
		if (j >= 0 && c->v[j].fig < 0 && !outcome_of(p, text, t, k, &e))
			return true;
	}
	return false;
}

/* How many words before an outcome a negation of it may stand ("did not
 * win", "has not yet withdrawn"). */
#define OUTCOME_NEG_REACH 3

/* Whether token i of t follows a negation in its sentence, at most
 * OUTCOME_NEG_REACH words before it. */
static bool negated_at(const char *text, const struct toks *t, size_t i)
{
	for (size_t k = i; k > 0 && k + OUTCOME_NEG_REACH >= i + 1; k--) {
		if (sentence_between(text, t->v[k - 1].end, t->v[k].start))
			return false;
		if (negation(t->v[k - 1].t))
			return true;
	}
	return false;
}

/* The claim's side of each outcome pair, and the terms that are words of
 * an outcome (claim c, its tokens ct), into c->outcome and the terms'
 * outcome bits (outcome_opposed's claim half, once per claim). */
static void claim_outcomes(struct claim *c, const struct toks *ct)
{
	size_t e;
	for (size_t p = 0; p < cti_outcome_pairs(); p++) {
		int side = 0;
		bool both = false;
		for (size_t k = 0; k < ct->n; k++) {
			int s = outcome_of(p, c->text, ct, k, &e);
			if (s && negated_at(c->text, ct, k))
				both = true; /* "did not win": not this check's */
			else if (s && side && s != side)
				both = true;
			else if (s)
				side = s;
		}
		c->outcome[p] = (signed char)(both ? 0 : side);
		if (!c->outcome[p])
			continue;
		for (size_t j = 0; j < c->n; j++) {
			if (c->v[j].fig >= 0)
				continue;
			bool outcome = false;
			for (size_t k = 0; k < ct->n && !outcome; k++)
				outcome = term_is(&c->v[j], &ct->v[k]) && outcome_of(p, c->text, ct, k, &e);
			if (outcome)
				c->v[j].outcome |= (uint32_t)1 << p;
		}
	}
}

/* The other outcome of the claim's event: claim c, not negated, has a word
 * of one side of an outcome pair (outcomes.c: "won", "stay") and none of
 * the other (c->outcome); the window [a, z) of a story that names every
 * name of the claim (checked by the caller) and holds CT_NEGATED_COVER of
 * its other words (has[], by weight, figures and the outcome's words
 * aside) has a word of the other side ("pulled out", "leave"), not
 * negated, in a sentence with one of the claim's other words, and none of
 * the claim's side. Where the source's words stand is put in *at and
 * *end. dt: the document's tokens. */
static bool outcome_opposed(const struct claim *c, const char *text, const struct toks *dt,
                            size_t a, size_t z, const bool *has, size_t *at, size_t *end)
{
	size_t e;
	if (c->negated)
		return false;
	for (size_t p = 0; p < cti_outcome_pairs(); p++) {
		int side = c->outcome[p];
		if (!side)
			continue;
		double words = 0, got = 0;
		for (size_t j = 0; j < c->n; j++) {
			if (c->v[j].fig >= 0 || (c->v[j].outcome >> p & 1))
				continue;
			words += c->v[j].idf;
			if (has[j])
				got += c->v[j].idf;
		}
		if (words <= 0 || got / words < CT_NEGATED_COVER)
			continue;
		bool same = false, other = false;
		for (size_t i = 0; i < dt->n && !same; i++) {
			if (dt->v[i].start < a || dt->v[i].end > z)
				continue;
			int s = outcome_of(p, text, dt, i, &e);
			if (s == side)
				same = true;
			else if (s && !other && !negated_at(text, dt, i) &&
			         outcome_of_claim(c, p, text, dt, i)) {
				other = true;
				*at = dt->v[i].start;
				*end = e;
			}
		}
		if (other && !same)
			return true;
	}
	return false;
}

/* Credits claim term j with weight w in seen[] (per claim term, how much
 * of it a window holds): when the story's word stands for the whole of j's
 * phrase (whole: "released" for "let go"), every term of the phrase too;
 * a particle has its verb's match when the story gives the verb itself, in
 * any form ("hand" for "handed over"; not "took" for "carried off"). */
static void credit(const struct claim *c, double *seen, long j, double w, bool whole)
{
	if (w > seen[j])
		seen[j] = w;
	for (size_t k = 0; k < c->n; k++)
		if (((whole && c->v[k].phrase == j) || (c->v[k].verb == j && w >= 1)) &&
		    w > seen[k])
			seen[k] = w;
}

/* The claim's first season ("spring": March, April and May fall in it;
 * each season holds one of the months below), or -1. */
static long season_term(const struct claim *c)
{
	static const char *const one_each[] = {"March", "June", "September", "December"};
	for (size_t j = 0; j < c->n; j++)
		for (size_t q = 0; q < sizeof one_each / sizeof one_each[0]; q++)
			if (cti_season_month(c->v[j].word, c->v[j].word_len, one_each[q],
			                     strlen(one_each[q])))
				return (long)j;
	return -1;
}

/* Per class of words (enum cti_word_class), the claim's first term of it,
 * or -1, into first[]. */
static void class_terms(const struct claim *c, long first[CTI_WORDS_N])
{
	for (size_t k = 0; k < CTI_WORDS_N; k++)
		first[k] = -1;
	for (size_t j = 0; j < c->n; j++)
		if (c->v[j].cls != CTI_WORDS_NONE && first[c->v[j].cls] < 0)
			first[c->v[j].cls] = (long)j;
}

/* Reads document x whole and judges it by its best window: at most WINDOW
 * consecutive sentences read with the title. Every name of the claim must
 * stand somewhere in the story (which names its people once and then says
 * "he" or "the minister"), and every figure within FIGURE_REACH sentences
 * of the window; x supports the claim when the window
 * covers at least CT_SUPPORT of its anchored weight and x does not say
 * otherwise (checked here: names the other way round, anywhere in the
 * story). x->coverage, has, figs, supports and the window's place (for
 * the snippet) are set from the best window. */
static ct_status judge_document(struct verifier *V, const struct claim *c, struct cand *x)
{
	const char *body = NULL;
	sqlite3_bind_int64(V->doc, 1, x->doc);
	int rc = sqlite3_step(V->doc);
	if (rc == SQLITE_ROW)
		body = (const char *)sqlite3_column_text(V->doc, 0);
	struct cti_buf b;
	cti_buf_init(&b);
	if (x->title && x->title[0]) {
		cti_buf_puts(&b, x->title);
		cti_buf_puts(&b, ".\n\n");
	}
	size_t tlen = b.len;
	cti_buf_puts(&b, body ? body : x->text);
	sqlite3_reset(V->doc);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		cti_buf_free(&b);
		return cti_db_sqlerr(V->db, "reading a source");
	}
	if (b.oom || !tokenize(&V->tk, b.data, b.len, &V->dt)) {
		cti_buf_free(&b);
		return CT_ENOMEM;
	}
	const char *text = b.data;
	const struct toks *dt = &V->dt;
	/* who did what to whom, anywhere in the story */
	if (!x->contradicts && roles_reversed(c, &V->ct, text, dt)) {
		x->contradicts = true;
		snprintf(x->why, sizeof x->why,
		         "roles: the source has the claim's names the other way round");
	}
	size_t n = c->n ? c->n : 1;
	/* per claim term, how much of it the title and the window hold: 1 in
	 * its own words, less in others (near_weight) */
	double *tit = calloc(n, sizeof *tit), *seen = calloc(n, sizeof *seen),
	       *best_w = calloc(n, sizeof *best_w), *tok_w = calloc(dt->n ? dt->n : 1, sizeof *tok_w);
	bool *best = calloc(n, sizeof *best), *named = calloc(n, sizeof *named);
	size_t *sid = calloc(dt->n ? dt->n : 1, sizeof *sid);
	long *term = calloc(dt->n ? dt->n : 1, sizeof *term);
	bool *whole = calloc(dt->n ? dt->n : 1, sizeof *whole); /* for its term's phrase */
	if (!tit || !seen || !best_w || !tok_w || !best || !named || !sid || !term || !whole) {
		free(tit), free(seen), free(best_w), free(tok_w), free(best), free(named), free(sid),
			free(term), free(whole);
		cti_buf_free(&b);
		return CT_ENOMEM;
	}
	long cls[CTI_WORDS_N], season = season_term(c);
	class_terms(c, cls);
	/* sentences: the title is sentence 0 */
	size_t nsent = 1;
	for (size_t i = 0; i < dt->n; i++) {
		if (i > 0 && (sentence_between(text, dt->v[i - 1].end, dt->v[i].start) ||
		              (dt->v[i - 1].end <= tlen && dt->v[i].start >= tlen)))
			nsent++;
		sid[i] = nsent - 1;
		term[i] = term_of(c, &dt->v[i]);
		tok_w[i] = 1;
		enum cti_wn_kind kind;
		kind = CTI_WN_FORM;
		if (term[i] < 0 &&
		    (term[i] = near_of_phrase(c, text, dt, i, &dt->v[i], &kind, &whole[i])) >= 0)
			tok_w[i] = near_weight(kind);
		/* "said" for the claim's "argued", "should" for "ought" */
		if (term[i] < 0)
			term[i] = cls[cti_word_class(text + dt->v[i].start,
			                             dt->v[i].end - dt->v[i].start)];
		/* "April" for the claim's "spring" */
		if (term[i] < 0 && season >= 0 &&
		    cti_season_month(c->v[season].word, c->v[season].word_len,
		                     text + dt->v[i].start, dt->v[i].end - dt->v[i].start))
			term[i] = season;
		if (term[i] >= 0 && dt->v[i].end <= tlen)
			credit(c, tit, term[i], tok_w[i], whole[i]);
		/* anywhere in the story: in the claim's words or another form of
		 * them; a name also as another name of the same (near_add files
		 * only those for a name: "Welshman" or "Wales" for "Welsh") */
		if (term[i] >= 0 && (kind == CTI_WN_FORM || c->v[term[i]].key))
			named[term[i]] = true;
	}
	/* a year the claim gives is the story's own when it was published
	 * then ("on Monday" in a story of 2007): every window gives it, as
	 * the title does */
	for (size_t j = 0; j < c->n; j++) {
		if (c->v[j].year && x->date && !strncmp(x->date, c->v[j].word, 4))
			named[j] = true, tit[j] = 1;
	}
	double total = 0;
	for (size_t j = 0; j < c->n; j++)
		total += anchored(&c->v[j]);
	struct cti_figs tf, wf;
	cti_find_figures(text, tlen, &tf);
	double best_cover = -1;
	bool best_complete = false;
	size_t best_fa = 0, best_fz = 0; /* the best window with its figures' reach */
	size_t i0 = 0;
	for (size_t s0 = tlen ? 1 : 0; s0 < nsent; s0++) {
		while (i0 < dt->n && sid[i0] < s0)
			i0++;
		memcpy(seen, tit, n * sizeof *seen);
		size_t a = b.len, z = tlen, i;
		for (i = i0; i < dt->n && sid[i] < s0 + WINDOW; i++) {
			if (dt->v[i].start < a)
				a = dt->v[i].start;
			z = dt->v[i].end;
			if (term[i] >= 0)
				credit(c, seen, term[i], tok_w[i], whole[i]);
		}
		if (a >= z)
			break; /* no body */
		/* figures by value, from FIGURE_REACH sentences before the window
		 * to as many after it */
		size_t fa = a, fz = z;
		for (size_t q = i0; q > 0 && sid[q - 1] > 0 && sid[q - 1] + FIGURE_REACH >= s0; q--)
			fa = dt->v[q - 1].start;
		for (size_t q = i; q < dt->n && sid[q] < s0 + WINDOW + FIGURE_REACH; q++)
			fz = dt->v[q].end;
		cti_find_figures(text + fa, fz - fa, &wf);
		double got = 0;
		bool complete = true;
		for (size_t j = 0; j < c->n; j++) {
			/* a figure by value: "48,000", "forty-eight thousand" */
			if (seen[j] == 0 && c->v[j].fig >= 0)
				seen[j] = cti_figs_has_about(&wf, &c->figs, claim_fig(c, c->v[j].fig)) ||
				          cti_figs_has_about(&tf, &c->figs, claim_fig(c, c->v[j].fig));
			if (seen[j] > 0)
				got += anchored(&c->v[j]) * seen[j];
			else if ((c->v[j].key || c->v[j].year) && !named[j])
				complete = false;
		}
		if (complete && !figures_all(c, &wf, &tf))
			complete = false;
		double cover = total > 0 ? got / total : 0;
		/* the best window: complete before incomplete, then by cover */
		if ((complete && !best_complete) ||
		    (complete == best_complete && cover > best_cover)) {
			best_cover = cover;
			best_complete = complete;
			memcpy(best_w, seen, n * sizeof *best_w);
			x->win_a = a;
			x->win_z = z;
			best_fa = fa;
			best_fz = fz;
			x->figs = wf;
			for (size_t k = 0; k < tf.n && x->figs.n < CTI_MAX_FIGS; k++, x->figs.n++) {
				x->figs.v[x->figs.n] = tf.v[k];
				x->figs.at[x->figs.n] = tf.at[k];
				x->figs.len[x->figs.n] = tf.len[k];
				x->figs.from[x->figs.n] = tf.from[k];
				memcpy(x->figs.unit[x->figs.n], tf.unit[k], sizeof tf.unit[k]);
			}
		}
		if (i >= dt->n)
			break;
	}
	/* what the best window holds of the claim, in its words or others
	 * (the words agree for a figure that does not) */
	for (size_t j = 0; j < c->n; j++)
		best[j] = best_w[j] > 0;
	/* another name in the place of one of the claim's (r): every other
	 * name of the claim in the story, NAME_COVER of its other words in
	 * the window */
	size_t other_name = 0, r = 0;
	bool replaced = best_cover >= 0 && !x->contradicts &&
	                !(best_complete && best_cover >= CT_SUPPORT) &&
	                name_replaced(V, c, &V->ct, text, dt, x->win_a, x->win_z, best_w, &r,
	                              &other_name);
	double words = 0, got_words = 0;
	for (size_t j = 0; j < c->n && replaced; j++) {
		if (j == r)
			continue;
		if ((c->v[j].key || c->v[j].lead) && !named[j])
			replaced = false;
		if (c->v[j].fig < 0)
			words += c->v[j].idf;
		if (c->v[j].fig < 0 && (best_w[j] > 0 || ((c->v[j].key || c->v[j].year) && named[j])))
			got_words += c->v[j].idf;
	}
	if (replaced)
		replaced = words + c->v[r].idf > 0 &&
		           got_words / (words + c->v[r].idf) >= NAME_COVER;
	/* a name the story gives outside the window is not missing from it */
	bool names_all = true;
	for (size_t j = 0; j < c->n; j++) {
		if ((c->v[j].key || c->v[j].year) && named[j])
			best[j] = true;
		else if (c->v[j].key || (c->v[j].lead && !named[j]))
			names_all = false;
	}
	free(tit), free(seen), free(best_w), free(tok_w), free(named), free(sid), free(term),
		free(whole);
	if (best_cover < 0) { /* nothing to read */
		free(best);
		cti_buf_free(&b);
		x->supports = false;
		return CT_OK;
	}
	free(x->has);
	x->has = best;
	x->coverage = best_cover;
	x->body_at = tlen;
	while (x->body_at < b.len && isspace((unsigned char)b.data[x->body_at]))
		x->body_at++;
	/* two figures or more of the claim, every one of them in the window's
	 * reach, are what a paraphrase keeps and a near miss changes: the
	 * window needs less of the claim's other words */
	x->supports = !x->contradicts && best_complete &&
	              (best_cover >= CT_SUPPORT ||
	               (c->figs.n >= 2 && best_cover >= CT_FIGURES_SUPPORT));
	if (x->supports && !c->negated && source_denies(c, text, dt, x->win_a, x->win_z)) {
		x->contradicts = true;
		x->supports = false;
		snprintf(x->why, sizeof x->why, "negation: the source denies what the claim states");
	}
	size_t oa, oz;
	if (!x->contradicts && names_all &&
	    outcome_opposed(c, text, dt, x->win_a, x->win_z, best, &oa, &oz)) {
		x->contradicts = true;
		x->supports = false;
		snprintf(x->why, sizeof x->why,
		         "outcome: the source has %.*s, the other outcome of the claim's event",
		         (int)(oz - oa > 24 ? 24 : oz - oa), text + oa);
	}
	char fig[32];
	if (!x->supports && !x->contradicts && names_all &&
	    window_other_figure(c, text, b.len, best_fa, best_fz, best, fig, sizeof fig)) {
		x->contradicts = true;
		snprintf(x->why, sizeof x->why, "figure: the source gives %s, not the claim's figure",
		         fig);
	}
	if (!x->supports && !x->contradicts && replaced) {
		const struct tok *k = &dt->v[other_name];
		int nk = (int)(k->end - k->start > 40 ? 40 : k->end - k->start);
		x->contradicts = true; /* not the claim's name: its words are restricted */
		snprintf(x->why, sizeof x->why, "name: the source has %.*s in the place of the claim's",
		         nk, text + k->start);
	}
	free(x->doc_text);
	x->doc_text = cti_buf_steal(&b);
	return x->doc_text ? CT_OK : CT_ENOMEM;
}

static int by_hash(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* Word triples of a text, hashed and sorted, for near-duplicate stories. */
static size_t triples(struct verifier *V, const char *text, uint32_t *out, size_t cap)
{
	if (!tokenize(&V->tk, text, strlen(text), &V->pt))
		return 0;
	size_t n = 0;
	for (size_t i = 0; i + 2 < V->pt.n && n < cap; i++) {
		uint32_t h = 2166136261u;
		for (size_t k = 0; k < 3; k++)
			for (const char *p = V->pt.v[i + k].t; *p; p++)
				h = (h ^ (unsigned char)*p) * 16777619u;
		out[n++] = h;
	}
	qsort(out, n, sizeof *out, by_hash);
	return n;
}

/* The share of triples two stories have in common: a's triples found in b
 * over all of both (a and b sorted). */
static double jaccard(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	if (!na || !nb)
		return 0;
	size_t inter = 0;
	for (size_t i = 0, j = 0; i < na; i++) {
		while (j < nb && b[j] < a[i])
			j++;
		if (j < nb && b[j] == a[i])
			inter++;
	}
	return (double)inter / (double)(na + nb - inter);
}

static int by_score(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	return (x->score < y->score) - (x->score > y->score);
}

/* ---- the report ------------------------------------------------------------------ */

struct report {
	ct_verify_report pub;
	struct cti_strs pool;
	ct_claim_result *claims;
	ct_evidence *ev;        /* all claims' evidence, in one block */
	bool oom;
};

static const char *keep(struct report *r, const char *s)
{
	if (!s)
		return NULL;
	if (!cti_strs_add(&r->pool, s, strlen(s))) {
		r->oom = true;
		return NULL;
	}
	return r->pool.v[r->pool.n - 1];
}

static const char *keepn_claim(struct report *r, const char *s, size_t n)
{
	if (!cti_strs_add(&r->pool, s, n)) {
		r->oom = true;
		return NULL;
	}
	/* one line: a claim may run over continuation lines */
	char *c = r->pool.v[r->pool.n - 1];
	for (char *p = c; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return c;
}

void ct_verify_report_free(ct_verify_report *pub)
{
	if (!pub)
		return;
	struct report *r = (struct report *)pub;
	cti_strs_free(&r->pool);
	free(r->claims);
	free(r->ev);
	free(r);
}

const char *ct_verify_status_name(int i)
{
	static const char *const names[] = {"corroborated", "single-source", "uncorroborated",
	                                    "possibly-contradicted"};
	return i >= 0 && i < 4 ? names[i] : "?";
}

/* The passage with the claim's words in ** **, cut to about 400 bytes
 * around the first of them. */
static char *snippet(struct verifier *V, const struct claim *c, const char *text, size_t len,
                     bool more_before, bool more_after)
{
	if (!tokenize(&V->tk, text, len, &V->pt))
		return NULL;
	size_t first = len;
	for (size_t i = 0; i < V->pt.n; i++)
		for (size_t j = 0; j < c->n; j++)
			if (!strcmp(V->pt.v[i].t, c->v[j].t) && V->pt.v[i].start < first)
				first = V->pt.v[i].start;
	size_t a = 0, z = len;
	if (len > 400) {
		a = first > 120 ? first - 120 : 0;
		z = a + 400 < len ? a + 400 : len;
		while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
			a--;
		while (z < len && ((unsigned char)text[z] & 0xC0) == 0x80)
			z++;
	}
	struct cti_buf b;
	cti_buf_init(&b);
	if (a > 0 || more_before)
		cti_buf_puts(&b, "…");
	size_t at = a;
	for (size_t i = 0; i < V->pt.n; i++) {
		const struct tok *k = &V->pt.v[i];
		if (k->start < at || k->end > z)
			continue;
		bool hit = false;
		for (size_t j = 0; j < c->n && !hit; j++)
			hit = !strcmp(k->t, c->v[j].t);
		if (!hit)
			continue;
		cti_buf_append(&b, text + at, k->start - at);
		cti_buf_puts(&b, "**");
		cti_buf_append(&b, text + k->start, k->end - k->start);
		cti_buf_puts(&b, "**");
		at = k->end;
	}
	cti_buf_append(&b, text + at, z - at);
	if (z < len || more_after)
		cti_buf_puts(&b, "…");
	/* one line */
	for (size_t i = 0; i < b.len; i++)
		if (b.data[i] == '\n' || b.data[i] == '\t')
			b.data[i] = ' ';
	return b.oom ? (cti_buf_free(&b), NULL) : cti_buf_steal(&b);
}

/* The claim's names and years that x's story lacks and the figures its
 * best window lacks, as the claim writes them, or NULL. */
static char *missing_terms(const struct claim *c, const struct cand *x)
{
	struct cti_buf b;
	cti_buf_init(&b);
	for (size_t j = 0; j < c->n; j++) {
		if (!(c->v[j].key || c->v[j].year) || (x->has && x->has[j]))
			continue;
		if (b.len)
			cti_buf_puts(&b, ", ");
		cti_buf_append(&b, c->v[j].word, c->v[j].word_len);
	}
	for (size_t j = 0; j < c->figs.n; j++) {
		if (cti_figs_has_about(&x->figs, &c->figs, j))
			continue;
		if (b.len)
			cti_buf_puts(&b, ", ");
		cti_buf_append(&b, c->text + c->figs.at[j], c->figs.len[j]);
	}
	if (b.oom || !b.len) {
		cti_buf_free(&b);
		return NULL;
	}
	return cti_buf_steal(&b);
}

/* Verify one claim: its evidence into r->ev from *n_ev on. */
static ct_status verify_claim(struct verifier *V, struct report *r, const char *text,
                              size_t len, ct_claim_result *out, size_t *n_ev)
{
	struct claim c;
	ct_status st = claim_terms(V, text, len, &c);
	char *q = st == CT_OK ? claim_query(&c) : NULL;
	if (st == CT_OK && !q)
		st = CT_ENOMEM;
	struct cand *cs = NULL;
	size_t n = 0;
	if (st == CT_OK && q[0]) {
		cs = calloc(80, sizeof *cs);
		if (!cs)
			st = CT_ENOMEM;
		sqlite3_bind_text(V->search, 1, q, -1, SQLITE_STATIC);
		int rc;
		while (st == CT_OK && n < 80 && (rc = sqlite3_step(V->search)) == SQLITE_ROW) {
			struct cand *x = &cs[n];
			x->passage = sqlite3_column_int64(V->search, 0);
			x->doc = sqlite3_column_int64(V->search, 1);
			x->text = cti_strdup((const char *)sqlite3_column_text(V->search, 2));
			if (!x->text) {
				st = CT_ENOMEM;
				break;
			}
			x->path = cti_strdup((const char *)sqlite3_column_text(V->search, 3));
			x->title = cti_strdup((const char *)sqlite3_column_text(V->search, 4));
			x->outlet = cti_strdup((const char *)sqlite3_column_text(V->search, 5));
			x->date = cti_strdup((const char *)sqlite3_column_text(V->search, 6));
			const char *kind = (const char *)sqlite3_column_text(V->search, 7);
			x->testimony = kind && !strcmp(kind, "transcript");
			judge(V, &c, x);
			/* adjustments to the score: x->score is the coverage until
			 * each document's best passage is chosen */
			x->score = x->coverage;
			if (x->date && x->date[0] && (V->from[0] || V->to[0]) &&
			    (!V->from[0] || strncmp(x->date, V->from, 10) >= 0) &&
			    (!V->to[0] || strncmp(x->date, V->to, 10) <= 0))
				x->score += 0.05; /* inside the case's period */
			if (V->case_id) {
				sqlite3_bind_int64(V->caselink, 1, V->case_id);
				sqlite3_bind_int64(V->caselink, 2, x->doc);
				if (sqlite3_step(V->caselink) == SQLITE_ROW)
					x->score += 0.05;
				sqlite3_reset(V->caselink);
			}
			if (V->before[0] && x->date && strcmp(x->date, V->before) > 0)
				x->score -= 0.1; /* published after the interview */
			n++;
		}
		sqlite3_reset(V->search);
		if (st == CT_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
			st = cti_db_sqlerr(V->db, "searching for evidence");
	}
	/* each document once, with its best passage */
	if (st == CT_OK && n)
		qsort(cs, n, sizeof *cs, by_score);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		bool seen = false;
		for (size_t j = 0; j < kept && !seen; j++)
			seen = cs[j].doc == cs[i].doc;
		if (seen) {
			cand_free(&cs[i]);
			continue;
		}
		struct cand t = cs[i];
		cs[i] = (struct cand){0};
		cs[kept++] = t;
	}
	n = kept;
	/* the documents in order: coverage, and how much of the claim one
	 * sentence holds (the claim's words close together) */
	for (size_t i = 0; i < n; i++)
		cs[i].score += 0.2 * (cs[i].sentence - cs[i].coverage);
	if (n)
		qsort(cs, n, sizeof *cs, by_score);
	/* stories printed twice count once */
	enum { TRI = 256 };
	size_t look = n < 20 ? n : 20;
	uint32_t *tri = st == CT_OK && look ? malloc(look * TRI * sizeof *tri) : NULL;
	size_t *ntri = st == CT_OK && look ? calloc(look, sizeof *ntri) : NULL;
	if (look && st == CT_OK && (!tri || !ntri))
		st = CT_ENOMEM;
	if (tri && ntri) {
		for (size_t i = 0; i < look; i++)
			ntri[i] = triples(V, cs[i].text, tri + i * TRI, TRI);
		for (size_t i = 1; i < look; i++)
			for (size_t j = 0; j < i && !cs[i].same_as; j++) {
				if (cs[j].same_as)
					continue;
				bool same_title = cs[i].title && cs[j].title &&
				                  !strcasecmp(cs[i].title, cs[j].title);
				if (same_title || jaccard(tri + i * TRI, ntri[i], tri + j * TRI, ntri[j]) >= 0.5)
					cs[i].same_as = cs[j].doc;
			}
	}
	free(tri);
	free(ntri);

	/* the best documents read whole: support is judged on them */
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		if (i < READ_WHOLE)
			st = judge_document(V, &c, &cs[i]);
		else
			cs[i].supports = false;
	}
	/* the evidence in order: what supports the claim, then the rest */
	for (size_t i = 0; i < n; i++)
		if (cs[i].supports)
			cs[i].score += 1;
	if (n)
		qsort(cs, n, sizeof *cs, by_score);
	for (size_t i = 0; i < n; i++)
		if (cs[i].supports)
			cs[i].score -= 1;
	size_t max = (size_t)V->max_evidence;
	size_t independent = 0;
	bool contra = false;
	for (size_t i = 0; i < n; i++) {
		if (cs[i].testimony)
			continue; /* testimony is evidence to read, not a published source */
		if (cs[i].contradicts)
			contra = true;
		if (!cs[i].supports)
			continue;
		/* a story counts once, whichever of its copies supports */
		int64_t story = cs[i].same_as ? cs[i].same_as : cs[i].doc;
		bool counted = false;
		for (size_t j = 0; j < i && !counted; j++)
			counted = !cs[j].testimony && cs[j].supports &&
			          (cs[j].same_as ? cs[j].same_as : cs[j].doc) == story;
		if (!counted)
			independent++;
	}
	int status = independent >= 2 ? 0 : contra ? 3 : independent == 1 ? 1 : 2;
	out->status = ct_verify_status_name(status);
	r->pub.by_status[status]++;
	out->independent = independent;
	out->evidence = NULL;
	out->n_evidence = 0;
	size_t first = *n_ev;
	/* the evidence: the best documents, and any that says otherwise */
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		if (out->n_evidence >= max && !cs[i].contradicts && !cs[i].supports)
			continue;
		if (cs[i].coverage < 0.25 && !cs[i].contradicts)
			continue; /* shares a rare word, not the claim */
		char *snip = cs[i].doc_text
		                 ? snippet(V, &c, cs[i].doc_text + cs[i].win_a,
		                           cs[i].win_z - cs[i].win_a, cs[i].win_a > cs[i].body_at,
		                           cs[i].doc_text[cs[i].win_z] != 0)
		                 : snippet(V, &c, cs[i].text, strlen(cs[i].text), false, false);
		char *miss = missing_terms(&c, &cs[i]);
		ct_evidence *e = &r->ev[(*n_ev)++];
		*e = (ct_evidence){
			.doc = cs[i].doc, .passage = cs[i].passage, .path = keep(r, cs[i].path),
			.title = keep(r, cs[i].title), .outlet = keep(r, cs[i].outlet),
			.date = keep(r, cs[i].date), .score = cs[i].score, .coverage = cs[i].coverage,
			.snippet = keep(r, snip), .supports = cs[i].supports,
			.contradicts = cs[i].contradicts,
			.why = cs[i].why[0] ? keep(r, cs[i].why) : NULL, .same_as = cs[i].same_as,
			.testimony = cs[i].testimony, .missing = keep(r, miss),
		};
		free(snip);
		free(miss);
		out->n_evidence++;
		if (*n_ev % 64 == 0) { /* grow the block */
			ct_evidence *a = realloc(r->ev, (*n_ev + 64) * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			r->ev = a;
		}
	}
	out->evidence = (const ct_evidence *)(uintptr_t)first; /* fixed up at the end */
	for (size_t i = 0; i < n; i++)
		cand_free(&cs[i]);
	free(cs);
	free(q);
	claim_free(&c);
	return st;
}

/* ---- ct_db_verify ------------------------------------------------------------------ */

/* Where the first sentence of a claim of several ends (its length), or len
 * when it has one: a full stop, "!" or "?" followed by white space and a
 * capital, a digit or a quotation mark, not the point of an abbreviation
 * ("Brig. Moorcroft", "Gen. Lyle", "U.S. troops": a capitalised word of at
 * most four letters, or one with a point inside). A semicolon does not end
 * a claim's sentence: what follows it is the same statement's. */
static size_t first_sentence(const char *t, size_t len)
{
	for (size_t i = 1; i + 1 < len; i++) {
		if (t[i] != '.' && t[i] != '!' && t[i] != '?')
			continue;
		size_t k = i + 1;
		while (k < len && (t[k] == '"' || t[k] == '\'' || t[k] == ')'))
			k++;
		if (k >= len || !isspace((unsigned char)t[k]))
			continue;
		while (k < len && isspace((unsigned char)t[k]))
			k++;
		if (k >= len || !(isupper((unsigned char)t[k]) || isdigit((unsigned char)t[k]) ||
		                  t[k] == '"' || (unsigned char)t[k] >= 0x80))
			continue;
		if (t[i] == '.') {
			size_t w = i;
			while (w > 0 && !isspace((unsigned char)t[w - 1]))
				w--;
			bool inner = memchr(t + w, '.', i - w) != NULL;
			if (inner || (isupper((unsigned char)t[w]) && i - w <= 4))
				continue; /* an abbreviation */
		}
		size_t z = i + 1;
		while (z < len && (t[z] == '"' || t[z] == '\'' || t[z] == ')'))
			z++;
		return z;
	}
	return len;
}

/* Verifying stored notes keeps the results with their claims (claim table):
 * each claim's status, independent sources and time, and its evidence,
 * replacing the last run's. A database open read-only keeps none. */
static ct_status store_results(struct ct_db *db, const struct cti_notes *nt,
                               const ct_claim_result *cr, const ct_evidence *ev)
{
	if (!nt->claim_ids || sqlite3_db_readonly(db->h, "main") == 1 || db->in_tx)
		return CT_OK;
	ct_status st = ct_db_begin(db);
	sqlite3_stmt *up = NULL, *del = NULL, *ins = NULL;
	if (st == CT_OK &&
	    (sqlite3_prepare_v2(db->h, "UPDATE claim SET status = ?2, independent = ?3, verified ="
	                        " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1", -1, &up,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "DELETE FROM evidence WHERE claim = ?1", -1, &del,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "INSERT INTO evidence(claim, rank, document, passage, score,"
	                        " coverage, supports, contradicts, why, same_as, testimony)"
	                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", -1, &ins,
	                        NULL) != SQLITE_OK))
		st = cti_db_sqlerr(db, "keeping the results with the claims");
	for (size_t i = 0; st == CT_OK && i < nt->n; i++) {
		int64_t id = nt->claim_ids[i];
		sqlite3_bind_int64(up, 1, id);
		sqlite3_bind_text(up, 2, cr[i].status, -1, SQLITE_STATIC);
		sqlite3_bind_int64(up, 3, (sqlite3_int64)cr[i].independent);
		sqlite3_bind_int64(del, 1, id);
		if (sqlite3_step(up) != SQLITE_DONE || sqlite3_step(del) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "keeping the results with the claims");
		sqlite3_reset(up);
		sqlite3_reset(del);
		const ct_evidence *e = ev + (uintptr_t)cr[i].evidence;
		for (size_t k = 0; st == CT_OK && k < cr[i].n_evidence; k++) {
			sqlite3_bind_int64(ins, 1, id);
			sqlite3_bind_int64(ins, 2, (sqlite3_int64)k + 1);
			sqlite3_bind_int64(ins, 3, e[k].doc);
			sqlite3_bind_int64(ins, 4, e[k].passage);
			sqlite3_bind_double(ins, 5, e[k].score);
			sqlite3_bind_double(ins, 6, e[k].coverage);
			sqlite3_bind_int(ins, 7, e[k].supports);
			sqlite3_bind_int(ins, 8, e[k].contradicts);
			if (e[k].why)
				sqlite3_bind_text(ins, 9, e[k].why, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(ins, 9);
			if (e[k].same_as)
				sqlite3_bind_int64(ins, 10, e[k].same_as);
			else
				sqlite3_bind_null(ins, 10);
			sqlite3_bind_int(ins, 11, e[k].testimony);
			if (sqlite3_step(ins) != SQLITE_DONE)
				st = cti_db_sqlerr(db, "keeping the results with the claims");
			sqlite3_reset(ins);
		}
	}
	sqlite3_finalize(up);
	sqlite3_finalize(del);
	sqlite3_finalize(ins);
	return db->in_tx ? cti_db_end_tx(db, st) : st;
}

static void verifier_free(struct verifier *V)
{
	sqlite3_finalize(V->df);
	sqlite3_finalize(V->search);
	sqlite3_finalize(V->doc);
	sqlite3_finalize(V->caselink);
	sqlite3_exec(V->db->h, "DROP TABLE IF EXISTS temp.ct_vocab", NULL, NULL, NULL);
	for (size_t i = 0; i < V->n_df; i++)
		free(V->df_cache[i].t);
	free(V->df_cache);
	tokenizer_close(&V->tk);
	toks_free(&V->ct);
	toks_free(&V->pt);
	toks_free(&V->dt);
	toks_free(&V->wt);
	cti_wordnet_close(V->wn);
}

ct_status ct_db_verify(ct_db *db, const char *ref, const ct_verify_opts *opts,
                       ct_verify_report **out)
{
	*out = NULL;
	ct_verify_opts o = {0};
	if (opts)
		o = *opts;
	struct cti_notes nt;
	int64_t self = 0;
	ct_status st = cti_notes_read(db, ref, &nt, &self);
	if (st != CT_OK) {
		cti_notes_free(&nt);
		return st == CT_ENOMEM ? cti_db_error(db, st, "out of memory") : st;
	}
	struct verifier V = {.db = db, .max_evidence = o.max_evidence > 0 ? o.max_evidence : 5};
	const char *slug = o.case_slug ? o.case_slug : nt.case_slug;
	if (o.case_slug && !cti_db_case_exists(db, o.case_slug)) {
		cti_notes_free(&nt);
		return CT_EINVAL;
	}
	if (nt.date)
		snprintf(V.before, sizeof V.before, "%s", nt.date);
	st = tokenizer_open(db, &V.tk);
	V.wn = cti_wordnet_open(NULL);
	if (st == CT_OK &&
	    (sqlite3_exec(db->h, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ct_vocab USING"
	                  " fts5vocab(main, passage_fts, 'row')", NULL, NULL, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT doc FROM temp.ct_vocab WHERE term = ?1", -1, &V.df,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h,
	                        "SELECT p.id, p.document, p.text, d.path, d.title, d.outlet,"
	                        " d.published, d.kind FROM passage_fts f JOIN passage p ON"
	                        " p.id = f.rowid JOIN document d ON d.id = p.document"
	                        /* public sources: not the researcher's own notes,
	                         * manuscripts or interviews */
	                        " WHERE passage_fts MATCH ?1 AND NOT d.restricted"
	                        " AND d.kind NOT IN ('note', 'manuscript', 'interview')"
	                        " ORDER BY f.rank LIMIT 80", -1, &V.search, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT text FROM document_text WHERE id = ?1", -1, &V.doc,
	                        NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db->h, "SELECT 1 FROM case_link WHERE case_id = ?1 AND"
	                        " object_kind = 'document' AND object_id = ?2", -1, &V.caselink,
	                        NULL) != SQLITE_OK))
		st = cti_db_sqlerr(db, "preparing to verify");
	if (st == CT_OK) {
		sqlite3_stmt *s = NULL;
		if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM passage", -1, &s, NULL) == SQLITE_OK &&
		    sqlite3_step(s) == SQLITE_ROW)
			V.n_passages = sqlite3_column_double(s, 0);
		sqlite3_finalize(s);
		if (slug && sqlite3_prepare_v2(db->h, "SELECT id, start, \"end\" FROM case_def WHERE slug = ?1", -1, &s,
		                               NULL) == SQLITE_OK) {
			sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
			if (sqlite3_step(s) == SQLITE_ROW) {
				V.case_id = sqlite3_column_int64(s, 0);
				const char *a = (const char *)sqlite3_column_text(s, 1);
				const char *z = (const char *)sqlite3_column_text(s, 2);
				snprintf(V.from, sizeof V.from, "%s", a ? a : "");
				snprintf(V.to, sizeof V.to, "%s", z ? z : "");
			}
			sqlite3_finalize(s);
		}
	}
	struct report *r = calloc(1, sizeof *r);
	if (st == CT_OK && r) {
		r->claims = calloc(nt.n ? nt.n : 1, sizeof *r->claims);
		r->ev = malloc(64 * sizeof *r->ev);
		if (!r->claims || !r->ev)
			st = CT_ENOMEM;
	} else if (st == CT_OK) {
		st = CT_ENOMEM;
	}
	size_t n_ev = 0;
	for (size_t i = 0; st == CT_OK && i < nt.n; i++) {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		ct_claim_result *c = &r->claims[i];
		c->index = i + 1;
		c->text = keepn_claim(r, nt.text + nt.claims[i].start,
		                      nt.claims[i].end - nt.claims[i].start);
		const char *ct = nt.text + nt.claims[i].start;
		size_t cl = nt.claims[i].end - nt.claims[i].start, ev0 = n_ev;
		st = verify_claim(&V, r, ct, cl, c, &n_ev);
		/* a claim of several sentences that no source supports or says
		 * otherwise of as a whole is judged by its first sentence, which
		 * states its fact ("helicopters were pulled north to Lowmarch");
		 * what follows is often the speaker's reading of it ("Harrow
		 * was the bill-payer"), which no source states; when the first
		 * sentence finds nothing either, the whole's report stands */
		size_t cut = st == CT_OK ? first_sentence(ct, cl) : cl;
		for (int pass = 0;
		     pass < 2 && st == CT_OK && cut < cl && !strcmp(c->status, "uncorroborated");
		     pass++) {
			r->pub.by_status[2]--;
			n_ev = ev0;
			st = verify_claim(&V, r, ct, pass ? cl : cut, c, &n_ev);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		c->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	}
	bool wordnet = V.wn != NULL;
	verifier_free(&V);
	if (st == CT_OK && r->oom)
		st = CT_ENOMEM;
	if (st == CT_OK && self)
		st = store_results(db, &nt, r->claims, r->ev);
	if (st != CT_OK) {
		cti_notes_free(&nt);
		if (r)
			ct_verify_report_free(&r->pub);
		return st == CT_ENOMEM ? cti_db_error(db, st, "out of memory verifying") : st;
	}
	for (size_t i = 0; i < nt.n; i++) /* evidence offsets into pointers */
		r->claims[i].evidence = r->ev + (uintptr_t)r->claims[i].evidence;
	r->pub.claims = r->claims;
	r->pub.n_claims = nt.n;
	r->pub.source = keep(r, nt.source);
	r->pub.code = keep(r, nt.code);
	r->pub.affiliation = keep(r, nt.affiliation);
	r->pub.role = keep(r, nt.role);
	r->pub.place = keep(r, nt.place);
	r->pub.date = keep(r, nt.date);
	r->pub.case_slug = keep(r, slug);
	r->pub.wordnet = wordnet;
	cti_notes_free(&nt);
	if (r->oom) {
		ct_verify_report_free(&r->pub);
		return cti_db_error(db, CT_ENOMEM, "out of memory verifying");
	}
	*out = &r->pub;
	return CT_OK;
}
