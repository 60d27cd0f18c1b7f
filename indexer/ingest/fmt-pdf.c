/* fmt-pdf.c — PDF files through poppler-glib: the text layer of each page,
 * pages separated by a blank line, a page mark (CT_MARK_PAGE) where each
 * page's text starts, and the info dictionary as metadata (title, author,
 * subject as description, keywords, creation date as date, creator,
 * producer).
 *
 * The text is poppler's, cleaned: form feeds and other control characters
 * dropped, CR and CRLF made LF, trailing spaces and blank lines at the ends
 * of a page trimmed, invalid UTF-8 (never seen, but checked) replaced; the
 * text ends with a line feed.
 * Words hyphenated across lines are joined, so that they can be found:
 * "with-\ndrawal" becomes "withdrawal", unless the document writes the
 * hyphenated form elsewhere on one line ("long-term" anywhere makes
 * "long-\nterm" "long-term"); the two lines become one. Only a lower-case
 * letter on both sides is joined ("Anglo-\nSaxon", "mid-\n2007" are kept as
 * printed), and never across pages.
 *
 * A page without text still gets its mark (at the same offset as the next
 * page's), so page numbers stay those of the PDF. A PDF with no text at all
 * needs OCR; an encrypted or damaged one is reported with what to do.
 *
 * glib and poppler types stay in this file. */
#include "ingest/ingest-private.h"

#include <stdlib.h>
#include <string.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#pragma GCC diagnostic ignored "-Wundef"
#include <poppler.h>
#pragma GCC diagnostic pop

static bool pdf_sniff(const char *head, size_t len)
{
	size_t n = len < 1024 ? len : 1024;
	const char *end = head + n;
	for (const char *p = head; (p = memchr(p, '%', (size_t)(end - p))) != NULL && end - p >= 5; p++)
		if (memcmp(p, "%PDF-", 5) == 0)
			return true;
	return false;
}

/* Append page text t to out, cleaned (see the comment on top). */
static void append_clean(struct cti_buf *out, const char *t, size_t n)
{
	size_t start = out->len;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c == '\r') {
			if (i + 1 < n && t[i + 1] == '\n')
				continue;
			c = '\n';
		}
		if (c < 0x20 && c != '\n' && c != '\t')
			continue; /* form feeds, unmapped glyphs given as controls */
		if (c == '\n') /* no trailing white space on lines */
			while (out->len > start &&
			       (out->data[out->len - 1] == ' ' || out->data[out->len - 1] == '\t'))
				out->len--;
		if (c == '\n' && out->len == start)
			continue; /* no blank lines before the page's text */
		cti_buf_putc(out, (char)c);
	}
	while (out->len > start && (out->data[out->len - 1] == '\n' ||
	                            out->data[out->len - 1] == ' ' ||
	                            out->data[out->len - 1] == '\t'))
		out->len--;
	if (out->data)
		out->data[out->len] = '\0';
}

/* Add meta key with a string poppler returned (freed here); white space
 * trimmed, nothing added when blank. */
static bool add_meta(struct ct_document *doc, const char *key, gchar *value)
{
	if (!value)
		return true;
	struct cti_buf v;
	cti_buf_init(&v);
	size_t n_bad = 0;
	int64_t first_bad = -1;
	cti_utf8_repair(value, strlen(value), &v, &n_bad, &first_bad);
	g_free(value);
	bool ok = !v.oom;
	size_t a = 0, b = v.len;
	while (a < b && (unsigned char)v.data[a] <= ' ')
		a++;
	while (b > a && (unsigned char)v.data[b - 1] <= ' ')
		b--;
	if (ok && b > a)
		ok = cti_document_add_meta(doc, key, strlen(key), v.data + a, b - a);
	cti_buf_free(&v);
	return ok;
}

static bool add_info(PopplerDocument *pd, struct ct_document *doc)
{
	bool ok = add_meta(doc, "title", poppler_document_get_title(pd)) &&
	          add_meta(doc, "author", poppler_document_get_author(pd)) &&
	          add_meta(doc, "description", poppler_document_get_subject(pd)) &&
	          add_meta(doc, "keywords", poppler_document_get_keywords(pd));
	GDateTime *dt = ok ? poppler_document_get_creation_date_time(pd) : NULL;
	if (dt) {
		/* the date as written in the PDF, in its own time zone */
		ok = add_meta(doc, "date", g_date_time_format(dt, "%Y-%m-%d"));
		g_date_time_unref(dt);
	}
	return ok && add_meta(doc, "creator", poppler_document_get_creator(pd)) &&
	       add_meta(doc, "producer", poppler_document_get_producer(pd));
}

/* Letters of a word, for joining: ASCII letters and any non-ASCII
 * character's bytes. */
static bool letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Whether hay[0, n) contains needle[0, m) (m > 0). */
static bool contains(const char *hay, size_t n, const char *needle, size_t m)
{
	for (const char *p = hay, *end = hay + n;
	     (size_t)(end - p) >= m && (p = memchr(p, needle[0], (size_t)(end - p) - m + 1));
	     p++)
		if (memcmp(p, needle, m) == 0)
			return true;
	return false;
}

/* Append page text p[0, n) to out, joining words hyphenated across lines;
 * all (the whole document's text) tells compounds from broken words. */
static void append_joined(struct cti_buf *out, const char *p, size_t n, const char *all,
                          size_t all_len)
{
	size_t from = 0;
	for (size_t i = 1; i + 2 < n; i++) {
		unsigned char before = (unsigned char)p[i - 1], after = (unsigned char)p[i + 2];
		/* a lower-case letter (or the last byte of "é") on both sides */
		if (p[i] != '-' || p[i + 1] != '\n' ||
		    !((before >= 'a' && before <= 'z') || (before >= 0x80 && before < 0xC0)) ||
		    !(after >= 'a' && after <= 'z'))
			continue;
		size_t a = i, b = i + 2;
		while (a > 0 && letter((unsigned char)p[a - 1]))
			a--;
		while (b < n && letter((unsigned char)p[b]))
			b++;
		/* "word1-word2" written on one line somewhere: a compound */
		bool compound = false;
		size_t wl = b - a - 1;
		char small[128];
		if (wl < sizeof small) {
			memcpy(small, p + a, i - a + 1);
			memcpy(small + (i - a + 1), p + i + 2, b - i - 2);
			compound = contains(all, all_len, small, wl);
		}
		cti_buf_append(out, p + from, compound ? i + 1 - from : i - from);
		from = i + 2;
	}
	cti_buf_append(out, p + from, n - from);
}

/* Pages' text into out; starts[i] receives where page i + 1 starts, and
 * *empty counts pages without text. Such a page starts where the next page
 * with text does (or at the end of the text). */
static ct_status read_pages(PopplerDocument *pd, int n, size_t *starts,
                            struct cti_buf *out, int *empty)
{
	/* first each page's text, cleaned, one after the other in raw */
	struct cti_buf raw;
	cti_buf_init(&raw);
	size_t *ends = malloc(((size_t)n + 1) * sizeof *ends);
	if (!ends)
		return CT_ENOMEM;
	ends[0] = 0;
	for (int i = 0; i < n; i++) {
		PopplerPage *page = poppler_document_get_page(pd, i);
		gchar *t = page ? poppler_page_get_text(page) : NULL;
		size_t before = raw.len;
		if (t)
			append_clean(&raw, t, strlen(t));
		if (raw.len > before)
			cti_buf_putc(&raw, '\n'); /* apart from the next page */
		g_free(t);
		if (page)
			g_object_unref(page);
		ends[i + 1] = raw.len;
	}
	/* then the pages with text, joined words, a blank line between them */
	int waiting = 0;
	*empty = 0;
	for (int i = 0; i < n && !raw.oom; i++) {
		size_t b = ends[i], e = ends[i + 1];
		if (e > b)
			e--; /* the line feed that kept pages apart */
		if (e == b) {
			(*empty)++;
			waiting++;
			continue;
		}
		if (out->len)
			cti_buf_puts(out, "\n\n");
		for (int p = i - waiting; p <= i; p++)
			starts[p] = out->len;
		waiting = 0;
		append_joined(out, raw.data + b, e - b, raw.data, raw.len);
	}
	for (int p = n - waiting; p < n; p++)
		starts[p] = out->len;
	bool oom = raw.oom || out->oom;
	cti_buf_free(&raw);
	free(ends);
	return oom ? CT_ENOMEM : CT_OK;
}

/* The document, once there is text: metadata, page marks, text. */
static ct_status add_document(const struct cti_read_ctx *rc, PopplerDocument *pd, int n,
                              const size_t *starts, struct cti_buf *text)
{
	struct ct_document *doc = cti_source_add(rc->src);
	if (!doc || !add_info(pd, doc))
		return CT_ENOMEM;
	for (int i = 0; i < n; i++)
		if (!cti_document_add_mark(doc, starts[i], CT_MARK_PAGE, (unsigned)i + 1))
			return CT_ENOMEM;
	cti_buf_putc(text, '\n'); /* the last line ends, as in text files */
	struct cti_buf good;
	cti_buf_init(&good);
	size_t n_bad = 0;
	int64_t first_bad = -1;
	cti_utf8_repair(text->data, text->len, &good, &n_bad, &first_bad);
	if (n_bad)
		cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, 0, -1,
		         "the PDF's text layer held %zu invalid UTF-8 sequence%s, "
		         "replaced by U+FFFD", n_bad, n_bad == 1 ? "" : "s");
	bool ok = !text->oom && !good.oom && cti_document_set_text(doc, good.data, good.len);
	cti_buf_free(&good);
	return ok ? CT_OK : CT_ENOMEM;
}

static ct_status read_pdf(const struct cti_read_ctx *rc, const char *data, size_t len)
{
	if (!pdf_sniff(data, len)) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0, 0,
		         "not a PDF: the file is named .pdf but does not start with "
		         "'%%PDF-'; if it is text or HTML, give it the right extension");
		return CT_EUNSUPPORTED;
	}
	GBytes *bytes = g_bytes_new_static(data, len);
	GError *err = NULL;
	PopplerDocument *pd = poppler_document_new_from_bytes(bytes, NULL, &err);
	g_bytes_unref(bytes);
	if (!pd) {
		ct_status st = CT_EPARSE;
		if (err && g_error_matches(err, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED)) {
			st = CT_EUNSUPPORTED;
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, st, rc->path, 0, -1,
			         "encrypted PDF: needs the password; save an unencrypted "
			         "copy (print to PDF, or qpdf --decrypt) and add that");
		} else {
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, st, rc->path, 0, -1,
			         "damaged PDF: %s; download it again, or open and re-save "
			         "it in a PDF viewer",
			         err && err->message ? err->message : "poppler cannot open it");
		}
		if (err)
			g_error_free(err);
		return st;
	}

	int n_pages = poppler_document_get_n_pages(pd), empty = 0;
	size_t *starts = malloc((n_pages > 0 ? (size_t)n_pages : 1) * sizeof *starts);
	struct cti_buf text;
	cti_buf_init(&text);
	ct_status st = starts ? read_pages(pd, n_pages, starts, &text, &empty) : CT_ENOMEM;
	if (st == CT_OK && text.len == 0) {
		if (n_pages == 0)
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, 0, -1,
			         "PDF has no pages; skipped");
		else
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0, -1,
			         "no text layer (scanned images?): needs OCR before casetrace "
			         "can read it (none of its %d page%s has text; e.g. ocrmypdf "
			         "in.pdf out.pdf)", n_pages, n_pages == 1 ? "" : "s");
		st = n_pages == 0 ? CT_EEMPTY : CT_EUNSUPPORTED;
	}
	if (st == CT_OK)
		st = add_document(rc, pd, n_pages, starts, &text);
	if (st == CT_OK && empty)
		cti_diag(rc->diag, rc->ctx, CT_DIAG_NOTE, CT_OK, rc->path, 0, -1,
		         "%d of %d pages have no text layer (images or blank pages); "
		         "their text, if any, needs OCR", empty, n_pages);
	g_object_unref(pd);
	free(starts);
	cti_buf_free(&text);
	return st;
}

static const char *const exts[] = {".pdf", NULL};

const struct cti_format cti_format_pdf = {
	.name = "pdf",
	.exts = exts,
	.raw = true,
	.sniff = pdf_sniff,
	.read = read_pdf,
};
