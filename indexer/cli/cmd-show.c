/* cmd-show.c — `casetrace show DOC`: a stored document. */
#include "cli.h"

#include <casetrace/report.h>
#include <getopt.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] show [--json] [--passages] [--include-restricted] DOC\n"
	"\n"
	"Show a stored document: its metadata, front matter and text. DOC is a\n"
	"document id (from search results) or a path (as given to add, the file's\n"
	"real path, or any unambiguous ending of it such as news/herald-0903.md).\n"
	"\n"
	"Options:\n"
	"  --passages             list the passages with their byte ranges\n"
	"  --include-restricted   allow showing a restricted interview document\n"
	"  --json                 one JSON object: doc, path, part, format, kind,\n"
	"                         title, outlet, author, date, url, lang, case, code,\n"
	"                         restricted, sha256, added, meta {key: value},\n"
	"                         passages [{id, ordinal, start, end, page, line,\n"
	"                         speaker}], claims [{id, ordinal, start, end,\n"
	"                         status, independent, evidence, verified}]\n"
	"                         (interview notes: each claim and the status of\n"
	"                         its last verify), text\n"
	"  -d, --db DB            the database\n"
	"  -h, --help             this help\n"
	"\n"
	"Exit status: 0 ok, 2 no such document (or restricted), 4 database error.\n";

static void kv(const char *k, const char *v)
{
	printf(",\"%s\":", k);
	ct_json_string(stdout, v, (size_t)-1);
}

static void show_json(const ct_doc_record *r)
{
	printf("{\"doc\":%lld", (long long)r->id);
	kv("path", r->path);
	printf(",\"part\":%u", r->part);
	kv("format", r->format);
	kv("kind", r->kind);
	kv("title", r->title);
	kv("outlet", r->outlet);
	kv("author", r->author);
	kv("date", r->date);
	kv("url", r->url);
	kv("lang", r->lang);
	kv("case", r->case_slug);
	kv("code", r->code);
	printf(",\"restricted\":%s", r->restricted ? "true" : "false");
	kv("sha256", r->sha256);
	kv("added", r->added);
	printf(",\"meta\":{");
	for (size_t i = 0; i < r->n_meta; i++) {
		if (i)
			putchar(',');
		ct_json_string(stdout, r->meta_keys[i], (size_t)-1);
		putchar(':');
		ct_json_string(stdout, r->meta_values[i], (size_t)-1);
	}
	printf("},\"passages\":[");
	for (size_t i = 0; i < r->n_passages; i++) {
		const ct_passage_info *p = &r->passages[i];
		printf("%s{\"id\":%lld,\"ordinal\":%d,\"start\":%zu,\"end\":%zu,",
		       i ? "," : "", (long long)p->id, p->ordinal, p->start, p->end);
		if (p->page)
			printf("\"page\":%u,", p->page);
		else
			printf("\"page\":null,");
		if (p->line)
			printf("\"line\":%u,", p->line);
		else
			printf("\"line\":null,");
		printf("\"speaker\":");
		ct_json_string(stdout, p->speaker, (size_t)-1);
		putchar('}');
	}
	printf("],\"claims\":[");
	for (size_t i = 0; i < r->n_claims; i++) {
		const ct_claim_info *c = &r->claims[i];
		printf("%s{\"id\":%lld,\"ordinal\":%d,\"start\":%zu,\"end\":%zu,\"status\":",
		       i ? "," : "", (long long)c->id, c->ordinal, c->start, c->end);
		ct_json_string(stdout, c->status, (size_t)-1);
		printf(",\"independent\":%zu,\"evidence\":%zu,\"verified\":", c->independent,
		       c->n_evidence);
		ct_json_string(stdout, c->verified, (size_t)-1);
		putchar('}');
	}
	printf("],\"text\":");
	ct_json_string(stdout, r->text, r->text_len);
	printf("}\n");
}

static void line(const char *label, const char *v)
{
	if (v)
		printf("%-10s %s\n", label, v);
}

static bool cite_line(void *ctx, const ct_cite_row *c)
{
	int *n = ctx;
	if (++*n == 1)
		printf("Citations:\n");
	printf("  note %d.%d [%s] %.90s%s\n", c->note, c->index, c->type ? c->type : "?",
	       c->raw ? c->raw : "", c->raw && strlen(c->raw) > 90 ? "…" : "");
	if (c->target_doc)
		printf("      → doc %lld: %s%s\n", (long long)c->target_doc,
		       c->target_restricted ? "[restricted] " : "",
		       c->target_title ? c->target_title : "");
	else if (c->target_restricted)
		printf("      → restricted interview notes (--include-restricted names them)\n");
	return true;
}

static bool cited_line(void *ctx, const ct_cite_row *c)
{
	int *n = ctx;
	if (++*n == 1)
		printf("Cited by:\n");
	printf("  doc %lld, note %d: %s\n", (long long)c->doc, c->note,
	       c->target_title ? c->target_title : c->path);
	return true;
}

static void show_text(ct_db *db, const ct_doc_record *r, bool passages, bool restricted)
{
	printf("Document %lld  [%s]%s\n", (long long)r->id, r->kind,
	       r->restricted ? "  RESTRICTED" : "");
	line("Title:", r->title);
	line("Outlet:", r->outlet);
	line("Author:", r->author);
	line("Date:", r->date);
	line("URL:", r->url);
	line("Case:", r->case_slug);
	line("Code:", r->code);
	line("Language:", r->lang);
	line("Path:", r->path);
	if (r->part)
		printf("%-10s document %u of its file\n", "Part:", r->part + 1);
	line("Format:", r->format);
	line("Added:", r->added);
	printf("%-10s %zu passages, %zu bytes, sha256 %.16s…\n", "Size:", r->n_passages,
	       r->text_len, r->sha256 ? r->sha256 : "");
	if (r->n_meta) {
		printf("Front matter:\n");
		for (size_t i = 0; i < r->n_meta; i++)
			printf("  %s: %s\n", r->meta_keys[i], r->meta_values[i]);
	}
	if (passages) {
		printf("Passages:\n");
		for (size_t i = 0; i < r->n_passages; i++) {
			const ct_passage_info *p = &r->passages[i];
			size_t n = p->end - p->start;
			printf("  #%d [%zu, %zu)", p->ordinal, p->start, p->end);
			if (p->page)
				printf(" p. %u", p->page);
			if (p->line)
				printf(" l. %u", p->line);
			printf(" %s%s", p->speaker ? p->speaker : "", p->speaker ? ": " : "");
			fwrite(r->text + p->start, 1, n > 60 ? 60 : n, stdout);
			printf("%s\n", n > 60 ? "…" : "");
		}
	}
	if (r->n_claims) {
		printf("Claims (status of the last `casetrace verify`):\n");
		for (size_t i = 0; i < r->n_claims; i++) {
			const ct_claim_info *c = &r->claims[i];
			size_t n = c->end - c->start;
			printf("  %d. ", c->ordinal);
			if (c->status)
				printf("[%s, %zu independent, %zu evidence, %.10s] ", c->status,
				       c->independent, c->n_evidence, c->verified ? c->verified : "");
			else
				printf("[not verified] ");
			fwrite(r->text + c->start, 1, n > 60 ? 60 : n, stdout);
			printf("%s\n", n > 60 ? "…" : "");
		}
	}
	int nc = 0, nb = 0;
	ct_db_list_cites(db, r->id, NULL, restricted, cite_line, &nc);
	ct_db_cited_by(db, r->id, cited_line, &nb);
	printf("\n");
	fwrite(r->text, 1, r->text_len, stdout);
	if (r->text_len && r->text[r->text_len - 1] != '\n')
		putchar('\n');
}

int cmd_show(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"passages", no_argument, NULL, 'p'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	bool json = false, passages = false, restricted = false;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'p': passages = true; break;
		case 'r': restricted = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("show", "bad option");
		}
	}
	if (optind + 1 != argc)
		return usagef("show", "give one document id or path");
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_doc_record *r = NULL;
	ct_status st = ct_db_get_document(db, argv[optind], &r);
	if (st != CT_OK) {
		errorf("%s", ct_db_errmsg(db));
	} else if (r->restricted && !restricted) {
		errorf("document %lld is restricted (confidential interview material); "
		       "add --include-restricted to show it", (long long)r->id);
		st = CT_EINVAL;
	} else if (json) {
		show_json(r);
	} else {
		show_text(db, r, passages, restricted);
	}
	ct_doc_record_free(r);
	ct_db_close(db);
	return cli_exit_for(st);
}
