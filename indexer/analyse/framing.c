/* framing.c — the words with which an interviewee frames a claim: stance
 * and emphasis ("frankly", "honestly", "really", "effectively"), opinion
 * and hearsay ("in my view", "I think", "we were told", "as I recall"),
 * vague quantity and reference ("everybody", "something", "a lot", "the
 * whole thing") and talk about the talk ("the point", "the word", "the
 * line", "shorthand"). Such words say how the speaker sees or knows the
 * fact, not the fact; in a small corpus they are rare and would lead the
 * claim's query, fetching stories that share the speaker's words instead
 * of the fact's. verify still counts them in the claim's coverage: only
 * the query weights them less.
 *
 * The list is our own, written for casetrace, English only, lower case;
 * words that often carry a fact ("never", "only", "most", "before") are
 * not in it. */
#include "analyse/framing.h"

#include <string.h>
#include <strings.h>

bool cti_framing_word(const char *w, size_t n)
{
	static const char *const framing[] = {
		/* stance and emphasis */
		"frankly", "honestly", "really", "real", "actually", "basically", "essentially",
		"effectively", "genuinely", "literally", "simply", "clearly", "obviously",
		"certainly", "surely", "definitely", "absolutely", "totally", "quite", "pretty",
		"rather", "properly", "truly", "indeed", "anyway", "frank", "honest",
		/* opinion, memory and hearsay */
		"view", "opinion", "think", "thought", "believe", "believed", "feel", "felt",
		"reckon", "guess", "suppose", "recall", "remember", "remembered", "understand",
		"understood", "impression", "sense", "seemed", "seems", "apparently", "supposedly",
		"told", "heard", "gather", "personally", "perspective", "mind",
		/* vague quantity and reference */
		"everybody", "everyone", "somebody", "someone", "anybody", "anyone", "something",
		"anything", "everything", "thing", "things", "stuff", "lot", "lots", "kind", "sort",
		"bit", "whole", "onwards", "somehow",
		/* talk about the talk */
		"point", "word", "words", "line", "shorthand", "phrase", "put", "call", "called",
		"say", "saying"};
	for (size_t i = 0; i < sizeof framing / sizeof framing[0]; i++)
		if (strlen(framing[i]) == n && !strncasecmp(w, framing[i], n))
			return true;
	return false;
}
