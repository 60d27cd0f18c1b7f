/* json.c — JSON string escaping (RFC 8259) into a buffer. */
#include "util/util.h"

#include <stdio.h>

void cti_buf_json(struct cti_buf *b, const char *s, size_t len)
{
	if (!s) {
		cti_buf_puts(b, "null");
		return;
	}
	cti_buf_putc(b, '"');
	size_t run = 0; /* bytes copied as they are, in one append */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) {
			run++; /* the usual case: as it is */
			continue;
		}
		const char *esc = NULL;
		char u[8];
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default:
			if (c < 0x20 || c == 0x7f) {
				snprintf(u, sizeof u, "\\u%04x", c);
				esc = u;
			}
		}
		if (esc) {
			cti_buf_append(b, s + i - run, run);
			run = 0;
			cti_buf_puts(b, esc);
		} else {
			run++;
		}
	}
	cti_buf_append(b, s + len - run, run);
	cti_buf_putc(b, '"');
}
