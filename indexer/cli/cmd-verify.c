/* cmd-verify.c — `casetrace verify`: corroborate the claims of interview
 * notes against the public sources in the corpus. */
#include "cli.h"

#include <casetrace/report.h>
#include <casetrace/analyse.h>
#include <errno.h>
#include <getopt.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace [-d DB] verify [--case SLUG] [--format md|html|json]\n"
	"                 [--evidence N] [--show-identity] [--include-restricted]\n"
	"                 [-o FILE] NOTES...\n"
	"\n"
	"For each claim (bullet or paragraph) of interview notes, find the public\n"
	"sources in the corpus that support it and decide a status:\n"
	"  corroborated           two or more independent sources support it\n"
	"  single-source          one does\n"
	"  possibly-contradicted  a source matching the claim gives another figure\n"
	"                         of the same thing, has one of its figures moving\n"
	"                         the other way (rose/fell, profit/loss), has two of\n"
	"                         its names the other way round (who did what to\n"
	"                         whom), states what the claim denies, or denies\n"
	"                         what it states (\"made no announcement about\n"
	"                         X\" for \"announced X\"); and fewer than two\n"
	"                         support it\n"
	"  uncorroborated         none does\n"
	"Copies of one story in several outlets (a wire story) count once and are\n"
	"marked syndicated. A source supports a claim when two consecutive\n"
	"sentences of it, read with its headline, hold 75 % of the claim's weight\n"
	"(rare words; names and figures twice) and every name, with every figure\n"
	"within two sentences. Evidence, supporting sources first: document,\n"
	"outlet, date, score, coverage, and those sentences; with\n"
	"--include-restricted also the claim's words marked in them and the names\n"
	"and figures of the claim they lack. News and other published\n"
	"documents count; transcripts are shown as testimony, not counted; notes,\n"
	"manuscripts and restricted documents are never evidence. The method is\n"
	"described in include/casetrace/analyse.h.\n"
	"\n"
	"Words in other words: with WordNet 3.0 installed (Debian package\n"
	"wordnet-base, read from /usr/share/wordnet or $CASETRACE_WORDNET), a\n"
	"claim's word also matches its other forms in full (gave, given) and its\n"
	"synonyms, the country of a nationality and the words derived from it for\n"
	"half its weight (climbed: rose; Dutch: Netherlands). Without it verify\n"
	"matches the claim's own words only, finds fewer paraphrases, and says so\n"
	"on stderr.\n"
	"\n"
	"NOTES: a notes file (read directly), or the id, path or code of interview\n"
	"notes in the database (VEL-MOD-1). Verifying notes in the database keeps\n"
	"each claim's status and evidence with it (replacing the last run's; see\n"
	"`casetrace show --include-restricted` and `casetrace stats`).\n"
	"\n"
	"Confidentiality: the report names the interview by its code only. Its\n"
	"affiliation, role and place are printed only with --show-identity, and\n"
	"the claims' own words (and the marks and missing terms that would show\n"
	"them) only with --include-restricted.\n"
	"\n"
	"Options:\n"
	"  --case SLUG           prefer sources linked to this case (default: the\n"
	"                        notes' own case)\n"
	"  --format F            md (default), html (one printable page), json (JSON\n"
	"                        Lines: code, index, claim, status, independent,\n"
	"                        seconds, evidence [{doc, path, outlet, date, score,\n"
	"                        coverage, supports, contradicts, why, missing,\n"
	"                        same-as, testimony, snippet}])\n"
	"  --json                the same as --format json\n"
	"  --evidence N          evidence documents per claim (default 5)\n"
	"  --show-identity       print the interview's affiliation, role and place\n"
	"  --include-restricted  print the claims' words, mark them in the evidence\n"
	"                        and list the key terms each source lacks\n"
	"  -o, --output FILE     write to FILE\n"
	"  -d, --db DB           the database\n"
	"  -h, --help            this help\n"
	"\n"
	"Exit status: 0 ok, 2 usage error or notes not found, 4 database error.\n";

int cmd_verify(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"case", required_argument, NULL, 'c'},
		{"format", required_argument, NULL, 'f'},
		{"json", no_argument, NULL, 'j'},
		{"evidence", required_argument, NULL, 'e'},
		{"show-identity", no_argument, NULL, 'I'},
		{"include-restricted", no_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{"db", required_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	ct_verify_opts vo = {0};
	const char *format = "md", *out_path = NULL;
	unsigned flags = 0;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "d:o:h", lo, NULL)) != -1) {
		switch (c) {
		case 'c': vo.case_slug = optarg; break;
		case 'f': format = optarg; break;
		case 'j': format = "json"; break;
		case 'e':
			if (!cli_parse_int("verify", "--evidence", optarg, &vo.max_evidence))
				return EXIT_USAGE;
			break;
		case 'I': flags |= CT_REPORT_IDENTITY; break;
		case 'r': flags |= CT_REPORT_RESTRICTED; break;
		case 'o': out_path = optarg; break;
		case 'd': cli->db_path = optarg; break;
		case 'h': return cli_help(help);
		default: return usagef("verify", "bad option");
		}
	}
	if (strcmp(format, "md") && strcmp(format, "html") && strcmp(format, "json"))
		return usagef("verify", "--format is md, html or json, not '%s'", format);
	if (optind >= argc)
		return usagef("verify", "give interview notes: a file, or a code such as VEL-MOD-1");
	int code;
	ct_db *db = cli_open_db(cli, 0, &code);
	if (!db)
		return code;
	FILE *f = out_path ? fopen(out_path, "w") : stdout;
	if (!f) {
		errorf("cannot write %s: %s", out_path, strerror(errno));
		ct_db_close(db);
		return EXIT_IO;
	}
	code = EXIT_OK;
	bool told = false;
	for (int i = optind; i < argc && code == EXIT_OK; i++) {
		ct_verify_report *r = NULL;
		ct_status st = ct_db_verify(db, argv[i], &vo, &r);
		if (st != CT_OK) {
			errorf("%s", ct_db_errmsg(db));
			code = st == CT_ENOTFOUND || st == CT_EINVAL ? EXIT_USAGE : cli_exit_for(st);
			break;
		}
		if (!r->wordnet && !told && !cli->quiet) {
			fprintf(stderr, "casetrace: WordNet not found (Debian package wordnet-base, or "
			        "CASETRACE_WORDNET=DIR): claims are matched by their own words only, "
			        "fewer paraphrases are found\n");
			told = true;
		}
		if (ct_verify_write(f, r, format, flags) != CT_OK) {
			errorf("writing the report failed");
			code = EXIT_IO;
		} else if (!cli->quiet && strcmp(format, "json")) {
			fprintf(stderr, "%s: %zu claims: %zu corroborated, %zu single-source, %zu "
			        "uncorroborated, %zu possibly contradicted\n",
			        r->code ? r->code : argv[i], r->n_claims, r->by_status[0],
			        r->by_status[1], r->by_status[2], r->by_status[3]);
		}
		ct_verify_report_free(r);
	}
	if (out_path && fclose(f) != 0 && code == EXIT_OK) {
		errorf("writing %s failed", out_path);
		code = EXIT_IO;
	}
	ct_db_close(db);
	return code;
}
