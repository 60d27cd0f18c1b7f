/* cmd-add.c — `casetrace add`: ingest files and folders incrementally. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char help[] =
	"Usage: casetrace [-d DB] add [--kind K] [--case SLUG] [--jobs N] [--prune] [--json] PATH...\n"
	"\n"
	"Add files and folders to the corpus. Folders are read recursively (hidden\n"
	"files and folders skipped; .txt, .md, .markdown and .text files taken);\n"
	"files named directly are read as text whatever their extension. A file\n"
	"whose content is unchanged since the last add is skipped; a changed file\n"
	"replaces its document. The database is created (mode 0600) if missing.\n"
	"\n"
	"Metadata comes from a front matter block at the top of a file:\n"
	"  ---\n"
	"  title: Velmorian Troops Leave Tarvik\n"
	"  outlet: The Northgate Herald\n"
	"  date: September 3, 2007\n"
	"  ---\n"
	"with keys title, outlet, author, date, url, kind, case, code, lang (others\n"
	"are kept too). The kind is taken from the front matter, else --kind, else\n"
	"the nearest folder named news/, transcripts/, interviews/, notes/ or\n"
	"manuscripts/, else 'other'. Interviews are restricted: hidden from search\n"
	"and output unless --include-restricted is given.\n"
	"\n"
	"Case files (*.case, in folders too) are loaded as cases, not documents\n"
	"(see 'casetrace cases --help'); a bad one is reported with file and line\n"
	"and counted as failed. The new documents (all of them, after a case\n"
	"changed) are then linked to the cases.\n"
	"\n"
	"Options:\n"
	"  --kind K       kind for files whose front matter names none: news,\n"
	"                 transcript, interview, note, manuscript, other\n"
	"  --case SLUG    case for files whose front matter names none (links them\n"
	"                 to that case with score 1)\n"
	"  --prune        also remove documents whose files no longer exist\n"
	"  --jobs N       reader threads that read, hash and split files while\n"
	"                 the database is written (default: one per core beyond\n"
	"                 the first, at least 1, at most 4; 0 reads in line)\n"
	"  --rules DIR    also use the quotation rules in DIR/*.rules\n"
	"  --batch N      files per transaction (default 1024; a killed run keeps\n"
	"                 every finished batch, and re-running completes the job)\n"
	"  --json         print the summary as one JSON object\n"
	"  -d, --db DB    the database (default: $CASETRACE_DB, else ./casetrace.db)\n"
	"  -h, --help     this help\n"
	"\n"
	"Bad files never stop the run: invalid UTF-8 is repaired (U+FFFD) with a\n"
	"warning naming the byte offset; binary, empty and unreadable files are\n"
	"reported and skipped. Exit status: 0 all went in, 1 some files could not\n"
	"be read (the rest went in), 2 usage error, 4 database error.\n";

struct progress {
	struct cli *cli;
	struct timespec start, last;
};

static double since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static bool on_progress(void *ctx, const ct_add_progress *p)
{
	struct progress *pg = ctx;
	if (!pg->cli->tty_err || pg->cli->quiet)
		return true;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (since(&pg->last, &now) < 0.1 && p->files_done < p->files_total)
		return true;
	pg->last = now;
	double secs = since(&pg->start, &now);
	double mb = (double)p->bytes_done / 1e6, total = (double)p->bytes_total / 1e6;
	double rate = secs > 0 ? mb / secs : 0;
	double eta = rate > 0 ? (total - mb) / rate : 0;
	const char *name = p->current ? strrchr(p->current, '/') : NULL;
	char line[256];
	snprintf(line, sizeof line, "%zu/%zu files  %.1f/%.1f MB  %.1f MB/s  ETA %.0fs  %.40s",
	         p->files_done, p->files_total, mb, total, rate, eta,
	         name ? name + 1 : "");
	cli_progress_show(line);
	return true;
}

static void diag_cb(void *ctx, const ct_diag *d)
{
	struct progress *pg = ctx;
	cli_diag(pg->cli, d);
}

int cmd_add(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"kind", required_argument, NULL, 'k'},
		{"case", required_argument, NULL, 'c'},
		{"prune", no_argument, NULL, 'p'},
		{"batch", required_argument, NULL, 'b'},
		{"jobs", required_argument, NULL, 'J'},
		{"rules", required_argument, NULL, 'R'},
		{"json", no_argument, NULL, 'j'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	ct_add_opts opts = {0};
	bool json = false, jobs_set = false;
	const char *rules_dir = NULL;
	int c, batch = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!ct_kind_parse(optarg, strlen(optarg), &opts.load.kind))
				return usagef("add", "--kind '%s' is not one of news, transcript, "
				              "interview, note, manuscript, other", optarg);
			opts.load.kind_set = true;
			break;
		case 'c': opts.load.case_slug = optarg; break;
		case 'p': opts.prune = true; break;
		case 'b':
			if (!cli_parse_int("add", "--batch", optarg, &batch))
				return EXIT_USAGE;
			opts.batch_files = (size_t)batch;
			break;
		case 'J':
			if (!strcmp(optarg, "0")) {
				opts.jobs = 0;
			} else if (!cli_parse_int("add", "--jobs", optarg, &opts.jobs)) {
				return EXIT_USAGE;
			}
			jobs_set = true;
			break;
		case 'R': rules_dir = optarg; break;
		case 'j': json = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("add", "bad option");
		}
	}
	if (!jobs_set) {
		/* one reader per spare core: this thread does the SQLite writes */
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		opts.jobs = cpus > 2 ? (int)(cpus - 1 > 4 ? 4 : cpus - 1) : 1;
	}
	if (optind >= argc && !opts.prune)
		return usagef("add", "name the files or folders to add");

	/* quotations are extracted as files go in */
	size_t bad_rules = 0;
	ct_rules *rules = cli_load_rules(cli, rules_dir, &bad_rules);
	if (!rules)
		warnf("quotations will not be extracted; 'casetrace reextract' does it later");
	opts.rules = rules;
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_CREATE, &code);
	if (!db) {
		ct_rules_free(rules);
		return code;
	}
	struct progress pg = {.cli = cli};
	clock_gettime(CLOCK_MONOTONIC, &pg.start);
	pg.last = pg.start;
	pg.last.tv_sec -= 1;
	ct_add_summary sum;
	ct_status st = ct_db_add(db, (const char *const *)argv + optind,
	                         (size_t)(argc - optind), &opts, diag_cb, on_progress, &pg,
	                         &sum);
	cli_progress_clear();
	struct timespec end;
	clock_gettime(CLOCK_MONOTONIC, &end);
	double secs = since(&pg.start, &end);
	if (st != CT_OK && st != CT_PARTIAL)
		errorf("%s", ct_db_errmsg(db));
	ct_db_close(db);
	ct_rules_free(rules);

	if (json) {
		printf("{\"added\":%zu,\"updated\":%zu,\"unchanged\":%zu,\"skipped\":%zu,"
		       "\"failed\":%zu,\"pruned\":%zu,\"documents\":%zu,\"bytes\":%llu,"
		       "\"quotes\":%zu,\"citations\":%zu,\"linked\":%zu,\"cases\":%zu,"
		       "\"case_links\":%zu,\"seconds\":%.3f,"
		       "\"database\":",
		       sum.added, sum.updated, sum.unchanged, sum.skipped, sum.failed,
		       sum.pruned, sum.documents, (unsigned long long)sum.bytes, sum.quotes,
		       sum.citations, sum.linked, sum.cases, sum.case_links, secs);
		ct_json_string(stdout, cli->db_path, (size_t)-1);
		printf(",\"status\":");
		ct_json_string(stdout, ct_strerror(st), (size_t)-1);
		printf("}\n");
	} else {
		printf("%s: added %zu, updated %zu, unchanged %zu, skipped %zu, failed %zu",
		       cli->db_path, sum.added, sum.updated, sum.unchanged, sum.skipped,
		       sum.failed);
		if (opts.prune)
			printf(", pruned %zu", sum.pruned);
		if (sum.documents != sum.added + sum.updated)
			printf("; %zu documents", sum.documents);
		if (sum.quotes)
			printf("; %zu quotations", sum.quotes);
		if (sum.citations)
			printf("; %zu citations", sum.citations);
		if (sum.linked)
			printf(", %zu linked", sum.linked);
		if (sum.cases)
			printf("; %zu case file%s", sum.cases, sum.cases == 1 ? "" : "s");
		if (sum.case_links)
			printf("; %zu case links", sum.case_links);
		printf(" (%.1f MB in %.2f s)\n", (double)sum.bytes / 1e6, secs);
	}
	if (st == CT_OK && bad_rules)
		return EXIT_CONFIG;
	return cli_exit_for(st);
}
