/* ini.c — the INI-style syntax shared by rule files and case files:
 * `[section]` or `[section name]` headers, `key = value` lines, `#` comments
 * (at the start of a line), repeated keys kept in order. A line that is none
 * of these is an error reported with its line number. */
#include "util/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char *trimmed(const char *p, const char *e)
{
	while (p < e && isspace((unsigned char)*p))
		p++;
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	return cti_strndup(p, (size_t)(e - p));
}

void cti_ini_free(struct cti_ini *ini)
{
	if (!ini)
		return;
	for (size_t i = 0; i < ini->n; i++) {
		free(ini->e[i].section);
		free(ini->e[i].name);
		free(ini->e[i].key);
		free(ini->e[i].value);
	}
	free(ini->e);
	ini->e = NULL;
	ini->n = 0;
}

ct_status cti_ini_parse(const char *text, size_t len, struct cti_ini *out,
                        unsigned *bad_line)
{
	size_t cap = 0;
	char *section = NULL, *name = NULL;
	unsigned line = 0;
	ct_status st = CT_OK;
	out->e = NULL;
	out->n = 0;
	*bad_line = 0;
	for (size_t i = 0; i < len && st == CT_OK;) {
		const char *nl = memchr(text + i, '\n', len - i);
		const char *p = text + i, *e = nl ? nl : text + len;
		line++;
		i = (size_t)(e - text) + 1;
		while (p < e && isspace((unsigned char)*p))
			p++;
		if (p == e || *p == '#' || *p == ';')
			continue;
		if (*p == '[') {
			const char *close = memchr(p, ']', (size_t)(e - p));
			if (!close) {
				*bad_line = line;
				st = CT_EPARSE;
				break;
			}
			const char *sp = p + 1;
			while (sp < close && !isspace((unsigned char)*sp))
				sp++;
			free(section);
			free(name);
			section = trimmed(p + 1, sp);
			name = trimmed(sp, close);
			if (!section || !name)
				st = CT_ENOMEM;
			continue;
		}
		const char *eq = memchr(p, '=', (size_t)(e - p));
		if (!eq || !section) {
			*bad_line = line;
			st = CT_EPARSE;
			break;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 32;
			struct cti_ini_entry *a = realloc(out->e, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			out->e = a;
		}
		struct cti_ini_entry *en = &out->e[out->n];
		en->section = cti_strdup(section);
		en->name = cti_strdup(name);
		en->key = trimmed(p, eq);
		en->value = trimmed(eq + 1, e);
		en->line = line;
		out->n++;
		if (!en->section || !en->name || !en->key || !en->value)
			st = CT_ENOMEM;
		else if (!*en->key) {
			*bad_line = line;
			st = CT_EPARSE;
		}
	}
	free(section);
	free(name);
	if (st != CT_OK)
		cti_ini_free(out);
	return st;
}
