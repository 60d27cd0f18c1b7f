/* figures.c — the figures a text gives, compared by value ("5,500",
 * "984m", "a thousand", "twenty-four"), which way a figure moves ("rose",
 * "fell by", "a loss of") and whether two figures count the same thing
 * ("550 troops", "a thousand troops"): what verify checks a claim's
 * figures with. Language: English number and direction words; digits in
 * any language. */
#include "analyse/figures.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Years are dates, not figures: "2007" in a claim and "2007" in a source
 * are the same year, and a source giving another year is not a contradiction
 * of a figure. */
bool cti_is_year(long v)
{
	return v >= 1900 && v <= 2100;
}




static const struct {
	const char *w;
	long v;
} small_numbers[] = {
	/* one to nine are left out: "two years later", "the last one" */
	{"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"dozen", 12},
};

static long number_word(const char *w, size_t n)
{
	if (!n)
		return -1;
	for (size_t i = 0; i < sizeof small_numbers / sizeof small_numbers[0]; i++)
		if (small_numbers[i].w[0] == tolower((unsigned char)w[0]) &&
		    strlen(small_numbers[i].w) == n && !strncasecmp(w, small_numbers[i].w, n))
			return small_numbers[i].v;
	return -1;
}

bool cti_word_is(const char *w, size_t n, const char *lit)
{
	return strlen(lit) == n && !strncasecmp(w, lit, n);
}

/* "one" to "nine" as 1 to 9, or -1: the units of "twenty-four" and of a
 * time written in words ("one minute"), which number_word leaves out. */
static long unit_word(const char *w, size_t n)
{
	static const char *const units[] = {"one", "two", "three", "four", "five",
	                                    "six", "seven", "eight", "nine"};
	for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
		if (cti_word_is(w, n, units[k]))
			return (long)k + 1;
	return -1;
}

static size_t prev_word(const char *s, size_t at, const char **w);

/* Where the words that hedge the figure at s[at] begin ("about", "roughly
 * a thousand", "just short of", "close to", "up to", "as many as"), or at
 * when none do. */
static size_t hedge_before(const char *s, size_t at)
{
	static const char *const one[] = {"about", "around", "roughly", "approximately",
	                                  "nearly", "almost", "some", "circa"};
	static const char *const near[] = {"under", "over", "below", "above"}; /* after "just" */
	const char *w;
	size_t n = prev_word(s, at, &w);
	if (cti_word_is(w, n, "a") || cti_word_is(w, n, "an")) /* "roughly a thousand" */
		n = prev_word(s, (size_t)(w - s), &w);
	for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
		if (cti_word_is(w, n, one[k]))
			return (size_t)(w - s);
	const char *w2;
	size_t n2;
	for (size_t k = 0; k < sizeof near / sizeof near[0]; k++)
		if (cti_word_is(w, n, near[k]) && w > s &&
		    (n2 = prev_word(s, (size_t)(w - s), &w2), cti_word_is(w2, n2, "just")))
			return (size_t)(w2 - s);
	if (cti_word_is(w, n, "to") && w > s) { /* "close to", "up to" */
		n2 = prev_word(s, (size_t)(w - s), &w2);
		if (cti_word_is(w2, n2, "close") || cti_word_is(w2, n2, "up"))
			return (size_t)(w2 - s);
	}
	if (cti_word_is(w, n, "as") && w > s) { /* "as much as", "as many as" */
		n2 = prev_word(s, (size_t)(w - s), &w2);
		const char *w3;
		size_t n3 = w2 > s ? prev_word(s, (size_t)(w2 - s), &w3) : 0;
		if ((cti_word_is(w2, n2, "much") || cti_word_is(w2, n2, "many")) && n3 &&
		    cti_word_is(w3, n3, "as"))
			return (size_t)(w3 - s);
	}
	if (cti_word_is(w, n, "of") && w > s) { /* "just short of", "just shy of" */
		n2 = prev_word(s, (size_t)(w - s), &w2);
		const char *w3;
		size_t n3 = w2 > s ? prev_word(s, (size_t)(w2 - s), &w3) : 0;
		if ((cti_word_is(w2, n2, "short") || cti_word_is(w2, n2, "shy")) && n3 &&
		    cti_word_is(w3, n3, "just"))
			return (size_t)(w3 - s);
	}
	return at;
}

/* The word after s[end..] (letters only), or "" — "984m euros" gives
 * "euros"; and the word before s[at]. */
static size_t next_word(const char *s, size_t n, size_t end, const char **w)
{
	size_t i = end;
	while (i < n && isalpha((unsigned char)s[i]))
		i++; /* a unit stuck to the figure: "984m", "60m" */
	while (i < n && (s[i] == ' ' || s[i] == '-'))
		i++;
	size_t a = i;
	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	*w = s + a;
	return i - a;
}

static size_t prev_word(const char *s, size_t at, const char **w)
{
	size_t i = at;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '$' || s[i - 1] == '-'))
		i--;
	size_t z = i;
	while (i > 0 && isalpha((unsigned char)s[i - 1]))
		i--;
	*w = s + i;
	return z - i;
}

static bool month_name(const char *w, size_t n)
{
	static const char *const m[] = {"january", "february", "march", "april", "may", "june",
	                                "july", "august", "september", "october", "november",
	                                "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	                                "sep", "sept", "oct", "nov", "dec"};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
		if (cti_word_is(w, n, m[i]))
			return true;
	return false;
}

static bool scale_word(const char *w, size_t n)
{
	static const char *const sc[] = {"hundred", "thousand", "million", "billion", "trillion",
	                                 "bn", "m"};
	for (size_t i = 0; i < sizeof sc / sizeof sc[0]; i++)
		if (cti_word_is(w, n, sc[i]))
			return true;
	return false;
}

/* The word that the figure ending at s[end] counts (its length; 0 for
 * none): the word after it, a scale passed over ("1.41 million (people)",
 * "78 million messages"); not a small word ("at its height", "of the"),
 * nor punctuation ("1,950."). */
static size_t counted_word(const char *s, size_t n, size_t end, const char **w)
{
	size_t l = next_word(s, n, end, w);
	if (scale_word(*w, l))
		l = next_word(s, n, (size_t)(*w - s) + l, w);
	static const char *const filler[] = {"of", "the", "a", "an", "and", "to", "in", "on",
	                                     "at", "by", "for", "per", "or", "from"};
	for (size_t i = 0; i < sizeof filler / sizeof filler[0]; i++)
		if (cti_word_is(*w, l, filler[i]))
			return 0;
	return l >= 3 ? l : 0;
}

/* The decimals at s[*i] (".68"), in thousandths, *i moved past them; 0
 * when there are none (a full stop). Decimals after the third are
 * dropped. */
static long decimals(const char *s, size_t n, size_t *i)
{
	long milli = 0;
	if (*i + 1 < n && s[*i] == '.' && isdigit((unsigned char)s[*i + 1])) {
		(*i)++;
		for (long place = 100; *i < n && isdigit((unsigned char)s[*i]); (*i)++, place /= 10)
			milli += (s[*i] - '0') * place;
	}
	return milli;
}

static void figs_add(struct cti_figs *f, const char *s, size_t n, long v, size_t at, size_t len,
                     const char *mark)
{
	if (f->n < CTI_MAX_FIGS) {
		f->v[f->n] = v;
		f->at[f->n] = at;
		f->len[f->n] = len;
		f->from[f->n] = hedge_before(s, at);
		const char *w;
		size_t l = mark ? 0 : counted_word(s, n, at + len, &w), k;
		for (k = 0; k < l && k < 5; k++)
			f->unit[f->n][k] = (char)tolower((unsigned char)w[k]);
		f->unit[f->n][k] = 0;
		if (mark)
			snprintf(f->unit[f->n], sizeof f->unit[f->n], "%s", mark);
		f->n++;
	}
}

/* Whether a figure's unit marks a score, a time or an ordinal (not a
 * word). */
static bool marked(const char *unit)
{
	return unit[0] && !isalpha((unsigned char)unit[0]);
}

bool cti_figs_marked(const struct cti_figs *f, size_t i)
{
	return marked(f->unit[i]);
}

/* Whether figure i of f and figure j of g are of one kind: both scores,
 * both times, or neither ("3-1" is not 3001, nor "1:46.68" 106.68). */
static bool same_kind(const struct cti_figs *f, size_t i, const struct cti_figs *g, size_t j)
{
	bool mf = marked(f->unit[i]), mg = marked(g->unit[j]);
	return mf == mg && (!mf || !strcmp(f->unit[i], g->unit[j]));
}

/* The seconds a unit of a time written in words stands for ("minutes":
 * 60), or 0. */
static long time_unit(const char *w, size_t n)
{
	static const struct {
		const char *w;
		long secs;
	} u[] = {{"hour", 3600},  {"hours", 3600},  {"hr", 3600},   {"hrs", 3600},
	         {"minute", 60},  {"minutes", 60},  {"min", 60},    {"mins", 60},
	         {"second", 1},   {"seconds", 1},   {"sec", 1},     {"secs", 1}};
	for (size_t i = 0; i < sizeof u / sizeof u[0]; i++)
		if (cti_word_is(w, n, u[i].w))
			return u[i].secs;
	return 0;
}

/* A number at s[i..] as a time written in words has it: digits with
 * decimals ("47.96", in thousandths) or a number word, "one" to "nine"
 * included ("one minute"); its end in *z; -1 when there is none. */
static long time_number(const char *s, size_t n, size_t i, size_t *z)
{
	size_t a = i;
	if (i < n && isdigit((unsigned char)s[i])) {
		long v = 0;
		while (i < n && isdigit((unsigned char)s[i]) && i - a < 6)
			v = v * 10 + (s[i++] - '0');
		long milli = decimals(s, n, &i);
		if (i < n && isalnum((unsigned char)s[i]))
			return -1;
		*z = i;
		return v * CTI_FIG_UNIT + milli;
	}
	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	long v = number_word(s + a, i - a);
	if (v < 0)
		v = unit_word(s + a, i - a);
	if (v < 0)
		return -1;
	*z = i;
	return v * CTI_FIG_UNIT;
}

/* A time written in words at s[a..] ("one minute, 47.96 seconds", "two
 * hours 18 minutes 15 seconds", "1 min 53 secs"): two numbers or more,
 * each with its unit, from the longer unit to the shorter, joined by
 * spaces, a comma or "and". Its value in thousandths of a second, its end
 * in *z; -1 when there is none there ("10 minutes later" is a figure of
 * minutes). */
static long time_in_words(const char *s, size_t n, size_t a, size_t *z)
{
	long total = 0, last = 0;
	int parts = 0;
	size_t i = a, end = a;
	for (;;) {
		size_t k;
		long v = time_number(s, n, i, &k);
		if (v < 0)
			break;
		size_t w = k;
		while (w < n && s[w] == ' ')
			w++;
		size_t we = w;
		while (we < n && isalpha((unsigned char)s[we]))
			we++;
		long u = time_unit(s + w, we - w);
		if (!u || (last && u >= last))
			break;
		total += v * u;
		last = u;
		parts++;
		end = we;
		i = we;
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		if (i + 4 < n && cti_word_is(s + i, 3, "and") && s[i + 3] == ' ')
			for (i += 3; i < n && s[i] == ' ';)
				i++;
	}
	if (parts < 2)
		return -1;
	*z = end;
	return total;
}

/* Whether the word w[0..n) after two hyphenated numbers makes them a
 * range of something counted ("5-10 years", "10-15 per cent", "4-6
 * March"), not a score ("a 3-1 win", "4-1 Aberdeen", "won 2-1 at home"). */
static bool range_word(const char *w, size_t n)
{
	static const char *const score[] = {
		"win", "wins", "victory", "defeat", "draw", "loss", "lead", "home", "away",
		"aggregate", "scoreline", "thrashing", "triumph", "success", "reverse", "against",
		"over", "after", "and", "but", "the", "with", "for", "from", "before", "when",
		"was", "were", "thanks", "into", "lose", "lost", "won", "beat"};
	if (month_name(w, n))
		return true;
	if (n < 3 || !islower((unsigned char)w[0]))
		return false;
	for (size_t i = 0; i < sizeof score / sizeof score[0]; i++)
		if (cti_word_is(w, n, score[i]))
			return false;
	return true;
}

/* Units written stuck to a figure. */
static bool unit_suffix(const char *w, size_t n)
{
	static const char *const u[] = {"m", "bn", "b", "k", "km", "kg", "ft", "mph", "mm", "cm",
	                                "tn", "pc"};
	for (size_t i = 0; i < sizeof u / sizeof u[0]; i++)
		if (cti_word_is(w, n, u[i]))
			return true;
	return false;
}

/* The suffix of ordinal v: "st" (1st, 21st), "nd", "rd", "th" (13th). */
static const char *ordinal_of(long v)
{
	return v % 100 >= 11 && v % 100 <= 13 ? "th"
	       : v % 10 == 1                 ? "st"
	       : v % 10 == 2                 ? "nd"
	       : v % 10 == 3                 ? "rd"
	                                     : "th";
}

/* Whether suffix w[0..n) makes v an ordinal: "1st", "2nd", "3rd", "13th",
 * "21st"; v below 1,000. */
static bool ordinal_suffix(long v, const char *w, size_t n)
{
	return v >= 1 && v < 1000 && n == 2 && !strncasecmp(w, ordinal_of(v), 2);
}

/* The ordinal a word is, from "tenth" on ("thirteenth": 13), or -1; "first"
 * to "ninth" are left out, as one to nine are. */
static long ordinal_word(const char *w, size_t n)
{
	if (n < 5 || tolower((unsigned char)w[n - 2]) != 't' || tolower((unsigned char)w[n - 1]) != 'h')
		return -1; /* each ends in "th" */
	static const struct {
		const char *w;
		long v;
	} ord[] = {{"tenth", 10},       {"eleventh", 11},    {"twelfth", 12},
	           {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},
	           {"sixteenth", 16},   {"seventeenth", 17}, {"eighteenth", 18},
	           {"nineteenth", 19},  {"twentieth", 20},   {"thirtieth", 30},
	           {"fortieth", 40},    {"fiftieth", 50},    {"hundredth", 100}};
	for (size_t i = 0; i < sizeof ord / sizeof ord[0]; i++)
		if (cti_word_is(w, n, ord[i].w))
			return ord[i].v;
	return -1;
}

/* Whether the word after the one at s[i] may be a unit of a time written
 * in words (it starts with h, m or s): a quick test before time_in_words,
 * which every word of a text passes through. */
static bool unit_may_follow(const char *s, size_t n, size_t i)
{
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '.'))
		i++;
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n)
		return false;
	char c = (char)tolower((unsigned char)s[i]);
	return c == 'h' || c == 'm' || c == 's';
}

/* Whether a month's name stands next to s[a..z) ("13th March", "March
 * 13th", "the 13th of March"): a day, not an ordinal. */
static bool next_to_month(const char *s, size_t n, size_t a, size_t z)
{
	const char *w;
	size_t l = next_word(s, n, z, &w);
	if (cti_word_is(w, l, "of"))
		l = next_word(s, n, (size_t)(w - s) + l, &w);
	if (month_name(w, l))
		return true;
	l = prev_word(s, a, &w);
	return month_name(w, l);
}

void cti_find_figures(const char *s, size_t n, struct cti_figs *f)
{
	f->n = 0;
	size_t prev_a = 0, prev_z = 0; /* the word before, for "a thousand" */
	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)s[i];
		size_t tz;
		long tv;
		if (isalnum(ch) && (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    unit_may_follow(s, n, i) && (tv = time_in_words(s, n, i, &tz)) >= 0) {
			figs_add(f, s, n, tv, i, tz - i, CTI_UNIT_TIME);
			prev_a = prev_z = i = tz;
			continue;
		}
		if (isdigit(ch) && (i == 0 || !isalnum((unsigned char)s[i - 1]))) {
			size_t a = i;
			long v = 0;
			bool sep = false;
			while (i < n && isdigit((unsigned char)s[i]))
				v = v < 100000000000L ? v * 10 + (s[i++] - '0') : v;
			/* a time: "1:46.68", "2:17:18" */
			if (i - a <= 2 && i + 2 < n && s[i] == ':' && isdigit((unsigned char)s[i + 1]) &&
			    isdigit((unsigned char)s[i + 2]) && (i + 3 >= n || !isdigit((unsigned char)s[i + 3]))) {
				long secs = v;
				while (i + 2 < n && s[i] == ':' && isdigit((unsigned char)s[i + 1]) &&
				       isdigit((unsigned char)s[i + 2]) &&
				       (i + 3 >= n || !isdigit((unsigned char)s[i + 3]))) {
					secs = secs * 60 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
					i += 3;
				}
				long milli = decimals(s, n, &i);
				figs_add(f, s, n, secs * CTI_FIG_UNIT + milli, a, i - a, CTI_UNIT_TIME);
				prev_a = prev_z = i;
				continue;
			}
			/* a score: "3-1", not a range ("5-10 years", "4-6 March") */
			if (i - a <= 2 && i + 1 < n && s[i] == '-' && isdigit((unsigned char)s[i + 1])) {
				size_t e = i + 1;
				long m = 0;
				while (e < n && isdigit((unsigned char)s[e]) && e - i <= 3)
					m = m * 10 + (s[e++] - '0');
				const char *w, *pw;
				size_t lw = next_word(s, n, e, &w), lp = prev_word(s, a, &pw);
				if (e - i <= 3 &&
				    (e >= n || (!isalnum((unsigned char)s[e]) && s[e] != '-' && s[e] != '%' &&
				                s[e] != ':' &&
				                !(s[e] == '.' && e + 1 < n && isdigit((unsigned char)s[e + 1])))) &&
				    !(e < n && s[e] == '-') && !range_word(w, lw) && !month_name(pw, lp)) {
					figs_add(f, s, n, (v * 1000 + m) * CTI_FIG_UNIT, a, e - a, CTI_UNIT_SCORE);
					prev_a = prev_z = i = e;
					continue;
				}
			}
			/* thousands separators: ",ddd" groups */
			while (i + 3 < n + 0 && s[i] == ',' && isdigit((unsigned char)s[i + 1]) &&
			       isdigit((unsigned char)s[i + 2]) && isdigit((unsigned char)s[i + 3]) &&
			       (i + 4 >= n || !isdigit((unsigned char)s[i + 4]))) {
				for (size_t k = 1; k <= 3; k++)
					v = v < 100000000000L ? v * 10 + (s[i + k] - '0') : v;
				i += 4;
				sep = true;
			}
			long milli = decimals(s, n, &i);
			/* letters stuck to it: a unit ("984m", "9.4bn", "60km"), an
			 * ordinal ("13th"; not a day, "13th March"), else no figure
			 * ("3G", "4x4") */
			size_t ua = i;
			while (i < n && isalpha((unsigned char)s[i]))
				i++;
			if (i > ua && !sep && !milli && ordinal_suffix(v, s + ua, i - ua)) {
				if (!next_to_month(s, n, a, i))
					figs_add(f, s, n, v * CTI_FIG_UNIT, a, i - a, CTI_UNIT_ORDINAL);
				prev_a = prev_z = i;
				continue;
			}
			if (i > ua && !unit_suffix(s + ua, i - ua)) {
				prev_a = prev_z = i;
				continue;
			}
			i = ua;
			const char *w;
			size_t lw = next_word(s, n, i, &w);
			bool day = !sep && v >= 1 && v <= 31 && i - a <= 2 &&
			           (month_name(w, lw) || (lw = prev_word(s, a, &w), month_name(w, lw)));
			if (!day && (sep || i - a != 4 || !cti_is_year(v)))
				figs_add(f, s, n, v * CTI_FIG_UNIT + milli, a, i - a, NULL);
			prev_a = prev_z = i;
			continue;
		}
		if (isalpha(ch)) {
			size_t a = i;
			while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '-'))
				i++;
			size_t z = i;
			while (z > a && s[z - 1] == '-')
				z--;
			long v = -1;
			const char *h = memchr(s + a, '-', z - a);
			if (h) { /* "twenty-four" */
				long t = number_word(s + a, (size_t)(h - (s + a)));
				long u = unit_word(h + 1, z - (size_t)(h + 1 - s));
				if (t >= 20 && t % 10 == 0 && u >= 1 && u <= 9)
					v = t + u;
			} else if ((v = ordinal_word(s + a, z - a)) >= 0) {
				if (!next_to_month(s, n, a, z))
					figs_add(f, s, n, v * CTI_FIG_UNIT, a, z - a, CTI_UNIT_ORDINAL);
				prev_a = a;
				prev_z = z;
				continue;
			} else {
				v = number_word(s + a, z - a);
				if (v < 0 && (cti_word_is(s + a, z - a, "hundred") ||
				              cti_word_is(s + a, z - a, "thousand")) &&
				    (cti_word_is(s + prev_a, prev_z - prev_a, "a") ||
				     cti_word_is(s + prev_a, prev_z - prev_a, "one")))
					v = cti_word_is(s + a, z - a, "hundred") ? 100 : 1000;
			}
			if (v >= 0)
				figs_add(f, s, n, v * CTI_FIG_UNIT, a, z - a, NULL);
			prev_a = a;
			prev_z = z;
			continue;
		}
		i++;
	}
}

/* The last digit a value was written with, in thousandths: 1000 for a
 * whole number, 100 for "1.4", 10 for "1.41". */
static long fig_step(long v)
{
	long step = 1;
	while (step < CTI_FIG_UNIT && v % (step * 10) == 0)
		step *= 10;
	return step;
}

bool cti_fig_equal(long a, long b)
{
	if (a == b)
		return true;
	long sa = fig_step(a), sb = fig_step(b);
	long step = sa > sb ? sa : sb;
	return (a + step / 2) / step == (b + step / 2) / step;
}

/* How far apart two figures may be when both are hedged ("about 1,950",
 * "just short of 2,000"): a twentieth of the larger. */
#define FIG_ABOUT 0.05

bool cti_fig_about(long a, long b)
{
	long d = a > b ? a - b : b - a, m = a > b ? a : b;
	return cti_fig_equal(a, b) || (double)d <= FIG_ABOUT * (double)m;
}

bool cti_figs_has_about(const struct cti_figs *f, const struct cti_figs *g, size_t j)
{
	bool about = g->from[j] < g->at[j];
	for (size_t i = 0; i < f->n; i++)
		if (same_kind(f, i, g, j) &&
		    (cti_fig_equal(f->v[i], g->v[j]) ||
		     (about && f->from[i] < f->at[i] && cti_fig_about(f->v[i], g->v[j]) &&
		      (!f->unit[i][0] || !g->unit[j][0] || !strcmp(f->unit[i], g->unit[j])))))
			return true;
	return false;
}

bool cti_figs_same_unit(const struct cti_figs *f, size_t i, const struct cti_figs *g, size_t k)
{
	return f->unit[i][0] && !strcmp(f->unit[i], g->unit[k]);
}

bool cti_figs_has(const struct cti_figs *f, long v)
{
	for (size_t i = 0; i < f->n; i++)
		if (cti_fig_equal(f->v[i], v))
			return true;
	return false;
}

void cti_fig_format(long v, char *buf, size_t n)
{
	long milli = v % CTI_FIG_UNIT;
	if (!milli) {
		snprintf(buf, n, "%ld", v / CTI_FIG_UNIT);
		return;
	}
	int digits = 3;
	for (; milli % 10 == 0; milli /= 10)
		digits--;
	snprintf(buf, n, "%ld.%0*ld", v / CTI_FIG_UNIT, digits, milli);
}

void cti_figs_format(const struct cti_figs *f, size_t k, char *buf, size_t n)
{
	long v = f->v[k];
	if (!strcmp(f->unit[k], CTI_UNIT_ORDINAL)) {
		snprintf(buf, n, "%ld%s", v / CTI_FIG_UNIT, ordinal_of(v / CTI_FIG_UNIT));
	} else if (!strcmp(f->unit[k], CTI_UNIT_SCORE)) {
		snprintf(buf, n, "%ld-%ld", v / CTI_FIG_UNIT / 1000, v / CTI_FIG_UNIT % 1000);
	} else if (!strcmp(f->unit[k], CTI_UNIT_TIME)) {
		long secs = v / CTI_FIG_UNIT, h = secs / 3600, m = secs / 60 % 60;
		char s[32];
		cti_fig_format(v - (secs - secs % 60) * CTI_FIG_UNIT, s, sizeof s);
		if (h)
			snprintf(buf, n, "%ld:%02ld:%s%s", h, m, secs % 60 < 10 ? "0" : "", s);
		else
			snprintf(buf, n, "%ld:%s%s", m, secs % 60 < 10 ? "0" : "", s);
	} else {
		cti_fig_format(v, buf, n);
	}
}

/* Which way a figure moves, from the words near it: +1 up (rose,
 * increase, profit …), -1 down (fell, cut, loss …), 0 neither. */
static int direction_word(const char *w, size_t n)
{
	static const char *const up[] = {"rise", "rises", "rose", "risen", "rising", "increase",
	                                 "increased", "increases", "grew", "grow", "grown", "growth",
	                                 "gain", "gained", "gains", "higher", "up", "climbed",
	                                 "jumped", "profit", "profits", "surplus", "more"};
	static const char *const down[] = {"fall", "falls", "fell", "fallen", "falling", "decrease",
	                                   "decreased", "decline", "declined", "drop", "dropped",
	                                   "down", "lower", "cut", "cuts", "shrank", "slumped",
	                                   "loss", "losses", "deficit", "fewer", "less"};
	for (size_t i = 0; i < sizeof up / sizeof up[0]; i++)
		if (cti_word_is(w, n, up[i]))
			return 1;
	for (size_t i = 0; i < sizeof down / sizeof down[0]; i++)
		if (cti_word_is(w, n, down[i]))
			return -1;
	return 0;
}

/* The number written at s[*i] ("157,000", "5.2"), *i moved past it and
 * the letters or "%" stuck to it ("984m"); -1 when there is none. */
static double number_at(const char *s, size_t *i)
{
	if (!isdigit((unsigned char)s[*i]))
		return -1;
	double v = 0;
	for (; isdigit((unsigned char)s[*i]) ||
	       (s[*i] == ',' && isdigit((unsigned char)s[*i + 1]));
	     (*i)++)
		if (s[*i] != ',')
			v = v * 10 + (s[*i] - '0');
	if (s[*i] == '.' && isdigit((unsigned char)s[*i + 1])) {
		double place = 0.1;
		for ((*i)++; isdigit((unsigned char)s[*i]); (*i)++, place /= 10)
			v += (s[*i] - '0') * place;
	}
	while (isalpha((unsigned char)s[*i]) || s[*i] == '%')
		(*i)++;
	return v;
}

/* The direction of a figure that is an end of "from A to B" (the figure
 * at s[at] is A or B): +1 when B is larger, -1 when smaller, 0 when the
 * figure is no such end. The ends of a change move its way whatever word
 * stands before them ("revised down the jobs gains in December, from
 * 157,000 to 133,000"). s runs on to a NUL. */
static int from_to(const char *s, size_t at)
{
	const char *w;
	size_t n = prev_word(s, at, &w), i = at, a = at;
	if (cti_word_is(w, n, "to")) { /* B: back to A, before "to" */
		a = (size_t)(w - s);
		while (a > 0 && s[a - 1] == ' ')
			a--;
		while (a > 0 && (isalnum((unsigned char)s[a - 1]) || s[a - 1] == ',' ||
		                 s[a - 1] == '.' || s[a - 1] == '%'))
			a--;
		while (a < at && !isdigit((unsigned char)s[a]))
			a++;
		n = prev_word(s, a, &w);
	}
	if (!cti_word_is(w, n, "from") || !isdigit((unsigned char)s[a]))
		return 0;
	i = a;
	double va = number_at(s, &i);
	while (s[i] == ' ')
		i++;
	if (va < 0 || !cti_word_is(s + i, 2, "to") || s[i + 2] != ' ')
		return 0;
	i += 3;
	while (s[i] == ' ' || s[i] == '$')
		i++;
	double vb = number_at(s, &i);
	return vb < 0 || vb == va ? 0 : vb > va ? 1 : -1;
}

/* The direction of the figure at s[at..]: as an end of "from A to B", the
 * way A goes to B; else from the nearest direction word within four words
 * before it (in its sentence): "fell by 32,000", "a loss of 984m". */
int cti_figure_direction(const char *s, size_t at)
{
	int ft = from_to(s, at);
	if (ft)
		return ft;
	size_t i = at;
	for (int words = 0; words < 4 && i > 0;) {
		while (i > 0 && !isalpha((unsigned char)s[i - 1])) {
			if (s[i - 1] == '.' || s[i - 1] == ';' || s[i - 1] == '\n')
				return 0;
			i--;
		}
		size_t z = i;
		while (i > 0 && isalpha((unsigned char)s[i - 1]))
			i--;
		if (z == i)
			break;
		int d = direction_word(s + i, z - i);
		if (d)
			return d;
		words++;
	}
	return 0;
}
