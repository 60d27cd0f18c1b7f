/* db.c — opening and closing the corpus database; errors; transactions. */
#include "index/index-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const stmt_sql[STMT_LAST] = {
	[STMT_DOC_HASH] = "SELECT sha256 FROM document WHERE path = ?1 LIMIT 1",
	[STMT_DOC_INSERT] =
		"INSERT INTO document(path, part, sha256, kind, title, outlet, author,"
		" published, url, lang, case_slug, code, restricted, bytes, meta, tail, format)"
		" VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
	[STMT_PASSAGE_INSERT] =
		"INSERT INTO passage(document, ordinal, start, \"end\", page, line, speaker, text, pre)"
		" VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[STMT_FTS_FLUSH] = "INSERT INTO passage_fts(rowid, text)"
		" SELECT id, text FROM passage WHERE id >= ?1",
	[STMT_FTS_DELETE_PATH] =
		"INSERT INTO passage_fts(passage_fts, rowid, text)"
		" SELECT 'delete', p.id, p.text FROM document d JOIN passage p ON p.document = d.id"
		" WHERE d.path = ?1",
	[STMT_PASSAGE_DELETE_PATH] =
		"DELETE FROM passage WHERE document IN (SELECT id FROM document WHERE path = ?1)",
	[STMT_DOC_DELETE_PATH] = "DELETE FROM document WHERE path = ?1",
	[STMT_QUOTE_DELETE_PATH] =
		"DELETE FROM quote WHERE document IN (SELECT id FROM document WHERE path = ?1)",
	[STMT_QUOTE_INSERT] =
		"INSERT INTO quote(document, passage, start, \"end\", text, speaker, speaker_role,"
		" cue, kind, outlet, confidence, rule) VALUES(?1,"
		" (SELECT id FROM passage WHERE document = ?1 AND start <= ?2 ORDER BY start DESC"
		"  LIMIT 1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
	[STMT_DOC_ID_PART] = "SELECT id FROM document WHERE path = ?1 AND part = ?2",
};

ct_status cti_db_error(struct ct_db *db, ct_status st, const char *fmt, ...)
{
	cti_buf_reset(&db->err);
	db->err.oom = false;
	va_list ap;
	va_start(ap, fmt);
	cti_buf_vprintf(&db->err, fmt, ap);
	va_end(ap);
	return st;
}

ct_status cti_db_sqlerr(struct ct_db *db, const char *what)
{
	return cti_db_error(db, CT_EDB, "%s: %s (database %s)", what,
	                    sqlite3_errmsg(db->h), db->path);
}

sqlite3_stmt *cti_db_stmt(struct ct_db *db, enum cti_stmt which)
{
	sqlite3_stmt *s = db->stmt[which];
	if (!s) {
		if (sqlite3_prepare_v3(db->h, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
		                       &s, NULL) != SQLITE_OK) {
			cti_db_sqlerr(db, "preparing a statement");
			return NULL;
		}
		db->stmt[which] = s;
	} else {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
	}
	return s;
}

const char *ct_db_errmsg(const ct_db *db)
{
	if (!db)
		return "no database";
	return db->err.data && db->err.len ? db->err.data : "no error";
}

/* Create the file with mode 0600 so interview material is private from the
 * first byte; SQLite gives its -wal and -shm files the same mode. */
static ct_status create_private(const char *path, char **msg)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		if (msg)
			*msg = cti_printf("cannot create database %s: %s", path, strerror(errno));
		return CT_EIO;
	}
	if (fd >= 0)
		close(fd);
	return CT_OK;
}

static ct_status exec(struct ct_db *db, const char *sql)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, sql);
	return CT_OK;
}

ct_status ct_db_open(const char *path, unsigned flags, ct_db **out, char **msg)
{
	*out = NULL;
	if (msg)
		*msg = NULL;
	if (!path || !*path) {
		if (msg)
			*msg = cti_strdup("no database path given");
		return CT_EINVAL;
	}
	struct stat sb;
	if (stat(path, &sb) != 0) {
		if (!(flags & CT_OPEN_CREATE) || (flags & CT_OPEN_READONLY)) {
			if (msg)
				*msg = cti_printf("no database at %s: create one with 'casetrace "
				                  "init' or 'casetrace add PATH...', or choose "
				                  "another with -d DB", path);
			return CT_ENOTFOUND;
		}
		ct_status st = create_private(path, msg);
		if (st != CT_OK)
			return st;
	} else if (S_ISDIR(sb.st_mode)) {
		if (msg)
			*msg = cti_printf("%s is a folder, not a database file", path);
		return CT_EINVAL;
	}

	struct ct_db *db = calloc(1, sizeof *db);
	if (!db)
		return CT_ENOMEM;
	cti_buf_init(&db->err);
	db->path = cti_strdup(path);
	int oflags = (flags & CT_OPEN_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	int rc = db->path ? sqlite3_open_v2(path, &db->h, oflags | SQLITE_OPEN_NOMUTEX, NULL)
	                  : SQLITE_NOMEM;
	ct_status st = CT_OK;
	if (rc != SQLITE_OK) {
		st = cti_db_error(db, CT_EDB, "cannot open database %s: %s", path,
		                  db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc));
	}
	db->open_flags = flags;
	if (st == CT_OK && cti_tokenizer_register(db->h, &db->aliases) != SQLITE_OK)
		st = cti_db_error(db, CT_EDB, "cannot register the casetrace tokenizer with "
		                  "SQLite's FTS5 (%s)", sqlite3_errmsg(db->h));
	if (st == CT_OK) {
		sqlite3_extended_result_codes(db->h, 1);
		sqlite3_busy_timeout(db->h, 5000);
		st = exec(db, "PRAGMA cache_size = -32768;");
	}
	if (st == CT_OK && !(flags & CT_OPEN_READONLY))
		st = exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
	if (st == CT_OK)
		st = cti_schema_migrate(db);
	if (st == CT_OK)
		st = cti_db_load_aliases(db);
	if (st == CT_OK && sqlite3_exec(db->h, "SELECT count(*) FROM sqlite_schema",
	                                NULL, NULL, NULL) != SQLITE_OK)
		st = cti_db_error(db, CT_EDB, "%s is not a casetrace database (%s)", path,
		                  sqlite3_errmsg(db->h));
	if (st != CT_OK) {
		if (msg)
			*msg = cti_strdup(ct_db_errmsg(db));
		ct_db_close(db);
		return st;
	}
	*out = db;
	return CT_OK;
}

void ct_db_close(ct_db *db)
{
	if (!db)
		return;
	for (int i = 0; i < STMT_LAST; i++)
		sqlite3_finalize(db->stmt[i]);
	if (db->h) {
		if (db->in_tx)
			sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close_v2(db->h);
	}
	cti_buf_free(&db->err);
	cti_aliases_clear(&db->aliases);
	free(db->path);
	free(db->first_date);
	free(db->last_date);
	free(db);
}

ct_status ct_db_begin(ct_db *db)
{
	if (db->in_tx)
		return cti_db_error(db, CT_EINVAL, "a transaction is already open");
	ct_status st = exec(db, "BEGIN IMMEDIATE");
	if (st == CT_OK)
		db->in_tx = true;
	return st;
}

ct_status cti_db_flush_fts(struct ct_db *db)
{
	if (!db->fts_pending)
		return CT_OK;
	sqlite3_stmt *s = cti_db_stmt(db, STMT_FTS_FLUSH);
	if (!s)
		return CT_EDB;
	sqlite3_bind_int64(s, 1, db->fts_pending);
	if (sqlite3_step(s) != SQLITE_DONE)
		return cti_db_sqlerr(db, "indexing passages");
	sqlite3_reset(s);
	db->fts_pending = 0;
	return CT_OK;
}

ct_status ct_db_commit(ct_db *db)
{
	if (!db->in_tx)
		return cti_db_error(db, CT_EINVAL, "no transaction is open");
	ct_status st = cti_db_flush_fts(db);
	if (st != CT_OK)
		return st;
	st = exec(db, "COMMIT");
	if (st == CT_OK)
		db->in_tx = false;
	return st;
}

ct_status ct_db_rollback(ct_db *db)
{
	if (!db->in_tx)
		return CT_OK;
	db->in_tx = false;
	db->fts_pending = 0;
	return exec(db, "ROLLBACK");
}

ct_status cti_db_end_tx(struct ct_db *db, ct_status st)
{
	if (st == CT_OK)
		return ct_db_commit(db);
	/* keep the message of the failure, not of the rollback */
	char *keep = cti_strdup(ct_db_errmsg(db));
	ct_db_rollback(db);
	if (keep) {
		cti_db_error(db, st, "%s", keep);
		free(keep);
	}
	return st;
}
