/* fmt-text.c — plain text and Markdown, with an optional front matter block. */
#include "ingest/ingest-private.h"

static ct_status read_text(const struct cti_read_ctx *rc, const char *text, size_t len)
{
	struct ct_document *doc = cti_source_add(rc->src);
	if (!doc)
		return CT_ENOMEM;
	size_t body = 0;
	ct_status st = cti_frontmatter_parse(text, len, rc->path, rc->diag, rc->ctx, doc, &body);
	if (st != CT_OK)
		return st;
	bool blank = true;
	for (size_t i = body; i < len && blank; i++)
		if (text[i] != ' ' && text[i] != '\n' && text[i] != '\t')
			blank = false;
	if (blank) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, 0, -1,
		         body ? "no text after the front matter; skipped"
		              : "file holds only white space; skipped");
		return CT_EEMPTY;
	}
	return cti_document_set_text(doc, text + body, len - body) ? CT_OK : CT_ENOMEM;
}

static const char *const text_exts[] = {".txt", ".md", ".markdown", ".text", NULL};

const struct cti_format cti_format_text = {
	.name = "text",
	.exts = text_exts,
	.raw = false,
	.sniff = NULL,
	.read = read_text,
};
