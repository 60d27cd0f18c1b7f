/* link-private.h — resolving citations to corpus documents (resolve.c);
 * case files (cases.c) and matching text against cases (case-match.c). */
#ifndef CASETRACE_LINK_PRIVATE_H
#define CASETRACE_LINK_PRIVATE_H

#include <stdbool.h>
#include "util/util.h"

/* Whether two outlet names are the same paper ("The Northgate Herald",
 * "Northgate Herald"). */
bool cti_same_outlet(const char *a, const char *b);
/* Jaccard similarity of two titles' words (three letters or more), 0..1. */
double cti_title_similarity(const char *a, const char *b);

/* An interview citation ("Interview, Ministry of Defence official,
 * Northgate, Velmoria, September 20, 2013"), as parsed; and an interview
 * notes document, from its front matter. Dates are ISO 8601. */
struct cti_iv_cite {
	const char *raw, *affiliation, *place, *date;
};
struct cti_iv_doc {
	const char *code, *affiliation, *place, *date;
};
/* How well a citation names an interview: 1 when it gives the document's
 * code; else 0 unless the dates agree, then 0.5, + 0.3 when the
 * affiliations agree (one contains the other's words), + 0.2 when the
 * places do. */
double cti_interview_score(const struct cti_iv_cite *c, const struct cti_iv_doc *d);

/* Whether the surname (last word) of name, without titles, is in
 * text[from, to) as a word (ASCII case folded): a witness in a
 * transcript, a speaker in a source. */
bool cti_names_surname(const char *name, const char *text, size_t from, size_t to);

/* ---- cases ------------------------------------------------------------- */

/* A list of owned strings. */
struct cti_strs {
	char **v;
	size_t n, cap;
};
bool cti_strs_add(struct cti_strs *l, const char *s, size_t len);
void cti_strs_free(struct cti_strs *l);

/* A case file, parsed and checked. */
struct cti_case {
	char *slug, *title, *actor, *coalition, *notes;
	char start[11], end[11];          /* ISO dates; "" when open */
	struct cti_strs theatre, terms, patterns;
	struct cti_strs people, roles;    /* names as written, and their roles */
	struct cti_strs interviews, paths; /* [sources]: codes, path endings */
};

/* Parse and check a case file's text (path names it in messages). Every
 * problem is reported through diag with its line; CT_EPARSE when there was
 * any, and then *c holds nothing. */
ct_status cti_case_parse(const char *path, const char *text, size_t len, ct_diag_fn diag,
                         void *ctx, struct cti_case *c);
void cti_case_free(struct cti_case *c);

/* A name without its titles ("Gen. Sir Roderick Blaine" → "Roderick
 * Blaine"); allocated. */
char *cti_strip_titles(const char *name);

/* What a text says about each case. */
enum cti_evidence { CTI_EV_ACTOR, CTI_EV_THEATRE, CTI_EV_TERM, CTI_EV_LAST };

struct cti_case_hits {
	unsigned count[CTI_EV_LAST];  /* mentions per kind */
	/* distinct labels with their counts, for reasons; the labels are
	 * borrowed (the matcher's phrases, or the text a pattern matched) */
	struct cti_hit_label {
		const char *s;
		size_t len;
		unsigned count;
		enum cti_evidence kind;
	} *label;
	size_t n_label, cap_label;
};

/* The compiled phrases and patterns of a set of cases; shared read-only. */
struct cti_case_matcher;

/* Build a matcher for cases[0..n) with the alias groups (terms[i] in group
 * groups[i]) expanding actors, places and terms. */
ct_status cti_case_matcher_new(const struct cti_case *cases, size_t n,
                               const char *const *alias_terms, const int *alias_groups,
                               size_t n_aliases, struct cti_case_matcher **out);
void cti_case_matcher_free(struct cti_case_matcher *m);

/* Scan text (len bytes) for every case's phrases (whole words; ASCII
 * letters in any case) and patterns; fn is called for each mention in text
 * order per kind of search, with the case's index, the kind of evidence, the
 * label (the case file's phrase, valid as long as the matcher; NULL for a
 * pattern's match: text[start..end) is its label) and the mention's bytes. */
typedef void (*cti_mention_fn)(void *ctx, size_t case_index, enum cti_evidence kind,
                               const char *label, size_t start, size_t end);
ct_status cti_case_scan(const struct cti_case_matcher *m, const char *text, size_t len,
                        cti_mention_fn fn, void *ctx);

/* Count one mention of label (len bytes, borrowed until the next reset) of
 * kind in h. */
void cti_case_hits_add(struct cti_case_hits *h, enum cti_evidence kind, const char *label,
                       size_t len);
void cti_case_hits_reset(struct cti_case_hits *h);
void cti_case_hits_free(struct cti_case_hits *h);

/* The score of the formula in link.h; date_in: 1 inside the period, 0
 * outside, -1 unknown. Zero when there is no actor or theatre mention. */
double cti_case_score(const struct cti_case_hits *h, int date_in);
/* Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) lies in the case's
 * period: 1, 0, or -1 when date is NULL or empty. */
int cti_case_date_in(const struct cti_case *c, const char *date);
/* "actor 'Velmoria' ×3, theatre 'Tarvik' ×1, date in period" into out. */
void cti_case_reason(const struct cti_case_hits *h, int date_in, struct cti_buf *out);

#endif
