/* cmd-cite.c — `casetrace parse-cite [--json|--bibtex]`: notes on stdin,
 * one per line ("N<TAB>text" or text), parsed as one stream (Ibid. and
 * short forms resolved within it), one citation per output line. No
 * database. Used by tools/eval-cites. */
#include "cli.h"

#include <casetrace/cite.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: casetrace parse-cite [--json | --bibtex]\n"
	"\n"
	"Read notes or reference strings from standard input, one per line, as\n"
	"'NUMBER<TAB>TEXT' or just TEXT (then numbered 1, 2, 3 ...), and print the\n"
	"citations in them, without a database. A note is split into its\n"
	"citations (';', 'See', 'See also', 'Cf.'); 'Ibid.' and short forms\n"
	"('Bennett, p. 208.', 'Hardwick, \"Troops Leave.\"') point back to the\n"
	"citation they repeat within the input; 'X, as quoted in Y' gives the\n"
	"quoted speaker X and Y's fields; interviews, letters / minutes /\n"
	"telegrams and hearing testimony get their own types.\n"
	"\n"
	"Options:\n"
	"  --json     CSL-JSON, one object per citation per line: id, type, author\n"
	"             [{family, given} | {literal}], editor, title, container-title,\n"
	"             publisher, publisher-place, issued {date-parts}, volume, issue,\n"
	"             page, URL, DOI, accessed, plus note, index, raw, ibid-of\n"
	"             {note, index}, short-of {note, index}, quoted-speaker,\n"
	"             interview {affiliation, role, place, date}, archived,\n"
	"             confidence (absent extensions are null)\n"
	"  --bibtex   BibTeX entries (key n<note>_<index>)\n"
	"  -h, --help this help\n"
	"\n"
	"Without an option: one readable line per citation.\n"
	"Exit status: 0 ok, 2 usage error, 4 input could not be read.\n";

static void print_names(const ct_cite_name *n, size_t cnt)
{
	for (size_t i = 0; i < cnt; i++) {
		if (i)
			printf("; ");
		if (n[i].literal)
			printf("%s", n[i].literal);
		else
			printf("%s%s%s", n[i].family ? n[i].family : "", n[i].given ? ", " : "",
			       n[i].given ? n[i].given : "");
	}
}

static void print_text(const ct_cite *c)
{
	printf("%d.%zu %s", c->note, c->index, c->type ? c->type : "document");
	if (c->has_ibid_of)
		printf(" ibid-of %d.%zu", c->ibid_of.note, c->ibid_of.index);
	if (c->has_short_of)
		printf(" short-of %d.%zu", c->short_of.note, c->short_of.index);
	printf(":");
	if (c->n_author) {
		printf(" ");
		print_names(c->author, c->n_author);
		printf(".");
	}
	if (c->title)
		printf(" \"%s\".", c->title);
	if (c->container_title)
		printf(" %s.", c->container_title);
	if (c->n_editor) {
		printf(" Ed. ");
		print_names(c->editor, c->n_editor);
		printf(".");
	}
	if (c->publisher_place || c->publisher)
		printf(" %s%s%s.", c->publisher_place ? c->publisher_place : "",
		       c->publisher_place && c->publisher ? ": " : "", c->publisher ? c->publisher : "");
	if (c->issued)
		printf(" %s.", c->issued);
	if (c->volume)
		printf(" vol. %s.", c->volume);
	if (c->issue)
		printf(" no. %s.", c->issue);
	if (c->page)
		printf(" p. %s.", c->page);
	if (c->url)
		printf(" <%s>", c->url);
	if (c->accessed)
		printf(" accessed %s.", c->accessed);
	if (c->quoted_speaker)
		printf(" [speaker: %s]", c->quoted_speaker);
	if (c->type && !strcmp(c->type, "interview"))
		printf(" [interview: %s | %s | %s | %s]", c->iv_affiliation ? c->iv_affiliation : "-",
		       c->iv_role ? c->iv_role : "-", c->iv_place ? c->iv_place : "-",
		       c->iv_date ? c->iv_date : "-");
	printf(" (%.2f)\n", c->confidence);
}

int cmd_parse_cite(struct cli *cli, int argc, char **argv)
{
	static const struct option lo[] = {
		{"json", no_argument, NULL, 'j'},
		{"bibtex", no_argument, NULL, 'b'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	(void)cli;
	int mode = 0;
	int c;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", lo, NULL)) != -1) {
		switch (c) {
		case 'j': mode = 1; break;
		case 'b': mode = 2; break;
		case 'h': return cli_help(help);
		default: return usagef("parse-cite", "bad option");
		}
	}
	if (optind < argc)
		return usagef("parse-cite", "no arguments: give the notes on standard input");

	char **lines = NULL;
	int *nums = NULL;
	size_t n = 0, cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	int next = 1, rc = EXIT_OK;
	while ((len = getline(&line, &lcap, stdin)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *text = line;
		int num = next;
		/* "NUMBER<TAB>TEXT" */
		char *tab = strchr(line, '\t');
		if (tab && tab > line && tab - line <= 9) {
			bool digits = true;
			long v = 0;
			for (char *p = line; p < tab; p++) {
				if (*p < '0' || *p > '9') {
					digits = false;
					break;
				}
				v = v * 10 + (*p - '0');
			}
			if (digits) {
				num = (int)v;
				text = tab + 1;
			}
		}
		if (!*text)
			continue;
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 256;
			char **nl = realloc(lines, nc * sizeof *nl);
			if (nl)
				lines = nl;
			int *nn = realloc(nums, nc * sizeof *nn);
			if (nn)
				nums = nn;
			if (!nl || !nn) {
				errorf("out of memory");
				rc = EXIT_IO;
				break;
			}
			cap = nc;
		}
		lines[n] = strdup(text);
		if (!lines[n]) {
			errorf("out of memory");
			rc = EXIT_IO;
			break;
		}
		nums[n++] = num;
		next = num + 1;
	}
	free(line);
	if (ferror(stdin)) {
		errorf("cannot read standard input");
		rc = EXIT_IO;
	}
	if (rc == EXIT_OK) {
		ct_cites *cs = NULL;
		ct_status st = ct_cites_parse((const char *const *)lines, nums, n, &cs);
		if (st != CT_OK) {
			errorf("cannot parse the notes: %s", ct_strerror(st));
			rc = cli_exit_for(st);
		} else {
			for (size_t i = 0; i < ct_cites_count(cs); i++) {
				const ct_cite *ci = ct_cites_at(cs, i);
				if (mode == 0) {
					print_text(ci);
					continue;
				}
				char *o = NULL;
				st = mode == 1 ? ct_cite_json(ci, &o) : ct_cite_bibtex(ci, &o);
				if (st != CT_OK) {
					errorf("%s", ct_strerror(st));
					rc = EXIT_IO;
					break;
				}
				fputs(o, stdout);
				if (mode == 1)
					fputc('\n', stdout);
				else
					fputc('\n', stdout);
				ct_free(o);
			}
			ct_cites_free(cs);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(nums);
	if (fflush(stdout) != 0 && rc == EXIT_OK)
		rc = EXIT_IO;
	return rc;
}
