/* json.c — JSON string output (RFC 8259). */
#include <casetrace/report.h>

#include <string.h>

void ct_json_string(FILE *f, const char *s, size_t len)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	if (len == (size_t)-1)
		len = strlen(s);
	putc('"', f);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		case '\b': fputs("\\b", f); break;
		case '\f': fputs("\\f", f); break;
		default:
			if (c < 0x20 || c == 0x7f)
				fprintf(f, "\\u%04x", c);
			else
				putc(c, f);
		}
	}
	putc('"', f);
}
