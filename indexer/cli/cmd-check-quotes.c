/* cmd-check-quotes.c — `casetrace check-quotes`: a manuscript's quotations
 * checked against the sources its notes cite. */
#include "cli.h"

#include <casetrace/analyse.h>
#include <casetrace/report.h>
#include <getopt.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] check-quotes [--format md|json] [--include-restricted]\n"
	"                 MANUSCRIPT\n"
	"\n"
	"Check every quotation in the body of a stored document (MANUSCRIPT: its id or\n"
	"path; add it first) that carries a note — the note marker right after (or\n"
	"just inside) the closing quotation mark, or at the end of its sentence —\n"
	"against the corpus document the note cites (Ibid. and short forms followed\n"
	"to the full citation; \"See\"/\"See also\" citations are further reading;\n"
	"testimony is looked for in the transcript of that day's hearing where the\n"
	"witness speaks; a page given for a transcript or PDF is where the search\n"
	"starts). A quotation interrupted by its attribution (\"A,\" he said, \"B.\")\n"
	"is checked part by part.\n"
	"Words are compared ignoring the kind of quotation marks, apostrophes,\n"
	"dashes, whitespace, case and the punctuation after the last word; an\n"
	"ellipsis (… or ...) in a quotation stands for words left out, and square\n"
	"brackets in a word (\"[f]rom\") are dropped.\n"
	"\n"
	"Verdicts:\n"
	"  verbatim              the words are in the source\n"
	"  altered               at least 70% of the words found in order: a word diff\n"
	"                        shows what the source has ([-...-]) and the quotation\n"
	"                        has instead ([+...+])\n"
	"  not-found             the source is in the corpus, the words are not\n"
	"  source-not-in-corpus  the citation names no corpus document\n"
	"  restricted-source     the source is restricted interview notes (nothing of\n"
	"                        them is read or shown without --include-restricted)\n"
	"For \"as quoted in\" notes, speaker-match says whether the source attributes\n"
	"the words to the speaker the note names.\n"
	"\n"
	"Options:\n"
	"  --format md|json      md (default): a summary table by verdict, then one\n"
	"                        entry per quotation; json: JSON Lines, one object per\n"
	"                        quotation: quote, start, end, note, citation,\n"
	"                        citation-type, target-doc, target-path, verdict,\n"
	"                        similarity, source-start, source-end, source-page,\n"
	"                        diff ([{op: same|del|ins, text}] or null), speaker,\n"
	"                        speaker-match, restricted\n"
	"  --json                the same as --format json\n"
	"  --include-restricted  also check quotations whose source is restricted\n"
	"                        (interview notes); they are marked restricted\n"
	"  -d, --db DB           the database\n"
	"  -h, --help            this help\n"
	"\n"
	"Exit status: 0 when the check ran (whatever the verdicts); 2 usage error or\n"
	"unknown document; 4 database error.\n";

static void json_opt(const char *s)
{
	if (s)
		ct_json_string(stdout, s, (size_t)-1);
	else
		fputs("null", stdout);
}

static void print_json(const ct_quote_check *k)
{
	static const char *const ops[] = {"same", "del", "ins"};
	printf("{\"quote\":");
	ct_json_string(stdout, k->quote, (size_t)-1);
	printf(",\"start\":%zu,\"end\":%zu,\"note\":%d,\"citation\":", k->start, k->end, k->note);
	json_opt(k->citation);
	printf(",\"citation-type\":");
	json_opt(k->citation_type);
	if (k->target_doc)
		printf(",\"target-doc\":%lld", (long long)k->target_doc);
	else
		printf(",\"target-doc\":null");
	printf(",\"target-path\":");
	json_opt(k->target_path);
	printf(",\"verdict\":\"%s\",\"similarity\":", ct_quote_verdict_name(k->verdict));
	if (k->verdict <= CT_QUOTE_NOT_FOUND)
		printf("%.2f", k->similarity);
	else
		printf("null");
	if (k->found)
		printf(",\"source-start\":%zu,\"source-end\":%zu,\"source-page\":", k->source_start,
		       k->source_end);
	else
		printf(",\"source-start\":null,\"source-end\":null,\"source-page\":");
	if (k->found && k->source_page)
		printf("%u", k->source_page);
	else
		printf("null");
	printf(",\"diff\":");
	if (k->n_diff) {
		for (size_t i = 0; i < k->n_diff; i++) {
			printf("%s{\"op\":\"%s\",\"text\":", i ? "," : "[", ops[k->diff[i].op]);
			ct_json_string(stdout, k->diff[i].text, (size_t)-1);
			putchar('}');
		}
		putchar(']');
	} else {
		printf("null");
	}
	printf(",\"speaker\":");
	json_opt(k->speaker);
	printf(",\"speaker-match\":%s,\"restricted\":%s}\n",
	       k->speaker_match < 0 ? "null" : k->speaker_match ? "true" : "false",
	       k->restricted ? "true" : "false");
}

/* s on one line: a quotation that runs over lines in the manuscript would
 * otherwise end its Markdown heading. */
static void put_oneline(const char *s)
{
	bool space = false;
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t' || *s == ' ') {
			space = true;
			continue;
		}
		if (space)
			putchar(' ');
		space = false;
		putchar(*s);
	}
}

static void print_md_entry(size_t i, const ct_quote_check *k)
{
	printf("### %zu. “", i + 1);
	put_oneline(k->quote);
	printf("” (note %d)\n\n", k->note);
	printf("- verdict: **%s**", ct_quote_verdict_name(k->verdict));
	if (k->verdict == CT_QUOTE_ALTERED)
		printf(" (%.0f%% of the words in order)", k->similarity * 100);
	printf("%s\n", k->restricted ? " [restricted]" : "");
	printf("- cited: %s\n", k->citation ? k->citation : "(no citation in the note)");
	if (k->target_doc) {
		printf("- source: doc %lld `%s`", (long long)k->target_doc,
		       k->target_path ? k->target_path : "");
		if (k->found)
			printf(", bytes %zu–%zu", k->source_start, k->source_end);
		if (k->found && k->source_page)
			printf(", p. %u", k->source_page);
		putchar('\n');
	} else if (k->verdict == CT_QUOTE_RESTRICTED_SOURCE) {
		printf("- source: restricted interview notes (--include-restricted checks them)\n");
	}
	if (k->n_diff) {
		printf("- diff: ");
		for (size_t d = 0; d < k->n_diff; d++) {
			const char *open = k->diff[d].op == CT_DIFF_DEL ? "[-"
			                   : k->diff[d].op == CT_DIFF_INS ? "[+" : "";
			const char *close = k->diff[d].op == CT_DIFF_DEL ? "-]"
			                    : k->diff[d].op == CT_DIFF_INS ? "+]" : "";
			printf("%s%s%s%s", d ? " " : "", open, k->diff[d].text, close);
		}
		putchar('\n');
	}
	if (k->speaker)
		printf("- speaker (as quoted in): %s — attributed to them in the source: %s\n",
		       k->speaker, k->speaker_match < 0 ? "not known (words not found)"
		                   : k->speaker_match ? "yes" : "no");
	putchar('\n');
}

static void print_md(const ct_quote_checks *c)
{
	const char *path = NULL;
	long long doc = (long long)ct_quote_checks_document(c, &path);
	size_t n = ct_quote_checks_count(c), by[CT_QUOTE_VERDICT_LAST] = {0};
	for (size_t i = 0; i < n; i++)
		by[ct_quote_checks_at(c, i)->verdict]++;
	printf("# Quotations checked: doc %lld `%s`\n\n", doc, path ? path : "");
	printf("| verdict | quotations |\n|---|---|\n");
	for (int v = 0; v < CT_QUOTE_VERDICT_LAST; v++)
		printf("| %s | %zu |\n", ct_quote_verdict_name((ct_quote_verdict)v), by[v]);
	printf("| **total** | %zu |\n\n", n);
	size_t un = ct_quote_checks_unnoted(c);
	if (un)
		printf("%zu quotation%s in the body carr%s no note and %s not checked.\n\n", un,
		       un == 1 ? "" : "s", un == 1 ? "ies" : "y", un == 1 ? "was" : "were");
	if (n)
		printf("## Quotations\n\n");
	for (size_t i = 0; i < n; i++)
		print_md_entry(i, ct_quote_checks_at(c, i));
}

int cmd_check_quotes(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"format", required_argument, NULL, 'f'},
		{"json", no_argument, NULL, 'j'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	bool json = false;
	ct_check_quotes_opts opts = {0};
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+d:h", lo, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (!strcmp(optarg, "json"))
				json = true;
			else if (!strcmp(optarg, "md") || !strcmp(optarg, "markdown"))
				json = false;
			else
				return usagef("check-quotes", "unknown format '%s' (md or json)", optarg);
			break;
		case 'j': json = true; break;
		case 'r': opts.include_restricted = true; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("check-quotes", "bad option");
		}
	}
	if (optind + 1 != argc)
		return usagef("check-quotes", optind < argc ? "give one manuscript"
		                                            : "which manuscript? (an id or path)");
	int code;
	ct_db *db = cli_open_db(cli, CT_OPEN_READONLY, &code);
	if (!db)
		return code;
	ct_quote_checks *checks = NULL;
	ct_status st = ct_db_check_quotes(db, argv[optind], &opts, &checks);
	if (st != CT_OK) {
		errorf("%s", st == CT_ENOMEM ? ct_strerror(st) : ct_db_errmsg(db));
	} else if (json) {
		for (size_t i = 0; i < ct_quote_checks_count(checks); i++)
			print_json(ct_quote_checks_at(checks, i));
	} else {
		print_md(checks);
	}
	ct_quote_checks_free(checks);
	ct_db_close(db);
	return cli_exit_for(st);
}
