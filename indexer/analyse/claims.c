/* claims.c — interview notes read as claims (the analyse stage's claim
 * segmentation): from a notes file, or from notes stored in the database
 * (by id, path or code); each bullet or paragraph with words, not a
 * heading, is a claim; the notes' front matter gives the code, identity,
 * date and case. */
#include "analyse/claims.h"

#include <casetrace/segment.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cti_notes_free(struct cti_notes *n)
{
	free(n->text);
	free(n->claims);
	free(n->claim_ids);
	free(n->code);
	free(n->affiliation);
	free(n->role);
	free(n->place);
	free(n->date);
	free(n->case_slug);
	free(n->source);
}

bool cti_claim_span(const char *t, size_t *pa, size_t *pz)
{
	size_t a = *pa, z = *pz;
	while (a < z && isspace((unsigned char)t[a]))
		a++;
	if (a >= z || t[a] == '#')
		return false;
	if ((t[a] == '-' || t[a] == '*') && a + 1 < z && t[a + 1] == ' ')
		a += 2; /* the bullet is not the claim */
	size_t words = 0;
	for (size_t i = a; i < z; i++)
		words += isalpha((unsigned char)t[i]) && (i == a || !isalpha((unsigned char)t[i - 1]));
	if (words < 3)
		return false;
	*pa = a;
	*pz = z;
	return true;
}

static void add_claim(struct cti_notes *n, size_t a, size_t z)
{
	if (cti_claim_span(n->text, &a, &z))
		n->claims[n->n++] = (ct_span){a, z};
}

/* Stored notes: their claims as stored (claim table), with their ids. */
static ct_status notes_from_db(struct ct_db *db, const ct_doc_record *rec, struct cti_notes *n)
{
	n->text = cti_strndup(rec->text, rec->text_len);
	n->len = rec->text_len;
	n->claims = calloc(rec->n_passages ? rec->n_passages : 1, sizeof *n->claims);
	n->claim_ids = calloc(rec->n_passages ? rec->n_passages : 1, sizeof *n->claim_ids);
	if (!n->text || !n->claims || !n->claim_ids)
		return CT_ENOMEM;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db->h, "SELECT id, start, \"end\" FROM claim WHERE document = ?1"
	                       " ORDER BY ordinal", -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "reading the claims");
	sqlite3_bind_int64(s, 1, rec->id);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && n->n < rec->n_passages) {
		size_t a = (size_t)sqlite3_column_int64(s, 1), z = (size_t)sqlite3_column_int64(s, 2);
		if (a > z || z > n->len)
			continue;
		n->claim_ids[n->n] = sqlite3_column_int64(s, 0);
		n->claims[n->n++] = (ct_span){a, z};
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return cti_db_sqlerr(db, "reading the claims");
	for (size_t i = 0; i < rec->n_meta; i++) {
		const char *k = rec->meta_keys[i], *v = rec->meta_values[i];
		char **f = !strcmp(k, "affiliation") ? &n->affiliation : !strcmp(k, "role") ? &n->role
		           : !strcmp(k, "place") ? &n->place : NULL;
		if (f && !*f)
			*f = cti_strdup(v);
	}
	n->code = cti_strdup(rec->code);
	n->date = cti_strdup(rec->date);
	n->case_slug = cti_strdup(rec->case_slug);
	return CT_OK;
}

static ct_status notes_from_file(const char *path, struct cti_notes *n)
{
	ct_document *doc = NULL;
	ct_load_opts lo = {.kind = CT_KIND_INTERVIEW, .kind_set = true};
	ct_status st = ct_document_load(path, &lo, NULL, NULL, &doc);
	if (st != CT_OK)
		return st;
	size_t len = 0;
	const char *text = ct_document_text(doc, &len);
	ct_passage *p = NULL;
	size_t np = 0;
	st = ct_segment_document(doc, &p, &np);
	if (st == CT_OK) {
		n->text = cti_strndup(text, len);
		n->len = len;
		n->claims = calloc(np ? np : 1, sizeof *n->claims);
		if (!n->text || !n->claims)
			st = CT_ENOMEM;
	}
	for (size_t i = 0; st == CT_OK && i < np; i++)
		add_claim(n, p[i].start, p[i].end);
	if (st == CT_OK) {
		const char *d = ct_document_meta(doc, "date");
		char iso[11];
		if (d && ct_date_normalize(d, strlen(d), iso) == CT_OK)
			n->date = cti_strdup(iso);
		n->code = cti_strdup(ct_document_meta(doc, "code"));
		n->affiliation = cti_strdup(ct_document_meta(doc, "affiliation"));
		n->role = cti_strdup(ct_document_meta(doc, "role"));
		n->place = cti_strdup(ct_document_meta(doc, "place"));
		n->case_slug = cti_strdup(ct_document_meta(doc, "case"));
	}
	ct_free(p);
	ct_document_free(doc);
	return st;
}

/* notes: a file, else a stored document (id, path, code). */
ct_status cti_notes_read(struct ct_db *db, const char *ref, struct cti_notes *n, int64_t *doc)
{
	memset(n, 0, sizeof *n);
	*doc = 0;
	n->source = cti_strdup(ref);
	ct_doc_record *rec = NULL;
	ct_status st = ct_db_get_document(db, ref, &rec);
	if (st == CT_ENOTFOUND) { /* a code? */
		sqlite3_stmt *s = NULL;
		int64_t id = 0;
		if (sqlite3_prepare_v2(db->h, "SELECT id FROM document WHERE code = ?1 COLLATE NOCASE",
		                       -1, &s, NULL) == SQLITE_OK) {
			sqlite3_bind_text(s, 1, ref, -1, SQLITE_STATIC);
			if (sqlite3_step(s) == SQLITE_ROW)
				id = sqlite3_column_int64(s, 0);
		}
		sqlite3_finalize(s);
		if (id) {
			char num[24];
			snprintf(num, sizeof num, "%lld", (long long)id);
			st = ct_db_get_document(db, num, &rec);
		}
	}
	if (st == CT_OK) {
		*doc = rec->id;
		st = notes_from_db(db, rec, n);
		ct_doc_record_free(rec);
		return st;
	}
	if (st != CT_ENOTFOUND)
		return st;
	st = notes_from_file(ref, n);
	if (st == CT_EIO)
		return cti_db_error(db, CT_ENOTFOUND, "'%s' is neither a notes file nor interview "
		                    "notes in the database (id, path or code)", ref);
	if (st != CT_OK)
		return cti_db_error(db, st, "reading %s: %s", ref, ct_strerror(st));
	return CT_OK;
}
