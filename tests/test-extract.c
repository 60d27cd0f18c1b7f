/* test-extract.c — quotation extraction: marks, attribution forms,
 * speakers and roles, joining, pronouns, outlets, languages, turns, and the
 * rule engine's handling of bad user rules. */
#include <casetrace/extract.h>
#include <casetrace/ingest.h>
#include "ct-test.h"
#include "extract/extract-private.h"

static ct_rules *rules;

static void setup(void)
{
	size_t bad = 99;
	ck_assert_int_eq(ct_rules_new(NULL, NULL, &rules, &bad), CT_OK);
	ck_assert_uint_eq(bad, 0);
	ck_assert_uint_gt(ct_rules_count(rules), 10);
}

static void teardown(void)
{
	ct_rules_free(rules);
}

static const struct {
	const char *lang, *text;
	const char *quote, *speaker, *role, *cue, *outlet, *kind; /* NULL: must be null */
} cases[] = {
	/* attribution after the quotation */
	{"en", "“We are leaving,” Smith said.", "We are leaving,", "Smith", NULL, "said", NULL, "direct"},
	{"en", "“We are leaving,” said Gen. John Smith, the task force commander.",
	 "We are leaving,", "John Smith", "Gen., the task force commander", "said", NULL, "direct"},
	{"en", "\"We are leaving,\" Smith told the BBC.", "We are leaving,", "Smith", NULL, "told",
	 "the BBC", "direct"},
	{"en", "“We will stay” — John Smith", "We will stay", "John Smith", NULL, NULL, NULL, "direct"},
	{"en", "“It is over,” Anna Berg, the mayor of Tarvik, said.", "It is over,", "Anna Berg",
	 "the mayor of Tarvik", "said", NULL, "direct"},
	/* a name of more than five capitalised words */
	{"en", "“We are leaving,” said Tarvik Harbour Workers Union Chairman Anna Berg.",
	 "We are leaving,", "Tarvik Harbour Workers Union Chairman Anna Berg", NULL, "said", NULL,
	 "direct"},
	/* the role before the name, between commas */
	{"en", "“We are leaving,” the Tarvik mayor’s chief of staff, Anna Berg, told reporters.",
	 "We are leaving,", "Anna Berg", "the Tarvik mayor’s chief of staff", "told", NULL,
	 "direct"},
	/* lower-case words between the cue and the name */
	{"en", "“It is over,” said war widow Anna Berg.", "It is over,", "Anna Berg", NULL, "said",
	 NULL, "direct"},
	{"en", "“It is over,” said the Rev. Anna Berg.", "It is over,", "Anna Berg", "Rev.", "said",
	 NULL, "direct"},
	/* a conjunction after a quotation starts another clause, with its own speaker */
	{"en", "Voters call it “a mess” and Anna Berg says the plan is lost.", "a mess", NULL, NULL,
	 NULL, NULL, "direct"},
	/* "according to" and "as … puts it" after the quotation */
	{"en", "“It is over,” according to Anna Berg.", "It is over,", "Anna Berg", NULL,
	 "according to", NULL, "direct"},
	{"en", "The town is “out of options,” as Anna Berg, a teacher, puts it.", "out of options,",
	 "Anna Berg", "a teacher", "puts", NULL, "direct"},
	/* someone described, not named */
	{"en", "“It is over,” said the 46-year-old.", "It is over,", "the 46-year-old", NULL, "said",
	 NULL, "direct"},
	{"en", "“It is over,” one user commented.", "It is over,", "one user", NULL, "commented",
	 NULL, "direct"},
	{"en", "“It is over,” the businessman replied.", "It is over,", "the businessman", NULL,
	 "replied", NULL, "direct"},
	{"en", "“We back the plan,” the influential US daily wrote.", "We back the plan,",
	 "the influential US daily", NULL, "wrote", NULL, "direct"},
	/* the subject of the sentence, as a last resort */
	{"en", "The lawsuit contends that “the plan was never approved.”",
	 "the plan was never approved.", "The lawsuit", NULL, "contends", NULL, "direct"},
	{"en", "Berg has repeatedly criticised the “reckless plan” in public.", "reckless plan",
	 "Berg", NULL, "criticised", NULL, "direct"},
	/* more verbs of saying */
	{"en", "“The vote is lost,” agrees Anna Berg, 30, of Tarvik.", "The vote is lost,",
	 "Anna Berg", NULL, "agrees", NULL, "direct"},
	{"en", "“Go back to the harbour,” Berg barked at the crowd.", "Go back to the harbour,", "Berg",
	 NULL, "barked", NULL, "direct"},
	{"en", "“Are we done?” Anna Berg fumed.", "Are we done?", "Anna Berg", NULL, "fumed", NULL,
	 "direct"},
	{"en", "“Oh, God,” Anna Berg blurted out.", "Oh, God,", "Anna Berg", NULL, "blurted out", NULL,
	 "direct"},
	/* a participle after its subject, a passive agent, a time before the subject */
	{"en", "The film ends with footage of Berg saying “we stay.”", "we stay.", "Berg", NULL,
	 "saying", NULL, "direct"},
	{"en", "The council met on Monday, with the former mayor calling the plan “a disgrace.”",
	 "a disgrace.", "the former mayor", NULL, "calling", NULL, "direct"},
	{"en", "Both spoke, with Berg recently promising to “end the plan”.", "end the plan", "Berg",
	 NULL, "promising", NULL, "direct"},
	/* a participle right after the subject's comma */
	{"en", "Mr. Berg, noting that the plan was “a mess,” left early.", "a mess,", "Berg", "Mr.",
	 "noting", NULL, "direct"},
	{"en", "A third party is an option seen by organizers as a “lifeboat” for the town.",
	 "lifeboat", "organizers", NULL, "seen", NULL, "direct"},
	{"en", "Several weeks ago, Anna Berg stated that the vote would come “in a few weeks.”",
	 "in a few weeks.", "Anna Berg", NULL, "stated", NULL, "direct"},
	{"en", "The first test is a “lawful source of income,” as a Homeland Security memo put it.",
	 "lawful source of income,", "a Homeland Security memo", NULL, "put", NULL, "direct"},
	/* of two speakers in a sentence, the one whose cue is nearest the
	 * quotation, unless its clause is what the first one says */
	{"en", "Jon Vik said the plan would fail, and Anna Berg vowed to “fight it.”", "fight it.",
	 "Anna Berg", NULL, "vowed", NULL, "direct"},
	{"en", "Jon Vik said Anna Berg called the plan “a failure.”", "a failure.", "Jon Vik", NULL,
	 "said", NULL, "direct"},
	/* "according to" a source that is not the clause's speaker */
	{"en", "According to the complaint filed in May, the developers ran a “massive scheme.”",
	 "massive scheme.", "the complaint", NULL, "According to", NULL, "direct"},
	{"en", "The town gave an “incomplete” answer to the council, according to a report by the "
	 "auditor.", "incomplete", "a report", NULL, "according to", NULL, "direct"},
	/* the subject after a long opening clause, a participle phrase or "As" */
	{"en", "After the mayor lost the vote on the harbour plan to the council and its allies in the "
	 "spring of that year, Anna Berg ruled out "
	 "“a second vote.”", "a second vote.", "Anna Berg", NULL, "ruled", NULL, "direct"},
	{"en", "Horrified at the prospect of a second term, Berg believes in papers that “take sides.”",
	 "take sides.", "Berg", NULL, "believes", NULL, "direct"},
	{"en", "As Anna Berg put it: “We are done.”", "We are done.", "Anna Berg", NULL, NULL, NULL,
	 "direct"},
	{"en", "Anna Berg is describing the plan as “reckless” this week.", "reckless",
	 "Anna Berg", NULL, "describing", NULL, "direct"},
	{"en", "Smith thought the plan was “reckless” from the start.", "reckless", "Smith", NULL,
	 "thought", NULL, "direct"},
	/* a state in brackets after the name ends no sentence */
	{"en", "Others agreed. Sen. Anna Berg (D-Calif.) has said that she would “stay the course.”",
	 "stay the course.", "Anna Berg", "Sen., (D-Calif.)", "said", NULL, "direct"},
	{"en", "Even as the talks failed, Anna Berg thought the plan was “sound” at heart.", "sound",
	 "Anna Berg", NULL, "thought", NULL, "direct"},
	/* a person described by a common noun */
	{"en", "As the bell rang, the announcer said, “We are live.”", "We are live.",
	 "the announcer", NULL, "said", NULL, "direct"},
	/* a long apposition, and one between dashes */
	{"en", "Anna Berg, a teacher who has run the village school in Tarvik for thirty years and "
	 "who sat on the council that first drew up the plan in the spring of 2009, said it was "
	 "“a mess”.", "a mess", "Anna Berg", "a teacher who has run the village school in Tarvik "
	 "for thirty years and who sat on the council that first drew up the plan in the spring of "
	 "2009", "said", NULL, "direct"},
	{"en", "Anna Berg — a teacher from Tarvik — says the plan was “a mess”.", "a mess",
	 "Anna Berg", NULL, "says", NULL, "direct"},
	/* what someone said named by a noun after their possessive */
	{"en", "Berg’s most explosive claim is that the plan is a “witch hunt”.", "witch hunt", "Berg",
	 NULL, "claim", NULL, "direct"},
	/* a conjunction ends a description: the subject speaks */
	{"en", "Berg arrived at a breakfast with reporters with no plan and admitted that he had "
	 "only “read the passages”.", "read the passages", "Berg", NULL, "arrived", NULL, "direct"},
	{"en", "Berg again knocked the handling of Russian-American relations while secretary of "
	 "state and said it was “a mess”.", "a mess", "Berg", NULL, "knocked", NULL, "direct"},
	/* "Of", "According", "Between" open no name ("Between …," opens a sentence) */
	{"en", "Of course, as Anna Berg observed, the winner was not on the stage: “It was the "
	 "stage itself.”", "It was the stage itself.", NULL, NULL, NULL, NULL, "direct"},
	{"en", "Between Monday and Friday, the council sent out letters: “Vote now.”", "Vote now.",
	 "the council", NULL, NULL, NULL, "direct"},
	{"en", "Between tasks, this remarkably active teacher reveals what her next goal is: “To rest.”",
	 "To rest.", "this remarkably active teacher", NULL, NULL, NULL, "direct"},
	{"en", "According to Anna Berg: “The plan is dead.”", "The plan is dead.", "Anna Berg", NULL,
	 "According to", NULL, "direct"},
	/* a verb of saying and its speaker between commas inside the sentence */
	{"en", "The paradox of the plan, says Anna Berg, a teacher in Tarvik, is that it was “a mess” "
	 "from the start.", "a mess", "Anna Berg", "a teacher in Tarvik", "says", NULL, "direct"},
	/* a dateline is no speaker */
	{"en", "TARVIK, Dec. 8 (UPI) — In response to the vote, Anna Berg rallied supporters, saying: "
	 "“We stay.”", "We stay.", "Anna Berg", NULL, "saying", NULL, "direct"},
	/* two people as the subject */
	{"en", "Anna Berg and Jon Vik issued a statement calling the talks “a success” at last.",
	 "a success", "Anna Berg and Jon Vik", NULL, "issued", NULL, "direct"},
	/* a headline in title case */
	{"en", "Anna Berg Calls Tarvik Plan ‘A Reckless Gamble’\n\nThe mayor spoke on Monday.",
	 "A Reckless Gamble", "Anna Berg", NULL, "Calls", NULL, "direct"},
	{"en", "Harbour Plan Is ‘A Reckless Gamble,’ Anna Berg Tells Tarvik Council\n\nThe mayor "
	 "spoke on Monday.", "A Reckless Gamble,", "Anna Berg", NULL, "Tells", NULL, "direct"},
	/* when or where between subject and verb */
	{"en", "Anna Berg on Tuesday called on voters to “stay calm” in Tarvik.", "stay calm",
	 "Anna Berg", NULL, "called", NULL, "direct"},
	{"en", "The talks failed. Berg at the time said she had a “plan” for it.", "plan", "Berg",
	 NULL, "said", NULL, "direct"},
	{"en", "Berg in recent days has called the plan “a mess”.", "a mess", "Berg", NULL, "called",
	 NULL, "direct"},
	{"en", "Berg in the past has called the plan “a mess”.", "a mess", "Berg", NULL, "called", NULL,
	 "direct"},
	/* an adverb or a reflexive between subject and verb */
	{"en", "Berg further described the plan as “a mess”.", "a mess", "Berg", NULL, "described",
	 NULL, "direct"},
	{"en", "Berg himself released a statement that called it “a mess”.", "a mess", "Berg", NULL,
	 "released", NULL, "direct"},
	{"en", "Berg earlier called the plan “a mess”.", "a mess", "Berg", NULL, "called", NULL,
	 "direct"},
	{"en", "Berg had been calling the plan “a mess” for weeks.", "a mess", "Berg", NULL, "calling",
	 NULL, "direct"},
	/* a decimal point ends no sentence */
	{"en", "Berg called the $1.6 billion plan “reckless” last week.", "reckless", "Berg", NULL,
	 "called", NULL, "direct"},
	/* a subordinate clause before the subject is passed over */
	{"en", "When Jon Vik arrived, Anna Berg thought the plan was “reckless” from the start.",
	 "reckless", "Anna Berg", NULL, "thought", NULL, "direct"},
	/* abbreviations inside the sentence: the same as where sentences end */
	{"en", "Berg recalled the Sept. 11 attacks and the Feb. 2 vote as “a turning point.”",
	 "a turning point.", "Berg", NULL, "recalled", NULL, "direct"},
	{"en", "The first incident came during “a long night” of talks.", "a long night", NULL,
	 NULL, NULL, NULL, "direct"}, /* "during" is no verb */
	/* a no-break space inside the attribution */
	{"en", "“We are sorry,” the company\xc2\xa0said in a statement.", "We are sorry,",
	 "the company", NULL, "said", NULL, "direct"},
	{"en", "“We are leaving,” Sen.\xc2\xa0" "Anna Berg said.", "We are leaving,", "Anna Berg",
	 "Sen.", "said", NULL, "direct"},
	/* before */
	{"en", "Smith said: “We are leaving.”", "We are leaving.", "Smith", NULL, "said", NULL, "direct"},
	{"en", "Smith told reporters that “the army is ready.”", "the army is ready.", "Smith", NULL,
	 "told", NULL, "direct"},
	{"en", "According to Smith, “the army is ready.”", "the army is ready.", "Smith", NULL,
	 "According to", NULL, "direct"},
	{"en", "A spokesman for the coalition, Col. Rafael Amsel, called it “a Velmorian decision.”",
	 "a Velmorian decision.", "Rafael Amsel", "Col., A spokesman for the coalition", "called",
	 NULL, "direct"},
	{"en", "The Ministry of Defence said the move had been completed “without incident”.",
	 "without incident", "The Ministry of Defence", NULL, "said", NULL, "direct"},
	{"en", "Brig. Alan Moorcroft, as quoted in the Meridian Post: “Tarvik is not ours to win.”",
	 "Tarvik is not ours to win.", "Alan Moorcroft", "Brig.", "as quoted in",
	 "the Meridian Post", "as-quoted-in"},
	/* marks */
	{"en", "She called it ‘a retreat dressed as a plan’, said Vail.",
	 "a retreat dressed as a plan", "Vail", NULL, "said", NULL, "direct"},
	{"en", "« Nous restons », said Marie Curie in English.", "Nous restons", "Marie Curie", NULL,
	 "said", NULL, "direct"},
	{"en", "Britain’s plan didn’t work, and the ‘overwatch’ phase began.", "overwatch", NULL,
	 NULL, NULL, NULL, "direct"},
	/* other languages */
	{"de", "„Wir ziehen ab“, sagte Verteidigungsminister Hans Müller.", "Wir ziehen ab",
	 "Hans Müller", "Verteidigungsminister", "sagte", NULL, "direct"},
	{"de", "Laut Müller: „Der Einsatz endet im August.“", "Der Einsatz endet im August.",
	 "Müller", NULL, "Laut", NULL, "direct"},
	{"fr", "« Nous partons », a déclaré Jean Dupont.", "Nous partons", "Jean Dupont", NULL,
	 "a déclaré", NULL, "direct"},
	{"fr", "Selon Dupont, «\xc2\xa0la mission est finie\xc2\xa0».", "la mission est finie", "Dupont", NULL,
	 "Selon", NULL, "direct"},
	{"nl", "\"We vertrekken in augustus,\" zei Pieter de Vries.", "We vertrekken in augustus,",
	 "Pieter de Vries", NULL, "zei", NULL, "direct"},
	{"nl", "Volgens Jansen: \"Het is voorbij.\"", "Het is voorbij.", "Jansen", NULL, "Volgens",
	 NULL, "direct"},
	{"da", "»Vi tager hjem«, sagde Lars Hansen.", "Vi tager hjem", "Lars Hansen", NULL, "sagde",
	 NULL, "direct"},
	{"da", "Ifølge Hansen: »Det er slut.«", "Det er slut.", "Hansen", NULL, "Ifølge", NULL,
	 "direct"},
};

static void opt_eq(const char *what, const char *got, const char *want, const char *text)
{
	if (!want)
		ck_assert_msg(got == NULL, "%s: %s should be null, is '%s'", text, what, got);
	else
		ck_assert_msg(got && !strcmp(got, want), "%s: %s is '%s', want '%s'", text, what,
		              got ? got : "(null)", want);
}

START_TEST(attribution_forms)
{
	const char *t = cases[_i].text;
	ct_quotes *q = NULL;
	ck_assert_int_eq(ct_extract_quotes(rules, t, strlen(t), cases[_i].lang, NULL, 0, &q), CT_OK);
	ck_assert_msg(ct_quotes_count(q) == 1, "%s: %zu quotes", t, ct_quotes_count(q));
	const ct_quote *x = ct_quotes_at(q, 0);
	opt_eq("quote", x->text, cases[_i].quote, t);
	ck_assert_uint_eq(x->end - x->start, strlen(cases[_i].quote));
	ck_assert_int_eq(memcmp(t + x->start, cases[_i].quote, x->end - x->start), 0);
	opt_eq("speaker", x->speaker, cases[_i].speaker, t);
	opt_eq("role", x->role, cases[_i].role, t);
	opt_eq("cue", x->cue, cases[_i].cue, t);
	opt_eq("outlet", x->outlet, cases[_i].outlet, t);
	opt_eq("kind", x->kind, cases[_i].kind, t);
	ck_assert(x->confidence > 0 && x->confidence <= 1);
	ct_quotes_free(q);
}
END_TEST

static ct_quotes *extract(const char *t)
{
	ct_quotes *q = NULL;
	ck_assert_int_eq(ct_extract_quotes(rules, t, strlen(t), "en", NULL, 0, &q), CT_OK);
	return q;
}

START_TEST(split_quote_joined_and_pronoun_resolved)
{
	const char *t = "Gen. David Smith arrived in Tarvik on Monday.\n\n"
	                "“First part,” he said. “Second part.”\n\n"
	                "Later, “Another thing,” Smith added.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	const ct_quote *a = ct_quotes_at(q, 0), *b = ct_quotes_at(q, 1);
	ck_assert_str_eq(a->text, "First part, Second part.");
	ck_assert_str_eq(a->speaker, "David Smith");
	ck_assert(a->confidence < 0.8); /* a pronoun, resolved */
	ck_assert_int_eq(memcmp(t + a->start, "First", 5), 0);
	ck_assert_int_eq(memcmp(t + a->end - 12, "Second part.", 12), 0);
	ck_assert_str_eq(b->speaker, "David Smith"); /* the surname, expanded */
	ck_assert(b->confidence > a->confidence);
	ct_quotes_free(q);
}
END_TEST

/* a pronoun takes the last person named before the quotation, however
 * far back in its paragraph or the one before; not one named in a
 * quotation, nor one named after it */
/* A pronoun's person is searched for piece by piece from the quotation
 * back, each search stopped where its piece ends (an offset limit): the
 * last name of the piece that has one, not a name of a later piece nor the
 * first of its own. */
START_TEST(pronoun_takes_last_name_of_its_piece)
{
	const char *t = "Anna Berg and Jon Vik reached Tarvik before dawn. The convoy had been "
	                "delayed twice on the road from the coast, first by a broken axle and "
	                "then by a checkpoint that nobody had expected to find there, and the "
	                "drivers waited for hours in the cold until noon on the next day.\n\n"
	                "“We are staying,” he said. Later Dr. Maria Holm came. “We go,” she said.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->text, "We are staying,");
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Jon Vik");
	ck_assert_str_eq(ct_quotes_at(q, 1)->text, "We go,");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Maria Holm");
	ct_quotes_free(q);
}
END_TEST

/* The search for a pronoun's person starts at capitals only (A-Z or a
 * non-ASCII character): a name with a non-ASCII capital is still found. */
START_TEST(pronoun_person_with_non_ascii_capital)
{
	const char *t = "the convoy led by the mayor, Émile Zola, reached tarvik before dawn; it "
	                "had been delayed twice on the road from the coast.\n\n"
	                "“We are staying,” he said.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Émile Zola");
	ct_quotes_free(q);
}
END_TEST

START_TEST(cue_words_grouped_by_first_letter)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{"x(?<cue>said|says|told|added|sighed)\\b", "x(?<cue>s(?:aid|ays|ighed)|told|added)\\b"},
		/* a define used whole, and with more words: one list */
		{"(?<cue>(?:said|told)|commented|states)\\b", "(?<cue>s(?:aid|tates)|told|commented)\\b"},
		{"(?<cue>(?:said|told|went\\s+on)|commented|tells)",
		 "(?<cue>said|t(?:old|ells)|went\\s+on|commented)"},
		/* letters of another case: apart, or together where a caseless
		 * option may reach the group */
		{"(?<cue>Said|said|Says)", "(?<cue>S(?:aid|ays)|said)"},
		{"(?i:and)\\s(?<cue>Said|said|Says)", "(?i:and)\\s(?<cue>S(?:aid|ays)|said)"},
		{"(?i)(?<cue>Said|said|told)", "(?i)(?<cue>(?:Said|said)|told)"},
		{"(?i:a(?<cue>Said|said|told))", "(?i:a(?<cue>(?:Said|said)|told))"},
		/* what is not a list of words is left as it is */
		{"(?<cue>\\p{Ll}+ed|said|says)", "(?<cue>\\p{Ll}+ed|said|says)"},
		{"(?<cue>[Aa]ccording\\s+to|said|says)", "(?<cue>[Aa]ccording\\s+to|said|says)"},
		{"(?<cue>s?aid|said)", "(?<cue>s?aid|said)"},
		{"(?<cue>(?<x>said)|says)", "(?<cue>(?<x>said)|says)"},
		{"(?<cue>said|)", "(?<cue>said|)"},
		{"no cue (said|says)", "no cue (said|says)"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *got = cti_factor_cue(t[i].in);
		ck_assert_ptr_nonnull(got);
		ck_assert_msg(!strcmp(got, t[i].out), "%s: got %s, want %s", t[i].in, got, t[i].out);
		free(got);
	}
	/* the same alternative wins: "said" before "said in", as written */
	const char *pat = "(?<cue>said|says|said in|told)(?: in)?\\z";
	char *f = cti_factor_cue(pat);
	ck_assert_ptr_nonnull(f);
	static const char *const subj[] = {"said in", "said", "says in", "said in in", "told in"};
	for (size_t k = 0; k < 2; k++) {
		int err;
		PCRE2_SIZE off;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)(k ? f : pat), PCRE2_ZERO_TERMINATED,
		                               PCRE2_UTF | PCRE2_ANCHORED, &err, &off, NULL);
		ck_assert_ptr_nonnull(re);
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
		static size_t want[5][2];
		for (size_t j = 0; j < 5; j++) {
			int rc = pcre2_match(re, (PCRE2_SPTR)subj[j], strlen(subj[j]), 0, 0, md, NULL);
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			size_t cue_end = rc > 1 ? ov[3] : (size_t)-1;
			if (k == 0) {
				want[j][0] = (size_t)rc;
				want[j][1] = cue_end;
			} else {
				ck_assert_uint_eq((size_t)rc, want[j][0]);
				ck_assert_uint_eq(cue_end, want[j][1]);
			}
		}
		pcre2_match_data_free(md);
		pcre2_code_free(re);
	}
	free(f);
}
END_TEST

/* The person a pronoun refers to is tried at each capital in turn (an
 * anchored match): capitals that start no name before it change nothing. */
START_TEST(pronoun_person_after_capitals_that_name_nobody)
{
	static const struct {
		const char *text, *speaker;
	} t[] = {
		{"On Tuesday In Paris The Board, Gen. Anna Berg and the Navy met for an hour at the "
		 "docks; then it ended without any decision at all.\n\n“We are staying,” she said.",
		 "Anna Berg"},
		{"After The Vote In Rome, Maria Rossi Bianchi left the hall early with nothing decided "
		 "for the coming weeks of talks.\n\n“We are staying,” she said.",
		 "Maria Rossi Bianchi"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		ct_quotes *q = extract(t[i].text);
		ck_assert_uint_eq(ct_quotes_count(q), 1);
		opt_eq("speaker", ct_quotes_at(q, 0)->speaker, t[i].speaker, t[i].text);
		ct_quotes_free(q);
	}
}
END_TEST

/* A quotation that ends its sentence tries its rules in the order of what
 * they are worth for it (after rules at 0.9 of their confidence) and takes
 * the first match: the most confident one, as when all are tried. */
START_TEST(rules_in_order_of_worth)
{
	static const struct {
		const char *text, *speaker, *rule;
		double confidence;
	} t[] = {
		/* after-name-said (0.88) loses to before-colon (0.87) at 0.9 */
		{"Smith said: “We stay.” Jones said.", "Smith", "before-colon", 0.87},
		{"Smith said: “We stay.” said Jones.", "Smith", "before-colon", 0.87},
		/* not after a comma */
		{"Smith said: “We stay,” Jones said.", "Jones", "after-name-said", 0.88},
		/* no rule before: the after rules among themselves */
		{"“We stay.” said Jones, the mayor.", "Jones", "after-said-name-role", 0.84},
		/* after-said-name-role at 0.9 (0.84) over before-said-within-sentence (0.78) */
		{"Smith said the plan was “dead.” said Jones, the mayor.", "Jones",
		 "after-said-name-role", 0.84},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		ct_quotes *q = extract(t[i].text);
		ck_assert_uint_eq(ct_quotes_count(q), 1);
		const ct_quote *x = ct_quotes_at(q, 0);
		opt_eq("speaker", x->speaker, t[i].speaker, t[i].text);
		opt_eq("rule", x->rule, t[i].rule, t[i].text);
		ck_assert_msg(x->confidence > t[i].confidence - 0.005 &&
		              x->confidence < t[i].confidence + 0.005, "%s: confidence %.3f",
		              t[i].text, x->confidence);
		ct_quotes_free(q);
	}
}
END_TEST

START_TEST(pronoun_resolved_far_back)
{
	const char *t = "On Monday Anna Berg reached Tarvik before dawn. The convoy had been "
	                "delayed twice on the road from the coast, first by a broken axle and "
	                "then by a checkpoint that nobody had expected to find there, and the "
	                "drivers waited for hours in the cold until noon.\n\n"
	                "Nobody slept that night. “Maria Holm knows,” a driver "
	                "said. “We are staying,” she said. Later Jon Vik came.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 1)->text, "We are staying,");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ct_quotes_free(q);
}
END_TEST

/* a quotation inside its sentence, with abbreviations on the way: full
 * stops that end no sentence */
START_TEST(within_sentence_after_abbreviations)
{
	const char *t = "Sen. Anna Berg said on Monday in the U.S. capital that the plan was "
	                "“a reckless gamble.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "said");
	ct_quotes_free(q);
}
END_TEST

/* a before rule's search stops where its cue words last start: a cue word
 * early in the sentence ("told") must not cut off the speaker of a later
 * one */
START_TEST(speaker_before_a_later_cue_word)
{
	const char *t = "Nobody was told why the plan failed, but Jon Vik said on Monday that "
	                "it was “reckless.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Jon Vik");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "said");
	ct_quotes_free(q);
}
END_TEST

/* a before rule is searched for only where its tail (from the cue on)
 * matches at a cue word: here at the second "said", not the first */
START_TEST(speaker_at_the_cue_whose_tail_matches)
{
	const char *t = "Ana Holt said little at the hearing, but Per Lund said: “We will go.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Per Lund");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "said");
	ct_quotes_free(q);
}
END_TEST

/* text that is not valid UTF-8 (after the quotation here) is matched with
 * PCRE2's own checks on: the pronoun still finds its person; marks are found
 * past long runs of plain text and bytes that only begin other characters */
START_TEST(pronoun_in_invalid_utf8_and_long_runs)
{
	char t[2048];
	size_t n = 0;
	n += (size_t)snprintf(t + n, sizeof t - n, "Gen. David Smith arrived in Tarvik.");
	for (int k = 0; k < 40; k++)
		n += (size_t)snprintf(t + n, sizeof t - n, " Words \xe2\x80\x94 and more words.");
	snprintf(t + n, sizeof t - n, "\n\n\xc2\xa0“We stay,” he said.\n\nOther \xff\xfe words. “Unclosed\n\nEnd.");
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->text, "We stay,");
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "David Smith");
	ck_assert_str_eq(ct_quotes_at(q, 1)->text, "Unclosed");
	ck_assert(ct_quotes_at(q, 1)->confidence < ct_quotes_at(q, 0)->confidence);
	ct_quotes_free(q);
}
END_TEST

/* sentence-long stretches between speaker and quotation (SENT in
 * en.rules), over commas to a colon, and over commas to ", Smith said" */
START_TEST(sentence_stretches_with_commas)
{
	const char *t = "The mayor then spoke to the crowd, at length and in detail: “We stay.”\n\n"
	                "“Nothing changes” in the town, at least, Anna Berg said.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "The mayor");
	ck_assert_str_eq(ct_quotes_at(q, 0)->rule, "before-subject-colon");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 1)->rule, "after-name-said-later");
	ct_quotes_free(q);
}
END_TEST

/* a quotation that opens a sentence inside its paragraph: the sentence
 * before it may have the speaker; the paragraph before is not looked at */
START_TEST(speaker_in_sentence_before)
{
	const char *t = "The talks ended late. Jon Vik recalled the long night in Tarvik. "
	                "“Nobody slept.”\n\n"
	                "Anna Berg went on.\n\nThe hall was silent. “Nobody moved.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Jon Vik");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "recalled");
	ck_assert_str_eq(ct_quotes_at(q, 0)->rule, "before-previous-sentence");
	ck_assert_ptr_null(ct_quotes_at(q, 1)->speaker);
	ct_quotes_free(q);
	/* agreeing is saying */
	q = extract("The vote failed on Monday. Tarvik's mayor Anna Berg agreed. “The plan is dead.”");
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "agreed");
	ct_quotes_free(q);
}
END_TEST

/* a paragraph that is only a quotation, after one about someone named
 * with no verb of saying */
START_TEST(speaker_subject_of_paragraph_before)
{
	const char *t = "Anna Berg is upbeat about the vote in Tarvik.\n\n“We will win.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 0)->rule, "before-previous-paragraph-subject");
	ct_quotes_free(q);
}
END_TEST

/* a quotation paragraph after a paragraph whose split quotation was
 * attributed goes on with its speaker */
START_TEST(speaker_goes_on_after_split_quotation)
{
	const char *t = "“We stay,” Anna Berg said. “The harbour is ours.”\n\n“Nobody leaves.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 1)->text, "Nobody leaves.");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ct_quotes_free(q);
}
END_TEST

/* the quotations before one in its sentence do not hide its speaker */
START_TEST(speaker_past_earlier_quotation)
{
	const char *t = "Anna Berg, who backs the plan, trashed the council on “Morning Talk,” "
	                "calling the vote a “disgrace.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 1)->text, "disgrace.");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 1)->cue, "calling");
	ct_quotes_free(q);
}
END_TEST

/* a quotation ending its sentence and its line: the next line, in a text
 * with a line a paragraph, is not its attribution */
START_TEST(attribution_not_on_next_line)
{
	const char *t = "“You meant the harbour. You lost the vote.”\nAnna Berg replied: “No.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_ptr_null(ct_quotes_at(q, 0)->speaker);
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ct_quotes_free(q);
}
END_TEST

/* after a quotation that ends its sentence, a sentence whose cue has a
 * clause of its own is not its attribution */
START_TEST(attribution_not_a_new_clause)
{
	const char *t = "Japan called Tarvik “an outlaw state.” Russia insisted that Tarvik "
	                "“stop its escapades.” The council said the vote was lost.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Japan");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Russia");
	ct_quotes_free(q);
}
END_TEST

/* quotations listed before an attributed one take its speaker */
START_TEST(listed_quotations_share_speaker)
{
	const char *t = "Guns are “the ultimate crisis” and “stunt growth,” Anna Berg told the hall.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Anna Berg");
	ct_quotes_free(q);
}
END_TEST

/* “…,“ said X: a closing mark typed as an opening one ends the quotation
 * (it must not run on into the next paragraph's quotation) */
START_TEST(mistyped_closing_mark)
{
	const char *t = "“It could create problems for her,“ said Jim Clyburn, a congressman.\n\n"
	                "“We are leaving,” Smith said.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->text, "It could create problems for her,");
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Jim Clyburn");
	ck_assert_str_eq(ct_quotes_at(q, 1)->speaker, "Smith");
	ct_quotes_free(q);
}
END_TEST

/* a paragraph that opens with a quotation, after one whose last sentence
 * has someone speaking without quoting */
START_TEST(speaker_in_paragraph_before)
{
	const char *t = "The talks ended late. Anna Berg went on with her account.\n\n"
	                "“We will stay in Tarvik.”\n\nThe plan failed.\n\n“Nobody knew.”";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Berg");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "went on");
	/* the rule for the sentence before, inside a paragraph, is not tried */
	ck_assert_str_eq(ct_quotes_at(q, 0)->rule, "before-previous-paragraph");
	ck_assert_ptr_null(ct_quotes_at(q, 1)->speaker);
	ct_quotes_free(q);
}
END_TEST

START_TEST(multi_paragraph_and_unbalanced)
{
	const char *t = "Smith said: “The first paragraph goes on\n\n"
	                "“and the second one closes it.”\n\n"
	                "Jones said: “This one is never closed\n\nNext paragraph.";
	ct_quotes *q = extract(t);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	const ct_quote *a = ct_quotes_at(q, 0), *b = ct_quotes_at(q, 1);
	ck_assert_ptr_nonnull(strstr(a->text, "second one closes it."));
	ck_assert_str_eq(a->speaker, "Smith");
	ck_assert_str_eq(b->text, "This one is never closed");
	ck_assert_str_eq(b->speaker, "Jones");
	ck_assert(b->confidence < a->confidence);
	ct_quotes_free(q);
}
END_TEST

START_TEST(nested_marks)
{
	const char *t = "„Er sagte ‚nie wieder‘ und ging“, sagte Anna Weber.";
	ct_quotes *q = NULL;
	ck_assert_int_eq(ct_extract_quotes(rules, t, strlen(t), "de", NULL, 0, &q), CT_OK);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->text, "Er sagte ‚nie wieder‘ und ging");
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Anna Weber");
	ct_quotes_free(q);
	q = extract("“She told me ‘never again’ and left,” said Tom Hale.");
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Tom Hale");
	ct_quotes_free(q);
}
END_TEST

START_TEST(language_guess)
{
	const char *en = "The minister said that the troops were leaving and that the base was not safe.";
	const char *de = "Der Minister sagte, dass die Truppen abziehen und das Lager nicht sicher ist.";
	const char *fr = "Le ministre a dit que les troupes partent et que la base est dans une zone.";
	const char *nl = "De minister zei dat de troepen vertrekken en dat het kamp niet veilig is.";
	const char *da = "Ministeren sagde at tropperne rejser og at lejren ikke er sikker med det.";
	ck_assert_str_eq(ct_guess_language(en, strlen(en)), "en");
	ck_assert_str_eq(ct_guess_language(de, strlen(de)), "de");
	ck_assert_str_eq(ct_guess_language(fr, strlen(fr)), "fr");
	ck_assert_str_eq(ct_guess_language(nl, strlen(nl)), "nl");
	ck_assert_str_eq(ct_guess_language(da, strlen(da)), "da");
	ck_assert_ptr_null(ct_guess_language("12 34 56", 8));
	/* words are runs of ASCII letters: @ [ ` and other bytes end them, the
	 * text's end too; "the" glued to letters is no stop word */
	const char *odd = "@the@[and]`of`\xc3\xa9to\xc3\xa9 thethe said";
	ck_assert_str_eq(ct_guess_language(odd, strlen(odd)), "en");
	ck_assert_ptr_null(ct_guess_language(odd, 11)); /* "the", "and": too few */
	ck_assert_ptr_null(ct_guess_language(odd, 12)); /* "of" cut to "o" */
	ck_assert_ptr_null(ct_guess_language("thethe andand", 13));
	/* '`' has always passed for a letter of code 0: before a word it
	 * changes nothing, after one it makes another word (kept so that
	 * guesses stay the same as the test was made a table) */
	ck_assert_str_eq(ct_guess_language("`the `and `to", 13), "en");
	ck_assert_ptr_null(ct_guess_language("the` and` to`", 13));
}
END_TEST

/* The language guess settles every 2 KB once a language leads (the stop
 * words looked up without a branch, in a table of a slot each): a text that
 * changes language after 2 KB of English stays English; one that mixes
 * both at first goes by the rest. */
START_TEST(language_guess_settles)
{
	static char a[9000], b[9000], c[9000];
	a[0] = b[0] = c[0] = '\0';
	while (strlen(a) < 2100)
		strcat(a, "the minister and of to ");
	while (strlen(a) < 8000)
		strcat(a, "der Minister und die das ");
	while (strlen(b) < 2100)
		strcat(b, "the house der Haus and ");
	while (strlen(b) < 8000)
		strcat(b, "der Minister und die das ");
	while (strlen(c) < 9000 - 30)
		strcat(c, "Ministeren sagde og ikke ");
	ck_assert_str_eq(ct_guess_language(a, strlen(a)), "en");
	ck_assert_str_eq(ct_guess_language(b, strlen(b)), "de");
	ck_assert_str_eq(ct_guess_language(c, strlen(c)), "da");
	/* a text ending in a stop word counts it */
	ck_assert_str_eq(ct_guess_language("x the and of", 12), "en");
	ck_assert_ptr_null(ct_guess_language("x the and ofx", 13));
}
END_TEST

START_TEST(transcript_turns_are_quotes)
{
	const char *t = "THE CHAIRMAN: Good morning.\n\nSIR RODERICK BLAINE: Thank you, Chairman.\n";
	ct_load_opts o = {.kind = CT_KIND_TRANSCRIPT, .kind_set = true};
	ct_document *doc = NULL;
	ck_assert_int_eq(ct_document_parse("/t/h.txt", t, strlen(t), &o, NULL, NULL, &doc), CT_OK);
	ct_passage *p = NULL;
	size_t np = 0;
	ck_assert_int_eq(ct_segment_document(doc, &p, &np), CT_OK);
	size_t len;
	const char *text = ct_document_text(doc, &len);
	ct_quotes *q = NULL;
	ck_assert_int_eq(ct_extract_quotes(rules, text, len, "en", p, np, &q), CT_OK);
	ck_assert_uint_eq(ct_quotes_count(q), 2);
	const ct_quote *b = ct_quotes_at(q, 1);
	ck_assert_str_eq(b->kind, "turn");
	ck_assert_str_eq(b->speaker, "Roderick Blaine");
	ck_assert_str_eq(b->role, "Sir");
	ck_assert_str_eq(b->text, "Thank you, Chairman.");
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "The Chairman");
	ct_quotes_free(q);
	ct_free(p);
	ct_document_free(doc);
}
END_TEST

START_TEST(bad_user_rules_reported_others_run)
{
	ct_tmp_setup();
	ct_write_str("r/house.rules",
	             "# a house style\n"
	             "[rule house-dash]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}\\s*~~\\s*(?<speaker>{{NAME}})\n"
	             "confidence = 0.9\n"
	             "\n"
	             "[rule broken]\n"
	             "lang = en\n"
	             "pattern = {{Q}}(?<speaker>[unclosed\n"
	             "\n"
	             "[rule no-quote]\n"
	             "pattern = (?<speaker>x)\n"
	             "\n"
	             "[rule undefined]\n"
	             "pattern = {{Q}} {{NOPE}}\n"
	             "\n"
	             "[rule bad-key]\n"
	             "colour = blue\n"
	             "pattern = {{Q}}\n");
	ct_write_str("r/garbage.rules", "this is not a rule file\n");
	struct ct_diags d = {0};
	size_t before = ct_rules_count(rules), bad = 0;
	ck_assert_int_eq(ct_rules_load_dir(rules, ct_path("r"), ct_collect, &d, &bad), CT_OK);
	ck_assert_uint_eq(bad, 5);
	ck_assert_uint_eq(ct_rules_count(rules), before + 1);
	ck_assert_ptr_nonnull(strstr(d.all, "house.rules:10: rule 'broken': pattern rejected by PCRE2 at offset"));
	ck_assert_ptr_nonnull(strstr(d.all, "house.rules:13: rule 'no-quote': the pattern has no {{Q}}"));
	ck_assert_ptr_nonnull(strstr(d.all, "house.rules:16: rule 'undefined': {{NOPE}} is not defined"));
	ck_assert_ptr_nonnull(strstr(d.all, "house.rules:19: rule 'bad-key': unknown key 'colour'"));
	ck_assert_ptr_nonnull(strstr(d.all, "garbage.rules:1: not a [section]"));
	/* the good user rule works */
	ct_quotes *q = extract("“We stay” ~~ Maria Lopez");
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Maria Lopez");
	ck_assert_str_eq(ct_quotes_at(q, 0)->rule, "house-dash");
	ct_quotes_free(q);
	ct_tmp_teardown();
}
END_TEST

/* Rules are prefiltered by what their patterns need (a cue word among
 * theirs, a colon before the quotation): user rules whose cues are word
 * lists, with several words, or a class of marks before {{Q}} still match
 * when they should, and only then. */
START_TEST(prefiltered_user_rules)
{
	ct_tmp_setup();
	ct_write_str("r/house.rules",
	             "[rule house-murmur]\n"
	             "lang = en\n"
	             "kind = before\n"
	             "pattern = (?<speaker>{{NAME}})\\s+(?<cue>murmured|whispered\\s+softly|(?:hissed|"
	             "breathed))\\s*[;:]\\s*{{Q}}\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-after]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}\\s+(?<cue>Intoned)\\s+(?<speaker>{{NAME}})\n"
	             "confidence = 0.99\n");
	size_t bad = 9;
	ck_assert_int_eq(ct_rules_load_dir(rules, ct_path("r"), NULL, NULL, &bad), CT_OK);
	ck_assert_uint_eq(bad, 0);
	static const struct {
		const char *text, *speaker, *rule;
	} t[] = {
		{"Anna Berg murmured: “We stay.”", "Anna Berg", "house-murmur"},
		{"Anna Berg whispered softly; “We stay.”", "Anna Berg", "house-murmur"},
		{"Anna Berg hissed : “We stay.”", "Anna Berg", "house-murmur"},
		{"Anna Berg breathed:\xc2\xa0“We stay.”", "Anna Berg", "house-murmur"},
		{"“We stay” Intoned Anna Berg", "Anna Berg", "house-after"},
		{"Anna Berg murmured “We stay.”", NULL, NULL}, /* no colon */
		{"Anna Berg whispered: “We stay.”", NULL, NULL}, /* not 'softly' */
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		ct_quotes *q = extract(t[i].text);
		ck_assert_uint_eq(ct_quotes_count(q), 1);
		const ct_quote *x = ct_quotes_at(q, 0);
		if (t[i].rule) {
			opt_eq("speaker", x->speaker, t[i].speaker, t[i].text);
			opt_eq("rule", x->rule, t[i].rule, t[i].text);
		} else {
			ck_assert_msg(!x->rule || strncmp(x->rule, "house-", 6) != 0, "%s: rule %s",
			              t[i].text, x->rule);
		}
		ct_quotes_free(q);
	}
	ct_tmp_teardown();
}
END_TEST

static const struct rule *rule_named(const char *name)
{
	for (size_t i = 0; i < rules->n; i++)
		if (!strcmp(rules->r[i].name, name))
			return &rules->r[i];
	ck_abort_msg("no rule %s", name);
	return NULL;
}

/* The prefilters of rules.c on user rules: cue words spelt with a class or
 * an optional letter; an after rule whose cue comes first (the first word
 * after the quotation must be a cue word); an after rule whose tail, from
 * its cue on, must match at one of its cue words. None may turn away a
 * real match. */
START_TEST(prefilters_keep_real_matches)
{
	ct_tmp_setup();
	ct_write_str("r/house.rules",
	             "[rule house-class]\n"
	             "lang = en\n"
	             "kind = before\n"
	             "pattern = (?<speaker>{{NAME}})\\s+(?<cue>characteri[sz]ed|labell?ed|[Dd]ubbed)"
	             "\\s+it\\s+{{Q}}\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-first]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}[,;]?\\s*(?<cue>intoned|chanted)\\s+(?<speaker>{{NAME}})\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-tail]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}\\s+(?<speaker>{{NAME}})[^.]*?\\s+(?<cue>murmured|mumbled),?\\s+"
	             "as\\s+quoted\\s+by\\s+(?<outlet>\\p{Lu}\\w+)\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-pre]\n"
	             "lang = en\n"
	             "kind = before\n"
	             "pattern = (?<role>\\p{Ll}+),\\s+(?<speaker>{{NAME}}),\\s+(?:(?:also|then)\\s+)?"
	             "(?<cue>grumbled|groused)\\s+{{Q}}\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-pre-after]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}\\s+(?<speaker>{{NAME}});\\s*(?<cue>sniffed)\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-pre-later]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = {{Q}}(?:[^.,]++|,)*?,\\s+(?<cue>croaked)\\s+(?<speaker>{{NAME}})\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-need]\n"
	             "lang = en\n"
	             "kind = before\n"
	             "pattern = ^(?<speaker>{{NAME}})(?:\\s+\\(\\w+\\))?:\\s+[^:]*{{Q}}\n"
	             "confidence = 0.99\n"
	             "\n"
	             "[rule house-need-x]\n"
	             "lang = en\n"
	             "kind = after\n"
	             "pattern = (?x) {{Q}} \\s+ chirped \\s+ (?<speaker> {{NAME}} )  # no , needed\n"
	             "confidence = 0.99\n");
	size_t bad = 9;
	ck_assert_int_eq(ct_rules_load_dir(rules, ct_path("r"), NULL, NULL, &bad), CT_OK);
	ck_assert_uint_eq(bad, 0);
	/* the mechanisms are in place */
	const struct rule *c = rule_named("house-class"), *f = rule_named("house-first"),
	                  *t = rule_named("house-tail");
	ck_assert(c->has_cues && c->tail_re);
	ck_assert(f->has_cues && f->cue_first && !f->tail_re);
	ck_assert(t->has_cues && !t->cue_first && t->tail_re);
	ck_assert(rule_named("house-pre")->pre_re && rule_named("house-pre-after")->pre_re &&
	          rule_named("house-pre-later")->pre_re);
	ck_assert_str_eq(rule_named("house-need")->need, ":");
	ck_assert_str_eq(rule_named("house-need-x")->need, "");
	static const struct {
		const char *text, *speaker, *rule, *outlet;
	} x[] = {
		{"Anna Berg characterized it “a retreat.”", "Anna Berg", "house-class", NULL},
		{"Anna Berg characterised it “a retreat.”", "Anna Berg", "house-class", NULL},
		{"Anna Berg labeled it “a retreat.”", "Anna Berg", "house-class", NULL},
		{"Anna Berg labelled it “a retreat.”", "Anna Berg", "house-class", NULL},
		{"Anna Berg Dubbed it “a retreat.”", "Anna Berg", "house-class", NULL},
		{"Anna Berg characterixed it “a retreat.”", NULL, NULL, NULL},
		{"“We stay” intoned Anna Berg", "Anna Berg", "house-first", NULL},
		{"“We stay”; \t chanted Anna Berg", "Anna Berg", "house-first", NULL},
		{"“We stay” then intoned Anna Berg", NULL, NULL, NULL},
		{"“We stay” intonedly Anna Berg", NULL, NULL, NULL},
		{"“We stay” Anna Berg mumbled and murmured, as quoted by Reuters.", "Anna Berg",
		 "house-tail", "Reuters"},
		{"“We stay” Anna Berg murmured as quoted by Reuters.", "Anna Berg", "house-tail",
		 "Reuters"},
		{"“We stay” Anna Berg murmured, as noted by Reuters.", NULL, NULL, NULL},
		{"The mayor, Anna Berg, grumbled “We stay.”", "Anna Berg", "house-pre", NULL},
		{"The mayor, Anna Berg, then groused “We stay.”", "Anna Berg", "house-pre", NULL},
		{"Anna Berg grumbled, and the mayor, Anna Berg, also groused “We stay.”", "Anna Berg",
		 "house-pre", NULL},
		{"The mayor Anna Berg grumbled “We stay.”", NULL, NULL, NULL},
		{"The mayor, Anna Berg grumbled “We stay.”", NULL, NULL, NULL},
		{"“We stay” Anna Berg;\tsniffed", "Anna Berg", "house-pre-after", NULL},
		{"“We stay” Anna Berg; she sniffed", NULL, NULL, NULL},
		{"“We stay” in the end, croaked Anna Berg", "Anna Berg", "house-pre-later", NULL},
		{"“We stay” croaked Anna Berg", NULL, NULL, NULL},
		{"“We stay” in the end croaked, croaked Anna Berg", "Anna Berg", "house-pre-later",
		 NULL},
		{"Anna Berg: “We stay.”", "Anna Berg", "house-need", NULL},
		{"Anna Berg (Tarvik): tired, “We stay.”", "Anna Berg", "house-need", NULL},
		{"Anna Berg “We stay.”", NULL, NULL, NULL},
		{"“We stay” chirped Anna Berg", "Anna Berg", "house-need-x", NULL},
	};
	for (size_t i = 0; i < sizeof x / sizeof x[0]; i++) {
		ct_quotes *q = extract(x[i].text);
		ck_assert_uint_eq(ct_quotes_count(q), 1);
		const ct_quote *y = ct_quotes_at(q, 0);
		if (x[i].rule) {
			opt_eq("speaker", y->speaker, x[i].speaker, x[i].text);
			opt_eq("rule", y->rule, x[i].rule, x[i].text);
			opt_eq("outlet", y->outlet, x[i].outlet, x[i].text);
		} else {
			ck_assert_msg(!y->rule || strncmp(y->rule, "house-", 6) != 0, "%s: rule %s",
			              x[i].text, y->rule);
		}
		ct_quotes_free(q);
	}
	ct_tmp_teardown();
}
END_TEST

/* the language is guessed only when there are quotations to attribute,
 * and then picks the rules: German text without a lang */
START_TEST(language_guessed_for_quotations)
{
	const char *de = "Der Minister sagte, dass die Truppen abziehen und das Lager nicht "
	                 "sicher ist. „Wir ziehen ab“, sagte Hans Müller.";
	ct_quotes *q = NULL;
	ck_assert_int_eq(ct_extract_quotes(rules, de, strlen(de), NULL, NULL, 0, &q), CT_OK);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Hans Müller");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "sagte");
	ct_quotes_free(q);
	const char *none = "Der Minister sagte, dass die Truppen abziehen.";
	ck_assert_int_eq(ct_extract_quotes(rules, none, strlen(none), NULL, NULL, 0, &q), CT_OK);
	ck_assert_uint_eq(ct_quotes_count(q), 0);
	ct_quotes_free(q);
}
END_TEST

START_TEST(no_quotes_no_crash)
{
	const char *odd[] = {"", "\"", "“", "”", "\"\"", "‘tis", "“”", "“a”", "« »", "a\"b\"c"};
	for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		ct_quotes *q = extract(odd[i]);
		for (size_t k = 0; k < ct_quotes_count(q); k++) {
			const ct_quote *x = ct_quotes_at(q, k);
			ck_assert_uint_le(x->start, x->end);
			ck_assert_uint_le(x->end, strlen(odd[i]));
		}
		ct_quotes_free(q);
	}
}
END_TEST

/* extract-quotes loads files without hashing them: the same quotations,
 * an empty SHA-256 */
START_TEST(loaded_without_hash)
{
	const char *t = "Smith said: “We are leaving.”\n";
	const ct_load_opts lo = {.no_hash = true};
	ct_source *a = NULL, *b = NULL;
	ck_assert_int_eq(ct_source_parse("a.txt", t, strlen(t), &lo, NULL, NULL, &a), CT_OK);
	ck_assert_int_eq(ct_source_parse("a.txt", t, strlen(t), NULL, NULL, NULL, &b), CT_OK);
	ck_assert_str_eq(ct_source_sha256(a), "");
	ck_assert_uint_eq(strlen(ct_source_sha256(b)), 64);
	size_t la = 0, lb = 0;
	const char *ta = ct_document_text(ct_source_document(a, 0), &la);
	const char *tb = ct_document_text(ct_source_document(b, 0), &lb);
	ck_assert_uint_eq(la, lb);
	ct_quotes *q = extract(ta);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Smith");
	ck_assert_int_eq(memcmp(ta, tb, la), 0);
	ct_quotes_free(q);
	ct_source_free(a);
	ct_source_free(b);
}
END_TEST

/* Rules are JIT-compiled on the first document of their language that has
 * a quotation, not when loaded: how many rules of language lang (or "*")
 * are, and how many there are. */
static size_t jitted(const char *lang, size_t *of)
{
	size_t n = 0, all = 0;
	for (size_t i = 0; i < rules->n; i++) {
		const struct rule *u = &rules->r[i];
		if (strcmp(u->lang, lang) != 0)
			continue;
		all++;
		size_t size = 0;
		ck_assert_int_eq(pcre2_pattern_info(u->re, PCRE2_INFO_JITSIZE, &size), 0);
		n += size > 0;
	}
	*of = all;
	return n;
}

START_TEST(rules_jit_compiled_per_language_on_first_use)
{
	size_t all_en = 0, all_de = 0, all_any = 0;
	ck_assert_uint_eq(jitted("en", &all_en), 0);
	ck_assert_uint_eq(jitted("de", &all_de), 0);
	ck_assert_uint_eq(jitted("*", &all_any), 0);
	ck_assert_uint_gt(all_en, 10);
	ck_assert_uint_gt(all_de, 0);
	/* no quotation: nothing to attribute, nothing compiled */
	ct_quotes *q = extract("Smith said nothing of note.");
	ct_quotes_free(q);
	ck_assert_uint_eq(jitted("en", &all_en), 0);
	/* an English quotation: the English rules and the common ones */
	q = extract("“We are leaving,” said Gen. John Smith, the task force commander.");
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "John Smith");
	ct_quotes_free(q);
	ck_assert_uint_eq(jitted("en", &all_en), all_en);
	ck_assert_uint_eq(jitted("*", &all_any), all_any);
	ck_assert_uint_eq(jitted("de", &all_de), 0);
	/* then a German one: its rules compiled now, and right */
	const char *de = "„Wir ziehen ab“, sagte Verteidigungsminister Hans Müller.";
	ck_assert_int_eq(ct_extract_quotes(rules, de, strlen(de), "de", NULL, 0, &q), CT_OK);
	ck_assert_uint_eq(ct_quotes_count(q), 1);
	ck_assert_str_eq(ct_quotes_at(q, 0)->speaker, "Hans Müller");
	ck_assert_str_eq(ct_quotes_at(q, 0)->cue, "sagte");
	ct_quotes_free(q);
	ck_assert_uint_eq(jitted("de", &all_de), all_de);
	size_t all_fr = 0;
	ck_assert_uint_eq(jitted("fr", &all_fr), 0);
}
END_TEST

static Suite *extract_suite(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("attribution");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, attribution_forms, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, split_quote_joined_and_pronoun_resolved);
	tcase_add_test(tc, pronoun_resolved_far_back);
	tcase_add_test(tc, pronoun_takes_last_name_of_its_piece);
	tcase_add_test(tc, rules_in_order_of_worth);
	tcase_add_test(tc, cue_words_grouped_by_first_letter);
	tcase_add_test(tc, pronoun_person_with_non_ascii_capital);
	tcase_add_test(tc, pronoun_person_after_capitals_that_name_nobody);
	tcase_add_test(tc, within_sentence_after_abbreviations);
	tcase_add_test(tc, speaker_before_a_later_cue_word);
	tcase_add_test(tc, speaker_at_the_cue_whose_tail_matches);
	tcase_add_test(tc, speaker_in_sentence_before);
	tcase_add_test(tc, speaker_subject_of_paragraph_before);
	tcase_add_test(tc, speaker_goes_on_after_split_quotation);
	tcase_add_test(tc, speaker_past_earlier_quotation);
	tcase_add_test(tc, attribution_not_on_next_line);
	tcase_add_test(tc, attribution_not_a_new_clause);
	tcase_add_test(tc, listed_quotations_share_speaker);
	tcase_add_test(tc, sentence_stretches_with_commas);
	tcase_add_test(tc, pronoun_in_invalid_utf8_and_long_runs);
	tcase_add_test(tc, multi_paragraph_and_unbalanced);
	tcase_add_test(tc, mistyped_closing_mark);
	tcase_add_test(tc, speaker_in_paragraph_before);
	tcase_add_test(tc, nested_marks);
	tcase_add_test(tc, transcript_turns_are_quotes);
	tcase_add_test(tc, no_quotes_no_crash);
	tcase_add_test(tc, loaded_without_hash);
	suite_add_tcase(s, tc);
	tc = tcase_create("rules");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, bad_user_rules_reported_others_run);
	tcase_add_test(tc, prefiltered_user_rules);
	tcase_add_test(tc, prefilters_keep_real_matches);
	tcase_add_test(tc, language_guess);
	tcase_add_test(tc, language_guess_settles);
	tcase_add_test(tc, language_guessed_for_quotations);
	tcase_add_test(tc, rules_jit_compiled_per_language_on_first_use);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(extract_suite)
