/* claims.h — interview notes as claims (claims.c); private to the analyse
 * stage. */
#ifndef CASETRACE_ANALYSE_CLAIMS_H
#define CASETRACE_ANALYSE_CLAIMS_H

#include "index/index-private.h"

/* Interview notes: their text, the claims in it (byte ranges), and the
 * front matter verify needs (owned strings, NULL when absent). */
struct cti_notes {
	char *text;
	size_t len;
	ct_span *claims;
	int64_t *claim_ids;     /* stored notes: each claim's id (claim table), else NULL */
	size_t n;
	char *code, *affiliation, *role, *place, *date, *case_slug, *source;
};

/* Read notes: ref is a notes file, else the id, path or code of interview
 * notes in the database (*doc: their id, or 0 for a file). CT_ENOTFOUND
 * (with the database's message) when it is neither. n is freed with
 * cti_notes_free, whatever is returned. */
ct_status cti_notes_read(struct ct_db *db, const char *ref, struct cti_notes *n, int64_t *doc);
void cti_notes_free(struct cti_notes *n);

/* A claim: the bytes [*a, *z) of notes text t, a bullet or paragraph, are
 * one when they hold at least three words and are not a heading; *a and *z
 * are narrowed to the claim (spaces and the bullet left out). */
bool cti_claim_span(const char *t, size_t *a, size_t *z);

#endif
