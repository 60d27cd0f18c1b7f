/* analyse-private.h — the pieces of check-quotes that need no database:
 * words normalised for comparison, finding a quotation in a text, the
 * word-level alignment and its diff (check-quotes-match.c). */
#ifndef CASETRACE_ANALYSE_PRIVATE_H
#define CASETRACE_ANALYSE_PRIVATE_H

#include "link/link-private.h" /* cti_names_surname */

#include <casetrace/analyse.h>
#include "util/util.h"

/* A word of a text: letters and digits, lower-cased, apostrophes dropped
 * ("Ostland’s" = "ostlands"), square brackets inside or around its letters
 * dropped ("[f]rom" = "from"); quotation marks, dashes and other symbols
 * separate words. */
struct cti_word {
	size_t start, end;  /* the word's bytes in the text */
	size_t span_end;    /* … with the punctuation written after it */
	size_t off, len;    /* its normalised form in cti_words.norm */
	uint32_t hash;      /* of the normalised form */
	char punct;         /* the sentence punctuation between it and the next
	                       word: one of , ; : . ! ? (an ellipsis is '.'),
	                       or 0 */
	bool ellipsis;      /* that punctuation holds an ellipsis (… or ...):
	                       in a quotation, words left out after this one */
};

struct cti_words {
	struct cti_word *w;
	size_t n, cap;
	struct cti_buf norm; /* the normalised forms, back to back */
};

/* The words of text[from, to) (appended to *ws; NULL-safe free). */
ct_status cti_words_read(const char *text, size_t from, size_t to, struct cti_words *ws);
void cti_words_free(struct cti_words *ws);

/* Text normalised as compared: the words, one space apart (for tests and
 * messages). Allocated. */
char *cti_quote_normalise(const char *text, size_t len);

/* The result of looking for a quotation's words q in a source's words s. */
struct cti_match {
	bool verbatim;      /* every word, in order, with the same punctuation
	                       between words */
	size_t first, last; /* the source words matched: [first, last) */
	size_t matched;     /* quotation words aligned to equal source words */
	double similarity;  /* matched / the quotation's words */
	struct cti_diff {   /* altered: source → quotation, word by word */
		ct_diff_op op;
		size_t word;    /* index into q (SAME, INS) or s (DEL) */
	} *diff;
	size_t n_diff;
};

/* Look for q in s[from, s->n) first, then in all of s: a verbatim match;
 * else the best alignment (the least cost — a source word left out 1, a
 * word changed 2, a word added 3; then the most words matched; then the
 * earliest) with its diff; nothing when no word of q is in s. An
 * ellipsis in q stands for words left out: they cost nothing, and a
 * quotation whose only differences are such words is verbatim (its diff
 * shows them). m->diff is allocated (free it with cti_match_free). */
ct_status cti_match_words(const struct cti_words *q, const struct cti_words *s, size_t from,
                          struct cti_match *m);
void cti_match_free(struct cti_match *m);

/* The diff as text: "now [-able-] [+ready+] to", words of the quotation
 * (q_text) and the source (s_text). Allocated. */
char *cti_diff_text(const struct cti_match *m, const struct cti_words *q, const char *q_text,
                    const struct cti_words *s, const char *s_text);

/* Whether text[start, end) holds a sentence end outside the ranges skip[]
 * ([start, end) pairs, sorted): . ! ? followed by a space (not after a
 * title such as "Gen." or an initial), or a blank line. */
bool cti_sentence_break(const char *text, size_t start, size_t end, const size_t (*skip)[2],
                        size_t n_skip);

/* The bounds of the sentence around text[start, end): from after the last
 * sentence end before start to the next one after end. */
void cti_sentence_around(const char *text, size_t len, size_t start, size_t end, size_t *s0,
                         size_t *s1);


#endif
