/* test-tokenizer.c — the casetrace FTS5 tokenizer: spelling variants,
 * aliases, possessives, compounds and numbers, seen through search; and the
 * spelling rules on their own. */
#include <casetrace/index.h>
#include "index/tokenizer.h"
#include "ct-test.h"

static const struct {
	const char *in, *out; /* out "" : no other form */
} spellings[] = {
	{"defence", "defense"}, {"defences", "defenses"}, {"offence", "offense"},
	{"programme", "program"}, {"programmes", "programs"}, {"centre", "center"},
	{"organisation", "organization"}, {"organisations", "organizations"},
	{"organise", "organize"}, {"organised", "organized"}, {"organising", "organizing"},
	{"recognisable", "recognizable"}, {"militarised", "militarized"},
	{"labour", "labor"}, {"labourer", "laborer"}, {"favourite", "favorite"},
	{"honourable", "honorable"}, {"neighbours", "neighbors"}, {"behaviour", "behavior"},
	{"analyse", "analyze"}, {"paralysed", "paralyzed"},
	{"travelled", "traveled"}, {"cancelling", "canceling"}, {"modelled", "modeled"},
	{"judgement", "judgment"}, {"manoeuvres", "maneuvers"},
	/* words the rules must leave alone */
	{"four", ""}, {"hour", ""}, {"tour", ""}, {"pour", ""}, {"advise", ""},
	{"advertise", ""}, {"compromise", ""}, {"surprised", ""}, {"exercise", ""},
	{"promising", ""}, {"premises", ""}, {"raised", ""}, {"rising", ""},
	{"killed", ""}, {"controlled", ""}, {"filled", ""}, {"defense", ""},
	{"organization", ""}, {"crises", ""}, {"noise", ""}, {"otherwise", ""},
	{"Defence", ""}, /* not lower case: unicode61 folds before we see it */
};

START_TEST(spelling_rules)
{
	char out[64];
	const char *in = spellings[_i].in;
	size_t n = cti_spelling_canon(in, strlen(in), out, sizeof out);
	if (*spellings[_i].out) {
		ck_assert_msg(n > 0, "%s: no variant", in);
		ck_assert_str_eq(out, spellings[_i].out);
		ck_assert_uint_eq(n, strlen(out));
	} else {
		ck_assert_msg(n == 0, "%s -> %s", in, out);
	}
}
END_TEST

static ct_db *db, *plain;

static void add_corpus(ct_db *d)
{
	const char *paths[] = {ct_path("c")};
	ck_assert_int_eq(ct_db_add(d, paths, 1, NULL, NULL, NULL, NULL, NULL), CT_OK);
}

static void setup(void)
{
	ct_tmp_setup();
	ct_write_str("aliases.txt",
	             "# test groups\n"
	             "Netherlands, Dutch, Holland\n"
	             "MoD, Ministry of Defence, Defence Ministry\n"
	             "US, United States, American\n"
	             "lonely\n"
	             "UK, , Britain\n");
	ct_write_str("c/news/a.md", "The Dutch government debated the Uruzgan mission with American officials.\n\n"
	             "Britain's defence programme was cut by the Ministry of Defence.\n");
	ct_write_str("c/news/b.md", "The Netherlands withdrew 1,200 troops in a post-war "
	             "reorganization.\n\nLet us see what the labour unions say.\n");
	ct_write_str("c/news/c.md", "A spokesman for the MoD would not comment on the US "
	             "decision.\n\nThe organisation's favourite colour was grey.\n");
	char *msg = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("t.db"), CT_OPEN_CREATE, &db, &msg), CT_OK);
	struct ct_diags d = {0};
	size_t groups = 0, terms = 0;
	ck_assert_int_eq(ct_db_load_aliases(db, ct_path("aliases.txt"), ct_collect, &d,
	                                    &groups, &terms), CT_OK);
	ck_assert_uint_eq(groups, 4);
	ck_assert_uint_eq(terms, 11);
	ck_assert_int_eq(d.n_warn, 2);
	ck_assert_ptr_nonnull(strstr(d.all, "aliases.txt:5: a group needs two terms"));
	ck_assert_ptr_nonnull(strstr(d.all, "aliases.txt:6: an empty term"));
	add_corpus(db);
	ck_assert_int_eq(ct_db_open(ct_path("plain.db"), CT_OPEN_CREATE | CT_OPEN_PLAIN_TOKENIZER,
	                            &plain, &msg), CT_OK);
	add_corpus(plain);
	ck_assert(ct_db_casetrace_tokenizer(db));
	ck_assert(!ct_db_casetrace_tokenizer(plain));
}

static void teardown(void)
{
	ct_db_close(db);
	ct_db_close(plain);
	ct_tmp_teardown();
}

/* Documents matching q, as a string of their file letters ("ab"). */
static const char *docs(ct_db *d, const char *q)
{
	static char out[16];
	ct_search_opts o = {.query = q};
	ct_search *s = NULL;
	ck_assert_msg(ct_search_start(d, &o, &s) == CT_OK, "%s: %s", q, ct_db_errmsg(d));
	const ct_hit *h;
	char found[3] = {0};
	while (ct_search_next(s, &h) == CT_OK) {
		char c = h->path[strlen(h->path) - 4];
		found[c - 'a'] = c;
	}
	ct_search_free(s);
	size_t n = 0;
	for (int i = 0; i < 3; i++)
		if (found[i])
			out[n++] = found[i];
	out[n] = '\0';
	return out;
}

static const struct {
	const char *query, *plain, *ours;
} searches[] = {
	{"defense", "", "a"},           /* American query, British text */
	{"defence", "a", "a"},
	{"program", "", "a"},
	{"organization", "", "c"},      /* "reorganization" is its own word */
	{"reorganisation", "", "b"},
	{"favorite color gray", "", "c"},
	{"labour", "b", "b"},
	{"labor", "", "b"},
	{"Dutch", "a", "ab"},           /* alias: the Netherlands */
	{"Netherlands", "b", "ab"},
	{"Holland", "", "ab"},
	{"MoD", "c", "ac"},             /* acronym and its spelled-out form */
	{"\"Ministry of Defence\"", "a", "ac"},
	{"\"Defence Ministry\"", "", "ac"},
	{"US", "bc", "ac"},             /* ours: US and American, not the pronoun */
	{"us", "bc", "bc"},             /* a lower-case word matches any case */
	{"\"United States\"", "", "ac"},
	{"britain", "a", "a"},
	{"\"Britain's defence\"", "a", "a"},
	{"\"britain defence\"", "", "a"}, /* the possessive s is not a word */
	{"postwar", "", "b"},
	{"\"post-war\"", "b", "b"},
	{"1200", "", "b"},
	{"\"1,200 troops\"", "b", "b"},
	{"defen*", "a", "a"},
};

START_TEST(search_through_tokenizer)
{
	const char *q = searches[_i].query;
	ck_assert_msg(strcmp(docs(plain, q), searches[_i].plain) == 0, "plain %s: %s",
	              q, docs(plain, q));
	ck_assert_msg(strcmp(docs(db, q), searches[_i].ours) == 0, "casetrace %s: %s", q,
	              docs(db, q));
}
END_TEST

START_TEST(snippets_mark_the_original_words)
{
	ct_search_opts o = {.query = "defense"};
	ct_search *s = NULL;
	ck_assert_int_eq(ct_search_start(db, &o, &s), CT_OK);
	const ct_hit *h;
	ck_assert_int_eq(ct_search_next(s, &h), CT_OK);
	ck_assert_ptr_nonnull(strstr(h->snippet, "**defence**"));
	ct_search_free(s);
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);
}
END_TEST

START_TEST(reloading_aliases_reindexes)
{
	ck_assert_str_eq(docs(db, "Holland"), "ab");
	ct_write_str("aliases2.txt", "Holland, Britain\n");
	ck_assert_int_eq(ct_db_load_aliases(db, ct_path("aliases2.txt"), NULL, NULL, NULL,
	                                    NULL), CT_OK);
	ck_assert_str_eq(docs(db, "Holland"), "a");
	ck_assert_str_eq(docs(db, "Dutch"), "a");
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);
	/* and they stay with the database */
	ct_db_close(db);
	char *msg = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("t.db"), 0, &db, &msg), CT_OK);
	ck_assert_str_eq(docs(db, "Holland"), "a");
	size_t n;
	const char *const *terms;
	const int *groups;
	ct_db_aliases(db, &n, &terms, &groups);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(terms[1], "Britain");
	ck_assert_int_eq(ct_db_load_aliases(db, ct_path("missing.txt"), NULL, NULL, NULL,
	                                    NULL), CT_EIO);
}
END_TEST

static Suite *tokenizer_suite(void)
{
	Suite *s = suite_create("tokenizer");
	TCase *tc = tcase_create("spelling");
	tcase_add_loop_test(tc, spelling_rules, 0, (int)(sizeof spellings / sizeof spellings[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("search");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, search_through_tokenizer, 0,
	                    (int)(sizeof searches / sizeof searches[0]));
	tcase_add_test(tc, snippets_mark_the_original_words);
	tcase_add_test(tc, reloading_aliases_reindexes);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(tokenizer_suite)
