/* test-transcript.c — transcript layout (page headers, margin line numbers)
 * and speaker turns, through the public API. */
#include <casetrace/ingest.h>
#include <casetrace/segment.h>
#include "ct-test.h"

struct seg {
	ct_document *doc;
	ct_passage *p;
	size_t n;
	const char *text;
};

static struct seg segment(const char *text)
{
	struct seg s = {0};
	ct_load_opts o = {.kind = CT_KIND_TRANSCRIPT, .kind_set = true};
	ck_assert_int_eq(ct_document_parse("/t/hearing.txt", text, strlen(text), &o, NULL,
	                                   NULL, &s.doc), CT_OK);
	ck_assert_int_eq(ct_segment_document(s.doc, &s.p, &s.n), CT_OK);
	s.text = ct_document_text(s.doc, NULL);
	return s;
}

static void seg_free(struct seg *s)
{
	ct_free(s->p);
	ct_document_free(s->doc);
}

/* The speaker of passage i as a string ("" for none). */
static const char *speaker(const struct seg *s, size_t i, char *buf, size_t cap)
{
	size_t n = s->p[i].speaker_end - s->p[i].speaker_start;
	snprintf(buf, cap, "%.*s", (int)n, s->text + s->p[i].speaker_start);
	return buf;
}

static bool starts(const struct seg *s, size_t i, const char *want)
{
	return strncmp(s->text + s->p[i].start, want, strlen(want)) == 0;
}

START_TEST(turn_labels)
{
	struct seg s = segment(
	    "HEARING OF 21 JANUARY 2011\n\n"
	    "THE CHAIRMAN: Good morning.\n\n"
	    "SIR RODERICK BLAINE: Thank you, Chairman.\n"
	    "It was a military judgement.\n\n"
	    "Mr Jones: A question for the witness.\n\n"
	    "Mr WOOD (La Trobe—Assistant Minister) (12:01): I table the list.\n\n"
	    "Gen. Wiik: That depends.\n\n"
	    "Q. Ms Dalby: Is that still the position?\n\n"
	    "A. Ms Holm-Vester: It is.\n\n"
	    "Q. Did you see the letter?\n"
	    "A. I did.\n\n"
	    "NOTE: the witness was sworn.\n\n"
	    "Per Lindgren: Order.\n\n"
	    "Per Lindgren: Order, order.\n\n"
	    "Hanne Dalby: once only, no title, so not a turn.\n");
	char b[64];
	const char *want[][2] = {
		{"HEARING OF", ""},
		{"THE CHAIRMAN: Good", "THE CHAIRMAN"},
		{"SIR RODERICK BLAINE:", "SIR RODERICK BLAINE"},
		{"Mr Jones:", "Mr Jones"},
		{"Mr WOOD (La Trobe", "Mr WOOD"},
		{"Gen. Wiik:", "Gen. Wiik"},
		{"Q. Ms Dalby:", "Ms Dalby"},
		{"A. Ms Holm-Vester:", "Ms Holm-Vester"},
		{"Q. Did you", "Q"},
		{"A. I did.", "A"},
	};
	ck_assert_uint_ge(s.n, 12);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		ck_assert_msg(starts(&s, i, want[i][0]), "passage %zu: %.30s", i, s.text + s.p[i].start);
		ck_assert_str_eq(speaker(&s, i, b, sizeof b), want[i][1]);
	}
	/* a turn runs to the next one: the NOTE line belongs to A.'s turn */
	ck_assert_ptr_nonnull(strstr(s.text + s.p[9].start, "NOTE"));
	ck_assert(s.p[9].end > (size_t)(strstr(s.text, "NOTE") - s.text));
	/* an untitled name is a speaker when it recurs, and not when it does not */
	ck_assert(starts(&s, 10, "Per Lindgren: Order."));
	ck_assert_str_eq(speaker(&s, 10, b, sizeof b), "Per Lindgren");
	ck_assert_str_eq(speaker(&s, 11, b, sizeof b), "Per Lindgren");
	ck_assert_ptr_nonnull(strstr(s.text + s.p[11].start, "Hanne Dalby: once only"));
	ck_assert_uint_eq(s.n, 12);
	seg_free(&s);
}
END_TEST

START_TEST(long_turn_keeps_its_speaker)
{
	char *t = malloc(20000);
	size_t len = (size_t)sprintf(t, "MS ALDERWOOD: Please go on.\n\nSIR RODERICK BLAINE: ");
	for (int i = 0; i < 12; i++)
		len += (size_t)sprintf(t + len, "%s\n\n", "It was a long answer about the drawdown, "
		       "the helicopters, the port, the militias, the election and the "
		       "coalition's view of all of it, given at length to the inquiry. "
		       "It went on for several pages of the transcript, as long answers "
		       "do, with digressions on the history of the province and its port, "
		       "and on the decisions taken in the capital.");
	len += (size_t)sprintf(t + len, "MS ALDERWOOD: Thank you.\n");
	struct seg s = segment(t);
	char b[64];
	ck_assert_uint_gt(s.n, 3);
	ck_assert_str_eq(speaker(&s, 0, b, sizeof b), "MS ALDERWOOD");
	for (size_t i = 1; i + 1 < s.n; i++) {
		ck_assert_str_eq(speaker(&s, i, b, sizeof b), "SIR RODERICK BLAINE");
		ck_assert_uint_le(s.p[i].end - s.p[i].start, CT_PASSAGE_MAX);
	}
	ck_assert_str_eq(speaker(&s, s.n - 1, b, sizeof b), "MS ALDERWOOD");
	seg_free(&s);
	free(t);
}
END_TEST

START_TEST(pages_and_margins)
{
	const char *t =
	    "                              Page 45\n"
	    " 1   THE CHAIRMAN: Good morning. We resume with\n"
	    " 2       Sir Roderick's evidence.\n"
	    " 3   SIR RODERICK BLAINE: Thank you.\n"
	    " 4\n"
	    " 5   MS ALDERWOOD: When did you first advise\n"
	    " 6       ministers?\n"
	    " 7   SIR RODERICK BLAINE: In March.\n"
	    " 8   MS ALDERWOOD: In writing?\n"
	    " 9   SIR RODERICK BLAINE: Yes.\n"
	    "10   MS ALDERWOOD: Thank you.\n"
	    "\f                              Page 46\n"
	    " 1   SIR RODERICK BLAINE: May I add one thing?\n"
	    " 2   THE CHAIRMAN: Please.\n";
	struct seg s = segment(t);
	/* numbers and headers are gone from the text */
	ck_assert_ptr_null(strstr(s.text, "Page 4"));
	ck_assert_ptr_null(strstr(s.text, " 5   "));
	ck_assert_ptr_nonnull(strstr(s.text, "THE CHAIRMAN: Good morning. We resume with\n"));
	size_t n_marks = 0;
	const ct_mark *m = ct_document_marks(s.doc, &n_marks);
	ck_assert_uint_eq(n_marks, 2 + 12);
	ck_assert_int_eq(m[0].kind, CT_MARK_PAGE);
	ck_assert_uint_eq(m[0].value, 45);
	char b[64];
	ck_assert_uint_eq(s.n, 9);
	ck_assert(starts(&s, 0, "THE CHAIRMAN: Good morning"));
	ck_assert_uint_eq(s.p[0].page, 45);
	ck_assert_uint_eq(s.p[0].line, 1);
	ck_assert(starts(&s, 2, "MS ALDERWOOD: When"));
	ck_assert_uint_eq(s.p[2].line, 5);
	ck_assert(starts(&s, 7, "SIR RODERICK BLAINE: May I"));
	ck_assert_uint_eq(s.p[7].page, 46);
	ck_assert_uint_eq(s.p[7].line, 1);
	ck_assert_str_eq(speaker(&s, 8, b, sizeof b), "THE CHAIRMAN");
	ck_assert_uint_eq(s.p[8].line, 2);
	seg_free(&s);
}
END_TEST

START_TEST(not_a_transcript_layout)
{
	/* a numbered list in a transcript is not a margin */
	struct seg s = segment("THE CHAIRMAN: Three points.\n1. First.\n2. Second.\n"
	                       "3. Third.\n\nMS ALDERWOOD: Thank you.\n");
	ck_assert_ptr_nonnull(strstr(s.text, "1. First."));
	size_t n_marks = 0;
	ct_document_marks(s.doc, &n_marks);
	ck_assert_uint_eq(n_marks, 0);
	ck_assert_uint_eq(s.n, 2);
	seg_free(&s);
	/* no turns at all: paragraphs, no speakers */
	s = segment("Opening statement.\n\nSecond paragraph.\n");
	ck_assert_uint_eq(s.n, 2);
	ck_assert_uint_eq(s.p[0].speaker_end, 0);
	seg_free(&s);
}
END_TEST

static Suite *transcript_suite(void)
{
	Suite *s = suite_create("transcript");
	TCase *tc = tcase_create("turns");
	tcase_add_test(tc, turn_labels);
	tcase_add_test(tc, long_turn_keeps_its_speaker);
	suite_add_tcase(s, tc);
	tc = tcase_create("layout");
	tcase_add_test(tc, pages_and_margins);
	tcase_add_test(tc, not_a_transcript_layout);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(transcript_suite)
