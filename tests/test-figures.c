/* test-figures.c — figures in text as verify compares them: values with
 * separators, units and decimals, number words, years and the days of
 * dates left out, where each figure stands, which way it moves, and
 * whether two figures count the same thing. */
#include <casetrace/casetrace.h>
#include "analyse/figures.h"
#include "ct-test.h"

/* The values found in text, as "v,v,v". */
static const char *values(const char *text)
{
	static char out[512];
	struct cti_figs f;
	cti_find_figures(text, strlen(text), &f);
	out[0] = '\0';
	for (size_t i = 0; i < f.n; i++) {
		char v[32];
		cti_figs_format(&f, i, v, sizeof v);
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? "," : "", v);
	}
	return out;
}

START_TEST(values_by_value)
{
	ck_assert_str_eq(values("from about 5,500 to 4,100 troops"), "5500,4100");
	ck_assert_str_eq(values("5500 and 5,500 and 1,234,567"), "5500,5500,1234567");
	ck_assert_str_eq(values("a loss of 984m euros ($527.61m)"), "984,527.61");
	/* decimals are kept to the third */
	ck_assert_str_eq(values("1.2 and 1.50 and 0.8 and 3.14159"), "1.2,1.5,0.8,3.141");
	ck_assert_str_eq(values("a thousand troops, one hundred days"), "1000,100");
	ck_assert_str_eq(values("twenty-four soldiers and Twelve Apostles"), "24,12");
	ck_assert_str_eq(values("ten of its 27 plants"), "10,27");
	/* one to nine are not figures: "two years later", "the last one" */
	ck_assert_str_eq(values("two years later, the last one"), "");
	/* a few hundred is no figure */
	ck_assert_str_eq(values("a few hundred trainers"), "");
}
END_TEST

START_TEST(years_and_days_are_dates)
{
	ck_assert_str_eq(values("in 2007 and 1999, but 2,007 and 2200"), "2007,2200");
	ck_assert_str_eq(values("on 18 February, 3 Sept 2007 and March 4"), "");
	ck_assert_str_eq(values("18 soldiers on 18 March"), "18");
	/* a number inside a word is not a figure */
	ck_assert_str_eq(values("the A380 and 3G phones"), "");
}
END_TEST

START_TEST(scores_and_times)
{
	ck_assert_str_eq(values("Dunmore won 3-1 at home and drew 2-2 away"), "3-1,2-2");
	ck_assert_str_eq(values("beat Orrin 7-5 6-0 to win; Dunmore 4-1 Kelby."), "7-5,6-0,4-1");
	/* ranges of something counted or of days are no scores */
	ck_assert_str_eq(values("for 5-10 years, 10-15% of them, on 4-6 March"), "5,10,10,15,4");
	ck_assert_str_eq(values("the 2004-05 season"), "5"); /* a year, left out */
	/* times, in digits and in words */
	ck_assert_str_eq(values("in 1:46.68, the record 2:17:18"), "1:46.68,2:17:18");
	ck_assert_str_eq(values("won in one minute, 47.96 seconds"), "1:47.96");
	ck_assert_str_eq(values("two hours 18 minutes 15 seconds, 1 min 53 secs"), "2:18:15,1:53");
	ck_assert_str_eq(values("four minutes and 14.74 seconds"), "4:14.74");
	/* ordinals, from "tenth" on in words; not days */
	ck_assert_str_eq(values("a 13th title, the thirteenth, the 2nd try, 21st and first"),
	                 "13th,13th,2nd,21st");
	ck_assert_str_eq(values("on 13th March, the 21st of May, March 3rd, 3G, 4x4"), "");
	/* one unit is a figure of it, not a time */
	ck_assert_str_eq(values("10 minutes later, 47.96 seconds"), "10,47.96");
}
END_TEST

static bool same(const char *a, const char *fa, const char *b, const char *fb);

/* Whether the source's figures have the claim's figure at fig. */
static bool has_fig(const char *source, const char *claim, const char *fig)
{
	struct cti_figs f, g;
	cti_find_figures(source, strlen(source), &f);
	cti_find_figures(claim, strlen(claim), &g);
	size_t at = (size_t)(strstr(claim, fig) - claim);
	for (size_t j = 0; j < g.n; j++)
		if (g.at[j] == at)
			return cti_figs_has_about(&f, &g, j);
	ck_abort_msg("no figure %s", fig);
	return false;
}

START_TEST(scores_and_times_compared)
{
	ck_assert(has_fig("a 3-1 win", "won 3-1", "3-1"));
	ck_assert(!has_fig("a 4-1 win", "won 3-1", "3-1"));
	ck_assert(!has_fig("3 goals and 1 miss, 3001 fans", "won 3-1", "3-1"));
	ck_assert(has_fig("in one minute, 47.96 seconds", "a time of 1:47.96", "1:47.96"));
	ck_assert(!has_fig("in one minute, 47.96 seconds", "a time of 1:46.68", "1:46.68"));
	/* a time is no count of seconds */
	ck_assert(!has_fig("107.96 seconds", "a time of 1:47.96", "1:47.96"));
	ck_assert(has_fig("the thirteenth title", "a 13th title", "13th"));
	ck_assert(!has_fig("a 12th title", "a 13th title", "13th"));
	ck_assert(!has_fig("13 titles", "a 13th title", "13th"));
	ck_assert(same("a 13th title", "13th", "a 12th title", "12th"));
	/* another score, another time: the same thing counted */
	ck_assert(same("won 3-1 at home", "3-1", "Dunmore 4-1 Kelby", "4-1"));
	ck_assert(same("in 1:46.68", "1:46.68", "in one minute, 47.96 seconds", "one"));
	ck_assert(!same("in 1:46.68", "1:46.68", "won 4-1", "4-1"));
}
END_TEST

START_TEST(where_figures_stand)
{
	const char *t = "rose 32,000 to 1.41 million";
	struct cti_figs f;
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_uint_eq(f.at[0], 5);
	ck_assert_uint_eq(f.len[0], 6);
	ck_assert_int_eq(f.v[1], 1410); /* in thousandths */
	ck_assert_uint_eq(f.at[1], 15);
	ck_assert_uint_eq(f.len[1], 4);
	ck_assert(cti_figs_has(&f, 32000 * CTI_FIG_UNIT));
	ck_assert(!cti_figs_has(&f, 32 * CTI_FIG_UNIT));
	/* a bounded length is honoured: the figure after it is not read */
	cti_find_figures(t, 4, &f);
	ck_assert_uint_eq(f.n, 0);
}
END_TEST

/* Whether the source text's figures have the claim text's first figure
 * (cti_figs_has_about). */
static bool agrees(const char *source, const char *claim)
{
	struct cti_figs f, g;
	cti_find_figures(source, strlen(source), &f);
	cti_find_figures(claim, strlen(claim), &g);
	return g.n && cti_figs_has_about(&f, &g, 0);
}

START_TEST(hedged_figures_agree_nearly)
{
	struct cti_figs f;
	const char *t = "a peak of about 1,950 in 2008";
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, 1);
	ck_assert_uint_eq(f.from[0], 10); /* "about" */
	ck_assert_str_eq(f.unit[0], ""); /* "in": counts nothing */
	/* both hedged: within a twentieth; not beyond, nor when one is exact */
	ck_assert(agrees(t, "about 2,000"));
	ck_assert(!agrees(t, "about 2,100"));
	ck_assert(!agrees(t, "2,000"));
	ck_assert(!cti_figs_has(&f, 2000 * CTI_FIG_UNIT));
	t = "was just short of 2,000 and then 1,950";
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_uint_eq(f.from[0], 4); /* "just short of" */
	ck_assert_uint_eq(f.from[1], f.at[1]); /* no hedge */
	ck_assert(agrees(t, "about 1,900")); /* 2,000 */
	ck_assert(!agrees(t, "about 1,850")); /* 1,950 is exact */
	/* not when they count different things; when one counts nothing
	 * said, or the same thing, they do */
	ck_assert(!agrees("about 4,100 troops", "about 4,000 jobs"));
	ck_assert(agrees("about 4,100 jobs", "about 4,000 jobs"));
	ck_assert(agrees("about 1,950 troops", "just short of 2,000 at its height"));
	ck_assert(agrees("about 1,950.", "just short of 2,000 singers"));
	ck_assert(agrees("about 4.1 million jobs", "about 4.2 million jobs"));
	ck_assert(!agrees("about 4.1 million troops", "about 4.2 million jobs"));
	ck_assert(agrees("4,000 troops", "about 4,000 jobs")); /* equal: as before */
	t = "roughly a thousand troops";
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, 1);
	ck_assert_uint_eq(f.from[0], 0);
	/* upper bounds hedge too: their words are the figure's */
	t = "offer as much as 300 hours, up to 40 a week";
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_uint_eq(f.from[0], 6); /* "as much as" */
	ck_assert_uint_eq(f.from[1], 28); /* "up to" */
	ck_assert(agrees("as many as 1,950 singers", "about 2,000 singers"));
}
END_TEST

START_TEST(many_figures_are_capped)
{
	char t[2048] = "";
	for (int i = 0; i < 100; i++)
		snprintf(t + strlen(t), sizeof t - strlen(t), "%d0 ", i + 10);
	struct cti_figs f;
	cti_find_figures(t, strlen(t), &f);
	ck_assert_uint_eq(f.n, CTI_MAX_FIGS);
	ck_assert_int_eq(f.v[CTI_MAX_FIGS - 1], (CTI_MAX_FIGS + 9) * 10 * CTI_FIG_UNIT);
}
END_TEST

/* Two values agree at the precision of the less precise one. */
START_TEST(figures_agree_at_their_precision)
{
	ck_assert(cti_fig_equal(1400, 1410));  /* 1.4 million, 1.41 million */
	ck_assert(cti_fig_equal(1410, 1400));
	ck_assert(!cti_fig_equal(1200, 1500)); /* 1.2, 1.5 */
	ck_assert(!cti_fig_equal(1410, 1420));
	ck_assert(cti_fig_equal(1000, 1200));  /* 1 and 1.2 */
	ck_assert(!cti_fig_equal(1000, 1500)); /* 1.5 rounds to 2 */
	ck_assert(!cti_fig_equal(5500000, 5512000)); /* whole numbers exactly */
	char b[32];
	cti_fig_format(527610, b, sizeof b);
	ck_assert_str_eq(b, "527.61");
	cti_fig_format(5500000, b, sizeof b);
	ck_assert_str_eq(b, "5500");
}
END_TEST

static int direction_of(const char *text, const char *figure)
{
	const char *at = strstr(text, figure);
	ck_assert_ptr_nonnull(at);
	return cti_figure_direction(text, (size_t)(at - text));
}

START_TEST(direction)
{
	ck_assert_int_eq(direction_of("unemployment fell by 32,000 in the quarter", "32,000"), -1);
	ck_assert_int_eq(direction_of("the number rose 32,000 to 1.41 million", "32,000"), 1);
	ck_assert_int_eq(direction_of("compared with a loss of 984m euros", "984m"), -1);
	ck_assert_int_eq(direction_of("net profits of 400m euros", "400m"), 1);
	/* more than four words away, or in another sentence: no direction */
	ck_assert_int_eq(direction_of("it rose in the first and the second quarter to 12", "12"), 0);
	ck_assert_int_eq(direction_of("Prices fell. Then 40 people came", "40"), 0);
	ck_assert_int_eq(direction_of("40 at the start", "40"), 0);
	/* the ends of "from A to B" move the way A goes to B, whatever word
	 * stands before them ("gains" is what was revised down) */
	const char *revised = "it revised down the jobs gains in December, from 157,000 to 133,000";
	ck_assert_int_eq(direction_of(revised, "157,000"), -1);
	ck_assert_int_eq(direction_of(revised, "133,000"), -1);
	ck_assert_int_eq(direction_of("sales fell from 5.2m to 5.25m euros", "5.2m"), 1);
	/* no "to B" after it: its word's direction */
	ck_assert_int_eq(direction_of("it grew to 40 from 30", "30"), 1);
}
END_TEST

/* The figure of f standing at at. */
static size_t fig_at(const struct cti_figs *f, size_t at)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->at[i] == at)
			return i;
	ck_abort_msg("no figure at %zu", at);
	return 0;
}

static bool same(const char *a, const char *fa, const char *b, const char *fb)
{
	struct cti_figs f, g;
	cti_find_figures(a, strlen(a), &f);
	cti_find_figures(b, strlen(b), &g);
	return cti_figs_same_unit(&f, fig_at(&f, (size_t)(strstr(a, fa) - a)), &g,
	                          fig_at(&g, (size_t)(strstr(b, fb) - b)));
}

START_TEST(same_thing_counted)
{
	ck_assert(same("a thousand troops came out", "thousand", "about 550 troops left", "550"));
	ck_assert(same("1,000 soldiers", "1,000", "550 soldier", "550"));
	ck_assert(same("984m euros", "984m", "400m euros", "400m"));
	ck_assert(!same("a thousand troops", "thousand", "About 550 soldiers", "550"));
	/* a word that names nothing ("of", "the") is no unit */
	ck_assert(!same("10 of the plants", "10", "27 of the plants", "27"));
	/* the end of the text */
	ck_assert(!same("it was 12", "12", "it was 14", "14"));
	/* a scale is no unit: what follows it is counted */
	ck_assert(!same("rose to 1.41 million over the year", "1.41",
	                "Every day 78 million messages are sent", "78"));
	ck_assert(same("3 million people voted", "3", "2 million people voted", "2"));
	ck_assert(same("a 9.4bn euro deal", "9.4", "a 4bn euro deal", "4"));
}
END_TEST

START_TEST(words)
{
	ck_assert(cti_word_is("Madrid", 6, "madrid"));
	ck_assert(!cti_word_is("Madrid", 5, "madrid"));
	ck_assert(!cti_word_is("Madrids", 7, "madrid"));
	ck_assert(cti_is_year(1900) && cti_is_year(2100) && !cti_is_year(1899) && !cti_is_year(2101));
}
END_TEST

static Suite *figures_suite(void)
{
	Suite *s = suite_create("figures");
	TCase *tc = tcase_create("figures");
	tcase_add_test(tc, values_by_value);
	tcase_add_test(tc, years_and_days_are_dates);
	tcase_add_test(tc, where_figures_stand);
	tcase_add_test(tc, scores_and_times);
	tcase_add_test(tc, scores_and_times_compared);
	tcase_add_test(tc, figures_agree_at_their_precision);
	tcase_add_test(tc, hedged_figures_agree_nearly);
	tcase_add_test(tc, many_figures_are_capped);
	tcase_add_test(tc, direction);
	tcase_add_test(tc, same_thing_counted);
	tcase_add_test(tc, words);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(figures_suite)
