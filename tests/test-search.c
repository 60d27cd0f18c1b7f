/* test-search.c — ranked search, grouping, filters, snippets, query errors. */
#include <casetrace/index.h>
#include "ct-test.h"

static ct_db *db;

static void corpus_setup(void)
{
	ct_tmp_setup();
	char *msg = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("s.db"), CT_OPEN_CREATE, &db, &msg), CT_OK);
	ct_write_str("c/news/herald.md",
	    "---\ntitle: Troops leave Tarvik\noutlet: The Northgate Herald\n"
	    "date: September 3, 2007\n---\n"
	    "Velmorian troops began their withdrawal from Tarvik on Monday.\n\n"
	    "The withdrawal follows months of debate in Northgate.\n\n"
	    "Officials said the withdrawal would be complete by December.\n");
	ct_write_str("c/news/post.md",
	    "---\ntitle: Kessar mandate ends\noutlet: Meridian Post\ndate: 2010-02-21\n---\n"
	    "Ostland's parliament refused to extend the Kessar mission.\n\n"
	    "A withdrawal is now expected by August.\n");
	ct_write_str("c/news/old.md",
	    "---\ntitle: Coalition formed\noutlet: Caldora Times\ndate: 12 May 2005\n---\n"
	    "The coalition was formed; nobody spoke of withdrawal then.\n");
	ct_write_str("c/transcripts/hearing.txt",
	    "THE CHAIRMAN: Why was the withdrawal from Tarvik brought forward?\n");
	ct_write_str("c/interviews/vel-1.md",
	    "---\ncode: VEL-MOD-1\ndate: 2013-09-20\n---\n"
	    "The withdrawal was decided before the coalition was consulted. SECRET-CANARY\n");
	const char *paths[] = {ct_path("c")};
	ct_add_summary sum;
	ck_assert_int_eq(ct_db_add(db, paths, 1, NULL, NULL, NULL, NULL, &sum), CT_OK);
	ck_assert_uint_eq(sum.added, 5);
}

static void corpus_teardown(void)
{
	ct_db_close(db);
	db = NULL;
	ct_tmp_teardown();
}

/* Run a search; fill titles[] (up to 8) and return the hit count, or -1
 * with the status in *st when the search failed. */
static int run(const ct_search_opts *o, char titles[8][64], ct_status *st_out)
{
	ct_search *s = NULL;
	ct_status st = ct_search_start(db, o, &s);
	int n = 0;
	const ct_hit *h;
	while (st == CT_OK && (st = ct_search_next(s, &h)) == CT_OK) {
		if (n < 8)
			snprintf(titles[n], 64, "%s", h->title ? h->title : "");
		n++;
	}
	ct_search_free(s);
	if (st_out)
		*st_out = st;
	return st == CT_DONE ? n : -1;
}

START_TEST(one_result_per_document)
{
	ct_search_opts o = {.query = "withdrawal"};
	ct_search *s = NULL;
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_OK);
	const ct_hit *h;
	int n = 0;
	bool seen_herald = false;
	double last = 1e9;
	while (ct_search_next(s, &h) == CT_OK) {
		n++;
		ck_assert(h->score <= last); /* best first */
		last = h->score;
		ck_assert_ptr_nonnull(strstr(h->snippet, "**withdrawal**"));
		ck_assert_uint_gt(h->end, h->start);
		if (strcmp(h->title, "Troops leave Tarvik") == 0) {
			seen_herald = true;
			ck_assert_int_eq(h->n_passages, 3);
			ck_assert_str_eq(h->outlet, "The Northgate Herald");
			ck_assert_str_eq(h->date, "2007-09-03");
			ck_assert_str_eq(h->kind, "news");
		}
		ck_assert(!h->restricted);
	}
	ct_search_free(s);
	ck_assert(seen_herald);
	ck_assert_int_eq(n, 4); /* herald, post, old, hearing; not the interview */
}
END_TEST

START_TEST(stemming_and_prefix)
{
	char t[8][64];
	ct_search_opts o = {.query = "withdrawals"};
	ck_assert_int_eq(run(&o, t, NULL), 4);
	o.query = "refus*";
	ck_assert_int_eq(run(&o, t, NULL), 1);
	ck_assert_str_eq(t[0], "Kessar mandate ends");
	o.query = "\"withdrawal from Tarvik\"";
	ck_assert_int_eq(run(&o, t, NULL), 2);
	o.query = "NEAR(withdrawal December, 5)";
	ck_assert_int_eq(run(&o, t, NULL), 1);
	/* operators apply within a passage: the herald has a passage with
	 * "withdrawal" and without "Tarvik" */
	o.query = "withdrawal NOT Tarvik";
	ck_assert_int_eq(run(&o, t, NULL), 3);
	o.query = "withdrawal NOT (Tarvik OR Northgate OR December)";
	ck_assert_int_eq(run(&o, t, NULL), 2);
	o.query = "ostland";  /* "Ostland's" */
	ck_assert_int_eq(run(&o, t, NULL), 1);
}
END_TEST

START_TEST(filters)
{
	char t[8][64];
	ct_search_opts o = {.query = "withdrawal", .kind = "news"};
	ck_assert_int_eq(run(&o, t, NULL), 3);
	o.kind = "transcripts";
	ck_assert_int_eq(run(&o, t, NULL), 1);
	o.kind = NULL;
	o.outlet = "meridian";
	ck_assert_int_eq(run(&o, t, NULL), 1);
	ck_assert_str_eq(t[0], "Kessar mandate ends");
	o.outlet = NULL;
	o.from = "2007-06-01";
	o.to = "December 31, 2007";
	ck_assert_int_eq(run(&o, t, NULL), 1);
	ck_assert_str_eq(t[0], "Troops leave Tarvik");
	o.from = "2007";
	o.to = "2010-02"; /* a month: its whole month */
	ck_assert_int_eq(run(&o, t, NULL), 2);
	o.from = o.to = NULL;
	o.limit = 2;
	ck_assert_int_eq(run(&o, t, NULL), 2);
}
END_TEST

START_TEST(restricted_only_on_request)
{
	char t[8][64];
	ct_search_opts o = {.query = "canary OR SECRET"};
	ck_assert_int_eq(run(&o, t, NULL), 0);
	o.include_restricted = true;
	ct_search *s = NULL;
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_OK);
	const ct_hit *h;
	ck_assert_int_eq(ct_search_next(s, &h), CT_OK);
	ck_assert(h->restricted);
	ck_assert_str_eq(h->kind, "interview");
	ck_assert_int_eq(ct_search_next(s, &h), CT_DONE);
	ct_search_free(s);
}
END_TEST

static const struct {
	const char *query;
	const char *says; /* part of the explanation */
} bad_queries[] = {
	{"\"Basra withdrawal", "never closed"},
	{"(Basra OR Tarvik", "'(' is never closed"},
	{"Basra)", "no '('"},
	{"Basra AND", "AND needs a term after it"},
	{"OR Basra", "OR needs a term before it"},
	{"U.S. troops", "'.' cannot stand in a bare word"},
	{"post-war", "'-' cannot stand in a bare word"},
	{"NEAR(Basra withdrawal, ten)", "distance"},
	{"NEAR(Basra withdrawal", "NEAR( is not closed"},
	{"outlet:Herald", "filters by a column"},
	{"", "empty"},
	{"   ", "empty"},
	{"Basra, Tarvik", "','"},
	{"*withdraw", "'*' marks a prefix"},
	{"()", "'()' is empty"},
};

START_TEST(bad_query_explained)
{
	ct_search_opts o = {.query = bad_queries[_i].query};
	ct_search *s = NULL;
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_EQUERY);
	ck_assert_ptr_null(s);
	const char *m = ct_db_errmsg(db);
	ck_assert_msg(strstr(m, bad_queries[_i].says) != NULL, "'%s' -> %s",
	              bad_queries[_i].query, m);
	ck_assert_ptr_null(strchr(m, '\n'));
	ck_assert_ptr_null(strstr(m, "fts5:"));
}
END_TEST

START_TEST(bad_dates_and_kinds)
{
	ct_search_opts o = {.query = "withdrawal", .from = "last spring"};
	ct_search *s = NULL;
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_EINVAL);
	ck_assert_ptr_nonnull(strstr(ct_db_errmsg(db), "--from date 'last spring'"));
	o.from = NULL;
	o.kind = "podcast";
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_EINVAL);
	ck_assert_ptr_nonnull(strstr(ct_db_errmsg(db), "podcast"));
}
END_TEST

START_TEST(good_queries_pass_check)
{
	const char *good[] = {
		"Basra", "\"Basra Palace\" withdrawal", "withdr*", "a OR b AND c",
		"NEAR(Basra withdraw*, 8)", "\"Basra\" NEAR(withdraw*, 8)", "(a OR b) NOT c",
		"text:Basra", "^\"British troops\"", "café", "\"U.S.\" troops", "a + b",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		char *m = NULL;
		ck_assert_msg(ct_query_check(good[i], &m) == CT_OK, "%s: %s", good[i], m);
		char t[8][64];
		ct_status st;
		ct_search_opts o = {.query = good[i]};
		ck_assert_msg(run(&o, t, &st) >= 0, "%s: %s", good[i], ct_db_errmsg(db));
	}
}
END_TEST

static Suite *search_suite(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("ranking");
	tcase_add_checked_fixture(tc, corpus_setup, corpus_teardown);
	tcase_add_test(tc, one_result_per_document);
	tcase_add_test(tc, stemming_and_prefix);
	suite_add_tcase(s, tc);
	tc = tcase_create("filters");
	tcase_add_checked_fixture(tc, corpus_setup, corpus_teardown);
	tcase_add_test(tc, filters);
	tcase_add_test(tc, restricted_only_on_request);
	suite_add_tcase(s, tc);
	tc = tcase_create("query errors");
	tcase_add_checked_fixture(tc, corpus_setup, corpus_teardown);
	tcase_add_loop_test(tc, bad_query_explained, 0,
	                    (int)(sizeof bad_queries / sizeof bad_queries[0]));
	tcase_add_test(tc, bad_dates_and_kinds);
	tcase_add_test(tc, good_queries_pass_check);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(search_suite)
