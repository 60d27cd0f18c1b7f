/*
 * analyse.h — analysis of what is stored: checking a manuscript's
 * quotations against the sources its notes cite (check-quotes), and the
 * corroboration of interview claims against the public sources (verify,
 * below).
 *
 * Every quotation in the body of a stored document that carries a note —
 * the note marker right after (or just inside) its closing quotation mark,
 * or at the end of its sentence (all the quotations of that sentence share
 * it) — is looked
 * for in the corpus document the note's citation names (an Ibid. or a short
 * form follows its chain to the full citation; a note's citations
 * introduced by "See", "See also" or "Cf." are further reading, not the
 * quotation's source, unless they are all it has). A quotation interrupted
 * by its attribution (“A,” he said, “B.”) is checked part by part, each part
 * a check of its own with the same note. Quotations inside the
 * notes, quotations without a note, and words quoted as words ("the word
 * ‘final’") are not checked.
 *
 * Words are compared after normalising quotation marks (curly, straight,
 * single, double), apostrophes, dashes, whitespace and case; punctuation
 * between words must agree, except after the quotation's last word ("…,”"
 * matches "….”"). An ellipsis (… or ...) in the quotation stands for words
 * left out (a quotation whose only differences are such words is verbatim);
 * square brackets in or around a word's letters are dropped ("[f]rom"). When the citation gives a page and the source's passages
 * carry pages (transcripts, PDFs), the search starts at that page.
 *
 * Verdicts:
 *   verbatim              the words are in the source, in this order;
 *   altered               a close match: at least 70 % of the quotation's
 *                         words found in order in a stretch of the source
 *                         (a word-level alignment with a free start and end
 *                         in the source, in which a source word left out
 *                         costs 1, a word changed 2 and a word added 3,
 *                         and equal costs prefer more words matched); the
 *                         word diff says what differs;
 *   not-found             the source is in the corpus, the words are not;
 *   source-not-in-corpus  the citation names no corpus document (testimony
 *                         names the transcript of that day's hearing where
 *                         the witness speaks);
 *   restricted-source     the source is restricted (interview notes) and
 *                         restricted material was not asked for: nothing
 *                         of it is read or reported.
 */
#ifndef CASETRACE_ANALYSE_H
#define CASETRACE_ANALYSE_H

#include <casetrace/casetrace.h>
#include <casetrace/index.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	CT_QUOTE_VERBATIM = 0,
	CT_QUOTE_ALTERED,
	CT_QUOTE_NOT_FOUND,
	CT_QUOTE_SOURCE_NOT_IN_CORPUS,
	CT_QUOTE_RESTRICTED_SOURCE,
	CT_QUOTE_VERDICT_LAST
} ct_quote_verdict;

/* "verbatim", "altered", "not-found", "source-not-in-corpus",
 * "restricted-source"; static storage ("?" when out of range). */
CT_API const char *ct_quote_verdict_name(ct_quote_verdict v);

/* One piece of a word diff between the source and the quotation. */
typedef enum {
	CT_DIFF_SAME = 0,  /* words both have (as the quotation writes them) */
	CT_DIFF_DEL,       /* words the source has and the quotation lacks */
	CT_DIFF_INS        /* words the quotation has and the source lacks */
} ct_diff_op;

typedef struct ct_diff_part {
	ct_diff_op op;
	const char *text;  /* the words, with their punctuation, one space apart */
} ct_diff_part;

/* The check of one quotation. Strings are owned by the ct_quote_checks
 * they came from. */
typedef struct ct_quote_check {
	const char *quote;        /* the quoted words, as the manuscript has them */
	size_t start, end;        /* their bytes in the manuscript's stored text */
	int note;                 /* the note that cites the source */
	const char *citation;     /* the citation checked against (raw text) */
	const char *citation_type; /* its CSL type */
	int64_t target_doc;       /* the corpus document it names, or 0 (also 0
	                             for a restricted source not asked for) */
	const char *target_path, *target_title; /* or NULL */
	ct_quote_verdict verdict;
	double similarity;        /* share of the quotation's words found in order
	                             in the source: 1 verbatim, >= 0.7 altered */
	bool found;               /* verbatim or altered: the source_* fields say where */
	size_t source_start, source_end; /* bytes of the matching words in the source */
	unsigned source_page;     /* the page they are on, or 0 */
	size_t n_diff;            /* altered: the word diff (source → quotation) */
	const ct_diff_part *diff;
	const char *speaker;      /* "as quoted in" notes: the speaker the note
	                             names ("Brig. Alan Moorcroft"), else NULL */
	int speaker_match;        /* with speaker, when found: 1 when the source
	                             attributes the words to that speaker (the
	                             speaker of its quotation there; when none
	                             there is named, the surname in the
	                             sentence), 0 when not; -1 when not
	                             applicable */
	bool restricted;          /* the source is restricted material */
} ct_quote_check;

typedef struct ct_quote_checks ct_quote_checks;

typedef struct ct_check_quotes_opts {
	bool include_restricted;  /* read and check restricted sources too */
	double min_similarity;    /* altered from this share of words (0: 0.7) */
} ct_check_quotes_opts;

/* Check the quotations of the stored document ref (an id or a path, as
 * ct_db_get_document). opts may be NULL. CT_ENOTFOUND when there is no such
 * document; CT_EINVAL when it is restricted and restricted material was not
 * asked for. *out is freed with ct_quote_checks_free. */
CT_API ct_status ct_db_check_quotes(ct_db *db, const char *ref,
                                    const ct_check_quotes_opts *opts,
                                    ct_quote_checks **out);
/* The checks in text order. */
CT_API size_t ct_quote_checks_count(const ct_quote_checks *c);
/* The i-th check, or NULL when i is out of range; owned by c. */
CT_API const ct_quote_check *ct_quote_checks_at(const ct_quote_checks *c, size_t i);
/* The document checked: its id and path (owned by c). */
CT_API int64_t ct_quote_checks_document(const ct_quote_checks *c, const char **path);
/* Quotations in the body that carry no note (not checked). */
CT_API size_t ct_quote_checks_unnoted(const ct_quote_checks *c);
CT_API void ct_quote_checks_free(ct_quote_checks *c);

/* ---- corroboration of interview claims (verify) ---------------------------
 * Corroboration (verify): the analyse stage's corroboration of interview claims: for each
 * claim in an interview's notes, the public sources that support it, how
 * many of them are independent, and which seem to say otherwise.
 *
 * A claim is a bullet or paragraph of interview notes (front matter `code`,
 * `affiliation`, `role`, `place`, `date`, `case`). For each claim:
 *
 *  1. its words are tokenized as the index tokenizes text, and a word
 *     matches a source's word the index files alike (another spelling,
 *     "defence" and "defense"; an alias of its group once loaded, "Dutch"
 *     and "Netherlands"); function words
 *     (articles, pronouns, auxiliaries, common prepositions, in the five
 *     languages) and words found in more than 10 % of passages are
 *     dropped, the others are weighted by rarity, idf = ln(N / df), from
 *     FTS5's fts5vocab (each word looked up once per run); its figures
 *     ("5,500", "984m", "a thousand", "twenty-four"; years and the days of
 *     dates aside; the number words one to nine too) are one term each,
 *     compared by value, with the rarity of their digits; a figure the
 *     claim hedges ("about", "roughly", "nearly", "some", "close to", "just
 *     short of", "just under", "up to", "as many as") agrees with one the source hedges within a
 *     twentieth of it ("just short of 2,000", "about 1,950"), and the words
 *     of a hedge of several ("just short of") are the figure's, not terms;
 *     nor are the speaker's framing words, which no source states: a
 *     first-person clause of thought, memory or hearsay from its clause's
 *     start to its verb or noun ("As far as I remember,", "we were told",
 *     "in my view"), adverbs of stance ("effectively", "apparently") and
 *     a connective that opens a sentence ("At the same time", "Meanwhile");
 *  2. the rarest (up to 8; beyond the third, only words in at most 2,000
 *     passages, which bounds the rows a large corpus ranks; a vague word of
 *     the speaker's, "everybody", "shorthand", "the impression" (our own
 *     list, claim-words.c), at half its rarity) are OR-ed into an FTS5 query over
 *     the passages of documents that are not restricted; the best 80
 *     passages by BM25 are read;
 *  3. each passage is scored by coverage — the share of the claim's weight
 *     whose words it holds; a document counts with its passage of best
 *     coverage; documents are ranked by coverage, moved by a fifth of the
 *     difference between the best single sentence's coverage and the
 *     passage's (proximity: the claim's words together), plus 0.05 when
 *     the document is linked to the case and 0.05 when it is dated inside
 *     the case's period, minus 0.1 when it was published after the
 *     interview;
 *  4. documents whose best passages share most of their word triples
 *     (Jaccard ≥ 0.5), or whose titles are the same, are one story printed
 *     twice ("syndicated"): they count once;
 *  5. the 20 best documents are read whole and judged by their best
 *     window: at most two consecutive sentences, read with the title. The
 *     key terms — the claim's names (words written with a capital, not at
 *     a sentence's start, found in at most 1 passage in 20; month and day
 *     names aside) and its figures — count twice in the weight (a
 *     paraphrase keeps names and figures, a different fact often changes
 *     one). A document supports the claim when its window covers at least
 *     CT_SUPPORT of that weight (CT_FIGURES_SUPPORT when the claim gives
 *     two figures or more, years aside), every name stands somewhere in the story
 *     (which names its people once, then says "she" or "the minister"),
 *     so does every year the claim gives ("in 2006"), unless the story was
 *     published that year, and every figure stands in the window, the title or two sentences
 *     either side; supporting documents are listed first. Where WordNet
 *     3.0's database files are installed (/usr/share/wordnet, or the folder
 *     in $CASETRACE_WORDNET; read in place, not copied), a word of the story
 *     also stands for a claim word in other words: another form of it (its
 *     base form, an irregular form: "gave", "given") in full; for half its
 *     weight a word that shares one of the first two senses of any of its
 *     parts of speech ("purchased", "bought"; a word written in lower case
 *     not for its senses as a name), what an adjective pertains to
 *     ("Dutch", "Netherlands") and a word derived from it or it from, or
 *     an adjective's satellite that is its own word with an ending
 *     ("north", "northern"). A run of the claim's words that WordNet has
 *     as one lemma ("let go", "handed over", "air station"; lower case, a
 *     particle before no object) is a phrase: a word of its commonest
 *     sense, written as a form of it, stands for each of its words
 *     ("released"), and a particle has its verb's match ("hand" for
 *     "handed over"); a lemma of two words is matched as those words side
 *     by side in the story ("air base", "let go").
 *     A name stands only for a name so ("America", "US" written so), not
 *     for a word derived from it ("England", "English"); the claim's own
 *     words, their forms and such other names count as the name standing
 *     in the story outside the window ("Wales" for "Welsh"). Without
 *     WordNet too, any verb of saying of the story stands for the claim's
 *     ("said" for "argued", "told"; not for "warned" or "denied"), so do
 *     modals of obligation ("should" for "ought") and distributives
 *     ("each" for "every"), a month
 *     for its season ("April", "spring"), and a year the claim gives
 *     stands in every window of a story published that year. The words
 *     that agree around a figure that does not (below) count all of
 *     these. A document says
 *     otherwise when it has two of the claim's names the other way round
 *     around the word that joins them in the claim ("Gazprom outbid
 *     Baikal" against "Baikal … outbid … Gazprom", "Poppins beat The
 *     Producers" against "The Producers has beaten Poppins": articles and
 *     auxiliaries skipped, a verb's forms alike, one sentence, a passive
 *     "by" read as such; not after a possessive) and never the claim's way,
 *     or when its supporting window denies what a claim without negation
 *     states (a negation with one of the claim's words at most four words
 *     after it in its sentence: "made no announcement about the
 *     next-generation Xbox" against "unveiled the next-generation Xbox";
 *     "not only" aside, and the words after one that opens an indirect
 *     question: "has not said which farms"), or when its best passage, covering at least CT_CONTRA_COVER of the
 *     claim's words (figures aside), names included (and, with WordNet, a
 *     name that starts a sentence of the claim: a capitalised rare word
 *     WordNet knows only as a name or not at all, "Lufthansa made …"),
 *       - gives one of the claim's figures moving the other way (the
 *         nearest of rose/fell, increase/cut, profit/loss … within four
 *         words before it, wherever the passage gives it), or
 *       - gives another figure of the same thing (the same word after
 *         it: "550 troops" for "a thousand troops"; another score, "4-1"
 *         for "3-1", time, "one minute, 47.96 seconds" for "1:46.68", or
 *         ordinal, "13th" for "12th": a score, a time and an ordinal are
 *         one figure each, equal only to one of their kind) while the whole
 *         document lacks the claim's (checked also on the best window,
 *         read with the title, of a story that names every name and holds
 *         CT_CONTRA_COVER of the claim's other words: "expects to cut
 *         around 12,800 jobs" against "about 20,000 jobs would go"), or
 *       - covers CT_NEGATED_COVER of a negated claim ("not", "never",
 *         "didn't" …) and is not negated itself;
 *     or when the best window of a story that names every name of a claim
 *     not negated, holding CT_NEGATED_COVER of its other words, tells the
 *     other outcome of the claim's event: a word of the other side of a
 *     pair of opposite outcomes (our own short list, outcomes.c: won /
 *     lost, withdrew, pulled out; stay / leave; rose / fell; approved /
 *     rejected; opened / closed …), not negated, in a sentence with one of
 *     the claim's other words, and no word of the claim's side ("Holmes
 *     pulled out of the championships" against "Holmes won the title at
 *     the championships");
 *     what says otherwise is explained without the claim's words (why);
 *     the names and years the story lacks and the figures the best
 *     window lacks are listed (missing) — claim words, printed only where the claim
 *     may be;
 *  6. evidence comes from published sources: news and other documents;
 *     transcripts are shown (marked testimony) but not counted; the
 *     researcher's notes, manuscripts and interviews are never evidence.
 *
 * Status: corroborated (≥ 2 independent supporting sources), single-source
 * (1), possibly-contradicted (a source says otherwise and fewer than 2
 * support it), uncorroborated (none). A claim of several sentences (a full
 * stop, "!" or "?" before a capital; not an abbreviation's point, "Brig.
 * Moorcroft"; a semicolon does not end one) that comes out uncorroborated
 * as a whole is judged again by its first sentence alone, which in
 * interview notes states the fact (the sentences after it are often the
 * speaker's reading of it, which no source states); its report stands
 * unless that sentence is supported or said otherwise of.
 */

#define CT_SUPPORT 0.75        /* of a window's anchored weight */
#define CT_FIGURES_SUPPORT 0.4 /* of it, when the window gives two figures or
                                  more of the claim, all of them */
#define CT_CONTRA_COVER 0.4     /* of a passage's words, for a figure that disagrees */
#define CT_NEGATED_COVER 0.6    /* of a passage's words, against a negated claim */

typedef struct ct_verify_opts {
	const char *case_slug;  /* prefer sources linked to this case (and date the
	                           claims inside its period), or NULL: the notes'
	                           own `case` */
	int max_evidence;       /* evidence documents per claim (<= 0: 5) */
} ct_verify_opts;

typedef struct ct_evidence {
	int64_t doc, passage;
	const char *path, *title, *outlet, *date;
	double score;           /* coverage and adjustments, 0..1.05 */
	double coverage;        /* share of the claim's weight (names and figures
	                           twice) in the document's best window */
	const char *snippet;    /* that window (or, beyond the 20 documents read
	                           whole, the passage), matched words in ** ** */
	bool supports;          /* coverage >= CT_SUPPORT (CT_FIGURES_SUPPORT for
	                           two figures or more) with every name and figure */
	bool contradicts;       /* says otherwise (why says how) */
	const char *why;        /* "figure: the source gives 550 …", "negation: …", or NULL
	                           (never the claim's words) */
	const char *missing;    /* the claim's key terms (names, figures) the passage
	                           lacks, as the claim writes them, ", "-separated,
	                           or NULL: claim words, so print them only where the
	                           claim itself may be printed */
	int64_t same_as;        /* a syndicated copy of this document, or 0 */
	bool testimony;         /* a transcript: evidence to read, not counted in
	                           the status (only published sources are) */
} ct_evidence;

typedef struct ct_claim_result {
	size_t index;           /* 1-based, in the notes' order */
	const char *text;       /* the claim */
	const char *status;     /* corroborated | single-source | uncorroborated |
	                           possibly-contradicted */
	size_t independent;     /* independent supporting sources */
	size_t n_evidence;
	const ct_evidence *evidence; /* best first */
	double seconds;         /* time spent on this claim */
} ct_claim_result;

typedef struct ct_verify_report {
	const char *source;     /* what was given: a path or a code */
	const char *code;       /* the interview's code, or NULL */
	const char *affiliation, *role, *place; /* identity: print only when asked */
	const char *date, *case_slug;
	size_t n_claims;
	const ct_claim_result *claims;
	size_t by_status[4];    /* corroborated, single-source, uncorroborated,
	                           possibly-contradicted */
	bool wordnet;           /* words were matched in other words too (WordNet
	                           was found); false: by their own words only */
} ct_verify_report;

/* Verify the claims of interview notes: notes is the path of a notes file
 * (read directly, whether or not it is in the database), or the id, path or
 * code of interview notes stored in the database. CT_ENOTFOUND when it is
 * neither; CT_EINVAL for an unknown case. *out is freed with
 * ct_verify_report_free. */
CT_API ct_status ct_db_verify(ct_db *db, const char *notes, const ct_verify_opts *opts,
                              ct_verify_report **out);
CT_API void ct_verify_report_free(ct_verify_report *r);

/* The status names, by index of by_status. */
CT_API const char *ct_verify_status_name(int i);

#ifdef __cplusplus
}
#endif
#endif
