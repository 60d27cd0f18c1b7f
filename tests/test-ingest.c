/* test-ingest.c — loading files: front matter, kinds, repairs, skips, walk. */
#include <casetrace/ingest.h>
#include "ct-test.h"

static ct_document *parse(const char *path, const char *text, const ct_load_opts *o,
                          struct ct_diags *d, ct_status *st)
{
	ct_document *doc = NULL;
	*st = ct_document_parse(path, text, strlen(text), o, ct_collect, d, &doc);
	return doc;
}

START_TEST(front_matter_fields)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_document *doc = parse("/x/a.md",
	    "---\n"
	    "title: Velmorian Troops Leave Tarvik\n"
	    "outlet: The Northgate Herald\n"
	    "Author:  Thomas Hardwick  \n"
	    "date: September 3, 2007\n"
	    "url: \"https://example.org/a?b=c\"\n"
	    "# a comment\n"
	    "\n"
	    "kind: news\n"
	    "case: vel-harrow\n"
	    "custom-key: kept\n"
	    "---\n"
	    "Body text.\n", NULL, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_int_eq(d.n, 0);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Velmorian Troops Leave Tarvik");
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), "The Northgate Herald");
	ck_assert_str_eq(ct_document_meta(doc, "author"), "Thomas Hardwick");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2007-09-03");
	ck_assert_str_eq(ct_document_meta(doc, "url"), "https://example.org/a?b=c");
	ck_assert_str_eq(ct_document_meta(doc, "case"), "vel-harrow");
	ck_assert_str_eq(ct_document_meta(doc, "custom-key"), "kept");
	ck_assert_ptr_null(ct_document_meta(doc, "lang"));
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_NEWS);
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len), "Body text.\n");
	ck_assert_uint_eq(len, 11);
	ck_assert_uint_eq(ct_document_meta_count(doc), 8);
	const char *k, *v;
	ct_document_meta_at(doc, 3, &k, &v);
	ck_assert_str_eq(k, "date");
	ck_assert_str_eq(v, "September 3, 2007"); /* as written */
	ct_document_free(doc);
}
END_TEST

START_TEST(front_matter_unclosed_is_text)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_document *doc = parse("/x/b.md", "---\ntitle: Never closed\n\nSome text.\n",
	                         NULL, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_uint_eq(d.last_line, 1);
	ck_assert_ptr_nonnull(strstr(d.last, "never closed"));
	size_t len;
	const char *t = ct_document_text(doc, &len);
	ck_assert_int_eq(strncmp(t, "---\ntitle: Never closed", 23), 0); /* nothing lost */
	ck_assert_str_eq(ct_document_meta(doc, "title"), "---");
	ct_document_free(doc);
}
END_TEST

START_TEST(front_matter_bad_lines_named)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_document *doc = parse("/x/c.md",
	    "---\ntitle: Fine\nthis line has no colon\ndate: the day after\n"
	    "kind: podcast\n---\nText.\n", NULL, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_int_eq(d.n_warn, 3);
	ck_assert_ptr_nonnull(strstr(d.all, "/x/c.md:3: front matter line is not 'key: value'"));
	ck_assert_ptr_nonnull(strstr(d.all, "/x/c.md:4: date 'the day after' is not a date"));
	ck_assert_ptr_nonnull(strstr(d.all, "/x/c.md:5: kind 'podcast'"));
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Fine");
	ck_assert_ptr_null(ct_document_meta(doc, "date"));
	ct_document_free(doc);
}
END_TEST

START_TEST(kind_precedence)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_load_opts o = {.kind = CT_KIND_NOTE, .kind_set = true};
	/* front matter beats --kind */
	ct_document *doc = parse("/f/news/a.md", "---\nkind: transcript\n---\nx\n", &o, &d, &st);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_TRANSCRIPT);
	ct_document_free(doc);
	/* --kind beats the folder */
	doc = parse("/f/news/a.md", "x\n", &o, &d, &st);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_NOTE);
	ct_document_free(doc);
	/* nearest folder that names a kind */
	doc = parse("/f/interviews/2013/canberra/a.md", "x\n", NULL, &d, &st);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_INTERVIEW);
	ct_document_free(doc);
	doc = parse("/notes/manuscripts/ch3.md", "x\n", NULL, &d, &st);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_MANUSCRIPT);
	ct_document_free(doc);
	doc = parse("/home/me/press/a.md", "x\n", NULL, &d, &st);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_OTHER);
	ct_document_free(doc);
	/* --case fills in, front matter wins */
	ct_load_opts oc = {.case_slug = "ost-kessar"};
	doc = parse("/a.md", "x\n", &oc, &d, &st);
	ck_assert_str_eq(ct_document_meta(doc, "case"), "ost-kessar");
	ct_document_free(doc);
	doc = parse("/a.md", "---\ncase: vel-harrow\n---\nx\n", &oc, &d, &st);
	ck_assert_str_eq(ct_document_meta(doc, "case"), "vel-harrow");
	ct_document_free(doc);
}
END_TEST

START_TEST(bom_crlf_and_title)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_document *doc = parse("/x/d.txt",
	    "\xEF\xBB\xBF---\r\noutlet: Meridian Post\r\n---\r\n\r\n"
	    "# Coalition talks stall\r\n\r\nSecond\rline\r\n", NULL, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), "Meridian Post");
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Coalition talks stall");
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len), "\n# Coalition talks stall\n\nSecond\nline\n");
	ct_document_free(doc);
	/* no front matter, long first line: the file name */
	char big[400];
	memset(big, 'w', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	doc = parse("/x/long-line.txt", big, NULL, &d, &st);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "long-line.txt");
	ct_document_free(doc);
}
END_TEST

START_TEST(invalid_utf8_repaired_with_offset)
{
	struct ct_diags d = {0};
	ct_document *doc = NULL;
	const char raw[] = "abc \x93quoted\x94 text";
	ct_status st = ct_document_parse("/x/cp1252.txt", raw, sizeof raw - 1, NULL,
	                                 ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_int_eq(d.last_offset, 4);
	ck_assert_ptr_nonnull(strstr(d.last, "byte offset 4"));
	ck_assert_ptr_nonnull(strstr(d.last, "2 invalid sequences"));
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "abc \xEF\xBF\xBDquoted\xEF\xBF\xBD text");
	/* the hash is of the file's bytes, not of the repaired text */
	ck_assert_str_eq(ct_document_sha256(doc),
	                 "2484f0b22e5c83e89f1ec28bc51bd2e87b7391d65d0b3582b9fc5144e8d5fb92");
	ct_document_free(doc);
}
END_TEST

START_TEST(binary_and_empty_skipped)
{
	struct ct_diags d = {0};
	ct_document *doc = (ct_document *)1;
	ct_status st = ct_document_parse("/x/img.txt", "GIF8\0\0", 6, NULL, ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_EBINARY);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(d.n_skip, 1);
	ck_assert_int_eq(d.last_offset, 4);
	st = ct_document_parse("/x/e.txt", "", 0, NULL, ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_EEMPTY);
	st = ct_document_parse("/x/w.txt", " \n\t\n", 4, NULL, ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_EEMPTY);
	st = ct_document_parse("/x/fm.txt", "---\ntitle: x\n---\n\n", 18, NULL, ct_collect,
	                       &d, &doc);
	ck_assert_int_eq(st, CT_EEMPTY);
	ck_assert_ptr_nonnull(strstr(d.last, "no text after the front matter"));
	ck_assert_int_eq(d.n_skip, 4);
}
END_TEST

START_TEST(load_unreadable)
{
	ct_tmp_setup();
	struct ct_diags d = {0};
	ct_document *doc = NULL;
	ct_status st = ct_document_load(ct_path("missing.txt"), NULL, ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_EIO);
	ck_assert_int_eq(d.n_err, 1);
	const char *p = ct_write_str("locked.txt", "secret");
	chmod(p, 0);
	if (geteuid() != 0) { /* root reads anything */
		st = ct_document_load(p, NULL, ct_collect, &d, &doc);
		ck_assert_int_eq(st, CT_EIO);
		ck_assert_ptr_nonnull(strstr(d.last, "Permission denied"));
	}
	p = ct_write_str("ok.txt", "fine\n");
	st = ct_document_load(p, NULL, ct_collect, &d, &doc);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_document_file_size(doc), 5);
	ct_document_free(doc);
	ct_tmp_teardown();
}
END_TEST

START_TEST(walk_folders)
{
	ct_tmp_setup();
	ct_write_str("c/news/b.md", "b");
	ct_write_str("c/news/a.txt", "a");
	ct_write_str("c/news/.hidden.md", "h");
	ct_write_str("c/.git/config.md", "h");
	ct_write_str("c/news/photo.jpg", "j");
	ct_write_str("c/notes/deep/x.markdown", "x");
	const char *direct = ct_write_str("other/data.csv", "1,2");
	const char *paths[] = {ct_path("c"), direct, ct_path("nope")};
	struct ct_diags d = {0};
	ct_file *files = NULL;
	size_t n = 0, skipped = 0, failed = 0;
	ct_status st = ct_ingest_walk(paths, 3, ct_collect, &d, &files, &n, &skipped, &failed);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_ptr_nonnull(strstr(files[0].path, "/c/news/a.txt"));
	ck_assert_ptr_nonnull(strstr(files[1].path, "/c/news/b.md"));
	ck_assert_ptr_nonnull(strstr(files[2].path, "/c/notes/deep/x.markdown"));
	ck_assert_ptr_nonnull(strstr(files[3].path, "/other/data.csv")); /* named directly */
	ck_assert_uint_eq(files[0].size, 1);
	ck_assert_uint_eq(skipped, 1); /* photo.jpg */
	ck_assert_uint_eq(failed, 1);  /* nope */
	ck_assert_ptr_nonnull(strstr(d.all, "photo.jpg"));
	ck_assert_ptr_null(strstr(d.all, "hidden"));
	ck_assert(ct_ingest_supported("a/B.MD"));
	ck_assert(!ct_ingest_supported("a.md/b"));
	ct_files_free(files, n);
	ct_tmp_teardown();
}
END_TEST

static Suite *ingest_suite(void)
{
	Suite *s = suite_create("ingest");
	TCase *tc = tcase_create("front matter");
	tcase_add_test(tc, front_matter_fields);
	tcase_add_test(tc, front_matter_unclosed_is_text);
	tcase_add_test(tc, front_matter_bad_lines_named);
	suite_add_tcase(s, tc);
	tc = tcase_create("kinds and titles");
	tcase_add_test(tc, kind_precedence);
	tcase_add_test(tc, bom_crlf_and_title);
	suite_add_tcase(s, tc);
	tc = tcase_create("bad input");
	tcase_add_test(tc, invalid_utf8_repaired_with_offset);
	tcase_add_test(tc, binary_and_empty_skipped);
	tcase_add_test(tc, load_unreadable);
	suite_add_tcase(s, tc);
	tc = tcase_create("walk");
	tcase_add_test(tc, walk_folders);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(ingest_suite)
