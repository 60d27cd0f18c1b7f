/* fmt-nexis.c — Nexis Uni / LexisNexis text exports: one file, many news
 * articles. Each article is a head (title, outlet, date line, copyright,
 * then labelled lines such as "Length:" and "Byline:", often closed by a
 * "Body" line), the text, and a trailer ("Load-Date:", "Language:" ...).
 * Nexis Uni ends every article with an "End of Document" line; older
 * LexisNexis exports start each with "N of M DOCUMENTS" and put the outlet
 * and date before the title. Every article becomes a news document whose
 * head and trailer are its metadata and whose text is the article alone. */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One line of the export. */
struct line {
	const char *raw;  /* where it starts */
	size_t raw_len;   /* bytes before its LF */
	const char *s;    /* the line without surrounding white space */
	size_t len;
};

/* Split text into lines (a final LF does not start another line). */
static struct line *split_lines(const char *text, size_t len, size_t *n_out)
{
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n' && i + 1 < len)
			n++;
	struct line *L = malloc(n * sizeof *L);
	if (!L)
		return NULL;
	size_t k = 0;
	const char *p = text, *end = text + len;
	while (k < n) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		L[k].raw = p;
		L[k].raw_len = (size_t)(le - p);
		L[k].s = p;
		L[k].len = L[k].raw_len;
		cti_trim(&L[k].s, &L[k].len);
		k++;
		p = nl ? nl + 1 : end;
	}
	*n_out = n;
	return L;
}

/* Whether the line reads word (any case) and nothing else. */
static bool line_is(const struct line *l, const char *word)
{
	size_t n = strlen(word);
	return l->len == n && strncasecmp(l->s, word, n) == 0;
}

/* Whether s (n bytes) contains word, in any case. */
static bool contains_ci(const char *s, size_t n, const char *word)
{
	size_t w = strlen(word);
	for (size_t i = 0; i + w <= n; i++)
		if (strncasecmp(s + i, word, w) == 0)
			return true;
	return false;
}

static bool is_end_line(const struct line *l)
{
	return line_is(l, "End of Document");
}

/* "12 of 48 DOCUMENTS", the line that opens an article in older exports. */
static bool is_n_of_m(const struct line *l)
{
	const char *p = l->s, *e = l->s + l->len;
	size_t d = 0;
	while (p < e && isdigit((unsigned char)*p))
		p++, d++;
	if (!d || e - p < 4 || strncasecmp(p, " of ", 4) != 0)
		return false;
	p += 4;
	while (p < e && *p == ' ')
		p++;
	d = 0;
	while (p < e && isdigit((unsigned char)*p))
		p++, d++;
	if (!d || p >= e || *p != ' ')
		return false;
	while (p < e && *p == ' ')
		p++;
	size_t rest = (size_t)(e - p);
	return (rest == 8 && strncasecmp(p, "DOCUMENT", 8) == 0) ||
	       (rest == 9 && strncasecmp(p, "DOCUMENTS", 9) == 0);
}

/* Labelled lines: the label as Nexis writes it (any case) and the metadata
 * key it becomes. */
struct label {
	const char *name;
	const char *key;
};

static const struct label head_labels[] = {
	{"Section", "section"},     {"Length", "length"},       {"Byline", "author"},
	{"Dateline", "dateline"},   {"Highlight", "highlight"}, {"Headline", "title"},
	{"Edition", "edition"},     {"Author", "author"},       {"Column", "column"},
	{"Series", "series"},
};

static const struct label trailer_labels[] = {
	{"Load-Date", "load-date"},
	{"Language", "language"},
	{"Publication-Type", "publication-type"},
	{"Document-Type", "document-type"},
	{"Journal-Code", "journal-code"},
	{"Correction-Date", "correction-date"},
	{"Subject", "subject"},
	{"Geographic", "geographic"},
	{"Organization", "organization"},
	{"Person", "person"},
	{"Company", "company"},
	{"Industry", "industry"},
	{"Ticker", "ticker"},
	{"Country", "country"},
	{"City", "city"},
	{"State", "state"},
	{"Notes", "notes"},
	{"Graphic", "graphic"},
	{"Url", "url"},
};

#define N_HEAD (sizeof head_labels / sizeof head_labels[0])
#define N_TRAILER (sizeof trailer_labels / sizeof trailer_labels[0])

/* The label of a "Label: value" line from table, with its value; NULL if
 * the line has none of them. */
static const struct label *labelled(const struct line *l, const struct label *table,
                                    size_t n, const char **val, size_t *vlen)
{
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(table[i].name);
		if (l->len <= k || strncasecmp(l->s, table[i].name, k) != 0)
			continue;
		const char *p = l->s + k, *e = l->s + l->len;
		while (p < e && *p == ' ')
			p++;
		if (p >= e || *p != ':')
			continue;
		p++;
		*val = p;
		*vlen = (size_t)(e - p);
		cti_trim(val, vlen);
		return &table[i];
	}
	return NULL;
}

/* Any "Label: value" line (a label of letters, digits, spaces and hyphens,
 * at most 30 bytes): key receives the label in lower case, spaces made
 * hyphens, for labels Nexis adds that the tables do not know. */
static bool any_label(const struct line *l, char key[32], const char **val, size_t *vlen)
{
	size_t k = 0;
	if (!l->len || !isalpha((unsigned char)l->s[0]))
		return false;
	while (k < l->len && k < 31 && (isalnum((unsigned char)l->s[k]) || l->s[k] == '-' ||
	                                l->s[k] == ' '))
		k++;
	if (k >= l->len || l->s[k] != ':' || (k + 1 < l->len && l->s[k + 1] != ' '))
		return false;
	*val = l->s + k + 1;
	*vlen = l->len - k - 1;
	cti_trim(val, vlen);
	for (size_t i = 0; i < k; i++)
		key[i] = l->s[i] == ' ' ? '-' : (char)tolower((unsigned char)l->s[i]);
	while (k && key[k - 1] == '-')
		k--;
	key[k] = '\0';
	return k > 0;
}

static bool is_head_label(const struct line *l)
{
	const char *v;
	size_t n;
	return labelled(l, head_labels, N_HEAD, &v, &n) != NULL;
}

static bool is_trailer_label(const struct line *l)
{
	const char *v;
	size_t n;
	return labelled(l, trailer_labels, N_TRAILER, &v, &n) != NULL;
}

/* "Copyright 2007 Northgate Herald Ltd", "(c) 2007 ...", "© 2007 ...":
 * a short line with a year in it. */
static bool is_copyright(const struct line *l)
{
	if (l->len > 200)
		return false;
	bool starts = (l->len >= 9 && strncasecmp(l->s, "Copyright", 9) == 0) ||
	              (l->len >= 3 && strncasecmp(l->s, "(c)", 3) == 0) ||
	              (l->len >= 2 && memcmp(l->s, "\xC2\xA9", 2) == 0);
	if (!starts)
		return false;
	for (size_t i = 0; i + 4 <= l->len; i++)
		if (isdigit((unsigned char)l->s[i]) && isdigit((unsigned char)l->s[i + 1]) &&
		    isdigit((unsigned char)l->s[i + 2]) && isdigit((unsigned char)l->s[i + 3]))
			return true;
	return false;
}

/* "All Rights Reserved", the second line of a copyright notice. */
static bool is_rights(const struct line *l)
{
	return l->len <= 80 && contains_ci(l->s, l->len, "rights reserved");
}

/* Headings of the parts Nexis Uni puts after the text. */
static bool is_after_heading(const struct line *l)
{
	return line_is(l, "Graphic") || line_is(l, "Classification") || line_is(l, "Notes");
}

static bool is_date_line(const struct line *l)
{
	char iso[11];
	return l->len && l->len <= 80 && ct_date_normalize(l->s, l->len, iso) == CT_OK;
}

/* Whether line k continues a trailer label's value: it is not blank and the
 * lines above it, up to a labelled one, are not blank either. */
static bool continues_label(const struct line *L, size_t k, size_t lo)
{
	if (!L[k].len || is_trailer_label(&L[k]))
		return false;
	while (k > lo) {
		k--;
		if (!L[k].len)
			return false;
		if (is_trailer_label(&L[k]))
			return true;
	}
	return false;
}

/* Language names as Nexis and Factiva write them, and their ISO 639-1 code
 * (the "lang" key the index stores). */
static bool add_meta(struct ct_document *doc, const char *key, const char *v, size_t n)
{
	return n == 0 || cti_document_add_meta(doc, key, strlen(key), v, n);
}

/* Add a labelled value, with the changes its key needs: "By " dropped from
 * bylines, a "lang" code next to "language". */
static bool add_labelled(struct ct_document *doc, const char *key, const char *v, size_t n)
{
	if (strcmp(key, "author") == 0 && n > 3 && strncasecmp(v, "By ", 3) == 0) {
		v += 3;
		n -= 3;
		cti_trim(&v, &n);
	}
	if (!add_meta(doc, key, v, n))
		return false;
	if (strcmp(key, "language") == 0) {
		const char *code = cti_lang_code(v, n);
		if (code && !add_meta(doc, "lang", code, strlen(code)))
			return false;
	}
	return true;
}

/* Append a line's text to b, a space between pieces. */
static void join(struct cti_buf *b, const struct line *l)
{
	if (b->len)
		cti_buf_putc(b, ' ');
	cti_buf_append(b, l->s, l->len);
}

/* An article's lines [a, b): read its head, text and trailer into a new
 * document, or report why it cannot be read. number counts articles from 1
 * for messages; cut says the file ended before its "End of Document". */
static ct_status read_article(const struct cti_read_ctx *rc, const struct line *L,
                              size_t a, size_t b, unsigned number, bool cut,
                              const char *text_end, size_t *added)
{
	size_t first = a;
	while (first < b && !L[first].len)
		first++;
	if (first == b)
		return CT_OK; /* nothing between two separators */
	unsigned at = (unsigned)first + 1;

	/* The labelled part of the head starts at the first head label or
	 * "Body" line; above it are the title, outlet, date and copyright. */
	size_t h = first;
	while (h < b && !is_head_label(&L[h]) && !line_is(&L[h], "Body"))
		h++;
	if (h == b) {
		if (cut)
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
			         "the file ends inside the head of article %u (from line %u), "
			         "before its text: the export was cut short; article skipped "
			         "(export it again to get it)", number, at);
		else
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
			         "article %u (from line %u) has no 'Length:', 'Byline:' or "
			         "'Section:' line and no 'Body' line, so its head cannot be told "
			         "from its text; article skipped (check that this part of the "
			         "file is a Nexis export as downloaded)", number, at);
		return CT_OK;
	}

	/* Title from a "Headline:" label, if any (older exports). */
	const char *hv = NULL;
	size_t hn = 0;
	for (size_t i = h; i < b && (L[i].len == 0 || is_head_label(&L[i])); i++) {
		const char *v;
		size_t n;
		const struct label *lb = labelled(&L[i], head_labels, N_HEAD, &v, &n);
		if (lb && strcmp(lb->key, "title") == 0 && n) {
			hv = v;
			hn = n;
		}
	}

	/* The date line: the last line above the labels that reads as a date. */
	size_t date = SIZE_MAX;
	for (size_t i = first; i < h; i++)
		if (is_date_line(&L[i]))
			date = i;
	if (date == SIZE_MAX) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
		         "article %u (from line %u) has no date line (such as 'September 3, "
		         "2007 Monday') above its 'Length:'/'Byline:' lines, so its title and "
		         "outlet cannot be found; article skipped (check the head of this "
		         "article in the file)", number, at);
		return CT_OK;
	}
	/* The outlet: the line above the date. */
	size_t outlet = date;
	while (outlet > first && !L[outlet - 1].len)
		outlet--;
	if (outlet == first) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, (unsigned)date + 1,
		         -1, "article %u (from line %u) has no outlet line above its date "
		         "line; article skipped (check the head of this article in the file)",
		         number, at);
		return CT_OK;
	}
	outlet--;

	/* Below the date: edition, copyright and, in older exports, the title. */
	struct cti_buf title, copyright;
	cti_buf_init(&title);
	cti_buf_init(&copyright);
	size_t edition = SIZE_MAX;
	for (size_t i = date + 1; i < h; i++) {
		if (!L[i].len)
			continue;
		if (is_copyright(&L[i]) || (copyright.len && is_rights(&L[i])))
			join(&copyright, &L[i]);
		else if (!title.len && edition == SIZE_MAX && L[i].len <= 60 &&
		         contains_ci(L[i].s, L[i].len, "edition"))
			edition = i;
		else
			join(&title, &L[i]);
	}
	if (hn) {
		cti_buf_reset(&title);
		cti_buf_append(&title, hv, hn);
	} else if (!title.len) {
		/* Nexis Uni: the title is the line above the outlet */
		size_t t = outlet;
		while (t > first && !L[t - 1].len)
			t--;
		if (t > first)
			join(&title, &L[t - 1]);
	}
	if (!title.len) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
		         "article %u (from line %u) has no title line above its outlet ('%.*s') "
		         "or below its date; article skipped (check the head of this article "
		         "in the file)", number, at, (int)(L[outlet].len > 80 ? 80 : L[outlet].len),
		         L[outlet].s);
		cti_buf_free(&title);
		cti_buf_free(&copyright);
		return CT_OK;
	}

	/* The labels, then the text: after a "Body" line (other labels may come
	 * before it), or after the known labels. */
	size_t body = b, body_line = SIZE_MAX;
	for (size_t i = h; i < b; i++) {
		if (!L[i].len || is_head_label(&L[i]))
			continue;
		size_t k = i;
		char key[32];
		const char *v;
		size_t n;
		while (k < b && (!L[k].len || any_label(&L[k], key, &v, &n)))
			k++;
		if (k < b && line_is(&L[k], "Body"))
			body_line = k;
		body = body_line != SIZE_MAX ? body_line + 1 : i;
		break;
	}
	while (body < b && !L[body].len)
		body++;

	/* The end of the text: the headings that follow it (Graphic,
	 * Classification, Notes), or the trailer — the last run of trailer
	 * labels (with their continuation lines), copyright and blank lines. */
	size_t end = b;
	for (size_t i = body; i < b; i++)
		if (is_after_heading(&L[i])) {
			end = i;
			break;
		}
	size_t trailer = end;
	for (size_t j = end; j > body; j--) {
		const struct line *l = &L[j - 1];
		if (is_trailer_label(l) || is_copyright(l))
			trailer = j - 1;
		else if (l->len && !is_rights(l) && !continues_label(L, j - 1, body))
			break;
	}
	size_t text_last = trailer; /* exclusive */
	while (text_last > body && !L[text_last - 1].len)
		text_last--;
	if (text_last <= body) {
		if (cut)
			cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, at, -1,
			         "the file ends inside article %u ('%s', from line %u), before "
			         "its text: the export was cut short; article skipped (export it "
			         "again to get it)", number, title.data, at);
		else
			cti_diag(rc->diag, rc->ctx, CT_DIAG_SKIPPED, CT_EEMPTY, rc->path, at, -1,
			         "article %u ('%s', from line %u) has no text; article skipped",
			         number, title.data, at);
		cti_buf_free(&title);
		cti_buf_free(&copyright);
		return CT_OK;
	}

	struct ct_document *doc = cti_source_add(rc->src);
	bool ok = doc != NULL;
	if (ok) {
		doc->kind = CT_KIND_NEWS;
		doc->kind_set = true;
		const char *ts = L[body].raw;
		const char *te = L[text_last - 1].raw + L[text_last - 1].raw_len;
		if (te < text_end && *te == '\n')
			te++;
		ok = cti_document_set_text(doc, ts, (size_t)(te - ts)) &&
		     add_meta(doc, "title", title.data, title.len) &&
		     add_meta(doc, "outlet", L[outlet].s, L[outlet].len) &&
		     add_meta(doc, "date", L[date].s, L[date].len) &&
		     (edition == SIZE_MAX ||
		      add_meta(doc, "edition", L[edition].s, L[edition].len));
	}
	/* head labels (any label, when a "Body" line closes them) */
	for (size_t i = h; ok && i < body; i++) {
		const char *v;
		size_t n;
		char key[32];
		const struct label *lb = labelled(&L[i], head_labels, N_HEAD, &v, &n);
		if (lb && strcmp(lb->key, "title") != 0)
			ok = add_labelled(doc, lb->key, v, n);
		else if (!lb && body_line != SIZE_MAX && any_label(&L[i], key, &v, &n))
			ok = add_labelled(doc, key, v, n);
	}
	/* trailer labels (each with its continuation lines) and copyright */
	bool in_copyright = false;
	for (size_t i = trailer; ok && i < b; i++) {
		const char *v;
		size_t n;
		const struct label *lb = labelled(&L[i], trailer_labels, N_TRAILER, &v, &n);
		if (lb) {
			struct cti_buf val;
			cti_buf_init(&val);
			cti_buf_append(&val, v, n);
			while (i + 1 < b && continues_label(L, i + 1, trailer))
				join(&val, &L[++i]);
			ok = !val.oom && add_labelled(doc, lb->key, val.data ? val.data : "", val.len);
			cti_buf_free(&val);
			in_copyright = false;
		} else if (is_copyright(&L[i]) && (in_copyright || !copyright.len)) {
			join(&copyright, &L[i]);
			in_copyright = true;
		} else if (in_copyright && L[i].len && is_rights(&L[i])) {
			join(&copyright, &L[i]);
		}
	}
	if (ok)
		ok = !copyright.oom && !title.oom &&
		     add_meta(doc, "copyright", copyright.data, copyright.len);
	cti_buf_free(&title);
	cti_buf_free(&copyright);
	if (!ok)
		return CT_ENOMEM;
	if (cut)
		cti_diag(rc->diag, rc->ctx, CT_DIAG_WARNING, CT_EPARSE, rc->path,
		         (unsigned)text_last, -1,
		         "the file ends inside article %u (from line %u) with no 'End of "
		         "Document' line: the export was cut short; the article was kept as "
		         "far as line %u (export it again to get the rest)",
		         number, at, (unsigned)text_last);
	(*added)++;
	return CT_OK;
}

static bool blank_lines(const struct line *L, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (L[i].len)
			return false;
	return true;
}

static ct_status read_nexis(const struct cti_read_ctx *rc, const char *text, size_t len)
{
	size_t n = 0;
	struct line *L = split_lines(text, len, &n);
	if (!L)
		return CT_ENOMEM;
	bool has_end = false;
	for (size_t i = 0; i < n && !has_end; i++)
		has_end = is_end_line(&L[i]);

	/* Articles end at "End of Document" and start after "N of M DOCUMENTS";
	 * what precedes the first "N of M" line is a cover page. */
	ct_status st = CT_OK;
	size_t added = 0, start = 0;
	unsigned number = 1;
	bool seen_marker = false;
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		bool end = is_end_line(&L[i]);
		if (!end && !is_n_of_m(&L[i]))
			continue;
		/* "End of Document" closes what precedes it, even a first article
		 * after a cover page; "N of M" does so only after another marker */
		if (!blank_lines(L, start, i) && (end || seen_marker))
			st = read_article(rc, L, start, i, number++, false, text + len, &added);
		start = i + 1;
		seen_marker = true;
	}
	if (st == CT_OK && !blank_lines(L, start, n))
		st = read_article(rc, L, start, n, number, has_end, text + len, &added);
	free(L);
	if (st != CT_OK)
		return st;
	if (!added) {
		cti_diag(rc->diag, rc->ctx, CT_DIAG_ERROR, CT_EPARSE, rc->path, 0, -1,
		         "no article of this Nexis export could be read (see the messages "
		         "above); export the articles again as plain text");
		return CT_EPARSE;
	}
	return CT_OK;
}

/* A Nexis export: an "End of Document" or "N of M DOCUMENTS" line and two
 * of the head's labels, or (a first article longer than the sniffed bytes)
 * "Length: N words", a "Body" line and another label. head is raw: lines
 * may end in CR. */
static bool sniff_nexis(const char *head, size_t len)
{
	static const char *const keys[] = {
		"Length", "Byline", "Section", "Load-Date", "Language", "Publication-Type",
	};
	bool marker = false, words = false;
	unsigned seen = 0, n_seen = 0;
	const char *p = head, *end = head + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		struct line l = {p, (size_t)((nl ? nl : end) - p), p, 0};
		l.len = l.raw_len;
		cti_trim(&l.s, &l.len);
		p = nl ? nl + 1 : end;
		if (is_end_line(&l) || is_n_of_m(&l)) {
			marker = true;
			continue;
		}
		if (line_is(&l, "Body")) {
			if (!(seen & 1u << 6))
				n_seen++;
			seen |= 1u << 6;
			continue;
		}
		for (unsigned k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			if (!l.len || (l.s[0] | 32) != (keys[k][0] | 32))
				continue; /* the first letter first (the keys' are letters) */
			size_t kl = strlen(keys[k]);
			if (l.len > kl && strncasecmp(l.s, keys[k], kl) == 0 && l.s[kl] == ':') {
				if (!(seen & 1u << k))
					n_seen++;
				seen |= 1u << k;
				if (k == 0 && l.len > 6 && strncasecmp(l.s + l.len - 5, "words", 5) == 0)
					words = true;
			}
		}
	}
	return (marker && n_seen >= 2) || (words && (seen & 1u << 6) && n_seen >= 3);
}

static const char *const exts[] = {NULL};

const struct cti_format cti_format_nexis = {
	.name = "nexis",
	.exts = exts,
	.raw = false,
	.sniff = sniff_nexis,
	.read = read_nexis,
};
