/* opts.c — helpers shared by the subcommands. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>

int cli_exit_for(ct_status st)
{
	switch (st) {
	case CT_OK:
	case CT_DONE:
		return EXIT_OK;
	case CT_PARTIAL:
		return EXIT_PARTIAL;
	case CT_EINVAL:
	case CT_EQUERY:
	case CT_ENOTFOUND:
		return EXIT_USAGE;
	case CT_EPARSE:
		return EXIT_CONFIG;
	default:
		return EXIT_IO;
	}
}

ct_db *cli_open_db(struct cli *cli, unsigned flags, int *exit_code)
{
	ct_db *db = NULL;
	char *msg = NULL;
	ct_status st = ct_db_open(cli->db_path, flags, &db, &msg);
	if (st != CT_OK) {
		errorf("%s", msg ? msg : ct_strerror(st));
		ct_free(msg);
		*exit_code = EXIT_IO;
		return NULL;
	}
	*exit_code = EXIT_OK;
	return db;
}

bool cli_parse_int(const char *cmd, const char *opt, const char *val, int *out)
{
	char *end = NULL;
	errno = 0;
	long v = strtol(val, &end, 10);
	if (errno || !end || *end || v <= 0 || v > INT_MAX) {
		usagef(cmd, "%s wants a positive whole number, not '%s'", opt, val);
		return false;
	}
	*out = (int)v;
	return true;
}

int cli_help(const char *text)
{
	fputs(text, stdout);
	return EXIT_OK;
}
