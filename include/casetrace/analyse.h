/*
 * analyse.h — analysis of what is stored: checking a manuscript's
 * quotations against the sources its notes cite (check-quotes).
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

#ifdef __cplusplus
}
#endif
#endif
