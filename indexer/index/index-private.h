/* index-private.h — the database handle and helpers shared by the index module. */
#ifndef CASETRACE_INDEX_PRIVATE_H
#define CASETRACE_INDEX_PRIVATE_H

#include <sqlite3.h>
#include <casetrace/index.h>
#include "util/util.h"
#include "index/tokenizer.h"

/* Statements prepared once per handle and reused. */
enum cti_stmt {
	STMT_DOC_HASH,       /* sha256 of a path's documents */
	STMT_DOC_INSERT,
	STMT_PASSAGE_INSERT,
	STMT_FTS_FLUSH,
	STMT_FTS_DELETE_PATH,
	STMT_PASSAGE_DELETE_PATH,
	STMT_DOC_DELETE_PATH,
	STMT_QUOTE_DELETE_PATH,
	STMT_QUOTE_INSERT,
	STMT_DOC_ID_PART,
	STMT_LAST
};

struct ct_db {
	sqlite3 *h;                    /* the connection */
	char *path;                    /* database file */
	struct cti_buf err;            /* message for the last failed call */
	sqlite3_stmt *stmt[STMT_LAST]; /* cached statements, lazily prepared */
	bool in_tx;                    /* inside ct_db_begin */
	int64_t fts_pending;           /* first passage id not yet in passage_fts, or 0 */
	char *first_date, *last_date;  /* returned by ct_db_stats */
	struct cti_aliases aliases;    /* alias groups, read by the tokenizer */
	unsigned open_flags;           /* CT_OPEN_* given to ct_db_open */
};

#define CTI_SCHEMA_VERSION 4

/* Read the alias table into db->aliases. */
ct_status cti_db_load_aliases(struct ct_db *db);

/* Set the handle's message and return st. */
ct_status cti_db_error(struct ct_db *db, ct_status st, const char *fmt, ...)
	CTI_PRINTF(3, 4);
/* End the open transaction: commit when st is CT_OK (returning the commit's
 * status), else roll back keeping the message of the failure; returns st. */
ct_status cti_db_end_tx(struct ct_db *db, ct_status st);
/* Set the message from SQLite's, prefixed by what was being done; CT_EDB. */
ct_status cti_db_sqlerr(struct ct_db *db, const char *what);
/* The cached statement, prepared on first use, reset and unbound. */
sqlite3_stmt *cti_db_stmt(struct ct_db *db, enum cti_stmt which);

/* Index the passages stored since the last flush (one statement for many
 * passages: FTS5 writes its pending terms to disk at every statement's
 * savepoint, so a statement per passage would write a segment per passage). */
ct_status cti_db_flush_fts(struct ct_db *db);

/* Store a document whose path is known to have none stored yet (no
 * removal pass); otherwise as ct_db_put_document. */
ct_status cti_db_add_new(struct ct_db *db, const ct_document *doc,
                         const ct_passage *passages, size_t n, int64_t *id);
/* Store the quotations of document id. */
ct_status cti_db_put_quotes(struct ct_db *db, int64_t id, const ct_quotes *q);
/* Store the citations of document id's notes. */
struct ct_note;
struct ct_cites;
struct cti_segs;
/* Store a document's citations and note markers (from cti_read_cites). */
ct_status cti_db_put_cites(struct ct_db *db, int64_t id, const struct cti_segs *g);
/* Link every citation that has no target yet to the corpus document it
 * names (outlet, date within a day, title); *linked counts new links. */
ct_status cti_db_link_cites(struct ct_db *db, size_t *linked);
/* Remove document id and its passages (and their index rows). */
ct_status cti_db_remove_document(struct ct_db *db, int64_t id);
/* The claims of interview document doc, from its stored passages (0: of
 * every interview that has none; claims-store.c). */
ct_status cti_db_store_claims(struct ct_db *db, int64_t doc);

/* Whether a case of this slug is stored; when not, the handle's message
 * says so (for CT_ENOTFOUND). */
bool cti_db_case_exists(struct ct_db *db, const char *slug);
/* Write a setting (table setting). */
ct_status cti_db_set_setting(struct ct_db *db, const char *key, int64_t value);

/* Create or upgrade the schema. */
ct_status cti_schema_migrate(struct ct_db *db);

/* Turn an FTS5 query error into a one-line explanation (allocated). */
char *cti_query_explain(const char *query, const char *sqlite_msg);

#endif
