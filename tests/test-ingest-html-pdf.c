/* test-ingest-html-pdf.c — the HTML reader (libxml2) and the PDF reader
 * (poppler-glib) through the public API: metadata, article text without
 * page furniture, entities, lists, malformed markup, encodings, page text
 * and page marks, and the clear refusals (encrypted, scanned, damaged PDF;
 * empty page; a file whose extension lies). Fixtures: tests/data/html/ and
 * tests/data/pdf/ (the PDFs come from tests/data/make-pdfs.sh). */
#include <casetrace/ingest.h>
#include "ct-test.h"

/* ---- fixtures ------------------------------------------------------------ */

/* out = a + b + c, which must fit. */
static void join3(char *out, size_t cap, const char *a, const char *b, const char *c)
{
	int n = snprintf(out, cap, "%s%s%s", a, b, c);
	ck_assert(n >= 0 && (size_t)n < cap);
}

static void join(char *out, size_t cap, const char *a, const char *b)
{
	join3(out, cap, a, b, "");
}

/* tests/data in the source tree: $CT_TEST_DATA, else next to this file
 * (__FILE__ is absolute, or relative to the build root, which is the parent
 * of the folder holding this program). */
static const char *data_dir(void)
{
	static char dir[PATH_MAX];
	if (dir[0])
		return dir;
	char src[PATH_MAX];
	join(src, sizeof src, __FILE__, "");
	char *slash = strrchr(src, '/');
	if (slash)
		*slash = '\0';
	else
		join(src, sizeof src, ".", "");
	char cand[3][PATH_MAX];
	int n = 0;
	const char *env = getenv("CT_TEST_DATA");
	if (env)
		join(cand[n++], PATH_MAX, env, "");
	if (src[0] == '/') {
		join(cand[n++], PATH_MAX, src, "/data");
	} else {
		char exe[PATH_MAX];
		ssize_t l = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (l > 0) {
			exe[l] = '\0';
			for (int up = 0; up < 2; up++) { /* the program, then its folder */
				char *s = strrchr(exe, '/');
				if (s)
					*s = '\0';
			}
			char up[PATH_MAX];
			join3(up, sizeof up, exe, "/", src);
			join(cand[n++], PATH_MAX, up, "/data");
		}
		join(cand[n++], PATH_MAX, src, "/data");
	}
	for (int i = 0; i < n; i++) {
		char probe[PATH_MAX];
		join(probe, sizeof probe, cand[i], "/pdf/meridian-3pages.pdf");
		if (access(probe, R_OK) == 0) {
			join(dir, sizeof dir, cand[i], "");
			return dir;
		}
	}
	ck_abort_msg("tests/data not found from %s; set CT_TEST_DATA", __FILE__);
	return NULL;
}

/* The bytes of a fixture (malloc'd; NUL added). */
static char *slurp(const char *rel, size_t *len)
{
	char path[PATH_MAX];
	join3(path, sizeof path, data_dir(), "/", rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *d = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(d);
	ck_assert_uint_eq(fread(d, 1, (size_t)n, f), (size_t)n);
	d[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return d;
}

/* Parse bytes named path; the single document, or NULL (status in *st). */
static ct_source *parse_bytes(const char *path, const char *data, size_t len,
                              struct ct_diags *d, ct_status *st)
{
	ct_source *src = NULL;
	*st = ct_source_parse(path, data, len, NULL, ct_collect, d, &src);
	if (*st == CT_OK) {
		ck_assert_ptr_nonnull(src);
		ck_assert_uint_eq(ct_source_count(src), 1);
	} else {
		ck_assert_ptr_null(src);
	}
	return src;
}

static ct_source *parse_str(const char *path, const char *s, struct ct_diags *d,
                            ct_status *st)
{
	return parse_bytes(path, s, strlen(s), d, st);
}

static ct_source *parse_fixture(const char *rel, struct ct_diags *d, ct_status *st)
{
	size_t len;
	char *data = slurp(rel, &len);
	char path[PATH_MAX];
	join(path, sizeof path, "/src/", rel);
	ct_source *src = parse_bytes(path, data, len, d, st);
	free(data);
	return src;
}

static const char *text_of(const ct_source *src)
{
	size_t len;
	const char *t = ct_document_text(ct_source_document(src, 0), &len);
	ck_assert_uint_eq(strlen(t), len);
	return t;
}

static const char *meta(const ct_source *src, const char *key)
{
	return ct_document_meta(ct_source_document(src, 0), key);
}

#define assert_has(hay, needle) \
	ck_assert_msg(strstr((hay), (needle)) != NULL, "'%s' not in:\n%s", (needle), (hay))
#define assert_lacks(hay, needle) \
	ck_assert_msg(strstr((hay), (needle)) == NULL, "'%s' found in:\n%s", (needle), (hay))

/* ---- HTML ---------------------------------------------------------------- */

START_TEST(html_saved_page_meta_and_article)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("html/meridian-tarvik.html", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n, 0);
	ck_assert_str_eq(ct_source_format(src), "html");
	ck_assert_str_eq(ct_document_format(ct_source_document(src, 0)), "html");
	ck_assert_str_eq(meta(src, "title"), "Velmorian Troops Leave Tarvik in Overnight Move");
	ck_assert_str_eq(meta(src, "author"), "Dana Whitfield"); /* not the profile URL */
	ck_assert_str_eq(meta(src, "date"), "2007-09-03"); /* the meta, not <time> */
	ck_assert_str_eq(meta(src, "outlet"), "Meridian Post");
	ck_assert_str_eq(meta(src, "description"),
	                 "About 550 soldiers left the Palace base before dawn.");
	ck_assert_str_eq(meta(src, "url"),
	                 "https://meridian-post.example/2007/09/03/velmoria-tarvik");
	ck_assert_str_eq(meta(src, "lang"), "en-US");

	const char *t = text_of(src);
	/* the article's own header: headline and byline */
	static const char head[] = "Velmorian Troops Leave Tarvik in Overnight Move\n\n"
	                           "By Dana Whitfield\n\nSept. 2, 2007\n\nTARVIK";
	ck_assert_int_eq(strncmp(t, head, sizeof head - 1), 0);
	/* white space collapsed, entities decoded, inline elements flow */
	assert_has(t, "\n\nTARVIK, Harrow Province \xE2\x80\x94 About 550 Velmorian soldiers "
	              "left the Palace base in Tarvik on the night of Sept. 2, handing the "
	              "compound to Caldoran police before dawn.\n\n");
	assert_has(t, "\xE2\x80\x9CWe were told at midnight,\xE2\x80\x9D said a caf\xC3\xA9 "
	              "owner near the gate. \xE2\x80\x9C" "By morning the flag was gone & so "
	              "were the trucks.\xE2\x80\x9D\n\n");
	assert_has(t, "\n\nThe move is part of a long-planned adjustment, not a retreat.\n\n");
	assert_has(t, "\n\n- Troops leave the Palace base in Tarvik.\n\n"
	              "- The remaining force consolidates at the airport base.\n\n"
	              "- Harrow Province passes to Caldoran control in December.\n\n");
	assert_has(t, "\n\nBase | Troops\n\nPalace base | 550\n");
	ck_assert_int_eq(t[strlen(t) - 1], '\n');
	assert_lacks(t, "\n\n\n");
	static const char *const absent[] = {
		"SITE-HEADER-TEXT", "NAV-TEXT", "ASIDE-TEXT", "ASIDE-ARTICLE-TEXT",
		"HIDDEN-TEXT", "INVISIBLE-TEXT", "NOSCRIPT-TEXT", "FORM-TEXT",
		"ARTICLE-FOOTER-TEXT", "FOOTER-TEXT", "SCRIPT-TEXT", "SCRIPT2-TEXT",
		"STYLE-TEXT", "Georgia", "| Meridian Post", "saved from",
	};
	for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
		assert_lacks(t, absent[i]);
	ct_source_free(src);
}
END_TEST

START_TEST(html_meta_fallbacks)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/page.htm",
	    "<!doctype html><html><head>\n"
	    "<meta http-equiv=\"Content-Language\" content=\"en-GB\">\n"
	    "<title>  Handover   Date Set\n for Harrow &ndash; The Northgate Herald</title>\n"
	    "<meta name=\"application-name\" content=\"The Northgate Herald\">\n"
	    "<meta name=\"byl\" content=\"By Thomas Hardwick\">\n"
	    "<meta name=\"DC.date\" content=\"10 September 2007\">\n"
	    "<meta name=\"description\" content=\"Drawdown to 2,500 troops.\">\n"
	    "<link rel=\"canonical\" href=\"https://northgate-herald.example/handover\">\n"
	    "</head><body><p>The government announced the drawdown.</p></body></html>\n",
	    &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(meta(src, "title"), "Handover Date Set for Harrow");
	ck_assert_str_eq(meta(src, "author"), "Thomas Hardwick");
	ck_assert_str_eq(meta(src, "date"), "2007-09-10");
	ck_assert_str_eq(meta(src, "outlet"), "The Northgate Herald");
	ck_assert_str_eq(meta(src, "description"), "Drawdown to 2,500 troops.");
	ck_assert_str_eq(meta(src, "url"), "https://northgate-herald.example/handover");
	ck_assert_str_eq(meta(src, "lang"), "en-GB");
	ck_assert_str_eq(text_of(src), "The government announced the drawdown.\n");
	ct_source_free(src);

	/* no <title>: the first <h1>; the date of <time> in the article;
	 * several authors joined */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/b.html",
	    "<html><head><meta name=author content='Dana Whitfield'>"
	    "<meta name=author content='Jonas Reyes'></head><body>"
	    "<article><h1>Port Edel <i>Quiet</i></h1><time datetime=\"2007-12-16\">Sunday"
	    "</time><p>Text.</p></article></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(meta(src, "title"), "Port Edel Quiet");
	ck_assert_str_eq(meta(src, "date"), "2007-12-16");
	ck_assert_str_eq(meta(src, "author"), "Dana Whitfield; Jonas Reyes");
	ck_assert_ptr_null(meta(src, "outlet"));
	ck_assert_ptr_null(meta(src, "lang"));
	ct_source_free(src);

	/* <meta name=date> beats <time>; dc.creator */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/c.html",
	    "<html lang=de><head><meta name=date content='2007-09-04'>"
	    "<meta name=dc.creator content='Lena Vogt'></head><body>"
	    "<main><time datetime=2001-01-01>x</time><p>Abzug aus Tarvik.</p></main>"
	    "</body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(meta(src, "date"), "2007-09-04");
	ck_assert_str_eq(meta(src, "author"), "Lena Vogt");
	ck_assert_str_eq(meta(src, "lang"), "de");
	ct_source_free(src);
}
END_TEST

START_TEST(html_main_then_body)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/m.html",
	    "<html><body><div id=menu>MENU-TEXT</div>"
	    "<div role=main><h2>Drawdown</h2><p>Main text.</p></div>"
	    "<div>OTHER-TEXT</div></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src), "Drawdown\n\nMain text.\n");
	ct_source_free(src);

	/* no article, no main: the body without its furniture */
	src = parse_str("/x/b.html",
	    "<html><body><nav>NAV</nav><h2>Body</h2><div>Line <b>one</b>.</div>"
	    "text<br>after break<footer>FOOT</footer></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src), "Body\n\nLine one.\n\ntext\n\nafter break\n");
	ct_source_free(src);

	/* a page built inside one <form> (ASP.NET) still gives its text */
	src = parse_str("/x/f.aspx.html",
	    "<html><body><form id=aspnetForm><header>Site</header>"
	    "<div class=content><p>Inside the form.</p></div></form></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	assert_has(text_of(src), "Inside the form.\n");
	ct_source_free(src);
}
END_TEST

START_TEST(html_entities_pre_and_spaces)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/e.html",
	    "<html><body><p>Fish &amp; chips, caf&eacute;, &#8220;quoted&#8221;, "
	    "&#x2014; dash, A&nbsp;B, with&shy;drawal, &lt;tag&gt;, unknown &bogus; x</p>"
	    "<pre>\nline 1\n  line 2\n\nline 4</pre><p>after</p></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src),
	    "Fish & chips, caf\xC3\xA9, \xE2\x80\x9Cquoted\xE2\x80\x9D, \xE2\x80\x94 dash, "
	    "A B, withdrawal, <tag>, unknown &bogus; x\n\n"
	    "line 1\n  line 2\n\nline 4\n\nafter\n");
	ct_source_free(src);
}
END_TEST

START_TEST(html_lists)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/l.html",
	    "<!DOCTYPE html><html><body><p>Claims:</p><ul>\n"
	    "  <li>First claim\n about Tarvik</li>\n"
	    "  <li></li>\n"
	    "  <li>Second <a href=#>claim</a>\n"
	    "    <ol><li>nested one</li><li>nested two</li></ol></li>\n"
	    "</ul><ol><li>numbered</li></ol></body></html>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src),
	    "Claims:\n\n- First claim about Tarvik\n\n- Second claim\n\n"
	    "- nested one\n\n- nested two\n\n- numbered\n");
	ct_source_free(src);
}
END_TEST

START_TEST(html_malformed_still_read)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/bad.html",
	    "<html><head><title>Broken page</title><body>\n"
	    "<p>Velmorian <b>troops <i>left</b> Tarvik\n"
	    "<p>at <div>night</span> on 2 <u>September\n"
	    "<table><tr><td>cell<td>next\n"
	    "<p>unterminated attribute <a href=\"x>link text\n", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	const char *t = text_of(src);
	assert_has(t, "Velmorian troops left Tarvik\n\n");
	assert_has(t, "at\n\nnight on 2 September");
	assert_has(t, "cell | next");
	assert_has(t, "unterminated attribute");
	ck_assert_str_eq(meta(src, "title"), "Broken page");
	ct_source_free(src);

	/* nesting deeper than libxml2's default limit (256) */
	size_t depth = 3000, n = 0;
	char *deep = malloc(depth * 5 + 64);
	ck_assert_ptr_nonnull(deep);
	n += (size_t)snprintf(deep, 64, "<html><body>");
	for (size_t i = 0; i < depth; i++, n += 5)
		memcpy(deep + n, "<div>", 5);
	memcpy(deep + n, "deep text</body></html>", 24);
	src = parse_str("/x/deep.html", deep, &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src), "deep text\n");
	ct_source_free(src);
	free(deep);
}
END_TEST

START_TEST(html_without_text_skipped)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/empty.html",
	    "<!DOCTYPE html><html><head><title>Loading...</title>"
	    "<script>load('article')</script></head>"
	    "<body>  <nav><a href=/>Home</a></nav> <div id=app></div>\n"
	    "<script>render()</script></body></html>", &d, &st);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(st, CT_EEMPTY);
	ck_assert_int_eq(d.n_skip, 1);
	ck_assert_int_eq(d.n, 1);
	assert_has(d.last, "no text in this HTML page");
}
END_TEST

START_TEST(html_extension_without_html)
{
	struct ct_diags d = {0};
	ct_status st;
	/* text in a .html file: read as text, with a warning */
	ct_source *src = parse_str("/x/notes.html",
	    "Notes from Tarvik, 3 Sept.\r\n\r\nTroops left at night; 2 < 3.\r\n", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n_warn, 1);
	assert_has(d.last, "no HTML markup");
	ck_assert_str_eq(ct_source_format(src), "html");
	ck_assert_str_eq(text_of(src), "Notes from Tarvik, 3 Sept.\n\nTroops left at night; 2 < 3.\n");
	ct_source_free(src);

	/* binary data in a .htm file */
	memset(&d, 0, sizeof d);
	static const char zip[] = "PK\003\004\024\000\000\000\010\000binary";
	src = parse_bytes("/x/page.htm", zip, sizeof zip - 1, &d, &st);
	ck_assert_int_eq(st, CT_EUNSUPPORTED);
	ck_assert_int_eq(d.n_skip, 1);
	assert_has(d.last, "not HTML");

	/* white space only */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/blank.html", " \n\t\n", &d, &st);
	ck_assert_int_eq(st, CT_EEMPTY);
	ck_assert_int_eq(d.n_skip, 1);
}
END_TEST

START_TEST(html_sniffed_by_content)
{
	struct ct_diags d = {0};
	ct_status st;
	static const char *const yes[] = {
		"<!DOCTYPE html><html><body><p>Text.</p></body></html>",
		"\xEF\xBB\xBF\n  <!doctype HTML>\n<p>Text.</p>",
		"<!-- saved from url=(0022)http://x.example/ -->\n<HTML lang=en><p>Text.</p>",
		/* one string over two lines (parenthesised for clang's
		 * -Wstring-concatenation) */
		("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" "
		 "\"x\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Text.</p></body></html>"),
	};
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		ct_source *src = parse_str("/x/download", yes[i], &d, &st);
		ck_assert_msg(st == CT_OK, "%zu: %s", i, d.all);
		ck_assert_str_eq(ct_source_format(src), "html");
		ck_assert_str_eq(text_of(src), "Text.\n");
		ct_source_free(src);
	}
	static const char *const no[] = {
		"Notes: the <html> tag came later.",
		"<htmlish>",
		"# Heading\n\n<!DOCTYPE html>",
	};
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
		ct_source *src = parse_str("/x/notes.txt", no[i], &d, &st);
		ck_assert_int_eq(st, CT_OK);
		ck_assert_str_eq(ct_source_format(src), "text");
		ct_source_free(src);
	}
}
END_TEST

START_TEST(html_encodings)
{
	struct ct_diags d = {0};
	ct_status st;
	/* declared windows-1252 (and "iso-8859-1", which browsers read as 1252) */
	static const char *const decl[] = {
		"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93" "Caf\xE9\x94</p>",
		"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
		"charset=ISO-8859-1\"></head><body><p>\x93" "Caf\xE9\x94</p>",
		"<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>\x93" "Caf\xE9\x94</p>",
	};
	for (size_t i = 0; i < sizeof decl / sizeof decl[0]; i++) {
		memset(&d, 0, sizeof d);
		ct_source *src = parse_str("/x/cp.html", decl[i], &d, &st);
		ck_assert_msg(st == CT_OK, "%s", d.all);
		ck_assert_int_eq(d.n, 0);
		ck_assert_str_eq(text_of(src), "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D\n");
		ct_source_free(src);
	}
	/* undeclared, not UTF-8: read as windows-1252 with a warning */
	memset(&d, 0, sizeof d);
	ct_source *src = parse_str("/x/u.html", "<html><body><p>Caf\xE9 \x96 bar</p>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_int_eq(d.last_offset, 18);
	assert_has(d.last, "Windows-1252");
	ck_assert_str_eq(text_of(src), "Caf\xC3\xA9 \xE2\x80\x93 bar\n");
	ct_source_free(src);
	/* declared UTF-8 but not: U+FFFD with a warning at the offset */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/v.html", "<meta charset=utf-8><p>Caf\xE9!</p>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_int_eq(d.last_offset, 26);
	ck_assert_str_eq(text_of(src), "Caf\xEF\xBF\xBD!\n");
	ct_source_free(src);
	/* UTF-8 byte order mark, undeclared UTF-8 */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/w.html", "\xEF\xBB\xBF<p>Caf\xC3\xA9 \xE2\x80\x94 ok</p>", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n, 0);
	ck_assert_str_eq(text_of(src), "Caf\xC3\xA9 \xE2\x80\x94 ok\n");
	ct_source_free(src);
	/* UTF-16 with a byte order mark */
	static const char u16[] = "\xFF\xFE<\0p\0>\0C\0a\0f\0\xE9\0<\0/\0p\0>\0";
	memset(&d, 0, sizeof d);
	src = parse_bytes("/x/u16.html", u16, sizeof u16 - 1, &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(text_of(src), "Caf\xC3\xA9\n");
	ct_source_free(src);
}
END_TEST

/* ---- PDF ----------------------------------------------------------------- */

START_TEST(pdf_pages_marks_and_meta)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("pdf/meridian-3pages.pdf", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n, 0);
	ck_assert_str_eq(ct_source_format(src), "pdf");
	const ct_document *doc = ct_source_document(src, 0);
	ck_assert_str_eq(meta(src, "title"), "Velmorian Troops Quit Tarvik");
	ck_assert_str_eq(meta(src, "author"), "Dana Whitfield");
	ck_assert_str_eq(meta(src, "description"), "Meridian Post print edition, page A1");
	ck_assert_str_eq(meta(src, "keywords"), "Velmoria; Tarvik; withdrawal");
	ck_assert_str_eq(meta(src, "date"), "2007-09-04");
	ck_assert_str_eq(meta(src, "creator"), "Meridian Post layout desk");
	ck_assert_str_eq(meta(src, "producer"), "casetrace make-pdfs.sh");

	const char *t = text_of(src);
	static const char *const starts[] = {
		"VELMORIAN TROOPS QUIT TARVIK UNDER COVER OF NIGHT\nTARVIK, Harrow Province",
		"The move was the first step of a withdrawal that Velmorian officers",
		"A spokesman for Task Force Harrow",
	};
	size_t n = 0;
	const ct_mark *m = ct_document_marks(doc, &n);
	ck_assert_uint_eq(n, 3);
	for (size_t i = 0; i < 3; i++) {
		ck_assert_int_eq(m[i].kind, CT_MARK_PAGE);
		ck_assert_uint_eq(m[i].value, i + 1);
		ck_assert_msg(strncmp(t + m[i].offset, starts[i], strlen(starts[i])) == 0,
		              "page %zu at %zu: %.40s", i + 1, m[i].offset, t + m[i].offset);
		if (i) /* a blank line between pages, none inside */
			ck_assert_int_eq(memcmp(t + m[i].offset - 3, ".\n\n", 3), 0);
	}
	ck_assert_uint_eq(m[0].offset, 0);
	assert_has(t, "Port Edel & Tarvik said the caf\xC3\xA9 near the gate");
	/* hyphens at line ends: a broken word joined, a compound the document
	 * also writes whole kept, a capital after the hyphen left as printed */
	assert_has(t, "citing a long-term\nplan");
	assert_has(t, "in a long-term arrangement, until the Anglo-\nCaldoran handover");
	assert_lacks(t, "with-");
	assert_lacks(t, "\f");
	assert_lacks(t, "\r");
	assert_lacks(t, "\n\n\n");
	assert_lacks(t, " \n");
	ck_assert_str_eq(t + strlen(t) - 14, "for December.\n");
	ct_source_free(src);
}
END_TEST

START_TEST(pdf_page_without_text)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("pdf/blank-middle.pdf", &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_int_eq(d.n, 1); /* a note: 1 of 3 pages without text */
	assert_has(d.last, "1 of 3 pages have no text");
	const char *t = text_of(src);
	ck_assert_str_eq(t, "Notes on the Harrow handover, first page.\n\n"
	                    "Third page: the December handover to Caldoran control.\n");
	size_t n = 0;
	const ct_mark *m = ct_document_marks(ct_source_document(src, 0), &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(m[0].offset, 0);
	ck_assert_uint_eq(m[1].value, 2);
	ck_assert_uint_eq(m[2].value, 3);
	/* page 2 has no text: its mark is where page 3 starts */
	ck_assert_uint_eq(m[1].offset, m[2].offset);
	ck_assert_int_eq(strncmp(t + m[2].offset, "Third page", 10), 0);
	ct_source_free(src);
}
END_TEST

START_TEST(pdf_scanned_needs_ocr)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("pdf/scanned.pdf", &d, &st);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(st, CT_EUNSUPPORTED);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_skip, 1);
	assert_has(d.last, "no text layer");
	assert_has(d.last, "needs OCR");
}
END_TEST

START_TEST(pdf_encrypted)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("pdf/encrypted.pdf", &d, &st);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(st, CT_EUNSUPPORTED);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_skip, 1);
	assert_has(d.last, "encrypted PDF: needs the password; save an unencrypted copy");
}
END_TEST

START_TEST(pdf_truncated_damaged)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_fixture("pdf/truncated.pdf", &d, &st);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(st, CT_EPARSE);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_msg(strncmp(d.last, "damaged PDF: ", 13) == 0, "%s", d.last);

	/* the first half of the good file, made here too */
	size_t len;
	char *data = slurp("pdf/meridian-3pages.pdf", &len);
	memset(&d, 0, sizeof d);
	src = parse_bytes("/x/cut.pdf", data, len / 2, &d, &st);
	ck_assert_int_eq(st, CT_EPARSE);
	assert_has(d.last, "damaged PDF: ");
	/* only the header */
	memset(&d, 0, sizeof d);
	src = parse_bytes("/x/cut.pdf", data, 9, &d, &st);
	ck_assert_int_eq(st, CT_EPARSE);
	assert_has(d.last, "damaged PDF: ");
	free(data);
}
END_TEST

START_TEST(pdf_extension_on_text)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/report.pdf",
	    "Report on the Tarvik withdrawal, saved as text.\n", &d, &st);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(st, CT_EUNSUPPORTED);
	ck_assert_int_eq(d.n_skip, 1);
	assert_has(d.last, "not a PDF");
	ck_assert_int_eq(d.last_offset, 0);
}
END_TEST

START_TEST(pdf_sniffed_without_extension)
{
	struct ct_diags d = {0};
	ct_status st;
	size_t len;
	char *data = slurp("pdf/meridian-3pages.pdf", &len);
	ct_source *src = parse_bytes("/x/download.bin", data, len, &d, &st);
	ck_assert_msg(st == CT_OK, "%s", d.all);
	ck_assert_str_eq(ct_source_format(src), "pdf");
	ct_source_free(src);
	free(data);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("ingest-html-pdf");
	TCase *h = tcase_create("html");
	tcase_add_test(h, html_saved_page_meta_and_article);
	tcase_add_test(h, html_meta_fallbacks);
	tcase_add_test(h, html_main_then_body);
	tcase_add_test(h, html_entities_pre_and_spaces);
	tcase_add_test(h, html_lists);
	tcase_add_test(h, html_malformed_still_read);
	tcase_add_test(h, html_without_text_skipped);
	tcase_add_test(h, html_extension_without_html);
	tcase_add_test(h, html_sniffed_by_content);
	tcase_add_test(h, html_encodings);
	suite_add_tcase(s, h);
	TCase *p = tcase_create("pdf");
	tcase_add_test(p, pdf_pages_marks_and_meta);
	tcase_add_test(p, pdf_page_without_text);
	tcase_add_test(p, pdf_scanned_needs_ocr);
	tcase_add_test(p, pdf_encrypted);
	tcase_add_test(p, pdf_truncated_damaged);
	tcase_add_test(p, pdf_extension_on_text);
	tcase_add_test(p, pdf_sniffed_without_extension);
	suite_add_tcase(s, p);
	return s;
}

CT_TEST_MAIN(suite)
