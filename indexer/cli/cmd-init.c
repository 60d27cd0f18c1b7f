/* cmd-init.c — `casetrace init`: create an empty corpus database. */
#include "cli.h"

#include <getopt.h>
#include <sys/stat.h>

static const char help[] =
	"Usage: casetrace [-d DB] init [--plain-tokenizer]\n"
	"\n"
	"Create an empty corpus database (mode 0600: only you can read it).\n"
	"Running it on an existing casetrace database changes nothing.\n"
	"\n"
	"The search index uses the casetrace tokenizer: SQLite's unicode61 and\n"
	"porter stemming, plus British/American spellings as one word (defence,\n"
	"defense), alias groups (Dutch, Netherlands; see 'casetrace aliases'),\n"
	"possessives (Britain's: Britain), hyphen compounds whole and in parts,\n"
	"numbers with thousands separators whole (1,200: 1200).\n"
	"\n"
	"Options:\n"
	"  --plain-tokenizer  index with SQLite's 'porter unicode61' instead: no\n"
	"               spelling variants or aliases, but any SQLite client (the\n"
	"               sqlite3 shell, Datasette) can then search the index too\n"
	"  -d, --db DB  the database (default: $CASETRACE_DB, else ./casetrace.db)\n"
	"  -h, --help   this help\n";

int cmd_init(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"plain-tokenizer", no_argument, NULL, 'p'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	int c;
	bool plain = false;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'p': plain = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("init", "bad option");
		}
	}
	if (optind < argc)
		return usagef("init", "init takes no arguments ('%s')", argv[optind]);
	struct stat sb;
	bool existed = stat(cli->db_path, &sb) == 0;
	int code;
	if (existed && plain) {
		errorf("%s exists already; --plain-tokenizer applies only when a database "
		       "is created", cli->db_path);
		return EXIT_USAGE;
	}
	ct_db *db = cli_open_db(cli, CT_OPEN_CREATE | (plain ? CT_OPEN_PLAIN_TOKENIZER : 0),
	                        &code);
	if (!db)
		return code;
	ct_db_close(db);
	printf("%s %s\n", existed ? "Already a casetrace database:" : "Created", cli->db_path);
	return EXIT_OK;
}
