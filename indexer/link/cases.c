/* cases.c — case files: parsing and checking (the syntax and meaning are in
 * include/casetrace/link.h). Every problem is reported with its line, and a
 * file with any problem is not used: a half-read case would link wrongly
 * without anyone noticing. */
#include "link/link-private.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool cti_strs_add(struct cti_strs *l, const char *s, size_t len)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		char **v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return false;
		l->v = v;
		l->cap = cap;
	}
	char *d = cti_strndup(s, len);
	if (!d)
		return false;
	l->v[l->n++] = d;
	return true;
}

void cti_strs_free(struct cti_strs *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void cti_case_free(struct cti_case *c)
{
	free(c->slug);
	free(c->title);
	free(c->actor);
	free(c->coalition);
	free(c->notes);
	cti_strs_free(&c->theatre);
	cti_strs_free(&c->terms);
	cti_strs_free(&c->patterns);
	cti_strs_free(&c->people);
	cti_strs_free(&c->roles);
	cti_strs_free(&c->interviews);
	cti_strs_free(&c->paths);
	memset(c, 0, sizeof *c);
}

struct parse {
	const char *path;
	ct_diag_fn diag;
	void *ctx;
	unsigned errors;
};

static void problem(struct parse *p, unsigned line, const char *fmt, ...) CTI_PRINTF(3, 4);
static void problem(struct parse *p, unsigned line, const char *fmt, ...)
{
	p->errors++;
	va_list ap;
	va_start(ap, fmt);
	cti_vdiag(p->diag, p->ctx, CT_DIAG_ERROR, CT_EPARSE, p->path, line, -1, fmt, ap);
	va_end(ap);
}

/* Add the ';'-separated items of value to l (empty items dropped). */
static bool add_list(struct cti_strs *l, const char *value)
{
	for (const char *p = value; *p;) {
		const char *e = strchr(p, ';');
		if (!e)
			e = p + strlen(p);
		const char *a = p, *z = e;
		while (a < z && isspace((unsigned char)*a))
			a++;
		while (z > a && isspace((unsigned char)z[-1]))
			z--;
		if (z > a && !cti_strs_add(l, a, (size_t)(z - a)))
			return false;
		p = *e ? e + 1 : e;
	}
	return true;
}

static bool set_once(struct parse *p, char **field, const char *value, unsigned line,
                     const char *key)
{
	if (*field) {
		problem(p, line, "'%s' is given twice in [case]; give it once", key);
		return true;
	}
	*field = cti_strdup(value);
	return *field != NULL;
}

/* period = START..END, either side may be empty. */
static void read_period(struct parse *p, struct cti_case *c, const char *v, unsigned line)
{
	const char *dots = strstr(v, "..");
	if (!dots) {
		problem(p, line, "period '%s' is not START..END (e.g. 2006-03-01..2007-12-31; "
		        "either end may be left empty)", v);
		return;
	}
	const char *ends[2][2] = {{v, dots}, {dots + 2, v + strlen(v)}};
	char *out[2] = {c->start, c->end};
	for (int i = 0; i < 2; i++) {
		const char *a = ends[i][0], *z = ends[i][1];
		while (a < z && isspace((unsigned char)*a))
			a++;
		while (z > a && isspace((unsigned char)z[-1]))
			z--;
		if (a == z)
			continue;
		char iso[11];
		if (ct_date_normalize(a, (size_t)(z - a), iso) != CT_OK) {
			problem(p, line, "period %s '%.*s' is not a date casetrace reads (use "
			        "YYYY-MM-DD)", i ? "end" : "start", (int)(z - a), a);
			continue;
		}
		/* a year or month stands for its first day at the start, its last
		 * at the end */
		size_t n = strlen(iso);
		if (n == 4)
			memcpy(iso + 4, i ? "-12-31" : "-01-01", 7);
		else if (n == 7)
			memcpy(iso + 7, i ? "-31" : "-01", 4);
		memcpy(out[i], iso, 11);
	}
	if (c->start[0] && c->end[0] && strcmp(c->start, c->end) > 0)
		problem(p, line, "the period ends (%s) before it starts (%s)", c->end, c->start);
}

static void check_pattern(struct parse *p, const char *pat, unsigned line)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	                               PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
	if (re) {
		pcre2_code_free(re);
		return;
	}
	PCRE2_UCHAR msg[256];
	pcre2_get_error_message(err, msg, sizeof msg);
	problem(p, line, "pattern rejected by PCRE2 at offset %zu: %s", (size_t)off,
	        (const char *)msg);
}

static bool good_slug(const char *s)
{
	if (!*s || *s == '-')
		return false;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
			return false;
	return true;
}

ct_status cti_case_parse(const char *path, const char *text, size_t len, ct_diag_fn diag,
                         void *ctx, struct cti_case *c)
{
	memset(c, 0, sizeof *c);
	struct parse p = {path, diag, ctx, 0};
	struct cti_ini ini;
	unsigned bad_line = 0;
	ct_status st = cti_ini_parse(text, len, &ini, &bad_line);
	if (st == CT_EPARSE) {
		problem(&p, bad_line, "not a [section], a 'key = value' line or a comment; "
		        "the case was not loaded");
		return CT_EPARSE;
	}
	if (st != CT_OK)
		return st;
	bool oom = false;
	unsigned case_line = 0, slug_line = 0;
	for (size_t i = 0; i < ini.n && !oom; i++) {
		const struct cti_ini_entry *e = &ini.e[i];
		const char *k = e->key, *v = e->value;
		if (!strcmp(e->section, "case")) {
			if (*e->name) {
				problem(&p, e->line, "[case %s]: a case file holds one case, in a "
				        "section headed [case]", e->name);
				continue;
			}
			if (!case_line)
				case_line = e->line;
			if (!strcmp(k, "slug")) {
				oom = !set_once(&p, &c->slug, v, e->line, k);
				slug_line = slug_line ? slug_line : e->line;
			}
			else if (!strcmp(k, "title"))
				oom = !set_once(&p, &c->title, v, e->line, k);
			else if (!strcmp(k, "actor"))
				oom = !set_once(&p, &c->actor, v, e->line, k);
			else if (!strcmp(k, "coalition") || !strcmp(k, "operation"))
				oom = !set_once(&p, &c->coalition, v, e->line, k);
			else if (!strcmp(k, "notes")) {
				if (c->notes) { /* repeated notes lines join */
					char *j = cti_printf("%s %s", c->notes, v);
					free(c->notes);
					c->notes = j;
					oom = !j;
				} else
					oom = !(c->notes = cti_strdup(v));
			} else if (!strcmp(k, "theatre") || !strcmp(k, "theater"))
				oom = !add_list(&c->theatre, v);
			else if (!strcmp(k, "terms") || !strcmp(k, "term"))
				oom = !add_list(&c->terms, v);
			else if (!strcmp(k, "pattern")) {
				check_pattern(&p, v, e->line);
				oom = !cti_strs_add(&c->patterns, v, strlen(v));
			} else if (!strcmp(k, "period"))
				read_period(&p, c, v, e->line);
			else
				problem(&p, e->line, "unknown key '%s' in [case] (slug, title, actor, "
				        "coalition, theatre, period, terms, pattern, notes)", k);
		} else if (!strcmp(e->section, "people")) {
			if (!*v)
				problem(&p, e->line, "'%s' has no role: write 'NAME = ROLE'", k);
			oom = !cti_strs_add(&c->people, k, strlen(k)) ||
			      !cti_strs_add(&c->roles, v, strlen(v));
		} else if (!strcmp(e->section, "sources")) {
			if (!strcmp(k, "interviews") || !strcmp(k, "interview"))
				oom = !add_list(&c->interviews, v);
			else if (!strcmp(k, "transcripts") || !strcmp(k, "transcript") ||
			         !strcmp(k, "manuscript") || !strcmp(k, "manuscripts") ||
			         !strcmp(k, "documents") || !strcmp(k, "document") ||
			         !strcmp(k, "news") || !strcmp(k, "notes"))
				oom = !add_list(&c->paths, v);
			else
				problem(&p, e->line, "unknown key '%s' in [sources] (interviews = CODE; "
				        "transcripts, manuscript, documents, news, notes = PATH)", k);
		} else {
			problem(&p, e->line, "unknown section [%s] (case files have [case], "
			        "[people] and [sources])", e->section);
		}
	}
	cti_ini_free(&ini);
	if (oom) {
		cti_case_free(c);
		return CT_ENOMEM;
	}
	if (!case_line)
		problem(&p, 0, "no [case] section: a case file starts with [case] and a slug");
	else if (!c->slug)
		problem(&p, case_line, "[case] has no slug (slug = a short name of a-z, 0-9 "
		        "and '-', e.g. nl-uruzgan)");
	else if (!good_slug(c->slug))
		problem(&p, slug_line, "slug '%s' may hold only a-z, 0-9 and '-'", c->slug);
	if (case_line && !c->actor && !c->theatre.n && !c->terms.n && !c->patterns.n &&
	    !c->people.n)
		problem(&p, case_line, "the case names nothing to look for: give an actor, a "
		        "theatre, terms, patterns or [people]");
	if (p.errors) {
		cti_case_free(c);
		return CT_EPARSE;
	}
	if (!c->title && !(c->title = cti_strdup(c->slug))) {
		cti_case_free(c);
		return CT_ENOMEM;
	}
	return CT_OK;
}

/* Titles and honorifics dropped from people's names when matching text:
 * news writes "Gen. Blaine", "Sir Roderick Blaine" and "Roderick Blaine". */
static const char *const titles[] = {
	"gen", "general", "lt", "lieutenant", "col", "colonel", "brig", "brigadier",
	"maj", "major", "capt", "captain", "adm", "admiral", "cdr", "commander",
	"air", "marshal", "vice", "rear", "sir", "dame", "lord", "lady", "dr", "mr",
	"mrs", "ms", "prof", "professor", "rev", "hon", "rt", "sgt", "cpl", "gov",
	"minister", "president", "senator", "ambassador", "field", "chief",
};

static bool is_title(const char *w, size_t n)
{
	while (n && w[n - 1] == '.')
		n--;
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (strlen(titles[i]) == n && !strncasecmp(titles[i], w, n))
			return true;
	return false;
}

char *cti_strip_titles(const char *name)
{
	const char *p = name;
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		const char *e = p;
		while (*e && !isspace((unsigned char)*e))
			e++;
		/* keep at least the last word */
		const char *next = e;
		while (isspace((unsigned char)*next))
			next++;
		if (!*next || !is_title(p, (size_t)(e - p)))
			break;
		p = next;
	}
	return cti_strdup(p);
}
