/* spelling.c — British and American spellings of one word to one form (the
 * American one), so that "defence" finds "defense" and "organisation" finds
 * "organization": rules for -ise/-ize, -yse/-yze, -our/-or, -tre/-ter and
 * -lled/-led, with stem lists where a bare rule would be wrong ("four",
 * "advise", "killed"), and a list of single words. Works on the lower-case
 * ASCII words unicode61 produces; everything else is left alone. */
#include "index/tokenizer.h"

#include <pthread.h>
#include <string.h>

struct pair {
	const char *uk, *us;
};

/* Whole words (and their plurals, by the -s rule below). */
static const struct pair words[] = {
	{"defence", "defense"}, {"offence", "offense"}, {"licence", "license"},
	{"pretence", "pretense"}, {"programme", "program"}, {"catalogue", "catalog"},
	{"analogue", "analog"}, {"grey", "gray"}, {"aluminium", "aluminum"},
	{"mould", "mold"}, {"plough", "plow"}, {"sceptic", "skeptic"},
	{"sceptical", "skeptical"}, {"scepticism", "skepticism"},
	{"manoeuvre", "maneuver"}, {"manoeuvres", "maneuvers"}, {"judgement", "judgment"},
	{"ageing", "aging"}, {"enrolment", "enrollment"}, {"fulfil", "fulfill"},
	{"fulfilment", "fulfillment"}, {"instalment", "installment"}, {"jewellery", "jewelry"},
	{"cheque", "check"}, {"kerb", "curb"}, {"storey", "story"}, {"tyre", "tire"},
	{"draught", "draft"}, {"paediatric", "pediatric"}, {"anaesthetic", "anesthetic"},
	{"oestrogen", "estrogen"}, {"foetus", "fetus"}, {"diarrhoea", "diarrhea"},
	{"whilst", "while"}, {"amongst", "among"}, {"practise", "practice"},
	{"practised", "practiced"}, {"practising", "practicing"}, {"towards", "toward"},
	{"afterwards", "afterward"}, {"learnt", "learned"}, {"spelt", "spelled"},
	{"centre", "center"}, {"centred", "centered"}, {"metre", "meter"},
	{"theatre", "theater"}, {"fibre", "fiber"}, {"litre", "liter"},
	{"calibre", "caliber"}, {"sombre", "somber"}, {"spectre", "specter"},
	{"lustre", "luster"}, {"sabre", "saber"}, {"meagre", "meager"},
	{"kilometre", "kilometer"}, {"millimetre", "millimeter"},
};

/* -our words (the stem before "our"; derived forms share it). */
static const char *const our_stems[] = {
	"lab", "col", "hon", "fav", "behavi", "neighb", "harb", "rum", "hum", "vap",
	"vig", "arm", "endeav", "savi", "parl", "od", "flav", "ferv", "val", "rig",
	"splend", "clam", "cand", "ard", "demean", "tum", "ranc",
};

/* -ise verbs that have no -ize form. */
static const char *const ise_keep[] = {
	"advise", "revise", "supervise", "televise", "devise", "comprise", "compromise",
	"surprise", "exercise", "enterprise", "franchise", "merchandise", "expertise",
	"promise", "premise", "precise", "concise", "otherwise", "likewise", "noise",
	"poise", "raise", "praise", "paradise", "chastise", "despise", "disguise",
	"demise", "excise", "incise", "circumcise", "improvise", "arise", "treatise",
	"cruise", "bruise", "turquoise", "tortoise", "porpoise", "mortise", "reprise",
	"surmise", "guise", "apprise", "clockwise", "anticlockwise", "counterclockwise",
	"streetwise", "sunrise", "uprise", "moonrise", "valise", "chemise", "cerise",
	"braise", "appraise", "upraise", "dispraise", "advertise", "enfranchise",
	"disenfranchise",
};

/* -lled words whose -led form is American (base before the doubled l). */
static const char *const ll_bases[] = {
	"travel", "cancel", "label", "model", "signal", "fuel", "counsel", "level",
	"total", "channel", "equal", "marshal", "quarrel", "tunnel", "dial", "duel",
	"jewel", "rival", "shovel", "swivel", "yodel", "libel", "pedal", "panel",
	"funnel", "grovel", "marvel", "ravel", "unravel", "revel", "snorkel", "initial",
};

static bool ends(const char *w, size_t n, const char *sfx, size_t *stem)
{
	size_t k = strlen(sfx);
	if (n < k || memcmp(w + n - k, sfx, k) != 0)
		return false;
	*stem = n - k;
	return true;
}

static size_t out3(char *out, size_t cap, const char *a, size_t an, const char *b,
                   const char *c)
{
	size_t bn = strlen(b), cn = strlen(c);
	if (an + bn + cn >= cap)
		return 0;
	memcpy(out, a, an);
	memcpy(out + an, b, bn);
	memcpy(out + an + bn, c, cn);
	out[an + bn + cn] = '\0';
	return an + bn + cn;
}

static bool in_list(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

/* The whole-word list as a hash table (the tokenizer asks for every word of
 * every passage, so this must be cheap): open addressing, built once. */
#define WORD_SLOTS 256
static int word_slot[WORD_SLOTS]; /* index + 1 into words[], 0 = empty */
static unsigned char word_len[sizeof words / sizeof words[0]];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static unsigned hash(const char *w, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static void build_words(void)
{
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		word_len[i] = (unsigned char)strlen(words[i].uk);
		unsigned h = hash(words[i].uk, word_len[i]) % WORD_SLOTS;
		while (word_slot[h])
			h = (h + 1) % WORD_SLOTS;
		word_slot[h] = (int)i + 1;
	}
}

/* The entry for w (n bytes, hash h), or NULL. */
static const struct pair *find_word(const char *w, size_t n, unsigned h)
{
	for (h %= WORD_SLOTS; word_slot[h]; h = (h + 1) % WORD_SLOTS) {
		int i = word_slot[h] - 1;
		if (word_len[i] == n && memcmp(words[i].uk, w, n) == 0)
			return &words[i];
	}
	return NULL;
}

static bool contains(const char *w, size_t n, const char *s2, size_t from)
{
	for (size_t i = from; i + 2 <= n; i++)
		if (w[i] == s2[0] && w[i + 1] == s2[1])
			return true;
	return false;
}

size_t cti_spelling_canon(const char *w, size_t n, char *out, size_t cap)
{
	if (n < 4 || n >= 64)
		return 0;
	/* lower-case ASCII only; the hashes of w without and with its last byte */
	unsigned h = 2166136261u, h_short = 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
		if (i == n - 1)
			h_short = h;
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	}
	pthread_once(&words_once, build_words);
	/* whole words, and their plural */
	const struct pair *p = find_word(w, n, h);
	if (p)
		return out3(out, cap, p->us, strlen(p->us), "", "");
	if (w[n - 1] == 's' && (p = find_word(w, n - 1, h_short)) != NULL)
		return out3(out, cap, p->us, strlen(p->us), "s", "");
	size_t s;
	bool has_ou = contains(w, n, "ou", 1);
	/* -our → -or: labour, labourer, favourite, honourable, colours */
	for (size_t i = 0; has_ou && i < sizeof our_stems / sizeof our_stems[0]; i++) {
		size_t l = strlen(our_stems[i]);
		if (n >= l + 3 && memcmp(w, our_stems[i], l) == 0 && memcmp(w + l, "our", 3) == 0) {
			/* stem + "or" + whatever followed "our" */
			size_t rest = n - l - 3;
			if (l + 2 + rest >= cap)
				return 0;
			memcpy(out, w, l);
			memcpy(out + l, "or", 2);
			memcpy(out + l + 2, w + l + 3, rest);
			out[l + 2 + rest] = '\0';
			return l + 2 + rest;
		}
	}
	/* the remaining rules all need "ys", "is" or "ll" near the end */
	size_t tail_from = n > 9 ? n - 9 : 0;
	bool has_ys = contains(w, n, "ys", tail_from), has_is = contains(w, n, "is", tail_from);
	bool has_ll = contains(w, n, "ll", tail_from);
	if (!has_ys && !has_is && !has_ll)
		return 0;
	/* -yse → -yze: analyse, paralysed, catalysing */
	static const char *const yse[] = {"yse", "ysed", "yses", "ysing", "yser", "ysers"};
	for (size_t i = 0; has_ys && i < 6; i++)
		if (ends(w, n, yse[i], &s) && s >= 4 &&
		    (memcmp(w + s - 4, "anal", 4) == 0 || memcmp(w + s - 4, "aral", 4) == 0 ||
		     memcmp(w + s - 4, "atal", 4) == 0 || memcmp(w + s - 4, "trol", 4) == 0)) {
			char tail[8];
			size_t tl = strlen(yse[i]);
			memcpy(tail, yse[i], tl + 1);
			tail[1] = 'z';
			return out3(out, cap, w, s, tail, "");
		}
	/* -ise → -ize and derived: organise(d/s), organising, organisation(s),
	 * organiser(s), recognisable */
	static const char *const ise[] = {
		"isations", "isation", "ising", "isers", "iser", "ised", "ises", "isable", "ise",
	};
	for (size_t i = 0; has_is && i < sizeof ise / sizeof ise[0]; i++) {
		if (!ends(w, n, ise[i], &s) || s < 3)
			continue;
		char base[72];
		memcpy(base, w, s);
		memcpy(base + s, "ise", 4);
		if (in_list(base, s + 3, ise_keep, sizeof ise_keep / sizeof ise_keep[0]))
			return 0;
		if (s < 4 && strcmp(ise[i], "isation") != 0 && strcmp(ise[i], "isations") != 0)
			return 0; /* "rise", "wise", "vise": too short to be -ize verbs */
		char tail[12];
		size_t tl = strlen(ise[i]);
		memcpy(tail, ise[i], tl + 1);
		tail[1] = 'z';
		return out3(out, cap, w, s, tail, "");
	}
	/* -lled → -led: travelled, cancelling, modeller */
	static const char *const ll[] = {"lled", "lling", "ller", "llers"};
	for (size_t i = 0; has_ll && i < 4; i++)
		if (ends(w, n, ll[i], &s) &&
		    in_list(w, s + 1, ll_bases, sizeof ll_bases / sizeof ll_bases[0]))
			return out3(out, cap, w, s + 1, ll[i] + 2, "");
	return 0;
}
