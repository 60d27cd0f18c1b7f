/* wordnet.h — words related to a word, read from Princeton WordNet 3.0's
 * database files where the system has them (Debian: wordnet-base,
 * /usr/share/wordnet), for verify's match of a claim against a story
 * (wordnet.c). Nothing of WordNet is copied: the files are mapped and
 * searched in place, as WordNet's own library does. Private to the analyse
 * stage. */
#ifndef CASETRACE_ANALYSE_WORDNET_H
#define CASETRACE_ANALYSE_WORDNET_H

#include <stdbool.h>
#include <stddef.h>

/* Where WordNet is looked for when CASETRACE_WORDNET is not set. */
#define CTI_WORDNET_DIR "/usr/share/wordnet"

struct cti_wordnet;

/* How a word is related to the one looked up. */
enum cti_wn_kind {
	CTI_WN_FORM = 0,        /* the same word in another form: its base form
	                           or an irregular one ("gave": give, given) */
	CTI_WN_SYNONYM = 1,     /* a word of one of its first senses' synsets
	                           ("climbed": rise, rose, go up), or that
	                           synonym's irregular forms */
	CTI_WN_PERTAINS = 2,    /* what an adjective pertains to ("Dutch":
	                           Netherlands; "French": France) */
	CTI_WN_DERIVED = 3,     /* a word derived from it or it from ("England":
	                           English; "suspend": suspension), or an
	                           adjective's satellite that is its own word
	                           with an ending ("north": northern) */
};

/* Opens WordNet in dir (NULL: $CASETRACE_WORDNET, else CTI_WORDNET_DIR): maps
 * its index and data files and reads its exception lists (a few milliseconds).
 * NULL when the files are not there or cannot be read (verify then matches
 * words as the index files them, nothing more). */
struct cti_wordnet *cti_wordnet_open(const char *dir);

/* NULL-safe. */
void cti_wordnet_close(struct cti_wordnet *wn);

/* Calls fn for each word related to word[0..n) (any case) in one of its
 * first `senses` senses of each part of speech: the lemma as WordNet writes
 * it ("Netherlands", "US"; a lemma of several words has them joined by '_'
 * and is passed too), its length and how it is related. The same lemma may
 * come more than once. Returns false when fn does (it stops there). */
bool cti_wordnet_related(const struct cti_wordnet *wn, const char *word, size_t n, int senses,
                         bool (*fn)(void *ctx, const char *lemma, size_t len,
                                    enum cti_wn_kind kind),
                         void *ctx);

/* The most words a phrase of cti_wordnet_phrase may have. */
#define CTI_WORDNET_PHRASE_MAX 4

/* Whether the first words of words[0..n) (lens[i] bytes each, any case;
 * joins[i] the character between words i and i + 1: ' ' or '-') are one of
 * WordNet's lemmas of several words, the first word in any of its forms:
 * "handed over" (hand_over), "let go" (let_go), "at the same time"
 * (at_the_same_time), "state-owned". Returns how many words the longest
 * such lemma has (2 to CTI_WORDNET_PHRASE_MAX), written as WordNet writes
 * it into out (cap bytes, for cti_wordnet_related), or 0 when there is none
 * or without WordNet. */
size_t cti_wordnet_phrase(const struct cti_wordnet *wn, const char *const *words,
                          const size_t *lens, const char *joins, size_t n, char *out,
                          size_t cap);

/* Whether word[0..n) (any case) is a common word: WordNet has a sense of it
 * written in lower case ("Nobody", "After"), not only as a name
 * ("Lufthansa", which it lacks, or "Germany"). False without WordNet. */
bool cti_wordnet_common(const struct cti_wordnet *wn, const char *word, size_t n);

/* Whether word[0..n) (any case) is a noun or an adjective, in one of its
 * forms ("network", "Golden", "networks"; not "told"). False without
 * WordNet. */
bool cti_wordnet_nominal(const struct cti_wordnet *wn, const char *word, size_t n);

#endif
