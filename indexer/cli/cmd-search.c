/* cmd-search.c — `casetrace search`: ranked full-text search. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] search [OPTIONS] QUERY\n"
	"\n"
	"Search the corpus; print one result per document, best first (BM25 over\n"
	"passages), with the best passage's snippet and the matching terms marked.\n"
	"\n"
	"QUERY uses SQLite FTS5 syntax:\n"
	"  withdrawal Basra          both words, anywhere in a passage\n"
	"  \"handed over\"             a phrase\n"
	"  withdr*                   a prefix\n"
	"  drawdown OR withdrawal    either; AND, NOT likewise (in capitals)\n"
	"  NEAR(Basra withdraw*, 8)  within 8 words of each other\n"
	"Words are matched by stem (withdraw ~ withdrawing), any case, any accents.\n"
	"Quote anything with punctuation: \"U.S.\", \"post-war\".\n"
	"\n"
	"Options:\n"
	"  --kind K               only documents of kind K (news, transcript, note,\n"
	"                         manuscript, interview, other)\n"
	"  --outlet O             only outlets whose name contains O (any case)\n"
	"  --case SLUG            only documents linked to this case (casetrace cases)\n"
	"  --from DATE, --to DATE only documents published in this range\n"
	"                         (2007-06-01, \"June 1, 2007\", 2007-06, 2007 ...)\n"
	"  --limit N              at most N documents (default 20)\n"
	"  --include-restricted   also search restricted interview notes; their\n"
	"                         results are marked RESTRICTED\n"
	"  --json                 JSON Lines: doc, path, kind, title, outlet, date,\n"
	"                         score, snippet, start, end, passages, restricted\n"
	"  --csv                  CSV with a header row (same fields)\n"
	"  -d, --db DB            the database\n"
	"  -h, --help             this help\n"
	"\n"
	"In snippets matching terms are marked **like this** (bold on a terminal).\n"
	"A score is the negated BM25 of the document's best passage: higher is\n"
	"better. Exit status: 0 ok (also when nothing matched), 2 bad query or\n"
	"option, 4 database error.\n";

enum fmt { FMT_TEXT, FMT_JSON, FMT_CSV };

static void print_json(const ct_hit *h)
{
	printf("{\"doc\":%lld,\"path\":", (long long)h->doc);
	ct_json_string(stdout, h->path, (size_t)-1);
	printf(",\"kind\":");
	ct_json_string(stdout, h->kind, (size_t)-1);
	printf(",\"title\":");
	ct_json_string(stdout, h->title, (size_t)-1);
	printf(",\"outlet\":");
	ct_json_string(stdout, h->outlet, (size_t)-1);
	printf(",\"date\":");
	ct_json_string(stdout, h->date, (size_t)-1);
	printf(",\"score\":%.4f,\"snippet\":", h->score);
	ct_json_string(stdout, h->snippet, (size_t)-1);
	printf(",\"start\":%zu,\"end\":%zu,\"passages\":%d,\"restricted\":%s}\n", h->start,
	       h->end, h->n_passages, h->restricted ? "true" : "false");
}

static void print_csv(const ct_hit *h)
{
	printf("%lld,", (long long)h->doc);
	ct_csv_field(stdout, h->path);
	putchar(',');
	ct_csv_field(stdout, h->kind);
	putchar(',');
	ct_csv_field(stdout, h->title);
	putchar(',');
	ct_csv_field(stdout, h->outlet);
	putchar(',');
	ct_csv_field(stdout, h->date);
	printf(",%.4f,", h->score);
	ct_csv_field(stdout, h->snippet);
	printf(",%zu,%zu,%d,%d\r\n", h->start, h->end, h->n_passages, h->restricted);
}

static void print_text(const ct_hit *h, int rank, bool color)
{
	printf("%2d. %s[%s] %s", rank, h->restricted ? "RESTRICTED " : "", h->kind,
	       h->title ? h->title : "(untitled)");
	if (h->outlet || h->date) {
		printf(" — ");
		if (h->outlet)
			printf("%s%s", h->outlet, h->date ? ", " : "");
		if (h->date)
			printf("%s", h->date);
	}
	printf("\n    doc %lld · score %.2f · %d matching passage%s · %s\n    ",
	       (long long)h->doc, h->score, h->n_passages, h->n_passages == 1 ? "" : "s",
	       h->path);
	ct_text_highlight(stdout, h->snippet, "**", "**", color);
	printf("\n\n");
}

int cmd_search(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"kind", required_argument, NULL, 'k'},
		{"outlet", required_argument, NULL, 'o'},
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"limit", required_argument, NULL, 'n'},
		{"case", required_argument, NULL, 'C'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"csv", no_argument, NULL, 'c'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	ct_search_opts so = {0};
	enum fmt fmt = FMT_TEXT;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:n:h", lo, NULL)) != -1) {
		switch (c) {
		case 'k': so.kind = optarg; break;
		case 'o': so.outlet = optarg; break;
		case 'f': so.from = optarg; break;
		case 't': so.to = optarg; break;
		case 'n':
			if (!cli_parse_int("search", "--limit", optarg, &so.limit))
				return EXIT_USAGE;
			break;
		case 'r': so.include_restricted = true; break;
		case 'C': so.case_slug = optarg; break;
		case 'j': fmt = FMT_JSON; break;
		case 'c': fmt = FMT_CSV; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("search", "bad option");
		}
	}
	if (optind >= argc)
		return usagef("search", "give a query");
	if (optind + 1 < argc)
		return usagef("search", "give the query as one argument in quotes: "
		              "casetrace search '%s %s'", argv[optind], argv[optind + 1]);
	so.query = argv[optind];

	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_search *s = NULL;
	ct_status st = ct_search_start(db, &so, &s);
	int n = 0;
	if (st == CT_OK && fmt == FMT_CSV)
		printf("doc,path,kind,title,outlet,date,score,snippet,start,end,passages,"
		       "restricted\r\n");
	const ct_hit *h;
	while (st == CT_OK && (st = ct_search_next(s, &h)) == CT_OK) {
		n++;
		if (fmt == FMT_JSON)
			print_json(h);
		else if (fmt == FMT_CSV)
			print_csv(h);
		else
			print_text(h, n, cli->tty_out);
	}
	if (st == CT_DONE) {
		st = CT_OK;
		ct_kind k;
		if (n == 0 && !so.include_restricted && so.kind &&
		    ct_kind_parse(so.kind, strlen(so.kind), &k) && k == CT_KIND_INTERVIEW)
			fprintf(stderr, "casetrace: note: interview notes are restricted; add "
			        "--include-restricted to search them\n");
		if (fmt == FMT_TEXT && !cli->quiet)
			fprintf(stderr, "%d document%s matched%s\n", n, n == 1 ? "" : "s",
			        so.limit <= 0 && n == 20 ? " (showing the first 20; --limit N "
			                                   "for more)" : "");
	} else {
		errorf("%s", ct_db_errmsg(db));
	}
	ct_search_free(s);
	ct_db_close(db);
	return cli_exit_for(st);
}
