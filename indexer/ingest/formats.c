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

bool ct_is_case_file(const char *path)
{
	size_t n = strlen(path);
	return n > 5 && !strcmp(path + n - 5, ".case");
}

const struct cti_format *cti_format_sniff(const char *head, size_t len)
{
	size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
	for (size_t f = 0; f < N_FORMATS; f++)
		if (formats[f]->sniff && (formats[f]->raw || !memchr(head, '\0', n)) &&
		    formats[f]->sniff(head, n))
			return formats[f];
	return NULL;
}

const char *cti_binary_hint(const char *d, size_t len)
{
	if (len >= 4 && memcmp(d, "PK\003\004", 4) == 0)
		return "a ZIP archive (a .docx, .odt or .xlsx file?): save it as PDF or text";
	if (len >= 4 && memcmp(d, "\xD0\xCF\x11\xE0", 4) == 0)
		return "an old Microsoft Office file: save it as PDF or text";
	if (len >= 5 && memcmp(d, "{\\rtf", 5) == 0)
		return "an RTF file: save it as text, HTML or PDF";
	if ((len >= 4 && memcmp(d, "\x89PNG", 4) == 0) ||
	    (len >= 3 && memcmp(d, "\xFF\xD8\xFF", 3) == 0) ||
	    (len >= 4 && memcmp(d, "GIF8", 4) == 0))
		return "an image: casetrace needs text (run OCR first)";
	return "casetrace reads text, Markdown, HTML, PDF and Nexis/Factiva exports";
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
