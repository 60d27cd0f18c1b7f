/* main.c — `casetrace [-d DB] COMMAND [OPTIONS] [ARGS]`: global options and
 * the table of subcommands. */
#include "cli.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct command commands[] = {
	{"init", cmd_init, "create an empty corpus database"},
	{"add", cmd_add, "add files and folders to the corpus (incremental)"},
	{"search", cmd_search, "full-text search, one result per document"},
	{"show", cmd_show, "show a stored document and its metadata"},
	{"stats", cmd_stats, "corpus statistics; --check verifies the database"},
	{"aliases", cmd_aliases, "show or load the alias groups search expands"},
	{"quotes", cmd_quotes, "who said what: the quotations in the corpus"},
	{"cites", cmd_cites, "citations in the notes of documents, linked to the corpus"},
	{"extract-quotes", cmd_extract_quotes, "quotations in files, without a database"},
	{"reextract", cmd_reextract, "extract quotations again after rules change"},
	{"parse-cite", cmd_parse_cite, "parse citations / notes from stdin, without a database"},
	{"cases", cmd_cases, "list the cases; cases load FILE adds case files"},
	{"case", cmd_case, "a case's dossier: timeline, who said what, sources, coverage"},
	{"link", cmd_link, "link the corpus to the cases again"},
	{"verify", cmd_verify, "corroborate interview claims against public sources"},
	{"check-quotes", cmd_check_quotes, "check a manuscript's quotations against the cited sources"},
};

static void usage(FILE *f)
{
	fprintf(f,
	        "Usage: casetrace [-d DB] [-q] COMMAND [OPTIONS] [ARGS]\n"
	        "\n"
	        "casetrace indexes a case-study corpus (news, transcripts, interview\n"
	        "notes, manuscripts) into one SQLite file and searches it.\n"
	        "\n"
	        "Commands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-15s %s\n", commands[i].name, commands[i].summary);
	fprintf(f,
	        "\n"
	        "Global options:\n"
	        "  -d, --db DB    the corpus database (default: $CASETRACE_DB, else\n"
	        "                 ./casetrace.db); also accepted after the command\n"
	        "  -q, --quiet    no notes, skipped-file lines or progress on stderr\n"
	        "                 (also accepted after the command)\n"
	        "  -h, --help     this help; 'casetrace COMMAND --help' for a command\n"
	        "  -V, --version  print the version\n"
	        "\n"
	        "Exit codes: 0 ok; 1 some inputs failed (the rest went in); 2 usage or\n"
	        "query error; 3 bad rule, case or config file; 4 I/O or database error.\n");
}

/* The heap of a short-lived command: compiling the rules (a hundred
 * patterns and their JIT code) and then file after file allocate and free
 * the same few hundred KB over and over. glibc's defaults give them back to
 * the kernel a page at a time and ask again (1,400 brk calls, with their
 * page faults, before the first file is read): keep what was asked for,
 * and grow in steps of a few MB. */
static void tune_heap(void)
{
#if defined(M_TRIM_THRESHOLD) && defined(M_TOP_PAD)
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	mallopt(M_TOP_PAD, 4 << 20);
#endif
}

int main(int argc, char **argv)
{
	tune_heap();
	struct cli cli = {
		.db_path = getenv("CASETRACE_DB"),
		.tty_out = isatty(STDOUT_FILENO) == 1,
		.tty_err = isatty(STDERR_FILENO) == 1,
	};
	if (!cli.db_path || !*cli.db_path)
		cli.db_path = "casetrace.db";

	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("casetrace %s\n", ct_version());
			return EXIT_OK;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			cli.quiet = true;
		} else if (!strcmp(a, "-d") || !strcmp(a, "--db")) {
			if (i + 1 >= argc)
				return usagef(NULL, "%s needs a database path", a);
			cli.db_path = argv[++i];
		} else if (!strncmp(a, "--db=", 5)) {
			cli.db_path = a + 5;
		} else {
			return usagef(NULL, "unknown option '%s' (give it after the command?)", a);
		}
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[i];
	if (!strcmp(name, "help")) {
		if (i + 1 < argc) {
			char *hargv[] = {argv[i + 1], (char *)"--help", NULL};
			for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
				if (!strcmp(commands[c].name, argv[i + 1]))
					return commands[c].fn(&cli, 2, hargv);
		}
		usage(stdout);
		return EXIT_OK;
	}
	/* -q / --quiet may also follow the command */
	int j = i + 1;
	for (int k = i + 1; k < argc; k++) {
		if (!strcmp(argv[k], "--")) {
			while (k < argc)
				argv[j++] = argv[k++];
			break;
		}
		if (!strcmp(argv[k], "-q") || !strcmp(argv[k], "--quiet"))
			cli.quiet = true;
		else
			argv[j++] = argv[k];
	}
	argc = j;
	for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
		if (!strcmp(commands[c].name, name))
			return commands[c].fn(&cli, argc - i, argv + i);
	return usagef(NULL, "unknown command '%s'", name);
}
