/* test-present.c — JSON and CSV escaping, terminal highlighting. */
#include <casetrace/report.h>
#include "ct-test.h"

/* Run fn(f) into a memory buffer and compare with want. */
#define OUTPUT_IS(want, call)                                            \
	do {                                                                 \
		char *buf_ = NULL;                                               \
		size_t len_ = 0;                                                 \
		FILE *f = open_memstream(&buf_, &len_);                          \
		call;                                                            \
		fclose(f);                                                       \
		ck_assert_str_eq(buf_, want);                                    \
		free(buf_);                                                      \
	} while (0)

START_TEST(json_strings)
{
	OUTPUT_IS("\"plain\"", ct_json_string(f, "plain", (size_t)-1));
	OUTPUT_IS("null", ct_json_string(f, NULL, 0));
	OUTPUT_IS("\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\"",
	          ct_json_string(f, "a\"b\\c\n\t\x01\x7f", (size_t)-1));
	OUTPUT_IS("\"“curly” é\"", ct_json_string(f, "“curly” é", (size_t)-1));
	OUTPUT_IS("\"ab\"", ct_json_string(f, "abcdef", 2));
	OUTPUT_IS("\"a\\u0000b\"", ct_json_string(f, "a\0b", 3));
}
END_TEST

START_TEST(csv_fields)
{
	OUTPUT_IS("plain", ct_csv_field(f, "plain"));
	OUTPUT_IS("", ct_csv_field(f, NULL));
	OUTPUT_IS("\"a,b\"", ct_csv_field(f, "a,b"));
	OUTPUT_IS("\"say \"\"hi\"\"\"", ct_csv_field(f, "say \"hi\""));
	OUTPUT_IS("\"two\nlines\"", ct_csv_field(f, "two\nlines"));
}
END_TEST

START_TEST(highlight)
{
	OUTPUT_IS("a **b** c", ct_text_highlight(f, "a **b**\n\nc", "**", "**", false));
	OUTPUT_IS("a \033[1;33mb\033[0m c", ct_text_highlight(f, "a **b** c", "**", "**", true));
	/* an unclosed mark is reset at the end */
	OUTPUT_IS("\033[1;33mb\033[0m", ct_text_highlight(f, "**b", "**", "**", true));
	OUTPUT_IS("", ct_text_highlight(f, NULL, "**", "**", true));
}
END_TEST

static Suite *present_suite(void)
{
	Suite *s = suite_create("present");
	TCase *tc = tcase_create("escaping");
	tcase_add_test(tc, json_strings);
	tcase_add_test(tc, csv_fields);
	tcase_add_test(tc, highlight);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(present_suite)
