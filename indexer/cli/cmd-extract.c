/* cmd-extract.c — `casetrace extract-quotes FILE...`: the quotations in
 * files, without a database (used by tools/eval-quotes). */
#include "cli.h"

#include <casetrace/extract.h>
#include <casetrace/report.h>
#include <getopt.h>
#include <stdint.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace extract-quotes [--json] [--lang L] [--rules DIR] FILE...\n"
	"\n"
	"Print the quotations in files (any format casetrace reads) with who said\n"
	"them, without storing anything. Quotations are found by their marks\n"
	"(\"straight\", “curly”, ‘single’, « guillemets », „German“) and attributed\n"
	"by the rules of the document's language (front matter 'lang:', --lang,\n"
	"else a guess from stop words): 'said Gen. John Smith, the commander',\n"
	"'Smith said: “…”', 'according to Smith', 'Smith told the BBC', '— Smith',\n"
	"'as quoted in …'. Split quotations are joined; pronouns take the last\n"
	"named speaker; transcript turns are quotes of kind 'turn'.\n"
	"\n"
	"Options:\n"
	"  --json       JSON Lines: doc, path, start, end (byte offsets of the quoted\n"
	"               words in the stored text), text, speaker, role, cue, kind,\n"
	"               outlet, confidence, rule, parts ([[start, end], ...]: the\n"
	"               pieces of a quotation joined from several)\n"
	"  --lang L     the language of every file (en, de, fr, nl, da)\n"
	"  --rules DIR  also load the *.rules files in DIR (see README, 'Rule files')\n"
	"  -h, --help   this help\n"
	"\n"
	"Exit status: 0 ok, 1 some files could not be read, 3 a rule file has\n"
	"errors (reported with file, line and PCRE2's offset; the other rules ran).\n";

/* A quotation's JSON line, gathered and written with one fwrite (a few
 * dozen stdio calls a line cost more than the rest of the output). Text is
 * written at once when there is no room left for it. */
static struct {
	char b[8192];
	size_t n;
} line;

static void line_flush(void)
{
	fwrite(line.b, 1, line.n, stdout);
	line.n = 0;
}

static void line_put(const char *s, size_t n)
{
	if (line.n + n > sizeof line.b) {
		line_flush();
		if (n > sizeof line.b) {
			fwrite(s, 1, n, stdout);
			return;
		}
	}
	memcpy(line.b + line.n, s, n);
	line.n += n;
}

#define LINE_LIT(s) line_put(s, sizeof s - 1)

/* n in decimal, as printf's %zu writes it */
static void line_size(size_t n)
{
	char d[24];
	size_t i = sizeof d;
	do {
		d[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	line_put(d + i, sizeof d - i);
}

/* s as ct_json_string writes it: as it is between quotes when it needs no
 * escape (the usual case), else by ct_json_string itself */
static void line_json(const char *s)
{
	if (!s) {
		LINE_LIT("null");
		return;
	}
	size_t i = 0;
	while ((unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\' && s[i] != 0x7f)
		i++;
	if (s[i]) {
		line_flush();
		ct_json_string(stdout, s, (size_t)-1);
		return;
	}
	LINE_LIT("\"");
	line_put(s, i);
	LINE_LIT("\"");
}

/* printf's "%.2f" of c, remembered: confidences are products of a few
 * rule confidences and factors, and formatting a double costs much */
static const char *confidence_text(double c)
{
	static struct {
		double c;
		bool set;
		char text[32];
	} memo[256];
	uint64_t bits;
	memcpy(&bits, &c, sizeof bits);
	size_t k = (size_t)((bits * 0x9E3779B97F4A7C15u) >> 56);
	if (!memo[k].set || memcmp(&memo[k].c, &c, sizeof c) != 0) {
		snprintf(memo[k].text, sizeof memo[k].text, "%.2f", c);
		memo[k].c = c;
		memo[k].set = true;
	}
	return memo[k].text;
}

void cli_print_quote_json(const char *path, long long doc, const ct_quote *q)
{
	if (doc > 0) {
		char d[48];
		int n = snprintf(d, sizeof d, "{\"doc\":%lld,\"path\":", doc);
		line_put(d, (size_t)n);
	} else {
		LINE_LIT("{\"doc\":null,\"path\":");
	}
	line_json(path);
	LINE_LIT(",\"start\":");
	line_size(q->start);
	LINE_LIT(",\"end\":");
	line_size(q->end);
	LINE_LIT(",\"text\":");
	line_json(q->text);
	LINE_LIT(",\"speaker\":");
	line_json(q->speaker);
	LINE_LIT(",\"role\":");
	line_json(q->role);
	LINE_LIT(",\"cue\":");
	line_json(q->cue);
	LINE_LIT(",\"kind\":");
	line_json(q->kind);
	LINE_LIT(",\"outlet\":");
	line_json(q->outlet);
	LINE_LIT(",\"confidence\":");
	const char *c = confidence_text(q->confidence);
	line_put(c, strlen(c));
	LINE_LIT(",\"rule\":");
	line_json(q->rule);
	LINE_LIT(",\"parts\":[");
	for (size_t i = 0; i < q->n_parts; i++) {
		if (i)
			LINE_LIT(",");
		LINE_LIT("[");
		line_size(q->parts[i].start);
		LINE_LIT(",");
		line_size(q->parts[i].end);
		LINE_LIT("]");
	}
	LINE_LIT("]}\n");
	line_flush();
}

static void print_text(const char *path, const ct_quote *q)
{
	printf("%s [%zu, %zu) %s%s%s%s%s%s: ", path, q->start, q->end,
	       q->speaker ? q->speaker : "(unattributed)", q->role ? " (" : "",
	       q->role ? q->role : "", q->role ? ")" : "", q->outlet ? ", in " : "",
	       q->outlet ? q->outlet : "");
	printf("“");
	ct_text_highlight(stdout, q->text, NULL, NULL, false);
	printf("”\n");
}

ct_rules *cli_load_rules(struct cli *cli, const char *dir, size_t *bad)
{
	ct_rules *rules = NULL;
	size_t b1 = 0, b2 = 0;
	ct_status st = ct_rules_new(cli_diag, cli, &rules, &b1);
	if (st == CT_OK && dir)
		st = ct_rules_load_dir(rules, dir, cli_diag, cli, &b2);
	*bad = b1 + b2;
	if (st != CT_OK && st != CT_EIO) {
		ct_rules_free(rules);
		return NULL;
	}
	if (!rules)
		errorf("cannot load the built-in quotation rules (%s)", ct_strerror(st));
	return rules;
}

int cmd_extract_quotes(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"lang", required_argument, NULL, 'l'},
		{"rules", required_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	bool json = false;
	const char *lang = NULL, *rules_dir = NULL;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'l': lang = optarg; break;
		case 'r': rules_dir = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("extract-quotes", "bad option");
		}
	}
	if (optind >= argc)
		return usagef("extract-quotes", "name the files to read");
	size_t bad = 0;
	ct_rules *rules = cli_load_rules(cli, rules_dir, &bad);
	if (!rules)
		return EXIT_CONFIG;
	ct_status st;
	int failed = 0;
	const ct_load_opts lo_opts = {.no_hash = true}; /* nothing is stored */
	for (int i = optind; i < argc; i++) {
		ct_source *src = NULL;
		st = ct_source_load(argv[i], &lo_opts, cli_diag, cli, &src);
		if (st != CT_OK) {
			if (st == CT_EIO || st == CT_EPARSE)
				failed++;
			continue;
		}
		for (size_t d = 0; d < ct_source_count(src); d++) {
			const ct_document *doc = ct_source_document(src, d);
			size_t len = 0;
			const char *text = ct_document_text(doc, &len);
			ct_passage *p = NULL;
			size_t np = 0;
			ct_segment_document(doc, &p, &np);
			const char *l = lang ? lang : ct_document_meta(doc, "lang");
			ct_quotes *q = NULL;
			if (ct_extract_quotes(rules, text, len, l, p, np, &q) == CT_OK) {
				for (size_t k = 0; k < ct_quotes_count(q); k++) {
					if (json)
						cli_print_quote_json(argv[i], 0, ct_quotes_at(q, k));
					else
						print_text(argv[i], ct_quotes_at(q, k));
				}
			} else {
				failed++;
			}
			ct_quotes_free(q);
			ct_free(p);
		}
		ct_source_free(src);
	}
	ct_rules_free(rules);
	if (bad)
		return EXIT_CONFIG;
	return failed ? EXIT_PARTIAL : EXIT_OK;
}
