/* ingest-private.h — internals shared by the ingest module's files: the
 * document being built, and the interface every format reader implements. */
#ifndef CASETRACE_INGEST_PRIVATE_H
#define CASETRACE_INGEST_PRIVATE_H

#include <casetrace/ingest.h>
#include "util/util.h"

struct ct_document {
	char *path;          /* source path as given to the loader */
	unsigned part;       /* position in a multi-document file (0 for most) */
	const char *format;  /* reader that made it ("text", "nexis", ...); static */
	char *text;          /* stored text: valid UTF-8, LF line ends */
	size_t text_len;
	char sha256[65];     /* hash of the whole file's bytes as read */
	uint64_t file_size;  /* bytes in the file */
	ct_kind kind;
	bool kind_set;       /* the reader or front matter named the kind */
	bool date_tried;     /* "date" was normalised already (with a warning if bad) */
	char *date_iso;      /* normalised "date", or NULL */
	char *title;         /* set by cti_document_finish */
	size_t n_meta;       /* metadata pairs, as written */
	size_t cap_meta;
	char **keys;
	char **values;
	size_t n_marks;      /* page starts, removed line numbers (ct_mark) */
	size_t cap_marks;
	ct_mark *marks;
};

/* ---- building documents (document.c) ----------------------------------- */

/* A new, empty document for path; NULL on allocation failure. */
struct ct_document *cti_document_new(const char *path);
/* Set the text (copied). It must be valid UTF-8 with LF line ends: readers
 * that start from raw bytes use cti_text_clean first. */
bool cti_document_set_text(struct ct_document *doc, const char *text, size_t len);
/* Append a metadata pair (copies both). Keys are lower case by convention.
 * Returns false on allocation failure. */
bool cti_document_add_meta(struct ct_document *doc, const char *key, size_t klen,
                           const char *value, size_t vlen);
/* Record a position at byte offset off of the text: page `value` starts
 * there (CT_MARK_PAGE: PDF pages, transcript page headers), or line `value`
 * of the original did (CT_MARK_LINE: transcript margins). Marks are added in
 * text order. */
bool cti_document_add_mark(struct ct_document *doc, size_t off, ct_mark_kind kind,
                           unsigned value);

/* Kind, case, date and title, once the reader is done (the loader calls it). */
ct_status cti_document_finish(struct ct_document *doc, const ct_load_opts *opts,
                              ct_diag_fn diag, void *ctx);

/* Take page headers and margin line numbers out of a transcript's text,
 * keeping them as marks (transcript.c). */
ct_status cti_transcript_clean(struct ct_document *doc);

/* Repair UTF-8 (warning with the byte offset), drop a byte order mark, turn
 * CRLF and CR into LF. out receives the clean text. */
void cti_text_clean(const char *path, const char *data, size_t len, ct_diag_fn diag,
                    void *ctx, struct cti_buf *out);

/* lines.c: bytes of white space at p (ASCII blanks, CR, no-break space),
 * or 0; trim white space from both ends of [*s, *s + *len); the ISO 639-1
 * code of an English language name ("German" → "de"), or NULL. */
size_t cti_space_at(const char *p, const char *end);
void cti_trim(const char **s, size_t *len);
const char *cti_lang_code(const char *s, size_t n);

/* Kind from the nearest folder name in path that names one. */
bool cti_kind_from_path(const char *path, ct_kind *out);

/* ---- format readers (formats.c, fmt-*.c) -------------------------------- */

/* What a reader is handed. */
struct cti_read_ctx {
	const char *path;        /* for messages and metadata */
	ct_diag_fn diag;         /* report problems here (file, line or offset) */
	void *ctx;
	struct ct_source *src;   /* add documents with cti_source_add */
};

/* Add a new document to the source being read; NULL on allocation failure.
 * The loader fills in hash, size, part, kind, title and date afterwards. */
struct ct_document *cti_source_add(struct ct_source *src);

struct cti_format {
	const char *name;           /* "text", "html", "pdf", "nexis", "factiva" */
	const char *const *exts;    /* extensions read from folders, NULL-ended */
	bool raw;                   /* read gets the file's bytes (else clean text) */
	/* Whether head (the first bytes of the file as they are: a BOM, CRLF
	 * line ends or invalid UTF-8 may be there) looks like this format.
	 * NULL: never sniffed, chosen by extension only. */
	bool (*sniff)(const char *head, size_t len);
	/* Read data into documents. Return CT_OK when at least one document was
	 * added (parts that could not be read are reported through diag and left
	 * out), or an error status (CT_EPARSE, CT_EEMPTY, CT_EUNSUPPORTED,
	 * CT_ENOMEM) after reporting why. */
	ct_status (*read)(const struct cti_read_ctx *rc, const char *data, size_t len);
};

/* Readers, defined in their fmt-*.c files. */
extern const struct cti_format cti_format_text;    /* fmt-text.c */
extern const struct cti_format cti_format_html;    /* fmt-html.c (libxml2) */
extern const struct cti_format cti_format_pdf;     /* fmt-pdf.c (poppler-glib) */
extern const struct cti_format cti_format_nexis;   /* fmt-nexis.c */
extern const struct cti_format cti_format_factiva; /* fmt-factiva.c */

/* The format for a file: by content (sniffers), then by extension; NULL
 * when none claims it. head is the start of the raw file. */
const struct cti_format *cti_format_for(const char *path, const char *head, size_t len);
/* The format whose sniffer recognises head (raw bytes), or NULL. */
const struct cti_format *cti_format_sniff(const char *head, size_t len);
/* Why a file that is no format casetrace reads was left out, by its magic
 * number ("a ZIP archive (a .docx…?)"); static storage. */
const char *cti_binary_hint(const char *head, size_t len);
/* The format whose extension list has path's extension, or NULL. */
const struct cti_format *cti_format_by_ext(const char *path);

/* Front matter (frontmatter.c): parse a block at the start of text, adding
 * its pairs to doc; *body receives where the text after it starts (0 when
 * there is none or it is never closed: then a warning says so). */
ct_status cti_frontmatter_parse(const char *text, size_t len, const char *path,
                                ct_diag_fn diag, void *ctx,
                                struct ct_document *doc, size_t *body);

#endif
