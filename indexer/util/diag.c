/* diag.c — reporting a diagnostic through the caller's ct_diag_fn, with the
 * message formatted (shared by the readers, rule files and case files). */
#include "util/util.h"

void cti_vdiag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st, const char *path,
               unsigned line, int64_t offset, const char *fmt, va_list ap)
{
	if (!fn)
		return;
	struct cti_buf b;
	cti_buf_init(&b);
	cti_buf_vprintf(&b, fmt, ap);
	ct_diag d = {
		.severity = sev,
		.status = st,
		.path = path,
		.line = line,
		.offset = offset,
		.message = b.data ? b.data : ct_strerror(st),
	};
	fn(ctx, &d);
	cti_buf_free(&b);
}

void cti_diag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st, const char *path,
              unsigned line, int64_t offset, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cti_vdiag(fn, ctx, sev, st, path, line, offset, fmt, ap);
	va_end(ap);
}
