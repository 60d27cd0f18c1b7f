/* cmd-cases.c — `casetrace cases` (list, load, remove), `casetrace case SLUG`
 * (the dossier) and `casetrace link` (link the corpus to the cases again). */
#include "cli.h"

#include <casetrace/link.h>
#include <casetrace/report.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char cases_help[] =
	"Usage: casetrace [-d DB] cases [--json] [--include-restricted]\n"
	"       casetrace [-d DB] cases load FILE...\n"
	"       casetrace [-d DB] cases remove SLUG...\n"
	"\n"
	"List the cases with what links to them: documents, quotations, sources\n"
	"(citations), interview notes, and the first and last document date.\n"
	"`cases load` reads case files (corpus/cases/*.case; `casetrace add` also\n"
	"loads the .case files it meets), then links the corpus to the cases again.\n"
	"A case file with errors is reported (file, line, what is wrong) and not\n"
	"loaded; the other files are.\n"
	"\n"
	"Case file (INI; repeated keys add to lists, ';' separates items):\n"
	"  [case]\n"
	"  slug      = nl-uruzgan                (a-z, 0-9, '-')\n"
	"  title     = The Netherlands in Uruzgan\n"
	"  actor     = Netherlands               (its alias group adds Dutch ...)\n"
	"  coalition = ISAF\n"
	"  theatre   = Uruzgan; Tarin Kowt\n"
	"  period    = 2006-08-01..2010-08-01    (either end may be open)\n"
	"  terms     = withdrawal; extension\n"
	"  pattern   = \\bTask Force Uruzgan\\b     (PCRE2)\n"
	"  notes     = ...\n"
	"  [people]\n"
	"  Gen. Peter van Uhm = Chief of Defence\n"
	"  [sources]                             (always linked)\n"
	"  interviews  = NL-MOD-1\n"
	"  transcripts = transcripts/hearing-2010-02-10.txt\n"
	"\n"
	"Options:\n"
	"  --json                one JSON object per case: slug, title, actor, coalition,\n"
	"                        theatre, start, end, documents, passages, quotes, sources,\n"
	"                        interviews, first, last, path\n"
	"  --include-restricted  count interview notes' passages and quotations too\n"
	"  -d, --db DB           the database\n"
	"  -h, --help            this help\n"
	"\n"
	"Exit status: 0 ok, 3 a case file has errors, 4 database error.\n";

static const char case_help[] =
	"Usage: casetrace [-d DB] case [--format md|html|json] [--from D] [--to D]\n"
	"                 [--include-restricted] [-o FILE] SLUG\n"
	"\n"
	"The dossier of a case: everything the corpus holds about it, ready to\n"
	"write from.\n"
	"  Timeline      dated events in order: documents as published, dates written\n"
	"                in linked passages (\"on 3 September\" resolved against the\n"
	"                document's date), and quotations, each with source and outlet\n"
	"  Who said what quotations grouped by speaker, with where each was reported\n"
	"                (and the outlet that carried an \"as quoted in\" quotation)\n"
	"  Sources       citations linked to the case, and whether each names a\n"
	"                document in the corpus\n"
	"  Coverage      documents per month of the period, months with none (gaps to\n"
	"                fill), outlets by count\n"
	"  Documents     every linked document with its score and why it links\n"
	"Interview notes are left out unless --include-restricted, and then marked.\n"
	"\n"
	"Options:\n"
	"  --format F            md (default; Markdown), html (one self-contained page\n"
	"                        that prints well), json (one object: case, timeline,\n"
	"                        speakers, sources, coverage, documents)\n"
	"  --json                the same as --format json\n"
	"  --from D, --to D      only what is dated in this window\n"
	"  --include-restricted  include interview notes, marked restricted\n"
	"  -o, --output FILE     write to FILE instead of standard output\n"
	"  -d, --db DB           the database\n"
	"  -h, --help            this help\n"
	"\n"
	"Exit status: 0 ok, 2 no such case or a bad option, 4 database or write error.\n";

static const char link_help[] =
	"Usage: casetrace [-d DB] link [--json]\n"
	"\n"
	"Link every document, passage, quotation and citation to the stored cases\n"
	"again (after you edit a case file, load it with `cases load`, which links\n"
	"too; `add` links new documents by itself). One transaction.\n"
	"\n"
	"How an object links (see README, \"Cases\"): its mentions of the case's actor\n"
	"and people (A), theatre places (T), terms, coalition and patterns (K), and\n"
	"whether its date is inside the period (D: 1 in, 0 out, 0.5 unknown) give\n"
	"  score = 0.4*min(A,2)/2 + 0.3*min(T,2)/2 + 0.2*min(K,3)/3 + 0.1*D\n"
	"and it links when A+T >= 1 and score >= 0.5. `case:` front matter, add --case\n"
	"and the case file's [sources] link a document with score 1.\n"
	"\n"
	"Options:\n"
	"  --json       a JSON summary: cases, documents, links, by kind\n"
	"  -d, --db DB  the database\n"
	"  -h, --help   this help\n";

static bool progress(void *ctx, const ct_add_progress *p)
{
	struct cli *cli = ctx;
	if (!cli->tty_err || cli->quiet)
		return true;
	char line[128];
	if (p->files_done >= p->files_total) {
		cli_progress_clear();
		return true;
	}
	snprintf(line, sizeof line, "linking: %zu/%zu documents", p->files_done, p->files_total);
	cli_progress_show(line);
	return true;
}

static int run_link(struct cli *cli, ct_db *db, bool json)
{
	ct_link_summary s;
	ct_status st = ct_db_link_cases(db, true, progress, cli, &s);
	if (st != CT_OK) {
		errorf("%s", ct_db_errmsg(db));
		return cli_exit_for(st);
	}
	if (json)
		printf("{\"cases\":%zu,\"documents\":%zu,\"links\":%zu,\"by_kind\":{\"document\":%zu,"
		       "\"passage\":%zu,\"quote\":%zu,\"citation\":%zu}}\n", s.cases, s.documents,
		       s.links, s.by_kind[0], s.by_kind[1], s.by_kind[2], s.by_kind[3]);
	else if (!cli->quiet)
		fprintf(stderr, "linked %zu documents to %zu case%s; links: %zu documents, %zu "
		        "passages, %zu quotations, %zu citations\n", s.documents, s.cases,
		        s.cases == 1 ? "" : "s", s.by_kind[0], s.by_kind[1], s.by_kind[2],
		        s.by_kind[3]);
	return EXIT_OK;
}

int cmd_link(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	bool json = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(link_help);
		default: return usagef("link", "bad option");
		}
	}
	if (optind < argc)
		return usagef("link", "link takes no arguments ('%s')", argv[optind]);
	int code;
	ct_db *db = cli_open_db(cli, 0, &code);
	if (!db)
		return code;
	code = run_link(cli, db, json);
	ct_db_close(db);
	return code;
}

struct list {
	bool json;
	size_t n;
};

static bool print_case(void *ctx, const ct_case_info *c)
{
	struct list *l = ctx;
	l->n++;
	if (l->json) {
		printf("{\"slug\":");
		ct_json_string(stdout, c->slug, (size_t)-1);
		const char *keys[] = {"title", "actor", "coalition", "theatre", "start", "end"};
		const char *vals[] = {c->title, c->actor, c->coalition, c->theatre, c->start, c->end};
		for (size_t i = 0; i < 6; i++) {
			printf(",\"%s\":", keys[i]);
			ct_json_string(stdout, vals[i], (size_t)-1);
		}
		printf(",\"documents\":%zu,\"passages\":%zu,\"quotes\":%zu,\"sources\":%zu,"
		       "\"interviews\":%zu,\"first\":", c->documents, c->passages, c->quotes,
		       c->sources, c->interviews);
		ct_json_string(stdout, c->first, (size_t)-1);
		printf(",\"last\":");
		ct_json_string(stdout, c->last, (size_t)-1);
		printf(",\"path\":");
		ct_json_string(stdout, c->path, (size_t)-1);
		printf("}\n");
		return true;
	}
	printf("%s  %s\n", c->slug, c->title);
	printf("    period %s to %s; %zu documents (%s to %s), %zu quotations, %zu sources, "
	       "%zu interview notes\n", c->start ? c->start : "open", c->end ? c->end : "open",
	       c->documents, c->first ? c->first : "-", c->last ? c->last : "-", c->quotes,
	       c->sources, c->interviews);
	return true;
}

static int cases_load(struct cli *cli, int argc, char **argv)
{
	if (argc < 1)
		return usagef("cases", "cases load needs case files (corpus/cases/*.case)");
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_CREATE, &code);
	if (!db)
		return code;
	size_t bad = 0, good = 0;
	for (int i = 0; i < argc; i++) {
		char *slug = NULL;
		ct_status st = ct_db_load_case_file(db, argv[i], cli_diag, cli, &slug);
		if (st == CT_OK) {
			good++;
			if (!cli->quiet)
				fprintf(stderr, "loaded case %s from %s\n", slug, argv[i]);
		} else if (st == CT_EPARSE || st == CT_EIO) {
			bad++; /* reported through cli_diag */
		} else {
			errorf("%s", ct_db_errmsg(db));
			ct_db_close(db);
			return cli_exit_for(st);
		}
		ct_free(slug);
	}
	code = good ? run_link(cli, db, false) : EXIT_OK;
	ct_db_close(db);
	if (code != EXIT_OK)
		return code;
	return bad ? EXIT_CONFIG : EXIT_OK;
}

static int cases_remove(struct cli *cli, int argc, char **argv)
{
	if (argc < 1)
		return usagef("cases", "cases remove needs the slugs of cases");
	int code;
	ct_db *db = cli_open_db(cli, 0, &code);
	if (!db)
		return code;
	code = EXIT_OK;
	for (int i = 0; i < argc; i++) {
		ct_status st = ct_db_remove_case(db, argv[i]);
		if (st == CT_ENOTFOUND) {
			errorf("%s", ct_db_errmsg(db));
			code = EXIT_USAGE;
		} else if (st != CT_OK) {
			errorf("%s", ct_db_errmsg(db));
			code = cli_exit_for(st);
			break;
		} else if (!cli->quiet) {
			fprintf(stderr, "removed case %s\n", argv[i]);
		}
	}
	ct_db_close(db);
	return code;
}

int cmd_cases(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	struct list l = {0};
	bool restricted = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': l.json = true; break;
		case 'r': restricted = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(cases_help);
		default: return usagef("cases", "bad option");
		}
	}
	if (optind < argc && !strcmp(argv[optind], "load"))
		return cases_load(cli, argc - optind - 1, argv + optind + 1);
	if (optind < argc && !strcmp(argv[optind], "remove"))
		return cases_remove(cli, argc - optind - 1, argv + optind + 1);
	if (optind < argc)
		return usagef("cases", "unknown '%s' (cases, cases load FILE..., cases remove "
		              "SLUG...; the dossier is 'casetrace case SLUG')", argv[optind]);
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_status st = ct_db_list_cases(db, restricted, print_case, &l);
	if (st != CT_OK)
		errorf("%s", ct_db_errmsg(db));
	else if (!l.n && !l.json && !cli->quiet)
		fprintf(stderr, "no cases: 'casetrace cases load corpus/cases/*.case' adds them\n");
	ct_db_close(db);
	return cli_exit_for(st);
}

int cmd_case(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"format", required_argument, NULL, 'f'},
		{"json", no_argument, NULL, 'j'},
		{"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'T'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	const char *format = "md", *out_path = NULL;
	ct_dossier_opts o = {0};
	int c;
	optind = 0;
	/* options may follow the slug: casetrace case vel-harrow --format html */
	while ((c = getopt_long(argc, argv, "d:o:h", lo, NULL)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'j': format = "json"; break;
		case 'F': o.from = optarg; break;
		case 'T': o.to = optarg; break;
		case 'r': o.include_restricted = true; break;
		case 'o': out_path = optarg; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(case_help);
		default: return usagef("case", "bad option");
		}
	}
	if (strcmp(format, "md") && strcmp(format, "markdown") && strcmp(format, "html") &&
	    strcmp(format, "json"))
		return usagef("case", "--format is md, html or json, not '%s'", format);
	if (optind + 1 != argc)
		return usagef("case", "case needs one SLUG ('casetrace cases' lists them)");
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_dossier *d = NULL;
	ct_status st = ct_db_case_dossier(db, argv[optind], &o, &d);
	if (st != CT_OK) {
		errorf("%s", ct_db_errmsg(db));
		ct_db_close(db);
		return st == CT_ENOTFOUND || st == CT_EINVAL ? EXIT_USAGE : cli_exit_for(st);
	}
	FILE *f = out_path ? fopen(out_path, "w") : stdout;
	if (!f) {
		errorf("cannot write %s: %s", out_path, strerror(errno));
		code = EXIT_IO;
	} else {
		st = ct_dossier_write(f, d, format);
		if ((out_path && fclose(f) != 0) || st != CT_OK) {
			errorf("writing the dossier%s%s failed", out_path ? " to " : "",
			       out_path ? out_path : "");
			code = EXIT_IO;
		} else {
			code = EXIT_OK;
			if (out_path && !cli->quiet)
				fprintf(stderr, "wrote %s\n", out_path);
		}
	}
	ct_dossier_free(d);
	ct_db_close(db);
	return code;
}
