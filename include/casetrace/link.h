/*
 * link.h — cases: case files, linking every document, passage, quotation and
 * citation to the cases it is about, and the case dossier.
 *
 * A case file (corpus/cases/NAME.case; the INI syntax of DESIGN.md) holds
 * one [case] section and optional [people] and [sources] sections:
 *
 *   [case]
 *   slug      = vel-harrow             required: a-z, 0-9 and '-'
 *   title     = Velmoria in Harrow Province, 2006–2007
 *   actor     = Velmoria               the state; its alias group (aliases
 *                                      --load) adds demonyms: Velmorian …
 *   coalition = Operation Steadfast Lantern
 *   theatre   = Harrow Province; Tarvik      places, ';' separated
 *   period    = 2006-03-01..2007-12-31       either end may be left open
 *   terms     = drawdown; handover            repeated keys add to a list
 *   pattern   = \bTask Force Harrow\b         PCRE2, case-sensitive
 *   notes     = free text
 *   [people]
 *   Gen. Sir Roderick Blaine = Chief of the Defence Staff
 *   [sources]                        always linked (like `case:` front matter)
 *   interviews  = VEL-MOD-1          interview codes
 *   transcripts = transcripts/inquiry-2011-01-21-hardcastle.txt   path endings
 *
 * Linking. Each object's text is scanned once for every case's phrases:
 * A = mentions of the actor (with its aliases) or of its people (names
 * without titles), T = mentions of theatre places (with aliases), K =
 * mentions of terms, the coalition, and matches of patterns. Its date D is
 * 1 when inside the period, 0 outside, 0.5 when unknown (a document's date;
 * for a passage, the first date written in it, else its document's). Then
 *
 *   score = 0.4·min(A,2)/2 + 0.3·min(T,2)/2 + 0.2·min(K,3)/3 + 0.1·D
 *
 * and an object links when A + T ≥ 1 and score ≥ 0.5 (CT_CASE_THRESHOLD).
 * Explicit membership (front matter `case:`, `add --case`, the case file's
 * [sources]) links a document with score 1 whatever its text. A passage also
 * links, with score at least 0.5, when its document links and it mentions
 * any of the case's phrases. A quotation links with its passage; or, when
 * its passage names no case, with the document's case of the highest score
 * (a document linked to two cases gives its neutral quotations to the one it
 * is more about). A
 * citation links when the document it names links, on its own text (its
 * issued date as D), or with the document it stands in, to that document's
 * case of the highest score. Each link
 * keeps a reason: "actor 'Velmoria' ×3, theatre 'Tarvik' ×1, date in period".
 */
#ifndef CASETRACE_LINK_H
#define CASETRACE_LINK_H

#include <casetrace/casetrace.h>
#include <casetrace/index.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CT_CASE_THRESHOLD 0.5

/* ---- case files ------------------------------------------------------------ */

/* Read the case file at path, check it (slug, period dates, patterns
 * compiled with PCRE2) and store it, replacing a stored case of the same
 * slug. Problems are reported through diag with file and line; a file with
 * errors stores nothing (CT_EPARSE). Does not link: call ct_db_link_cases.
 * *slug (may be NULL) receives the case's slug, freed with ct_free. */
CT_API ct_status ct_db_load_case_file(ct_db *db, const char *path, ct_diag_fn diag,
                                      void *ctx, char **slug);

/* Remove a stored case and its links. CT_ENOTFOUND if there is none. */
CT_API ct_status ct_db_remove_case(ct_db *db, const char *slug);

/* ---- linking ------------------------------------------------------------- */

typedef struct ct_link_summary {
	size_t cases;      /* cases linked against */
	size_t documents;  /* documents scanned */
	size_t links;      /* case links written (all kinds) */
	size_t by_kind[4]; /* … of documents, passages, quotations, citations */
} ct_link_summary;

/* Link objects to the stored cases. all: every document (after cases
 * changed); otherwise only documents stored since the last run (citations
 * are always all linked again, as their targets may be new). One
 * transaction. progress (may be NULL) is called every 256 documents with
 * files_done/files_total counting documents. */
CT_API ct_status ct_db_link_cases(ct_db *db, bool all, ct_progress_fn progress, void *ctx,
                                  ct_link_summary *summary);

/* ---- listing ------------------------------------------------------------- */

typedef struct ct_case_info {
	const char *slug, *title, *actor, *coalition, *theatre, *notes;
	const char *start, *end;     /* ISO dates, NULL when open */
	const char *path;            /* the case file */
	size_t documents, quotes, sources, interviews, passages;
	const char *first, *last;    /* dates of the first and last linked document */
} ct_case_info;

/* Each stored case, by slug, with counts of what links to it (restricted
 * documents and what is in them are counted only with include_restricted,
 * except `interviews`, which counts them always: a number names nobody). */
typedef bool (*ct_case_info_fn)(void *ctx, const ct_case_info *c);
CT_API ct_status ct_db_list_cases(ct_db *db, bool include_restricted, ct_case_info_fn fn,
                                  void *ctx);

/* ---- the dossier ----------------------------------------------------------- */

typedef struct ct_dossier_event {
	const char *date;      /* ISO date (YYYY-MM-DD, or YYYY-MM when the text
	                          gives only a month) */
	const char *kind;      /* "document" (publication), "passage" (a date
	                          written in the text), "quote" */
	int64_t doc;
	const char *path, *title, *outlet, *doc_kind;
	const char *text;      /* the title, the passage, or the quoted words */
	const char *speaker;   /* quotes: who said it */
	const char *written;   /* passages: the date as written */
	double score;          /* the case link's score */
	bool restricted;
} ct_dossier_event;

typedef struct ct_dossier_quote {
	int64_t doc;
	const char *path, *outlet, *date, *text, *role, *cue, *kind;
	const char *carrier;   /* as-quoted-in: the outlet that carried it */
	bool restricted;
} ct_dossier_quote;

typedef struct ct_dossier_speaker {
	const char *speaker;
	size_t n_quotes;
	const ct_dossier_quote *quotes;  /* in date order */
} ct_dossier_speaker;

typedef struct ct_dossier_source {
	int64_t doc;           /* the document the note stands in */
	const char *path;
	int note, index;
	const char *raw, *type, *title;
	int64_t target;        /* the corpus document it names, or 0 */
	const char *target_path;
	double link_score;
	bool restricted;       /* the note stands in, or names, restricted material */
} ct_dossier_source;

typedef struct ct_dossier_document {
	int64_t doc;
	const char *path, *kind, *title, *outlet, *date, *reason;
	double score;
	bool restricted;
} ct_dossier_document;

typedef struct ct_dossier_count {
	const char *key;       /* a month (YYYY-MM) or an outlet */
	size_t count;
} ct_dossier_count;

typedef struct ct_dossier {
	ct_case_info info;
	size_t n_events;     const ct_dossier_event *events;     /* date order */
	size_t n_speakers;   const ct_dossier_speaker *speakers; /* most quoted first */
	size_t n_sources;    const ct_dossier_source *sources;   /* document, note order */
	size_t n_documents;  const ct_dossier_document *documents; /* date order */
	size_t n_months;     const ct_dossier_count *months;     /* every month of the
	                                            period (bounded by the documents
	                                            when an end is open), with the
	                                            documents published in it */
	size_t n_gaps;       const char *const *gaps;            /* months with none */
	size_t n_outlets;    const ct_dossier_count *outlets;    /* most first */
	const char *from, *to;  /* the window asked for, or NULL */
} ct_dossier;

typedef struct ct_dossier_opts {
	const char *from, *to;    /* only events, quotes and documents dated in this
	                             window (any date form), or NULL */
	bool include_restricted;  /* also interview notes (marked restricted) */
	size_t max_text;          /* passage text cut to this many bytes (0: 400) */
} ct_dossier_opts;

/* Gather the dossier of the case slug. CT_ENOTFOUND if there is no such
 * case; CT_EINVAL for a bad date. *out is freed with ct_dossier_free. */
CT_API ct_status ct_db_case_dossier(ct_db *db, const char *slug, const ct_dossier_opts *opts,
                                    ct_dossier **out);
CT_API void ct_dossier_free(ct_dossier *d);

#ifdef __cplusplus
}
#endif
#endif
