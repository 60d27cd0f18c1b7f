/* resolve.c — which corpus document a citation names: the same outlet
 * (case, "The" and punctuation aside), a publication date within a day of
 * the citation's, and a title that shares most of its words. */
#include "link/link-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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
