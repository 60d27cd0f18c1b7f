/* fmt-html.c — saved web pages through libxml2's HTML parser (which
 * recovers from malformed markup and decodes entities).
 *
 * Encoding: a byte order mark, else a charset declared in the first 8 KB
 * (<meta charset>, <meta http-equiv=Content-Type>, <?xml encoding?>), with
 * the WHATWG reading of "iso-8859-1" / "us-ascii" as Windows-1252; else
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (with a warning).
 * Invalid bytes in a page read as UTF-8 become U+FFFD (with a warning).
 *
 * Metadata, lower-case keys: title (og:title, Dublin Core, <title> without a
 * trailing " | Site name", first <h1>), author (<meta name=author>,
 * article:author unless a URL, byl without "By ", dc.creator, ...), date
 * (article:published_time, <meta name=date>, dc.date, ..., else the first
 * <time datetime> of the article), outlet (og:site_name, ...), description,
 * url (og:url, canonical link), lang (<html lang>, Content-Language).
 * Several values of the winning source (two authors) are joined with "; ".
 *
 * Text: the largest <article>, else <main> (or role=main), else <body>,
 * without script, style, nav, aside, footer, form, iframe, svg, hidden
 * elements and the like; <header> is dropped too except inside an
 * <article> (where it holds the headline and byline). Block elements
 * (p, div, headings, li, blockquote, tr, br, ...) end paragraphs, which are
 * separated by blank lines; white space inside a paragraph is collapsed
 * (no-break spaces become spaces, soft hyphens and zero-width spaces go);
 * <pre> keeps its lines; list items start with "- "; table cells in a row
 * are joined with " | ". When that leaves nothing, <body> is read again
 * keeping forms, headers and footers (pages built inside one big <form>).
 * A .html file without any markup is read as plain text, with a warning. */
#include "ingest/ingest-private.h"

#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#pragma GCC diagnostic pop

#define SNIFF_LIMIT 1024   /* <html> must start within this many bytes */
#define PRESCAN_LIMIT 8192 /* charset declarations are looked for here */

/* ---- small string helpers ------------------------------------------------ */

static bool is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Case-insensitive: does [p, end) start with lit? */
static bool starts_ci(const char *p, const char *end, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(end - p) >= n && strncasecmp(p, lit, n) == 0;
}

/* First case-insensitive occurrence of lit in [p, end), or NULL. */
static const char *find_ci(const char *p, const char *end, const char *lit)
{
	size_t n = strlen(lit);
	for (; (size_t)(end - p) >= n; p++)
		if (strncasecmp(p, lit, n) == 0)
			return p;
	return NULL;
}

static const char *find_lit(const char *p, const char *end, const char *lit)
{
	size_t n = strlen(lit);
	for (; (size_t)(end - p) >= n; p++)
		if (memcmp(p, lit, n) == 0)
			return p;
	return NULL;
}

/* Skip white space, comments and an XML declaration / processing
 * instructions at p (the prolog of a saved page). */
static const char *skip_prolog(const char *p, const char *end)
{
	for (;;) {
		while (p < end && is_ws((unsigned char)*p))
			p++;
		const char *close = NULL;
		if (starts_ci(p, end, "<!--"))
			close = find_lit(p + 4, end, "-->");
		else if (starts_ci(p, end, "<?"))
			close = find_lit(p + 2, end, "?>");
		else
			return p;
		if (!close)
			return end;
		p = close + (*close == '-' ? 3 : 2);
	}
}

/* ---- sniffing ------------------------------------------------------------ */

static bool html_sniff(const char *head, size_t len)
{
	const char *end = head + (len < SNIFF_LIMIT ? len : SNIFF_LIMIT);
	const char *p = head;
	if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	p = skip_prolog(p, end);
	const char *tag = NULL;
	if (starts_ci(p, end, "<!doctype"))
		tag = p + 9;
	else if (starts_ci(p, end, "<html"))
		return end - p == 5 || is_ws((unsigned char)p[5]) || p[5] == '>';
	if (!tag)
		return false;
	while (tag < end && is_ws((unsigned char)*tag))
		tag++;
	return starts_ci(tag, end, "html") &&
	       (end - tag == 4 || is_ws((unsigned char)tag[4]) || tag[4] == '>');
}

/* ---- encoding ------------------------------------------------------------ */

/* Copy a charset token at p (after "charset" or "encoding") into out. */
static bool read_label(const char *p, const char *end, char *out, size_t cap)
{
	while (p < end && is_ws((unsigned char)*p))
		p++;
	if (p >= end || *p != '=')
		return false;
	p++;
	while (p < end && (is_ws((unsigned char)*p) || *p == '"' || *p == '\''))
		p++;
	size_t n = 0;
	while (p < end && n + 1 < cap &&
	       ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	        (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
		out[n++] = *p++;
	out[n] = '\0';
	return n > 0;
}

/* A charset declared in the first bytes: <?xml encoding?>, <meta charset>,
 * <meta http-equiv content="...; charset=...">. */
static bool declared_charset(const char *data, size_t len, char *out, size_t cap)
{
	const char *end = data + (len < PRESCAN_LIMIT ? len : PRESCAN_LIMIT);
	const char *p = data;
	while (p < end && is_ws((unsigned char)*p))
		p++;
	if (starts_ci(p, end, "<?xml")) {
		const char *close = find_lit(p, end, "?>");
		const char *enc = find_ci(p, close ? close : end, "encoding");
		if (enc && read_label(enc + 8, close ? close : end, out, cap))
			return true;
	}
	for (p = data; (p = find_ci(p, end, "<meta")) != NULL; p += 5) {
		const char *close = memchr(p, '>', (size_t)(end - p));
		const char *stop = close ? close : end;
		const char *cs = find_ci(p, stop, "charset");
		if (cs && read_label(cs + 7, stop, out, cap))
			return true;
	}
	return false;
}

/* Where the bytes stop being valid UTF-8, or -1. */
static int64_t utf8_invalid_at(const char *data, size_t len)
{
	const unsigned char *s = (const unsigned char *)data;
	for (size_t i = 0; i < len;) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = cti_utf8_seq(s + i, len - i);
		if (!k)
			return (int64_t)i;
		i += k;
	}
	return -1;
}

static bool encoding_known(const char *name)
{
	xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(name);
	if (!h)
		return false;
	xmlCharEncCloseFunc(h);
	return true;
}

/* ---- metadata ------------------------------------------------------------ */

enum { M_TITLE, M_AUTHOR, M_DATE, M_OUTLET, M_DESCRIPTION, M_URL, M_LANG, M_N };

static const char *const meta_keys[M_N] = {
	"title", "author", "date", "outlet", "description", "url", "lang",
};

/* <meta name|property|itemprop=...> names for each key, best first. */
static const char *const meta_names[M_N][14] = {
	[M_TITLE] = {"og:title", "dc.title", "dcterms.title", "citation_title",
	             "twitter:title", "headline", NULL},
	[M_AUTHOR] = {"author", "article:author", "byl", "dc.creator", "dcterms.creator",
	              "citation_author", "parsely-author", "sailthru.author",
	              "article.author", NULL},
	[M_DATE] = {"article:published_time", "date", "dc.date", "dc.date.issued",
	            "dcterms.date", "dcterms.issued", "dcterms.created",
	            "citation_publication_date", "citation_date", "datepublished",
	            "pubdate", "publish-date", "og:published_time", "parsely-pub-date"},
	[M_OUTLET] = {"og:site_name", "dc.publisher", "dcterms.publisher", "publisher",
	              "citation_journal_title", "application-name", NULL},
	[M_DESCRIPTION] = {"og:description", "description", "dc.description",
	                   "dcterms.description", "twitter:description", NULL},
	[M_URL] = {"og:url", NULL},
	[M_LANG] = {"dc.language", "dcterms.language", NULL},
};

#define NO_RANK INT_MAX
#define META_RANK 10 /* ranks of <meta> names: META_RANK + index */

struct meta_slot {
	int rank;            /* where the value came from, lower is better */
	struct cti_buf val;  /* values of that source, "; "-joined */
};

struct page_meta {
	struct meta_slot s[M_N];
	struct cti_buf tmp;
	const xmlNode *title_el;    /* <title> in <head> */
	const char *canonical;      /* <link rel=canonical href> */
	const char *html_lang;      /* <html lang> */
	const char *content_lang;   /* <meta http-equiv=content-language> */
};

static bool name_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name &&
	       strcasecmp((const char *)n->name, name) == 0;
}

/* The value of attribute name of n (borrowed from the tree), or NULL. */
static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (a->name && strcasecmp((const char *)a->name, name) == 0)
			return a->children && a->children->type == XML_TEXT_NODE
			           ? (const char *)a->children->content
			           : "";
	return NULL;
}

/* Append s to out with white space collapsed and trimmed, no-break spaces
 * as spaces. */
static void put_collapsed(struct cti_buf *out, const char *s)
{
	bool space = false;
	size_t start = out->len;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (is_ws(*p) || (p[0] == 0xC2 && p[1] == 0xA0)) {
			if (*p == 0xC2)
				p++;
			space = true;
			continue;
		}
		if (space && out->len > start)
			cti_buf_putc(out, ' ');
		space = false;
		cti_buf_putc(out, (char)*p);
	}
}

/* Offer value v for key k from source rank r. */
static void offer(struct page_meta *m, int k, int rank, const char *v)
{
	struct meta_slot *s = &m->s[k];
	if (!v || rank > s->rank)
		return;
	cti_buf_reset(&m->tmp);
	put_collapsed(&m->tmp, v);
	if (m->tmp.len == 0)
		return;
	const char *t = m->tmp.data;
	if (k == M_AUTHOR) {
		if (starts_ci(t, t + m->tmp.len, "http://") ||
		    starts_ci(t, t + m->tmp.len, "https://"))
			return; /* article:author as a profile link */
		if (starts_ci(t, t + m->tmp.len, "by "))
			t += 3;
	}
	if (rank < s->rank) {
		s->rank = rank;
		cti_buf_reset(&s->val);
	} else if (k != M_AUTHOR || strstr(s->val.data, t)) {
		return; /* one value, or an author named twice */
	} else {
		cti_buf_puts(&s->val, "; ");
	}
	cti_buf_puts(&s->val, t);
}

/* The next node after n in document order under top (into: n's children). */
static xmlNode *next_node(xmlNode *n, const xmlNode *top, bool into)
{
	if (into && n->children)
		return n->children;
	while (n && n != top && !n->next)
		n = n->parent;
	return n && n != top ? n->next : NULL;
}

static void scan_meta(xmlNode *top, struct page_meta *m)
{
	for (xmlNode *n = top; n; n = next_node(n, top, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "html")) {
			const char *l = attr(n, "lang");
			if (!l)
				l = attr(n, "xml:lang");
			if (l && *l && !m->html_lang)
				m->html_lang = l;
		} else if (name_is(n, "title") && name_is(n->parent, "head")) {
			if (!m->title_el)
				m->title_el = n;
		} else if (name_is(n, "link")) {
			const char *rel = attr(n, "rel"), *href = attr(n, "href");
			if (rel && href && *href && strcasecmp(rel, "canonical") == 0 &&
			    !m->canonical)
				m->canonical = href;
		} else if (name_is(n, "meta")) {
			const char *content = attr(n, "content");
			const char *he = attr(n, "http-equiv");
			if (!content)
				continue;
			if (he && strcasecmp(he, "content-language") == 0 && !m->content_lang)
				m->content_lang = content;
			const char *which[3] = {attr(n, "name"), attr(n, "property"),
			                        attr(n, "itemprop")};
			for (int w = 0; w < 3; w++)
				for (int k = 0; which[w] && k < M_N; k++)
					for (int r = 0; r < 14 && meta_names[k][r]; r++)
						if (strcasecmp(which[w], meta_names[k][r]) == 0)
							offer(m, k, META_RANK + r, content);
		}
	}
}

/* The text of element n, white space collapsed, into m->tmp; NULL if blank. */
static const char *element_text(struct page_meta *m, const xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	cti_buf_reset(&m->tmp);
	if (c)
		put_collapsed(&m->tmp, (const char *)c);
	xmlFree(c);
	return m->tmp.len ? m->tmp.data : NULL;
}

/* <title> without a trailing " | Outlet" (or " - ", " – ", " — ", " :: "). */
static void title_from_head(struct page_meta *m, int rank)
{
	const char *t = element_text(m, m->title_el);
	if (!t)
		return;
	const char *outlet = m->s[M_OUTLET].val.data;
	size_t tl = m->tmp.len, ol = outlet ? strlen(outlet) : 0;
	if (ol && tl > ol + 3 && strcmp(t + tl - ol, outlet) == 0) {
		static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ",
		                                   " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
		for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
			size_t sl = strlen(seps[i]);
			if (tl >= ol + sl + 1 && memcmp(t + tl - ol - sl, seps[i], sl) == 0) {
				m->tmp.len = tl - ol - sl;
				m->tmp.data[m->tmp.len] = '\0';
				break;
			}
		}
	}
	char *copy = cti_strdup(m->tmp.data);
	if (!copy) {
		m->tmp.oom = true;
		return;
	}
	offer(m, M_TITLE, rank, copy);
	free(copy);
}

/* ---- text ---------------------------------------------------------------- */

enum brk { B_NONE, B_SPACE, B_CELL, B_PARA };

struct walker {
	struct cti_buf out;
	enum brk pending;
	bool item;          /* a "- " waits for the list item's first text */
	bool lenient;       /* keep forms, headers and footers */
	int pre;            /* inside <pre> */
	int article;        /* inside <article> */
	int cells;          /* cells seen in the current table row */
};

static bool in_list(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcasecmp(name, *list) == 0)
			return true;
	return false;
}

/* Never text. */
static const char *const skip_always[] = {
	"script", "style", "noscript", "template", "iframe", "svg", "math", "nav", "aside",
	"head", "title", "meta", "link", "button", "select", "option", "textarea", "input",
	"object", "embed", "canvas", "video", "audio", "map", "dialog", "frameset",
	"frame", NULL,
};
/* Page furniture, kept only by the lenient pass (<header> also inside an
 * article). */
static const char *const skip_furniture[] = {"header", "footer", "form", NULL};

static const char *const blocks[] = {
	"address", "article", "blockquote", "body", "caption", "center", "dd", "details",
	"dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
	"li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody",
	"tfoot", "thead", "tr", "ul", "br", "noframes", "listing", "plaintext", "xmp",
	NULL,
};

static bool hidden(const xmlNode *n)
{
	if (attr(n, "hidden"))
		return true;
	const char *aria = attr(n, "aria-hidden");
	if (aria && strcasecmp(aria, "true") == 0)
		return true;
	const char *style = attr(n, "style");
	if (style) {
		const char *end = style + strlen(style);
		for (const char *d = find_ci(style, end, "display"); d;
		     d = find_ci(d + 7, end, "display")) {
			const char *v = d + 7;
			while (v < end && (is_ws((unsigned char)*v) || *v == ':'))
				v++;
			if (starts_ci(v, end, "none"))
				return true;
		}
	}
	return false;
}

static bool skipped(const struct walker *w, const xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (in_list(name, skip_always) || hidden(n))
		return true;
	if (w->lenient || !in_list(name, skip_furniture))
		return false;
	return !(strcasecmp(name, "header") == 0 && w->article > 0);
}

static void want(struct walker *w, enum brk b)
{
	if (b > w->pending)
		w->pending = b;
}

/* Before text: the pending separator (none at the start), the item mark. */
static void flush(struct walker *w)
{
	struct cti_buf *o = &w->out;
	if (o->len) {
		if (w->pending == B_PARA) {
			while (o->len && is_ws((unsigned char)o->data[o->len - 1]))
				o->len--;
			cti_buf_puts(o, "\n\n");
		} else if (w->pending == B_CELL) {
			cti_buf_puts(o, " | ");
		} else if (w->pending == B_SPACE) {
			cti_buf_putc(o, ' ');
		}
	}
	if (w->item && (w->pending == B_PARA || o->len == 0))
		cti_buf_puts(o, "- ");
	w->item = false;
	w->pending = B_NONE;
}

static void put_text(struct walker *w, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned char c = *p;
		size_t n = 1;
		if (c >= 0x80) {
			size_t k = cti_utf8_seq(p, strnlen((const char *)p, 4));
			n = k ? k : 1;
		}
		if (n == 2 && c == 0xC2 && p[1] == 0xAD) { /* soft hyphen */
			p += n;
			continue;
		}
		if (n == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0x8B || p[2] == 0x8C ||
		                                              p[2] == 0x8D)) {
			p += n; /* zero-width space, (non-)joiner */
			continue;
		}
		if (n == 3 && c == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
			p += n; /* byte order mark inside the text */
			continue;
		}
		bool nbsp = n == 2 && c == 0xC2 && p[1] == 0xA0;
		if (w->pre) {
			if (c == '\r' && p[1] == '\n') {
				p++;
				continue;
			}
			if ((c == '\n' || c == '\r') && (w->out.len == 0 || w->pending == B_PARA)) {
				p += n; /* blank lines at the start of the block */
				continue;
			}
			if (w->pending != B_NONE || w->item)
				flush(w);
			cti_buf_putc(&w->out, c == '\r' ? '\n' : nbsp ? ' ' : (char)c);
			if (!nbsp && n > 1)
				cti_buf_append(&w->out, p + 1, n - 1);
			p += n;
			continue;
		}
		if (is_ws(c) || nbsp) {
			want(w, B_SPACE);
			p += n;
			continue;
		}
		if (w->pending != B_NONE || w->item)
			flush(w);
		cti_buf_append(&w->out, p, n);
		p += n;
	}
}

/* Entering n: returns whether to walk its children. */
static bool enter(struct walker *w, xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			put_text(w, (const char *)n->content);
		return false;
	}
	if (n->type != XML_ELEMENT_NODE || !n->name)
		return n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE;
	if (skipped(w, n))
		return false;
	const char *name = (const char *)n->name;
	if (in_list(name, blocks))
		want(w, B_PARA);
	if (strcasecmp(name, "li") == 0) {
		w->item = true;
	} else if (strcasecmp(name, "pre") == 0 || strcasecmp(name, "listing") == 0 ||
	           strcasecmp(name, "xmp") == 0 || strcasecmp(name, "plaintext") == 0) {
		w->pre++;
	} else if (strcasecmp(name, "article") == 0) {
		w->article++;
	} else if (strcasecmp(name, "tr") == 0) {
		w->cells = 0;
	} else if (strcasecmp(name, "td") == 0 || strcasecmp(name, "th") == 0) {
		if (w->cells++)
			want(w, B_CELL);
	}
	return true;
}

static void leave(struct walker *w, xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE || !n->name)
		return;
	const char *name = (const char *)n->name;
	if (in_list(name, blocks))
		want(w, B_PARA);
	if (strcasecmp(name, "li") == 0)
		w->item = false; /* an empty item leaves no mark */
	else if ((strcasecmp(name, "pre") == 0 || strcasecmp(name, "listing") == 0 ||
	          strcasecmp(name, "xmp") == 0 || strcasecmp(name, "plaintext") == 0) &&
	         w->pre > 0)
		w->pre--;
	else if (strcasecmp(name, "article") == 0 && w->article > 0)
		w->article--;
}

/* The text of root into w->out (reset first). */
static void walk(struct walker *w, xmlNode *root)
{
	cti_buf_reset(&w->out);
	w->pending = B_NONE;
	w->item = false;
	w->pre = w->article = w->cells = 0;
	for (xmlNode *a = root->parent; a; a = a->parent) /* an article's header */
		if (name_is(a, "article"))
			w->article++;
	xmlNode *n = root;
	for (;;) {
		bool into = enter(w, n);
		if (into && n->children) {
			n = n->children;
			continue;
		}
		if (into)
			leave(w, n);
		while (n != root && !n->next) {
			n = n->parent;
			leave(w, n);
		}
		if (n == root)
			break;
		n = n->next;
	}
	while (w->out.len && is_ws((unsigned char)w->out.data[w->out.len - 1]))
		w->out.len--;
	if (w->out.len)
		cti_buf_putc(&w->out, '\n');
}

/* Whether n sits in page furniture (an article teaser in a nav, aside or
 * footer); a <form> around everything does not count. */
static bool under_skipped(const xmlNode *n)
{
	for (const xmlNode *a = n->parent; a; a = a->parent)
		if (a->type == XML_ELEMENT_NODE && a->name &&
		    (in_list((const char *)a->name, skip_always) || name_is(a, "header") ||
		     name_is(a, "footer") || hidden(a)))
			return true;
	return false;
}

/* The content root: the article with the most text, else <main>. */
static xmlNode *content_root(struct walker *w, xmlNode *top)
{
	xmlNode *best = NULL, *main_el = NULL;
	size_t best_len = 0;
	for (xmlNode *n = top; n; n = next_node(n, top, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *role = attr(n, "role");
		if (!main_el && (name_is(n, "main") || (role && strcasecmp(role, "main") == 0)) &&
		    !under_skipped(n))
			main_el = n;
		if (!name_is(n, "article") || under_skipped(n))
			continue;
		walk(w, n);
		if (w->out.len > best_len) {
			best = n;
			best_len = w->out.len;
		}
	}
	return best ? best : main_el;
}

static xmlNode *find_first(xmlNode *top, const char *name, const char *with_attr)
{
	for (xmlNode *n = top; n; n = next_node(n, top, true))
		if (name_is(n, name) && (!with_attr || (attr(n, with_attr) && *attr(n, with_attr))))
			return n;
	return NULL;
}

/* ---- reading ------------------------------------------------------------- */

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
	xmlInitParser();
}

static ct_status read_plain(const struct cti_read_ctx *rc, const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (data[i] == '\0') {
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0,
			         (int64_t)i,
			         "not HTML: the file is named .html but holds binary data (NUL "
			         "byte at offset %zu) and no markup; give it its right extension",
			         i);
			return CT_EUNSUPPORTED;
		}
	cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, 0, -1,
	         "no HTML markup in this .html file: read as plain text (rename it .txt "
	         "if that is what it is)");
	struct cti_buf text;
	cti_buf_init(&text);
	cti_text_clean(rc->path, data, len, rc->diag, rc->ctx, &text);
	ct_status st = CT_OK;
	bool blank = true;
	for (size_t i = 0; i < text.len && blank; i++)
		blank = is_ws((unsigned char)text.data[i]);
	if (text.oom) {
		st = CT_ENOMEM;
	} else if (blank) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, 0, -1,
		         "file holds only white space; skipped");
		st = CT_EEMPTY;
	} else {
		struct ct_document *doc = cti_source_add(rc->src);
		if (!doc || !cti_document_set_text(doc, text.data, text.len))
			st = CT_ENOMEM;
	}
	cti_buf_free(&text);
	return st;
}

/* Whether data has anything that looks like a tag ("<p", "</", "<!"). */
static bool has_markup(const char *data, size_t len)
{
	for (const char *p = data, *end = data + len;
	     (p = memchr(p, '<', (size_t)(end - p))) != NULL && p + 1 < end; p++) {
		char c = p[1];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' ||
		    c == '?')
			return true;
	}
	return false;
}

/* Decide the encoding; *repaired receives a UTF-8-repaired copy of the
 * bytes when they were declared (or guessed) UTF-8 but are not. */
static const char *choose_encoding(const struct cti_read_ctx *rc, const char **data,
                                   size_t *len, struct cti_buf *repaired,
                                   char *label, size_t cap)
{
	const char *d = *data;
	size_t n = *len;
	if (n >= 2 && ((unsigned char)d[0] == 0xFF && (unsigned char)d[1] == 0xFE))
		return "UTF-16LE";
	if (n >= 2 && ((unsigned char)d[0] == 0xFE && (unsigned char)d[1] == 0xFF))
		return "UTF-16BE";
	if (n >= 2 && d[0] == '<' && d[1] == '\0')
		return "UTF-16LE";
	if (n >= 2 && d[0] == '\0' && d[1] == '<')
		return "UTF-16BE";
	bool bom = n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0;
	if (bom) {
		*data = d += 3;
		*len = n -= 3;
	}
	const char *enc = NULL;
	bool declared = !bom && declared_charset(d, n, label, cap);
	if (declared) {
		if (!strcasecmp(label, "iso-8859-1") || !strcasecmp(label, "iso8859-1") ||
		    !strcasecmp(label, "latin1") || !strcasecmp(label, "l1") ||
		    !strcasecmp(label, "us-ascii") || !strcasecmp(label, "ascii") ||
		    !strcasecmp(label, "cp1252") || !strcasecmp(label, "windows-1252") ||
		    !strcasecmp(label, "iso_8859-1") || !strcasecmp(label, "cp819"))
			return "windows-1252"; /* what browsers read these as */
		if (!strcasecmp(label, "utf-8") || !strcasecmp(label, "utf8") ||
		    !strncasecmp(label, "utf-16", 6)) /* UTF-16 would have no ASCII meta */
			enc = "UTF-8";
		else if (encoding_known(label))
			return label;
		else
			cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, 0, -1,
			         "unknown character set '%s' declared; reading the page as "
			         "UTF-8 (or Windows-1252 if it is not UTF-8)", label);
	}
	int64_t bad = utf8_invalid_at(d, n);
	if (bad < 0)
		return "UTF-8";
	if (!enc && !bom) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, 0, bad,
		         "no character set declared and the bytes are not UTF-8 (offset "
		         "%lld): read as Windows-1252; if accents look wrong, convert the "
		         "file to UTF-8", (long long)bad);
		return "windows-1252";
	}
	size_t n_bad = 0;
	int64_t first = -1;
	cti_utf8_repair(d, n, repaired, &n_bad, &first);
	cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, 0,
	         first + (bom ? 3 : 0),
	         "invalid UTF-8 at byte offset %lld (%zu invalid sequence%s in all) "
	         "replaced by U+FFFD, although the page says it is UTF-8; if it is in "
	         "another encoding, correct its <meta charset>",
	         (long long)(first + (bom ? 3 : 0)), n_bad, n_bad == 1 ? "" : "s");
	*data = repaired->data ? repaired->data : "";
	*len = repaired->len;
	return "UTF-8";
}

static ct_status add_doc(const struct cti_read_ctx *rc, struct page_meta *m,
                         const struct cti_buf *text)
{
	struct ct_document *doc = cti_source_add(rc->src);
	if (!doc)
		return CT_ENOMEM;
	for (int k = 0; k < M_N; k++) {
		const struct cti_buf *v = &m->s[k].val;
		if (m->s[k].rank != NO_RANK && v->len &&
		    !cti_document_add_meta(doc, meta_keys[k], strlen(meta_keys[k]), v->data, v->len))
			return CT_ENOMEM;
	}
	struct cti_buf good;
	cti_buf_init(&good);
	size_t n_bad = 0;
	int64_t first = -1;
	cti_utf8_repair(text->data, text->len, &good, &n_bad, &first); /* belt and braces */
	bool ok = !good.oom && cti_document_set_text(doc, good.data, good.len);
	cti_buf_free(&good);
	return ok ? CT_OK : CT_ENOMEM;
}

static ct_status read_html(const struct cti_read_ctx *rc, const char *data, size_t len)
{
	const unsigned char *u = (const unsigned char *)data;
	bool utf16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
	                          (u[0] == '<' && u[1] == 0) || (u[0] == 0 && u[1] == '<'));
	if (!utf16 && !has_markup(data, len))
		return read_plain(rc, data, len);
	if (len > (size_t)INT32_MAX) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, rc->path, 0, -1,
		         "HTML file over 2 GB; skipped");
		return CT_EUNSUPPORTED;
	}

	struct cti_buf repaired;
	cti_buf_init(&repaired);
	char label[48];
	const char *enc = choose_encoding(rc, &data, &len, &repaired, label, sizeof label);
	if (repaired.oom) {
		cti_buf_free(&repaired);
		return CT_ENOMEM;
	}

	pthread_once(&xml_once, xml_init);
	/* HUGE: nesting up to 2048 rather than 256 (unclosed <font> or <div> in
	 * generated pages nest deep; beyond the limit libxml2 stops reading) */
	htmlDocPtr hd = htmlReadMemory(data, (int)len, NULL, enc,
	                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	                                   HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	                                   XML_PARSE_HUGE);
	if (!hd) {
		cti_buf_free(&repaired);
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, 0, -1,
		         "libxml2 could not read this HTML file; open it in a browser and "
		         "save it again (or print it to PDF)");
		return CT_EPARSE;
	}

	struct page_meta m;
	memset(&m, 0, sizeof m);
	for (int k = 0; k < M_N; k++) {
		m.s[k].rank = NO_RANK;
		cti_buf_init(&m.s[k].val);
	}
	cti_buf_init(&m.tmp);
	struct walker w;
	memset(&w, 0, sizeof w);
	cti_buf_init(&w.out);

	xmlNode *top = (xmlNode *)hd;
	scan_meta(top, &m);
	xmlNode *body = find_first(top, "body", NULL);
	xmlNode *root = content_root(&w, top);
	/* text: the article, else the body, else the body with its furniture */
	if (root)
		walk(&w, root);
	if (!w.out.len && body)
		walk(&w, root = body);
	if (!w.out.len) {
		w.lenient = true;
		walk(&w, root = body ? body : top);
	}

	/* metadata that needs the content root */
	if (m.title_el)
		title_from_head(&m, 100);
	xmlNode *h1 = root ? find_first(root, "h1", NULL) : NULL;
	if (!h1)
		h1 = find_first(top, "h1", NULL);
	if (h1 && element_text(&m, h1)) {
		char *copy = cti_strdup(m.tmp.data);
		if (copy)
			offer(&m, M_TITLE, 101, copy);
		else
			m.tmp.oom = true;
		free(copy);
	}
	xmlNode *time_el = root ? find_first(root, "time", "datetime") : NULL;
	if (time_el)
		offer(&m, M_DATE, 100, attr(time_el, "datetime"));
	offer(&m, M_URL, 100, m.canonical);
	offer(&m, M_LANG, 0, m.html_lang);
	offer(&m, M_LANG, 100, m.content_lang);

	ct_status st = CT_OK;
	bool oom = w.out.oom || m.tmp.oom;
	for (int k = 0; k < M_N; k++)
		oom = oom || m.s[k].val.oom;
	if (oom) {
		st = CT_ENOMEM;
	} else if (!w.out.len) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, 0, -1,
		         "no text in this HTML page (only markup, scripts or navigation; a "
		         "page saved before its scripts loaded the article?); skipped: save "
		         "it again once it shows the text, or print it to PDF");
		st = CT_EEMPTY;
	} else {
		st = add_doc(rc, &m, &w.out);
	}

	xmlFreeDoc(hd);
	cti_buf_free(&repaired);
	cti_buf_free(&w.out);
	cti_buf_free(&m.tmp);
	for (int k = 0; k < M_N; k++)
		cti_buf_free(&m.s[k].val);
	return st;
}

static const char *const exts[] = {".html", ".htm", ".xhtml", NULL};

const struct cti_format cti_format_html = {
	.name = "html",
	.exts = exts,
	.raw = true,
	.sniff = html_sniff,
	.read = read_html,
};
