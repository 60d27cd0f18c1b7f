/*
 * cite-json.c — a parsed citation as CSL-JSON (one object, one line) and as
 * a BibTeX entry (see include/casetrace/cite.h). Uses only the public
 * ct_cite fields, so any producer of ct_cite (the parser, later the
 * database) shares these writers.
 */
#include <casetrace/cite.h>
#include "util/util.h"

#include <ctype.h>
#include <string.h>

static void key(struct cti_buf *b, bool *first, const char *k)
{
	if (!*first)
		cti_buf_putc(b, ',');
	*first = false;
	cti_buf_json(b, k, strlen(k));
	cti_buf_putc(b, ':');
}

static void str_field(struct cti_buf *b, bool *first, const char *k, const char *v)
{
	if (!v)
		return;
	key(b, first, k);
	cti_buf_json(b, v, strlen(v));
}

/* "2007-09-03" → {"date-parts":[[2007,9,3]]}; false if not ISO. */
static bool date_parts(struct cti_buf *b, const char *iso)
{
	int parts[3] = {0, 0, 0}, np = 0;
	const char *p = iso;
	while (*p && np < 3) {
		int v = 0, d = 0;
		while (isdigit((unsigned char)*p) && d < 4) {
			v = v * 10 + (*p - '0');
			p++;
			d++;
		}
		if (!d)
			return false;
		parts[np++] = v;
		if (*p == '-')
			p++;
		else
			break;
	}
	if (!np)
		return false;
	cti_buf_puts(b, "{\"date-parts\":[[");
	for (int i = 0; i < np; i++)
		cti_buf_printf(b, "%s%d", i ? "," : "", parts[i]);
	cti_buf_puts(b, "]]}");
	return true;
}

static void date_field(struct cti_buf *b, bool *first, const char *k, const char *iso)
{
	if (!iso)
		return;
	key(b, first, k);
	if (!date_parts(b, iso))
		cti_buf_puts(b, "null");
}

static void names(struct cti_buf *b, bool *first, const char *k, const ct_cite_name *n,
                  size_t cnt)
{
	if (!cnt)
		return;
	key(b, first, k);
	cti_buf_putc(b, '[');
	for (size_t i = 0; i < cnt; i++) {
		bool f = true;
		cti_buf_puts(b, i ? ",{" : "{");
		if (n[i].literal) {
			str_field(b, &f, "literal", n[i].literal);
		} else {
			str_field(b, &f, "family", n[i].family);
			str_field(b, &f, "given", n[i].given);
		}
		cti_buf_putc(b, '}');
	}
	cti_buf_putc(b, ']');
}

static void ref(struct cti_buf *b, bool *first, const char *k, bool has, ct_cite_ref r)
{
	key(b, first, k);
	if (has)
		cti_buf_printf(b, "{\"note\":%d,\"index\":%zu}", r.note, r.index);
	else
		cti_buf_puts(b, "null");
}

static void null_or(struct cti_buf *b, bool *first, const char *k, const char *v)
{
	key(b, first, k);
	cti_buf_json(b, v, v ? strlen(v) : 0);
}

ct_status ct_cite_json(const ct_cite *c, char **out)
{
	if (!out)
		return CT_EINVAL;
	*out = NULL;
	if (!c)
		return CT_EINVAL;
	struct cti_buf b;
	cti_buf_init(&b);
	bool first = true;
	cti_buf_putc(&b, '{');
	key(&b, &first, "id");
	cti_buf_printf(&b, "\"n%d-%zu\"", c->note, c->index);
	str_field(&b, &first, "type", c->type ? c->type : "document");
	names(&b, &first, "author", c->author, c->n_author);
	names(&b, &first, "editor", c->editor, c->n_editor);
	if (c->recipient) {
		ct_cite_name r = {NULL, NULL, c->recipient};
		names(&b, &first, "recipient", &r, 1);
	}
	str_field(&b, &first, "title", c->title);
	str_field(&b, &first, "container-title", c->container_title);
	str_field(&b, &first, "collection-title", c->collection_title);
	str_field(&b, &first, "genre", c->genre);
	str_field(&b, &first, "archive_location", c->archive_location);
	str_field(&b, &first, "publisher", c->publisher);
	str_field(&b, &first, "publisher-place", c->publisher_place);
	date_field(&b, &first, "issued", c->issued);
	str_field(&b, &first, "volume", c->volume);
	str_field(&b, &first, "issue", c->issue);
	str_field(&b, &first, "page", c->page);
	str_field(&b, &first, "URL", c->url);
	str_field(&b, &first, "DOI", c->doi);
	date_field(&b, &first, "accessed", c->accessed);
	key(&b, &first, "note");
	cti_buf_printf(&b, "%d", c->note);
	key(&b, &first, "index");
	cti_buf_printf(&b, "%zu", c->index);
	null_or(&b, &first, "raw", c->raw);
	ref(&b, &first, "ibid-of", c->has_ibid_of, c->ibid_of);
	ref(&b, &first, "short-of", c->has_short_of, c->short_of);
	null_or(&b, &first, "quoted-speaker", c->quoted_speaker);
	key(&b, &first, "interview");
	if (c->type && !strcmp(c->type, "interview")) {
		bool f = true;
		cti_buf_putc(&b, '{');
		null_or(&b, &f, "affiliation", c->iv_affiliation);
		null_or(&b, &f, "role", c->iv_role);
		null_or(&b, &f, "place", c->iv_place);
		null_or(&b, &f, "date", c->iv_date);
		cti_buf_putc(&b, '}');
	} else {
		cti_buf_puts(&b, "null");
	}
	key(&b, &first, "archived");
	if (!c->archived || !date_parts(&b, c->archived))
		cti_buf_puts(&b, "null");
	key(&b, &first, "confidence");
	cti_buf_printf(&b, "%.2f", c->confidence);
	cti_buf_putc(&b, '}');
	if (b.oom) {
		cti_buf_free(&b);
		return CT_ENOMEM;
	}
	*out = cti_buf_steal(&b);
	return *out ? CT_OK : CT_ENOMEM;
}

/* ---------------------------------------------------------------- BibTeX */

/* A BibTeX value in braces; braces and backslashes in s are escaped. */
static void bib_value(struct cti_buf *b, const char *s)
{
	cti_buf_putc(b, '{');
	for (; *s; s++) {
		if (*s == '{' || *s == '}' || *s == '\\' || *s == '%' || *s == '&' || *s == '#' ||
		    *s == '$' || *s == '_')
			cti_buf_putc(b, '\\');
		cti_buf_putc(b, *s);
	}
	cti_buf_putc(b, '}');
}

static void bib_field(struct cti_buf *b, const char *k, const char *v)
{
	if (!v || !*v)
		return;
	cti_buf_printf(b, ",\n  %s = ", k);
	bib_value(b, v);
}

static void bib_names(struct cti_buf *b, const char *k, const ct_cite_name *n, size_t cnt)
{
	if (!cnt)
		return;
	struct cti_buf t;
	cti_buf_init(&t);
	for (size_t i = 0; i < cnt; i++) {
		if (i)
			cti_buf_puts(&t, " and ");
		if (n[i].literal) {
			cti_buf_putc(&t, '{');
			cti_buf_puts(&t, n[i].literal);
			cti_buf_putc(&t, '}');
		} else {
			cti_buf_puts(&t, n[i].family ? n[i].family : "");
			if (n[i].given) {
				cti_buf_puts(&t, ", ");
				cti_buf_puts(&t, n[i].given);
			}
		}
	}
	if (t.data) {
		cti_buf_printf(b, ",\n  %s = {", k);
		/* literal braces in names are ours: copy as is, escape the rest */
		for (const char *s = t.data; *s; s++) {
			if (*s == '\\' || *s == '%' || *s == '&' || *s == '#' || *s == '$' || *s == '_')
				cti_buf_putc(b, '\\');
			cti_buf_putc(b, *s);
		}
		cti_buf_putc(b, '}');
	}
	cti_buf_free(&t);
}

ct_status ct_cite_bibtex(const ct_cite *c, char **out)
{
	if (!out)
		return CT_EINVAL;
	*out = NULL;
	if (!c)
		return CT_EINVAL;
	const char *t = c->type ? c->type : "";
	const char *et = "misc";
	bool jour = false, book = false;
	if (!strcmp(t, "article-journal") || !strcmp(t, "article-newspaper") ||
	    !strcmp(t, "article-magazine")) {
		et = "article";
		jour = true;
	} else if (!strcmp(t, "book")) {
		et = "book";
	} else if (!strcmp(t, "chapter")) {
		et = "incollection";
		book = true;
	} else if (!strcmp(t, "report")) {
		et = "techreport";
	} else if (!strcmp(t, "thesis")) {
		et = "phdthesis";
	} else if (!strcmp(t, "manuscript")) {
		et = "unpublished";
	}
	struct cti_buf b;
	cti_buf_init(&b);
	cti_buf_printf(&b, "@%s{n%d_%zu", et, c->note, c->index);
	bib_names(&b, "author", c->author, c->n_author);
	bib_names(&b, "editor", c->editor, c->n_editor);
	bib_field(&b, "title", c->title);
	if (jour)
		bib_field(&b, "journal", c->container_title);
	else if (book)
		bib_field(&b, "booktitle", c->container_title);
	else /* a manuscript's shelfmark when there is no container */
		bib_field(&b, "howpublished",
		          c->container_title ? c->container_title : c->archive_location);
	bib_field(&b, !strcmp(et, "techreport") ? "institution" : "publisher", c->publisher);
	bib_field(&b, "address", c->publisher_place);
	if (c->issued) {
		char y[5] = {0};
		memcpy(y, c->issued, strlen(c->issued) >= 4 ? 4 : strlen(c->issued));
		bib_field(&b, "year", y);
		bib_field(&b, "date", c->issued);
	}
	bib_field(&b, "volume", c->volume);
	bib_field(&b, "number", c->issue);
	bib_field(&b, "pages", c->page);
	bib_field(&b, "url", c->url);
	bib_field(&b, "doi", c->doi);
	bib_field(&b, "urldate", c->accessed);
	bib_field(&b, "type", c->genre);
	bib_field(&b, "note", c->quoted_speaker);
	bib_field(&b, "annote", c->raw); /* the note as written: never an empty entry */
	cti_buf_puts(&b, "\n}\n");
	if (b.oom) {
		cti_buf_free(&b);
		return CT_ENOMEM;
	}
	*out = cti_buf_steal(&b);
	return *out ? CT_OK : CT_ENOMEM;
}
