/* verify-report.c — writing a verify report (analyse.h) as Markdown, HTML or
 * JSON Lines. Interviews are named by their code only: affiliation, role and
 * place appear only when identity is asked for, and the claims' own words
 * only when restricted material is (the notes are confidential; the
 * evidence is public). */
#include <casetrace/report.h>
#include <casetrace/analyse.h>

#include <stdlib.h>
#include <string.h>

static void md_text(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|' || *s == '<' || *s == '[' || *s == ']' || *s == '`')
			fputc('\\', f);
		fputc(*s == '\n' ? ' ' : *s, f);
	}
}

static void html_text(FILE *f, const char *s, bool bold_marks)
{
	bool open = false;
	for (; s && *s; s++) {
		if (bold_marks && s[0] == '*' && s[1] == '*') {
			fputs(open ? "</mark>" : "<mark>", f);
			open = !open;
			s++;
			continue;
		}
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
	if (open)
		fputs("</mark>", f);
}

/* The snippet as printed: its ** ** marks show which of the source's words
 * are the claim's, so they are kept only where the claim may be printed.
 * Returns s or a copy in *tmp (freed by the caller). */
static const char *snippet_for(const char *s, unsigned flags, char **tmp)
{
	*tmp = NULL;
	if (!s || (flags & CT_REPORT_RESTRICTED))
		return s;
	char *c = malloc(strlen(s) + 1);
	if (!c)
		return "";
	char *o = c;
	for (; *s; s++) {
		if (s[0] == '*' && s[1] == '*') {
			s++;
			continue;
		}
		*o++ = *s;
	}
	*o = '\0';
	return *tmp = c;
}

static const char *who(const ct_verify_report *r)
{
	return r->code ? r->code : "(interview notes without a code)";
}

static void write_md(FILE *f, const ct_verify_report *r, unsigned flags)
{
	fprintf(f, "# Corroboration: %s\n\n", who(r));
	if (flags & CT_REPORT_IDENTITY) {
		fputs("- Identity (shown on request): ", f);
		md_text(f, r->affiliation ? r->affiliation : "-");
		fputs("; ", f);
		md_text(f, r->role ? r->role : "-");
		fputs("; ", f);
		md_text(f, r->place ? r->place : "-");
		fputc('\n', f);
	}
	fprintf(f, "- Interview date: %s\n- Case: %s\n- Claims: %zu\n\n", r->date ? r->date : "unknown",
	        r->case_slug ? r->case_slug : "none", r->n_claims);
	fputs("| Status | Claims |\n|---|---|\n", f);
	for (int s = 0; s < 4; s++) {
		fprintf(f, "| %s | %zu:", ct_verify_status_name(s), r->by_status[s]);
		for (size_t i = 0; i < r->n_claims; i++)
			if (!strcmp(r->claims[i].status, ct_verify_status_name(s)))
				fprintf(f, " %zu", r->claims[i].index);
		fputs(" |\n", f);
	}
	for (size_t i = 0; i < r->n_claims; i++) {
		const ct_claim_result *c = &r->claims[i];
		fprintf(f, "\n## Claim %zu: %s (%zu independent source%s)\n\n", c->index, c->status,
		        c->independent, c->independent == 1 ? "" : "s");
		if (flags & CT_REPORT_RESTRICTED) {
			fputs("> ", f);
			md_text(f, c->text);
			fputs("\n\n", f);
		} else {
			fputs("(the claim's words are withheld: --include-restricted shows them)\n\n", f);
		}
		if (!c->n_evidence)
			fputs("No public source in the corpus shares enough of the claim.\n", f);
		for (size_t k = 0; k < c->n_evidence; k++) {
			const ct_evidence *e = &c->evidence[k];
			fprintf(f, "%zu. %s doc %lld, *", k + 1,
			        e->contradicts ? "**says otherwise**" : e->supports ? "supports" : "partial",
			        (long long)e->doc);
			md_text(f, e->outlet ? e->outlet : "no outlet");
			fprintf(f, "*, %s, score %.2f (covers %.0f %%)", e->date ? e->date : "undated",
			        e->score, 100 * e->coverage);
			if (e->same_as)
				fprintf(f, ", syndicated: the same story as doc %lld", (long long)e->same_as);
			if (e->testimony)
				fputs(", testimony (read it; not counted)", f);
			if (e->why) {
				fputs(", ", f);
				md_text(f, e->why);
			}
			if (e->missing && (flags & CT_REPORT_RESTRICTED)) {
				fputs(", lacks: ", f);
				md_text(f, e->missing);
			}
			fprintf(f, "\n   `%s`\n   ", e->path ? e->path : "?");
			char *tmp;
			const char *snip = snippet_for(e->snippet, flags, &tmp);
			fputs(snip ? snip : "", f); /* Markdown: its ** marks are bold */
			free(tmp);
			fputc('\n', f);
		}
	}
}

static void write_html(FILE *f, const ct_verify_report *r, unsigned flags)
{
	fputs("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>Corroboration: ", f);
	html_text(f, who(r), false);
	fputs("</title><style>body{font:15px/1.45 Georgia,serif;max-width:58em;margin:2em auto;"
	      "padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
	      "padding:.2em .5em}.corroborated{color:#060}.possibly-contradicted{color:#a00}"
	      ".uncorroborated{color:#666}.single-source{color:#850}mark{background:#ffe58a}"
	      "li{margin:.4em 0}.src{color:#555;font-size:.9em}@media print{body{margin:0;"
	      "max-width:none}h2{page-break-after:avoid}li{page-break-inside:avoid}}"
	      "</style></head><body>\n<h1>Corroboration: ", f);
	html_text(f, who(r), false);
	fputs("</h1>\n", f);
	if (flags & CT_REPORT_IDENTITY) {
		fputs("<p>Identity (shown on request): ", f);
		html_text(f, r->affiliation ? r->affiliation : "-", false);
		fputs("; ", f);
		html_text(f, r->role ? r->role : "-", false);
		fputs("; ", f);
		html_text(f, r->place ? r->place : "-", false);
		fputs("</p>\n", f);
	}
	fprintf(f, "<p>Interview date %s · case %s · %zu claims</p>\n<table><tr><th>Status</th>"
	        "<th>Claims</th></tr>\n", r->date ? r->date : "unknown",
	        r->case_slug ? r->case_slug : "none", r->n_claims);
	for (int s = 0; s < 4; s++)
		fprintf(f, "<tr><td class=%s>%s</td><td>%zu</td></tr>\n", ct_verify_status_name(s),
		        ct_verify_status_name(s), r->by_status[s]);
	fputs("</table>\n", f);
	for (size_t i = 0; i < r->n_claims; i++) {
		const ct_claim_result *c = &r->claims[i];
		fprintf(f, "<h2>Claim %zu: <span class=%s>%s</span> (%zu independent)</h2>\n", c->index,
		        c->status, c->status, c->independent);
		if (flags & CT_REPORT_RESTRICTED) {
			fputs("<blockquote>", f);
			html_text(f, c->text, false);
			fputs("</blockquote>\n", f);
		} else {
			fputs("<p>(the claim's words are withheld: --include-restricted shows them)</p>\n", f);
		}
		fputs("<ol>\n", f);
		for (size_t k = 0; k < c->n_evidence; k++) {
			const ct_evidence *e = &c->evidence[k];
			fprintf(f, "<li><b>%s</b> <span class=src>doc %lld, ",
			        e->contradicts ? "says otherwise" : e->supports ? "supports" : "partial",
			        (long long)e->doc);
			html_text(f, e->outlet ? e->outlet : "no outlet", false);
			fprintf(f, ", %s, score %.2f", e->date ? e->date : "undated", e->score);
			if (e->same_as)
				fprintf(f, ", syndicated (doc %lld)", (long long)e->same_as);
			if (e->testimony)
				fputs(", testimony (not counted)", f);
			if (e->why) {
				fputs(", ", f);
				html_text(f, e->why, false);
			}
			if (e->missing && (flags & CT_REPORT_RESTRICTED)) {
				fputs(", lacks: ", f);
				html_text(f, e->missing, false);
			}
			fputs(", <code>", f);
			html_text(f, e->path, false);
			fputs("</code></span><br>", f);
			char *tmp;
			html_text(f, snippet_for(e->snippet, flags, &tmp), true);
			free(tmp);
			fputs("</li>\n", f);
		}
		fputs("</ol>\n", f);
	}
	fputs("</body></html>\n", f);
}

static void js(FILE *f, const char *k, const char *v)
{
	fprintf(f, ",\"%s\":", k);
	ct_json_string(f, v, (size_t)-1);
}

static void write_json(FILE *f, const ct_verify_report *r, unsigned flags)
{
	for (size_t i = 0; i < r->n_claims; i++) {
		const ct_claim_result *c = &r->claims[i];
		fprintf(f, "{\"code\":");
		ct_json_string(f, r->code, (size_t)-1);
		if (flags & CT_REPORT_IDENTITY) {
			js(f, "affiliation", r->affiliation);
			js(f, "role", r->role);
			js(f, "place", r->place);
		}
		fprintf(f, ",\"index\":%zu", c->index);
		js(f, "claim", (flags & CT_REPORT_RESTRICTED) ? c->text : NULL);
		js(f, "status", c->status);
		fprintf(f, ",\"independent\":%zu,\"seconds\":%.4f,\"evidence\":[", c->independent,
		        c->seconds);
		for (size_t k = 0; k < c->n_evidence; k++) {
			const ct_evidence *e = &c->evidence[k];
			fprintf(f, "%s{\"doc\":%lld,\"passage\":%lld", k ? "," : "", (long long)e->doc,
			        (long long)e->passage);
			js(f, "path", e->path);
			js(f, "title", e->title);
			js(f, "outlet", e->outlet);
			js(f, "date", e->date);
			fprintf(f, ",\"score\":%.3f,\"coverage\":%.3f,\"supports\":%s,\"contradicts\":%s",
			        e->score, e->coverage, e->supports ? "true" : "false",
			        e->contradicts ? "true" : "false");
			js(f, "why", e->why);
			js(f, "missing", (flags & CT_REPORT_RESTRICTED) ? e->missing : NULL);
			if (e->same_as)
				fprintf(f, ",\"same-as\":%lld", (long long)e->same_as);
			else
				fputs(",\"same-as\":null", f);
			fprintf(f, ",\"testimony\":%s", e->testimony ? "true" : "false");
			char *tmp;
			js(f, "snippet", snippet_for(e->snippet, flags, &tmp));
			free(tmp);
			fputc('}', f);
		}
		fputs("]}\n", f);
	}
}

ct_status ct_verify_write(FILE *f, const ct_verify_report *r, const char *format,
                          unsigned flags)
{
	if (!format || !strcmp(format, "md"))
		write_md(f, r, flags);
	else if (!strcmp(format, "html"))
		write_html(f, r, flags);
	else if (!strcmp(format, "json"))
		write_json(f, r, flags);
	else
		return CT_EINVAL;
	return ferror(f) ? CT_EIO : CT_OK;
}
