/*
 * extract.h — extraction from stored text: the PCRE2 rule engine and the
 * quotation extractor (who said what); dates in running text.
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

/* Dates written in running text (dates.c).
 *
 * Forms found, in English, Dutch, Danish, German and French month names
 * (English names capitalised, as English writes them; the others in any
 * case), with st/nd/rd/th, "1er" and "3." day suffixes:
 *
 *   form        conf.  written as
 *   absolute    1.0    "3 September 2007", "September 3, 2007", "Sept. 3,
 *                      2007", "3rd of September 2007", "3. September 2007",
 *                      "1er août 2010", "2-3 September 2007" (the first
 *                      day), "2007-09-03", "2007/09/03"
 *   absolute    0.9    "03.09.2007" (dots: day first); "13/09/2007",
 *                      "09/13/2007", "14-10-2008" (slash or dash: only when
 *                      one number is above 12; "03/09/2007" is left out)
 *   month-year  0.9    "September 2007", "Sept 2007", "May, 2008"
 *   partial     0.7    a day and month: "3 September", "September 3"; with
 *                      a weekday before it, the weekday is part of the
 *                      date: "Monday, 3 September", "lundi 3 septembre",
 *                      "søndag den 2. september" (and of a full date)
 *   partial     0.6    a full month name after in, since, until, by,
 *                      during, early, late, mid-, of; im, seit, bis,
 *                      Anfang, Mitte, Ende; op, sinds, begin, eind; i,
 *                      siden; en, depuis, début, fin, mi- ("in September")
 *   partial     0.6    a weekday: English after on, last, since, until,
 *                      by, from, said, early, late, or before morning,
 *                      afternoon, evening, night; German after am, seit,
 *                      bis, letzten, vergangenen; Dutch, Danish and French
 *                      alone ("maandag", "i mandags", "lundi")
 *   relative    0.5    today, yesterday, tomorrow; heute, gestern; vandaag,
 *                      gisteren; i dag, i går, i morgen; aujourd'hui, demain
 *   relative    0.4    last month, last year; letzten Monat, letztes Jahr
 *                      (and vergangene-); vorige maand, vorig jaar (and
 *                      afgelopen); sidste måned, sidste år; "mois dernier",
 *                      "an dernier", "année dernière" (without the article)
 *   relative    0.3    last week, letzte Woche, vorige week, sidste uge,
 *                      "semaine dernière": the anchor - 7 days
 *
 * Partial and relative dates are resolved against the anchor:
 *  - day and month: the latest such date no more than 7 days after the
 *    anchor (anchor 2007-01-05: "28 December" is 2006-12-28, "9 January"
 *    2007-01-09), unless a weekday written with it ("Friday, 12 January")
 *    fits the anchor's year, the one before or the one after: then that
 *    year; 29 February without a leap year in reach is left out;
 *  - month: the latest such month not after the anchor's month;
 *  - weekday: the latest such day on or before the anchor (news convention);
 *  - today/yesterday/tomorrow and last week need an anchor with a day,
 *    weekdays too; last month needs a month; last year only a year.
 * With a year-only anchor, day-month and month dates take its year.
 *
 * Left out: bare years ("in 2007"), "early 2007", two-digit years, impossible
 * days (31 February), years outside 1800-2100, numbers run into a date
 * ("4,100", "September 1,500"), and every partial and relative date when
 * the anchor is NULL. The written date's bytes exclude the preposition
 * ("in", "on") but include "last" in "last week". */
typedef struct ct_date_mention {
	size_t start, end;   /* bytes of the written date in the text */
	int year, month, day;/* month and day 0 when the text does not give them */
	double confidence;   /* 1.0 for a full absolute date; lower for month-year, partial and relative ones */
	const char *form;    /* static string: "absolute" (day month year), "month-year",
	                        "partial" (day+month or weekday or "in September", resolved
	                        against the anchor), "relative" ("yesterday", "last week") */
} ct_date_mention;

typedef struct ct_date_finder ct_date_finder;   /* compiled patterns; thread-safe to share */
typedef struct ct_dates ct_dates;               /* one call's results */

/* Compile the patterns (once per finder; JIT when available). Returns CT_OK,
 * or CT_ENOMEM with *out NULL. */
CT_API ct_status ct_date_finder_new(ct_date_finder **out);
CT_API void ct_date_finder_free(ct_date_finder *f);
/* Find the dates in text (len bytes of UTF-8). anchor: the document's date as
 * "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), or NULL — partial and relative dates are
 * resolved against it and left out when it is NULL. Results in text order,
 * non-overlapping. Returns CT_EINVAL (and *out NULL) for a NULL finder, text
 * or out, or an anchor not of those shapes; CT_ENOMEM. Invalid UTF-8 is no
 * error: dates are read between the bad bytes. *out is freed with ct_dates_free; the
 * mentions live as long as it. Thread-safe for one finder. */
CT_API ct_status ct_find_dates(const ct_date_finder *f, const char *text, size_t len,
                               const char *anchor, ct_dates **out);
CT_API size_t ct_dates_count(const ct_dates *d);
/* The i-th mention, or NULL when i is out of range; owned by d. */
CT_API const ct_date_mention *ct_dates_at(const ct_dates *d, size_t i);
CT_API void ct_dates_free(ct_dates *d);

#ifdef __cplusplus
}
#endif
#endif
