/* claims-store.c — the claims of interview notes (claim table): stored with
 * the notes, from their passages by the analyse stage's rule
 * (cti_claim_span), as byte ranges of the stored text; and removed with
 * them. verify writes each claim's last status and evidence
 * (analyse/verify.c). */
#include "index/index-private.h"
#include "analyse/claims.h"

ct_status cti_db_store_claims(struct ct_db *db, int64_t doc)
{
	sqlite3_stmt *s = NULL, *ins = NULL;
	if (sqlite3_prepare_v2(db->h,
	                       "SELECT p.document, p.start, p.text FROM passage p"
	                       " JOIN document d ON d.id = p.document WHERE d.kind = 'interview'"
	                       " AND (d.id = ?1 OR (?1 = 0 AND NOT EXISTS"
	                       " (SELECT 1 FROM claim c WHERE c.document = d.id)))"
	                       " ORDER BY p.document, p.ordinal", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db->h,
	                       "INSERT INTO claim(document, ordinal, start, \"end\")"
	                       " VALUES (?1, ?2, ?3, ?4)", -1, &ins, NULL) != SQLITE_OK) {
		sqlite3_finalize(s);
		return cti_db_sqlerr(db, "storing the claims of interview notes");
	}
	sqlite3_bind_int64(s, 1, doc);
	int64_t at_doc = 0;
	int ordinal = 0, rc;
	ct_status st = CT_OK;
	while (st == CT_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t d = sqlite3_column_int64(s, 0);
		size_t start = (size_t)sqlite3_column_int64(s, 1);
		const char *t = (const char *)sqlite3_column_text(s, 2);
		size_t a = 0, z = (size_t)sqlite3_column_bytes(s, 2);
		if (d != at_doc) {
			at_doc = d;
			ordinal = 0;
		}
		if (!t || !cti_claim_span(t, &a, &z))
			continue;
		sqlite3_bind_int64(ins, 1, d);
		sqlite3_bind_int(ins, 2, ++ordinal);
		sqlite3_bind_int64(ins, 3, (sqlite3_int64)(start + a));
		sqlite3_bind_int64(ins, 4, (sqlite3_int64)(start + z));
		if (sqlite3_step(ins) != SQLITE_DONE)
			st = cti_db_sqlerr(db, "storing the claims of interview notes");
		sqlite3_reset(ins);
	}
	if (st == CT_OK && rc != SQLITE_DONE)
		st = cti_db_sqlerr(db, "storing the claims of interview notes");
	sqlite3_finalize(s);
	sqlite3_finalize(ins);
	return st;
}
