/* figures.h — figures in text, by value (figures.c); private to the
 * analyse stage. */
#ifndef CASETRACE_ANALYSE_FIGURES_H
#define CASETRACE_ANALYSE_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

/* The figures a text gives, by value, where they stand: "5,500", "984m",
 * "a thousand", "twenty-four", "1.41". Years (four digits, 1900-2100, no
 * separator) are dates and left out. A value is kept in thousandths
 * (CTI_FIG_UNIT), so that "1.2 million" and "1.5 million" differ: "1.41"
 * is 1410, "5,500" is 5500000; decimals after the third are dropped. */
#define CTI_MAX_FIGS 32
#define CTI_FIG_UNIT 1000L

struct cti_figs {
	long v[CTI_MAX_FIGS];
	size_t at[CTI_MAX_FIGS], len[CTI_MAX_FIGS];
	size_t from[CTI_MAX_FIGS]; /* where the words that hedge it begin
	                              ("about", "just short of"), or at */
	char unit[CTI_MAX_FIGS][6];  /* what it counts: the first five letters of the word after
	                                it, lower case; "" for none ("2,000 at
	                                its height", "1,950."); CTI_UNIT_SCORE
	                                or CTI_UNIT_TIME for a score or a time */
	size_t n;
};


/* A score ("3-1", "7-5": two numbers of one or two digits joined by a
 * hyphen, not a range of days or of something counted, "4-6 March", "5-10
 * years") is one figure, its value (home * 1000 + away) * CTI_FIG_UNIT; a
 * time ("1:46.68", "2:17:18", "one minute, 47.96 seconds", "two hours 18
 * minutes 15 seconds") is one figure, its value the seconds, in
 * thousandths. Each is marked by its unit, and is equal only to a figure
 * of its own kind. */
#define CTI_UNIT_SCORE "-"
#define CTI_UNIT_TIME ":"
/* An ordinal ("13th", "thirteenth"; not "first" to "ninth", nor a day,
 * "13th March") is a figure of its value, marked CTI_UNIT_ORDINAL: "12th"
 * against "13th" is another figure of the same thing; "13th" is not
 * "13". */
#define CTI_UNIT_ORDINAL "#"

void cti_find_figures(const char *s, size_t n, struct cti_figs *f);

/* Whether two values are the same figure at the precision of the less
 * precise: "1.4 million" is "1.41 million" (and "1 million" is "1.2
 * million"), but "1.2 million" is not "1.5 million", nor 5,500 5,512. */
bool cti_fig_equal(long a, long b);

/* Whether f has a figure equal to v (cti_fig_equal). cti_figs_has_about:
 * whether f has one equal to figure j of g, or, when both are hedged
 * ("about 1,950", "just short of 2,000", "roughly a thousand", "close
 * to", "nearly", "some"), one within a twentieth of it (cti_fig_about)
 * that does not count another thing: the same unit, or none after one of
 * them ("just short of 2,000 at its height" / "about 1,950 troops"; not
 * "about 4,000 jobs" / "about 4,100 troops"). An exact figure on either
 * side is compared at its precision. */
bool cti_figs_has(const struct cti_figs *f, long v);
bool cti_figs_has_about(const struct cti_figs *f, const struct cti_figs *g, size_t j);
bool cti_fig_about(long a, long b);

/* A value as the text writes it, in buf (at most n bytes): "1.41", "5500".
 * cti_figs_format: figure k of f, a score or a time as such ("4-1",
 * "1:47.96"). */
void cti_fig_format(long v, char *buf, size_t n);
void cti_figs_format(const struct cti_figs *f, size_t k, char *buf, size_t n);

/* Years are dates, not figures (1900-2100). */
bool cti_is_year(long v);

/* Whether the n bytes at w are the word lit (any case). */
bool cti_word_is(const char *w, size_t n, const char *lit);

/* Which way the figure at s[at..] moves, from the nearest direction word
 * within four words before it in its sentence: +1 up (rose, increase,
 * profit …), -1 down (fell, cut, loss …), 0 neither. */
int cti_figure_direction(const char *s, size_t at);

/* Whether figure i of f and figure k of g count the same thing: the same
 * word (its first five letters) after them, a scale passed over ("550
 * troops", "a thousand troops"; "3 million people", "2 million people"). */
bool cti_figs_same_unit(const struct cti_figs *f, size_t i, const struct cti_figs *g, size_t k);

/* Whether figure i of f is a score, a time or an ordinal (its unit one of
 * the CTI_UNIT_ marks, not a counted word). */
bool cti_figs_marked(const struct cti_figs *f, size_t i);

#endif
