/* cmd-cites.c — `casetrace cites`: the citations in the notes of stored
 * documents, and the corpus documents they name. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] cites [--doc DOC] [--case SLUG] [--json|--csl|--bibtex]\n"
	"\n"
	"List the citations found in the notes of stored documents (Markdown\n"
	"footnotes \"[^12]: …\", and numbered notes under a Notes, Endnotes,\n"
	"References, Bibliography or Sources heading), parsed as by parse-cite,\n"
	"with the corpus document each one names when casetrace could link it: the\n"
	"same outlet, a date within a day, and a title sharing most of its words;\n"
	"for an interview, the interview notes with the code it gives, or with its\n"
	"date and affiliation or place.\n"
	"\n"
	"Options:\n"
	"  --doc DOC     the citations of one document (id or path)\n"
	"  --case SLUG   the citations linked to a case (casetrace cases lists them)\n"
	"  --json        JSON Lines: the CSL-JSON object plus doc, path, start, end\n"
	"                (the note's text in the document), markers (byte offsets\n"
	"                where the text refers to the note: \"[^12]\", \"[12]\", \"¹²\",\n"
	"                \"text.12\"), target-doc, target-path, link-score,\n"
	"                target-restricted\n"
	"  --csl         one CSL-JSON array of the standard CSL variables (for\n"
	"                pandoc, Zotero, citeproc)\n"
	"  --bibtex      BibTeX\n"
	"  --include-restricted  also the notes of restricted documents, and which\n"
	"                interview notes a citation names (without it, such a link\n"
	"                shows only as target-restricted)\n"
	"  -d, --db DB   the database\n"
	"  -h, --help    this help\n";

enum fmt { TEXT, JSON, CSL, BIB };

struct out {
	enum fmt fmt;
	int n;
};

static bool print(void *ctx, const ct_cite_row *r)
{
	struct out *o = ctx;
	o->n++;
	switch (o->fmt) {
	case JSON: {
		/* the stored CSL object, then where the note is and what it names */
		size_t l = r->csl ? strlen(r->csl) : 0;
		if (l < 2 || r->csl[l - 1] != '}') {
			printf("{}\n");
			break;
		}
		fwrite(r->csl, 1, l - 1, stdout);
		printf(",\"doc\":%lld,\"path\":", (long long)r->doc);
		ct_json_string(stdout, r->path, (size_t)-1);
		printf(",\"start\":%zu,\"end\":%zu,\"target-doc\":", r->start, r->end);
		if (r->target_doc)
			printf("%lld,\"target-path\":", (long long)r->target_doc);
		else
			printf("null,\"target-path\":");
		ct_json_string(stdout, r->target_path, (size_t)-1);
		printf(",\"markers\":[%s]", r->markers ? r->markers : "");
		printf(",\"target-restricted\":%s", r->target_restricted ? "true" : "false");
		if (r->target_doc)
			printf(",\"link-score\":%.2f}\n", r->link_score);
		else
			printf(",\"link-score\":null}\n");
		break;
	}
	case CSL: {
		/* plain CSL-JSON for pandoc and citeproc: the standard variables,
		 * which the stored object lists before casetrace's own (from
		 * "note" on; a key cannot occur inside a string, where quotes are
		 * escaped) */
		const char *csl = r->csl ? r->csl : "{}";
		const char *own = strstr(csl, ",\"note\":");
		printf("%s\n  ", o->n > 1 ? "," : "[");
		if (own) {
			fwrite(csl, 1, (size_t)(own - csl), stdout);
			putchar('}');
		} else {
			fputs(csl, stdout);
		}
		break;
	}
	case BIB:
		if (r->bibtex)
			printf("%s\n", r->bibtex);
		break;
	case TEXT:
		printf("doc %lld note %d.%d [%s] %s\n", (long long)r->doc, r->note, r->index,
		       r->type ? r->type : "?", r->raw ? r->raw : "");
		if (!r->markers && r->index == 0)
			printf("    (no marker in the text refers to this note)\n");
		if (r->target_doc)
			printf("    → doc %lld: %s%s (%.2f)\n", (long long)r->target_doc,
			       r->target_restricted ? "[restricted] " : "",
			       r->target_title ? r->target_title : r->target_path, r->link_score);
		else if (r->target_restricted)
			printf("    → restricted interview notes (--include-restricted names them)\n");
		break;
	}
	return true;
}

int cmd_cites(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"doc", required_argument, NULL, 'D'},
		{"case", required_argument, NULL, 'C'},
		{"json", no_argument, NULL, 'j'},
		{"csl", no_argument, NULL, 'c'},
		{"bibtex", no_argument, NULL, 'b'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	struct out o = {.fmt = TEXT};
	const char *docref = NULL, *case_slug = NULL;
	bool restricted = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'D': docref = optarg; break;
		case 'C': case_slug = optarg; break;
		case 'j': o.fmt = JSON; break;
		case 'c': o.fmt = CSL; break;
		case 'b': o.fmt = BIB; break;
		case 'r': restricted = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("cites", "bad option");
		}
	}
	if (optind < argc)
		return usagef("cites", "cites takes no arguments ('%s'); use --doc", argv[optind]);
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	int64_t doc = 0;
	ct_status st = CT_OK;
	if (docref) {
		ct_doc_record *rec = NULL;
		st = ct_db_get_document(db, docref, &rec);
		if (st == CT_OK) {
			doc = rec->id;
			if (rec->restricted && !restricted) {
				errorf("document %lld is restricted; add --include-restricted",
				       (long long)doc);
				st = CT_EINVAL;
			}
		} else {
			errorf("%s", ct_db_errmsg(db));
		}
		ct_doc_record_free(rec);
	}
	if (st == CT_OK && (st = ct_db_list_cites(db, doc, case_slug, restricted, print, &o)) != CT_OK)
		errorf("%s", ct_db_errmsg(db));
	if (st == CT_OK && o.fmt == CSL)
		printf("%s]\n", o.n ? "\n" : "[");
	if (st == CT_OK && o.fmt == TEXT && !cli->quiet)
		fprintf(stderr, "%d citation%s\n", o.n, o.n == 1 ? "" : "s");
	ct_db_close(db);
	return cli_exit_for(st);
}
