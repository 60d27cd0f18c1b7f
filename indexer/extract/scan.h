/* scan.h — quotation marks (scan.c). */
#ifndef CASETRACE_SCAN_H
#define CASETRACE_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <casetrace/casetrace.h>

struct cti_qspan {
	size_t open;       /* the opening mark */
	size_t start, end; /* the quoted words */
	size_t close_end;  /* just after the closing mark (== end when unclosed) */
	double confidence; /* 1, or 0.5 when the quotation is never closed */
	bool multi;        /* runs over several paragraphs */
};

/* All top-level quotations of text, in order; *out is malloc'ed. */
ct_status cti_scan_quotes(const char *text, size_t len, struct cti_qspan **out, size_t *n);
/* Where the paragraph holding offset i starts / ends (blank lines part
 * paragraphs). */
size_t cti_para_start(const char *text, size_t i);
size_t cti_para_end(const char *text, size_t len, size_t i);

#endif
