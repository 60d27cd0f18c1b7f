/* fmt-factiva.c — SKELETON being written (not to be committed as is). */
#include "ingest/ingest-private.h"

static ct_status read_factiva(const struct cti_read_ctx *rc, const char *data, size_t len)
{
	(void)data;
	(void)len;
	cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0, -1,
	         "factiva reader not written yet");
	return CT_EUNSUPPORTED;
}

static const char *const exts[] = {NULL};

const struct cti_format cti_format_factiva = {
	.name = "factiva",
	.exts = exts,
	.raw = false,
	.sniff = NULL,
	.read = read_factiva,
};
