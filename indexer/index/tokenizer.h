/* tokenizer.h — the casetrace FTS5 tokenizer and what it is built from:
 * spelling variants (spelling.c), alias groups (aliases.c). */
#ifndef CASETRACE_TOKENIZER_H
#define CASETRACE_TOKENIZER_H

#include <sqlite3.h>
#include "util/util.h"

/* The American form of a British spelling ("defence" → "defense",
 * "organisation" → "organization") into out (NUL-terminated); returns its
 * length, or 0 when w (lower-case ASCII, n bytes) has no other form. */
size_t cti_spelling_canon(const char *w, size_t n, char *out, size_t cap);

/* Alias groups as stored in the database: term i belongs to group[i].
 * Shared by the tokenizers of one connection; generation changes whenever
 * the groups do, so tokenizers rebuild what they derived from them. */
struct cti_aliases {
	size_t n;
	char **terms;       /* as written ("MoD", "Ministry of Defence") */
	int *group;         /* 1-based group number */
	unsigned generation;
};

void cti_aliases_clear(struct cti_aliases *a);
/* Parse an alias file: one group per line, terms separated by commas, '#'
 * comments, blank lines ignored. Problems (a group of one term, an empty
 * term) are reported with file and line through diag and skipped. */
ct_status cti_aliases_parse(const char *path, const char *text, size_t len,
                            ct_diag_fn diag, void *ctx, struct cti_aliases *out);

/* Register the "casetrace" tokenizer on h, reading aliases from a (which
 * must outlive the connection). Its arguments are unicode61's; it wraps
 * unicode61 and porter. */
int cti_tokenizer_register(sqlite3 *h, struct cti_aliases *a);

#endif
