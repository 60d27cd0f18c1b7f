/* lang.c — a cheap language guess from stop words, for choosing rule files
 * when a document does not say its language. */
#include "extract/extract-private.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static const struct {
	const char *lang;
	const char *const words[12];
} stop[] = {
	{"en", {"the", "and", "of", "to", "that", "is", "was", "said", "with", "for", "his", "not"}},
	{"de", {"der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "dem", "sagte", "ein"}},
	{"fr", {"le", "la", "les", "et", "des", "est", "que", "une", "dans", "pour", "pas", "qui"}},
	{"nl", {"de", "het", "een", "en", "van", "niet", "dat", "zijn", "met", "voor", "zei", "ook"}},
	{"da", {"og", "det", "at", "en", "den", "til", "er", "som", "med", "ikke", "har", "sagde"}},
};

/* The stop words in a small hash table, by their letters packed 5 bits
 * each (words of up to 6 letters): which languages have each, as counts to
 * add, 12 bits a language (a language's count stays below 4096: at most
 * one word in three bytes of the 8192 looked at). */
#define SLOTS 256
#define NLANG (sizeof stop / sizeof stop[0])
static uint32_t slot_key[SLOTS];
static uint64_t slot_add[SLOTS];
/* 1 + a letter's code (1-26, either case), or 0: not a letter. '`' counts
 * as a letter of code 0, as the arithmetic test this table replaced let it
 * ((c | 32) - 'a' + 1 <= 26 and c >= 'A'), which keeps guesses the same. */
static uint8_t letter_code[256];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static size_t slot_of(uint32_t key)
{
	size_t k = (key * 2654435761u) >> 24;
	while (slot_key[k] && slot_key[k] != key)
		k = (k + 1) % SLOTS;
	return k;
}

static void build_table(void)
{
	for (size_t l = 0; l < NLANG; l++)
		for (size_t k = 0; k < 12; k++) {
			uint32_t key = 0;
			for (const char *c = stop[l].words[k]; *c; c++)
				key = key << 5 | (uint32_t)(*c - 'a' + 1);
			size_t i = slot_of(key);
			if (!(slot_add[i] >> (12 * l) & 1))
				slot_add[i] |= (uint64_t)1 << (12 * l);
			slot_key[i] = key;
		}
	for (unsigned c = 0; c < 26; c++) {
		letter_code['a' + c] = (uint8_t)(c + 2);
		letter_code['A' + c] = (uint8_t)(c + 2);
	}
	letter_code['`'] = 1;
}

/* The two languages with the most stop words counted in counts (twelve
 * bits a language). */
static void rank(uint64_t counts, int score[NLANG], size_t *best_out, size_t *second_out)
{
	for (size_t l = 0; l < NLANG; l++)
		score[l] = (int)(counts >> (12 * l) & 0xFFF);
	size_t best = 0, second = 0;
	for (size_t l = 1; l < NLANG; l++) {
		if (score[l] > score[best]) {
			second = best;
			best = l;
		} else if (l != best && score[l] > score[second]) {
			second = l;
		}
	}
	if (best == second)
		second = best ? 0 : 1;
	*best_out = best;
	*second_out = second;
}

/* Every SETTLE_STEP bytes the count so far is looked at: a language with
 * SETTLE_MIN stop words and SETTLE_LEAD times as many as any other has won.
 * A news story is decided in its first 2 KB instead of 8; only a text that
 * changes language after 2 KB of another could be decided otherwise, and
 * for such a text the first 8 KB are no better a sample than the first 2.
 * (Over the 13,555 quotations extract-quotes finds in 2,200 BBC articles,
 * PolNeAR and corpus/, the output is byte-identical.) */
#define SETTLE_STEP 2048
#define SETTLE_MIN 24
#define SETTLE_LEAD 4

/* The stop words again, in a table where each has a slot of its own (the
 * multiplier is searched for once): looked up without a branch, at every
 * byte (the end of a word is where a branch mispredicted). */
#define DSLOTS 1024
static uint32_t dslot_key[DSLOTS];
static uint64_t dslot_add[DSLOTS];
static uint32_t dmul;

static void build_direct(void)
{
	for (uint32_t m = 2654435761u;; m += 2) {
		bool ok = true;
		memset(dslot_key, 0, sizeof dslot_key);
		memset(dslot_add, 0, sizeof dslot_add);
		for (size_t i = 0; i < SLOTS && ok; i++) {
			if (!slot_key[i])
				continue;
			uint32_t d = (slot_key[i] * m) >> 22;
			ok = !dslot_key[d];
			dslot_key[d] = slot_key[i];
			dslot_add[d] = slot_add[i];
		}
		if (ok) {
			dmul = m;
			return;
		}
	}
}

static void build_tables(void)
{
	build_table();
	build_direct();
}

/* What a word of key (and n letters) adds to the counts: nothing unless
 * it has 1 to 6 letters and is a stop word. */
static inline uint64_t word_add(uint32_t key, size_t n)
{
	uint32_t d = (key * dmul) >> 22;
	uint64_t hit = (uint64_t)(dslot_key[d] == key) & (uint64_t)(n - 1 < 6);
	return dslot_add[d] & (0 - hit);
}

const char *ct_guess_language(const char *text, size_t len)
{
	pthread_once(&table_once, build_tables);
	int score[NLANG] = {0};
	size_t best = 0, second = 0;
	size_t lim = len < 8192 ? len : 8192;
	/* one pass over the bytes, without a branch for where words end */
	const unsigned char *u = (const unsigned char *)text;
	uint32_t key = 0;
	size_t n = 0;
	uint64_t counts = 0;
	size_t look = SETTLE_STEP;
	for (size_t i = 0; i < lim; i++) {
		unsigned code = letter_code[u[i]];
		uint32_t letter = code != 0;
		/* a byte after a word counts the word (a key of 0, no word, adds
		 * nothing: no stop word has that key) */
		counts += word_add(key, n) & (0 - (uint64_t)!letter);
		uint32_t keep = 0 - letter;
		key = ((key << 5) | (code - letter)) & keep;
		n = (n + 1) & (size_t)(0 - (size_t)letter);
		if (!letter && i >= look) {
			look += SETTLE_STEP;
			rank(counts, score, &best, &second);
			if (score[best] >= SETTLE_MIN && score[best] >= SETTLE_LEAD * score[second])
				return stop[best].lang;
		}
	}
	counts += word_add(key, n);
	rank(counts, score, &best, &second);
	if (score[best] < 3 || score[best] * 2 < score[second] * 3)
		return NULL;
	return stop[best].lang;
}
