/* dossier.c — writing a case dossier (link.h's ct_dossier) as Markdown, as
 * one self-contained HTML page that prints well, or as one JSON object. */
#include <casetrace/link.h>
#include <casetrace/report.h>

#include <stdio.h>
#include <string.h>

/* ---- shared --------------------------------------------------------------------- */

static const char *period_end(const char *s)
{
	return s ? s : "open";
}

/* Text on one line: newlines and tabs as spaces, runs of spaces as one. */
static void put_flat(FILE *f, const char *s, void (*put)(FILE *, char))
{
	bool space = false;
	for (; s && *s; s++) {
		char c = *s;
		if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
			space = true;
			continue;
		}
		if (space)
			put(f, ' ');
		space = false;
		put(f, c);
	}
}

/* ---- Markdown ------------------------------------------------------------------- */

static void md_char(FILE *f, char c)
{
	if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '[' || c == ']')
		fputc('\\', f);
	fputc(c, f);
}

static void md(FILE *f, const char *s)
{
	put_flat(f, s, md_char);
}

static void md_source(FILE *f, int64_t doc, const char *path, const char *outlet)
{
	if (outlet) {
		fputs("*", f);
		md(f, outlet);
		fputs("*, ", f);
	}
	fprintf(f, "doc %lld `%s`", (long long)doc, path ? path : "?");
}

static void write_md(FILE *f, const ct_dossier *d)
{
	const ct_case_info *c = &d->info;
	fputs("# ", f);
	md(f, c->title);
	fprintf(f, " (`%s`)\n\n", c->slug);
	if (c->actor) {
		fputs("- Actor: ", f);
		md(f, c->actor);
		fputc('\n', f);
	}
	if (c->coalition) {
		fputs("- Coalition: ", f);
		md(f, c->coalition);
		fputc('\n', f);
	}
	if (c->theatre) {
		fputs("- Theatre: ", f);
		md(f, c->theatre);
		fputc('\n', f);
	}
	fprintf(f, "- Period: %s to %s\n", c->start ? c->start : "open", period_end(c->end));
	if (d->from || d->to)
		fprintf(f, "- This dossier: %s to %s\n", d->from ? d->from : "start",
		        d->to ? d->to : "end");
	if (c->notes) {
		fputs("- Notes: ", f);
		md(f, c->notes);
		fputc('\n', f);
	}
	fprintf(f, "- Linked: %zu documents, %zu passages, %zu quotations, %zu sources; "
	        "%zu interview notes (restricted", c->documents, c->passages, c->quotes,
	        c->sources, c->interviews);
	fputs(")\n\n", f);

	fprintf(f, "## Timeline (%zu events)\n\n", d->n_events);
	if (!d->n_events)
		fputs("No dated documents, passages or quotations are linked to this case.\n", f);
	for (size_t i = 0; i < d->n_events; i++) {
		const ct_dossier_event *e = &d->events[i];
		fprintf(f, "- **%s** %s%s: ", e->date, e->kind, e->restricted ? " [restricted]" : "");
		if (!strcmp(e->kind, "quote")) {
			fputs("“", f);
			md(f, e->text);
			fputs("” — ", f);
			md(f, e->speaker ? e->speaker : "unattributed");
		} else if (!strcmp(e->kind, "passage")) {
			fputs("(“", f);
			md(f, e->written);
			fputs("”) ", f);
			md(f, e->text);
		} else {
			md(f, e->text);
		}
		fputs(" — ", f);
		md_source(f, e->doc, e->path, e->outlet);
		fputc('\n', f);
	}

	fprintf(f, "\n## Who said what (%zu speakers)\n\n", d->n_speakers);
	if (!d->n_speakers)
		fputs("No quotations are linked to this case.\n", f);
	for (size_t i = 0; i < d->n_speakers; i++) {
		const ct_dossier_speaker *s = &d->speakers[i];
		fputs("### ", f);
		md(f, s->speaker);
		fprintf(f, " (%zu)\n\n", s->n_quotes);
		for (size_t k = 0; k < s->n_quotes; k++) {
			const ct_dossier_quote *q = &s->quotes[k];
			fprintf(f, "- %s%s: “", q->date ? q->date : "undated",
			        q->restricted ? " [restricted]" : "");
			md(f, q->text);
			fputs("”", f);
			if (q->role) {
				fputs(" (", f);
				md(f, q->role);
				fputs(")", f);
			}
			fputs(" — ", f);
			if (q->carrier) {
				fputs("as quoted in *", f);
				md(f, q->carrier);
				fputs("*, reported by ", f);
			}
			md_source(f, q->doc, q->path, q->outlet);
			fputc('\n', f);
		}
		fputc('\n', f);
	}

	size_t resolved = 0, prose = 0;
	for (size_t i = 0; i < d->n_sources; i++) {
		resolved += d->sources[i].target != 0;
		prose += d->sources[i].type && !strcmp(d->sources[i].type, "prose");
	}
	fprintf(f, "\n## Sources (%zu citations, %zu found in the corpus, %zu not; %zu "
	        "explanatory notes)\n\n", d->n_sources - prose, resolved,
	        d->n_sources - prose - resolved, prose);
	if (!d->n_sources)
		fputs("No citations are linked to this case.\n", f);
	for (size_t i = 0; i < d->n_sources; i++) {
		const ct_dossier_source *s = &d->sources[i];
		fprintf(f, "- `%s` note %d", s->path ? s->path : "?", s->note);
		if (s->index > 1)
			fprintf(f, ".%d", s->index);
		fputs(": ", f);
		md(f, s->raw);
		if (s->target)
			fprintf(f, " → in the corpus: doc %lld `%s` (score %.2f)", (long long)s->target,
			        s->target_path ? s->target_path : "?", s->link_score);
		else if (s->type && !strcmp(s->type, "prose"))
			fputs(" (an explanatory note, no source)", f);
		else
			fputs(" → **not in the corpus**", f);
		fputc('\n', f);
	}

	fputs("\n## Coverage\n\n", f);
	if (d->n_months) {
		fputs("| Month | Documents |\n|---|---|\n", f);
		for (size_t i = 0; i < d->n_months; i++) {
			fprintf(f, "| %s | %zu ", d->months[i].key, d->months[i].count);
			for (size_t k = 0; k < d->months[i].count && k < 40; k++)
				fputs("▇", f);
			fputs(" |\n", f);
		}
		fprintf(f, "\nMonths with no sources (%zu of %zu):", d->n_gaps, d->n_months);
		for (size_t i = 0; i < d->n_gaps; i++)
			fprintf(f, "%s %s", i ? "," : "", d->gaps[i]);
		fputs(d->n_gaps ? "\n" : " none\n", f);
	} else {
		fputs("The period is open and no linked document is dated: no months to count.\n", f);
	}
	fputs("\n| Outlet | Documents |\n|---|---|\n", f);
	for (size_t i = 0; i < d->n_outlets; i++) {
		fputs("| ", f);
		md(f, d->outlets[i].key);
		fprintf(f, " | %zu |\n", d->outlets[i].count);
	}

	fprintf(f, "\n## Documents (%zu)\n\n| Date | Kind | Outlet | Title | Score | Why |\n"
	        "|---|---|---|---|---|---|\n", d->n_documents);
	for (size_t i = 0; i < d->n_documents; i++) {
		const ct_dossier_document *x = &d->documents[i];
		fprintf(f, "| %s | %s%s | ", x->date ? x->date : "", x->kind,
		        x->restricted ? " [restricted]" : "");
		md(f, x->outlet);
		fputs(" | ", f);
		md(f, x->title ? x->title : x->path);
		fprintf(f, " (doc %lld) | %.2f | ", (long long)x->doc, x->score);
		md(f, x->reason);
		fputs(" |\n", f);
	}
}

/* ---- HTML ----------------------------------------------------------------------- */

static void html_char(FILE *f, char c)
{
	switch (c) {
	case '<': fputs("&lt;", f); break;
	case '>': fputs("&gt;", f); break;
	case '&': fputs("&amp;", f); break;
	case '"': fputs("&quot;", f); break;
	default: fputc(c, f);
	}
}

static void h(FILE *f, const char *s)
{
	put_flat(f, s, html_char);
}

static void h_source(FILE *f, int64_t doc, const char *path, const char *outlet)
{
	if (outlet) {
		fputs("<cite>", f);
		h(f, outlet);
		fputs("</cite>, ", f);
	}
	fprintf(f, "<span class=src>doc %lld <code>", (long long)doc);
	h(f, path);
	fputs("</code></span>", f);
}

static const char css[] =
	"body{font:15px/1.45 Georgia,'Times New Roman',serif;max-width:58em;margin:2em auto;"
	"padding:0 1em;color:#111}h1{font-size:1.6em;margin-bottom:.2em}"
	"h2{font-size:1.25em;border-bottom:1px solid #999;margin-top:1.6em}"
	"h3{font-size:1.05em;margin-bottom:.3em}table{border-collapse:collapse;width:100%}"
	"td,th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top;text-align:left}"
	"ul{padding-left:1.2em}li{margin:.25em 0}.date{font-weight:bold;white-space:nowrap}"
	".kind{font-variant:small-caps;color:#555}.src{color:#555;font-size:.9em}"
	".restricted{color:#a00;font-weight:bold}.missing{color:#a00}.bar{background:#557;"
	"display:inline-block;height:.8em}q{quotes:'“' '”'}"
	"@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid}"
	"li,tr{page-break-inside:avoid}a{color:inherit}}";

static void write_html(FILE *f, const ct_dossier *d)
{
	const ct_case_info *c = &d->info;
	fputs("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>", f);
	h(f, c->title);
	fprintf(f, "</title><style>%s</style></head><body>\n<h1>", css);
	h(f, c->title);
	fprintf(f, "</h1><p class=src>case <code>%s</code> · dossier written by casetrace %s</p>\n"
	        "<table>", c->slug, ct_version());
	const char *rows[][2] = {{"Actor", c->actor}, {"Coalition", c->coalition},
	                         {"Theatre", c->theatre}, {"Notes", c->notes}};
	for (size_t i = 0; i < 4; i++)
		if (rows[i][1]) {
			fprintf(f, "<tr><th>%s</th><td>", rows[i][0]);
			h(f, rows[i][1]);
			fputs("</td></tr>", f);
		}
	fprintf(f, "<tr><th>Period</th><td>%s to %s</td></tr>", c->start ? c->start : "open",
	        period_end(c->end));
	if (d->from || d->to)
		fprintf(f, "<tr><th>This dossier</th><td>%s to %s</td></tr>",
		        d->from ? d->from : "start", d->to ? d->to : "end");
	fprintf(f, "<tr><th>Linked</th><td>%zu documents, %zu passages, %zu quotations, %zu "
	        "sources; %zu interview notes (restricted)</td></tr></table>\n", c->documents,
	        c->passages, c->quotes, c->sources, c->interviews);

	fprintf(f, "<h2>Timeline (%zu events)</h2>\n<ul>\n", d->n_events);
	for (size_t i = 0; i < d->n_events; i++) {
		const ct_dossier_event *e = &d->events[i];
		fprintf(f, "<li><span class=date>%s</span> <span class=kind>%s</span>%s: ", e->date,
		        e->kind, e->restricted ? " <span class=restricted>restricted</span>" : "");
		if (!strcmp(e->kind, "quote")) {
			fputs("<q>", f);
			h(f, e->text);
			fputs("</q> — ", f);
			h(f, e->speaker ? e->speaker : "unattributed");
		} else if (!strcmp(e->kind, "passage")) {
			fputs("(<b>", f);
			h(f, e->written);
			fputs("</b>) ", f);
			h(f, e->text);
		} else {
			h(f, e->text);
		}
		fputs(" — ", f);
		h_source(f, e->doc, e->path, e->outlet);
		fputs("</li>\n", f);
	}
	fputs("</ul>\n", f);

	fprintf(f, "<h2>Who said what (%zu speakers)</h2>\n", d->n_speakers);
	for (size_t i = 0; i < d->n_speakers; i++) {
		const ct_dossier_speaker *s = &d->speakers[i];
		fputs("<h3>", f);
		h(f, s->speaker);
		fprintf(f, " (%zu)</h3>\n<ul>\n", s->n_quotes);
		for (size_t k = 0; k < s->n_quotes; k++) {
			const ct_dossier_quote *q = &s->quotes[k];
			fprintf(f, "<li><span class=date>%s</span>%s: <q>", q->date ? q->date : "undated",
			        q->restricted ? " <span class=restricted>restricted</span>" : "");
			h(f, q->text);
			fputs("</q>", f);
			if (q->role) {
				fputs(" (", f);
				h(f, q->role);
				fputs(")", f);
			}
			fputs(" — ", f);
			if (q->carrier) {
				fputs("as quoted in <cite>", f);
				h(f, q->carrier);
				fputs("</cite>, reported by ", f);
			}
			h_source(f, q->doc, q->path, q->outlet);
			fputs("</li>\n", f);
		}
		fputs("</ul>\n", f);
	}

	fprintf(f, "<h2>Sources (%zu citations)</h2>\n<ul>\n", d->n_sources);
	for (size_t i = 0; i < d->n_sources; i++) {
		const ct_dossier_source *s = &d->sources[i];
		fputs("<li><code>", f);
		h(f, s->path);
		fprintf(f, "</code> note %d: ", s->note);
		h(f, s->raw);
		if (s->target) {
			fprintf(f, " → in the corpus: doc %lld <code>", (long long)s->target);
			h(f, s->target_path);
			fprintf(f, "</code> (score %.2f)", s->link_score);
		} else if (s->type && !strcmp(s->type, "prose")) {
			fputs(" (an explanatory note, no source)", f);
		} else {
			fputs(" → <span class=missing>not in the corpus</span>", f);
		}
		fputs("</li>\n", f);
	}
	fputs("</ul>\n<h2>Coverage</h2>\n", f);
	if (d->n_months) {
		size_t max = 1;
		for (size_t i = 0; i < d->n_months; i++)
			if (d->months[i].count > max)
				max = d->months[i].count;
		fputs("<table><tr><th>Month</th><th>Documents</th></tr>\n", f);
		for (size_t i = 0; i < d->n_months; i++)
			fprintf(f, "<tr><td>%s</td><td>%zu <span class=bar style=\"width:%.1fem\"></span>"
			        "</td></tr>\n", d->months[i].key, d->months[i].count,
			        10.0 * (double)d->months[i].count / (double)max);
		fprintf(f, "</table>\n<p>Months with no sources (%zu of %zu):", d->n_gaps, d->n_months);
		for (size_t i = 0; i < d->n_gaps; i++)
			fprintf(f, "%s %s", i ? "," : "", d->gaps[i]);
		fputs(d->n_gaps ? "</p>\n" : " none</p>\n", f);
	}
	fputs("<table><tr><th>Outlet</th><th>Documents</th></tr>\n", f);
	for (size_t i = 0; i < d->n_outlets; i++) {
		fputs("<tr><td>", f);
		h(f, d->outlets[i].key);
		fprintf(f, "</td><td>%zu</td></tr>\n", d->outlets[i].count);
	}
	fprintf(f, "</table>\n<h2>Documents (%zu)</h2>\n<table><tr><th>Date</th><th>Kind</th>"
	        "<th>Outlet</th><th>Title</th><th>Score</th><th>Why</th></tr>\n", d->n_documents);
	for (size_t i = 0; i < d->n_documents; i++) {
		const ct_dossier_document *x = &d->documents[i];
		fprintf(f, "<tr><td>%s</td><td>%s%s</td><td>", x->date ? x->date : "", x->kind,
		        x->restricted ? " <span class=restricted>restricted</span>" : "");
		h(f, x->outlet);
		fputs("</td><td>", f);
		h(f, x->title ? x->title : x->path);
		fprintf(f, " <span class=src>doc %lld</span></td><td>%.2f</td><td>", (long long)x->doc,
		        x->score);
		h(f, x->reason);
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n</body></html>\n", f);
}

/* ---- JSON ----------------------------------------------------------------------- */

static void js(FILE *f, const char *key, const char *v, bool comma)
{
	fprintf(f, "%s\"%s\":", comma ? "," : "", key);
	ct_json_string(f, v, (size_t)-1);
}

static void write_json(FILE *f, const ct_dossier *d)
{
	const ct_case_info *c = &d->info;
	fputs("{\"case\":{", f);
	js(f, "slug", c->slug, false);
	js(f, "title", c->title, true);
	js(f, "actor", c->actor, true);
	js(f, "coalition", c->coalition, true);
	js(f, "theatre", c->theatre, true);
	js(f, "start", c->start, true);
	js(f, "end", c->end, true);
	js(f, "notes", c->notes, true);
	js(f, "path", c->path, true);
	fprintf(f, ",\"documents\":%zu,\"passages\":%zu,\"quotes\":%zu,\"sources\":%zu,"
	        "\"interviews\":%zu", c->documents, c->passages, c->quotes, c->sources,
	        c->interviews);
	js(f, "first", c->first, true);
	js(f, "last", c->last, true);
	js(f, "from", d->from, true);
	js(f, "to", d->to, true);
	fputs("},\"timeline\":[", f);
	for (size_t i = 0; i < d->n_events; i++) {
		const ct_dossier_event *e = &d->events[i];
		fputs(i ? ",{" : "{", f);
		js(f, "date", e->date, false);
		js(f, "kind", e->kind, true);
		fprintf(f, ",\"doc\":%lld", (long long)e->doc);
		js(f, "path", e->path, true);
		js(f, "title", e->title, true);
		js(f, "outlet", e->outlet, true);
		js(f, "text", e->text, true);
		js(f, "speaker", e->speaker, true);
		js(f, "written", e->written, true);
		fprintf(f, ",\"score\":%.3f,\"restricted\":%s}", e->score,
		        e->restricted ? "true" : "false");
	}
	fputs("],\"speakers\":[", f);
	for (size_t i = 0; i < d->n_speakers; i++) {
		const ct_dossier_speaker *s = &d->speakers[i];
		fputs(i ? ",{" : "{", f);
		js(f, "speaker", s->speaker, false);
		fputs(",\"quotes\":[", f);
		for (size_t k = 0; k < s->n_quotes; k++) {
			const ct_dossier_quote *q = &s->quotes[k];
			fprintf(f, "%s{\"doc\":%lld", k ? "," : "", (long long)q->doc);
			js(f, "path", q->path, true);
			js(f, "outlet", q->outlet, true);
			js(f, "date", q->date, true);
			js(f, "text", q->text, true);
			js(f, "role", q->role, true);
			js(f, "cue", q->cue, true);
			js(f, "kind", q->kind, true);
			js(f, "carrier", q->carrier, true);
			fprintf(f, ",\"restricted\":%s}", q->restricted ? "true" : "false");
		}
		fputs("]}", f);
	}
	fputs("],\"sources\":[", f);
	for (size_t i = 0; i < d->n_sources; i++) {
		const ct_dossier_source *s = &d->sources[i];
		fprintf(f, "%s{\"doc\":%lld", i ? "," : "", (long long)s->doc);
		js(f, "path", s->path, true);
		fprintf(f, ",\"note\":%d,\"index\":%d", s->note, s->index);
		js(f, "raw", s->raw, true);
		js(f, "type", s->type, true);
		js(f, "title", s->title, true);
		if (s->target) {
			fprintf(f, ",\"target-doc\":%lld", (long long)s->target);
			js(f, "target-path", s->target_path, true);
			fprintf(f, ",\"link-score\":%.3f", s->link_score);
		} else {
			fputs(",\"target-doc\":null,\"target-path\":null,\"link-score\":null", f);
		}
		fprintf(f, ",\"restricted\":%s}", s->restricted ? "true" : "false");
	}
	fputs("],\"coverage\":{\"months\":[", f);
	for (size_t i = 0; i < d->n_months; i++)
		fprintf(f, "%s{\"month\":\"%s\",\"documents\":%zu}", i ? "," : "", d->months[i].key,
		        d->months[i].count);
	fputs("],\"gaps\":[", f);
	for (size_t i = 0; i < d->n_gaps; i++)
		fprintf(f, "%s\"%s\"", i ? "," : "", d->gaps[i]);
	fputs("],\"outlets\":[", f);
	for (size_t i = 0; i < d->n_outlets; i++) {
		fputs(i ? ",{" : "{", f);
		js(f, "outlet", d->outlets[i].key, false);
		fprintf(f, ",\"documents\":%zu}", d->outlets[i].count);
	}
	fputs("]},\"documents\":[", f);
	for (size_t i = 0; i < d->n_documents; i++) {
		const ct_dossier_document *x = &d->documents[i];
		fprintf(f, "%s{\"doc\":%lld", i ? "," : "", (long long)x->doc);
		js(f, "path", x->path, true);
		js(f, "kind", x->kind, true);
		js(f, "title", x->title, true);
		js(f, "outlet", x->outlet, true);
		js(f, "date", x->date, true);
		fprintf(f, ",\"score\":%.3f", x->score);
		js(f, "reason", x->reason, true);
		fprintf(f, ",\"restricted\":%s}", x->restricted ? "true" : "false");
	}
	fputs("]}\n", f);
}

ct_status ct_dossier_write(FILE *f, const ct_dossier *d, const char *format)
{
	if (!format || !strcmp(format, "md") || !strcmp(format, "markdown"))
		write_md(f, d);
	else if (!strcmp(format, "html"))
		write_html(f, d);
	else if (!strcmp(format, "json"))
		write_json(f, d);
	else
		return CT_EINVAL;
	return ferror(f) ? CT_EIO : CT_OK;
}
