/*
 * cite-fields.c — the fields of a citation taken wherever they stand in it
 * (step 2 of citation.c's description), before the author block and the
 * title are read: URLs (a web-archive address unwrapped into the original
 * URL, the archive URL and its date), DOIs, "Accessed …" dates, ISBN /
 * ISSN, archival units ("b. 55", "busta 3"), German parliamentary papers
 * ("BT-Drs. 14/6496"), a first edition's year ("(erstmals 1967)"),
 * references to other notes ("(Anm. 3)", "[vedi supra]"), a pinpoint
 * within the pages (", hier S. 448") and a commentary's marginal number
 * ("§ 3 Rn. 22"). Each scans the working copy of struct parse
 * (cite-parse.h), sets the fields it finds and consumes their bytes, so
 * that later scans do not read them again.
 */
#include "extract/cite-parse.h"
#include "util/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static bool url_char(char c)
{
	return c != ' ' && c != BAR && c != '<' && c != '>' && c != '"' && (unsigned char)c >= 0x21;
}

void cti_cite_take_urls(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = 0; i < n; i++) {
		bool url = (cti_cite_starts_ci(s, n, i, "http://") || cti_cite_starts_ci(s, n, i, "https://") ||
		            (cti_cite_starts_ci(s, n, i, "www.") && cti_cite_word_start(s, i)));
		bool doi = !url && (cti_cite_starts_ci(s, n, i, "doi:") || cti_cite_starts_ci(s, n, i, "doi ")) &&
		           cti_cite_word_start(s, i);
		if (!url && !doi && cti_cite_starts_cs(s, n, i, "10.") && cti_cite_word_start(s, i) && i + 8 < n &&
		    cti_cite_is_dig(s[i + 3]) && memchr(s + i, '/', n - i < 12 ? n - i : 12))
			doi = true;
		if (!url && !doi)
			continue;
		size_t j = i;
		if (doi && !cti_cite_starts_cs(s, n, i, "10."))
			j = i + 4;
		while (j < n && s[j] == ' ')
			j++;
		size_t a = j;
		while (j < n && url_char(s[j]))
			j++;
		/* a URL broken over a space: "…/ 2007/12/…" */
		while (url && j + 1 < n && s[j] == ' ' && j > a && s[j - 1] == '/' && url_char(s[j + 1]))
			for (j++; j < n && url_char(s[j]); j++)
				;
		size_t b = j;
		while (b > a && (s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == ';' ||
		                 s[b - 1] == ')' || s[b - 1] == ']'))
			b--;
		if (b <= a)
			continue;
		struct cti_buf t;
		cti_buf_init(&t);
		for (size_t k = a; k < b; k++)
			if (s[k] != ' ')
				cti_buf_putc(&t, s[k]);
		if (t.oom || !t.data) {
			cti_buf_free(&t);
			continue;
		}
		if (doi) {
			if (!p->f.doi)
				p->f.doi = cti_cite_arena_strn(p->cs, t.data, t.len);
		} else {
			const char *u = t.data;
			const char *wa = strstr(u, "web.archive.org/web/");
			if (wa) {
				const char *ts = wa + 20;
				size_t k = 0;
				while (cti_cite_is_dig(ts[k]))
					k++;
				const char *rest = ts + k;
				while (*rest && *rest != '/')
					rest++;
				if (k >= 8 && *rest == '/' && rest[1]) {
					char iso[11];
					int y = (ts[0] - '0') * 1000 + (ts[1] - '0') * 100 + (ts[2] - '0') * 10 + (ts[3] - '0');
					int m = (ts[4] - '0') * 10 + (ts[5] - '0');
					int d = (ts[6] - '0') * 10 + (ts[7] - '0');
					if (cti_cite_valid_year(y) && m >= 1 && m <= 12 && d >= 1 && d <= cti_cite_days_in(y, m)) {
						cti_cite_iso_write(iso, y, m, d);
						p->f.archived = cti_cite_arena_str(p->cs, iso);
					}
					p->f.archive_url = cti_cite_arena_strn(p->cs, t.data, t.len);
					const char *orig = rest + 1;
					if (strncmp(orig, "http", 4) != 0) {
						char *o = cti_printf("http://%s", orig);
						if (!p->f.url)
							p->f.url = cti_cite_arena_str(p->cs, o);
						free(o);
					} else if (!p->f.url) {
						p->f.url = cti_cite_arena_str(p->cs, orig);
					}
				}
			} else if (!p->f.url) {
				p->f.url = cti_cite_arena_strn(p->cs, t.data, t.len);
			}
		}
		cti_buf_free(&t);
		/* the lead-in: "Available at:", "URL:", "online:", "Retrieved from" */
		size_t la = i;
		static const char *const lead[] = {"Available at:", "Available from:", "available at:",
		                                   "URL:", "URL", "online:", "Online:", "Retrieved from",
		                                   "retrieved from", "Available at", "Online unter:",
		                                   "online unter:", "<", "Online verfügbar unter:"};
		size_t q = la;
		while (q > 0 && s[q - 1] == ' ')
			q--;
		for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
			size_t ll = strlen(lead[k]);
			if (q >= ll && !memcmp(s + q - ll, lead[k], ll)) {
				la = q - ll;
				break;
			}
		}
		cti_cite_consume(p, la, j);
		i = j;
	}
}

/* "Accessed November 12, 2012", "(accessed 3 May 2010)", "[Zugriff am …]" */
void cti_cite_take_accessed(struct parse *p)
{
	static const char *const kw[] = {"accessed on", "accessed", "last accessed", "retrieved on",
	                                 "retrieved", "zugriff am", "abgerufen am", "consultato il",
	                                 "stand:", "accessed:", "viewed", "consulted"};
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = 0; i < n; i++) {
		if (!cti_cite_word_start(s, i) || !isalpha((unsigned char)s[i]))
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_ci(s, n, i, kw[k]))
				continue;
			size_t j = i + strlen(kw[k]);
			if (j < n && isalpha((unsigned char)s[j]))
				continue;
			while (j < n && (s[j] == ' ' || s[j] == ':' || s[j] == ','))
				j++;
			char iso[11];
			size_t e;
			if (cti_cite_scan_date(s, n, j, &e, iso)) {
				size_t a = i;
				if (a > 0 && (s[a - 1] == '(' || s[a - 1] == '['))
					a--;
				if (e < n && (s[e] == ')' || s[e] == ']'))
					e++;
				p->f.accessed = cti_cite_arena_str(p->cs, iso);
				cti_cite_consume(p, a, e);
				return;
			}
		}
	}
	/* excite: "(12.10.2009)" after a URL */
	if (p->f.url) {
		for (size_t i = 0; i + 1 < n; i++) {
			if (s[i] != '(' )
				continue;
			char iso[11];
			size_t e;
			if (cti_cite_scan_date(s, n, i + 1, &e, iso) == 3 && e < n && s[e] == ')') {
				p->f.accessed = cti_cite_arena_str(p->cs, iso);
				cti_cite_consume(p, i, e + 1);
				return;
			}
		}
	}
}

/* "ISBN 0-471-35349-3", "ISSN: 0012-3456": consumed, so that its digits
 * are no pages or year. */
void cti_cite_take_isbn(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = 0; i + 4 < n; i++) {
		if (!cti_cite_word_start(s, i) || !(cti_cite_starts_cs(s, n, i, "ISBN") || cti_cite_starts_cs(s, n, i, "ISSN")))
			continue;
		size_t j = i + 4;
		while (j < n && (s[j] == ':' || s[j] == ' ' || s[j] == '-'))
			j++;
		size_t d = j;
		while (j < n && (cti_cite_is_dig(s[j]) || s[j] == '-' || s[j] == 'X' || s[j] == 'x' ||
		                 (s[j] == ' ' && j + 1 < n && cti_cite_is_dig(s[j + 1]) && j - d < 10)))
			j++;
		if (j - d >= 8)
			cti_cite_consume(p, i, j);
	}
}

/* An archival unit: "b. 55", "bb. 312", "reg. 107", "busta 3", "filza 12"
 * (Italian archives' boxes, registers, files): consumed, so that its
 * number is read as no volume or page. */
void cti_cite_take_archival_units(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"b. ", "bb. ", "reg. ", "regg. ", "busta ", "buste ",
	                                 "filza ", "filze "};
	for (size_t i = 0; i < n; i++) {
		if (!cti_cite_word_start(s, i) || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ','))
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			size_t j = i + strlen(kw[k]), e = j;
			while (e < n && cti_cite_is_dig(s[e]))
				e++;
			if (e > j && (e >= n || !isalpha((unsigned char)s[e]))) {
				cti_cite_consume(p, i, e);
				i = e;
			}
			break;
		}
	}
}

/* A parliamentary paper: "Drucksache 12/4096", "BT-Drs. 14/6496",
 * "BT-Drucks. 11/2020": the genre, the legislative period as the volume,
 * the paper's number as the issue. */
void cti_cite_take_drucksache(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"Drucksache", "BT-Drucksache", "BR-Drucksache", "BT-Drs.",
	                                 "BR-Drs.", "BT-Drucks.", "BR-Drucks.", "Drs."};
	for (size_t i = 0; i + 6 < n; i++) {
		if (!cti_cite_word_start(s, i))
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			size_t j = i + strlen(kw[k]);
			while (j < n && s[j] == ' ')
				j++;
			size_t d = j;
			while (j < n && cti_cite_is_dig(s[j]))
				j++;
			if (j == d || j - d > 2 || j + 1 >= n || s[j] != '/' || !cti_cite_is_dig(s[j + 1]))
				break;
			size_t m = j + 1;
			while (m < n && cti_cite_is_dig(s[m]))
				m++;
			if (m < n && isalpha((unsigned char)s[m]))
				break;
			p->f.genre = "Drucksache";
			if (!p->f.volume)
				p->f.volume = cti_cite_arena_strn(p->cs, s + d, j - d);
			if (!p->f.issue)
				p->f.issue = cti_cite_arena_strn(p->cs, s + j + 1, m - j - 1);
			cti_cite_consume(p, i, m);
			return;
		}
	}
}

/* A note on the first edition after a book's year: "(erstmals 1967)",
 * "(erstmals Paris 1912)", "(zuerst 1899)", "(orig. 1937)", "(first
 * published 1912)": consumed with its brackets, so that its year is not
 * taken for the edition cited. */
void cti_cite_take_first_edition(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"(erstmals ", "(zuerst ", "(Erstausgabe ", "(orig. ",
	                                 "(Orig. ", "(first published ", "(originally published ",
	                                 "(Original ", "(engl. Original ", "(urspr. "};
	for (size_t i = 0; i + 4 < n; i++) {
		if (s[i] != '(')
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			size_t e = i + 1;
			bool year = false;
			size_t ye;
			while (e < n && e - i < 60 && s[e] != ')' && s[e] != '(') {
				if (cti_cite_scan_year(s, n, e, &ye) && (e == 0 || !cti_cite_is_dig(s[e - 1])))
					year = true;
				e++;
			}
			if (e < n && s[e] == ')' && year)
				cti_cite_consume(p, i, e + 1);
			break;
		}
	}
}

/* References to other notes: "(Anm. 3)", "[s. Anm. 1]", "(wie Anm. 12)",
 * "(note 4)", "(n. 4)": consumed with their brackets. */
void cti_cite_take_note_refs(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	/* a pointer to a note before, in brackets: "[vedi supra]", "(see
	 * above)" */
	static const char *const back[] = {"vedi supra", "vedi sopra", "v. supra", "cfr. supra",
	                                   "supra", "see above", "siehe oben"};
	for (size_t i = 0; i + 6 < n; i++) {
		if (s[i] != '[' && s[i] != '(')
			continue;
		char cl = s[i] == '(' ? ')' : ']';
		for (size_t k = 0; k < sizeof back / sizeof back[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i + 1, back[k]))
				continue;
			size_t e = i + 1 + strlen(back[k]);
			while (e < n && e - i < 16 && s[e] != cl && s[e] != ' ')
				e++; /* "suprà", "supra." */
			if (e < n && s[e] == cl) {
				cti_cite_consume(p, i, e + 1);
				i = e;
			}
			break;
		}
	}
	for (size_t i = 0; i + 4 < n; i++) {
		/* "(Anm. 3)", "(note 12)", "(o. Fn. 12)": a reference to a note */
		if (!cti_cite_word_start(s, i) || !(cti_cite_starts_cs(s, n, i, "Anm. ") || cti_cite_starts_cs(s, n, i, "Anm ") ||
		                           cti_cite_starts_cs(s, n, i, "note ") || cti_cite_starts_cs(s, n, i, "n. ") ||
		                           cti_cite_starts_cs(s, n, i, "Fn. ") || cti_cite_starts_cs(s, n, i, "Fn.") ||
		                           cti_cite_starts_cs(s, n, i, "Fußnote ")))
			continue;
		/* inside brackets: from the opener to the closer */
		size_t a = i;
		while (a > 0 && i - a < 12 && s[a - 1] != '(' && s[a - 1] != '[')
			a--;
		if (a == 0 || (s[a - 1] != '(' && s[a - 1] != '['))
			continue;
		char cl = s[a - 1] == '(' ? ')' : ']';
		size_t e = i;
		while (e < n && e - i < 16 && s[e] != cl)
			e++;
		if (e >= n || s[e] != cl)
			continue;
		cti_cite_consume(p, a - 1, e + 1);
		i = e;
	}
}

/* ", hier S. 448", ", insb. S. 113f.": the passage meant within the pages
 * cited; it is no title or container (and the range before it is the
 * page). */
void cti_cite_take_pinpoint(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const lead[] = {", hier S. ", ", hier S.", ", insb. S. ", ", insbes. S. ",
	                                   ", bes. S. ", ", here p. ", ", esp. p. ", ", esp. pp. "};
	for (size_t i = 0; i + 4 < n; i++) {
		if (s[i] != ',')
			continue;
		size_t ll = 0;
		for (size_t k = 0; k < sizeof lead / sizeof lead[0] && !ll; k++)
			if (cti_cite_starts_cs(s, n, i, lead[k]))
				ll = strlen(lead[k]);
		if (!ll || i + ll >= n || !cti_cite_is_dig(s[i + ll]))
			continue;
		/* only after a page range or a page: "S. 447ff., hier S. 448" */
		size_t b = i;
		while (b > 0 && (s[b - 1] == '.' || s[b - 1] == 'f' || s[b - 1] == ' '))
			b--;
		if (b == 0 || !cti_cite_is_dig(s[b - 1]))
			continue;
		size_t e = cti_cite_page_range(s, n, i + ll, false);
		if (e <= i + ll)
			continue;
		while (e < n && (s[e] == 'f' || s[e] == ' ' || s[e] == '.') && e - i < 40)
			e++;
		cti_cite_consume(p, i, e);
		i = e;
	}
}

/* "§ 3 Rn. 22", "Art. 28 Rn. 84 ff.": the place in a commentary cited, a
 * section and its marginal number; no title, volume or page. */
void cti_cite_take_marginal_number(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = 0; i + 6 < n; i++) {
		size_t a = i, j;
		if (cti_cite_starts_cs(s, n, i, "\xc2\xa7 "))
			j = i + 3;
		else if (cti_cite_starts_cs(s, n, i, "Art. ") && cti_cite_word_start(s, i))
			j = i + 5;
		else
			continue;
		if (j >= n || !cti_cite_is_dig(s[j]))
			continue;
		while (j < n && (cti_cite_is_dig(s[j]) || islower((unsigned char)s[j])) && j - i < 12)
			j++;
		while (j < n && s[j] == ' ')
			j++;
		if (!cti_cite_starts_cs(s, n, j, "Rn.") && !cti_cite_starts_cs(s, n, j, "Rdnr.") &&
		    !cti_cite_starts_cs(s, n, j, "Rz."))
			continue;
		while (j < n && s[j] != '.')
			j++;
		j++;
		while (j < n && s[j] == ' ')
			j++;
		size_t e = j;
		while (e < n && (cti_cite_is_dig(s[e]) || s[e] == '-'))
			e++;
		if (e == j)
			continue;
		if (cti_cite_starts_cs(s, n, e, " ff.") || cti_cite_starts_cs(s, n, e, " f."))
			e += s[e + 2] == 'f' ? 4 : 3;
		cti_cite_consume(p, a, e);
		i = e;
	}
}
