/*
 * verify.h — the analyse stage's corroboration of interview claims: for each
 * claim in an interview's notes, the public sources that support it, how
 * many of them are independent, and which seem to say otherwise.
 *
 * A claim is a bullet or paragraph of interview notes (front matter `code`,
 * `affiliation`, `role`, `place`, `date`, `case`). For each claim:
 *
 *  1. its words are tokenized as the index tokenizes text; function words
 *     (articles, pronouns, auxiliaries, common prepositions, in the five
 *     languages) and words found in more than 10 % of passages are
 *     dropped, the others are weighted by rarity, idf = ln(N / df), from
 *     FTS5's fts5vocab (each word looked up once per run);
 *  2. the rarest (up to 8; beyond the third, only words in at most 2,000
 *     passages, which bounds the rows a large corpus ranks) are OR-ed into an FTS5 query over
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
 *  5. a passage supports the claim when it covers at least CT_SUPPORT of it
 *     and holds every key term: the claim's names (words written with a
 *     capital, not at a sentence's start, found in at most 1 passage in 20;
 *     month and day names aside) and its figures, compared by value ("5,500",
 *     "984m", "a thousand", "twenty-four"; years and the days of dates
 *     aside; the number words one to nine too, "two years later") — a
 *     paraphrase keeps names and figures, a different fact often changes
 *     one. A passage whose words (figures aside) cover at least
 *     CT_CONTRA_COVER of the claim, names included, says otherwise when
 *       - it gives one of the claim's figures moving the other way (the
 *         nearest of rose/fell, increase/cut, profit/loss … within four
 *         words before it, wherever the passage gives it), or
 *       - it has two of the claim's names the other way round around the
 *         word that joins them in the claim ("Gazprom outbid Baikal"
 *         against "Baikal … outbid … Gazprom", in one sentence, a passive
 *         "by" read as such), and never the claim's way, or
 *       - it gives another figure of the same thing (the same word after
 *         it: "550 troops" for "a thousand troops") while the whole
 *         document lacks the claim's, or
 *       - the claim is negated ("not", "never", "didn't" …) and the
 *         passage, covering CT_SUPPORT of it, is not;
 *     what says otherwise is explained without the claim's words (why);
 *     the key terms a passage lacks are listed (missing) — claim words,
 *     printed only where the claim may be;
 *  6. evidence comes from published sources: news and other documents;
 *     transcripts are shown (marked testimony) but not counted; the
 *     researcher's notes, manuscripts and interviews are never evidence.
 *
 * Status: corroborated (≥ 2 independent supporting sources), single-source
 * (1), possibly-contradicted (a source says otherwise and fewer than 2
 * support it), uncorroborated (none).
 */
#ifndef CASETRACE_VERIFY_H
#define CASETRACE_VERIFY_H

#include <casetrace/casetrace.h>
#include <casetrace/index.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CT_SUPPORT 0.6
#define CT_CONTRA_COVER 0.4

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
	double coverage;        /* share of the claim's weight in the passage */
	const char *snippet;    /* the passage, matched words in ** ** */
	bool supports;          /* coverage >= CT_SUPPORT */
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
