/* test-segment.c — paragraphs and their byte offsets. */
#include <casetrace/segment.h>
#include "ct-test.h"

static void span_is(const char *text, const ct_span *sp, const char *want)
{
	size_t n = strlen(want);
	ck_assert_uint_eq(sp->end - sp->start, n);
	ck_assert_int_eq(memcmp(text + sp->start, want, n), 0);
}

START_TEST(paragraphs_offsets)
{
	const char *t = "\n\n  First para\nstill first.  \n\n\n\tSecond.\n \t \nThird";
	ct_span *sp = NULL;
	size_t n = 0;
	ck_assert_int_eq(ct_segment_paragraphs(t, strlen(t), &sp, &n), CT_OK);
	ck_assert_uint_eq(n, 3);
	span_is(t, &sp[0], "First para\nstill first.");
	ck_assert_uint_eq(sp[0].start, 4);
	span_is(t, &sp[1], "Second.");
	span_is(t, &sp[2], "Third");
	ct_free(sp);
}
END_TEST

START_TEST(list_items_are_passages)
{
	const char *t = "Claims:\n- First claim\n  continues here.\n- Second claim.\n"
	                "* Third\n\n1. Note one.\n2. Note two.\n12) Twelve\n"
	                "\xe2\x80\xa2 Bullet\n-not an item\n1990. was a year\n";
	ct_span *sp = NULL;
	size_t n = 0;
	ck_assert_int_eq(ct_segment_paragraphs(t, strlen(t), &sp, &n), CT_OK);
	ck_assert_uint_eq(n, 8);
	span_is(t, &sp[0], "Claims:");
	span_is(t, &sp[1], "- First claim\n  continues here.");
	span_is(t, &sp[2], "- Second claim.");
	span_is(t, &sp[3], "* Third");
	span_is(t, &sp[4], "1. Note one.");
	span_is(t, &sp[5], "2. Note two.");
	span_is(t, &sp[6], "12) Twelve");
	span_is(t, &sp[7], "\xe2\x80\xa2 Bullet\n-not an item\n1990. was a year");
	ct_free(sp);
}
END_TEST

START_TEST(blank_text_has_no_passages)
{
	ct_span *sp = (ct_span *)1;
	size_t n = 7;
	ck_assert_int_eq(ct_segment_paragraphs(" \n\n\t", 4, &sp, &n), CT_OK);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(ct_segment_paragraphs("", 0, &sp, &n), CT_OK);
	ck_assert_uint_eq(n, 0);
	ct_free(sp);
}
END_TEST

/* A long text without blank lines is still cut into bounded passages, at
 * line breaks first, and nothing but white space is lost. */
START_TEST(long_paragraph_is_cut)
{
	char *t = malloc(50000);
	size_t len = 0;
	for (int i = 0; len < 40000; i++)
		len += (size_t)sprintf(t + len, "Line %d says the drawdown went ahead. %s",
		                       i, i % 7 == 6 ? "\n" : "");
	ct_span *sp = NULL;
	size_t n = 0;
	ck_assert_int_eq(ct_segment_paragraphs(t, len, &sp, &n), CT_OK);
	ck_assert_uint_gt(n, 10);
	size_t covered = 0;
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_le(sp[i].end - sp[i].start, CT_PASSAGE_MAX);
		if (i + 1 < n)
			ck_assert_uint_ge(sp[i].end - sp[i].start, CT_PASSAGE_MAX / 2 - 60);
		if (i) {
			ck_assert_uint_ge(sp[i].start, sp[i - 1].end);
			for (size_t j = sp[i - 1].end; j < sp[i].start; j++)
				ck_assert(t[j] == ' ' || t[j] == '\n');
		}
		if (i + 1 < n) /* cut at a line break */
			ck_assert_ptr_nonnull(memchr(t + sp[i].end, '\n',
			                             sp[i + 1].start - sp[i].end));
		covered += sp[i].end - sp[i].start;
	}
	ck_assert_uint_gt(covered, len - 2 * n - 2);
	ct_free(sp);
	free(t);
}
END_TEST

/* One huge word: cut on a UTF-8 boundary, never inside a character. */
START_TEST(cut_respects_utf8)
{
	size_t len = 3 * 3000;
	char *t = malloc(len + 1);
	for (size_t i = 0; i < len; i += 3)
		memcpy(t + i, "\xe2\x80\x94", 3); /* em dash */
	t[len] = '\0';
	ct_span *sp = NULL;
	size_t n = 0;
	ck_assert_int_eq(ct_segment_paragraphs(t, len, &sp, &n), CT_OK);
	ck_assert_uint_ge(n, 3);
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_ne((unsigned char)t[sp[i].start] & 0xC0, 0x80);
		ck_assert_uint_eq((sp[i].end - sp[i].start) % 3, 0);
	}
	ck_assert_uint_eq(sp[n - 1].end, len);
	ct_free(sp);
	free(t);
}
END_TEST

static Suite *segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("paragraphs");
	tcase_add_test(tc, paragraphs_offsets);
	tcase_add_test(tc, list_items_are_passages);
	tcase_add_test(tc, blank_text_has_no_passages);
	tcase_add_test(tc, long_paragraph_is_cut);
	tcase_add_test(tc, cut_respects_utf8);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(segment_suite)
