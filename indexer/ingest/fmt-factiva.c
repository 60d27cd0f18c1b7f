/* fmt-factiva.c — Factiva exports saved as text: one file, many news
 * articles, each a run of fields named by a code at the start of a line
 * ("HD" headline, "BY" byline, "PD" date, "SN" source, "LP" lead
 * paragraphs, "TD" text, ... "AN" accession number). A field runs until the
 * next code line; an article ends with its "AN Document <number>" line.
 * Every article becomes a news document: the fields are its metadata, the
 * lead paragraphs and text its text. */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One line of the export. */
struct line {
	const char *s;  /* the line without surrounding white space */
	size_t len;
	int code;       /* index in codes[] when the line starts a field, else -1 */
	const char *val; /* the rest of a field line, trimmed */
	size_t vlen;
};

/* Field codes, and the metadata key each becomes (NULL: not kept). */
struct code {
	const char *name;
	const char *key;
	enum { PART_HEAD, PART_TEXT, PART_TAIL } part;
};

static const struct code codes[] = {
	{"HD", "title", PART_HEAD},          {"CLM", "column", PART_HEAD},
	{"SE", "section", PART_HEAD},        {"BY", "author", PART_HEAD},
	{"CR", "credit", PART_HEAD},         {"WC", "words", PART_HEAD},
	{"PD", "date", PART_HEAD},           {"ET", "time", PART_HEAD},
	{"SN", "outlet", PART_HEAD},         {"SC", "source-code", PART_HEAD},
	{"ED", "edition", PART_HEAD},        {"PG", "page", PART_HEAD},
	{"VOL", "volume", PART_HEAD},        {"LA", "language", PART_HEAD},
	{"CY", "copyright", PART_HEAD},      {"LP", NULL, PART_TEXT},
	{"TD", NULL, PART_TEXT},             {"CT", NULL, PART_TAIL},
	{"RF", NULL, PART_TAIL},             {"ART", "art", PART_TAIL},
	{"CO", "companies", PART_TAIL},      {"IN", "industries", PART_TAIL},
	{"NS", "subjects", PART_TAIL},       {"RE", "regions", PART_TAIL},
	{"IPC", "ipc", PART_TAIL},           {"IPD", "descriptors", PART_TAIL},
	{"PUB", "publisher", PART_TAIL},     {"NGC", NULL, PART_TAIL},
	{"RST", NULL, PART_TAIL},            {"DE", NULL, PART_TAIL},
	{"AN", "accession-number", PART_TAIL},
};
#define N_CODES ((int)(sizeof codes / sizeof codes[0]))

static int code_index(const char *name)
{
	for (int i = 0; i < N_CODES; i++)
		if (strcmp(codes[i].name, name) == 0)
			return i;
	return -1;
}

/* Classify the line p..e: a field line starts, in its first column, with a
 * code in capitals followed by white space or nothing. */
static void classify(struct line *l, const char *p, const char *e)
{
	l->s = p;
	l->len = (size_t)(e - p);
	cti_trim(&l->s, &l->len);
	l->code = -1;
	l->val = NULL;
	l->vlen = 0;
	size_t n = 0;
	while (n < 3 && p + n < e && p[n] >= 'A' && p[n] <= 'Z')
		n++;
	if (n < 2 || (p + n < e && !cti_space_at(p + n, e)))
		return;
	char name[4];
	memcpy(name, p, n);
	name[n] = '\0';
	int c = code_index(name);
	if (c < 0)
		return;
	l->code = c;
	l->val = p + n;
	l->vlen = (size_t)(e - l->val);
	cti_trim(&l->val, &l->vlen);
}

static struct line *split_lines(const char *text, size_t len, size_t *n_out)
{
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n' && i + 1 < len)
			n++;
	struct line *L = malloc(n * sizeof *L);
	if (!L)
		return NULL;
	const char *p = text, *end = text + len;
	for (size_t k = 0; k < n; k++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		classify(&L[k], p, nl ? nl : end);
		p = nl ? nl + 1 : end;
	}
	*n_out = n;
	return L;
}

static bool is_code(const struct line *l, const char *name)
{
	return l->code >= 0 && strcmp(codes[l->code].name, name) == 0;
}

/* "Document NRTHHR0020070903e3930000b": the accession number on its own
 * line, as some exports write it without the AN code. The number is one
 * word of letters and digits. */
static bool is_document_line(const struct line *l, const char **num, size_t *nlen)
{
	if (l->len < 9 + 8 || strncmp(l->s, "Document ", 9) != 0)
		return false;
	const char *p = l->s + 9, *e = l->s + l->len;
	bool digit = false, alpha = false;
	for (const char *q = p; q < e; q++) {
		if (isdigit((unsigned char)*q))
			digit = true;
		else if (isalpha((unsigned char)*q))
			alpha = true;
		else
			return false;
	}
	if (!digit || !alpha)
		return false;
	*num = p;
	*nlen = (size_t)(e - p);
	return true;
}

/* The line that ends an article: "AN Document ..." or "Document ...". */
static bool ends_article(const struct line *l)
{
	const char *v;
	size_t n;
	return is_code(l, "AN") || (l->code < 0 && is_document_line(l, &v, &n));
}

/* "Page 2 of 5 © 2010 Factiva, Inc. All rights reserved.": a page header
 * of the export, not part of any article. */
static bool is_page_line(const struct line *l)
{
	const char *p = l->s, *e = l->s + l->len;
	if (l->len < 10 || strncmp(p, "Page ", 5) != 0 || !isdigit((unsigned char)p[5]))
		return false;
	for (const char *q = p; q + 7 <= e; q++)
		if (strncmp(q, "Factiva", 7) == 0 || (q + 9 <= e && strncmp(q, "Dow Jones", 9) == 0))
			return true;
	return false;
}

/* Whether the fields from line c to b hold nothing but fields: each
 * non-blank line is a field line, or continues the field above it (no
 * blank line between), or is the value of a field line that had none. */
static bool fields_only(const struct line *L, size_t c, size_t b)
{
	bool prev_blank = false, need_value = false;
	for (size_t i = c; i < b; i++) {
		if (is_page_line(&L[i]))
			continue;
		if (!L[i].len) {
			prev_blank = true;
			continue;
		}
		if (L[i].code >= 0 || ends_article(&L[i])) {
			need_value = L[i].code >= 0 && L[i].vlen == 0;
		} else if (prev_blank && !need_value) {
			return false; /* a paragraph: still text */
		} else {
			need_value = false;
		}
		prev_blank = false;
	}
	return true;
}

/* Whether a field line inside the text region may really be a field: the
 * coded lists (CO, IN, NS, RE) must read "code : Name", on the line or on
 * the next non-blank one; a paragraph that happens to start "IN " does not. */
static bool plausible_field(const struct line *L, size_t i, size_t b)
{
	const char *name = codes[L[i].code].name;
	if (strcmp(name, "CO") && strcmp(name, "IN") && strcmp(name, "NS") && strcmp(name, "RE"))
		return true;
	const char *v = L[i].val;
	size_t n = L[i].vlen;
	if (!n) {
		size_t k = i + 1;
		while (k < b && !L[k].len)
			k++;
		if (k == b || L[k].code >= 0)
			return false;
		v = L[k].s;
		n = L[k].len;
	}
	for (size_t k = 0; k + 3 <= n; k++)
		if (memcmp(v + k, " : ", 3) == 0)
			return true;
	return false;
}

/* An HD line at i that starts an article: two more head fields follow
 * within the next dozen lines. */
static bool starts_article(const struct line *L, size_t i, size_t n)
{
	if (!is_code(&L[i], "HD"))
		return false;
	unsigned heads = 0;
	for (size_t k = i + 1; k < n && k <= i + 12; k++)
		if (L[k].code >= 0 && codes[L[k].code].part == PART_HEAD)
			heads++;
	return heads >= 2;
}

/* Add field value v as metadata key, with the changes some keys need: "By "
 * dropped from bylines, the count alone from "612 words", "Document "
 * dropped from accession numbers, a "lang" code next to "language". */
static bool add_field(struct ct_document *doc, const char *key, const char *v, size_t n)
{
	char digits[32];
	if (strcmp(key, "author") == 0 && n > 3 && strncasecmp(v, "By ", 3) == 0) {
		v += 3;
		n -= 3;
		cti_trim(&v, &n);
	} else if (strcmp(key, "words") == 0) {
		size_t d = 0, i = 0;
		for (; i < n && d < sizeof digits - 1; i++) {
			if (isdigit((unsigned char)v[i]))
				digits[d++] = v[i];
			else if (v[i] != ',' && v[i] != '.')
				break;
		}
		if (d && (i == n || v[i] == ' ')) {
			v = digits;
			n = d;
		}
	} else if (strcmp(key, "accession-number") == 0 && n > 9 &&
	           strncmp(v, "Document ", 9) == 0) {
		v += 9;
		n -= 9;
		cti_trim(&v, &n);
	}
	if (n == 0)
		return true;
	if (!cti_document_add_meta(doc, key, strlen(key), v, n))
		return false;
	if (strcmp(key, "language") == 0) {
		const char *code = cti_lang_code(v, n);
		if (code && !cti_document_add_meta(doc, "lang", 4, code, strlen(code)))
			return false;
	}
	return true;
}

/* Append the text of a LP or TD field (lines [from, to), the first one its
 * code line) to out: paragraphs kept, lines trimmed, runs of blank lines
 * made one. */
static void append_text(struct cti_buf *out, const struct line *L, size_t from, size_t to)
{
	bool pending_blank = out->len > 0;
	bool wrote = false;
	for (size_t i = from; i < to; i++) {
		const char *s = i == from ? L[i].val : L[i].s;
		size_t n = i == from ? L[i].vlen : L[i].len;
		if (i != from && is_page_line(&L[i]))
			continue;
		if (!n) {
			if (wrote)
				pending_blank = true;
			continue;
		}
		if (pending_blank)
			cti_buf_putc(out, '\n');
		cti_buf_append(out, s, n);
		cti_buf_putc(out, '\n');
		pending_blank = false;
		wrote = true;
	}
}

/* An article's lines [a, b). number counts articles from 1 for messages;
 * cut says the file ended before its AN line, no_an that the next article
 * began before it. */
static ct_status read_article(const struct cti_read_ctx *rc, const struct line *L,
                              size_t a, size_t b, unsigned number, bool cut, bool no_an,
                              size_t *added)
{
	size_t hd = a;
	while (hd < b && !is_code(&L[hd], "HD"))
		hd++;
	size_t first = a;
	while (first < b && L[first].code < 0)
		first++;
	if (first == b)
		return CT_OK; /* no field at all: a cover page or search summary */
	if (hd == b || !L[hd].vlen) {
		/* an empty HD with its value on the next line */
		size_t v = hd + 1;
		while (hd < b && v < b && !L[v].len)
			v++;
		if (hd == b || v == b || L[v].code >= 0) {
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path,
			         (unsigned)first + 1, -1,
			         "article %u (lines %zu-%zu) has no headline (no 'HD' field line), "
			         "so it cannot be read as a Factiva article; article skipped "
			         "(check this part of the file)", number, first + 1, b);
			return CT_OK;
		}
	}
	unsigned at = (unsigned)hd + 1;

	/* The text: from the first LP or TD line to the first field line after
	 * which nothing but fields follows. */
	size_t text = hd;
	while (text < b && !(L[text].code >= 0 && codes[L[text].code].part == PART_TEXT))
		text++;
	size_t tail = b;
	for (size_t i = text + 1; i < b; i++)
		if (L[i].code >= 0 && codes[L[i].code].part != PART_TEXT &&
		    plausible_field(L, i, b) && fields_only(L, i, b)) {
			tail = i;
			break;
		}

	struct cti_buf body;
	cti_buf_init(&body);
	for (size_t i = text; i < tail;) {
		size_t j = i + 1;
		while (j < tail && !(L[j].code >= 0 && codes[L[j].code].part == PART_TEXT))
			j++;
		append_text(&body, L, i, j);
		i = j;
	}
	if (body.oom) {
		cti_buf_free(&body);
		return CT_ENOMEM;
	}
	if (!body.len) {
		if (cut)
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
			         "the file ends inside article %u (from line %u), before its "
			         "text: the export was cut short; article skipped (export it "
			         "again to get it)", number, at);
		else
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, at, -1,
			         "article %u (from line %u) has no text (no 'LP' or 'TD' field, "
			         "or empty ones); article skipped", number, at);
		cti_buf_free(&body);
		return CT_OK;
	}

	struct ct_document *doc = cti_source_add(rc->src);
	bool ok = doc && cti_document_set_text(doc, body.data, body.len);
	cti_buf_free(&body);
	if (ok) {
		doc->kind = CT_KIND_NEWS;
		doc->kind_set = true;
	}
	/* The fields outside the text, each with its continuation lines. */
	for (size_t i = first; ok && i < b; i++) {
		if (i == text) {
			i = tail - 1;
			continue;
		}
		const char *num;
		size_t nlen;
		if (L[i].code < 0) {
			if (is_document_line(&L[i], &num, &nlen))
				ok = add_field(doc, "accession-number", num, nlen);
			continue;
		}
		const char *key = codes[L[i].code].key;
		struct cti_buf val;
		cti_buf_init(&val);
		cti_buf_append(&val, L[i].val, L[i].vlen);
		while (i + 1 < b && i + 1 != text && L[i + 1].code < 0 &&
		       !ends_article(&L[i + 1])) {
			i++;
			if (L[i].len && !is_page_line(&L[i])) {
				if (val.len)
					cti_buf_putc(&val, ' ');
				cti_buf_append(&val, L[i].s, L[i].len);
			}
		}
		if (key)
			ok = !val.oom && add_field(doc, key, val.data ? val.data : "", val.len);
		cti_buf_free(&val);
	}
	if (!ok)
		return CT_ENOMEM;
	if (cut)
		cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, (unsigned)b, -1,
		         "the file ends inside article %u (from line %u) before its 'AN "
		         "Document ...' line: the export was cut short; the article was kept "
		         "as far as line %zu (export it again to get the rest)", number, at, b);
	else if (no_an)
		cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path, at, -1,
		         "article %u (from line %u) has no 'AN Document ...' line before the "
		         "next article's headline at line %zu; read as an article of its own",
		         number, at, b + 1);
	(*added)++;
	return CT_OK;
}

static ct_status read_factiva(const struct cti_read_ctx *rc, const char *text, size_t len)
{
	size_t n = 0;
	struct line *L = split_lines(text, len, &n);
	if (!L)
		return CT_ENOMEM;
	ct_status st = CT_OK;
	size_t added = 0, start = 0;
	unsigned number = 1;
	bool has_hd = false;
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		if (ends_article(&L[i])) {
			st = read_article(rc, L, start, i + 1, number++, false, false, &added);
			start = i + 1;
			has_hd = false;
		} else if (is_code(&L[i], "HD")) {
			if (has_hd && starts_article(L, i, n)) {
				st = read_article(rc, L, start, i, number++, false, true, &added);
				start = i;
			}
			has_hd = true;
		}
	}
	/* After the last AN line: a cut article, or the search summary. */
	if (st == CT_OK && has_hd)
		st = read_article(rc, L, start, n, number, true, false, &added);
	free(L);
	if (st != CT_OK)
		return st;
	if (!added) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, 0, -1,
		         "no article of this Factiva export could be read (see the messages "
		         "above); export the articles again as text or RTF");
		return CT_EPARSE;
	}
	return CT_OK;
}

/* A Factiva export: an HD field line, a PD or SN line, and at least four
 * different field codes in all. head is raw: lines may end in CR. */
static bool sniff_factiva(const char *head, size_t len)
{
	const char *p = head, *end = head + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	unsigned long seen = 0;
	unsigned distinct = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		struct line l;
		classify(&l, p, nl ? nl : end);
		p = nl ? nl + 1 : end;
		if (l.code < 0 || (codes[l.code].part == PART_TAIL && !is_code(&l, "AN")))
			continue;
		if (!(seen & 1ul << l.code))
			distinct++;
		seen |= 1ul << l.code;
	}
	unsigned long hd = 1ul << code_index("HD");
	unsigned long pd_sn = 1ul << code_index("PD") | 1ul << code_index("SN");
	return (seen & hd) && (seen & pd_sn) && distinct >= 4;
}

static const char *const exts[] = {NULL};

const struct cti_format cti_format_factiva = {
	.name = "factiva",
	.exts = exts,
	.raw = false,
	.sniff = sniff_factiva,
	.read = read_factiva,
};
