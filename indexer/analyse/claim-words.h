/* claim-words.h — how the words of an interview claim are read before they
 * are matched against a story (claim-words.c): which of them are the
 * speaker's framing rather than the fact ("I think", "as far as I
 * remember", "effectively"), which stand for others of their class (verbs
 * of saying: "said" for "argued"; "should" for "ought"; "each" for
 * "every"), which name a season ("spring": April
 * stands for it), and which run of them WordNet has as one lemma ("let go",
 * "handed over"). Private to the analyse stage. */
#ifndef CASETRACE_ANALYSE_CLAIM_WORDS_H
#define CASETRACE_ANALYSE_CLAIM_WORDS_H

#include "analyse/wordnet.h"

#include <stdbool.h>
#include <stddef.h>

/* A word of a claim: where it stands in the claim's text. */
struct cti_word_span {
	size_t start, end;
};

/* Marks in framing[0..n) the words of text (w[0..n), in order) that frame
 * the claim as the speaker's: a first-person clause of thought, memory or
 * hearsay, from its start (the claim's or a sentence's start, a comma; at
 * most four words before the pronoun) to its verb or noun ("I think",
 * "we were told", "as far as I remember", "in my view", "to my
 * knowledge"), and the adverbs with which a speaker hedges or insists
 * ("effectively", "really", "apparently"). None of them states the fact
 * a source would state. Other words are left as they are. */
void cti_claim_framing(const char *text, const struct cti_word_span *w, size_t n, bool *framing);

/* Whether the n bytes at w (any case) are a vague word of a speaker's,
 * which the claim's query weighs at half its rarity but the claim's
 * coverage still counts: emphasis ("quite", "simply"), opinion and hearsay
 * outside a first-person frame ("the impression", "told"), vague quantity
 * and reference ("everybody", "something", "a lot", "onwards") and talk
 * about the talk ("the point", "shorthand"). In a small corpus such words
 * are rare and would lead the query to stories that share the speaker's
 * words instead of the fact's. */
bool cti_claim_vague_word(const char *w, size_t n);

/* Classes of words that WordNet does not relate and that a paraphrase
 * puts for one another: a story's word of a class stands for the claim's. */
enum cti_word_class {
	CTI_WORDS_NONE = 0,
	CTI_WORDS_SAY,          /* verbs of saying that tell nothing beyond who
	                           said it ("argued", "noted", "told",
	                           "insisted", "said"); not "warned", "denied"
	                           or "admitted", which tell more */
	CTI_WORDS_MUST,         /* modals of obligation ("ought", "should",
	                           "must", "needs") */
	CTI_WORDS_EACH,         /* distributives ("each", "every", "per") */
	CTI_WORDS_N
};

/* The class of word[0..n) (as written, any case). */
enum cti_word_class cti_word_class(const char *word, size_t n);
/* Whether month[0..m) (a month's name, written with a capital) falls in
 * season[0..n) (any case): "April" in "spring", "December" in "winter"
 * (the northern hemisphere's seasons). A story that tells of April tells
 * of the spring. */
bool cti_season_month(const char *season, size_t n, const char *month, size_t m);

/* A run of a claim's words that WordNet has as one lemma. */
struct cti_phrase {
	size_t first, n;        /* its words: w[first .. first + n) */
	bool particle;          /* a verb and its particle ("handed over",
	                           "walked out"): the verb alone, in any form,
	                           says what the phrase says */
	char lemma[64];         /* as WordNet writes it ("hand_over") */
};

/* The runs of w[0..n) (the claim's words in text, in order) that WordNet
 * has as one lemma, longest first, each word in at most one; joined by one
 * space or a hyphen, all in lower case (a capital only on a sentence's
 * first word: names are matched as names). At most cap into out; returns
 * how many. None without WordNet. */
size_t cti_claim_phrases(const struct cti_wordnet *wn, const char *text,
                         const struct cti_word_span *w, size_t n, struct cti_phrase *out,
                         size_t cap);

#endif
