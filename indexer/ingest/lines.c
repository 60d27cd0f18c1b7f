/* lines.c — small text helpers the export readers share: white space
 * (including the no-break space exports are full of), language names. */
#include "ingest/ingest-private.h"

#include <string.h>
#include <strings.h>

size_t cti_space_at(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
		return 1;
	if (end - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
		return 2;
	return 0;
}

void cti_trim(const char **s, size_t *len)
{
	const char *p = *s, *e = *s + *len;
	size_t n;
	while ((n = cti_space_at(p, e)) != 0)
		p += n;
	while (e > p) {
		if (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f' ||
		    e[-1] == '\v')
			e--;
		else if (e - p >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
			e -= 2;
		else
			break;
	}
	*s = p;
	*len = (size_t)(e - p);
}

const char *cti_lang_code(const char *s, size_t n)
{
	static const char *const names[][2] = {
		{"english", "en"}, {"german", "de"},     {"french", "fr"},  {"spanish", "es"},
		{"dutch", "nl"},   {"italian", "it"},    {"portuguese", "pt"},
		{"swedish", "sv"}, {"norwegian", "no"},  {"danish", "da"},  {"finnish", "fi"},
		{"polish", "pl"},  {"russian", "ru"},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i][0]) == n && strncasecmp(s, names[i][0], n) == 0)
			return names[i][1];
	return NULL;
}
