/* wordnet.c — words related to a word (wordnet.h), from WordNet 3.0's
 * database files, mapped and searched in place:
 *  - index.POS: one line per lemma, sorted ("rise v 17 7 ! @ ~ ^ $ + ; 17 16
 *    01968587 00155143 …": its pointer kinds, then its synsets' byte
 *    offsets in data.POS, commonest sense first);
 *  - data.POS: one line per synset at that offset ("00155143 30 v 03 rise 0
 *    go_up 0 climb 0 013 @ … \ 08949093 n 0101 …": its words, then its
 *    pointers, each with the words it links, source and target, in hex);
 *  - POS.exc: irregular forms and their base forms ("gave give"), sorted.
 * The base forms of a regular word are found as WordNet's morphy does, by
 * taking its ending off ("climbed": climb) and keeping what index.POS has. */
#include "analyse/wordnet.h"

#include <ctype.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { NOUN, VERB, ADJ, ADV, N_POS };
static const char *const pos_name[N_POS] = {"noun", "verb", "adj", "adv"};

#define WORD_MAX 64             /* longer words are not looked up */
#define BASES_MAX 6

struct mapped {
	const char *p;          /* the file's bytes (read-only map), or NULL */
	size_t n;
};

struct rev {                    /* an irregular form, by its base form */
	const char *base, *form;
	unsigned char lb, lf;
	unsigned char pos;      /* NOUN or VERB */
};

struct cti_wordnet {
	struct mapped idx[N_POS], dat[N_POS], exc[N_POS];
	struct rev *rev;        /* noun.exc and verb.exc, sorted by base */
	size_t n_rev;
};

static bool map_file(const char *dir, const char *name, struct mapped *m)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat st;
	void *p = MAP_FAILED;
	bool ok = fstat(fd, &st) == 0;
	if (ok && st.st_size > 0)
		p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (!ok || (st.st_size > 0 && p == MAP_FAILED))
		return false;
	m->p = st.st_size > 0 ? p : ""; /* an empty list */
	m->n = (size_t)st.st_size;
	return true;
}

static void unmap(struct mapped *m)
{
	if (m->p && m->n)
		munmap((void *)(uintptr_t)m->p, m->n);
	m->p = NULL;
}

/* The length of the field at p (up to a space or the line's end). */
static size_t field_len(const char *p, const char *end)
{
	const char *q = p;
	while (q < end && *q != ' ' && *q != '\n')
		q++;
	return (size_t)(q - p);
}

/* -1, 0, 1 as key[0..kn) sorts before, equals, after f[0..fn) (bytes). */
static int compare(const char *key, size_t kn, const char *f, size_t fn)
{
	size_t n = kn < fn ? kn : fn;
	int c = memcmp(key, f, n);
	if (c)
		return c < 0 ? -1 : 1;
	return (kn > fn) - (kn < fn);
}

/* The line of sorted file m whose first field is key, or NULL. Licence
 * lines (starting with a space) sort first. */
static const char *find_line(const struct mapped *m, const char *key, size_t kn)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, a = mid, z = mid;
		while (a > 0 && m->p[a - 1] != '\n')
			a--;
		while (z < m->n && m->p[z] != '\n')
			z++;
		int c = m->p[a] == ' ' ? 1 : compare(key, kn, m->p + a, field_len(m->p + a, m->p + z));
		if (c == 0)
			return m->p + a;
		if (c < 0)
			hi = a;
		else
			lo = z + 1;
	}
	return NULL;
}

static int by_base(const void *a, const void *b)
{
	const struct rev *x = a, *y = b;
	return compare(x->base, x->lb, y->base, y->lb);
}

/* The irregular forms of noun.exc and verb.exc, indexed by base form. */
static bool read_rev(struct cti_wordnet *wn)
{
	size_t cap = 0;
	for (int p = NOUN; p <= VERB; p++) {
		const struct mapped *m = &wn->exc[p];
		for (size_t i = 0; i < m->n; i++)
			cap += m->p[i] == '\n';
	}
	wn->rev = malloc((cap ? cap : 1) * sizeof *wn->rev);
	if (!wn->rev)
		return false;
	for (int p = NOUN; p <= VERB; p++) {
		const struct mapped *m = &wn->exc[p];
		const char *end = m->p + m->n;
		for (const char *l = m->p; l < end && wn->n_rev < cap;) {
			const char *e = memchr(l, '\n', (size_t)(end - l));
			if (!e)
				e = end;
			size_t lf = field_len(l, e);
			/* the first base form only: "lay lie lay" */
			const char *b = l + lf + 1;
			size_t lb = b < e ? field_len(b, e) : 0;
			if (lf && lb && lf < 256 && lb < 256)
				wn->rev[wn->n_rev++] =
					(struct rev){b, l, (unsigned char)lb, (unsigned char)lf, (unsigned char)p};
			l = e + 1;
		}
	}
	qsort(wn->rev, wn->n_rev, sizeof *wn->rev, by_base);
	return true;
}

struct cti_wordnet *cti_wordnet_open(const char *dir)
{
	if (!dir)
		dir = getenv("CASETRACE_WORDNET");
	if (!dir || !dir[0])
		dir = CTI_WORDNET_DIR;
	struct cti_wordnet *wn = calloc(1, sizeof *wn);
	if (!wn)
		return NULL;
	bool ok = true;
	for (int p = 0; p < N_POS && ok; p++) {
		char name[32];
		snprintf(name, sizeof name, "index.%s", pos_name[p]);
		ok = map_file(dir, name, &wn->idx[p]);
		snprintf(name, sizeof name, "data.%s", pos_name[p]);
		ok = ok && map_file(dir, name, &wn->dat[p]);
		snprintf(name, sizeof name, "%s.exc", pos_name[p]);
		ok = ok && map_file(dir, name, &wn->exc[p]);
	}
	if (!ok || !read_rev(wn)) {
		cti_wordnet_close(wn);
		return NULL;
	}
	return wn;
}

void cti_wordnet_close(struct cti_wordnet *wn)
{
	if (!wn)
		return;
	for (int p = 0; p < N_POS; p++) {
		unmap(&wn->idx[p]);
		unmap(&wn->dat[p]);
		unmap(&wn->exc[p]);
	}
	free(wn->rev);
	free(wn);
}

/* ---- base forms --------------------------------------------------------------- */

struct bases {
	char w[BASES_MAX][WORD_MAX];
	size_t n;
};

static void add_base(const struct cti_wordnet *wn, int p, struct bases *b, const char *w, size_t n)
{
	if (!n || n >= WORD_MAX || b->n == BASES_MAX || !find_line(&wn->idx[p], w, n))
		return;
	for (size_t i = 0; i < b->n; i++)
		if (strlen(b->w[i]) == n && !memcmp(b->w[i], w, n))
			return;
	memcpy(b->w[b->n], w, n);
	b->w[b->n++][n] = 0;
}

/* The base forms of w (lower case) as part of speech p: its irregular
 * ones (POS.exc), itself, and, when it is no lemma of any part of speech
 * (lemma false), what is left when an ending is taken off (and one put
 * on), where index.POS has them: "climbed" is climb, "offer" is not "off". */
static void base_forms(const struct cti_wordnet *wn, int p, const char *w, size_t n,
                       bool lemma, struct bases *b)
{
	static const char *const rules[N_POS][9][2] = {
		[NOUN] = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
		          {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {NULL, NULL}},
		[VERB] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
		          {"ing", "e"}, {"ing", ""}, {NULL, NULL}},
		[ADJ] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {NULL, NULL}},
		[ADV] = {{NULL, NULL}},
	};
	b->n = 0;
	const char *l = find_line(&wn->exc[p], w, n);
	if (l) {
		const char *e = memchr(l, '\n', (size_t)(wn->exc[p].p + wn->exc[p].n - l));
		if (!e)
			e = wn->exc[p].p + wn->exc[p].n;
		const char *f = l + field_len(l, e);
		while (f < e && *f == ' ') {
			f++;
			size_t fl = field_len(f, e);
			add_base(wn, p, b, f, fl);
			f += fl;
		}
	}
	add_base(wn, p, b, w, n);
	for (size_t r = 0; !lemma && rules[p][r][0]; r++) {
		size_t sl = strlen(rules[p][r][0]), el = strlen(rules[p][r][1]);
		if (n <= sl + 1 || n - sl + el >= WORD_MAX || memcmp(w + n - sl, rules[p][r][0], sl))
			continue;
		char t[WORD_MAX];
		memcpy(t, w, n - sl);
		memcpy(t + n - sl, rules[p][r][1], el);
		add_base(wn, p, b, t, n - sl + el);
	}
}

/* ---- related words ----------------------------------------------------------- */

struct emit {
	const struct cti_wordnet *wn;
	bool (*fn)(void *ctx, const char *lemma, size_t len, enum cti_wn_kind kind);
	void *ctx;
	bool stop;
	bool lower;             /* the word is written in lower case: its
	                           senses as a name ("LET", "US") are not its */
};

static void emit(struct emit *E, const char *w, size_t n, enum cti_wn_kind kind)
{
	if (!E->stop && n && !E->fn(E->ctx, w, n, kind))
		E->stop = true;
}

/* The irregular forms of base form w[0..n) (lower case) as part of speech
 * p: "rise" (a verb): rose, risen; "fall" as a noun has none. */
static void emit_forms(struct emit *E, int p, const char *w, size_t n, enum cti_wn_kind kind)
{
	const struct cti_wordnet *wn = E->wn;
	size_t lo = 0, hi = wn->n_rev;
	while (lo < hi) { /* the first with this base */
		size_t mid = lo + (hi - lo) / 2;
		if (compare(wn->rev[mid].base, wn->rev[mid].lb, w, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < wn->n_rev && !compare(wn->rev[i].base, wn->rev[i].lb, w, n); i++)
		if (wn->rev[i].pos == p)
			emit(E, wn->rev[i].form, wn->rev[i].lf, kind);
}

static int pos_of(char c)
{
	return c == 'n' ? NOUN : c == 'v' ? VERB : c == 'a' || c == 's' ? ADJ : c == 'r' ? ADV : -1;
}

/* The synset at byte offset off of data.POS: its words (lemma, length,
 * without an adjective's "(p)" mark) and the start of its pointers. */
struct synset {
	const char *w[64];
	size_t len[64];
	size_t n;
	const char *ptrs, *end;
	size_t n_ptrs;
};

static bool read_synset(const struct cti_wordnet *wn, int p, unsigned long off, struct synset *s)
{
	const struct mapped *m = &wn->dat[p];
	if (off >= m->n || (off > 0 && m->p[off - 1] != '\n'))
		return false;
	const char *l = m->p + off, *end = memchr(l, '\n', m->n - off);
	if (!end)
		end = m->p + m->n;
	s->end = end;
	/* offset lex_filenum ss_type w_cnt */
	const char *f = l;
	for (int k = 0; k < 3 && f < end; k++)
		f += field_len(f, end) + 1;
	if (f >= end)
		return false;
	unsigned long wc = strtoul(f, NULL, 16);
	f += field_len(f, end) + 1;
	s->n = 0;
	for (unsigned long i = 0; i < wc && f < end; i++) {
		size_t fl = field_len(f, end), wl = fl;
		const char *paren = memchr(f, '(', fl);
		if (paren)
			wl = (size_t)(paren - f);
		if (s->n < 64) {
			s->w[s->n] = f;
			s->len[s->n++] = wl;
		}
		f += fl + 1;             /* the word */
		f += field_len(f, end) + 1; /* its lex_id */
	}
	if (f >= end)
		return false;
	s->n_ptrs = strtoul(f, NULL, 10);
	s->ptrs = f + field_len(f, end) + 1;
	return true;
}

static bool same_lemma(const char *a, size_t na, const char *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return false;
	return true;
}

/* The words of synset s (part of speech p) numbered `which` (1-based; 0:
 * all) as related by kind, with their irregular forms. */
static void emit_synset_words(struct emit *E, int p, const struct synset *s, size_t which,
                              const char *self, size_t self_n, enum cti_wn_kind kind)
{
	for (size_t i = 0; i < s->n && !E->stop; i++) {
		if ((which && i + 1 != which) || same_lemma(s->w[i], s->len[i], self, self_n))
			continue;
		emit(E, s->w[i], s->len[i], kind);
		char low[WORD_MAX];
		if (s->len[i] < WORD_MAX) {
			for (size_t k = 0; k < s->len[i]; k++)
				low[k] = (char)tolower((unsigned char)s->w[i][k]);
			emit_forms(E, p, low, s->len[i], kind);
		}
	}
}

/* The line of lemma b[0..bn) in index file m: where its synsets' offsets
 * start (NULL when it has none), the line's end and how many there are.
 * The line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
 * tagsense_cnt offsets. */
static const char *synset_offsets(const struct mapped *m, const char *b, size_t bn,
                                  const char **endp, unsigned long *n_syn)
{
	const char *l = find_line(m, b, bn);
	if (!l)
		return NULL;
	const char *end = memchr(l, '\n', (size_t)(m->p + m->n - l));
	if (!end)
		end = m->p + m->n;
	const char *f = l;
	f += field_len(f, end) + 1;
	f += field_len(f, end) + 1;
	*n_syn = strtoul(f, NULL, 10);
	f += field_len(f, end) + 1;
	unsigned long n_ptr = strtoul(f, NULL, 10);
	f += field_len(f, end) + 1;
	for (unsigned long k = 0; k < n_ptr + 2 && f < end; k++)
		f += field_len(f, end) + 1;
	*endp = end;
	return f;
}

/* word[0..n) in lower case in w (WORD_MAX bytes); false when it is empty,
 * too long, or holds a space or a line end. */
static bool fold_word(const char *word, size_t n, char *w)
{
	if (!n || n >= WORD_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		w[i] = (char)tolower((unsigned char)word[i]);
		if (w[i] == ' ' || w[i] == '\n')
			return false;
	}
	return true;
}

/* Whether w[0..n) is a lemma of some part of speech. */
static bool is_lemma(const struct cti_wordnet *wn, const char *w, size_t n)
{
	for (int p = 0; p < N_POS; p++)
		if (find_line(&wn->idx[p], w, n))
			return true;
	return false;
}

/* The synonyms of base form b (part of speech p) in its first `senses`
 * senses, and what it pertains to or derives from. */
static void emit_senses(struct emit *E, int p, const char *b, size_t bn, int senses)
{
	const struct cti_wordnet *wn = E->wn;
	const char *end;
	unsigned long n_syn;
	const char *f = synset_offsets(&wn->idx[p], b, bn, &end, &n_syn);
	if (!f)
		return;
	for (unsigned long k = 0; k < n_syn && (int)k < senses && f < end && !E->stop; k++) {
		unsigned long off = strtoul(f, NULL, 10);
		f += field_len(f, end) + 1;
		struct synset s;
		if (!read_synset(wn, p, off, &s))
			continue;
		size_t self = 0; /* b's number in the synset, 1-based */
		for (size_t i = 0; i < s.n && !self; i++)
			if (same_lemma(s.w[i], s.len[i], b, bn))
				self = i + 1;
		bool name = false;
		for (size_t i = 0; self && i < s.len[self - 1] && !name; i++)
			name = isupper((unsigned char)s.w[self - 1][i]);
		if (!self || (E->lower && name))
			continue;
		emit_synset_words(E, p, &s, 0, b, bn, CTI_WN_SYNONYM);
		/* pointers: symbol offset pos source/target */
		const char *q = s.ptrs;
		for (size_t i = 0; i < s.n_ptrs && q < s.end && !E->stop; i++) {
			const char *sym = q;
			size_t sl = field_len(q, s.end);
			q += sl + 1;
			unsigned long to = strtoul(q, NULL, 10);
			q += field_len(q, s.end) + 1;
			int tp = pos_of(*q);
			q += field_len(q, s.end) + 1;
			unsigned long st = strtoul(q, NULL, 16);
			q += field_len(q, s.end) + 1;
			bool pertains = sl == 1 && (sym[0] == '\\' || sym[0] == '+');
			bool similar = sl == 1 && sym[0] == '&' && p == ADJ && tp == ADJ;
			size_t src = st >> 8, tgt = st & 0xff;
			if ((!pertains && !similar) || tp < 0 || (src && src != self))
				continue;
			struct synset t;
			if (!read_synset(wn, tp, to, &t))
				continue;
			if (pertains) {
				emit_synset_words(E, tp, &t, tgt, b, bn,
				                  sym[0] == '\\' ? CTI_WN_PERTAINS : CTI_WN_DERIVED);
				continue;
			}
			/* an adjective's satellite that is its own word with an
			 * ending ("north": northern, northerly; not "good":
			 * estimable), as a derived word */
			for (size_t m = 0; m < t.n && !E->stop; m++)
				if (t.len[m] > bn && !memchr(t.w[m], '_', t.len[m]) &&
				    !strncmp(t.w[m], b, bn))
					emit(E, t.w[m], t.len[m], CTI_WN_DERIVED);
		}
	}
}

bool cti_wordnet_related(const struct cti_wordnet *wn, const char *word, size_t n, int senses,
                         bool (*fn)(void *ctx, const char *lemma, size_t len,
                                    enum cti_wn_kind kind),
                         void *ctx)
{
	char w[WORD_MAX];
	if (!wn || !fold_word(word, n, w))
		return true;
	struct emit E = {.wn = wn, .fn = fn, .ctx = ctx};
	bool lemma = is_lemma(wn, w, n);
	E.lower = true;
	for (size_t i = 0; i < n && E.lower; i++)
		E.lower = !isupper((unsigned char)word[i]);
	for (int p = 0; p < N_POS && !E.stop; p++) {
		struct bases b;
		base_forms(wn, p, w, n, lemma, &b);
		for (size_t i = 0; i < b.n && !E.stop; i++) {
			size_t bn = strlen(b.w[i]);
			if (bn != n || memcmp(b.w[i], w, n))
				emit(&E, b.w[i], bn, CTI_WN_FORM);
			emit_forms(&E, p, b.w[i], bn, CTI_WN_FORM);
			emit_senses(&E, p, b.w[i], bn, senses);
		}
	}
	return !E.stop;
}

size_t cti_wordnet_phrase(const struct cti_wordnet *wn, const char *const *words,
                          const size_t *lens, const char *joins, size_t n, char *out,
                          size_t cap)
{
	char w[WORD_MAX], rest[4 * WORD_MAX];
	if (!wn || n < 2 || !fold_word(words[0], lens[0], w))
		return 0;
	/* the longest first: "at the same time" before "at the same" */
	for (size_t k = n < CTI_WORDNET_PHRASE_MAX ? n : CTI_WORDNET_PHRASE_MAX; k >= 2; k--) {
		size_t rl = 0;
		bool ok = true;
		for (size_t i = 1; i < k && ok; i++) {
			ok = lens[i] && lens[i] < WORD_MAX && rl + 1 + lens[i] < sizeof rest &&
			     fold_word(words[i], lens[i], rest + rl + 1);
			if (ok) {
				rest[rl] = joins[i - 1] == '-' ? '-' : '_';
				rl += 1 + lens[i];
			}
		}
		if (!ok)
			continue;
		for (int p = 0; p < N_POS; p++) {
			/* the first word in a base form ("handed over": hand_over,
			 * though "handed" is an adjective's lemma too), or as
			 * written when it is no lemma ("at the same time") */
			struct bases b;
			base_forms(wn, p, w, lens[0], false, &b);
			if (!b.n) {
				memcpy(b.w[0], w, lens[0]);
				b.w[0][lens[0]] = 0;
				b.n = 1;
			}
			for (size_t i = 0; i < b.n; i++) {
				size_t bn = strlen(b.w[i]);
				if (bn + rl >= cap || bn + rl >= WORD_MAX)
					continue;
				memcpy(out, b.w[i], bn);
				memcpy(out + bn, rest, rl);
				out[bn + rl] = 0;
				if (find_line(&wn->idx[p], out, bn + rl))
					return k;
			}
		}
	}
	return 0;
}

bool cti_wordnet_common(const struct cti_wordnet *wn, const char *word, size_t n)
{
	char w[WORD_MAX];
	if (!wn || !fold_word(word, n, w))
		return false;
	bool lemma = is_lemma(wn, w, n);
	for (int p = 0; p < N_POS; p++) {
		struct bases b;
		base_forms(wn, p, w, n, lemma, &b);
		for (size_t i = 0; i < b.n; i++) {
			size_t bn = strlen(b.w[i]);
			const char *end;
			unsigned long n_syn;
			const char *f = synset_offsets(&wn->idx[p], b.w[i], bn, &end, &n_syn);
			if (!f)
				continue;
			for (unsigned long k = 0; k < n_syn && f < end; k++) {
				unsigned long off = strtoul(f, NULL, 10);
				f += field_len(f, end) + 1;
				struct synset s;
				if (!read_synset(wn, p, off, &s))
					continue;
				for (size_t q = 0; q < s.n; q++) {
					if (!same_lemma(s.w[q], s.len[q], b.w[i], bn))
						continue;
					bool upper = false;
					for (size_t c = 0; c < s.len[q] && !upper; c++)
						upper = isupper((unsigned char)s.w[q][c]);
					if (!upper)
						return true;
				}
			}
		}
	}
	return false;
}

bool cti_wordnet_nominal(const struct cti_wordnet *wn, const char *word, size_t n)
{
	char w[WORD_MAX];
	if (!wn || !fold_word(word, n, w))
		return false;
	bool lemma = is_lemma(wn, w, n);
	static const int nominal[] = {NOUN, ADJ};
	for (size_t k = 0; k < sizeof nominal / sizeof nominal[0]; k++) {
		struct bases b;
		base_forms(wn, nominal[k], w, n, lemma, &b);
		if (b.n)
			return true;
	}
	return false;
}
