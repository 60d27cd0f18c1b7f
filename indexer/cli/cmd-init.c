/* cmd-init.c — `casetrace init`: create an empty corpus database. */
#include "cli.h"

#include <getopt.h>
#include <sys/stat.h>

static const char help[] =
	"Usage: casetrace [-d DB] init\n"
	"\n"
	"Create an empty corpus database (mode 0600: only you can read it).\n"
	"Running it on an existing casetrace database changes nothing.\n"
	"\n"
	"Options:\n"
	"  -d, --db DB  the database (default: $CASETRACE_DB, else ./casetrace.db)\n"
	"  -h, --help   this help\n";

int cmd_init(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
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
	ct_db *db = cli_open_db(cli, CT_OPEN_CREATE, &code);
	if (!db)
		return code;
	ct_db_close(db);
	printf("%s %s\n", existed ? "Already a casetrace database:" : "Created", cli->db_path);
	return EXIT_OK;
}
