/* lang.c — a cheap language guess from stop words, for choosing rule files
 * when a document does not say its language. */
#include "extract/extract-private.h"

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

const char *ct_guess_language(const char *text, size_t len)
{
	int score[sizeof stop / sizeof stop[0]] = {0};
	size_t lim = len < 8192 ? len : 8192;
	uint32_t first = 0; /* the first letters of stop words, as bits */
	size_t min_len = 8, max_len = 0;
	for (size_t l = 0; l < sizeof stop / sizeof stop[0]; l++)
		for (size_t k = 0; k < 12; k++) {
			size_t wl = strlen(stop[l].words[k]);
			first |= 1u << (stop[l].words[k][0] - 'a');
			min_len = wl < min_len ? wl : min_len;
			max_len = wl > max_len ? wl : max_len;
		}
	size_t i = 0;
	while (i < lim) {
		while (i < lim && !((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z'))
			i++;
		size_t s = i;
		while (i < lim && (((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')))
			i++;
		size_t n = i - s;
		if (n == 0 || n > 6)
			continue;
		char w[8];
		for (size_t k = 0; k < n; k++)
			w[k] = (char)(text[s + k] | 32);
		w[n] = '\0';
		/* most words cannot be stop words: wrong length or first letter */
		if (n < min_len || n > max_len || !(first & (1u << (w[0] - 'a'))))
			continue;
		for (size_t l = 0; l < sizeof stop / sizeof stop[0]; l++)
			for (size_t k = 0; k < 12; k++)
				if (stop[l].words[k][0] == w[0] && stop[l].words[k][1] == w[1] &&
				    !strcmp(w, stop[l].words[k]))
					score[l]++;
	}
	size_t best = 0, second = 0;
	for (size_t l = 1; l < sizeof stop / sizeof stop[0]; l++) {
		if (score[l] > score[best]) {
			second = best;
			best = l;
		} else if (l != best && score[l] > score[second]) {
			second = l;
		}
	}
	if (best == second)
		second = best ? 0 : 1;
	if (score[best] < 3 || score[best] * 2 < score[second] * 3)
		return NULL;
	return stop[best].lang;
}
