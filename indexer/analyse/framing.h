/* framing.h — the words with which a speaker frames a claim rather than
 * state its fact ("frankly", "in my view", "we were told"), our own list
 * (framing.c), which verify weights less when it builds a claim's query.
 * Private to the analyse stage. */
#ifndef CASETRACE_ANALYSE_FRAMING_H
#define CASETRACE_ANALYSE_FRAMING_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the n bytes at w (any case) are a word of a speaker's framing. */
bool cti_framing_word(const char *w, size_t n);

#endif
