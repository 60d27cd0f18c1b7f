/* outcomes.h — opposite outcomes of an event ("won" / "withdrew", "stay" /
 * "leave", "approved" / "rejected"), our own short list (outcomes.c), for
 * verify's check of a story that states the other outcome of the claim's
 * event. Private to the analyse stage. */
#ifndef CASETRACE_ANALYSE_OUTCOMES_H
#define CASETRACE_ANALYSE_OUTCOMES_H

#include <stdbool.h>
#include <stddef.h>

/* How many pairs of opposite outcomes there may be at most (a claim term
 * keeps the pairs it is a word of as bits). */
#define CTI_OUTCOME_MAX 32

/* How many pairs of opposite outcomes there are (at most CTI_OUTCOME_MAX). */
size_t cti_outcome_pairs(void);

/* Which side of outcome pair p the word w[0..n) (any case) is: +1 the
 * first ("won"), -1 the second ("lost", "withdrew"), 0 neither. next[0..nn)
 * is the word after it (or nn 0): an outcome of two words ("pulled out",
 * "turned down") is matched on both, and *two is then set. */
int cti_outcome_side(size_t p, const char *w, size_t n, const char *next, size_t nn, bool *two);

#endif
