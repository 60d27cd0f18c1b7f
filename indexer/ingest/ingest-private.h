/* ingest-private.h — internals shared by the ingest module's files. */
#ifndef CASETRACE_INGEST_PRIVATE_H
#define CASETRACE_INGEST_PRIVATE_H

#include <casetrace/ingest.h>
#include "util/util.h"

struct ct_document {
	char *path;          /* source path as given to the loader */
	char *text;          /* stored text: UTF-8, LF line ends, no front matter */
	size_t text_len;
	char sha256[65];     /* hash of the file's bytes as read */
	uint64_t file_size;  /* bytes in the file */
	ct_kind kind;
	char *date_iso;      /* normalised "date", or NULL */
	char *title;         /* front matter title, else derived from text/path */
	size_t n_meta;       /* metadata pairs, as written */
	size_t cap_meta;
	char **keys;
	char **values;
};

/* Append a metadata pair (copies both). Returns false on allocation failure. */
bool cti_document_add_meta(struct ct_document *doc, const char *key, size_t klen,
                           const char *value, size_t vlen);

/* Report a diagnostic through fn (NULL-safe), formatting the message. */
void cti_diag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st,
              const char *path, unsigned line, int64_t offset,
              const char *fmt, ...) CTI_PRINTF(8, 9);

/* Parse a front matter block at the start of text, adding its pairs to doc.
 * *body receives the offset where the text after the block starts (0 when
 * there is no block, or when it is malformed beyond use: then a warning says
 * so with file and line). Returns CT_ENOMEM or CT_OK. */
ct_status cti_frontmatter_parse(const char *text, size_t len, const char *path,
                                ct_diag_fn diag, void *ctx,
                                struct ct_document *doc, size_t *body);

/* Kind from the nearest folder name in path that names one. */
bool cti_kind_from_path(const char *path, ct_kind *out);

#endif
