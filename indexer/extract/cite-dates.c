/*
 * cite-dates.c — the dates inside one citation, as the citation parser
 * reads them (citation.c, cite-fields.c, cite-forms.c): a year
 * (1400..2039, "2015a"), a month name (English, German, Italian, French;
 * whole or abbreviated), a written date ("September 3, 2007", "3. März
 * 2009", "Sept. 2007", "2007-09-03", "12.10.2009") with its precision, and
 * ISO 8601 written from year, month and day. Not dates.c, which finds the
 * dates written in a document's running text and resolves them against the
 * document's date.
 */
#include "extract/cite-parse.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	int month;
	size_t min; /* shortest accepted prefix */
} month_names[] = {
	{"january", 1, 3}, {"february", 2, 3}, {"march", 3, 3}, {"april", 4, 3},
	{"may", 5, 3}, {"june", 6, 3}, {"july", 7, 3}, {"august", 8, 3},
	{"september", 9, 3}, {"october", 10, 3}, {"november", 11, 3}, {"december", 12, 3},
	{"januar", 1, 6}, {"j\xc3\xa4nner", 1, 7}, {"februar", 2, 7}, {"m\xc3\xa4rz", 3, 5},
	{"mai", 5, 3}, {"juni", 6, 4}, {"juli", 7, 4}, {"oktober", 10, 3}, {"dezember", 12, 3},
	{"gennaio", 1, 7}, {"febbraio", 2, 8}, {"marzo", 3, 5}, {"aprile", 4, 6},
	{"maggio", 5, 6}, {"giugno", 6, 6}, {"luglio", 7, 6}, {"agosto", 8, 6},
	{"settembre", 9, 9}, {"ottobre", 10, 7}, {"dicembre", 12, 8},
	{"janvier", 1, 7}, {"f\xc3\xa9vrier", 2, 8}, {"mars", 3, 4}, {"avril", 4, 5},
	{"juin", 6, 4}, {"juillet", 7, 7}, {"ao\xc3\xbbt", 8, 5}, {"septembre", 9, 9},
	{"octobre", 10, 7}, {"novembre", 11, 8}, {"d\xc3\xa9\x63\x65mbre", 12, 9},
};

/* A month name at s[i] (a whole word, optionally abbreviated with a dot):
 * its number, *end after it (and its dot); 0 if none. */
int cti_cite_scan_month(const char *s, size_t n, size_t i, size_t *end)
{
	if (!cti_cite_word_start(s, i) || !cti_cite_is_letter_at(s, n, i))
		return 0;
	size_t j = i;
	while (j < n && cti_cite_is_letter_at(s, n, j)) {
		size_t l;
		cti_cite_letter_case(s, n, j, &l);
		j += l;
	}
	size_t wl = j - i;
	if (wl < 3 || wl > 10)
		return 0;
	for (size_t m = 0; m < sizeof month_names / sizeof month_names[0]; m++) {
		size_t full = strlen(month_names[m].name);
		if (wl > full || wl < month_names[m].min)
			continue;
		if (strncasecmp(s + i, month_names[m].name, wl) != 0)
			continue;
		if (wl < full && !(wl == 4 && !strncasecmp(s + i, "sept", 4)) && wl != 3)
			continue; /* only 3-letter and "Sept" abbreviations */
		bool abbrev = wl < full;
		/* "May" / "March" as a word are months only before a digit */
		size_t k = j;
		if (k < n && s[k] == '.')
			k++;
		else if (abbrev && !(k < n && (cti_cite_is_sp(s[k]) || s[k] == ',')))
			return 0;
		*end = k;
		return month_names[m].month;
	}
	return 0;
}

/* 1..max digits at s[i] (not preceded or followed by a digit). */
int cti_cite_scan_num(const char *s, size_t n, size_t i, int max, size_t *end)
{
	if (i >= n || !cti_cite_is_dig(s[i]) || (i > 0 && cti_cite_is_dig(s[i - 1])))
		return -1;
	int v = 0, k = 0;
	size_t j = i;
	while (j < n && cti_cite_is_dig(s[j])) {
		if (++k > max)
			return -1;
		v = v * 10 + (s[j] - '0');
		j++;
	}
	*end = j;
	return v;
}

bool cti_cite_valid_year(int y)
{
	return y >= 1400 && y <= 2039;
}

/* A year at s[i] (whole number, 1400..2039), with an optional letter
 * ("2015a"); *end after it. */
int cti_cite_scan_year(const char *s, size_t n, size_t i, size_t *end)
{
	if (i > 0 && (isalpha((unsigned char)s[i - 1]) || cti_cite_is_dig(s[i - 1])))
		return 0;
	size_t e;
	int y = cti_cite_scan_num(s, n, i, 4, &e);
	if (y < 0 || e - i != 4 || !cti_cite_valid_year(y))
		return 0;
	if (e < n && s[e] >= 'a' && s[e] <= 'h' && !(e + 1 < n && isalpha((unsigned char)s[e + 1])))
		e++;
	if (e < n && isalpha((unsigned char)s[e]))
		return 0;
	*end = e;
	return y;
}

int cti_cite_days_in(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

void cti_cite_iso_write(char out[11], int y, int m, int d)
{
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '\0';
	if (m < 1)
		return;
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '\0';
	if (d < 1)
		return;
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

size_t cti_cite_skip_sp_comma(const char *s, size_t n, size_t i)
{
	while (i < n && (cti_cite_is_sp(s[i]) || s[i] == ','))
		i++;
	return i;
}

static size_t skip_ordinal(const char *s, size_t n, size_t i)
{
	if (i + 2 <= n && (cti_cite_starts_ci(s, n, i, "st") || cti_cite_starts_ci(s, n, i, "nd") ||
	                   cti_cite_starts_ci(s, n, i, "rd") || cti_cite_starts_ci(s, n, i, "th")) &&
	    !(i + 2 < n && isalpha((unsigned char)s[i + 2])))
		return i + 2;
	return i;
}

/* A written date at s[i]: "September 3, 2007", "3 September 2007",
 * "3. März 2009", "Sept. 2007", "2007-09-03", "12.10.2009". Writes ISO and
 * returns its precision (1 year, 2 month, 3 day), 0 if none. */
int cti_cite_scan_date(const char *s, size_t n, size_t i, size_t *end, char iso[11])
{
	size_t e = 0, e2 = 0, e3 = 0;
	int m, d, y;
	if (i >= n || !cti_cite_word_start(s, i))
		return 0;
	if ((m = cti_cite_scan_month(s, n, i, &e)) > 0) {
		size_t j = e;
		while (j < n && cti_cite_is_sp(s[j]))
			j++;
		d = cti_cite_scan_num(s, n, j, 2, &e2);
		if (d > 0) {
			size_t k = skip_ordinal(s, n, e2);
			k = cti_cite_skip_sp_comma(s, n, k);
			if ((y = cti_cite_scan_year(s, n, k, &e3)) && d <= cti_cite_days_in(y, m)) {
				cti_cite_iso_write(iso, y, m, d);
				*end = e3;
				return 3;
			}
		}
		j = cti_cite_skip_sp_comma(s, n, e);
		if ((y = cti_cite_scan_year(s, n, j, &e3))) {
			cti_cite_iso_write(iso, y, m, 0);
			*end = e3;
			return 2;
		}
		return 0;
	}
	if ((d = cti_cite_scan_num(s, n, i, 2, &e)) > 0) {
		size_t k = skip_ordinal(s, n, e);
		size_t k1 = k + 1;
		if (k < n && s[k] == '.' && k1 < n && s[k1] == ' ' && k1 + 1 < n && cti_cite_is_dig(s[k1 + 1]))
			k1++; /* "28. 10. 1995" */
		if (k < n && s[k] == '.' && k1 < n && cti_cite_is_dig(s[k1])) {
			/* 12.10.2009, 28. 10. 1995, 13.9. 1994 */
			m = cti_cite_scan_num(s, n, k1, 2, &e2);
			size_t ys = e2 + 1;
			if (ys < n && s[ys] == ' ')
				ys++;
			if (m >= 1 && m <= 12 && e2 < n && s[e2] == '.' &&
			    (y = cti_cite_scan_year(s, n, ys, &e3)) && d <= cti_cite_days_in(y, m)) {
				cti_cite_iso_write(iso, y, m, d);
				*end = e3;
				return 3;
			}
			return 0;
		}
		if (k < n && s[k] == '.')
			k++;
		while (k < n && cti_cite_is_sp(s[k]))
			k++;
		if ((m = cti_cite_scan_month(s, n, k, &e2)) > 0) {
			size_t j = cti_cite_skip_sp_comma(s, n, e2);
			if ((y = cti_cite_scan_year(s, n, j, &e3)) && d <= cti_cite_days_in(y, m)) {
				cti_cite_iso_write(iso, y, m, d);
				*end = e3;
				return 3;
			}
		}
		return 0;
	}
	if ((y = cti_cite_scan_year(s, n, i, &e)) && e - i == 4 && e + 3 <= n &&
	    (s[e] == '-' || s[e] == '/') && cti_cite_is_dig(s[e + 1])) {
		m = cti_cite_scan_num(s, n, e + 1, 2, &e2);
		if (m >= 1 && m <= 12 && e2 - (e + 1) == 2) {
			if (e2 + 1 < n && s[e2] == s[e] && cti_cite_is_dig(s[e2 + 1])) {
				d = cti_cite_scan_num(s, n, e2 + 1, 2, &e3);
				if (d >= 1 && d <= cti_cite_days_in(y, m) && e3 - (e2 + 1) == 2) {
					cti_cite_iso_write(iso, y, m, d);
					*end = e3;
					return 3;
				}
			}
		}
	}
	return 0;
}
