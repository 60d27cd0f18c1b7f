/*
 * util.h — internal helpers shared by the library's modules (libc only).
 * Not installed; names are cti_*.
 */
#ifndef CASETRACE_UTIL_H
#define CASETRACE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <casetrace/casetrace.h>

#if defined(__GNUC__)
#define CTI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CTI_PRINTF(a, b)
#endif

/* A growable byte buffer, always NUL-terminated once anything is appended.
 * A failed allocation sets oom and turns later appends into no-ops, so a
 * builder can append freely and check once (as in FTS5's buffers). */
struct cti_buf {
	char *data;   /* bytes, NUL-terminated; NULL while empty */
	size_t len;   /* bytes used, without the NUL */
	size_t cap;   /* bytes allocated */
	bool oom;     /* an allocation failed */
};

void cti_buf_init(struct cti_buf *b);
void cti_buf_free(struct cti_buf *b);
void cti_buf_reset(struct cti_buf *b);          /* len = 0, keeps memory */
bool cti_buf_reserve(struct cti_buf *b, size_t extra);
void cti_buf_append(struct cti_buf *b, const void *p, size_t n);
void cti_buf_puts(struct cti_buf *b, const char *s);
void cti_buf_putc(struct cti_buf *b, char c);
void cti_buf_printf(struct cti_buf *b, const char *fmt, ...) CTI_PRINTF(2, 3);
void cti_buf_vprintf(struct cti_buf *b, const char *fmt, va_list ap) CTI_PRINTF(2, 0);
/* Hand over the data (never NULL unless oom: an empty buffer gives "");
 * the buffer is left empty. */
char *cti_buf_steal(struct cti_buf *b);

/* Append s (len bytes) as a JSON string with quotes; NULL as null. */
void cti_buf_json(struct cti_buf *b, const char *s, size_t len);

/* strdup / strndup that return NULL on NULL input or allocation failure. */
char *cti_strdup(const char *s);
char *cti_strndup(const char *s, size_t n);
char *cti_printf(const char *fmt, ...) CTI_PRINTF(1, 2);

/* UTF-8: copy src into out, replacing each invalid sequence by U+FFFD.
 * *n_bad receives how many were replaced and *first_bad the byte offset of
 * the first one in src (or -1). */
void cti_utf8_repair(const char *src, size_t len, struct cti_buf *out,
                     size_t *n_bad, int64_t *first_bad);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
size_t cti_utf8_seq(const unsigned char *s, size_t avail);

/* SHA-256 of data as 64 lowercase hex digits plus NUL. */
void cti_sha256_hex(const void *data, size_t len, char out[65]);

/* Report a diagnostic through fn (NULL-safe), formatting the message
 * (diag.c). */
void cti_diag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st, const char *path,
              unsigned line, int64_t offset, const char *fmt, ...) CTI_PRINTF(8, 9);
void cti_vdiag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st, const char *path,
               unsigned line, int64_t offset, const char *fmt, va_list ap) CTI_PRINTF(8, 0);

/* INI-style files (ini.c): rule files and case files. */
struct cti_ini_entry {
	char *section;   /* "rule", "case", "define" */
	char *name;      /* what follows the section word in [], or "" */
	char *key;
	char *value;     /* trimmed; may be empty */
	unsigned line;   /* 1-based */
};
struct cti_ini {
	struct cti_ini_entry *e;
	size_t n;
};
/* Parse text; on CT_EPARSE *bad_line says where (a line that is neither a
 * [section], a key = value line, a comment nor blank; or a key before any
 * section). */
ct_status cti_ini_parse(const char *text, size_t len, struct cti_ini *out,
                        unsigned *bad_line);
void cti_ini_free(struct cti_ini *ini);

#endif
