/* msgs.c — messages on stderr and the progress line. */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

static bool progress_shown;

void cli_progress_clear(void)
{
	if (progress_shown) {
		fputs("\r\033[K", stderr);
		progress_shown = false;
	}
}

void cli_progress_show(const char *line)
{
	fprintf(stderr, "\r\033[K%s", line);
	fflush(stderr);
	progress_shown = true;
}

static void vmsg(const char *kind, const char *fmt, va_list ap) CLI_PRINTF(2, 0);

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
	cli_progress_clear();
	fprintf(stderr, "casetrace: %s", kind);
	vfprintf(stderr, fmt, ap);
	putc('\n', stderr);
}

void errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error: ", fmt, ap);
	va_end(ap);
}

void warnf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("warning: ", fmt, ap);
	va_end(ap);
}

int usagef(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("", fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try 'casetrace %s%s--help' for more information.\n",
	        cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

void cli_diag(void *ctx, const ct_diag *d)
{
	struct cli *cli = ctx;
	static const char *const label[] = {
		[CT_DIAG_NOTE] = "note: ",
		[CT_DIAG_WARNING] = "warning: ",
		[CT_DIAG_SKIPPED] = "skipped: ",
		[CT_DIAG_ERROR] = "error: ",
	};
	if (cli && cli->quiet && d->severity <= CT_DIAG_SKIPPED && d->severity != CT_DIAG_WARNING)
		return;
	cli_progress_clear();
	fprintf(stderr, "casetrace: %s", label[d->severity]);
	if (d->path) {
		fputs(d->path, stderr);
		if (d->line)
			fprintf(stderr, ":%u", d->line);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s\n", d->message);
}
