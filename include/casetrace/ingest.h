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

/* One file, read: one document for most formats, many for bulk exports
 * (Nexis, Factiva). Owns its documents. */
typedef struct ct_source ct_source;

/* A position the reader kept when it changed the text: where a page starts
 * (PDF pages; page headers of transcripts), or where a line numbered in the
 * original's margin starts (transcripts; the number was removed). */
typedef enum { CT_MARK_PAGE = 0, CT_MARK_LINE } ct_mark_kind;
typedef struct ct_mark {
	size_t offset;      /* byte offset in the stored text */
	ct_mark_kind kind;
	unsigned value;     /* page or line number */
} ct_mark;

typedef struct ct_load_opts {
	ct_kind kind;        /* --kind: used when the front matter names none */
	bool kind_set;       /* whether kind above was given */
	const char *case_slug; /* --case: used when the front matter names none */
	bool no_hash;        /* leave the SHA-256 empty ("") for callers that store
	                        nothing (extract-quotes): hashing costs as much
	                        as reading */
} ct_load_opts;

/* Read the file at path with the reader its content or extension calls for
 * (Markdown/text with front matter, HTML, PDF, Nexis and Factiva exports).
 * Diagnostics name the file and line or byte offset. Returns CT_OK with *out
 * holding at least one document, or CT_EIO, CT_EBINARY, CT_EEMPTY,
 * CT_EUNSUPPORTED, CT_EPARSE, CT_ENOMEM with *out NULL (reported through
 * diag too). */
CT_API ct_status ct_source_load(const char *path, const ct_load_opts *opts,
                                ct_diag_fn diag, void *ctx, ct_source **out);
/* The same from bytes in memory; path names the source in messages, and
 * gives the extension and the folder-derived kind. */
CT_API ct_status ct_source_parse(const char *path, const char *data, size_t len,
                                 const ct_load_opts *opts, ct_diag_fn diag, void *ctx,
                                 ct_source **out);
CT_API void ct_source_free(ct_source *src);
CT_API size_t ct_source_count(const ct_source *src);
/* Document i (0-based); borrowed from src. */
CT_API const ct_document *ct_source_document(const ct_source *src, size_t i);
CT_API const char *ct_source_format(const ct_source *src); /* "text", "pdf", ... */
CT_API const char *ct_source_sha256(const ct_source *src);
CT_API uint64_t ct_source_file_size(const ct_source *src);

/* Read and parse the file at path, which must hold one document (a
 * convenience over ct_source_load). Diagnostics (repaired UTF-8, malformed
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
/* Position in its file (0 unless the file holds several documents). */
CT_API unsigned ct_document_part(const ct_document *doc);
/* The reader that made it: "text", "html", "pdf", "nexis", "factiva". */
CT_API const char *ct_document_format(const ct_document *doc);
/* Page starts and removed line numbers, in text order; borrowed. */
CT_API const ct_mark *ct_document_marks(const ct_document *doc, size_t *n);

/* Metadata by key: "title", "outlet", "author", "date" (ISO 8601), "url",
 * "lang", "case", "code", and any other front matter key. NULL if absent.
 * Borrowed from doc. */
CT_API const char *ct_document_meta(const ct_document *doc, const char *key);

/* All metadata pairs in order of appearance (front matter first). */
CT_API size_t ct_document_meta_count(const ct_document *doc);
CT_API void ct_document_meta_at(const ct_document *doc, size_t i,
                                const char **key, const char **value);

/* Whether a file name has an extension `add` reads when it walks a folder
 * (.txt, .md, .markdown, .text, .html, .htm, .pdf, ...). Files with other
 * extensions are sniffed by ct_ingest_walk. */
CT_API bool ct_ingest_supported(const char *path);

/* Whether path names a case file (*.case): not a document; ct_db_add loads
 * it as a case (link.h), and the walk takes it from folders. */
CT_API bool ct_is_case_file(const char *path);

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
