/*
 * ingest.h — reading source files into documents: text, metadata, hash.
 *
 * A ct_document is one source text ready to index: UTF-8 text (repaired where
 * invalid), metadata from front matter, the format or the path, and the
 * SHA-256 of the file's bytes. It owns all its strings.
 */
#ifndef CASETRACE_INGEST_H
#define CASETRACE_INGEST_H

#include <casetrace/casetrace.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_document ct_document;

typedef struct ct_load_opts {
	ct_kind kind;        /* --kind: used when the front matter names none */
	bool kind_set;       /* whether kind above was given */
	const char *case_slug; /* --case: used when the front matter names none */
} ct_load_opts;

/* Read and parse the file at path. Diagnostics (repaired UTF-8, malformed
 * front matter) go to diag (may be NULL). Returns CT_OK with *out set, or
 * CT_EIO (unreadable), CT_EBINARY, CT_EEMPTY, CT_ENOMEM with *out NULL;
 * the reason was also reported through diag. */
CT_API ct_status ct_document_load(const char *path, const ct_load_opts *opts,
                                  ct_diag_fn diag, void *ctx, ct_document **out);

/* The same from bytes in memory; path names the source in diagnostics and
 * decides the folder-derived kind. */
CT_API ct_status ct_document_parse(const char *path, const char *data, size_t len,
                                   const ct_load_opts *opts, ct_diag_fn diag,
                                   void *ctx, ct_document **out);

CT_API void ct_document_free(ct_document *doc);

/* The stored text (front matter removed); borrowed from doc. */
CT_API const char *ct_document_text(const ct_document *doc, size_t *len);
CT_API const char *ct_document_path(const ct_document *doc);
CT_API const char *ct_document_sha256(const ct_document *doc); /* 64 hex digits */
CT_API ct_kind ct_document_kind(const ct_document *doc);
CT_API uint64_t ct_document_file_size(const ct_document *doc);

/* Metadata by key: "title", "outlet", "author", "date" (ISO 8601), "url",
 * "lang", "case", "code", and any other front matter key. NULL if absent.
 * Borrowed from doc. */
CT_API const char *ct_document_meta(const ct_document *doc, const char *key);

/* All metadata pairs in order of appearance (front matter first). */
CT_API size_t ct_document_meta_count(const ct_document *doc);
CT_API void ct_document_meta_at(const ct_document *doc, size_t i,
                                const char **key, const char **value);

/* Whether a file name is one `add` reads when it walks a folder
 * (.txt, .md, .markdown, .text). */
CT_API bool ct_ingest_supported(const char *path);

/* A file found by ct_ingest_walk. */
typedef struct ct_file {
	char *path;     /* absolute path (folders resolved with realpath) */
	uint64_t size;  /* bytes */
} ct_file;

/* Expand files and folders into the list of files to read: folders
 * recursively in name order, hidden files and folders skipped, only
 * supported files taken from folders (others reported as skipped), files
 * named directly always taken. Missing paths are reported as errors and
 * counted in *n_failed (may be NULL). *files is freed with ct_files_free. */
CT_API ct_status ct_ingest_walk(const char *const *paths, size_t n_paths,
                                ct_diag_fn diag, void *ctx, ct_file **files,
                                size_t *n_files, size_t *n_skipped, size_t *n_failed);
CT_API void ct_files_free(ct_file *files, size_t n);

#ifdef __cplusplus
}
#endif
#endif
