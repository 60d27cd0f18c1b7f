/* test-cases.c — case files (parsing, checking, errors with lines), the
 * phrase matcher (aliases, people without titles, longest phrase, whole
 * words, patterns), the link score and its reasons, and linking a small
 * database end to end through the public API. */
#include <casetrace/index.h>
#include <casetrace/link.h>
#include "index/index-private.h"
#include "link/link-private.h"
#include "ct-test.h"

static const char good_case[] =
	"# a comment\n"
	"[case]\n"
	"slug      = vel-harrow\n"
	"title     = Velmoria in Harrow\n"
	"actor     = Velmoria\n"
	"coalition = Operation Steadfast Lantern\n"
	"theatre   = Harrow Province; Tarvik;  ; Port Edel\n"
	"period    = 2006-03..2007\n"
	"terms     = drawdown; handover\n"
	"terms     = Palace base\n"
	"pattern   = \\bTask Force Harrow\\b\n"
	"notes     = first line\n"
	"notes     = second line\n"
	"[people]\n"
	"Gen. Sir Roderick Blaine = Chief of the Defence Staff\n"
	"Lt Col Daniel Ferris = CO\n"
	"[sources]\n"
	"interviews = VEL-MOD-1\n"
	"transcripts = transcripts/inquiry.txt\n";

START_TEST(parse_good)
{
	struct cti_case c;
	struct ct_diags d = {0};
	ck_assert_int_eq(cti_case_parse("x.case", good_case, strlen(good_case), ct_collect, &d, &c),
	                 CT_OK);
	ck_assert_int_eq(d.n, 0);
	ck_assert_str_eq(c.slug, "vel-harrow");
	ck_assert_str_eq(c.actor, "Velmoria");
	ck_assert_uint_eq(c.theatre.n, 3); /* the empty item is dropped */
	ck_assert_str_eq(c.theatre.v[2], "Port Edel");
	ck_assert_uint_eq(c.terms.n, 3);
	ck_assert_str_eq(c.terms.v[2], "Palace base");
	ck_assert_str_eq(c.start, "2006-03-01"); /* a month starts on its first day */
	ck_assert_str_eq(c.end, "2007-12-31");   /* a year ends on its last */
	ck_assert_str_eq(c.notes, "first line second line");
	ck_assert_uint_eq(c.people.n, 2);
	ck_assert_str_eq(c.roles.v[0], "Chief of the Defence Staff");
	ck_assert_str_eq(c.interviews.v[0], "VEL-MOD-1");
	ck_assert_str_eq(c.paths.v[0], "transcripts/inquiry.txt");
	cti_case_free(&c);
}
END_TEST

/* Every problem is reported with its line, and the case is not used. */
START_TEST(parse_errors)
{
	static const char bad[] =
		"[case]\n"                          /* 1 */
		"slug = Vel Harrow\n"                /* 2: bad slug */
		"colour = blue\n"                    /* 3: unknown key */
		"period = 2007-12-31..2006-01-01\n"  /* 4: ends before it starts */
		"pattern = (unclosed\n"              /* 5: PCRE2 rejects it */
		"period = soon..2007\n"              /* 6: not a date */
		"[people]\n"
		"Gen. Blaine =\n"                    /* 8: no role */
		"[extras]\n"
		"x = y\n";                           /* 10: unknown section */
	struct cti_case c;
	struct ct_diags d = {0};
	ck_assert_int_eq(cti_case_parse("bad.case", bad, strlen(bad), ct_collect, &d, &c),
	                 CT_EPARSE);
	ck_assert_ptr_null(c.slug);
	ck_assert_msg(strstr(d.all, "bad.case:3: unknown key 'colour'"), "%s", d.all);
	ck_assert_msg(strstr(d.all, "bad.case:4: the period ends (2006-01-01) before"), "%s", d.all);
	ck_assert_msg(strstr(d.all, "bad.case:5: pattern rejected by PCRE2 at offset 9"), "%s",
	              d.all);
	ck_assert_msg(strstr(d.all, "bad.case:6: period start 'soon'"), "%s", d.all);
	ck_assert_msg(strstr(d.all, "bad.case:8: 'Gen. Blaine' has no role"), "%s", d.all);
	ck_assert_msg(strstr(d.all, "bad.case:10: unknown section [extras]"), "%s", d.all);
	ck_assert_msg(strstr(d.all, "bad.case:2: slug 'Vel Harrow' may hold only"), "%s", d.all);

	static const char *const others[][2] = {
		{"title = no section\n", "bad.case:1: not a [section]"},
		{"[case]\ntitle = T\nactor = A\n", "bad.case:2: [case] has no slug"},
		{"[case]\nslug = a\n", "names nothing to look for"},
		{"[people]\nA B = role\n", "bad.case:0: no [case] section"},
		{"[case two]\nslug = a\n", "bad.case:2: [case two]: a case file holds one case"},
		{"[case]\nslug = a\nslug = b\nactor = X\n", "bad.case:3: 'slug' is given twice"},
	};
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		struct ct_diags e = {0};
		ck_assert_int_eq(cti_case_parse("bad.case", others[i][0], strlen(others[i][0]),
		                                ct_collect, &e, &c), CT_EPARSE);
		ck_assert_msg(strstr(e.all, others[i][1]), "case %zu: %s", i, e.all);
	}
}
END_TEST

START_TEST(strip_titles)
{
	const char *const t[][2] = {
		{"Gen. Sir Roderick Blaine", "Roderick Blaine"},
		{"Lt Col Daniel Ferris", "Daniel Ferris"},
		{"Brig. Simon Keele", "Simon Keele"},
		{"Henrik Aaland", "Henrik Aaland"},
		{"Dr. Who", "Who"},
		{"General", "General"}, /* the last word stays */
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *s = cti_strip_titles(t[i][0]);
		ck_assert_str_eq(s, t[i][1]);
		free(s);
	}
}
END_TEST

struct seen {
	char log[4096];
	unsigned n;
};

static void record(void *ctx, size_t ci, enum cti_evidence kind, const char *label,
                   size_t start, size_t end)
{
	struct seen *s = ctx;
	static const char k[] = "ATK";
	size_t l = strlen(s->log);
	snprintf(s->log + l, sizeof s->log - l, "%zu%c[%zu,%zu]%s;", ci, k[kind], start, end,
	         label ? label : "(pattern)");
	s->n++;
}

static struct cti_case_matcher *two_cases(struct cti_case *c)
{
	static const char a[] =
		"[case]\nslug = a\nactor = Velmoria\ntheatre = Harrow Province\n"
		"terms = drawdown\ncoalition = Steadfast Lantern\npattern = \\bTF-H\\b\n"
		"[people]\nGen. Sir Roderick Blaine = CDS\n";
	static const char b[] =
		"[case]\nslug = b\nactor = Ostland\ntheatre = Kessar\n"
		"coalition = Steadfast Lantern\n";
	ck_assert_int_eq(cti_case_parse("a.case", a, strlen(a), NULL, NULL, &c[0]), CT_OK);
	ck_assert_int_eq(cti_case_parse("b.case", b, strlen(b), NULL, NULL, &c[1]), CT_OK);
	const char *terms[] = {"Velmoria", "Velmorian", "Velmorians", "Harrow", "Harrow Province"};
	const int groups[] = {1, 1, 1, 2, 2};
	struct cti_case_matcher *m = NULL;
	ck_assert_int_eq(cti_case_matcher_new(c, 2, terms, groups, 5, &m), CT_OK);
	return m;
}

START_TEST(matcher)
{
	struct cti_case c[2];
	struct cti_case_matcher *m = two_cases(c);
	/* byte offsets:          0         1         2         3         4
	 *                        0123456789012345678901234567890123456789012345 */
	static const char text[] = "VELMORIAN troops left Harrow Province; Blaine, "
	                           "Roderick Blaine and TF-H spoke of the drawdowns "
	                           "and the Steadfast Lantern drawdown in Harrow.";
	struct seen s = {{0}, 0};
	ck_assert_int_eq(cti_case_scan(m, text, strlen(text), record, &s), CT_OK);
	/* an alias in any case; the longer place first; a surname alone and a
	 * plural are not the phrases; the coalition goes to both cases */
	ck_assert_msg(strstr(s.log, "0A[0,9]Velmoria;"), "%s", s.log);
	ck_assert_msg(strstr(s.log, "0T[22,37]Harrow Province;"), "%s", s.log);
	ck_assert_msg(strstr(s.log, "0A[47,62]Roderick Blaine;"), "%s", s.log);
	ck_assert_msg(!strstr(s.log, "drawdowns"), "%s", s.log);
	ck_assert_msg(strstr(s.log, "0K[") && strstr(s.log, "]Steadfast Lantern;0K"), "%s", s.log);
	ck_assert_msg(strstr(s.log, "1K["), "%s", s.log);
	ck_assert_msg(strstr(s.log, "0T[") && strstr(s.log, "]Harrow Province;") != NULL, "%s",
	              s.log);
	ck_assert_msg(strstr(s.log, "(pattern)"), "%s", s.log);
	/* "Harrow." at the end is the alias of Harrow Province */
	size_t n_t = 0;
	for (const char *p = s.log; (p = strstr(p, "0T[")); p++)
		n_t++;
	ck_assert_uint_eq(n_t, 2);
	ck_assert_uint_eq(s.n, 8);
	cti_case_matcher_free(m);
	cti_case_free(&c[0]);
	cti_case_free(&c[1]);
}
END_TEST

START_TEST(score_and_reason)
{
	struct cti_case_hits h = {0};
	ck_assert(cti_case_score(&h, 1) == 0); /* nothing: no link */
	cti_case_hits_add(&h, CTI_EV_TERM, "drawdown", 8);
	cti_case_hits_add(&h, CTI_EV_TERM, "drawdown", 8);
	ck_assert(cti_case_score(&h, 1) == 0); /* terms alone never link */
	cti_case_hits_add(&h, CTI_EV_ACTOR, "Velmoria", 8);
	/* 0.4·1/2 + 0 + 0.2·2/3 + 0.1·1 */
	ck_assert_double_eq_tol(cti_case_score(&h, 1), 0.2 + 0.4 / 3 + 0.1, 1e-9);
	cti_case_hits_add(&h, CTI_EV_ACTOR, "Velmoria", 8);
	cti_case_hits_add(&h, CTI_EV_THEATRE, "Tarvik", 6);
	ck_assert_double_eq_tol(cti_case_score(&h, -1), 0.4 + 0.15 + 0.4 / 3 + 0.05, 1e-9);
	struct cti_buf r;
	cti_buf_init(&r);
	cti_case_reason(&h, 0, &r);
	ck_assert_str_eq(r.data, "actor 'Velmoria' ×2, theatre 'Tarvik' ×1, term 'drawdown' ×2, "
	                         "date outside period");
	cti_buf_free(&r);
	cti_case_hits_free(&h);

	struct cti_case c;
	static const char t[] = "[case]\nslug = p\nactor = X\nperiod = 2006-03-15..\n";
	ck_assert_int_eq(cti_case_parse("p.case", t, strlen(t), NULL, NULL, &c), CT_OK);
	ck_assert_int_eq(cti_case_date_in(&c, "2006-03-14"), 0);
	ck_assert_int_eq(cti_case_date_in(&c, "2006-03"), 1); /* the month overlaps */
	ck_assert_int_eq(cti_case_date_in(&c, "2031-01-01"), 1); /* open end */
	ck_assert_int_eq(cti_case_date_in(&c, NULL), -1);
	cti_case_free(&c);
}
END_TEST

/* ---- a small database ------------------------------------------------------ */

static ct_db *db_with(const char *const *files, size_t n)
{
	ct_db *db = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("c.db"), CT_OPEN_CREATE, &db, NULL), CT_OK);
	char *paths[16]; /* ct_path's buffers are reused: copies */
	for (size_t i = 0; i < n; i++)
		paths[i] = strdup(ct_write_str(files[2 * i], files[2 * i + 1]));
	ct_add_summary s;
	struct ct_diags d = {0};
	ct_rules *rules = NULL;
	ck_assert_int_eq(ct_rules_new(NULL, NULL, &rules, NULL), CT_OK);
	ct_add_opts o = {.rules = rules};
	ct_status st = ct_db_add(db, (const char *const *)paths, n, &o, ct_collect, NULL, &d, &s);
	ct_rules_free(rules);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	ck_assert_msg(st == CT_OK || st == CT_PARTIAL, "%s %s", ct_strerror(st), d.all);
	return db;
}

static double link_score(ct_db *db, const char *slug, const char *kind, const char *path_end,
                         char *reason, size_t cap)
{
	sqlite3_stmt *s = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h,
		"SELECT k.score, k.reason FROM case_link k JOIN case_def c ON c.id = k.case_id"
		" JOIN document d ON d.id = k.object_id WHERE c.slug = ?1 AND k.object_kind = ?2"
		" AND d.path LIKE '%' || ?3", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, path_end, -1, SQLITE_STATIC);
	double v = -1;
	if (sqlite3_step(s) == SQLITE_ROW) {
		v = sqlite3_column_double(s, 0);
		if (reason)
			snprintf(reason, cap, "%s", (const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_finalize(s);
	return v;
}

static int count(ct_db *db, const char *sql)
{
	sqlite3_stmt *s = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h, sql, -1, &s, NULL), SQLITE_OK);
	int n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
	sqlite3_finalize(s);
	return n;
}

static const char case_a[] =
	"[case]\nslug = vel\nactor = Velmoria\ntheatre = Tarvik\nterms = drawdown\n"
	"period = 2007-01-01..2007-12-31\n[sources]\ninterviews = VEL-1\n";
static const char case_b[] =
	"[case]\nslug = ost\nactor = Ostland\ntheatre = Kessar\nperiod = 2009..2010\n";

START_TEST(link_db)
{
	const char *files[] = {
		"cases/vel.case", case_a,
		"cases/ost.case", case_b,
		"news/a.md", "---\ntitle: Velmoria leaves Tarvik\ndate: 2007-09-03\n---\n"
		             "Velmoria's troops left Tarvik in the drawdown.\n\n"
		             "\"We are done here,\" said Col. Smith.\n\n"
		             "The weather was fine.\n",
		"news/b.md", "---\ntitle: Ostland votes\ndate: 2010-02-20\n---\n"
		             "Ostland's parliament voted on Kessar; Velmoria was not mentioned"
		             " again.\n\nOstland will leave Kessar.\n",
		"news/c.md", "---\ntitle: Weather\ndate: 2007-09-03\n---\nRain in the capital.\n",
		"news/d.md", "---\ntitle: Aside\ndate: 2007-05-01\ncase: ost\n---\nNothing here.\n",
		"interviews/VEL-1.md", "---\nkind: interview\ncode: VEL-1\ndate: 2013-09-20\n---\n"
		                       "- The decision came in June.\n",
	};
	ct_db *db = db_with(files, 7);
	char why[256];
	/* actor, theatre, term and date: score 0.4·1/2 + 0.3·1/2 ... */
	double a = link_score(db, "vel", "document", "news/a.md", why, sizeof why);
	ck_assert_msg(a >= 0.5, "%f %s", a, why);
	ck_assert_msg(strstr(why, "actor 'Velmoria' ×2") && strstr(why, "date in period"), "%s", why);
	ck_assert(link_score(db, "ost", "document", "news/a.md", NULL, 0) < 0);
	/* one mention of another case's actor does not link it there */
	ck_assert(link_score(db, "vel", "document", "news/b.md", NULL, 0) < 0);
	ck_assert(link_score(db, "ost", "document", "news/b.md", NULL, 0) >= 0.5);
	ck_assert(link_score(db, "vel", "document", "news/c.md", NULL, 0) < 0);
	/* front matter and [sources] always link */
	ck_assert(link_score(db, "ost", "document", "news/d.md", why, sizeof why) == 1);
	ck_assert_str_eq(why, "case named in the document's front matter");
	ck_assert(link_score(db, "vel", "document", "VEL-1.md", why, sizeof why) == 1);
	ck_assert_str_eq(why, "interview listed in the case file's [sources]");
	/* the quote in a passage that names nothing goes with its document */
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_link k JOIN quote q ON"
	                           " q.id = k.object_id WHERE k.object_kind = 'quote'"), 1);
	/* passages: the first of a.md links, "The weather was fine." does not */
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_link k JOIN passage p ON"
	                           " p.id = k.object_id JOIN document d ON d.id = p.document"
	                           " WHERE k.object_kind = 'passage' AND d.path LIKE '%/a.md'"), 1);

	/* a new document links on the next add, without relinking the rest */
	const char *more[] = {ct_write_str("news/e.md", "---\ndate: 2007-10-01\n---\n"
	                                   "Velmoria and Tarvik again: the drawdown.\n")};
	ct_add_summary s;
	ck_assert_int_eq(ct_db_add(db, more, 1, NULL, NULL, NULL, NULL, &s), CT_OK);
	ck_assert(link_score(db, "vel", "document", "news/e.md", NULL, 0) >= 0.5);
	ck_assert(link_score(db, "vel", "document", "news/a.md", NULL, 0) >= 0.5);

	/* a changed document loses its old links */
	ct_write_str("news/a.md", "---\ntitle: Changed\ndate: 2007-09-03\n---\nNo names now.\n");
	const char *again[] = {ct_path("news/a.md")};
	ck_assert_int_eq(ct_db_add(db, again, 1, NULL, NULL, NULL, NULL, &s), CT_OK);
	ck_assert(link_score(db, "vel", "document", "news/a.md", NULL, 0) < 0);
	struct ct_diags cd = {0};
	ck_assert_msg(ct_db_check(db, ct_collect, &cd) == CT_OK, "%s", cd.all);

	/* relinking everything gives the same links */
	int before = count(db, "SELECT count(*) FROM case_link");
	ct_link_summary ls;
	ck_assert_int_eq(ct_db_link_cases(db, true, NULL, NULL, &ls), CT_OK);
	ck_assert_int_eq((int)ls.links, before);
	ck_assert_uint_eq(ls.cases, 2);
	/* removing a case removes its links */
	ck_assert_int_eq(ct_db_remove_case(db, "ost"), CT_OK);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_link k WHERE NOT EXISTS"
	                           " (SELECT 1 FROM case_def c WHERE c.id = k.case_id)"), 0);
	ck_assert_int_eq(ct_db_remove_case(db, "ost"), CT_ENOTFOUND);
	ct_db_close(db);
}
END_TEST

START_TEST(load_errors)
{
	ct_db *db = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("e.db"), CT_OPEN_CREATE, &db, NULL), CT_OK);
	const char *bad = ct_write_str("bad.case", "[case]\nslug = x\nactor = A\nfoo = 1\n");
	struct ct_diags d = {0};
	ck_assert_int_eq(ct_db_load_case_file(db, bad, ct_collect, &d, NULL), CT_EPARSE);
	ck_assert_msg(strstr(d.all, "bad.case:4: unknown key 'foo'"), "%s", d.all);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_def"), 0);
	ck_assert_int_eq(ct_db_load_case_file(db, ct_path("missing.case"), NULL, NULL, NULL),
	                 CT_EIO);
	char *slug = NULL;
	const char *good = ct_write_str("good.case", case_b);
	ck_assert_int_eq(ct_db_load_case_file(db, good, NULL, NULL, &slug), CT_OK);
	ck_assert_str_eq(slug, "ost");
	ct_free(slug);
	/* loading again replaces, not duplicates */
	ck_assert_int_eq(ct_db_load_case_file(db, good, NULL, NULL, NULL), CT_OK);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_def"), 1);
	ct_dossier *dz = NULL;
	ck_assert_int_eq(ct_db_case_dossier(db, "nope", NULL, &dz), CT_ENOTFOUND);
	ct_dossier_opts o = {.from = "someday"};
	ck_assert_int_eq(ct_db_case_dossier(db, "ost", &o, &dz), CT_EINVAL);
	/* an empty case: a dossier with nothing in it, every month a gap */
	ck_assert_int_eq(ct_db_case_dossier(db, "ost", NULL, &dz), CT_OK);
	ck_assert_uint_eq(dz->n_events, 0);
	ck_assert_uint_eq(dz->n_months, 24);
	ck_assert_uint_eq(dz->n_gaps, 24);
	ck_assert_str_eq(dz->months[0].key, "2009-01");
	ct_dossier_free(dz);
	ct_db_close(db);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("cases");
	TCase *t = tcase_create("files");
	tcase_add_test(t, parse_good);
	tcase_add_test(t, parse_errors);
	tcase_add_test(t, strip_titles);
	suite_add_tcase(s, t);
	t = tcase_create("matching");
	tcase_add_test(t, matcher);
	tcase_add_test(t, score_and_reason);
	suite_add_tcase(s, t);
	t = tcase_create("database");
	tcase_add_checked_fixture(t, ct_tmp_setup, ct_tmp_teardown);
	tcase_add_test(t, link_db);
	tcase_add_test(t, load_errors);
	suite_add_tcase(s, t);
	return s;
}

CT_TEST_MAIN(suite)
