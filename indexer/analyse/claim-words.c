/* claim-words.c — how the words of an interview claim are read before they
 * are matched against a story (claim-words.h): the speaker's framing, the
 * vague words its query weighs less, words
 * that stand for one another (verbs of saying, modals of obligation,
 * distributives), seasons, and runs of words WordNet has as one lemma. */
#include "analyse/claim-words.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether w[0..n) is one of the words of list (lower case, NULL-ended),
 * in any case. */
static bool one_of(const char *w, size_t n, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == n && !strncasecmp(w, list[i], n))
			return true;
	return false;
}

/* Whether a clause ends between byte a and byte z of text: a comma,
 * colon, semicolon, or a sentence's full stop, "!" or "?". */
static bool clause_between(const char *text, size_t a, size_t z)
{
	for (size_t i = a; i < z; i++)
		if (strchr(",:;.!?", text[i]))
			return true;
	return false;
}

/* How many words on from a first-person pronoun its verb or noun of
 * thought may stand ("we were told", "I do not remember"). */
#define FRAME_REACH 3
/* How many words before the pronoun the frame may start ("as far as I"). */
#define FRAME_LEAD 4

/* Whether the word at byte a of text starts a sentence: nothing before it
 * but white space, or a full stop, "!", "?" or ":" before that. */
static bool sentence_start(const char *text, size_t a)
{
	while (a > 0 && isspace((unsigned char)text[a - 1]))
		a--;
	return a == 0 || strchr(".!?:", text[a - 1]);
}

/* How many words from w[i] on (at most n - i) a discourse connective
 * takes when the sentence opens with one ("At the same time, ...",
 * "Meanwhile", "In fact"): what ties the claim to the speaker's story, not
 * the fact. 0 when there is none. */
static size_t connective(const char *text, const struct cti_word_span *w, size_t i, size_t n)
{
	static const char *const conn[] = {"at the same time", "meanwhile", "in fact", "of course",
	                                   "in any case", "at any rate", "as it happens",
	                                   "to be fair", "to be honest", NULL};
	if (!sentence_start(text, w[i].start))
		return 0;
	for (size_t c = 0; conn[c]; c++) {
		const char *p = conn[c];
		size_t k = i;
		while (*p && k < n) {
			size_t len = strcspn(p, " ");
			if (w[k].end - w[k].start != len || strncasecmp(text + w[k].start, p, len))
				break;
			k++;
			p += len;
			p += *p == ' ';
		}
		if (!*p)
			return k - i;
	}
	return 0;
}

void cti_claim_framing(const char *text, const struct cti_word_span *w, size_t n, bool *framing)
{
	static const char *const person[] = {"i", "we", "my", "our", "me", "us", NULL};
	static const char *const thought[] = {
		"think", "thought", "believe", "believed", "remember", "remembered", "recall",
		"recalled", "recollect", "gather", "understand", "understood", "told", "heard",
		"hear", "know", "knew", "reckon", "suppose", "guess", "feel", "felt", "view", "opinion",
		"knowledge", "recollection", "memory", "mind", "impression", "say", NULL};
	/* adverbs of the speaker's stance, not of the fact's manner */
	static const char *const stance[] = {
		"effectively", "basically", "essentially", "really", "actually", "frankly", "honestly",
		"obviously", "clearly", "certainly", "probably", "apparently", "reportedly",
		"presumably", "arguably", "supposedly", "surely", "undoubtedly", "definitely",
		"literally", "genuinely", NULL};
	for (size_t i = 0; i < n; i++) {
		const char *t = text + w[i].start;
		size_t len = w[i].end - w[i].start;
		size_t conn = connective(text, w, i, n);
		for (size_t k = i; k < i + conn; k++)
			framing[k] = true;
		if (one_of(t, len, stance)) {
			framing[i] = true;
			continue;
		}
		if (!one_of(t, len, person))
			continue;
		size_t v = i;
		for (size_t k = i + 1; k < n && k <= i + FRAME_REACH && v == i; k++) {
			if (clause_between(text, w[k - 1].end, w[k].start))
				break;
			if (one_of(text + w[k].start, w[k].end - w[k].start, thought))
				v = k;
		}
		if (v == i)
			continue;
		/* the frame's start: the clause's, when it is near */
		size_t s = i;
		while (s > 0 && i - s < FRAME_LEAD && !clause_between(text, w[s - 1].end, w[s].start))
			s--;
		if (s > 0 && !clause_between(text, w[s - 1].end, w[s].start))
			s = i; /* far into a clause: the pronoun's own words only */
		for (size_t k = s; k <= v; k++)
			framing[k] = true;
	}
}

bool cti_claim_vague_word(const char *w, size_t n)
{
	/* our own list, English, lower case; the stance adverbs that
	 * cti_claim_framing takes out of the claim are not repeated here, and
	 * words that often carry a fact ("never", "only", "most", "before")
	 * are not in it */
	static const char *const vague[] = {
		/* emphasis */
		"simply", "quite", "pretty", "rather", "properly", "truly", "indeed", "anyway",
		"totally", "absolutely", "frank", "honest", "real",
		/* opinion, memory and hearsay outside a first-person frame */
		"view", "opinion", "think", "thought", "believe", "believed", "feel", "felt",
		"reckon", "guess", "suppose", "recall", "remember", "remembered", "understand",
		"understood", "impression", "sense", "seemed", "seems", "told", "heard", "gather",
		"personally", "perspective", "mind",
		/* vague quantity and reference */
		"everybody", "everyone", "somebody", "someone", "anybody", "anyone", "something",
		"anything", "everything", "thing", "things", "stuff", "lot", "lots", "kind", "sort",
		"bit", "whole", "onwards", "somehow",
		/* talk about the talk */
		"point", "word", "words", "line", "shorthand", "phrase", "put", "call", "called",
		"say", "saying", NULL};
	return one_of(w, n, vague);
}

enum cti_word_class cti_word_class(const char *word, size_t n)
{
	static const char *const say[] = {
		"said", "says", "told", "tells", "argued", "argues", "noted", "stated", "claimed",
		"insisted", "insists", "suggested", "remarked", "explained", "maintained",
		"contended", "asserted", "stressed", "according", NULL};
	static const char *const must[] = {"ought", "should", "must", "need", "needs", NULL};
	static const char *const each[] = {"each", "every", "per", NULL};
	return one_of(word, n, say) ? CTI_WORDS_SAY
	       : one_of(word, n, must) ? CTI_WORDS_MUST
	       : one_of(word, n, each) ? CTI_WORDS_EACH
	                               : CTI_WORDS_NONE;
}

bool cti_season_month(const char *season, size_t n, const char *month, size_t m)
{
	/* the seasons of the northern hemisphere, by the months they span */
	static const char *const seasons[][4] = {
		{"spring", "march", "april", "may"},
		{"summer", "june", "july", "august"},
		{"autumn", "september", "october", "november"},
		{"fall", "september", "october", "november"},
		{"winter", "december", "january", "february"},
	};
	if (!m || !isupper((unsigned char)month[0]))
		return false; /* "may" is no month */
	for (size_t i = 0; i < sizeof seasons / sizeof seasons[0]; i++) {
		if (strlen(seasons[i][0]) != n || strncasecmp(season, seasons[i][0], n))
			continue;
		for (size_t k = 1; k < 4; k++)
			if (strlen(seasons[i][k]) == m && !strncasecmp(month, seasons[i][k], m))
				return true;
	}
	return false;
}

/* Words that, after a verb, make one phrase with it ("walked out",
 * "handed over"). */
static bool particle(const char *w, size_t n)
{
	static const char *const part[] = {"up", "down", "out", "off", "over", "back", "away",
	                                   "in", "on", "around", "along", "through", NULL};
	return one_of(w, n, part);
}

/* Whether word w of text, after a particle, leaves it one: not an article,
 * a possessive, "of", a name or a figure (written with a capital or a
 * digit), which make the particle a preposition. */
static bool object_free(const char *text, const struct cti_word_span *w)
{
	static const char *const object[] = {"the", "a", "an", "his", "her", "its", "their", "our",
	                                     "my", "your", "of", "this", "that", "these", "those",
	                                     NULL};
	const char *t = text + w->start;
	return !one_of(t, w->end - w->start, object) && !isupper((unsigned char)t[0]) &&
	       !isdigit((unsigned char)t[0]);
}


size_t cti_claim_phrases(const struct cti_wordnet *wn, const char *text,
                         const struct cti_word_span *w, size_t n, struct cti_phrase *out,
                         size_t cap)
{
	size_t got = 0;
	for (size_t i = 0; wn && i + 1 < n && got < cap;) {
		const char *words[CTI_WORDNET_PHRASE_MAX];
		size_t lens[CTI_WORDNET_PHRASE_MAX], k = 0;
		char joins[CTI_WORDNET_PHRASE_MAX];
		/* the words that may make one lemma with w[i]: one space or a
		 * hyphen between them, letters only, lower case */
		for (size_t j = i; j < n && k < CTI_WORDNET_PHRASE_MAX; j++) {
			const char *t = text + w[j].start;
			size_t len = w[j].end - w[j].start;
			bool letters = len > 0;
			for (size_t q = 0; q < len && letters; q++)
				letters = isalpha((unsigned char)t[q]);
			bool capital = isupper((unsigned char)t[0]) &&
			               (j > i || !sentence_start(text, w[j].start));
			if (!letters || capital)
				break;
			if (j > i) {
				size_t gap = w[j].start - w[j - 1].end;
				char c = text[w[j - 1].end];
				if (gap != 1 || (c != ' ' && c != '-'))
					break;
				joins[k - 1] = c;
			}
			words[k] = t;
			lens[k++] = len;
		}
		struct cti_phrase *p = &out[got];
		size_t m = k >= 2 ? cti_wordnet_phrase(wn, words, lens, joins, k, p->lemma,
		                                       sizeof p->lemma)
		                  : 0;
		if (m < 2) {
			i++;
			continue;
		}
		p->particle = m == 2 && particle(words[1], lens[1]);
		/* a particle before an article, a possessive, a name or a
		 * figure is a preposition: "won over Forest", "came out of the
		 * hall" are no phrases */
		if (p->particle && i + 2 < n && !object_free(text, &w[i + 2])) {
			i++;
			continue;
		}
		p->first = i;
		p->n = m;
		got++;
		i += m;
	}
	return got;
}
