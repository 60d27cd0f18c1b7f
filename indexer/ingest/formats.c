/* formats.c — the table of format readers and how a file's reader is
 * chosen: formats that read raw bytes (PDF, HTML) by content, then text
 * formats by content (Nexis, Factiva), then by extension, then plain text. */
#include "ingest/ingest-private.h"

#include <string.h>
#include <strings.h>

/* In the order they are asked; plain text last (it sniffs nothing). */
static const struct cti_format *const formats[] = {
	&cti_format_pdf,
	&cti_format_html,
	&cti_format_nexis,
	&cti_format_factiva,
	&cti_format_text,
};
#define N_FORMATS (sizeof formats / sizeof formats[0])

#define SNIFF_BYTES 8192

const struct cti_format *cti_format_by_ext(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	if (!dot)
		return NULL;
	for (size_t f = 0; f < N_FORMATS; f++)
		for (const char *const *e = formats[f]->exts; e && *e; e++)
			if (strcasecmp(dot, *e) == 0)
				return formats[f];
	return NULL;
}

bool ct_ingest_supported(const char *path)
{
	return cti_format_by_ext(path) != NULL;
}

const struct cti_format *cti_format_for(const char *path, const char *head, size_t len)
{
	size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
	for (size_t f = 0; f < N_FORMATS; f++)
		if (formats[f]->raw && formats[f]->sniff && formats[f]->sniff(head, n))
			return formats[f];
	const struct cti_format *by_ext = cti_format_by_ext(path);
	if (by_ext && by_ext->raw)
		return by_ext; /* its reader says what is wrong with the content */
	if (memchr(head, '\0', len))
		return NULL; /* binary */
	for (size_t f = 0; f < N_FORMATS; f++)
		if (!formats[f]->raw && formats[f]->sniff && formats[f]->sniff(head, n))
			return formats[f];
	return by_ext ? by_ext : &cti_format_text;
}
