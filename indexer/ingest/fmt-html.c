/* fmt-html.c — SKELETON being written (not to be committed as is). */
#include "ingest/ingest-private.h"

static ct_status read_html(const struct cti_read_ctx *rc, const char *data, size_t len)
{
	(void)data;
	(void)len;
	cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0, -1,
	         "html reader not written yet");
	return CT_EUNSUPPORTED;
}

static const char *const exts[] = {".html", ".htm", ".xhtml", NULL};

const struct cti_format cti_format_html = {
	.name = "html",
	.exts = exts,
	.raw = true,
	.sniff = NULL,
	.read = read_html,
};
