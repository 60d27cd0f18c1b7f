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

/* Write a verify report (analyse.h) as "md", "html" or "json" (JSON Lines:
 * one object per claim: code, index, claim, status, independent, seconds,
 * evidence [{doc, passage, path, title, outlet, date, score, coverage,
 * supports, contradicts, why, same-as, snippet}]). flags: the interview's
 * identity (affiliation, role, place) and the claims' words are written
 * only when asked for. */
#define CT_REPORT_IDENTITY   0x1u
#define CT_REPORT_RESTRICTED 0x2u
struct ct_verify_report;
CT_API ct_status ct_verify_write(FILE *f, const struct ct_verify_report *r, const char *format,
                                 unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
