/*
 * segment.h — cutting stored text into passages (paragraphs) with byte offsets.
 */
#ifndef CASETRACE_SEGMENT_H
#define CASETRACE_SEGMENT_H

#include <casetrace/casetrace.h>
#include <casetrace/ingest.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A half-open byte range [start, end) into a text. */
typedef struct ct_span {
	size_t start;
	size_t end;
} ct_span;

/* Longest passage, in bytes, before a paragraph is cut at line or sentence
 * boundaries (so a file without blank lines still yields short passages). */
#define CT_PASSAGE_MAX 4000

/* Split text into paragraphs: runs of lines separated by blank lines, with
 * surrounding white space trimmed; each list item ("- ", "* ", "• ", "12. ",
 * "3) " at a line start) is a paragraph of its own; long paragraphs are cut
 * at line breaks, then sentence ends, then spaces. *spans is allocated (free with ct_free)
 * and *n set; a text of white space only gives n == 0. */
CT_API ct_status ct_segment_paragraphs(const char *text, size_t len,
                                       ct_span **spans, size_t *n);

/* A passage of a document, as stored. */
typedef struct ct_passage {
	size_t start, end;   /* byte range in the document's text */
	unsigned page;       /* page it starts on (PDF, paginated transcript), 0 if none */
	unsigned line;       /* transcript line number where it starts, 0 if none */
	size_t speaker_start, speaker_end; /* a transcript turn's speaker label in
	                                      the text ("SIR JOHN SMITH"), or 0, 0 */
} ct_passage;

/* Passages of a document: transcript turns for transcripts (one passage per
 * speaker turn, long turns cut at paragraphs), else paragraphs; passages never
 * cross a page start, and carry the page and line the document's marks give.
 * *out is allocated (ct_free). */
CT_API ct_status ct_segment_document(const ct_document *doc, ct_passage **out, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
