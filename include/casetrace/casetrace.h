/*
 * casetrace.h — status codes, document kinds, dates and diagnostics shared by
 * every module of libcasetrace.
 *
 * Conventions for the whole library:
 *  - every fallible function returns a ct_status; CT_OK is 0;
 *  - functions that create a handle write NULL to their out-parameter on error;
 *  - destructors (`*_free`, `*_close`) accept NULL and cannot fail;
 *  - strings returned as `const char *` are borrowed; their lifetime is stated;
 *    strings returned as `char *` belong to the caller and are freed with ct_free();
 *  - text offsets are half-open byte ranges [start, end) into UTF-8 text.
 */
#ifndef CASETRACE_CASETRACE_H
#define CASETRACE_CASETRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define CT_API __attribute__((visibility("default")))
#else
#define CT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. */
typedef enum {
	CT_OK = 0,       /* success */
	CT_DONE,         /* an iterator has no more items */
	CT_ENOMEM,       /* out of memory */
	CT_EINVAL,       /* invalid argument (a caller's mistake) */
	CT_EIO,          /* a file could not be read or written */
	CT_EPARSE,       /* malformed input (front matter, date, ...) */
	CT_EQUERY,       /* malformed search query */
	CT_EDB,          /* SQLite reported an error */
	CT_ENOTFOUND,    /* the named object does not exist */
	CT_EBINARY,      /* the file is binary (contains NUL bytes) */
	CT_EEMPTY,       /* the file holds no text */
	CT_EUNSUPPORTED, /* the file's format is not one casetrace reads */
	CT_ECORRUPT,     /* an integrity check found a problem */
	CT_PARTIAL,      /* a batch finished but some inputs failed */
	CT_ECANCELLED,   /* the caller asked to stop */
	CT_STATUS_LAST
} ct_status;

/* A short English description of st; never NULL, static storage. */
CT_API const char *ct_strerror(ct_status st);

/* The library's version, e.g. "0.1.0"; static storage. */
CT_API const char *ct_version(void);

/* Free memory the library handed to the caller as `char *` or an array. */
CT_API void ct_free(void *p);

/* What a document is. Interviews are restricted (confidential) material. */
typedef enum {
	CT_KIND_OTHER = 0,
	CT_KIND_NEWS,
	CT_KIND_TRANSCRIPT,
	CT_KIND_INTERVIEW,
	CT_KIND_NOTE,
	CT_KIND_MANUSCRIPT,
	CT_KIND_LAST
} ct_kind;

/* "news", "transcript", ...; static storage. */
CT_API const char *ct_kind_name(ct_kind kind);

/* Parse a kind name, singular or plural, any case ("News", "interviews").
 * Returns false (and leaves *out alone) when s names no kind. */
CT_API bool ct_kind_parse(const char *s, size_t len, ct_kind *out);

/* Normalise a written date to ISO 8601 in out (NUL-terminated):
 * "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the text gives no day / month.
 * Accepts "September 3, 2007", "Sept. 3, 2007", "3 September 2007",
 * "3rd Sep 2007", "Monday, 3 September 2007", "2007-09-03", "2007-09-03T10:00Z",
 * "2007/09/03", "September 2007", "2007-09", "2007".
 * Returns CT_EPARSE when the text is not such a date or names an impossible
 * day (2007-02-30). */
CT_API ct_status ct_date_normalize(const char *s, size_t len, char out[11]);

/* Diagnostics: reported through a callback, never printed by the library. */
typedef enum {
	CT_DIAG_NOTE = 0,  /* information (a file skipped because unchanged ...) */
	CT_DIAG_WARNING,   /* the input was used, but something was repaired */
	CT_DIAG_SKIPPED,   /* the input was not used, by design (binary, empty) */
	CT_DIAG_ERROR      /* the input failed and was not used */
} ct_severity;

typedef struct ct_diag {
	ct_severity severity; /* how bad */
	ct_status status;     /* the status behind it */
	const char *path;     /* the file concerned, or NULL */
	unsigned line;        /* 1-based line, or 0 when not known */
	int64_t offset;       /* byte offset, or -1 when not known */
	const char *message;  /* what is wrong and what to do; no path prefix */
} ct_diag;

/* Receives diagnostics; the ct_diag and its strings live only for the call. */
typedef void (*ct_diag_fn)(void *ctx, const ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
