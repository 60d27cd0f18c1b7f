/* test-util.c — buffers, UTF-8 repair, SHA-256, kinds, date normalisation. */
#include <casetrace/casetrace.h>
#include "util/util.h"
#include "ct-test.h"

START_TEST(buf_grows_and_steals)
{
	struct cti_buf b;
	cti_buf_init(&b);
	for (int i = 0; i < 1000; i++)
		cti_buf_printf(&b, "%d,", i);
	ck_assert(!b.oom);
	ck_assert_uint_eq(b.len, strlen(b.data));
	ck_assert_str_eq(b.data + b.len - 4, "999,");
	char *s = cti_buf_steal(&b);
	ck_assert_ptr_null(b.data);
	ck_assert_int_eq(strncmp(s, "0,1,2,", 6), 0);
	free(s);
	char *empty = cti_buf_steal(&b);
	ck_assert_str_eq(empty, "");
	free(empty);
}
END_TEST

static const struct {
	const char *in;
	size_t len;
	const char *out;
	size_t bad;
	long long first;
} utf8_cases[] = {
	{"plain ascii", 11, "plain ascii", 0, -1},
	{"caf\xc3\xa9", 5, "caf\xc3\xa9", 0, -1},
	{"a\xff" "b", 3, "a\xef\xbf\xbd" "b", 1, 1},
	{"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2, 0},           /* overlong */
	{"x\xed\xa0\x80", 4, "x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 1}, /* surrogate */
	{"end\xe2\x82", 5, "end\xef\xbf\xbd\xef\xbf\xbd", 2, 3},    /* truncated */
	{"\xf0\x9f\x98\x80 ok", 7, "\xf0\x9f\x98\x80 ok", 0, -1},    /* 4-byte */
	{"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4, 0},
};

START_TEST(utf8_repair_table)
{
	struct cti_buf b;
	cti_buf_init(&b);
	size_t bad = 99;
	int64_t first = 99;
	cti_utf8_repair(utf8_cases[_i].in, utf8_cases[_i].len, &b, &bad, &first);
	ck_assert_str_eq(b.data, utf8_cases[_i].out);
	ck_assert_uint_eq(bad, utf8_cases[_i].bad);
	ck_assert_int_eq(first, utf8_cases[_i].first);
	cti_buf_free(&b);
}
END_TEST

START_TEST(sha256_vectors)
{
	char hex[65];
	cti_sha256_hex("", 0, hex);
	ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	cti_sha256_hex("abc", 3, hex);
	ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	cti_sha256_hex(m, strlen(m), hex);
	ck_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	/* 55, 56 and 64 bytes: the padding edge cases */
	char a[64];
	memset(a, 'a', sizeof a);
	cti_sha256_hex(a, 55, hex);
	ck_assert_str_eq(hex, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	cti_sha256_hex(a, 56, hex);
	ck_assert_str_eq(hex, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	cti_sha256_hex(a, 64, hex);
	ck_assert_str_eq(hex, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}
END_TEST

START_TEST(kind_names)
{
	ct_kind k = CT_KIND_LAST;
	ck_assert(ct_kind_parse("news", 4, &k));
	ck_assert_int_eq(k, CT_KIND_NEWS);
	ck_assert(ct_kind_parse("Interviews", 10, &k));
	ck_assert_int_eq(k, CT_KIND_INTERVIEW);
	ck_assert(ct_kind_parse("transcripts", 11, &k));
	ck_assert_int_eq(k, CT_KIND_TRANSCRIPT);
	ck_assert(ct_kind_parse("manuscript", 10, &k));
	ck_assert_int_eq(k, CT_KIND_MANUSCRIPT);
	ck_assert(!ct_kind_parse("press", 5, &k));
	ck_assert(!ct_kind_parse("new", 3, &k));
	ck_assert_str_eq(ct_kind_name(CT_KIND_NOTE), "note");
	ck_assert_str_eq(ct_kind_name((ct_kind)99), "other");
	ck_assert_str_eq(ct_strerror(CT_EQUERY), "malformed query");
	ck_assert_str_eq(ct_strerror((ct_status)999), "unknown status");
}
END_TEST

static const struct {
	const char *in;
	const char *iso; /* NULL: must be rejected */
} date_cases[] = {
	{"September 3, 2007", "2007-09-03"},
	{"3 September 2007", "2007-09-03"},
	{"2007-09-03", "2007-09-03"},
	{"Sept. 3, 2007", "2007-09-03"},
	{"Sep 3, 2007", "2007-09-03"},
	{"3 Sept. 2007", "2007-09-03"},
	{"3rd September 2007", "2007-09-03"},
	{"the 3rd of September 2007", NULL},
	{"3rd of September 2007", "2007-09-03"},
	{"Monday, September 3, 2007", "2007-09-03"},
	{"Monday 3 September 2007", "2007-09-03"},
	{"September 3, 2007 Monday 10:22 PM GMT", "2007-09-03"},
	{"2007-09-03T10:22:00Z", "2007-09-03"},
	{"2007/9/3", "2007-09-03"},
	{"  2007-09-03  ", "2007-09-03"},
	{"september 2007", "2007-09"},
	{"2007-09", "2007-09"},
	{"2007", "2007"},
	{"February 29, 2008", "2008-02-29"},
	{"February 29, 2007", NULL},
	{"2007-02-30", NULL},
	{"2007-13-01", NULL},
	{"31 June 2007", NULL},
	{"12/09/2007", NULL},  /* day and month order is ambiguous */
	{"yesterday", NULL},
	{"", NULL},
	{"Septembre 3, 2007", NULL},
	{"20070903", NULL},
	{"May 5 2010", "2010-05-05"},
	{"5 May 2010 blah", NULL},
};

START_TEST(date_table)
{
	char out[11];
	const char *in = date_cases[_i].in;
	ct_status st = ct_date_normalize(in, strlen(in), out);
	if (date_cases[_i].iso) {
		ck_assert_msg(st == CT_OK, "'%s' rejected", in);
		ck_assert_str_eq(out, date_cases[_i].iso);
	} else {
		ck_assert_msg(st == CT_EPARSE, "'%s' accepted as %s", in, out);
	}
}
END_TEST

static Suite *util_suite(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("buffer");
	tcase_add_test(tc, buf_grows_and_steals);
	suite_add_tcase(s, tc);
	tc = tcase_create("utf8");
	tcase_add_loop_test(tc, utf8_repair_table, 0,
	                    (int)(sizeof utf8_cases / sizeof utf8_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("sha256");
	tcase_add_test(tc, sha256_vectors);
	suite_add_tcase(s, tc);
	tc = tcase_create("kinds");
	tcase_add_test(tc, kind_names);
	suite_add_tcase(s, tc);
	tc = tcase_create("dates");
	tcase_add_loop_test(tc, date_table, 0, (int)(sizeof date_cases / sizeof date_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(util_suite)
