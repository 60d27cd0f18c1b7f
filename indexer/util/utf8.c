/* utf8.c — UTF-8 validation and repair (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF). */
#include "util/util.h"

#include <string.h>

size_t cti_utf8_seq(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t n;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

void cti_utf8_repair(const char *src, size_t len, struct cti_buf *out,
                     size_t *n_bad, int64_t *first_bad)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t bad = 0, i = 0;
	int64_t first = -1;
	cti_buf_reserve(out, len);
	while (i < len) {
		/* Copy the longest valid stretch in one go. */
		size_t j = i;
		while (j < len) {
			if (s[j] < 0x80) {
				j++;
				/* ASCII runs eight bytes at a time */
				while (j + 8 <= len) {
					uint64_t w;
					memcpy(&w, s + j, 8);
					if (w & 0x8080808080808080u)
						break;
					j += 8;
				}
				continue;
			}
			size_t k = cti_utf8_seq(s + j, len - j);
			if (!k)
				break;
			j += k;
		}
		cti_buf_append(out, src + i, j - i);
		i = j;
		if (i < len) {
			if (first < 0)
				first = (int64_t)i;
			bad++;
			cti_buf_append(out, "\xEF\xBF\xBD", 3);
			i++;
		}
	}
	if (n_bad)
		*n_bad = bad;
	if (first_bad)
		*first_bad = first;
}
