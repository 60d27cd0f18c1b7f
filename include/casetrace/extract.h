/*
 * extract.h — extraction from stored text: the PCRE2 rule engine and the
 * quotation extractor (who said what).
 *
 * Rules live in rule files (*.rules, the INI syntax of DESIGN.md):
 *
 *   [define]                     named pieces, used in patterns as {{NAME}}
 *   NAME = \p{Lu}[\p{L}'’.-]+
 *   [rule said-after]            one rule
 *   lang       = en              the document language it applies to
 *   kind       = after           where the attribution stands: after | before
 *   pattern    = {{Q}},?\s+(?<cue>said)\s+(?<speaker>{{NAME}})
 *   confidence = 0.9
 *
 * A pattern's named groups: `quote` (the quotation, with its marks), and any
 * of `speaker`, `role`, `cue`, `outlet`. Patterns are compiled once per rule
 * set with PCRE2 (UTF, JIT when available) and run with match and depth
 * limits. The built-in rule files are read from the folder named by
 * $CASETRACE_RULES_DIR, else the source tree the program was built from,
 * else the installed data folder; users add theirs with ct_rules_load_dir.
 */
#ifndef CASETRACE_EXTRACT_H
#define CASETRACE_EXTRACT_H

#include <casetrace/casetrace.h>
#include <casetrace/segment.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_rules ct_rules;

/* A rule set with the built-in rules loaded. Problems in rule files (a bad
 * line, a pattern PCRE2 rejects: file, line and PCRE2's offset) are reported
 * through diag and those rules left out; *n_bad (may be NULL) counts them.
 * Returns CT_OK (even with bad rules), CT_EIO when the built-in folder cannot
 * be found, or CT_ENOMEM. */
CT_API ct_status ct_rules_new(ct_diag_fn diag, void *ctx, ct_rules **out, size_t *n_bad);

/* Add the *.rules files of dir (a user's own), in name order. */
CT_API ct_status ct_rules_load_dir(ct_rules *rules, const char *dir, ct_diag_fn diag,
                                   void *ctx, size_t *n_bad);
/* Add one rule file. */
CT_API ct_status ct_rules_load_file(ct_rules *rules, const char *path, ct_diag_fn diag,
                                    void *ctx, size_t *n_bad);
CT_API void ct_rules_free(ct_rules *rules);

/* How many rules are loaded (for messages and tests). */
CT_API size_t ct_rules_count(const ct_rules *rules);

/* The folder the built-in rules were read from; borrowed. */
CT_API const char *ct_rules_builtin_dir(const ct_rules *rules);

/* A quotation found in a text. Strings are owned by the ct_quotes list. */
typedef struct ct_quote {
	size_t start, end;     /* the quoted words (inside the marks), bytes; for a
	                          quote joined from parts, first start to last end */
	const char *text;      /* the quoted words (parts joined with a space) */
	const char *speaker;   /* normalised name ("John Smith"), or NULL */
	const char *role;      /* title and apposition ("Gen., the task force
	                          commander"), or NULL */
	const char *cue;       /* "said", "told reporters", or NULL */
	const char *kind;      /* "direct", "turn", "as-quoted-in" */
	const char *outlet;    /* the outlet that carried it ("as quoted in",
	                          "told the BBC"), or NULL */
	double confidence;     /* 0..1 */
	const char *rule;      /* the rule that attributed it, or NULL */
	size_t n_parts;        /* the parts of a joined quote (1 for most) */
	const ct_span *parts;  /* their byte ranges, in order */
} ct_quote;

typedef struct ct_quotes ct_quotes;

/* Find the quotations in text (len bytes of valid UTF-8). lang is an ISO
 * 639-1 code ("en", "de"…) or NULL to guess it from the text. passages, when
 * given with speakers (transcript turns), become quotes of kind "turn".
 * *out is freed with ct_quotes_free. Thread-safe for one rule set. */
CT_API ct_status ct_extract_quotes(const ct_rules *rules, const char *text, size_t len,
                                   const char *lang, const ct_passage *passages,
                                   size_t n_passages, ct_quotes **out);
CT_API size_t ct_quotes_count(const ct_quotes *q);
CT_API const ct_quote *ct_quotes_at(const ct_quotes *q, size_t i);
CT_API void ct_quotes_free(ct_quotes *q);

/* A cheap language guess from stop words: "en", "de", "fr", "nl", "da", or
 * NULL when the text gives no clear answer. Static storage. */
CT_API const char *ct_guess_language(const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
