/* aliases.c — alias groups: parsing alias files, keeping them in memory for
 * the tokenizer. ("Dutch, Netherlands, Dutchmen" on one line is one group.) */
#include "index/tokenizer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void cti_aliases_clear(struct cti_aliases *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->terms[i]);
	free(a->terms);
	free(a->group);
	a->terms = NULL;
	a->group = NULL;
	a->n = 0;
	a->generation++;
}

static bool add_term(struct cti_aliases *a, size_t *cap, const char *t, size_t n, int g)
{
	if (a->n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		char **tt = realloc(a->terms, c * sizeof *tt);
		if (!tt)
			return false;
		a->terms = tt;
		int *gg = realloc(a->group, c * sizeof *gg);
		if (!gg)
			return false;
		a->group = gg;
		*cap = c;
	}
	if (!(a->terms[a->n] = cti_strndup(t, n)))
		return false;
	a->group[a->n++] = g;
	return true;
}

static void report(ct_diag_fn diag, void *ctx, const char *path, unsigned line,
                   const char *msg)
{
	if (!diag)
		return;
	ct_diag d = {CT_DIAG_WARNING, CT_EPARSE, path, line, -1, msg};
	diag(ctx, &d);
}

ct_status cti_aliases_parse(const char *path, const char *text, size_t len,
                            ct_diag_fn diag, void *ctx, struct cti_aliases *out)
{
	size_t cap = 0;
	int group = 0;
	unsigned line = 0;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - text) : len;
		line++;
		const char *p = text + i, *e = text + le;
		const char *hash = memchr(p, '#', (size_t)(e - p));
		if (hash)
			e = hash;
		size_t first = out->n;
		int terms = 0;
		bool empty_term = false;
		group++;
		while (p < e) {
			const char *c = memchr(p, ',', (size_t)(e - p));
			const char *te = c ? c : e;
			const char *ts = p;
			while (ts < te && isspace((unsigned char)*ts))
				ts++;
			const char *tend = te;
			while (tend > ts && isspace((unsigned char)tend[-1]))
				tend--;
			if (tend > ts) {
				if (!add_term(out, &cap, ts, (size_t)(tend - ts), group))
					return CT_ENOMEM;
				terms++;
			} else if (c) {
				empty_term = true;
			}
			p = c ? c + 1 : e;
		}
		if (empty_term)
			report(diag, ctx, path, line, "an empty term between commas; ignored");
		if (terms == 1) {
			report(diag, ctx, path, line, "a group needs two terms or more (write "
			       "them on one line, separated by commas); ignored");
			free(out->terms[first]);
			out->n = first;
		}
		if (terms < 2)
			group--;
		i = le + 1;
	}
	out->generation++;
	return CT_OK;
}
