/* test-dates.c — dates in running text: each form in each language, the
 * byte offsets of the written date, resolution against the anchor (across
 * a year boundary), rejections, and a NULL anchor. */
#include <casetrace/extract.h>
#include "ct-test.h"

#include <pthread.h>

static ct_date_finder *finder;

static void setup(void)
{
	ck_assert_int_eq(ct_date_finder_new(&finder), CT_OK);
	ck_assert_ptr_nonnull(finder);
}

static void teardown(void)
{
	ct_date_finder_free(finder);
	finder = NULL;
}

struct want {
	const char *written; /* the date as written; must occur once in the text */
	int y, m, d;
	const char *form;
	double confidence;
};

static const struct {
	const char *text, *anchor;
	struct want w[6]; /* every date found, in order; written NULL ends */
} cases[] = {
	/* English absolute */
	{"It began on 3 September 2007 in Basra.", NULL,
	 {{"3 September 2007", 2007, 9, 3, "absolute", 1.0}}},
	{"It began on September 3, 2007, in Basra.", NULL,
	 {{"September 3, 2007", 2007, 9, 3, "absolute", 1.0}}},
	{"By Sept. 3, 2007 the base was empty.", NULL,
	 {{"Sept. 3, 2007", 2007, 9, 3, "absolute", 1.0}}},
	{"On the 3rd of September 2007 they left.", NULL,
	 {{"3rd of September 2007", 2007, 9, 3, "absolute", 1.0}}},
	{"He wrote on Monday, 21st May 2007 and on February 2nd, 2008.", NULL,
	 {{"Monday, 21st May 2007", 2007, 5, 21, "absolute", 1.0},
	  {"February 2nd, 2008", 2008, 2, 2, "absolute", 1.0}}},
	{"During the night of 2-3 September 2007 the convoy moved.", NULL,
	 {{"2-3 September 2007", 2007, 9, 2, "absolute", 1.0}}},
	{"The talks of September 10\xe2\x80\x93" "12, 2007 failed.", NULL,
	 {{"September 10\xe2\x80\x93" "12, 2007", 2007, 9, 10, "absolute", 1.0}}},
	{"SEPTEMBER 3, 2007 — the last patrol", NULL,
	 {{"SEPTEMBER 3, 2007", 2007, 9, 3, "absolute", 1.0}}},
	{"Filed 2007-09-03T10:22Z and 2008/02/29.", NULL,
	 {{"2007-09-03", 2007, 9, 3, "absolute", 1.0}, {"2008/02/29", 2008, 2, 29, "absolute", 1.0}}},
	/* marks and line breaks around and inside a date */
	{"«3 septembre 2007», (4 May 2008), “June 2009”, —5 July 2010.", NULL,
	 {{"3 septembre 2007", 2007, 9, 3, "absolute", 1.0}, {"4 May 2008", 2008, 5, 4, "absolute", 1.0},
	  {"June 2009", 2009, 6, 0, "month-year", 0.9}, {"5 July 2010", 2010, 7, 5, "absolute", 1.0}}},
	{"on 3\nSeptember 2007; page 4\n\nOctober 2008; éMay 2009; 12ème mai 2009", NULL,
	 {{"3\nSeptember 2007", 2007, 9, 3, "absolute", 1.0},
	  {"October 2008", 2008, 10, 0, "month-year", 0.9}, {"mai 2009", 2009, 5, 0, "month-year", 0.9}}},
	/* numeric day and month: only when the order is certain */
	{"Signed 13/09/2007, posted 09/13/2007, read 03/09/2007.", NULL,
	 {{"13/09/2007", 2007, 9, 13, "absolute", 0.9}, {"09/13/2007", 2007, 9, 13, "absolute", 0.9}}},
	{"Datum: 03.09.2007; Kenmerk 14-10-2008", NULL,
	 {{"03.09.2007", 2007, 9, 3, "absolute", 0.9}, {"14-10-2008", 2008, 10, 14, "absolute", 0.9}}},
	/* month-year */
	{"In September 2007 (Sept 2007 in the files) the plan changed.", NULL,
	 {{"September 2007", 2007, 9, 0, "month-year", 0.9}, {"Sept 2007", 2007, 9, 0, "month-year", 0.9}}},
	{"By May, 2008 it was over.", NULL, {{"May, 2008", 2008, 5, 0, "month-year", 0.9}}},
	/* Dutch */
	{"Op 3 september 2007 vertrokken de troepen; in maart 2008 volgde de rest.", NULL,
	 {{"3 september 2007", 2007, 9, 3, "absolute", 1.0}, {"maart 2008", 2008, 3, 0, "month-year", 0.9}}},
	{"Sinds 17 mei 2006 en in oktober 2006.", NULL,
	 {{"17 mei 2006", 2006, 5, 17, "absolute", 1.0}, {"oktober 2006", 2006, 10, 0, "month-year", 0.9}}},
	/* Danish */
	{"Den 3. september 2007 og den 1. marts 2008 rejste de.", NULL,
	 {{"3. september 2007", 2007, 9, 3, "absolute", 1.0}, {"1. marts 2008", 2008, 3, 1, "absolute", 1.0}}},
	{"Det skete i maj 2007.", NULL, {{"maj 2007", 2007, 5, 0, "month-year", 0.9}}},
	/* German */
	{"Am Montag, 3. September 2007, und im März 2008.", NULL,
	 {{"Montag, 3. September 2007", 2007, 9, 3, "absolute", 1.0},
	  {"März 2008", 2008, 3, 0, "month-year", 0.9}}},
	{"Seit dem 24. Dezember 2006 und dem 3. Okt. 2007.", NULL,
	 {{"24. Dezember 2006", 2006, 12, 24, "absolute", 1.0},
	  {"3. Okt. 2007", 2007, 10, 3, "absolute", 1.0}}},
	/* French */
	{"Le 1er août 2010, puis le 3 septembre 2007 et en février 2009.", NULL,
	 {{"1er août 2010", 2010, 8, 1, "absolute", 1.0},
	  {"3 septembre 2007", 2007, 9, 3, "absolute", 1.0},
	  {"février 2009", 2009, 2, 0, "month-year", 0.9}}},
	{"AOÛT 2010 et 12 DÉCEMBRE 2011, 5 janv. 2008", NULL,
	 {{"AOÛT 2010", 2010, 8, 0, "month-year", 0.9}, {"12 DÉCEMBRE 2011", 2011, 12, 12, "absolute", 1.0},
	  {"5 janv. 2008", 2008, 1, 5, "absolute", 1.0}}},
	/* partial dates, anchor across the year boundary */
	{"Talks on 28 December failed; a vote on 9 January and one on 20 January.", "2007-01-05",
	 {{"28 December", 2006, 12, 28, "partial", 0.7}, {"9 January", 2007, 1, 9, "partial", 0.7},
	  {"20 January", 2006, 1, 20, "partial", 0.7}}},
	{"On December 28 and on Jan. 2 the talks resumed.", "2007-01-05",
	 {{"December 28", 2006, 12, 28, "partial", 0.7}, {"Jan. 2", 2007, 1, 2, "partial", 0.7}}},
	{"The vote comes on 2 January.", "2007-12-30",
	 {{"2 January", 2008, 1, 2, "partial", 0.7}}},
	{"Am 28. Dezember und le 2 janvier.", "2007-01-05",
	 {{"28. Dezember", 2006, 12, 28, "partial", 0.7}, {"2 janvier", 2007, 1, 2, "partial", 0.7}}},
	{"Thursday, 11 January is the date.", "2007-01-02",
	 {{"Thursday, 11 January", 2007, 1, 11, "partial", 0.7}}},
	{"in September, in January, im März, en juin, i december, mid-October", "2007-01-05",
	 {{"September", 2006, 9, 0, "partial", 0.6}, {"January", 2007, 1, 0, "partial", 0.6},
	  {"März", 2006, 3, 0, "partial", 0.6}, {"juin", 2006, 6, 0, "partial", 0.6},
	  {"december", 2006, 12, 0, "partial", 0.6}, {"October", 2006, 10, 0, "partial", 0.6}}},
	{"on Monday, said Sunday, late Friday night", "2007-01-05",
	 {{"Monday", 2007, 1, 1, "partial", 0.6}, {"Sunday", 2006, 12, 31, "partial", 0.6},
	  {"Friday", 2007, 1, 5, "partial", 0.6}}},
	{"Tuesday evening; Monday's paper; Mon", "2007-01-05",
	 {{"Tuesday", 2007, 1, 2, "partial", 0.6}}},
	{"since Tuesday", "2007-01-02", {{"Tuesday", 2007, 1, 2, "partial", 0.6}}},
	/* weekdays in the other languages (anchor Friday 2007-01-05) */
	{"am Montag, letzten Dienstag, Mittwoch", "2007-01-05",
	 {{"Montag", 2007, 1, 1, "partial", 0.6}, {"Dienstag", 2007, 1, 2, "partial", 0.6}}},
	{"Het kabinet besloot maandag; op Zondag; i mandags; lundi et Vendredi, Mardi Gras", "2007-01-05",
	 {{"maandag", 2007, 1, 1, "partial", 0.6}, {"Zondag", 2006, 12, 31, "partial", 0.6},
	  {"mandags", 2007, 1, 1, "partial", 0.6}, {"lundi", 2007, 1, 1, "partial", 0.6},
	  {"Vendredi", 2007, 1, 5, "partial", 0.6}}},
	/* a weekday with a day and month picks the year (default: 2007) */
	{"le lundi 8 septembre, søndag den 7. september, Sonntag, den 7. September", "2008-08-30",
	 {{"lundi 8 septembre", 2008, 9, 8, "partial", 0.7},
	  {"søndag den 7. september", 2008, 9, 7, "partial", 0.7},
	  {"Sonntag, den 7. September", 2008, 9, 7, "partial", 0.7}}},
	{"8 September, Monday", "2008-08-30", {{"8 September", 2007, 9, 8, "partial", 0.7}}},
	/* relative */
	{"yesterday, Today, tomorrow", "2007-01-01",
	 {{"yesterday", 2006, 12, 31, "relative", 0.5}, {"Today", 2007, 1, 1, "relative", 0.5},
	  {"tomorrow", 2007, 1, 2, "relative", 0.5}}},
	{"last week, last month and last year", "2007-01-03",
	 {{"last week", 2006, 12, 27, "relative", 0.3}, {"last month", 2006, 12, 0, "relative", 0.4},
	  {"last year", 2006, 0, 0, "relative", 0.4}}},
	{"heute, gestern, letzte Woche, im vergangenen Jahr, letzten Monat", "2007-01-03",
	 {{"heute", 2007, 1, 3, "relative", 0.5}, {"gestern", 2007, 1, 2, "relative", 0.5},
	  {"letzte Woche", 2006, 12, 27, "relative", 0.3}, {"vergangenen Jahr", 2006, 0, 0, "relative", 0.4},
	  {"letzten Monat", 2006, 12, 0, "relative", 0.4}}},
	{"vandaag, gisteren, vorige week, vorig jaar, afgelopen maand", "2007-01-03",
	 {{"vandaag", 2007, 1, 3, "relative", 0.5}, {"gisteren", 2007, 1, 2, "relative", 0.5},
	  {"vorige week", 2006, 12, 27, "relative", 0.3}, {"vorig jaar", 2006, 0, 0, "relative", 0.4},
	  {"afgelopen maand", 2006, 12, 0, "relative", 0.4}}},
	{"I dag og i går, i morgen, sidste uge, sidste måned, i sidste år", "2007-01-03",
	 {{"I dag", 2007, 1, 3, "relative", 0.5}, {"i går", 2007, 1, 2, "relative", 0.5},
	  {"i morgen", 2007, 1, 4, "relative", 0.5}, {"sidste uge", 2006, 12, 27, "relative", 0.3},
	  {"sidste måned", 2006, 12, 0, "relative", 0.4}, {"sidste år", 2006, 0, 0, "relative", 0.4}}},
	{"aujourd’hui et demain; la semaine dernière, le mois dernier, l'an dernier", "2007-01-03",
	 {{"aujourd’hui", 2007, 1, 3, "relative", 0.5}, {"demain", 2007, 1, 4, "relative", 0.5},
	  {"semaine dernière", 2006, 12, 27, "relative", 0.3}, {"mois dernier", 2006, 12, 0, "relative", 0.4},
	  {"an dernier", 2006, 0, 0, "relative", 0.4}}},
	{"on BBC Radio 4's Today programme, in USA Today and The Day Today, yesterday", "2007-01-01",
	 {{"yesterday", 2006, 12, 31, "relative", 0.5}}},
	/* an anchor of a month or a year */
	{"on 28 December, in September, yesterday, last month, last year", "2007-01",
	 {{"28 December", 2006, 12, 28, "partial", 0.7}, {"September", 2006, 9, 0, "partial", 0.6},
	  {"last month", 2006, 12, 0, "relative", 0.4}, {"last year", 2006, 0, 0, "relative", 0.4}}},
	{"on 28 December, in September, on Monday, last month, last year", "2007",
	 {{"28 December", 2007, 12, 28, "partial", 0.7}, {"September", 2007, 9, 0, "partial", 0.6},
	  {"last year", 2006, 0, 0, "relative", 0.4}}},
	/* no anchor: only what the text dates by itself */
	{"On 3 September, in October, on Monday, yesterday; 4 May 2008.", NULL,
	 {{"4 May 2008", 2008, 5, 4, "absolute", 1.0}}},
	/* rejections */
	{"31 February 2007, 30 February 2008, 29 February 2007, 31 April 2007, 2007-13-01, "
	 "2007-02-30, 1799-01-01, 3 May 1799, September 2101", NULL, {{NULL, 0, 0, 0, NULL, 0}}},
	{"in 2007, in early 2007, 4,100 troops, page 12, pp. 12-13, 12/13, 1/2/2007, 03/09/2007, "
	 "September 1,500 men, 3 May 20071, 1.2.3.2007, 9/11, may 3 and march 3, in may", NULL,
	 {{NULL, 0, 0, 0, NULL, 0}}},
	{"29 February 2008 but not 29 February", "2007-06-01",
	 {{"29 February 2008", 2008, 2, 29, "absolute", 1.0}}},
	{"Monday's paper; a march 12 miles long; Mayday 3 and Sept3 2007", "2007-06-01",
	 {{NULL, 0, 0, 0, NULL, 0}}},
};

static size_t count_want(const struct want *w)
{
	size_t n = 0;
	while (n < 6 && w[n].written)
		n++;
	return n;
}

START_TEST(forms)
{
	const char *text = cases[_i].text;
	ct_dates *d = NULL;
	ck_assert_int_eq(ct_find_dates(finder, text, strlen(text), cases[_i].anchor, &d), CT_OK);
	const struct want *w = cases[_i].w;
	size_t n = count_want(w), got = ct_dates_count(d);
	for (size_t k = 0; k < got; k++) {
		const ct_date_mention *m = ct_dates_at(d, k);
		fprintf(stderr, "case %d: [%zu,%zu) '%.*s' %d-%d-%d %s %.1f\n", _i, m->start, m->end,
		        (int)(m->end - m->start), text + m->start, m->year, m->month, m->day,
		        m->form, m->confidence);
	}
	ck_assert_uint_eq(got, n);
	for (size_t k = 0; k < n; k++) {
		const ct_date_mention *m = ct_dates_at(d, k);
		const char *at = strstr(text, w[k].written);
		ck_assert_ptr_nonnull(at);
		ck_assert_ptr_null(strstr(at + 1, w[k].written)); /* written once */
		ck_assert_uint_eq(m->start, (size_t)(at - text));
		ck_assert_uint_eq(m->end, m->start + strlen(w[k].written));
		ck_assert_int_eq(m->year, w[k].y);
		ck_assert_int_eq(m->month, w[k].m);
		ck_assert_int_eq(m->day, w[k].d);
		ck_assert_str_eq(m->form, w[k].form);
		ck_assert_double_eq_tol(m->confidence, w[k].confidence, 1e-9);
	}
	ck_assert_ptr_null(ct_dates_at(d, n));
	ct_dates_free(d);
}
END_TEST

START_TEST(bad_arguments)
{
	ct_dates *d = (ct_dates *)&d;
	const char *t = "3 September 2007";
	ck_assert_int_eq(ct_find_dates(NULL, t, strlen(t), NULL, &d), CT_EINVAL);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(ct_find_dates(finder, NULL, 3, NULL, &d), CT_EINVAL);
	ck_assert_int_eq(ct_find_dates(finder, t, strlen(t), NULL, NULL), CT_EINVAL);
	const char *bad[] = {"", "07", "2007-9-3", "2007-02-30", "2007-13", "2007/09/03",
	                     "3 September 2007", "2007-09-03T10:00"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		d = (ct_dates *)&d;
		ck_assert_int_eq(ct_find_dates(finder, t, strlen(t), bad[i], &d), CT_EINVAL);
		ck_assert_ptr_null(d);
	}
	/* empty text */
	ck_assert_int_eq(ct_find_dates(finder, "", 0, "2007-01-01", &d), CT_OK);
	ck_assert_uint_eq(ct_dates_count(d), 0);
	ct_dates_free(d);
	ck_assert_int_eq(ct_find_dates(finder, NULL, 0, NULL, &d), CT_OK);
	ct_dates_free(d);
	ck_assert_uint_eq(ct_dates_count(NULL), 0);
	ck_assert_ptr_null(ct_dates_at(NULL, 0));
	ct_dates_free(NULL);
	ct_date_finder_free(NULL);
	ck_assert_int_eq(ct_date_finder_new(NULL), CT_EINVAL);
}
END_TEST

/* len, not the NUL, ends the text; a date cut by it is not read. */
START_TEST(length_bounds_the_text)
{
	const char *t = "on 3 September 2007 and 4 May 2008";
	ct_dates *d;
	ck_assert_int_eq(ct_find_dates(finder, t, strlen("on 3 September 20"), NULL, &d), CT_OK);
	ck_assert_uint_eq(ct_dates_count(d), 0);
	ct_dates_free(d);
	ck_assert_int_eq(ct_find_dates(finder, t, strlen("on 3 September 2007"), NULL, &d), CT_OK);
	ck_assert_uint_eq(ct_dates_count(d), 1);
	ck_assert_uint_eq(ct_dates_at(d, 0)->end, strlen("on 3 September 2007"));
	ct_dates_free(d);
}
END_TEST

/* Invalid UTF-8 next to a date does not hide it; odd input does not crash;
 * every result lies inside the text. */
START_TEST(odd_input)
{
	const char t[] = "\xff 3 September 2007 \xc3 ok: 4 May 2008";
	ct_dates *d;
	ck_assert_int_eq(ct_find_dates(finder, t, sizeof t - 1, NULL, &d), CT_OK);
	ck_assert_uint_eq(ct_dates_count(d), 2);
	ck_assert_uint_eq(ct_dates_at(d, 0)->start, 2);
	ck_assert_uint_eq(ct_dates_at(d, 0)->end, 2 + strlen("3 September 2007"));
	const ct_date_mention *last = ct_dates_at(d, 1);
	ck_assert_uint_eq(last->start, sizeof t - 1 - strlen("4 May 2008"));
	ck_assert_int_eq(last->year * 10000 + last->month * 100 + last->day, 20080504);
	ct_dates_free(d);
	const char *odd[] = {"3", "3 ", "3 Sept", "Sept.", "last", "last ", "on Mon", "2007-",
	                     "13/09/", "\xc3", "Monday,", "1er", "3. ", "in Sept"};
	for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		ck_assert_int_eq(ct_find_dates(finder, odd[i], strlen(odd[i]), "2007-01-01", &d), CT_OK);
		for (size_t k = 0; k < ct_dates_count(d); k++)
			ck_assert_uint_le(ct_dates_at(d, k)->end, strlen(odd[i]));
		ct_dates_free(d);
	}
}
END_TEST

/* Many dates in a long text: all found, in order, none overlapping. */
START_TEST(many_in_order)
{
	char *t = malloc(200000);
	ck_assert_ptr_nonnull(t);
	size_t len = 0, n = 0;
	while (len + 200 < 200000) {
		len += (size_t)sprintf(t + len, "Item %zu, 4,%03zu troops, on %zu March %zu and ", n,
		                       n % 1000, n % 28 + 1, 1900 + n % 200);
		n++;
	}
	ct_dates *d;
	ck_assert_int_eq(ct_find_dates(finder, t, len, NULL, &d), CT_OK);
	ck_assert_uint_eq(ct_dates_count(d), n);
	for (size_t k = 0; k < n; k++) {
		const ct_date_mention *m = ct_dates_at(d, k);
		ck_assert_int_eq(m->year, (int)(1900 + k % 200));
		ck_assert_int_eq(m->day, (int)(k % 28 + 1));
		if (k)
			ck_assert_uint_le(ct_dates_at(d, k - 1)->end, m->start);
	}
	ct_dates_free(d);
	free(t);
}
END_TEST

/* One finder shared by threads gives each the same results. */
static const char shared_text[] = "On 3 September 2007, yesterday and on Monday; in March; "
                                  "le 1er août 2010; 13/09/2007.";

static void *find_many(void *arg)
{
	size_t *n = arg;
	for (int r = 0; r < 300; r++) {
		ct_dates *d;
		if (ct_find_dates(finder, shared_text, sizeof shared_text - 1, "2008-01-05", &d) != CT_OK)
			return NULL;
		n[r] = ct_dates_count(d);
		if (n[r] && ct_dates_at(d, n[r] - 1)->day != 13)
			n[r] = 0;
		ct_dates_free(d);
	}
	return arg;
}

START_TEST(shared_between_threads)
{
	static size_t counts[4][300];
	pthread_t th[4];
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, find_many, counts[i]), 0);
	for (int i = 0; i < 4; i++) {
		void *ret;
		ck_assert_int_eq(pthread_join(th[i], &ret), 0);
		ck_assert_ptr_eq(ret, counts[i]);
		for (int r = 0; r < 300; r++)
			ck_assert_uint_eq(counts[i][r], 6);
	}
}
END_TEST

static Suite *dates_suite(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("dates");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, forms, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, length_bounds_the_text);
	tcase_add_test(tc, odd_input);
	tcase_add_test(tc, many_in_order);
	tcase_add_test(tc, shared_between_threads);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(dates_suite)
