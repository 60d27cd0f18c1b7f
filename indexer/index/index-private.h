/* index-private.h — the database handle and helpers shared by the index module. */
#ifndef CASETRACE_INDEX_PRIVATE_H
#define CASETRACE_INDEX_PRIVATE_H

#include <sqlite3.h>
#include <casetrace/index.h>
#include "util/util.h"

/* Statements prepared once per handle and reused. */
enum cti_stmt {
	STMT_DOC_HASH,       /* sha256 of a path's documents */
	STMT_DOC_INSERT,
	STMT_META_INSERT,
	STMT_PASSAGE_INSERT,
	STMT_FTS_INSERT,
	STMT_FTS_DELETE_PATH,
	STMT_DOC_DELETE_PATH,
	STMT_LAST
};

struct ct_db {
	sqlite3 *h;                    /* the connection */
	char *path;                    /* database file */
	struct cti_buf err;            /* message for the last failed call */
	sqlite3_stmt *stmt[STMT_LAST]; /* cached statements, lazily prepared */
	bool in_tx;                    /* inside ct_db_begin */
	char *first_date, *last_date;  /* returned by ct_db_stats */
};

#define CTI_SCHEMA_VERSION 1

/* Set the handle's message and return st. */
ct_status cti_db_error(struct ct_db *db, ct_status st, const char *fmt, ...)
	CTI_PRINTF(3, 4);
/* Set the message from SQLite's, prefixed by what was being done; CT_EDB. */
ct_status cti_db_sqlerr(struct ct_db *db, const char *what);
/* The cached statement, prepared on first use, reset and unbound. */
sqlite3_stmt *cti_db_stmt(struct ct_db *db, enum cti_stmt which);

/* Create or upgrade the schema. */
ct_status cti_schema_migrate(struct ct_db *db);

/* Turn an FTS5 query error into a one-line explanation (allocated). */
char *cti_query_explain(const char *query, const char *sqlite_msg);

#endif
