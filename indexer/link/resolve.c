/* resolve.c — which corpus document a citation names. A newspaper article:
 * the same outlet (case, "The" and punctuation aside), a publication date
 * within a day of the citation's, and a title that shares most of its
 * words. An interview: the interview notes with the code the citation
 * gives, or with its date and affiliation or place. Testimony: the
 * transcript of that day's hearing where the witness speaks or is named
 * (index/cites-store.c, with cti_names_surname). */
#include "link/link-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Lower-case letters and digits of s, words separated by one space, a
 * leading "the " dropped. */
static void norm(const char *s, char *out, size_t cap)
{
	size_t o = 0;
	bool space = true;
	for (; s && *s && o + 2 < cap; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || c >= 0x80) {
			out[o++] = (char)tolower(c);
			space = false;
		} else if (!space) {
			out[o++] = ' ';
			space = true;
		}
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	if (!strncmp(out, "the ", 4))
		memmove(out, out + 4, strlen(out + 4) + 1);
}

bool cti_same_outlet(const char *a, const char *b)
{
	char x[256], y[256];
	norm(a, x, sizeof x);
	norm(b, y, sizeof y);
	return *x && *y && (!strcmp(x, y) || strstr(x, y) || strstr(y, x));
}

/* Words of three letters or more, at most 64 of them. */
static size_t words(const char *s, char w[64][32])
{
	char n[1024];
	norm(s, n, sizeof n);
	size_t k = 0;
	for (char *p = n; *p && k < 64;) {
		char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l >= 3 && l < 32) {
			memcpy(w[k], p, l);
			w[k][l] = '\0';
			k++;
		}
		p += l;
		while (*p == ' ')
			p++;
	}
	return k;
}

double cti_title_similarity(const char *a, const char *b)
{
	static char wa[64][32], wb[64][32]; /* not reentrant: called on one thread */
	size_t na = words(a, wa), nb = words(b, wb);
	if (!na || !nb)
		return 0;
	size_t common = 0;
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (!strcmp(wa[i], wb[j])) {
				common++;
				break;
			}
	return (double)common / (double)(na + nb - common);
}

/* Whether the citation names the interview's code ("VEL-MOD-1") as a word. */
static bool names_code(const char *raw, const char *code)
{
	size_t l = code ? strlen(code) : 0;
	if (l < 2 || !raw)
		return false;
	for (const char *p = strstr(raw, code); p; p = strstr(p + 1, code)) {
		bool before = p == raw || !(isalnum((unsigned char)p[-1]) || p[-1] == '-');
		bool after = !(isalnum((unsigned char)p[l]) || p[l] == '-');
		if (before && after)
			return true;
	}
	return false;
}

/* Whether the shorter of two phrases is contained in the longer, words
 * normalised ("Ministry of Defence" in "Ministry of Defence official";
 * "Northgate" in "Northgate, Velmoria"). */
static bool phrase_in(const char *a, const char *b)
{
	char x[256], y[256];
	norm(a, x, sizeof x);
	norm(b, y, sizeof y);
	if (!*x || !*y)
		return false;
	const char *s = strlen(x) <= strlen(y) ? x : y, *l = s == x ? y : x;
	size_t n = strlen(s);
	for (const char *p = strstr(l, s); p; p = strstr(p + 1, s))
		if ((p == l || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return true;
	return false;
}

double cti_interview_score(const struct cti_iv_cite *c, const struct cti_iv_doc *d)
{
	if (names_code(c->raw, d->code))
		return 1.0;
	if (!c->date || !d->date || strcmp(c->date, d->date))
		return 0;
	double score = 0.5;
	if (c->affiliation && d->affiliation && phrase_in(c->affiliation, d->affiliation))
		score += 0.3;
	if (c->place && d->place && phrase_in(c->place, d->place))
		score += 0.2;
	return score;
}

bool cti_names_surname(const char *name, const char *text, size_t from, size_t to)
{
	if (!name)
		return false;
	/* the last word of two letters or more */
	const char *sur = NULL;
	size_t l = 0;
	for (const char *p = name; *p;) {
		while (*p && !(isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80))
			p++;
		const char *b = p;
		while (*p && (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80 || *p == '-'))
			p++;
		if (p - b >= 2 && *p != '.') {
			sur = b;
			l = (size_t)(p - b);
		}
	}
	if (!sur || to <= from || to - from < l)
		return false;
	for (size_t i = from; i + l <= to; i++) {
		if (strncasecmp(text + i, sur, l))
			continue;
		bool before = i == from || !isalpha((unsigned char)text[i - 1]);
		bool after = i + l == to || !isalpha((unsigned char)text[i + l]);
		if (before && after)
			return true;
	}
	return false;
}
