/*
 * index.h — the corpus database: storing documents and passages, the FTS5
 * index, incremental `add`, search with BM25, documents and statistics.
 *
 * A ct_db is one SQLite database file. A ct_db handle is used from one thread
 * at a time. Messages for the last failed call are kept in the handle.
 */
#ifndef CASETRACE_INDEX_H
#define CASETRACE_INDEX_H

#include <casetrace/casetrace.h>
#include <casetrace/ingest.h>
#include <casetrace/segment.h>
#include <casetrace/extract.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_db ct_db;

#define CT_OPEN_CREATE   0x1u  /* create the file (mode 0600) if missing */
#define CT_OPEN_READONLY 0x2u  /* open for reading only */
#define CT_OPEN_PLAIN_TOKENIZER 0x4u /* when creating: index with SQLite's
                                        "porter unicode61" instead of the
                                        casetrace tokenizer (no spelling
                                        variants or aliases; any SQLite client
                                        can then search the index) */

/* Open (and if needed create and migrate) the database at path.
 * On failure *out is NULL and, when msg is not NULL, *msg is set to a message
 * the caller frees with ct_free(). */
CT_API ct_status ct_db_open(const char *path, unsigned flags, ct_db **out, char **msg);

/* Close; NULL-safe, cannot fail. */
CT_API void ct_db_close(ct_db *db);

/* The message for the last failed call on db: borrowed, valid until the next
 * call on db. Never NULL. */
CT_API const char *ct_db_errmsg(const ct_db *db);

/* Store doc with its passages, replacing the document stored from the same
 * path and part, if any. Call inside ct_db_begin/ct_db_commit for speed
 * (the passages are indexed at commit). *id (may be NULL) receives the new
 * document id. */
CT_API ct_status ct_db_put_document(ct_db *db, const ct_document *doc,
                                    const ct_passage *passages, size_t n, int64_t *id);

/* Remove the documents read from path and everything derived from them.
 * *removed (may be NULL) receives how many were removed. */
CT_API ct_status ct_db_remove_path(ct_db *db, const char *path, int *removed);

CT_API ct_status ct_db_begin(ct_db *db);
CT_API ct_status ct_db_commit(ct_db *db);
CT_API ct_status ct_db_rollback(ct_db *db);

/* ---- aliases ----------------------------------------------------------- */

/* Replace the database's alias groups with those of the alias file at path
 * (one group per line, terms separated by commas, '#' comments) and
 * re-index every passage with them. Problems in the file are reported with
 * file and line through diag. *n_groups / *n_terms (may be NULL) receive
 * what was loaded. */
CT_API ct_status ct_db_load_aliases(ct_db *db, const char *path, ct_diag_fn diag,
                                    void *ctx, size_t *n_groups, size_t *n_terms);

/* The alias groups in use: term i belongs to group groups[i] (1-based).
 * Borrowed from db until the next ct_db_load_aliases. */
CT_API ct_status ct_db_aliases(ct_db *db, size_t *n, const char *const **terms,
                               const int **groups);

/* Whether the index uses the casetrace tokenizer (else SQLite's plain one). */
CT_API bool ct_db_casetrace_tokenizer(ct_db *db);

/* ---- add: walk paths and ingest incrementally ------------------------- */

typedef struct ct_add_opts {
	ct_load_opts load;   /* --kind, --case */
	bool prune;          /* remove documents whose files are gone */
	size_t batch_files;  /* files per transaction (0: default 1024) */
	size_t batch_bytes;  /* bytes per transaction (0: default 32 MiB) */
	const ct_rules *rules; /* extract quotations with these (NULL: none) */
	int jobs;            /* reader threads that read, hash and segment files
	                        while this thread writes (0: none, all on the
	                        calling thread; the CLI's default is 2) */
} ct_add_opts;

typedef struct ct_add_progress {
	size_t files_total;   /* files found by the walk */
	size_t files_done;    /* files handled so far */
	uint64_t bytes_total; /* their size */
	uint64_t bytes_done;  /* bytes handled so far */
	const char *current;  /* the file being handled */
} ct_add_progress;

typedef struct ct_add_summary {
	size_t added;      /* new files */
	size_t updated;    /* files whose documents were replaced because they changed */
	size_t unchanged;  /* files skipped because their hash is unchanged */
	size_t documents;  /* documents stored from added and updated files (a
	                      Nexis export holds many) */
	size_t quotes;     /* quotations extracted from them */
	size_t citations;  /* citations found in their notes */
	size_t linked;     /* citations of the corpus now linked to its documents */
	size_t skipped;    /* files not read by design (binary, empty, unsupported) */
	size_t failed;     /* files that could not be read */
	size_t pruned;     /* documents removed because their file is gone */
	size_t cases;      /* case files loaded (*.case) */
	size_t case_links; /* objects linked to cases by this run */
	uint64_t bytes;    /* bytes read from added and updated files */
} ct_add_summary;

/* Called after each file; return false to stop the run (already stored
 * files stay stored; the batch in progress is committed). */
typedef bool (*ct_progress_fn)(void *ctx, const ct_add_progress *p);

/* Ingest files and folders (recursively; hidden files and folders are
 * skipped; in folders only ct_ingest_supported() files are read). Files
 * whose SHA-256 is stored already are skipped; changed files replace their
 * documents. Case files (*.case) are loaded as cases (a bad one counts as
 * failed); the new documents, or all after a case changed, are then linked
 * to the cases. Commits in batches, so a killed run leaves a consistent database
 * and a re-run completes it. Returns CT_OK, CT_PARTIAL when some inputs failed
 * (the rest went in), or an error that stopped the run. */
CT_API ct_status ct_db_add(ct_db *db, const char *const *paths, size_t n_paths,
                           const ct_add_opts *opts, ct_diag_fn diag,
                           ct_progress_fn progress, void *ctx,
                           ct_add_summary *summary);

/* ---- search ------------------------------------------------------------ */

typedef struct ct_search_opts {
	const char *query;       /* FTS5 query syntax */
	const char *kind;        /* restrict to a kind ("news"), or NULL */
	const char *outlet;      /* outlet contains this (any case), or NULL */
	const char *from;        /* published on or after (any date form), or NULL */
	const char *to;          /* published on or before, or NULL */
	int limit;               /* documents to return (<= 0: 20) */
	bool include_restricted; /* also search restricted (interview) documents */
	const char *case_slug;   /* only documents linked to this case (link.h), or
	                            NULL; CT_ENOTFOUND when there is no such case */
	const char *hl_open;     /* snippet highlight markers (NULL: "**") */
	const char *hl_close;
	int snippet_tokens;      /* tokens per snippet (<= 0: 24) */
} ct_search_opts;

typedef struct ct_search ct_search;

/* One document in the results, with its best passage. Borrowed from the
 * ct_search; valid until the next ct_search_next or ct_search_free. */
typedef struct ct_hit {
	int64_t doc;           /* document id */
	int64_t passage;       /* best passage id */
	const char *path;
	const char *kind;
	const char *title;     /* NULL if unknown */
	const char *outlet;    /* NULL if unknown */
	const char *date;      /* ISO 8601, NULL if unknown */
	bool restricted;
	double score;          /* higher is better (negated BM25 of the best passage) */
	int n_passages;        /* matching passages in the document */
	const char *snippet;   /* best passage excerpt with highlighted terms */
	size_t start, end;     /* best passage's byte range in the stored text */
} ct_hit;

/* Prepare a search. A malformed query gives CT_EQUERY with a one-line
 * explanation in ct_db_errmsg(db); a bad date gives CT_EINVAL. */
CT_API ct_status ct_search_start(ct_db *db, const ct_search_opts *opts, ct_search **out);

/* Next hit, best first: CT_OK with *hit set, CT_DONE at the end, or an error. */
CT_API ct_status ct_search_next(ct_search *s, const ct_hit **hit);

CT_API void ct_search_free(ct_search *s);

/* Check an FTS5 query without a database; on CT_EQUERY and msg != NULL,
 * *msg is a one-line explanation the caller frees with ct_free(). */
CT_API ct_status ct_query_check(const char *query, char **msg);

/* ---- documents --------------------------------------------------------- */

typedef struct ct_passage_info {
	int64_t id;
	int ordinal;      /* 0-based position in the document */
	size_t start, end;
	unsigned page;    /* 0 if unknown */
	unsigned line;    /* 0 if unknown */
	const char *speaker; /* NULL unless a transcript turn */
} ct_passage_info;

/* A claim of interview notes (stored with them) and its last
 * corroboration by verify (analyse.h), if any. */
typedef struct ct_claim_info {
	int64_t id;
	int ordinal;            /* 1-based, in the notes' order */
	size_t start, end;      /* its bytes in the stored text */
	const char *status;     /* the last verify's status, or NULL */
	size_t independent;     /* its independent supporting sources */
	size_t n_evidence;      /* the evidence documents it listed */
	const char *verified;   /* when, ISO 8601 UTC, or NULL */
} ct_claim_info;

/* A stored document, read back. All strings are owned by the struct. */
typedef struct ct_doc_record {
	int64_t id;
	const char *path;
	unsigned part;          /* position in a multi-document file */
	const char *format;     /* reader: text, html, pdf, nexis, factiva */
	const char *sha256;
	const char *kind;
	const char *title, *outlet, *author, *date, *url, *lang, *case_slug, *code;
	bool restricted;
	const char *added;      /* when it was stored, ISO 8601 UTC */
	const char *text;       /* the stored text */
	size_t text_len;
	size_t n_meta;          /* all front matter / format metadata */
	const char *const *meta_keys;
	const char *const *meta_values;
	size_t n_passages;
	const ct_passage_info *passages;
	size_t n_claims;        /* interview notes: their claims, else 0 */
	const ct_claim_info *claims;
} ct_doc_record;

/* Read document ref: a numeric id, or a path (as given, or its real path).
 * CT_ENOTFOUND if there is none. */
CT_API ct_status ct_db_get_document(ct_db *db, const char *ref, ct_doc_record **out);
CT_API void ct_doc_record_free(ct_doc_record *rec);

/* ---- quotations ---------------------------------------------------------- */

typedef struct ct_quote_filter {
	const char *speaker;      /* speaker name contains this (any case), or NULL */
	int64_t doc;              /* one document, or 0 */
	const char *kind;         /* the documents' kind, or NULL */
	const char *quote_kind;   /* direct, turn, as-quoted-in, or NULL */
	const char *case_slug;    /* quotations linked to this case (link.h), or
	                             NULL; CT_ENOTFOUND when there is no such case */
	const char *from, *to;    /* published between (any date form), or NULL */
	bool include_restricted;  /* also quotes from restricted documents */
	double min_confidence;    /* 0 for all */
	int limit;                /* <= 0: all */
} ct_quote_filter;

/* A stored quotation with where it was found. Borrowed for the callback. */
typedef struct ct_quote_row {
	ct_quote quote;
	int64_t doc;
	const char *path, *title;
	const char *source;       /* the document's outlet */
	const char *date;         /* the document's date */
	const char *doc_kind;
	bool restricted;
} ct_quote_row;

/* Return false to stop. */
typedef bool (*ct_quote_row_fn)(void *ctx, const ct_quote_row *row);

/* The stored quotations that pass f, in date order. */
CT_API ct_status ct_db_list_quotes(ct_db *db, const ct_quote_filter *f, ct_quote_row_fn fn,
                                   void *ctx);

/* Extract the quotations of every stored document again with rules (after
 * the rules changed). *n_docs, *n_quotes receive the counts. */
CT_API ct_status ct_db_reextract(ct_db *db, const ct_rules *rules, size_t *n_docs,
                                 size_t *n_quotes);

/* ---- citations ----------------------------------------------------------- */

/* Find the notes, note markers and citations of every stored document again
 * and link them (after casetrace's citation parser changed, or for a
 * database from before note markers). One transaction. *n_docs, *n_cites
 * receive the counts. */
CT_API ct_status ct_db_reread_notes(ct_db *db, size_t *n_docs, size_t *n_cites);

/* A stored citation. Borrowed for the callback. */
typedef struct ct_cite_row {
	int64_t doc;              /* the document whose note it is */
	const char *path;
	int note, index;          /* note number, place in the note */
	size_t start, end;        /* the note's text in the document, bytes */
	const char *raw, *type;
	const char *csl;          /* the CSL-JSON object */
	const char *bibtex;
	int64_t target_doc;       /* the corpus document it names, or 0 */
	const char *target_path, *target_title;
	double link_score;        /* 0..1 when linked */
	const char *markers;      /* where the body refers to the note: byte
	                             offsets of its markers, "1204,9311", or NULL */
	bool target_restricted;   /* it names a restricted document (interview
	                             notes); unless restricted documents were
	                             asked for, target_doc is 0 and target_path,
	                             target_title NULL */
} ct_cite_row;

typedef bool (*ct_cite_row_fn)(void *ctx, const ct_cite_row *row);

/* The citations in the notes of document doc (0: of every document) and,
 * when case_slug is not NULL, linked to that case (CT_ENOTFOUND when there
 * is no such case); the interview notes they name only with
 * include_restricted. */
CT_API ct_status ct_db_list_cites(ct_db *db, int64_t doc, const char *case_slug,
                                  bool include_restricted, ct_cite_row_fn fn, void *ctx);
/* The citations that name document doc (target_doc is doc; title is the
 * citing document's). */
CT_API ct_status ct_db_cited_by(ct_db *db, int64_t doc, ct_cite_row_fn fn, void *ctx);

/* ---- statistics and checks --------------------------------------------- */

typedef struct ct_stats {
	int64_t documents;
	int64_t passages;
	int64_t bytes;       /* stored text */
	int64_t restricted;  /* restricted documents */
	int64_t files;       /* distinct source files */
	int64_t quotes;      /* quotations (of all documents) */
	int64_t speakers;    /* distinct named speakers */
	int64_t by_kind[CT_KIND_LAST];
	const char *first_date, *last_date; /* borrowed from db until next call; may be NULL */
	int64_t claims;      /* claims of interview notes */
	int64_t verified;    /* of them, verified (a status kept) */
} ct_stats;

CT_API ct_status ct_db_stats(ct_db *db, ct_stats *out);

/* Run SQLite's integrity_check, FTS5's integrity-check and casetrace's own
 * consistency checks (passage ranges inside their text, FTS rows for every
 * passage). CT_OK when all pass; CT_ECORRUPT with the problems reported
 * through diag otherwise. */
CT_API ct_status ct_db_check(ct_db *db, ct_diag_fn diag, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
