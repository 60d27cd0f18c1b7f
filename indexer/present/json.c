/* json.c — JSON output for the CLI and reports. */
#include <casetrace/report.h>
#include "util/util.h"

#include <stdbool.h>
#include <string.h>

/* Whether byte c stands in a JSON string as it is (no escape). */
static inline bool json_plain(char c)
{
	return (unsigned char)c >= 0x20 && c != '"' && c != '\\' && c != 0x7f;
}

void ct_json_string(FILE *f, const char *s, size_t len)
{
	/* the usual string needs no escape: written as it is, with no copy */
	size_t i = 0;
	if (s && len == (size_t)-1) {
		/* its length and whether it needs an escape, in one pass (the
		 * terminating NUL stops the loop as a control character) */
		while (json_plain(s[i]))
			i++;
		len = s[i] ? i + strlen(s + i) : i;
	} else {
		while (s && i < len && json_plain(s[i]))
			i++;
	}
	if (s && i == len) {
		putc('"', f);
		fwrite(s, 1, len, f);
		putc('"', f);
		return;
	}
	struct cti_buf b;
	cti_buf_init(&b);
	cti_buf_json(&b, s, len);
	if (b.data)
		fwrite(b.data, 1, b.len, f);
	cti_buf_free(&b);
}
