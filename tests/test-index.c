/* test-index.c — the database: creation, storing, incremental add, prune,
 * durability after a killed run, integrity checks. */
#include <casetrace/index.h>
#include <sys/wait.h>
#include "index/index-private.h"
#include "ct-test.h"

static ct_db *open_db(const char *name)
{
	ct_db *db = NULL;
	char *msg = NULL;
	ct_status st = ct_db_open(ct_path(name), CT_OPEN_CREATE, &db, &msg);
	ck_assert_msg(st == CT_OK, "open: %s", msg ? msg : "?");
	return db;
}

static int64_t count(ct_db *db, const char *sql)
{
	sqlite3_stmt *s = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h, sql, -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	int64_t v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

static ct_add_summary add(ct_db *db, const char *path, ct_status want, bool prune)
{
	ct_add_summary sum;
	ct_add_opts o = {.prune = prune};
	const char *paths[] = {path};
	struct ct_diags d = {0};
	ct_status st = ct_db_add(db, paths, path ? 1 : 0, &o, ct_collect, NULL, &d, &sum);
	ck_assert_msg(st == want, "add gave %s (%s)", ct_strerror(st), ct_db_errmsg(db));
	return sum;
}

START_TEST(create_private_and_reopen)
{
	ct_tmp_setup();
	ct_db *db = NULL;
	char *msg = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("none.db"), CT_OPEN_READONLY, &db, &msg),
	                 CT_ENOTFOUND);
	ck_assert_ptr_null(db);
	ck_assert_ptr_nonnull(strstr(msg, "casetrace init"));
	ct_free(msg);
	db = open_db("c.db");
	struct stat sb;
	ck_assert_int_eq(stat(ct_path("c.db"), &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(count(db, "PRAGMA user_version"), CTI_SCHEMA_VERSION);
	sqlite3_stmt *s = NULL;
	sqlite3_prepare_v2(db->h, "PRAGMA journal_mode", -1, &s, NULL);
	sqlite3_step(s);
	ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	ct_db_close(db);
	db = open_db("c.db");
	ct_db_close(db);

	/* a version 1 database is upgraded on open: without the note_marker
	 * table, and with it (made while version 2 was being written) */
	for (int with_table = 0; with_table < 2; with_table++) {
		sqlite3 *h1;
		ck_assert_int_eq(sqlite3_open(ct_path("c.db"), &h1), SQLITE_OK);
		ck_assert_int_eq(sqlite3_exec(h1, "DROP TABLE case_link; DROP TABLE case_def;"
		                                  "DROP TABLE setting; DROP TABLE evidence;"
		                                  "DROP TABLE claim;", NULL, NULL, NULL), SQLITE_OK);
		ck_assert_int_eq(sqlite3_exec(h1, with_table ? "PRAGMA user_version = 1"
		                                             : "DROP TABLE note_marker;"
		                                               "PRAGMA user_version = 1",
		                              NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(h1);
		db = open_db("c.db");
		ck_assert_int_eq(count(db, "PRAGMA user_version"), CTI_SCHEMA_VERSION);
		ck_assert_int_eq(count(db, "SELECT count(*) FROM note_marker"), 0);
		ck_assert_int_eq(count(db, "SELECT count(*) FROM case_link"), 0);
		ct_db_close(db);
	}
	/* a version 2 database gets the case tables */
	sqlite3 *h2;
	ck_assert_int_eq(sqlite3_open(ct_path("c.db"), &h2), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h2, "DROP TABLE case_link; DROP TABLE case_def;"
	                              "DROP TABLE setting; DROP TABLE evidence; DROP TABLE claim;"
	                              "PRAGMA user_version = 2", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h2);
	db = open_db("c.db");
	ck_assert_int_eq(count(db, "PRAGMA user_version"), CTI_SCHEMA_VERSION);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM case_def"), 0);
	/* a version 3 database gets the claims of the interviews it holds:
	 * bullets and paragraphs of three words or more, headings aside */
	add(db, ct_write_str("iv/n.md", "---\nkind: interview\ncode: T-1\n---\n\n# Notes\n\n"
	                                "- The first claim has words.\n- Two words\n\n"
	                                "A paragraph is a claim too.\n"),
	    CT_OK, false);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM claim"), 2);
	ct_db_close(db);
	sqlite3 *h3;
	ck_assert_int_eq(sqlite3_open(ct_path("c.db"), &h3), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h3, "DROP TABLE evidence; DROP TABLE claim;"
	                              "PRAGMA user_version = 3", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h3);
	db = open_db("c.db");
	ck_assert_int_eq(count(db, "PRAGMA user_version"), CTI_SCHEMA_VERSION);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM claim"), 2);
	sqlite3_stmt *cs = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h, "SELECT substr(t.text, c.start + 1, c.\"end\" -"
	                                    " c.start) FROM claim c JOIN document_text t ON t.id ="
	                                    " c.document ORDER BY c.ordinal", -1, &cs, NULL),
	                 SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(cs), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(cs, 0), "The first claim has words.");
	ck_assert_int_eq(sqlite3_step(cs), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(cs, 0), "A paragraph is a claim too.");
	sqlite3_finalize(cs);
	/* removed with their notes */
	ck_assert_int_eq(ct_db_remove_path(db, ct_path("iv/n.md"), NULL), CT_OK);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM claim"), 0);
	ct_db_close(db);

	/* someone else's SQLite file is left alone */
	sqlite3 *h;
	sqlite3_open(ct_path("other.db"), &h);
	sqlite3_exec(h, "CREATE TABLE t(x)", NULL, NULL, NULL);
	sqlite3_close(h);
	ck_assert_int_eq(ct_db_open(ct_path("other.db"), CT_OPEN_CREATE, &db, &msg), CT_EDB);
	ck_assert_ptr_nonnull(strstr(msg, "not a casetrace database"));
	ct_free(msg);
	/* a text file is not a database */
	ct_write_str("notes.db", "hello, this is not SQLite at all, just text\n");
	ck_assert_int_eq(ct_db_open(ct_path("notes.db"), CT_OPEN_CREATE, &db, &msg), CT_EDB);
	ct_free(msg);
	ck_assert_int_eq(ct_db_open(ct_tmp, CT_OPEN_CREATE, &db, &msg), CT_EINVAL);
	ct_free(msg);
	ct_tmp_teardown();
}
END_TEST

START_TEST(put_and_read_back)
{
	ct_tmp_setup();
	ct_db *db = open_db("p.db");
	const char *p = ct_write_str("news/a.md",
	    "---\ntitle: Tarvik handover\noutlet: Meridian Post\ndate: 2007-09-03\n"
	    "extra: value\n---\nFirst paragraph.\n\nSecond paragraph.\n");
	ct_add_summary sum = add(db, p, CT_OK, false);
	ck_assert_uint_eq(sum.added, 1);
	ct_doc_record *r = NULL;
	ck_assert_int_eq(ct_db_get_document(db, p, &r), CT_OK);
	ck_assert_str_eq(r->title, "Tarvik handover");
	ck_assert_str_eq(r->outlet, "Meridian Post");
	ck_assert_str_eq(r->date, "2007-09-03");
	ck_assert_str_eq(r->kind, "news");
	ck_assert(!r->restricted);
	ck_assert_uint_eq(r->n_passages, 2);
	ck_assert_uint_eq(r->n_meta, 4);
	ck_assert_str_eq(r->meta_keys[3], "extra");
	ck_assert_int_eq(memcmp(r->text + r->passages[1].start, "Second paragraph.", 17), 0);
	ck_assert_uint_eq(r->passages[1].end - r->passages[1].start, 17);
	/* the text comes back whole from its passages, blank lines and all */
	ck_assert_str_eq(r->text, "First paragraph.\n\nSecond paragraph.\n");
	ck_assert_uint_eq(r->text_len, 36);
	sqlite3_stmt *v = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h, "SELECT text FROM document_text WHERE id = ?1",
	                                    -1, &v, NULL), SQLITE_OK);
	sqlite3_bind_int64(v, 1, r->id);
	ck_assert_int_eq(sqlite3_step(v), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(v, 0), r->text);
	sqlite3_finalize(v);
	int64_t id = r->id;
	ct_doc_record_free(r);
	/* by id, by unambiguous suffix */
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	ck_assert_int_eq(ct_db_get_document(db, ref, &r), CT_OK);
	ct_doc_record_free(r);
	ck_assert_int_eq(ct_db_get_document(db, "news/a.md", &r), CT_OK);
	ct_doc_record_free(r);
	ck_assert_int_eq(ct_db_get_document(db, "b.md", &r), CT_ENOTFOUND);
	ck_assert_ptr_null(r);
	ck_assert_int_eq(ct_db_get_document(db, "999", &r), CT_ENOTFOUND);
	ct_db_close(db);
	ct_tmp_teardown();
}
END_TEST

START_TEST(incremental_add_and_prune)
{
	ct_tmp_setup();
	ct_db *db = open_db("i.db");
	ct_write_str("c/news/a.md", "Alpha text about withdrawal.\n");
	ct_write_str("c/news/b.md", "Bravo text.\n");
	char cp[PATH_MAX];
	snprintf(cp, sizeof cp, "%s", ct_write_str("c/notes/c.md", "Charlie text.\n"));
	ct_write("c/news/img.txt", "GIF\0", 4);
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", ct_path("c"));
	ct_add_summary s = add(db, dir, CT_OK, false);
	ck_assert_uint_eq(s.added, 3);
	ck_assert_uint_eq(s.skipped, 1);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 3);

	s = add(db, dir, CT_OK, false);
	ck_assert_uint_eq(s.unchanged, 3);
	ck_assert_uint_eq(s.added + s.updated, 0);

	/* a changed file replaces its document, passages and index rows */
	ct_write_str("c/news/a.md", "Alpha rewritten.\n\nNow two paragraphs about handover.\n");
	s = add(db, dir, CT_OK, false);
	ck_assert_uint_eq(s.updated, 1);
	ck_assert_uint_eq(s.unchanged, 2);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 3);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM passage"), 4);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'withdrawal'"), 0);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'handover'"), 1);

	/* a file that turns empty takes its old document with it */
	ct_write_str("c/news/b.md", "");
	s = add(db, dir, CT_OK, false);
	ck_assert_uint_eq(s.skipped, 2);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 2);

	/* --prune removes documents whose files are gone, and nothing else */
	remove(cp);
	s = add(db, NULL, CT_OK, true);
	ck_assert_uint_eq(s.pruned, 1);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 1);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM passage WHERE document NOT IN (SELECT id FROM document)"), 0);
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);

	/* an unreadable path: the rest goes in, CT_PARTIAL */
	const char *paths[] = {ct_path("missing"), dir};
	ct_add_summary sum;
	ck_assert_int_eq(ct_db_add(db, paths, 2, NULL, NULL, NULL, NULL, &sum), CT_PARTIAL);
	ck_assert_uint_eq(sum.failed, 1);
	ck_assert_uint_eq(sum.unchanged, 1);
	ct_db_close(db);
	ct_tmp_teardown();
}
END_TEST

static char *dump(ct_db *db)
{
	sqlite3_stmt *s = NULL;
	ck_assert_int_eq(sqlite3_prepare_v2(db->h,
	    "SELECT group_concat(path || ' ' || sha256 || ' ' || kind || ' ' || title ||"
	    " ' ' || (SELECT group_concat(start || '-' || \"end\") FROM passage p"
	    " WHERE p.document = d.id), '|') FROM (SELECT * FROM document ORDER BY id) d",
	    -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	char *r = strdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return r;
}

/* Reader threads give the same database, and the same diagnostics in the
 * same order, as reading on the calling thread. */
START_TEST(reader_threads_match_inline)
{
	ct_tmp_setup();
	char name[64], body[256];
	for (int i = 0; i < 40; i++) {
		snprintf(name, sizeof name, "t/news/d%02d.md", i);
		snprintf(body, sizeof body, "---\ntitle: Doc %d\n---\nPara one of %d.\n\n- item\n- item %d\n", i, i, i);
		ct_write_str(name, body);
	}
	ct_write("t/news/d05.md", "bin\0ary", 7);
	ct_write_str("t/news/d17.md", "bad \xff utf8\n");
	ct_write_str("t/news/d23.md", "");
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", ct_path("t"));
	const char *paths[] = {dir};
	char *dumps[2];
	char diags[2][8192];
	for (int k = 0; k < 2; k++) {
		ct_db *db = open_db(k ? "threads.db" : "inline.db");
		ct_add_opts o = {.jobs = k ? 3 : 0, .batch_files = 7};
		struct ct_diags d = {0};
		ct_add_summary sum;
		ck_assert_int_eq(ct_db_add(db, paths, 1, &o, ct_collect, NULL, &d, &sum), CT_OK);
		ck_assert_uint_eq(sum.added, 38); /* the bad UTF-8 one is repaired */
		ck_assert_uint_eq(sum.skipped, 2);
		dumps[k] = dump(db);
		snprintf(diags[k], sizeof diags[k], "%s", d.all);
		ct_db_close(db);
	}
	ck_assert_str_eq(dumps[0], dumps[1]);
	ck_assert_str_eq(diags[0], diags[1]);
	ck_assert_ptr_nonnull(strstr(diags[0], "d05.md"));
	ck_assert(strstr(diags[0], "d05.md") < strstr(diags[0], "d17.md"));
	free(dumps[0]);
	free(dumps[1]);
	ct_tmp_teardown();
}
END_TEST

static bool die_after_five(void *ctx, const ct_add_progress *p)
{
	(void)ctx;
	if (p->files_done == 5)
		_exit(0); /* as if killed: no commit, no close */
	return true;
}

/* A run killed mid-batch leaves the committed batches, a consistent database,
 * and a re-run completes the job. */
START_TEST(killed_add_recovers)
{
	ct_tmp_setup();
	char name[64], body[128];
	for (int i = 0; i < 12; i++) {
		snprintf(name, sizeof name, "k/doc%02d.txt", i);
		snprintf(body, sizeof body, "Document %d on the drawdown.\n\nSecond part %d.\n", i, i);
		ct_write_str(name, body);
	}
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", ct_path("k"));
	ct_db_close(open_db("k.db"));
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		ct_db *db = NULL;
		ct_db_open(ct_path("k.db"), 0, &db, NULL);
		const char *paths[] = {dir};
		ct_add_opts o = {.batch_files = 2};
		ct_db_add(db, paths, 1, &o, NULL, die_after_five, NULL, NULL);
		_exit(3);
	}
	int ws;
	waitpid(pid, &ws, 0);
	ck_assert(WIFEXITED(ws));
	ck_assert_int_eq(WEXITSTATUS(ws), 0);

	ct_db *db = open_db("k.db");
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 4); /* two batches of 2 */
	ct_add_summary s = add(db, dir, CT_OK, false);
	ck_assert_uint_eq(s.unchanged, 4);
	ck_assert_uint_eq(s.added, 8);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document"), 12);
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);
	ct_db_close(db);
	ct_tmp_teardown();
}
END_TEST

START_TEST(check_finds_damage)
{
	ct_tmp_setup();
	ct_db *db = open_db("d.db");
	add(db, ct_write_str("n/a.txt", "One passage here.\n\nAnother one here.\n"), CT_OK, false);
	ck_assert_int_eq(ct_db_check(db, NULL, NULL), CT_OK);
	/* damage: a passage pointing past its text, and the index out of step */
	ck_assert_int_eq(sqlite3_exec(db->h, "UPDATE passage SET \"end\" = 9999 WHERE ordinal = 1",
	                              NULL, NULL, NULL), SQLITE_OK);
	struct ct_diags d = {0};
	ck_assert_int_eq(ct_db_check(db, ct_collect, &d), CT_ECORRUPT);
	ck_assert_ptr_nonnull(strstr(d.all, "does not fit its text"));
	ck_assert_ptr_nonnull(strstr(ct_db_errmsg(db), "problem"));
	/* and a document whose tail went missing */
	ck_assert_int_eq(sqlite3_exec(db->h, "UPDATE passage SET \"end\" = start + "
	                              "length(CAST(text AS BLOB)); UPDATE document SET bytes = bytes + 5",
	                              NULL, NULL, NULL), SQLITE_OK);
	memset(&d, 0, sizeof d);
	ck_assert_int_eq(ct_db_check(db, ct_collect, &d), CT_ECORRUPT);
	ck_assert_ptr_nonnull(strstr(d.all, "its passages and tail"));
	ck_assert_ptr_null(strstr(d.all, "does not fit"));
	ct_db_close(db);
	ct_tmp_teardown();
}
END_TEST

START_TEST(restricted_interviews)
{
	ct_tmp_setup();
	ct_db *db = open_db("r.db");
	add(db, ct_write_str("interviews/x.md", "---\ncode: AUS-MOD-1\n---\nClaim one.\n"),
	    CT_OK, false);
	add(db, ct_write_str("notes/y.md", "---\nrestricted: yes\n---\nPrivate.\n"), CT_OK, false);
	add(db, ct_write_str("notes/z.md", "Public.\n"), CT_OK, false);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document WHERE restricted"), 2);
	ck_assert_int_eq(count(db, "SELECT count(*) FROM document WHERE code = 'AUS-MOD-1'"), 1);
	ct_stats st;
	ck_assert_int_eq(ct_db_stats(db, &st), CT_OK);
	ck_assert_int_eq(st.documents, 3);
	ck_assert_int_eq(st.restricted, 2);
	ck_assert_int_eq(st.by_kind[CT_KIND_INTERVIEW], 1);
	ck_assert_int_eq(st.by_kind[CT_KIND_NOTE], 2);
	ct_db_close(db);
	ct_tmp_teardown();
}
END_TEST

static Suite *index_suite(void)
{
	Suite *s = suite_create("index");
	TCase *tc = tcase_create("database");
	tcase_add_test(tc, create_private_and_reopen);
	tcase_add_test(tc, put_and_read_back);
	tcase_add_test(tc, restricted_interviews);
	suite_add_tcase(s, tc);
	tc = tcase_create("incremental");
	tcase_add_test(tc, incremental_add_and_prune);
	tcase_add_test(tc, reader_threads_match_inline);
	suite_add_tcase(s, tc);
	tc = tcase_create("durability");
	tcase_add_test(tc, killed_add_recovers);
	tcase_add_test(tc, check_finds_damage);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(index_suite)
