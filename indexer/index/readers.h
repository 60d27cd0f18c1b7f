/* readers.h — the reader threads behind `add` (see readers.c). */
#ifndef CASETRACE_READERS_H
#define CASETRACE_READERS_H

#include <casetrace/ingest.h>
#include <casetrace/segment.h>
#include <casetrace/extract.h>
#include <casetrace/cite.h>
#include "util/util.h"

#define CTI_READERS_MAX 16

/* One document's passages and quotations. */
struct cti_segs {
	ct_status status;      /* of ct_segment_document, then ct_extract_quotes */
	ct_passage *p;
	size_t n;
	ct_quotes *quotes;     /* NULL when no rules were given */
	ct_note *notes;        /* the document's notes, and their citations */
	size_t n_notes;
	ct_cites *cites;
	ct_note_marker *markers; /* where the body refers to the notes */
	size_t n_markers;
};

/* One file, read and segmented. */
struct cti_read {
	ct_status status;      /* of ct_source_load */
	ct_source *src;        /* when status == CT_OK */
	struct cti_segs *segs; /* one per document of src */
};

struct cti_readers;

/* Start jobs reader threads over files (0: read on the caller's thread). */
ct_status cti_readers_start(const ct_file *files, size_t n, const ct_load_opts *load,
                            const ct_rules *rules, int jobs, struct cti_readers **out);
/* The next file's result, in file order; its diagnostics are passed to diag
 * first. CT_DONE after the last. *out is the caller's (cti_read_clear). */
ct_status cti_readers_next(struct cti_readers *rd, ct_diag_fn diag, void *ctx,
                           struct cti_read *out);
void cti_read_clear(struct cti_read *r);
/* Free what one document's cti_segs holds; zero it. */
void cti_segs_clear(struct cti_segs *g);
/* The notes of a text, their citations and the markers that refer to them
 * (no notes: *n == 0, *cites NULL, *n_markers 0); pages[n_pages]: where its
 * pages begin, for footnotes at page bottoms (none: 0). */
ct_status cti_read_cites(const size_t *pages, size_t n_pages, const char *text, size_t len,
                         struct cti_segs *g);

/* Stop the threads and free everything not handed out. */
void cti_readers_free(struct cti_readers *rd);

#endif
