/* cmd-aliases.c — `casetrace aliases`: the alias groups search expands. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>

static const char help[] =
	"Usage: casetrace [-d DB] aliases [--load FILE] [--json]\n"
	"\n"
	"Show the alias groups the search index uses, or replace them with those\n"
	"of an alias file and re-index every passage. With the groups of\n"
	"corpus/aliases.txt, a search for Dutch also finds Netherlands, MoD finds\n"
	"\"Ministry of Defence\", and so on; acronyms written in capitals (US, MoD)\n"
	"match only in capitals, so \"us\" stays a pronoun.\n"
	"\n"
	"Alias file: one group per line, terms separated by commas, '#' starts a\n"
	"comment:\n"
	"  # country, demonyms\n"
	"  Netherlands, Dutch, Holland\n"
	"  MoD, Ministry of Defence, Defence Ministry\n"
	"\n"
	"Options:\n"
	"  --load FILE  replace the groups with FILE's and re-index\n"
	"  --json       one JSON object per group: group, terms\n"
	"  -d, --db DB  the database (created if missing when loading)\n"
	"  -h, --help   this help\n"
	"\n"
	"Exit status: 0 ok, 3 the alias file has problems (reported with line\n"
	"numbers; the good groups are loaded), 4 I/O or database error.\n";

static void count_warnings(void *ctx, const ct_diag *d)
{
	struct { struct cli *cli; int n; } *c = ctx;
	c->n++;
	cli_diag(c->cli, d);
}

int cmd_aliases(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"load", required_argument, NULL, 'l'},
		{"json", no_argument, NULL, 'j'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	const char *load = NULL;
	bool json = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'l': load = optarg; break;
		case 'j': json = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("aliases", "bad option");
		}
	}
	if (optind < argc)
		return usagef("aliases", "aliases takes no arguments ('%s'); use --load FILE",
		              argv[optind]);
	int code;
	ct_db *db = cli_open_db(cli, load ? CT_OPEN_CREATE : CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	struct { struct cli *cli; int n; } warn = {cli, 0};
	if (load) {
		size_t groups = 0, terms = 0;
		ct_status st = ct_db_load_aliases(db, load, count_warnings, &warn, &groups, &terms);
		if (st != CT_OK) {
			errorf("%s", ct_db_errmsg(db));
			ct_db_close(db);
			return cli_exit_for(st);
		}
		if (!json)
			printf("%s: loaded %zu alias groups (%zu terms) from %s%s\n", cli->db_path,
			       groups, terms, load,
			       ct_db_casetrace_tokenizer(db) ? "; passages re-indexed"
			                                     : "; but this database uses SQLite's "
			                                       "plain tokenizer, which ignores them");
	}
	size_t n = 0;
	const char *const *terms;
	const int *groups;
	ct_db_aliases(db, &n, &terms, &groups);
	if (json) {
		for (size_t i = 0; i < n;) {
			size_t j = i;
			printf("{\"group\":%d,\"terms\":[", groups[i]);
			for (; j < n && groups[j] == groups[i]; j++) {
				if (j > i)
					putchar(',');
				ct_json_string(stdout, terms[j], (size_t)-1);
			}
			printf("]}\n");
			i = j;
		}
	} else if (!load) {
		for (size_t i = 0; i < n;) {
			size_t j = i;
			printf("%3d  ", groups[i]);
			for (; j < n && groups[j] == groups[i]; j++)
				printf("%s%s", j > i ? ", " : "", terms[j]);
			putchar('\n');
			i = j;
		}
		if (!n)
			fprintf(stderr, "no alias groups: load some with 'casetrace aliases --load "
			        "corpus/aliases.txt'\n");
	}
	ct_db_close(db);
	return warn.n ? EXIT_CONFIG : EXIT_OK;
}
