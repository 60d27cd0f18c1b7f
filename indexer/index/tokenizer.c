/* tokenizer.c — the "casetrace" FTS5 tokenizer: SQLite's unicode61 (with its
 * options) and porter, and between them what researchers' sources need:
 *  - British and American spellings as one word (spelling.c): a document's
 *    "defence" is indexed with "defense" colocated; a query's "defence" asks
 *    for "defense", so both spellings match either way;
 *  - alias groups (aliases.txt: Dutch, Netherlands; MoD, Ministry of
 *    Defence): every alias in a document is indexed with its group's token
 *    colocated; a query term (or quoted phrase) that is an alias asks for the
 *    group token. Acronyms written in capitals ("US", "MoD") match only as
 *    written, so the pronoun "us" stays a pronoun;
 *  - "Britain's" indexes as "britain" (the possessive s is dropped);
 *  - hyphen compounds are indexed as parts and whole ("post-war": post, war,
 *    and postwar colocated), numbers with thousands separators whole too
 *    ("1,200": 1, 200 and 1200).
 * Registered per connection by cti_tokenizer_register. */
#include "index/tokenizer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GROUP_TAG '\x01' /* group tokens: "\x01" + number; never typed */

struct seq {                 /* an alias term as unicode61 tokens */
	unsigned hash0;          /* hash of its first token */
	int group;
	bool exact;              /* an acronym: match the original text exactly */
	const char *term;        /* as written */
	size_t n;
	char **tok;
	int *len;
};

#define CACHE_SLOTS 4096        /* spelling results of recent words */
#define CACHE_WORD 24

struct cache_slot {
	unsigned hash;
	unsigned char len, canon_len; /* len 0: empty slot */
	char word[CACHE_WORD], canon[CACHE_WORD];
};

struct spell {               /* "ct_spelling": unicode61 plus the rules */
	fts5_tokenizer base;
	Fts5Tokenizer *base_tok;
	struct cti_aliases *aliases;
	unsigned gen;            /* alias generation the sequences are from */
	struct seq *seqs;
	size_t n_seqs;
	uint64_t first_bits[4];  /* a 256-bit filter of first-token hashes */
	struct cache_slot *cache; /* direct-mapped, by word hash (words are Zipfian) */
};

struct tok {                 /* one token from unicode61 */
	size_t off;              /* its copy in toks.text (NUL-terminated) */
	int n, start, end;
	unsigned hash;
	const char *p;           /* set once collecting is done */
};

struct toks {                /* the tokens of one call, in one arena */
	struct tok *a;
	size_t n, cap;
	struct cti_buf text;
	bool oom;
	bool hash;               /* hash each token (only needed for aliases) */
};

static unsigned fnv(const char *p, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 16777619u;
	return h;
}

static int collect(void *ctx, int tflags, const char *p, int n, int start, int end)
{
	struct toks *t = ctx;
	(void)tflags;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 256;
		struct tok *a = realloc(t->a, cap * sizeof *a);
		if (!a) {
			t->oom = true;
			return SQLITE_NOMEM;
		}
		t->a = a;
		t->cap = cap;
	}
	t->a[t->n++] = (struct tok){t->text.len, n, start, end, t->hash ? fnv(p, (size_t)n) : 0,
	                            NULL};
	cti_buf_append(&t->text, p, (size_t)n);
	cti_buf_putc(&t->text, '\0');
	if (t->text.oom) {
		t->oom = true;
		return SQLITE_NOMEM;
	}
	return SQLITE_OK;
}

/* After collecting: point every token at its copy. */
static void toks_fix(struct toks *t)
{
	for (size_t i = 0; i < t->n; i++)
		t->a[i].p = t->text.data + t->a[i].off;
}

static void toks_free(struct toks *t)
{
	free(t->a);
	cti_buf_free(&t->text);
	t->a = NULL;
	t->n = t->cap = 0;
}

static void seqs_free(struct spell *s)
{
	for (size_t i = 0; i < s->n_seqs; i++) {
		for (size_t k = 0; k < s->seqs[i].n; k++)
			free(s->seqs[i].tok[k]);
		free(s->seqs[i].tok);
		free(s->seqs[i].len);
	}
	free(s->seqs);
	s->seqs = NULL;
	s->n_seqs = 0;
	memset(s->first_bits, 0, sizeof s->first_bits);
}

/* Two or more capitals and at most one lower-case letter: "US", "MoD". */
static bool acronym(const char *t)
{
	int up = 0, low = 0;
	for (; *t; t++) {
		if (*t >= 'A' && *t <= 'Z')
			up++;
		else if (*t >= 'a' && *t <= 'z')
			low++;
		else
			return false;
	}
	return up >= 2 && low <= 1;
}

/* Tokenise every alias term with unicode61, once per alias generation. */
static int build_seqs(struct spell *s)
{
	seqs_free(s);
	struct cti_aliases *a = s->aliases;
	s->gen = a ? a->generation : 0;
	if (!a || !a->n)
		return SQLITE_OK;
	s->seqs = calloc(a->n, sizeof *s->seqs);
	if (!s->seqs)
		return SQLITE_NOMEM;
	for (size_t i = 0; i < a->n; i++) {
		struct toks t = {.hash = true};
		int rc = s->base.xTokenize(s->base_tok, &t, FTS5_TOKENIZE_DOCUMENT, a->terms[i],
		                           (int)strlen(a->terms[i]), collect);
		if (rc != SQLITE_OK || t.oom) {
			toks_free(&t);
			return SQLITE_NOMEM;
		}
		toks_fix(&t);
		if (t.n == 0) {
			toks_free(&t);
			continue;
		}
		struct seq *q = &s->seqs[s->n_seqs++];
		q->group = a->group[i];
		q->term = a->terms[i];
		q->exact = t.n == 1 && acronym(a->terms[i]);
		q->n = t.n;
		q->tok = malloc(t.n * sizeof *q->tok);
		q->len = malloc(t.n * sizeof *q->len);
		if (!q->tok || !q->len) {
			toks_free(&t);
			return SQLITE_NOMEM;
		}
		q->hash0 = t.a[0].hash;
		s->first_bits[(q->hash0 >> 6) & 3] |= (uint64_t)1 << (q->hash0 & 63);
		for (size_t k = 0; k < t.n; k++) {
			q->tok[k] = cti_strndup(t.a[k].p, (size_t)t.a[k].n);
			q->len[k] = t.a[k].n;
			if (!q->tok[k]) {
				q->n = k;
				toks_free(&t);
				return SQLITE_NOMEM;
			}
		}
		toks_free(&t);
	}
	return SQLITE_OK;
}

/* The longest alias starting at token i: its group, and how many tokens
 * it covers (*len); 0 when none. */
static int alias_at(const struct spell *s, const struct toks *t, size_t i,
                    const char *text, size_t *len)
{
	int best = 0;
	*len = 0;
	if (!s->n_seqs)
		return 0;
	unsigned h = t->a[i].hash;
	if (!(s->first_bits[(h >> 6) & 3] & ((uint64_t)1 << (h & 63))))
		return 0; /* no alias starts with this word: the common case */
	for (size_t k = 0; k < s->n_seqs; k++) {
		const struct seq *q = &s->seqs[k];
		if (q->hash0 != h || i + q->n > t->n || q->n <= *len)
			continue;
		bool ok = true;
		for (size_t j = 0; j < q->n && ok; j++)
			ok = t->a[i + j].n == q->len[j] && memcmp(t->a[i + j].p, q->tok[j], (size_t)q->len[j]) == 0;
		if (ok && q->exact) {
			size_t l = strlen(q->term);
			ok = (size_t)(t->a[i].end - t->a[i].start) == l &&
			     memcmp(text + t->a[i].start, q->term, l) == 0;
		}
		if (ok) {
			best = q->group;
			*len = q->n;
		}
	}
	return best;
}

static bool all_digits(const struct tok *t)
{
	for (int i = 0; i < t->n; i++)
		if (t->p[i] < '0' || t->p[i] > '9')
			return false;
	return t->n > 0;
}

/* The possessive "s" of "Britain's" / "Britain’s". */
static bool possessive_s(const struct toks *t, size_t i, const char *text)
{
	if (i == 0 || t->a[i].n != 1 || t->a[i].p[0] != 's')
		return false;
	int gap = t->a[i].start - t->a[i - 1].end;
	const char *g = text + t->a[i - 1].end;
	return (gap == 1 && g[0] == '\'') || (gap == 3 && memcmp(g, "\xE2\x80\x99", 3) == 0);
}

/* cti_spelling_canon through the cache. */
static size_t canon(struct spell *s, const struct tok *k, char *buf, size_t cap)
{
	if (k->n < 4)
		return 0;
	if (!s->cache || k->n >= CACHE_WORD)
		return cti_spelling_canon(k->p, (size_t)k->n, buf, cap);
	struct cache_slot *c = &s->cache[k->hash % CACHE_SLOTS];
	if (c->len == k->n && c->hash == k->hash && memcmp(c->word, k->p, (size_t)k->n) == 0) {
		if (c->canon_len && c->canon_len < cap) {
			memcpy(buf, c->canon, c->canon_len);
			buf[c->canon_len] = '\0';
		}
		return c->canon_len < cap ? c->canon_len : 0;
	}
	size_t n = cti_spelling_canon(k->p, (size_t)k->n, buf, cap);
	if (n < CACHE_WORD) {
		c->hash = k->hash;
		c->len = (unsigned char)k->n;
		memcpy(c->word, k->p, (size_t)k->n);
		c->canon_len = (unsigned char)n;
		memcpy(c->canon, buf, n);
	}
	return n;
}

static int spell_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                          int (*xToken)(void *, int, const char *, int, int, int))
{
	struct spell *s = (struct spell *)p;
	if (s->aliases && s->gen != s->aliases->generation) {
		int rc = build_seqs(s);
		if (rc != SQLITE_OK)
			return rc;
	}
	struct toks t = {.hash = true};
	int rc = s->base.xTokenize(s->base_tok, &t, flags, text, n, collect);
	if (rc != SQLITE_OK || t.oom) {
		toks_free(&t);
		return rc != SQLITE_OK ? rc : SQLITE_NOMEM;
	}
	toks_fix(&t);
	bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
	bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
	char buf[128];
	for (size_t i = 0; i < t.n && rc == SQLITE_OK; i++) {
		struct tok *k = &t.a[i];
		if (possessive_s(&t, i, text))
			continue;
		size_t alen = 0;
		int group = prefix ? 0 : alias_at(s, &t, i, text, &alen);
		int gl = group ? snprintf(buf, sizeof buf, "%c%d", GROUP_TAG, group) : 0;
		if (query) {
			if (group) { /* ask for the group: any of its aliases */
				rc = xToken(ctx, 0, buf, gl, k->start, t.a[i + alen - 1].end);
				i += alen - 1;
				continue;
			}
			size_t cl = prefix ? 0 : canon(s, k, buf, sizeof buf);
			rc = cl ? xToken(ctx, 0, buf, (int)cl, k->start, k->end)
			        : xToken(ctx, 0, k->p, k->n, k->start, k->end);
			continue;
		}
		/* a document: the token, then what else it may be searched as */
		rc = xToken(ctx, 0, k->p, k->n, k->start, k->end);
		if (rc == SQLITE_OK && group)
			rc = xToken(ctx, FTS5_TOKEN_COLOCATED, buf, gl, k->start, k->end);
		size_t cl = canon(s, k, buf, sizeof buf);
		if (rc == SQLITE_OK && cl)
			rc = xToken(ctx, FTS5_TOKEN_COLOCATED, buf, (int)cl, k->start, k->end);
		if (rc == SQLITE_OK && i + 1 < t.n) {
			struct tok *nx = &t.a[i + 1];
			int gap = nx->start - k->end;
			char sep = gap == 1 ? text[k->end] : 0;
			bool hyphen = sep == '-';
			bool thousands = (sep == ',' || sep == '.') && all_digits(k) && k->n <= 3 &&
			                 all_digits(nx) && nx->n == 3;
			if ((hyphen || thousands) && k->n + nx->n < (int)sizeof buf) {
				memcpy(buf, k->p, (size_t)k->n);
				memcpy(buf + k->n, nx->p, (size_t)nx->n);
				rc = xToken(ctx, FTS5_TOKEN_COLOCATED, buf, k->n + nx->n, k->start, nx->end);
			}
		}
	}
	toks_free(&t);
	return rc;
}

static void spell_delete(Fts5Tokenizer *p)
{
	struct spell *s = (struct spell *)p;
	if (!s)
		return;
	if (s->base_tok)
		s->base.xDelete(s->base_tok);
	seqs_free(s);
	free(s->cache);
	free(s);
}

struct reg {                 /* what the registrations point to */
	fts5_api *api;
	struct cti_aliases *aliases;
};

static int spell_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	struct reg *r = ctx;
	*out = NULL;
	struct spell *s = calloc(1, sizeof *s);
	if (!s)
		return SQLITE_NOMEM;
	void *ud = NULL;
	int rc = r->api->xFindTokenizer(r->api, "unicode61", &ud, &s->base);
	if (rc == SQLITE_OK)
		rc = s->base.xCreate(ud, argv, argc, &s->base_tok);
	s->aliases = r->aliases;
	s->cache = calloc(CACHE_SLOTS, sizeof *s->cache); /* optional: NULL works too */
	if (rc == SQLITE_OK)
		rc = build_seqs(s);
	if (rc != SQLITE_OK) {
		spell_delete((Fts5Tokenizer *)s);
		return rc;
	}
	*out = (Fts5Tokenizer *)s;
	return SQLITE_OK;
}

/* "casetrace" = porter over "ct_spelling" (porter stems whatever its parent
 * emits, colocated tokens included). */
struct stem {
	fts5_tokenizer porter;
	Fts5Tokenizer *tok;
};

static int stem_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	struct reg *r = ctx;
	*out = NULL;
	struct stem *s = calloc(1, sizeof *s);
	const char **args = calloc((size_t)argc + 1, sizeof *args);
	if (!s || !args) {
		free(s);
		free(args);
		return SQLITE_NOMEM;
	}
	args[0] = "ct_spelling";
	for (int i = 0; i < argc; i++)
		args[i + 1] = argv[i];
	void *ud = NULL;
	int rc = r->api->xFindTokenizer(r->api, "porter", &ud, &s->porter);
	if (rc == SQLITE_OK)
		rc = s->porter.xCreate(ud, args, argc + 1, &s->tok);
	free(args);
	if (rc != SQLITE_OK) {
		free(s);
		return rc;
	}
	*out = (Fts5Tokenizer *)s;
	return SQLITE_OK;
}

static void stem_delete(Fts5Tokenizer *p)
{
	struct stem *s = (struct stem *)p;
	if (!s)
		return;
	if (s->tok)
		s->porter.xDelete(s->tok);
	free(s);
}

static int stem_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                         int (*xToken)(void *, int, const char *, int, int, int))
{
	struct stem *s = (struct stem *)p;
	return s->porter.xTokenize(s->tok, ctx, flags, text, n, xToken);
}

int cti_tokenizer_register(sqlite3 *h, struct cti_aliases *a)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (!api || api->iVersion < 2)
		return SQLITE_ERROR;
	struct reg *r = malloc(sizeof *r);
	if (!r)
		return SQLITE_NOMEM;
	r->api = api;
	r->aliases = a;
	static fts5_tokenizer spell = {spell_create, spell_delete, spell_tokenize};
	static fts5_tokenizer stem = {stem_create, stem_delete, stem_tokenize};
	int rc = api->xCreateTokenizer(api, "ct_spelling", r, &spell, NULL);
	if (rc == SQLITE_OK) /* the last registration frees r with the connection */
		rc = api->xCreateTokenizer(api, "casetrace", r, &stem, free);
	if (rc != SQLITE_OK)
		free(r);
	return rc;
}
