/* cmd-quotes.c — `casetrace quotes`: who said what, from the database;
 * `casetrace reextract`: extract them again after the rules changed. */
#include "cli.h"

#include <casetrace/extract.h>
#include <casetrace/report.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] quotes [OPTIONS]\n"
	"\n"
	"List the quotations found in the corpus, in date order: who said it,\n"
	"their role, the words, and where it was reported.\n"
	"\n"
	"Options:\n"
	"  --speaker S          speakers whose name contains S (any case)\n"
	"  --doc DOC            one document (id or path)\n"
	"  --kind K             documents of kind K (news, transcript, ...)\n"
	"  --quote-kind Q       direct, turn (transcript testimony), as-quoted-in\n"
	"  --case SLUG          quotations linked to a case (casetrace cases)\n"
	"  --from D, --to D     documents published in this range\n"
	"  --min-confidence C   only quotations at least this sure (0..1)\n"
	"  --limit N            at most N\n"
	"  --include-restricted also quotations from interview notes, marked\n"
	"  --json               JSON Lines: doc, path, start, end, text, speaker, role,\n"
	"                       cue, kind, outlet, confidence, rule, title, source\n"
	"                       (the document's outlet), date, restricted\n"
	"  --csv                the same as CSV\n"
	"  -d, --db DB          the database\n"
	"  -h, --help           this help\n";

static const char reextract_help[] =
	"Usage: casetrace [-d DB] reextract [--rules DIR]\n"
	"\n"
	"Extract the quotations of every stored document again, with the built-in\n"
	"rules and those in DIR: after you change or add rule files. The notes,\n"
	"note markers and citations of every document are found, parsed and\n"
	"linked again too (after an upgrade of casetrace). Quotations, then\n"
	"citations, each in one transaction: an interrupted step changes nothing.\n"
	"\n"
	"Exit status: 0 ok, 3 a rule file has errors (reported; the other rules\n"
	"ran), 4 database error.\n";

enum fmt { TEXT, JSON, CSV };

struct out {
	enum fmt fmt;
	struct cli *cli;
	int n;
};

static bool print_row(void *ctx, const ct_quote_row *r)
{
	struct out *o = ctx;
	const ct_quote *q = &r->quote;
	o->n++;
	if (o->fmt == JSON) {
		/* the quote fields, then where it was found */
		printf("{\"doc\":%lld,\"path\":", (long long)r->doc);
		ct_json_string(stdout, r->path, (size_t)-1);
		printf(",\"start\":%zu,\"end\":%zu,\"text\":", q->start, q->end);
		ct_json_string(stdout, q->text, (size_t)-1);
		const char *keys[] = {"speaker", "role", "cue", "kind", "outlet"};
		const char *vals[] = {q->speaker, q->role, q->cue, q->kind, q->outlet};
		for (int i = 0; i < 5; i++) {
			printf(",\"%s\":", keys[i]);
			ct_json_string(stdout, vals[i], (size_t)-1);
		}
		printf(",\"confidence\":%.2f,\"rule\":", q->confidence);
		ct_json_string(stdout, q->rule, (size_t)-1);
		printf(",\"title\":");
		ct_json_string(stdout, r->title, (size_t)-1);
		printf(",\"source\":");
		ct_json_string(stdout, r->source, (size_t)-1);
		printf(",\"date\":");
		ct_json_string(stdout, r->date, (size_t)-1);
		printf(",\"restricted\":%s}\n", r->restricted ? "true" : "false");
	} else if (o->fmt == CSV) {
		printf("%lld,", (long long)r->doc);
		ct_csv_field(stdout, r->path);
		printf(",%zu,%zu,", q->start, q->end);
		const char *v[] = {q->text, q->speaker, q->role, q->cue, q->kind, q->outlet};
		for (int i = 0; i < 6; i++) {
			ct_csv_field(stdout, v[i]);
			putchar(',');
		}
		printf("%.2f,", q->confidence);
		ct_csv_field(stdout, r->title);
		putchar(',');
		ct_csv_field(stdout, r->source);
		putchar(',');
		ct_csv_field(stdout, r->date);
		printf(",%d\r\n", r->restricted);
	} else {
		printf("%s%s%s%s", r->restricted ? "RESTRICTED " : "",
		       q->speaker ? q->speaker : "(unattributed)", q->role ? ", " : "",
		       q->role ? q->role : "");
		if (q->kind && strcmp(q->kind, "direct"))
			printf(" [%s]", q->kind);
		printf("\n    “");
		ct_text_highlight(stdout, q->text, NULL, NULL, false);
		printf("”\n    %s%s%s%s%s · doc %lld%s%s\n\n", r->source ? r->source : "",
		       r->source && r->date ? ", " : "", r->date ? r->date : "",
		       r->title ? " · " : "", r->title ? r->title : "", (long long)r->doc,
		       q->outlet ? " · as quoted in " : "", q->outlet ? q->outlet : "");
	}
	return true;
}

int cmd_quotes(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"speaker", required_argument, NULL, 's'},
		{"doc", required_argument, NULL, 'D'},
		{"kind", required_argument, NULL, 'k'},
		{"quote-kind", required_argument, NULL, 'Q'},
		{"case", required_argument, NULL, 'c'},
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"min-confidence", required_argument, NULL, 'm'},
		{"limit", required_argument, NULL, 'n'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"csv", no_argument, NULL, 'C'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	ct_quote_filter f = {0};
	const char *doc = NULL;
	struct out o = {.cli = cli};
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:n:h", lo, NULL)) != -1) {
		switch (c) {
		case 's': f.speaker = optarg; break;
		case 'D': doc = optarg; break;
		case 'k': f.kind = optarg; break;
		case 'Q': f.quote_kind = optarg; break;
		case 'c': f.case_slug = optarg; break;
		case 'f': f.from = optarg; break;
		case 't': f.to = optarg; break;
		case 'm': {
			char *end = NULL;
			f.min_confidence = strtod(optarg, &end);
			if (!end || *end || f.min_confidence < 0 || f.min_confidence > 1)
				return usagef("quotes", "--min-confidence is a number from 0 to 1");
			break;
		}
		case 'n':
			if (!cli_parse_int("quotes", "--limit", optarg, &f.limit))
				return EXIT_USAGE;
			break;
		case 'r': f.include_restricted = true; break;
		case 'j': o.fmt = JSON; break;
		case 'C': o.fmt = CSV; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("quotes", "bad option");
		}
	}
	if (optind < argc)
		return usagef("quotes", "quotes takes no arguments ('%s'); use --speaker or --doc",
		              argv[optind]);
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_status st = CT_OK;
	if (doc) {
		ct_doc_record *rec = NULL;
		st = ct_db_get_document(db, doc, &rec);
		if (st == CT_OK) {
			f.doc = rec->id;
			if (rec->restricted && !f.include_restricted) {
				errorf("document %lld is restricted (confidential interview material); "
				       "add --include-restricted", (long long)rec->id);
				st = CT_EINVAL;
			}
		}
		ct_doc_record_free(rec);
		if (st != CT_OK && st != CT_EINVAL)
			errorf("%s", ct_db_errmsg(db));
	}
	if (st == CT_OK && o.fmt == CSV)
		printf("doc,path,start,end,text,speaker,role,cue,kind,outlet,confidence,title,"
		       "source,date,restricted\r\n");
	if (st == CT_OK && (st = ct_db_list_quotes(db, &f, print_row, &o)) != CT_OK)
		errorf("%s", ct_db_errmsg(db));
	if (st == CT_OK && o.fmt == TEXT && !cli->quiet)
		fprintf(stderr, "%d quotation%s\n", o.n, o.n == 1 ? "" : "s");
	ct_db_close(db);
	return cli_exit_for(st);
}

int cmd_reextract(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"rules", required_argument, NULL, 'r'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	const char *dir = NULL;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'r': dir = optarg; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(reextract_help);
		default: return usagef("reextract", "bad option");
		}
	}
	size_t bad = 0;
	ct_rules *rules = cli_load_rules(cli, dir, &bad);
	if (!rules)
		return EXIT_CONFIG;
	int code;
	ct_db *db = cli_open_db(cli, 0, &code);
	if (!db) {
		ct_rules_free(rules);
		return code;
	}
	size_t docs = 0, quotes = 0, cdocs = 0, cites = 0;
	ct_status st = ct_db_reextract(db, rules, &docs, &quotes);
	if (st == CT_OK)
		st = ct_db_reread_notes(db, &cdocs, &cites);
	if (st != CT_OK)
		errorf("%s", ct_db_errmsg(db));
	else
		printf("%s: %zu quotations in %zu documents (%zu rules); %zu citations\n",
		       cli->db_path, quotes, docs, ct_rules_count(rules), cites);
	ct_db_close(db);
	ct_rules_free(rules);
	if (st != CT_OK)
		return cli_exit_for(st);
	return bad ? EXIT_CONFIG : EXIT_OK;
}
