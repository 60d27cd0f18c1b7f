/*
 * report.h — output helpers shared by the CLI and reports: JSON and CSV
 * escaping, terminal highlighting.
 */
#ifndef CASETRACE_REPORT_H
#define CASETRACE_REPORT_H

#include <stdio.h>
#include <casetrace/casetrace.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Write s (len bytes; or up to NUL when len is (size_t)-1) as a JSON string
 * with quotes; NULL is written as null. */
CT_API void ct_json_string(FILE *f, const char *s, size_t len);

/* Write a CSV field (RFC 4180: quoted when needed, "" for "); NULL as empty. */
CT_API void ct_csv_field(FILE *f, const char *s);

/* Print text, turning the highlight markers open/close into bold/reset when
 * color is true, or keeping them as they are when false. Newlines in text are
 * folded into spaces. */
CT_API void ct_text_highlight(FILE *f, const char *text, const char *open,
                              const char *close, bool color);

/* Write a case dossier (link.h) as format "md" (Markdown), "html" (one
 * self-contained page that prints well) or "json" (one object). CT_EINVAL
 * for another format, CT_EIO when writing failed. */
struct ct_dossier;
CT_API ct_status ct_dossier_write(FILE *f, const struct ct_dossier *d, const char *format);

#ifdef __cplusplus
}
#endif
#endif
