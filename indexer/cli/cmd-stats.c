/* cmd-stats.c — `casetrace stats`: what the corpus holds; --check. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>

static const char help[] =
	"Usage: casetrace [-d DB] stats [--json] [--check]\n"
	"\n"
	"Show what the corpus holds: documents by kind, passages, text size, the\n"
	"range of publication dates.\n"
	"\n"
	"Options:\n"
	"  --check      also verify the database: SQLite's integrity_check, FTS5's\n"
	"               integrity-check, and that every passage lies inside its\n"
	"               document. Exit status 4 if a problem is found.\n"
	"  --json       one JSON object: documents, passages, bytes, files,\n"
	"               restricted, quotes, speakers, first, last, claims,\n"
	"               verified (claims of interview notes, and those verify\n"
	"               has judged), by_kind {kind: count}, and with\n"
	"               --check, check (\"ok\" or \"failed\")\n"
	"  -d, --db DB  the database\n"
	"  -h, --help   this help\n";

int cmd_stats(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"check", no_argument, NULL, 'c'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	bool json = false, check = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'c': check = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("stats", "bad option");
		}
	}
	if (optind < argc)
		return usagef("stats", "stats takes no arguments ('%s')", argv[optind]);
	int code;
	/* FTS5's integrity-check is an INSERT command: --check needs write access */
	ct_db *db = cli_open_db(cli, check ? 0 : CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_stats s;
	ct_status st = ct_db_stats(db, &s);
	if (st != CT_OK) {
		errorf("%s", ct_db_errmsg(db));
		ct_db_close(db);
		return cli_exit_for(st);
	}
	ct_status chk = CT_OK;
	if (check) {
		chk = ct_db_check(db, cli_diag, cli);
		if (chk != CT_OK && chk != CT_ECORRUPT)
			errorf("%s", ct_db_errmsg(db));
	}
	if (json) {
		printf("{\"database\":");
		ct_json_string(stdout, cli->db_path, (size_t)-1);
		printf(",\"documents\":%lld,\"passages\":%lld,\"bytes\":%lld,\"files\":%lld,"
		       "\"restricted\":%lld,\"quotes\":%lld,\"speakers\":%lld,\"first\":",
		       (long long)s.documents, (long long)s.passages, (long long)s.bytes,
		       (long long)s.files, (long long)s.restricted, (long long)s.quotes,
		       (long long)s.speakers);
		ct_json_string(stdout, s.first_date, (size_t)-1);
		printf(",\"last\":");
		ct_json_string(stdout, s.last_date, (size_t)-1);
		printf(",\"claims\":%lld,\"verified\":%lld", (long long)s.claims,
		       (long long)s.verified);
		printf(",\"by_kind\":{");
		for (int k = 0, first = 1; k < CT_KIND_LAST; k++) {
			if (!s.by_kind[k])
				continue;
			printf("%s\"%s\":%lld", first ? "" : ",", ct_kind_name((ct_kind)k),
			       (long long)s.by_kind[k]);
			first = 0;
		}
		printf("}");
		if (check)
			printf(",\"check\":\"%s\"", chk == CT_OK ? "ok" : "failed");
		printf("}\n");
	} else {
		printf("Database    %s\n", cli->db_path);
		printf("Documents   %lld from %lld file%s (%lld restricted)\n",
		       (long long)s.documents, (long long)s.files, s.files == 1 ? "" : "s",
		       (long long)s.restricted);
		for (int k = 0; k < CT_KIND_LAST; k++)
			if (s.by_kind[k])
				printf("  %-12s %lld\n", ct_kind_name((ct_kind)k),
				       (long long)s.by_kind[k]);
		printf("Passages    %lld\n", (long long)s.passages);
		printf("Quotations  %lld, by %lld named speakers\n", (long long)s.quotes,
		       (long long)s.speakers);
		if (s.claims)
			printf("Claims      %lld in interview notes, %lld verified\n",
			       (long long)s.claims, (long long)s.verified);
		if (s.bytes < 1000000)
			printf("Text        %.1f KB\n", (double)s.bytes / 1e3);
		else
			printf("Text        %.1f MB\n", (double)s.bytes / 1e6);
		if (s.first_date)
			printf("Dates       %s .. %s\n", s.first_date, s.last_date);
		if (check)
			printf("Check       %s\n", chk == CT_OK ? "ok (integrity_check, FTS5 "
			       "integrity-check, passage ranges)" : "FAILED (see above)");
	}
	ct_db_close(db);
	if (chk != CT_OK)
		return EXIT_IO;
	return EXIT_OK;
}
