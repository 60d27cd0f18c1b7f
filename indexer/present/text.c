/* text.c — human-readable output helpers. */
#include <casetrace/report.h>

#include <string.h>

void ct_text_highlight(FILE *f, const char *text, const char *open, const char *close,
                       bool color)
{
	size_t lo = open ? strlen(open) : 0, lc = close ? strlen(close) : 0;
	bool in = false, space = false;
	for (const char *p = text; p && *p;) {
		if (!in && lo && strncmp(p, open, lo) == 0) {
			fputs(color ? "\033[1;33m" : open, f);
			p += lo;
			in = true;
			continue;
		}
		if (in && lc && strncmp(p, close, lc) == 0) {
			fputs(color ? "\033[0m" : close, f);
			p += lc;
			in = false;
			continue;
		}
		if (*p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				putc(' ', f);
			space = true;
			p++;
			continue;
		}
		space = *p == ' ';
		putc(*p++, f);
	}
	if (in && color)
		fputs("\033[0m", f);
}
