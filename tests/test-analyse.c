/* test-analyse.c — the pieces of check-quotes that need no database
 * (indexer/analyse/check-quotes-match.c): words normalised for comparison
 * (quotation marks, apostrophes, dashes, whitespace, case, UTF-8), the
 * verbatim search, the word alignment with its similarity and word diff,
 * sentence bounds and surnames; the verdict names; and ct_db_check_quotes on
 * a small database (notes, Ibid., verdicts, diff parts, restricted sources,
 * the similarity option, errors); the WordNet reader (wordnet.c) on a
 * small database of invented words written in WordNet's format; how a
 * claim's words are read (claim-words.c): the speaker's framing, verbs of
 * saying, seasons, and runs of words WordNet has as one lemma; the table
 * of opposite outcomes (outcomes.c) and the vague words the query weighs
 * less (claim-words.c). */
#include <casetrace/analyse.h>
#include <casetrace/extract.h>
#include "analyse/analyse-private.h"
#include "analyse/claim-words.h"
#include "analyse/outcomes.h"
#include "analyse/wordnet.h"
#include "ct-test.h"

#include <ctype.h>

/* ---- normalisation ---------------------------------------------------------- */

static const struct {
	const char *in, *want;
} norm_cases[] = {
	{"\xe2\x80\x9cHello,\xe2\x80\x9d she said.", "hello she said"},     /* “Hello,” */
	{"\"Hello,\" she said.", "hello she said"},
	{"Ostland\xe2\x80\x99s lead role", "ostlands lead role"},           /* ’ */
	{"Ostland's lead role", "ostlands lead role"},
	{"the soldiers' families", "the soldiers families"},
	{"\xe2\x80\x98single\xe2\x80\x99 marks", "single marks"},          /* ‘…’ */
	{"  many \n\t  spaces\r\n here ", "many spaces here"},
	{"bill-payer", "bill payer"},
	{"drawdown\xe2\x80\x94not a rout", "drawdown not a rout"},        /* — */
	{"2006\xe2\x80\x93" "2007", "2006 2007"},                          /* – */
	{"WE KEEP IT", "we keep it"},
	{"\xc3\x89" "COLE \xc3\x96LMANN", "\xc3\xa9" "cole \xc3\xb6lmann"},   /* ÉCOLE ÖLMANN */
	{"\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91", "\xce\xb1\xce\xb8\xce\xb7\xce\xbd\xce\xb1"}, /* ΑΘΗΝΑ */
	{"\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90", "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"}, /* МОСКВА */
	{"\xc5\x81\xc3\xb3" "d\xc5\xba", "\xc5\x82\xc3\xb3" "d\xc5\xba"},     /* Łódź */
	{"co\xc2\xad" "operate", "cooperate"},                             /* soft hyphen */
	{"it ends here.\xc2\xb9\xc2\xb2", "it ends here"},                  /* note marker ¹² */
	{"the end.\xe2\x81\xb4", "the end"},                               /* ⁴ */
	{"wait\xe2\x80\xa6 what?", "wait what"},                          /* … */
	{"non\xc2\xa0" "breaking", "non breaking"},                        /* no-break space */
	{"[f]rom the Palace", "from the palace"},                          /* bracketed letter */
	{"[the] Palace", "the palace"},
	{"[\xe2\x80\xa6] left", "left"},
	{"", ""},
	{"\xe2\x80\x9c \xe2\x80\x9d", ""},
	{",;:.!?", ""},
};

START_TEST(normalise)
{
	const char *in = norm_cases[_i].in;
	char *got = cti_quote_normalise(in, strlen(in));
	ck_assert_ptr_nonnull(got);
	ck_assert_msg(!strcmp(got, norm_cases[_i].want), "'%s': got '%s', want '%s'", in, got,
	              norm_cases[_i].want);
	free(got);
}
END_TEST

START_TEST(words_and_punctuation)
{
	const char *t = "Now, then\xe2\x80\xa6 the end.\xe2\x80\x9d He left";
	struct cti_words ws = {0};
	ck_assert_int_eq(cti_words_read(t, 0, strlen(t), &ws), CT_OK);
	ck_assert_uint_eq(ws.n, 6);
	ck_assert_int_eq(ws.w[0].punct, ',');
	ck_assert_int_eq(ws.w[1].punct, '.'); /* an ellipsis */
	ck_assert_int_eq(ws.w[2].punct, 0);
	ck_assert_int_eq(ws.w[3].punct, '.');
	ck_assert_int_eq(ws.w[4].punct, 0);
	/* bytes: the word, and the word with the punctuation written after it */
	ck_assert_uint_eq(ws.w[0].start, 0);
	ck_assert_uint_eq(ws.w[0].end, 3);
	ck_assert_uint_eq(ws.w[0].span_end, 4);
	ck_assert_uint_eq(ws.w[1].span_end, ws.w[1].end + 3);
	/* a range of the text only */
	struct cti_words part = {0};
	ck_assert_int_eq(cti_words_read(t, 5, 9, &part), CT_OK);
	ck_assert_uint_eq(part.n, 1);
	ck_assert_uint_eq(part.w[0].start, 5);
	cti_words_free(&part);
	cti_words_free(&ws);
	cti_words_free(NULL);
}
END_TEST

/* ---- matching ------------------------------------------------------------- */

struct m {
	struct cti_words q, s;
	struct cti_match m;
	char *diff;
	const char *qt, *st;
};

static void match_from(struct m *x, const char *q, const char *s, size_t from)
{
	memset(x, 0, sizeof *x);
	x->qt = q;
	x->st = s;
	ck_assert_int_eq(cti_words_read(q, 0, strlen(q), &x->q), CT_OK);
	ck_assert_int_eq(cti_words_read(s, 0, strlen(s), &x->s), CT_OK);
	ck_assert_int_eq(cti_match_words(&x->q, &x->s, from, &x->m), CT_OK);
	x->diff = cti_diff_text(&x->m, &x->q, q, &x->s, s);
	ck_assert_ptr_nonnull(x->diff);
}

static void match(struct m *x, const char *q, const char *s)
{
	match_from(x, q, s, 0);
}

static void done(struct m *x)
{
	free(x->diff);
	cti_match_free(&x->m);
	cti_words_free(&x->q);
	cti_words_free(&x->s);
}

/* The source's text of the matched words [first, last). */
static char *matched_text(const struct m *x)
{
	size_t a = x->s.w[x->m.first].start, b = x->s.w[x->m.last - 1].end;
	return cti_strndup(x->st + a, b - a);
}

START_TEST(verbatim)
{
	struct m x;
	/* quotation marks, case, whitespace and apostrophes differ */
	match(&x, "We have NOT been   pushed out of Tarvik; we\xe2\x80\x99re here",
	      "He said: \"we have not been pushed out of Tarvik; we're here,\" and left.");
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 2);
	ck_assert_uint_eq(x.m.last, 12);
	ck_assert_uint_eq(x.m.matched, 10);
	ck_assert_double_eq(x.m.similarity, 1.0);
	ck_assert_uint_eq(x.m.n_diff, 0);
	ck_assert_str_eq(x.diff, "");
	char *t = matched_text(&x);
	ck_assert_str_eq(t, "we have not been pushed out of Tarvik; we're here");
	free(t);
	done(&x);
	/* the punctuation after the last word does not matter… */
	match(&x, "leave it,", "the question of when to leave it.\xe2\x80\x9d");
	ck_assert(x.m.verbatim);
	done(&x);
	/* …but between words it must agree */
	match(&x, "ours to win, the militias", "not ours to win. The militias are");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 4);
	ck_assert_str_eq(x.diff, "ours to [-win.-] [+win,+] the militias");
	done(&x);
	/* a one-word quotation */
	match(&x, "\xe2\x80\x9c" "bill-payer\xe2\x80\x9d", "Harrow was the bill-payer for Lowmarch.");
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 3);
	done(&x);
	/* UTF-8 letters, folded */
	match(&x, "\xc3\x86r\xc3\xb8\xe2\x80\x99s caf\xc3\xa9 \xc3\xa0 \xce\xb1\xce\xb8\xce\xae\xce\xbd\xce\xb1",
	      "AT \xc3\x86R\xc3\x98'S CAF\xc3\x89 \xc3\x80 \xce\x91\xce\x98\xce\xae\xce\x9d\xce\x91 TODAY");
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 1);
	done(&x);
}
END_TEST

START_TEST(altered)
{
	struct m x;
	/* one word changed: the Herald's "able" where the chapter has "ready" */
	match(&x, "The Caldoran security forces are now ready to take the lead in much of the province,",
	      "Carrow said: \"The Caldoran security forces are now able to take the lead in much of "
	      "the province,\" adding that…");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 15);
	ck_assert_uint_eq(x.q.n, 16);
	ck_assert_double_eq_tol(x.m.similarity, 15.0 / 16.0, 1e-9);
	ck_assert_str_eq(x.diff, "The Caldoran security forces are now [-able-] [+ready+] to take the "
	                         "lead in much of the province,");
	ck_assert_uint_eq(x.m.first, 2);
	ck_assert_uint_eq(x.m.last, 18);
	ck_assert_uint_eq(x.m.n_diff, 17);
	ck_assert_int_eq(x.m.diff[6].op, CT_DIFF_DEL);
	ck_assert_int_eq(x.m.diff[7].op, CT_DIFF_INS);
	done(&x);
	/* a word left out (an elision without an ellipsis) */
	match(&x, "were told to work backwards from the line.",
	      "and the planners were told to work backwards from the budget line.");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 8);
	ck_assert_double_eq(x.m.similarity, 1.0);
	ck_assert_str_eq(x.diff, "were told to work backwards from the [-budget-] line.");
	done(&x);
	/* three words left out of the middle of a short quotation */
	match(&x, "alpha beta gamma delta", "zero alpha beta one two three gamma delta end");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 4);
	ck_assert_str_eq(x.diff, "alpha beta [-one two three-] gamma delta");
	done(&x);
	/* a word added */
	match(&x, "we will certainly keep it", "we will keep it");
	ck_assert_uint_eq(x.m.matched, 4);
	ck_assert_double_eq_tol(x.m.similarity, 0.8, 1e-9);
	ck_assert_str_eq(x.diff, "we will [+certainly+] keep it");
	done(&x);
	/* the last word changed: shown as changed, not as added after the stretch */
	match(&x, "we have chosen where to sit.", "we have chosen where to stand, he said");
	ck_assert_str_eq(x.diff, "we have chosen where to [-stand,-] [+sit.+]");
	ck_assert_uint_eq(x.m.last, 6);
	done(&x);
	/* the first word changed */
	match(&x, "They have chosen where to stand", "so we have chosen where to stand");
	ck_assert_str_eq(x.diff, "[-we-] [+They+] have chosen where to stand");
	ck_assert_uint_eq(x.m.first, 1);
	done(&x);
	/* words in another order: not all in order */
	match(&x, "one two three four five six", "one two three five four six");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 5);
	done(&x);
}
END_TEST

START_TEST(ellipsis)
{
	struct m x;
	const char *src = "We have not been pushed out of Tarvik; we have chosen where to stand.";
	/* words left out at an ellipsis (… or ...): verbatim, over the whole stretch */
	match(&x, "We have not been pushed out \xe2\x80\xa6 we have chosen where to stand.", src);
	ck_assert(x.q.w[5].ellipsis);
	ck_assert(x.m.verbatim);
	ck_assert_double_eq(x.m.similarity, 1.0);
	ck_assert_uint_eq(x.m.first, 0);
	ck_assert_uint_eq(x.m.last, 14);
	ck_assert_str_eq(x.diff, "We have not been pushed out [-of Tarvik;-] we have chosen where to stand.");
	done(&x);
	match(&x, "pushed out... we have chosen", src);
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 4);
	ck_assert_uint_eq(x.m.last, 11);
	done(&x);
	match(&x, "pushed out [\xe2\x80\xa6] we have chosen", src);
	ck_assert(x.m.verbatim);
	done(&x);
	/* an ellipsis does not excuse a changed word */
	match(&x, "pushed out \xe2\x80\xa6 we have decided where to stand", src);
	ck_assert(!x.m.verbatim);
	ck_assert_str_eq(x.diff, "pushed out [-of Tarvik;-] we have [-chosen-] [+decided+] where to stand");
	done(&x);
	/* words left out where the quotation has no ellipsis: altered */
	match(&x, "pushed out we have chosen", src);
	ck_assert(!x.m.verbatim);
	ck_assert_double_eq(x.m.similarity, 1.0);
	done(&x);
	/* an ellipsis in the source stands for nothing */
	match(&x, "we were left behind", "and then we\xe2\x80\xa6 left behind");
	ck_assert(!x.m.verbatim);
	done(&x);
	/* a bracketed capital */
	match(&x, "[f]rom the Palace we were mostly reaching",
	      "One hour. From the Palace we were mostly reaching for the shelters.");
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 2);
	done(&x);
}
END_TEST

START_TEST(not_found)
{
	struct m x;
	match(&x, "a handover without a plan is only a farewell.",
	      "Officials in Harrow welcomed the date but feared a vacuum.");
	ck_assert(!x.m.verbatim);
	ck_assert_double_lt(x.m.similarity, 0.7);
	done(&x);
	/* no word in common: nothing at all */
	match(&x, "completely different words", "nothing in common at all");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 0);
	ck_assert_double_eq(x.m.similarity, 0.0);
	ck_assert_uint_eq(x.m.n_diff, 0);
	ck_assert_str_eq(x.diff, "");
	done(&x);
}
END_TEST

START_TEST(edges)
{
	struct m x;
	/* an empty quotation, or one of marks only, matches nothing */
	match(&x, "", "some source text");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 0);
	ck_assert_uint_eq(x.m.n_diff, 0);
	done(&x);
	match(&x, "\xe2\x80\x9c \xe2\x80\x9d \xe2\x80\x94", "some source text");
	ck_assert_uint_eq(x.q.n, 0);
	ck_assert(!x.m.verbatim);
	done(&x);
	/* an empty source */
	match(&x, "some words", "");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 0);
	done(&x);
	/* a quotation longer than its source: its words there, the rest added */
	match(&x, "a b c d e f g h", "a b c");
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.matched, 3);
	ck_assert_double_eq_tol(x.m.similarity, 3.0 / 8.0, 1e-9);
	ck_assert_uint_eq(x.m.first, 0);
	ck_assert_uint_eq(x.m.last, 3);
	ck_assert_str_eq(x.diff, "a b c [+d e f g h+]");
	done(&x);
	/* the quotation is the whole source */
	match(&x, "Today Harrow belongs to Harrow again.", "Today Harrow belongs to Harrow again.");
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 0);
	ck_assert_uint_eq(x.m.last, 6);
	done(&x);
	/* invalid UTF-8 is read byte by byte, not past the end */
	match(&x, "abc \xff\xfe def", "abc \xff\xfe def \xe2\x80");
	ck_assert(x.m.verbatim);
	done(&x);
}
END_TEST

START_TEST(search_start)
{
	struct m x;
	const char *s = "we keep it. page two: we keep it. page three.";
	/* from word 0: the first; from word 4 (page two): the second */
	match_from(&x, "we keep it", s, 0);
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 0);
	done(&x);
	match_from(&x, "we keep it", s, 4);
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 5);
	done(&x);
	/* only before the start: found there all the same */
	match_from(&x, "we keep it", s, 9);
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 0);
	done(&x);
	/* a start past the end is the beginning */
	match_from(&x, "we keep it", s, 1000);
	ck_assert(x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 0);
	done(&x);
	/* altered: the closest stretch after the start wins over an equal one before */
	match_from(&x, "we kept it", s, 4);
	ck_assert(!x.m.verbatim);
	ck_assert_uint_eq(x.m.first, 5);
	ck_assert_str_eq(x.diff, "we [-keep-] [+kept+] it");
	done(&x);
}
END_TEST

/* ---- sentences and names ----------------------------------------------------- */

START_TEST(sentences)
{
	const char *t = "Gen. Halvorsen said it. Then he left. \xe2\x80\x9cStop. Never again.\xe2\x80\x9d he said.";
	size_t len = strlen(t);
	/* "Gen." is a title, not a sentence end */
	ck_assert(!cti_sentence_break(t, 0, 20, NULL, 0));
	ck_assert(cti_sentence_break(t, 0, 30, NULL, 0));
	/* sentence ends inside a quotation (a skipped range) do not count */
	const char *q = strstr(t, "\xe2\x80\x9c");
	size_t qa = (size_t)(q - t), qb = qa + 3 + strlen("Stop. Never again.") + 3;
	const size_t skip[1][2] = {{qa, qb}};
	ck_assert(cti_sentence_break(t, qa, len, NULL, 0));
	ck_assert(!cti_sentence_break(t, qa, len, skip, 1));
	size_t s0, s1;
	const char *then = strstr(t, "Then");
	cti_sentence_around(t, len, (size_t)(then - t) + 1, (size_t)(then - t) + 3, &s0, &s1);
	ck_assert_uint_eq(s0, (size_t)(then - t) - 1);
	ck_assert_uint_eq(s1, (size_t)(strstr(t, "left.") - t) + 5);
	cti_sentence_around(t, len, 5, 8, &s0, &s1);
	ck_assert_uint_eq(s0, 0);
	/* a blank line ends a sentence */
	const char *p = "no stop here\n\nnext paragraph";
	ck_assert(cti_sentence_break(p, 0, strlen(p), NULL, 0));
}
END_TEST

START_TEST(surnames)
{
	const char *t = "Brig. Moorcroft told the Meridian Post.";
	ck_assert(cti_names_surname("Brig. Alan Moorcroft", t, 0, strlen(t)));
	ck_assert(cti_names_surname("Alan MOORCROFT", t, 0, strlen(t)));
	ck_assert(!cti_names_surname("Gen. Conrad Halvorsen", t, 0, strlen(t)));
	ck_assert(!cti_names_surname("Brig. Alan Moorcroft", t, 0, 10)); /* outside the range */
	ck_assert(!cti_names_surname("Alan Moorcroft", "the Moorcrofts' house", 0, 21));
	ck_assert(!cti_names_surname(NULL, t, 0, strlen(t)));
	ck_assert(cti_names_surname("Sir Roderick Blaine", "SIR RODERICK BLAINE", 0, 19));
}
END_TEST

START_TEST(verdict_names)
{
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_VERBATIM), "verbatim");
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_ALTERED), "altered");
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_NOT_FOUND), "not-found");
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_SOURCE_NOT_IN_CORPUS), "source-not-in-corpus");
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_RESTRICTED_SOURCE), "restricted-source");
	ck_assert_str_eq(ct_quote_verdict_name(CT_QUOTE_VERDICT_LAST), "?");
	ck_assert_uint_eq(ct_quote_checks_count(NULL), 0);
	ck_assert_ptr_null(ct_quote_checks_at(NULL, 0));
	ct_quote_checks_free(NULL);
}
END_TEST

/* ---- through the database --------------------------------------------------- */

static const char news_a[] =
	"---\ntitle: Carrow Announces Cut\noutlet: The Test Herald\nauthor: Ann Crane\n"
	"date: 2007-02-21\nkind: news\n---\n\n"
	"NORTHGATE — The force will be cut. \"The security forces are now able to take the lead"
	" in much of the province,\" the Prime Minister said. \"We will not stay a day longer"
	" than we must.\"\n";
static const char interview[] =
	"---\nkind: interview\ncode: TST-1\naffiliation: Ministry of Testing official\n"
	"place: Northgate, Velmoria\ndate: 20 September 2013\n---\n\n"
	"- Harrow was the bill-payer for Lowmarch, and everybody knew it.\n";
static const char chapter[] =
	"---\nkind: manuscript\ntitle: Chapter\n---\n\n"
	"Carrow said that “The security forces are now ready to take the lead in much of the"
	" province,” and that “We will not stay a day longer than we must.”² He also said"
	" “the weather was fine in Northgate.”³ A planner called Harrow the “bill-payer”"
	" for Lowmarch.⁴ Nobody noted “this one.”\n\n"
	"The cut was small.¹\n\n"
	"## Notes\n\n"
	"1. Ann Crane, \"Carrow Announces Cut,\" The Test Herald, February 21, 2007.\n"
	"2. Ibid.\n"
	"3. Ibid.\n"
	"4. Interview, Ministry of Testing official, Northgate, Velmoria, September 20, 2013.\n";

static ct_db *db_with_chapter(void)
{
	const char *names[] = {"news/a.md", "interviews/TST-1.md", "ms/chapter.md"};
	const char *texts[] = {news_a, interview, chapter};
	char *paths[3];
	for (size_t i = 0; i < 3; i++)
		paths[i] = strdup(ct_write_str(names[i], texts[i]));
	ct_db *db = NULL;
	ck_assert_int_eq(ct_db_open(ct_path("c.db"), CT_OPEN_CREATE, &db, NULL), CT_OK);
	ct_rules *rules = NULL;
	ck_assert_int_eq(ct_rules_new(NULL, NULL, &rules, NULL), CT_OK);
	ct_add_opts o = {.rules = rules};
	ct_add_summary sum;
	struct ct_diags d = {0};
	ct_status st = ct_db_add(db, (const char *const *)paths, 3, &o, ct_collect, NULL, &d, &sum);
	ck_assert_msg(st == CT_OK, "%s %s", ct_strerror(st), d.all);
	ct_rules_free(rules);
	for (size_t i = 0; i < 3; i++)
		free(paths[i]);
	return db;
}

static bool ends_with(const char *s, const char *end)
{
	size_t a = s ? strlen(s) : 0, b = strlen(end);
	return a >= b && !strcmp(s + a - b, end);
}

START_TEST(check_db)
{
	ct_db *db = db_with_chapter();
	ct_quote_checks *c = NULL;
	ck_assert_int_eq(ct_db_check_quotes(db, ct_path("ms/chapter.md"), NULL, &c), CT_OK);
	const char *path = NULL;
	ck_assert(ct_quote_checks_document(c, &path) > 0);
	ck_assert(ends_with(path, "/ms/chapter.md"));
	ck_assert_uint_eq(ct_quote_checks_count(c), 4);
	ck_assert_uint_eq(ct_quote_checks_unnoted(c), 1); /* “this one.” */
	ck_assert_ptr_null(ct_quote_checks_at(c, 4));
	/* 1: one word changed, note 2 (Ibid. → note 1) */
	const ct_quote_check *k = ct_quote_checks_at(c, 0);
	ck_assert_int_eq(k->note, 2);
	ck_assert_int_eq(k->verdict, CT_QUOTE_ALTERED);
	ck_assert_str_eq(k->citation, "Ibid.");
	ck_assert_str_eq(k->citation_type, "article-newspaper");
	ck_assert(k->target_doc > 0 && ends_with(k->target_path, "/news/a.md"));
	ck_assert_str_eq(k->target_title, "Carrow Announces Cut");
	ck_assert_double_eq_tol(k->similarity, 14.0 / 15.0, 1e-9);
	ck_assert(k->found && !k->restricted);
	ck_assert_int_eq(k->speaker_match, -1);
	ck_assert_uint_eq(k->n_diff, 4);
	ck_assert_int_eq(k->diff[0].op, CT_DIFF_SAME);
	ck_assert_str_eq(k->diff[0].text, "The security forces are now");
	ck_assert_int_eq(k->diff[1].op, CT_DIFF_DEL);
	ck_assert_str_eq(k->diff[1].text, "able");
	ck_assert_int_eq(k->diff[2].op, CT_DIFF_INS);
	ck_assert_str_eq(k->diff[2].text, "ready");
	ck_assert_str_eq(k->diff[3].text, "to take the lead in much of the province,");
	ct_doc_record *rec = NULL;
	ck_assert_int_eq(ct_db_get_document(db, k->target_path, &rec), CT_OK);
	ck_assert_uint_eq(k->source_end - k->source_start, strlen("The security forces are now"
	                  " able to take the lead in much of the province"));
	ck_assert(!strncmp(rec->text + k->source_start, "The security forces", 19));
	ct_doc_record_free(rec);
	/* 2: verbatim, the same sentence's note */
	k = ct_quote_checks_at(c, 1);
	ck_assert_int_eq(k->note, 2);
	ck_assert_int_eq(k->verdict, CT_QUOTE_VERBATIM);
	ck_assert_double_eq(k->similarity, 1.0);
	ck_assert_uint_eq(k->n_diff, 0);
	/* 3: the source is in the corpus, the words are not */
	k = ct_quote_checks_at(c, 2);
	ck_assert_int_eq(k->note, 3);
	ck_assert_int_eq(k->verdict, CT_QUOTE_NOT_FOUND);
	ck_assert(!k->found && k->target_doc > 0);
	/* 4: interview notes, not asked for: nothing of them */
	k = ct_quote_checks_at(c, 3);
	ck_assert_int_eq(k->note, 4);
	ck_assert_int_eq(k->verdict, CT_QUOTE_RESTRICTED_SOURCE);
	ck_assert(k->restricted && !k->found);
	ck_assert_int_eq(k->target_doc, 0);
	ck_assert_ptr_null(k->target_path);
	ck_assert_ptr_null(k->target_title);
	ck_assert_str_eq(k->quote, "bill-payer");
	ct_quote_checks_free(c);

	/* asked for: checked, and marked */
	ct_check_quotes_opts o = {.include_restricted = true};
	ck_assert_int_eq(ct_db_check_quotes(db, ct_path("ms/chapter.md"), &o, &c), CT_OK);
	k = ct_quote_checks_at(c, 3);
	ck_assert_int_eq(k->verdict, CT_QUOTE_VERBATIM);
	ck_assert(k->restricted && ends_with(k->target_path, "/interviews/TST-1.md"));
	ct_quote_checks_free(c);

	/* a higher bar for altered */
	o = (ct_check_quotes_opts){.min_similarity = 0.95};
	ck_assert_int_eq(ct_db_check_quotes(db, ct_path("ms/chapter.md"), &o, &c), CT_OK);
	ck_assert_int_eq(ct_quote_checks_at(c, 0)->verdict, CT_QUOTE_NOT_FOUND);
	ct_quote_checks_free(c);

	/* no such document; restricted notes are not a manuscript to check */
	c = (ct_quote_checks *)1;
	ck_assert_int_eq(ct_db_check_quotes(db, ct_path("ms/none.md"), NULL, &c), CT_ENOTFOUND);
	ck_assert_ptr_null(c);
	ck_assert_int_eq(ct_db_check_quotes(db, ct_path("interviews/TST-1.md"), NULL, &c), CT_EINVAL);
	ck_assert_ptr_null(c);
	ck_assert_ptr_nonnull(strstr(ct_db_errmsg(db), "restricted"));
	ct_db_close(db);
}
END_TEST

/* ---- the WordNet reader --------------------------------------------------------- */

struct related {
	char got[32][32];
	int kind[32];
	int n;
};

static bool collect(void *ctx, const char *lemma, size_t len, enum cti_wn_kind kind)
{
	struct related *r = ctx;
	if (r->n < 32 && len < 32) {
		memcpy(r->got[r->n], lemma, len);
		r->got[r->n][len] = 0;
		r->kind[r->n++] = (int)kind;
	}
	return true;
}

/* The kind lemma came as among r's, or -1. */
static int kind_of(const struct related *r, const char *lemma)
{
	for (int i = 0; i < r->n; i++)
		if (!strcmp(r->got[i], lemma))
			return r->kind[i];
	return -1;
}

/* A WordNet of invented words: the verbs glim and frob share a sense (glim
 * also has one of its own, third, beyond the senses asked for), "glam" is
 * glim's past; the adjective zorvish pertains to the noun Zorvland, a
 * name only. Data lines start at the byte offsets the index gives. */
START_TEST(wordnet_reader)
{
	char noun[256], verb[512], adj[256], idx[512];
	int n0 = snprintf(noun, sizeof noun, "  1 licence line\n");
	snprintf(noun + n0, sizeof noun - (size_t)n0, "%08d 15 n 01 Zorvland 0 000 | a land\n", n0);
	int v0 = snprintf(verb, sizeof verb, "  1 licence line\n");
	int v1 = v0 + snprintf(verb + v0, sizeof verb - (size_t)v0,
	                       "%08d 30 v 02 glim 0 frob 0 000 | shine\n", v0);
	int v2 = v1 + snprintf(verb + v1, sizeof verb - (size_t)v1,
	                       "%08d 30 v 01 glim 0 000 | glow\n", v1);
	snprintf(verb + v2, sizeof verb - (size_t)v2, "%08d 30 v 02 glim 0 quux 0 000 | gleam\n", v2);
	int a0 = snprintf(adj, sizeof adj, "  1 licence line\n");
	snprintf(adj + a0, sizeof adj - (size_t)a0,
	         "%08d 01 a 01 zorvish 0 001 \\ %08d n 0101 | of Zorvland\n", a0, n0);
	ct_write_str("wn/data.noun", noun);
	ct_write_str("wn/data.verb", verb);
	ct_write_str("wn/data.adj", adj);
	ct_write_str("wn/data.adv", "  1 licence line\n");
	snprintf(idx, sizeof idx, "  1 licence line\nzorvland n 1 0 1 0 %08d  \n", n0);
	ct_write_str("wn/index.noun", idx);
	snprintf(idx, sizeof idx,
	         "  1 licence line\nfrob v 1 0 1 0 %08d  \nglim v 3 1 @ 3 0 %08d %08d %08d  \n", v0,
	         v0, v1, v2);
	ct_write_str("wn/index.verb", idx);
	snprintf(idx, sizeof idx, "  1 licence line\nzorvish a 1 1 \\ 1 0 %08d  \n", a0);
	ct_write_str("wn/index.adj", idx);
	ct_write_str("wn/index.adv", "  1 licence line\n");
	ct_write_str("wn/noun.exc", "");
	ct_write_str("wn/verb.exc", "glam glim\n");
	ct_write_str("wn/adj.exc", "");
	ct_write_str("wn/adv.exc", "");

	ck_assert_ptr_null(cti_wordnet_open(ct_path("no-such-dir")));
	struct cti_wordnet *wn = cti_wordnet_open(ct_path("wn"));
	ck_assert_ptr_nonnull(wn);
	struct related r = {0};
	/* an irregular form: its base form, its other forms, its synonyms in
	 * the senses asked for (2), not beyond */
	ck_assert(cti_wordnet_related(wn, "glam", 4, 2, collect, &r));
	ck_assert_int_eq(kind_of(&r, "glim"), CTI_WN_FORM);
	ck_assert_int_eq(kind_of(&r, "frob"), CTI_WN_SYNONYM);
	ck_assert_int_eq(kind_of(&r, "quux"), -1);
	r.n = 0;
	ck_assert(cti_wordnet_related(wn, "glim", 4, 3, collect, &r));
	ck_assert_int_eq(kind_of(&r, "glam"), CTI_WN_FORM);
	ck_assert_int_eq(kind_of(&r, "quux"), CTI_WN_SYNONYM);
	/* a regular ending taken off: "glimmed" is no lemma, "glim" is */
	r.n = 0;
	ck_assert(cti_wordnet_related(wn, "frobs", 5, 2, collect, &r));
	ck_assert_int_eq(kind_of(&r, "frob"), CTI_WN_FORM);
	ck_assert_int_eq(kind_of(&r, "glim"), CTI_WN_SYNONYM);
	ck_assert_int_eq(kind_of(&r, "glam"), CTI_WN_SYNONYM); /* the synonym's past */
	/* what an adjective pertains to, as WordNet writes it */
	r.n = 0;
	ck_assert(cti_wordnet_related(wn, "Zorvish", 7, 2, collect, &r));
	ck_assert_int_eq(kind_of(&r, "Zorvland"), CTI_WN_PERTAINS);
	/* unknown words relate to nothing */
	r.n = 0;
	ck_assert(cti_wordnet_related(wn, "blick", 5, 2, collect, &r));
	ck_assert_int_eq(r.n, 0);
	/* common words and names */
	ck_assert(cti_wordnet_common(wn, "Frob", 4));
	ck_assert(cti_wordnet_common(wn, "glam", 4));
	ck_assert(!cti_wordnet_common(wn, "Zorvland", 8));
	ck_assert(!cti_wordnet_common(wn, "Blick", 5));
	/* nouns and adjectives, in any form; not verbs ("glam", "frob") */
	ck_assert(cti_wordnet_nominal(wn, "Zorvland", 8));
	ck_assert(cti_wordnet_nominal(wn, "zorvish", 7));
	ck_assert(!cti_wordnet_nominal(wn, "glam", 4));
	ck_assert(!cti_wordnet_nominal(wn, "frob", 4));
	ck_assert(!cti_wordnet_nominal(wn, "blick", 5));
	cti_wordnet_close(wn);
	cti_wordnet_close(NULL);
	ck_assert(!cti_wordnet_common(NULL, "frob", 4));
	ck_assert(!cti_wordnet_nominal(NULL, "Zorvland", 8));
	ck_assert(cti_wordnet_related(NULL, "frob", 4, 2, collect, &r));
}
END_TEST

/* The side of w (next: the word after it) in the outcome pair that has
 * it, or 0; *pair set to that pair. */
static int side_of(const char *w, const char *next, size_t *pair)
{
	bool two;
	for (size_t p = 0; p < cti_outcome_pairs(); p++) {
		int s = cti_outcome_side(p, w, strlen(w), next, strlen(next), &two);
		if (s) {
			*pair = p;
			return s;
		}
	}
	return 0;
}

START_TEST(outcomes)
{
	size_t won, stay, p;
	ck_assert_int_eq(side_of("Won", "the", &won), 1);
	ck_assert_int_eq(side_of("withdrew", "", &p), -1);
	ck_assert_uint_eq(p, won);
	/* two words, both needed */
	bool two = false;
	ck_assert_int_eq(cti_outcome_side(won, "pulled", 6, "out", 3, &two), -1);
	ck_assert(two);
	ck_assert_int_eq(cti_outcome_side(won, "pulled", 6, "in", 2, &two), 0);
	ck_assert_int_eq(side_of("stay", "", &stay), 1);
	ck_assert_int_eq(cti_outcome_side(stay, "left", 4, "", 0, &two), -1);
	/* words common in other senses are not outcomes */
	ck_assert_int_eq(side_of("defeat", "", &p), 0);
	ck_assert_int_eq(side_of("champion", "", &p), 0);
	ck_assert_int_eq(side_of("against", "", &p), 0);
	ck_assert_int_eq(cti_outcome_side(cti_outcome_pairs(), "won", 3, "", 0, &two), 0);
}
END_TEST

START_TEST(vague_query_words)
{
	ck_assert(cti_claim_vague_word("Quite", 5));
	ck_assert(cti_claim_vague_word("told", 4));
	ck_assert(cti_claim_vague_word("everybody", 9));
	/* words that carry a fact are not vague */
	ck_assert(!cti_claim_vague_word("never", 5));
	ck_assert(!cti_claim_vague_word("ferry", 5));
	ck_assert(!cti_claim_vague_word("tol", 3));
}
END_TEST

/* ---- a claim's words ---------------------------------------------------------- */

/* The words of text (letters, digits, apostrophes), at most cap. */
static size_t spans(const char *text, struct cti_word_span *w, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; text[i] && n < cap;) {
		if (!isalnum((unsigned char)text[i])) {
			i++;
			continue;
		}
		size_t a = i;
		while (isalnum((unsigned char)text[i]))
			i++;
		w[n++] = (struct cti_word_span){a, i};
	}
	return n;
}

/* The words of text that cti_claim_framing marks, joined by spaces. */
static const char *framed(const char *text)
{
	static char out[256];
	struct cti_word_span w[64] = {{0, 0}};
	bool f[64] = {false};
	size_t n = spans(text, w, 64);
	cti_claim_framing(text, w, n, f);
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (!f[i])
			continue;
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", o ? " " : "",
		                      (int)(w[i].end - w[i].start), text + w[i].start);
	}
	out[o] = 0;
	return out;
}

START_TEST(framing)
{
	/* a first-person clause of memory, thought or hearsay, from its start */
	ck_assert_str_eq(framed("As far as I remember, the mill closed in May."), "As far as I remember");
	ck_assert_str_eq(framed("We were told that the mill closed."), "We were told");
	ck_assert_str_eq(framed("In my view the mill closed too early."), "In my view");
	ck_assert_str_eq(framed("The mill closed, I think, in May."), "I think");
	ck_assert_str_eq(framed("The keepers of the old mill at Tarn were told, we heard, nothing."),
	                 "we heard");
	/* not another's thought, nor a first person doing the fact */
	ck_assert_str_eq(framed("The planners were told to wait."), "");
	ck_assert_str_eq(framed("We closed the mill in May."), "");
	/* the speaker's stance, and a connective that opens the sentence */
	ck_assert_str_eq(framed("The garrison was effectively shut in."), "effectively");
	ck_assert_str_eq(framed("At the same time the ferry stopped. Meanwhile the mill shut."),
	                 "At the same time Meanwhile");
	ck_assert_str_eq(framed("The ferry and the mill stopped at the same time."), "");
	/* saying verbs that tell nothing more, modals, distributives */
	ck_assert_int_eq(cti_word_class("argued", 6), CTI_WORDS_SAY);
	ck_assert_int_eq(cti_word_class("Told", 4), CTI_WORDS_SAY);
	ck_assert_int_eq(cti_word_class("warned", 6), CTI_WORDS_NONE);
	ck_assert_int_eq(cti_word_class("denied", 6), CTI_WORDS_NONE);
	ck_assert_int_eq(cti_word_class("ought", 5), CTI_WORDS_MUST);
	ck_assert_int_eq(cti_word_class("needs", 5), CTI_WORDS_MUST);
	ck_assert_int_eq(cti_word_class("Every", 5), CTI_WORDS_EACH);
	ck_assert_int_eq(cti_word_class("per", 3), CTI_WORDS_EACH);
	ck_assert_int_eq(cti_word_class("mill", 4), CTI_WORDS_NONE);
	/* months of a season */
	ck_assert(cti_season_month("spring", 6, "April", 5));
	ck_assert(cti_season_month("Winter", 6, "January", 7));
	ck_assert(cti_season_month("fall", 4, "October", 7));
	ck_assert(!cti_season_month("spring", 6, "may", 3)); /* no month */
	ck_assert(!cti_season_month("summer", 6, "April", 5));
	ck_assert(!cti_season_month("mill", 4, "April", 5));
}
END_TEST

/* A WordNet of invented words with lemmas of several words: the verb zap,
 * the phrasal verbs zap_out (whose sense is blork's) and zap_the_lot; and
 * the adjective norv with a satellite (norvern, zeb). */
START_TEST(phrases)
{
	char verb[512], idx[512];
	int v0 = snprintf(verb, sizeof verb, "  1 licence line\n");
	int v1 = v0 + snprintf(verb + v0, sizeof verb - (size_t)v0,
	                       "%08d 30 v 02 zap_out 0 blork 0 000 | leave\n", v0);
	int v2 = v1 + snprintf(verb + v1, sizeof verb - (size_t)v1, "%08d 30 v 01 zap 0 000 | hit\n",
	                       v1);
	snprintf(verb + v2, sizeof verb - (size_t)v2, "%08d 30 v 01 zap_the_lot 0 000 | end\n", v2);
	/* the adjective norv, whose satellite holds norvern and zeb */
	char adj[256], aidx[160];
	int a0 = snprintf(adj, sizeof adj, "  1 licence line\n");
	int a1 = a0 + snprintf(adj + a0, sizeof adj - (size_t)a0, "%08d 00 a 01 norv 0 001 & ", a0);
	a1 += snprintf(adj + a1, sizeof adj - (size_t)a1, "%08d a 0000 | of the norv\n",
	               a1 + (int)strlen("00000000 a 0000 | of the norv\n"));
	snprintf(adj + a1, sizeof adj - (size_t)a1, "%08d 00 s 02 norvern 0 zeb 0 000 | norvish\n", a1);
	snprintf(aidx, sizeof aidx, "  1 licence line\nnorv a 1 1 & 1 0 %08d  \nzaps a 1 0 1 0 %08d  \n",
	         a0, a0); /* "zaps" an adjective's lemma too */
	ct_write_str("wn/data.noun", "  1 licence line\n");
	ct_write_str("wn/data.verb", verb);
	ct_write_str("wn/data.adj", adj);
	ct_write_str("wn/data.adv", "  1 licence line\n");
	ct_write_str("wn/index.noun", "  1 licence line\n");
	snprintf(idx, sizeof idx,
	         "  1 licence line\nblork v 1 0 1 0 %08d  \nzap v 1 0 1 0 %08d  \n"
	         "zap_out v 1 0 1 0 %08d  \nzap_the_lot v 1 0 1 0 %08d  \n",
	         v0, v1, v0, v2);
	ct_write_str("wn/index.verb", idx);
	ct_write_str("wn/index.adj", aidx);
	ct_write_str("wn/index.adv", "  1 licence line\n");
	ct_write_str("wn/noun.exc", "");
	ct_write_str("wn/verb.exc", "");
	ct_write_str("wn/adj.exc", "");
	ct_write_str("wn/adv.exc", "");
	struct cti_wordnet *wn = cti_wordnet_open(ct_path("wn"));
	ck_assert_ptr_nonnull(wn);
	/* the first word in any form, the longest lemma */
	const char *words[] = {"zaps", "out", "early"};
	const size_t lens[] = {4, 3, 5};
	char lemma[64];
	ck_assert_uint_eq(cti_wordnet_phrase(wn, words, lens, "  ", 3, lemma, sizeof lemma), 2);
	ck_assert_str_eq(lemma, "zap_out"); /* though "zaps" is a lemma itself */
	const char *three[] = {"zaps", "the", "lot"};
	const size_t lens3[] = {4, 3, 3};
	ck_assert_uint_eq(cti_wordnet_phrase(wn, three, lens3, "  ", 3, lemma, sizeof lemma), 3);
	ck_assert_str_eq(lemma, "zap_the_lot");
	ck_assert_uint_eq(cti_wordnet_phrase(wn, three, lens3, "  ", 1, lemma, sizeof lemma), 0);
	ck_assert_uint_eq(cti_wordnet_phrase(NULL, words, lens, "  ", 3, lemma, sizeof lemma), 0);
	/* in a claim: one space between the words, lower case, a particle
	 * before no object */
	struct cti_word_span w[16];
	struct cti_phrase ph[4];
	const char *t1 = "The crews zap out early.";
	size_t n = spans(t1, w, 16);
	ck_assert_uint_eq(cti_claim_phrases(wn, t1, w, n, ph, 4), 1);
	ck_assert_uint_eq(ph[0].first, 2);
	ck_assert_uint_eq(ph[0].n, 2);
	ck_assert(ph[0].particle);
	ck_assert_str_eq(ph[0].lemma, "zap_out");
	const char *t2 = "The crews zap out the Vantry lights.";
	n = spans(t2, w, 16);
	ck_assert_uint_eq(cti_claim_phrases(wn, t2, w, n, ph, 4), 0); /* a preposition */
	const char *t3 = "The crews zap, out of time.";
	n = spans(t3, w, 16);
	ck_assert_uint_eq(cti_claim_phrases(wn, t3, w, n, ph, 4), 0); /* a comma between */
	const char *t4 = "Zap the lot, they said.";
	n = spans(t4, w, 16);
	ck_assert_uint_eq(cti_claim_phrases(wn, t4, w, n, ph, 4), 1); /* a sentence's capital */
	ck_assert_uint_eq(ph[0].n, 3);
	ck_assert(!ph[0].particle);
	ck_assert_uint_eq(cti_claim_phrases(NULL, t4, w, n, ph, 4), 0);
	/* an adjective's satellite that is its own word with an ending */
	struct related r = {0};
	ck_assert(cti_wordnet_related(wn, "norv", 4, 2, collect, &r));
	ck_assert_int_eq(kind_of(&r, "norvern"), CTI_WN_DERIVED);
	ck_assert_int_eq(kind_of(&r, "zeb"), -1);
	/* the words of a phrase's sense */
	r.n = 0;
	ck_assert(cti_wordnet_related(wn, "zap_out", 7, 1, collect, &r));
	ck_assert_int_eq(kind_of(&r, "blork"), CTI_WN_SYNONYM);
	cti_wordnet_close(wn);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("analyse");
	TCase *t = tcase_create("normalise");
	tcase_add_loop_test(t, normalise, 0, (int)(sizeof norm_cases / sizeof norm_cases[0]));
	tcase_add_test(t, words_and_punctuation);
	suite_add_tcase(s, t);
	t = tcase_create("match");
	tcase_add_test(t, verbatim);
	tcase_add_test(t, altered);
	tcase_add_test(t, ellipsis);
	tcase_add_test(t, not_found);
	tcase_add_test(t, edges);
	tcase_add_test(t, search_start);
	suite_add_tcase(s, t);
	t = tcase_create("sentences");
	tcase_add_test(t, sentences);
	tcase_add_test(t, surnames);
	tcase_add_test(t, verdict_names);
	suite_add_tcase(s, t);
	t = tcase_create("database");
	tcase_add_checked_fixture(t, ct_tmp_setup, ct_tmp_teardown);
	tcase_add_test(t, check_db);
	suite_add_tcase(s, t);
	t = tcase_create("wordnet");
	tcase_add_checked_fixture(t, ct_tmp_setup, ct_tmp_teardown);
	tcase_add_test(t, wordnet_reader);
	tcase_add_test(t, phrases);
	suite_add_tcase(s, t);
	t = tcase_create("claim words");
	tcase_add_test(t, framing);
	suite_add_tcase(s, t);
	t = tcase_create("outcomes");
	tcase_add_test(t, outcomes);
	tcase_add_test(t, vague_query_words);
	suite_add_tcase(s, t);
	return s;
}

CT_TEST_MAIN(suite)
