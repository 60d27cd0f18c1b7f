/* alias-store.c — the database's alias groups: loading an alias file into
 * the alias table and re-indexing, reading the table back for the tokenizer. */
#include "index/index-private.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_status cti_db_load_aliases(struct ct_db *db)
{
	cti_aliases_clear(&db->aliases);
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT grp, term FROM alias ORDER BY rowid", -1, &s,
	                       NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "reading the alias groups");
	size_t cap = 0;
	ct_status st = CT_OK;
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (db->aliases.n == cap) {
			cap = cap ? cap * 2 : 64;
			char **t = realloc(db->aliases.terms, cap * sizeof *t);
			int *g = t ? realloc(db->aliases.group, cap * sizeof *g) : NULL;
			if (t)
				db->aliases.terms = t;
			if (g)
				db->aliases.group = g;
			if (!t || !g) {
				st = CT_ENOMEM;
				break;
			}
		}
		char *term = cti_strdup((const char *)sqlite3_column_text(s, 1));
		if (!term) {
			st = CT_ENOMEM;
			break;
		}
		db->aliases.terms[db->aliases.n] = term;
		db->aliases.group[db->aliases.n++] = sqlite3_column_int(s, 0);
	}
	sqlite3_finalize(s);
	db->aliases.generation++;
	return st;
}

ct_status ct_db_load_aliases(ct_db *db, const char *path, ct_diag_fn diag, void *ctx,
                             size_t *n_groups, size_t *n_terms)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return cti_db_error(db, CT_EIO, "cannot read alias file %s: %s", path,
		                    strerror(errno));
	struct cti_buf text;
	cti_buf_init(&text);
	char chunk[8192];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		cti_buf_append(&text, chunk, got);
	bool err = ferror(f);
	fclose(f);
	if (err || text.oom) {
		cti_buf_free(&text);
		return cti_db_error(db, err ? CT_EIO : CT_ENOMEM, "cannot read alias file %s",
		                    path);
	}
	struct cti_aliases parsed = {0};
	ct_status st = cti_aliases_parse(path, text.data ? text.data : "", text.len, diag,
	                                 ctx, &parsed);
	cti_buf_free(&text);
	bool own_tx = !db->in_tx;
	if (st == CT_OK && own_tx)
		st = ct_db_begin(db);
	sqlite3_stmt *s = NULL;
	if (st == CT_OK && sqlite3_exec(db->h, "DELETE FROM alias", NULL, NULL, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "replacing the alias groups");
	if (st == CT_OK && sqlite3_prepare_v2(db->h, "INSERT INTO alias(grp, term) VALUES(?1, ?2)",
	                                      -1, &s, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "storing the alias groups");
	for (size_t i = 0; i < parsed.n && st == CT_OK; i++) {
		sqlite3_bind_int(s, 1, parsed.group[i]);
		sqlite3_bind_text(s, 2, parsed.terms[i], -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "storing the alias groups");
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	size_t groups = 0;
	for (size_t i = 0; i < parsed.n; i++)
		if (i == 0 || parsed.group[i] != parsed.group[i - 1])
			groups++;
	if (n_groups)
		*n_groups = groups;
	if (n_terms)
		*n_terms = parsed.n;
	cti_aliases_clear(&parsed);
	/* the tokenizer sees the new groups; every passage is indexed again */
	if (st == CT_OK)
		st = cti_db_load_aliases(db);
	if (st == CT_OK)
		st = cti_db_flush_fts(db);
	if (st == CT_OK && ct_db_casetrace_tokenizer(db) &&
	    sqlite3_exec(db->h, "INSERT INTO passage_fts(passage_fts) VALUES('rebuild')", NULL,
	                 NULL, NULL) != SQLITE_OK)
		st = cti_db_sqlerr(db, "re-indexing with the new alias groups");
	if (own_tx) {
		if (st == CT_OK)
			st = ct_db_commit(db);
		else
			ct_db_rollback(db);
	}
	return st;
}

ct_status ct_db_aliases(ct_db *db, size_t *n, const char *const **terms, const int **groups)
{
	*n = db->aliases.n;
	*terms = (const char *const *)db->aliases.terms;
	*groups = db->aliases.group;
	return CT_OK;
}

bool ct_db_casetrace_tokenizer(ct_db *db)
{
	sqlite3_stmt *s = NULL;
	bool ours = false;
	if (sqlite3_prepare_v2(db->h, "SELECT sql FROM sqlite_schema WHERE name = 'passage_fts'",
	                       -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
		const char *sql = (const char *)sqlite3_column_text(s, 0);
		ours = sql && strstr(sql, "'casetrace ") != NULL;
	}
	sqlite3_finalize(s);
	return ours;
}
