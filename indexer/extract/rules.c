/* rules.c — rule files: parsing (the INI syntax), [define] substitution,
 * compiling with PCRE2 (once, JIT when available), and reporting bad rules
 * with file, line and PCRE2's offset while keeping the good ones. */
#include "extract/extract-private.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef CT_RULES_INSTALL_DIR
#define CT_RULES_INSTALL_DIR "/usr/local/share/casetrace/rules"
#endif
#ifndef CT_RULES_SOURCE_DIR
#define CT_RULES_SOURCE_DIR ""
#endif

static void warn(ct_diag_fn diag, void *ctx, const char *path, unsigned line,
                 const char *fmt, ...) CTI_PRINTF(5, 6);
static int cmp_rule(const void *a, const void *b);
static void warn(ct_diag_fn diag, void *ctx, const char *path, unsigned line,
                 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cti_vdiag(diag, ctx, CT_DIAG_ERROR, CT_EPARSE, path, line, -1, fmt, ap);
	va_end(ap);
}

static const char *define_value(const struct ct_rules *r, const char *name, size_t n)
{
	for (size_t i = r->n_defs; i-- > 0;) /* the latest definition wins */
		if (strlen(r->def_names[i]) == n && memcmp(r->def_names[i], name, n) == 0)
			return r->def_values[i];
	return NULL;
}

/* Replace {{NAME}} by (?:value), recursively (depth-limited). Returns NULL
 * with *bad set to the unknown name on failure. */
static char *expand(const struct ct_rules *r, const char *pat, int depth, char bad[64])
{
	struct cti_buf b;
	cti_buf_init(&b);
	for (const char *p = pat; *p;) {
		const char *o = strstr(p, "{{");
		if (!o) {
			cti_buf_puts(&b, p);
			break;
		}
		cti_buf_append(&b, p, (size_t)(o - p));
		const char *c = strstr(o + 2, "}}");
		if (!c) {
			cti_buf_puts(&b, o);
			break;
		}
		size_t n = (size_t)(c - (o + 2));
		if (n == 1 && o[2] == 'Q') {
			cti_buf_puts(&b, "(?<quote>\\x{1}Q\\x{1})");
		} else {
			const char *v = define_value(r, o + 2, n);
			char *sub = v && depth < 8 ? expand(r, v, depth + 1, bad) : NULL;
			if (!sub) {
				if (!v)
					snprintf(bad, 64, "%.*s", (int)(n > 60 ? 60 : n), o + 2);
				cti_buf_free(&b);
				return NULL;
			}
			cti_buf_puts(&b, "(?:");
			cti_buf_puts(&b, sub);
			cti_buf_putc(&b, ')');
			free(sub);
		}
		p = c + 2;
	}
	return cti_buf_steal(&b);
}

static bool push_define(struct ct_rules *r, const char *k, const char *v)
{
	if (r->n_defs == r->cap_defs) {
		size_t cap = r->cap_defs ? r->cap_defs * 2 : 32;
		char **a = realloc(r->def_names, cap * sizeof *a);
		if (!a)
			return false;
		r->def_names = a;
		char **b = realloc(r->def_values, cap * sizeof *b);
		if (!b)
			return false;
		r->def_values = b;
		r->cap_defs = cap;
	}
	r->def_names[r->n_defs] = cti_strdup(k);
	r->def_values[r->n_defs] = cti_strdup(v);
	if (!r->def_names[r->n_defs] || !r->def_values[r->n_defs])
		return false;
	r->n_defs++;
	return true;
}

static void rule_free(struct rule *u)
{
	free(u->name);
	free(u->file);
	free(u->kind);
	pcre2_code_free(u->re);
	pcre2_code_free(u->tail_re);
	pcre2_code_free(u->pre_re);
}

static int group(pcre2_code *re, const char *name)
{
	int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	return g > 0 ? g : 0;
}

/* ---- prefilters: conditions a rule's pattern implies, checked before it
 * is run (most quotations are near neither a colon nor a cue word) */

static bool ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The ']' that closes the class opening at p ('['; a ']' first in it, or
 * after its '^', is a member), or NULL when it does not close. */
static const char *class_end(const char *p)
{
	const char *q = p + 1;
	if (*q == '^')
		q++;
	if (*q == ']')
		q++;
	while (*q && *q != ']')
		q += *q == '\\' && q[1] ? 2 : 1;
	return *q ? q : NULL;
}

/* The end of the group that opens at p[0] == '(' (escapes and classes
 * skipped), or NULL. */
static const char *group_end(const char *p)
{
	int depth = 0;
	for (; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '[') {
			p = class_end(p);
			if (!p)
				return NULL;
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')') {
			if (--depth == 0)
				return p;
		}
	}
	return NULL;
}

size_t cti_cue_slot(const struct ct_rules *r, const char *w, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	size_t mask = sizeof r->cue_hash / sizeof r->cue_hash[0] - 1;
	for (size_t k = h & mask;; k = (k + 1) & mask) {
		unsigned e = r->cue_hash[k];
		if (!e)
			return k;
		if (r->cue_len[e - 1] == n && !memcmp(r->cue_words[e - 1], w, n))
			return k;
	}
}

static size_t cue_word_index(struct ct_rules *r, const char *w, size_t n)
{
	size_t k = cti_cue_slot(r, w, n);
	if (r->cue_hash[k])
		return r->cue_hash[k] - 1u;
	if (r->n_cue_words == CTI_CUE_WORDS) /* the table stays half empty */
		return (size_t)-1;
	char *c = cti_strndup(w, n);
	if (!c)
		return (size_t)-1;
	r->cue_words[r->n_cue_words] = c;
	r->cue_len[r->n_cue_words] = (uint8_t)n;
	r->cue_hash[k] = (uint16_t)(r->n_cue_words + 1);
	r->cue_shape[c[0] - 'a'][n > 1 ? c[1] - 'a' : 26] |= (uint64_t)1 << n;
	return r->n_cue_words++;
}

/* Add to u->cue_bits the first word of each alternative of s[0, n): plain
 * ASCII words, spaces and \s+ between them, (?:…) groups of those. False
 * when an alternative is anything else (a class, a property, a quantifier):
 * then the rule gets no cue prefilter. */
static bool cue_alternatives(struct ct_rules *r, struct rule *u, const char *s, size_t n)
{
	size_t a = 0;
	while (a <= n) {
		/* the alternative [a, b) */
		size_t b = a;
		int depth = 0;
		while (b < n && (depth > 0 || s[b] != '|')) {
			if (s[b] == '\\' && b + 1 < n)
				b++;
			else if (s[b] == '(')
				depth++;
			else if (s[b] == ')')
				depth--;
			b++;
		}
		if (b - a >= 4 && !strncmp(s + a, "(?:", 3)) {
			const char *e = group_end(s + a);
			if (!e || (size_t)(e - s) != b - 1 ||
			    !cue_alternatives(r, u, s + a + 3, b - 1 - (a + 3)))
				return false;
		} else {
			/* the first word, in each of its spellings: a letter of a
			 * class ("characteri[sz]ed", "[Aa]ccording") or an optional
			 * letter ("labell?ed") gives several (at most CUE_VARIANTS) */
			enum { CUE_VARIANTS = 8 };
			char w[CUE_VARIANTS][64];
			size_t wl[CUE_VARIANTS] = {0}, nw = 1;
			for (size_t i = a; i < b;) {
				char c = s[i];
				const char *set;
				size_t set_n, next;
				if (ascii_letter(c)) {
					set = s + i;
					set_n = 1;
					next = i + 1;
				} else if (c == '[') {
					size_t j = i + 1;
					while (j < b && ascii_letter(s[j]))
						j++;
					if (j >= b || s[j] != ']' || j == i + 1)
						return false; /* not a plain set of letters */
					set = s + i + 1;
					set_n = j - (i + 1);
					next = j + 1;
				} else if (wl[0] && (c == ' ' || (c == '\\' && i + 2 < b && s[i + 1] == 's' &&
				                                  s[i + 2] == '+'))) {
					break; /* the first word is enough */
				} else {
					return false;
				}
				bool opt = next < b && s[next] == '?';
				if (opt)
					next++;
				if (next < b && (s[next] == '?' || s[next] == '*' || s[next] == '+' || s[next] == '{'))
					return false;
				/* each spelling so far, with each letter of the set (or
				 * without one when it is optional) */
				char nwv[CUE_VARIANTS][64];
				size_t nwl[CUE_VARIANTS], nn = 0;
				for (size_t v = 0; v < nw; v++) {
					if (opt) {
						memcpy(nwv[nn], w[v], wl[v]);
						nwl[nn++] = wl[v];
					}
					for (size_t k = 0; k < set_n; k++) {
						if (wl[v] + 1 >= sizeof w[v])
							return false;
						char l = (char)(set[k] | 32);
						bool dup = false;
						for (size_t d = 0; d < nn && !dup; d++)
							dup = nwl[d] == wl[v] + 1 && !memcmp(nwv[d], w[v], wl[v]) &&
							      nwv[d][wl[v]] == l;
						if (dup)
							continue;
						if (nn == CUE_VARIANTS)
							return false;
						memcpy(nwv[nn], w[v], wl[v]);
						nwv[nn][wl[v]] = l;
						nwl[nn++] = wl[v] + 1;
					}
				}
				memcpy(w, nwv, sizeof w);
				memcpy(wl, nwl, nn * sizeof wl[0]);
				nw = nn;
				i = next;
			}
			for (size_t v = 0; v < nw; v++) {
				size_t k = wl[v] ? cue_word_index(r, w[v], wl[v]) : (size_t)-1;
				if (k == (size_t)-1)
					return false;
				u->cue_bits[k / 64] |= (uint64_t)1 << (k % 64);
			}
		}
		a = b + 1;
	}
	return true;
}

/* Derive the prefilters of rule u from its expanded pattern full (and the
 * pattern as written, for the tail). Rule files promise that a cue group
 * stands for whole words. */
static void derive_prefilters(struct ct_rules *r, struct rule *u, const char *pattern,
                              const char *full)
{
	/* a before rule ending "[:,]\s*{{Q}}" or ":\s*{{Q}}" */
	size_t pl = strlen(pattern);
	static const char *const ends[] = {"\\s*{{Q}}", "[\\s\\x{a0}]*{{Q}}"};
	for (size_t i = 0; u->side == RULE_BEFORE && i < 2 && !u->tail[0]; i++) {
		size_t el = strlen(ends[i]);
		if (pl <= el + 1 || strcmp(pattern + pl - el, ends[i]) != 0)
			continue;
		size_t e = pl - el; /* pattern[e - 1] ends the mark or class */
		if (pattern[e - 1] == ':' || pattern[e - 1] == ',') {
			if (e < 2 || pattern[e - 2] != '\\')
				u->tail[0] = pattern[e - 1];
		} else if (pattern[e - 1] == ']') {
			size_t o = e - 1;
			while (o > 0 && pattern[o - 1] != '[')
				o--;
			bool ok = o > 0 && e - 1 - o >= 1 && e - 1 - o < sizeof u->tail;
			for (size_t k = o; ok && k < e - 1; k++)
				ok = pattern[k] == ':' || pattern[k] == ',' || pattern[k] == ';';
			if (ok)
				memcpy(u->tail, pattern + o, e - 1 - o);
		}
	}
	/* a before rule for the sentence before the quotation's */
	static const char stop_end[] = "[.!?]\\s+{{Q}}";
	u->after_stop = u->side == RULE_BEFORE && pl >= sizeof stop_end - 1 &&
	                !strcmp(pattern + pl - (sizeof stop_end - 1), stop_end);
	/* "Cruz said he'd make sand “glow”, and Trump vowed to “…”": of the
	 * speakers a sentence has, the one whose cue is nearest the quotation */
	u->nearest = u->side == RULE_BEFORE && pattern[0] != '^' && !u->after_stop;
	/* a cue group of words, not optional, not in an alternation */
	const char *c = strstr(full, "(?<cue>");
	if (!c || strstr(c + 1, "(?<cue>"))
		return;
	int depth = 0, depth_at_cue = -1;
	for (const char *p = full; *p; p++) {
		if (p == c)
			depth_at_cue = depth;
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '[') {
			p = class_end(p);
			if (!p)
				return;
		} else if (*p == '(' || *p == ')') {
			depth += *p == '(' ? 1 : -1;
		} else if (*p == '|' && depth == 0) {
			return; /* the pattern is an alternation at its top */
		}
	}
	if (depth_at_cue != 0)
		return; /* inside a group: maybe an optional one */
	const char *e = group_end(c);
	if (!e || e[1] == '?' || e[1] == '*' || e[1] == '{')
		return;
	uint64_t saved[CTI_CUE_WORDS / 64];
	memcpy(saved, u->cue_bits, sizeof saved);
	if (cue_alternatives(r, u, c + 7, (size_t)(e - (c + 7))))
		u->has_cues = true;
	else
		memcpy(u->cue_bits, saved, sizeof saved);
}

/* Whether the pattern of an after rule before its cue group (full[0,
 * cue)) matches no letter: the quotation's placeholder, then only marks
 * and white space (\s, literal ,!;: and spaces, classes of those and .?,
 * with quantifiers). Then the cue group starts at the first character after
 * the placeholder that is none of those. */
static bool head_without_letters(const char *full, const char *cue)
{
	static const char q[] = "(?<quote>\\x{1}Q\\x{1})";
	static const char marks[] = ",.!?;: "; /* in a class */
	static const char bare[] = ",!;: ";     /* outside: "." is any character */
	if (strncmp(full, q, sizeof q - 1) != 0)
		return false;
	for (const char *p = full + sizeof q - 1; p < cue;) {
		if (*p == '\\' && p + 1 < cue && p[1] == 's') {
			p += 2;
		} else if (*p && strchr(bare, *p)) {
			p++;
		} else if (*p == '[') {
			p++;
			if (*p == ']')
				return false;
			while (p < cue && *p != ']') {
				if (!*p || !strchr(marks, *p))
					return false;
				p++;
			}
			if (p >= cue)
				return false;
			p++;
		} else {
			return false;
		}
		/* a quantifier, greedy, lazy or possessive */
		if (p < cue && (*p == '?' || *p == '*' || *p == '+')) {
			p++;
		} else if (p < cue && *p == '{') {
			p++;
			while (p < cue && ((*p >= '0' && *p <= '9') || *p == ','))
				p++;
			if (p >= cue || *p != '}')
				return false;
			p++;
		} else {
			continue;
		}
		if (p < cue && (*p == '?' || *p == '+'))
			p++;
	}
	return true;
}

/* Whether the tail of an after rule, from the cue group that opens at c,
 * is worth trying at each cue word before the rule: it must say more than
 * the cue ("\b" or nothing matches at every cue word), and fail cheaply,
 * which it does when the speaker (a costly group) comes before the cue or
 * a word is written right after the cue (",? as quoted", " by"). */
static bool tail_worth_trying(const char *c)
{
	const char *e = group_end(c);
	if (!e || !strcmp(e + 1, "") || !strcmp(e + 1, "\\b"))
		return false;
	if (!strstr(e, "(?<speaker>"))
		return true;
	const char *p = e + 1;
	if (!strncmp(p, ",?", 2))
		p += 2;
	if (strncmp(p, "\\s+", 3) != 0 && strncmp(p, "\\s*", 3) != 0)
		return false;
	p += 3;
	size_t n = 0;
	while (p[n] >= 'a' && p[n] <= 'z')
		n++;
	return n > 0 && (!strncmp(p + n, "\\s", 2) || !strncmp(p + n, "\\b", 2));
}

/* The tail of a rule whose cue group stands at the top of its pattern
 * (derive_prefilters said so): the pattern from "(?<cue>" to its end,
 * anchored at the start (and, for a before rule, at the end). Wherever the
 * whole pattern matches, its tail matches from the start of the cue group
 * (to the quotation, for a before rule): where the tail matches at none of
 * the cue words in the text, the whole pattern need not be tried (a before
 * rule from every start before them; an after rule through whatever its
 * speaker may be). NULL when the tail refers to groups before it (back
 * references, conditions) or does not compile alone. */
static pcre2_code *compile_tail(const char *full, enum rule_side side)
{
	const char *c = strstr(full, "(?<cue>");
	if (!c || strstr(c, "\\k") || strstr(c, "\\g") || strstr(c, "(?P=") || strstr(c, "(?("))
		return NULL;
	for (const char *p = c; *p; p++)
		if (*p == '\\' && p[1]) {
			if (p[1] >= '1' && p[1] <= '9')
				return NULL; /* \1: a back reference */
			p++;
		}
	/* a before rule's tail ends at the quotation, an after rule's
	 * anywhere */
	char *src = cti_printf(side == RULE_BEFORE ? "(?:%s)\\z" : "(?:%s)", c);
	if (!src)
		return NULL;
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	                               PCRE2_UTF | PCRE2_ANCHORED, &err, &off, NULL);
	free(src);
	return re; /* JIT-compiled with the rule, on first use */
}

/* Past the item of a pattern at p: an escape, a class, a group or a
 * character, and its quantifier (*quantified says whether it has one).
 * NULL when a class or group does not end. */
static const char *item_end(const char *p, bool *quantified)
{
	if (*p == '\\' && p[1]) {
		p += 2;
	} else if (*p == '[') {
		p = class_end(p);
		if (!p)
			return NULL;
		p++;
	} else if (*p == '(') {
		const char *e = group_end(p);
		if (!e)
			return NULL;
		p = e + 1;
	} else {
		p += *p ? 1 : 0;
	}
	*quantified = *p == '?' || *p == '*' || *p == '+' || *p == '{';
	if (*p == '?' || *p == '*' || *p == '+') {
		p++;
	} else if (*p == '{') {
		while (*p && *p++ != '}')
			;
	} else {
		return p;
	}
	if (*p == '?' || *p == '+')
		p++; /* lazy, possessive */
	return p;
}

/* The marks (",", ":", ";" and "\n") that stand alone and not optional at
 * the top level of pattern full, into need (at most sizeof need - 1, the
 * first ones): the pattern cannot match a text without each of them.
 * Nothing when the pattern is an alternation at its top, or may be read
 * otherwise (extended mode, \Q…\E, verbs). */
static void required_marks(const char *full, char need[4])
{
	char got[4] = "";
	size_t n = 0;
	if (strstr(full, "\\Q") || strstr(full, "(*"))
		return; /* quoted text, verbs: not read here */
	for (const char *p = strstr(full, "(?"); p; p = strstr(p + 2, "(?")) {
		const char *f = p + 2;
		while (ascii_letter(*f) || *f == '-' || *f == '^') {
			if (*f == 'x')
				return; /* extended: white space and comments are no marks */
			f++;
		}
	}
	for (const char *p = full; *p;) {
		bool quantified;
		const char *e = item_end(p, &quantified);
		if (!e)
			return;
		if (*p == '|')
			return; /* an alternation: nothing is needed by all */
		char c = *p == '\\' && p[1] == 'n' ? '\n' : e == p + 1 && strchr(",:;", *p) ? *p : 0;
		if (c && !quantified && !memchr(got, c, n) && n < sizeof got - 1)
			got[n++] = c;
		p = e;
	}
	got[n] = '\0';
	memcpy(need, got, sizeof got);
}

/* The end of a rule's pattern before its cue group (full[0, cue)): the
 * items at its top level from the first mark (",", ":" or ";", not
 * optional) after the last item holding a named group, when they look at
 * nothing outside what they match (no lookahead, \b, anchors or back
 * references), compiled to end at the end of the subject. Wherever the
 * whole pattern matches, this part of it matches ending where the cue group
 * starts, so the rule need not be tried when it matches before none of its
 * cue words: a search for a mark, cheap next to a search for the speaker.
 * NULL when there is no such part. */
static pcre2_code *compile_pre(const char *full, const char *cue)
{
	/* past the last item holding a named group (the speaker, the role, the
	 * quotation), the first mark not optional */
	const char *after_named = full;
	for (const char *p = full; p < cue;) {
		bool quantified;
		const char *e = item_end(p, &quantified);
		if (!e || e > cue)
			return NULL;
		for (const char *g = p; *p == '(' && g < e; g++)
			if (g[0] == '(' && g[1] == '?' && g[2] == '<' &&
			    ascii_letter(g[3])) {
				after_named = e;
				break;
			}
		p = e;
	}
	const char *start = NULL;
	for (const char *p = after_named; p < cue && !start;) {
		bool quantified;
		const char *e = item_end(p, &quantified);
		if (!e || e > cue)
			return NULL;
		if (strchr(",:;", *p) && *p && !quantified)
			start = p;
		p = e;
	}
	if (!start)
		return NULL; /* no mark that must be there */
	size_t n = (size_t)(cue - start);
	char *part = cti_strndup(start, n);
	if (!part)
		return NULL;
	static const char *const looks[] = {"(?=", "(?!", "\\b", "\\B", "$", "\\z", "\\Z", "\\G",
	                                    "\\k", "\\g", "(?P", "(?(", "(*", "^"};
	bool ok = true;
	for (size_t i = 0; ok && i < sizeof looks / sizeof looks[0]; i++)
		ok = !strstr(part, looks[i]);
	for (const char *p = part; ok && *p; p++)
		if (*p == '\\' && p[1]) {
			ok = !(p[1] >= '1' && p[1] <= '9');
			p++;
		}
	char *src = ok ? cti_printf("(?:%s)\\z", part) : NULL;
	free(part);
	if (!src)
		return NULL;
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err,
	                               &off, NULL);
	free(src);
	return re; /* JIT-compiled with the rule, on first use */
}

/* The alternatives of s[0, n) (offsets into s), an alternative that is a
 * whole (?:…) group giving its own ("(?:said|says)|told" is "said|says|told");
 * false when there are more than max or one is empty. */
static bool split_alternatives(const char *s, size_t n, size_t *at, size_t *len, size_t *na,
                               size_t max)
{
	size_t a = 0;
	int depth = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] == '\\') {
			i++;
		} else if (i < n && s[i] == '(') {
			depth++;
		} else if (i < n && s[i] == ')') {
			depth--;
		} else if (i == n || (depth == 0 && s[i] == '|')) {
			if (i == a)
				return false;
			if (i - a > 4 && !strncmp(s + a, "(?:", 3) && group_end(s + a) == s + i - 1) {
				size_t from = *na;
				if (!split_alternatives(s + a + 3, i - a - 4, at, len, na, max))
					return false;
				for (size_t k = from; k < *na; k++)
					at[k] += a + 3;
			} else {
				if (*na == max)
					return false;
				at[*na] = a;
				len[(*na)++] = i - a;
			}
			a = i + 1;
		}
	}
	return true;
}

/* The pattern src with the alternatives of its cue group grouped by their
 * first letter, in the order they come, each letter's keeping theirs:
 * "said|says|told|added" becomes "s(?:aid|ays)|told|added". Alternatives
 * with different first letters cannot both match at one place, so the same
 * alternative wins as before (and PCRE2 tries the words of one letter, not
 * all: it does not group them itself). Letters that differ only in case
 * share a group written out in full where a caseless option may reach the
 * group (then either may match).
 * A copy of src, unchanged, when the group holds anything but words
 * (letters, spaces, \s, classes of letters, ?+* and (?:…) groups), an
 * alternative starts with no ASCII letter or a letter with a quantifier.
 * NULL when out of memory. */
char *cti_factor_cue(const char *src)
{
	const char *c = strstr(src, "(?<cue>");
	const char *e = c ? group_end(c) : NULL;
	if (!e)
		return cti_strdup(src);
	const char *s = c + 7;
	size_t n = (size_t)(e - s);
	/* "(?<cue>(?:said|…))" (a define used whole) */
	while (n > 4 && !strncmp(s, "(?:", 3) && group_end(s) == s + n - 1) {
		s += 3;
		n -= 4;
	}
	/* letters of different case stay apart unless a caseless option may
	 * reach the group: "(?i" in a group around it, or setting it for the
	 * rest of one */
	bool caseless = false;
	for (const char *p = strstr(src, "(?"); p && p < c && !caseless; p = strstr(p + 2, "(?")) {
		const char *f = p + 2;
		while (ascii_letter(*f) || *f == '-' || *f == '^')
			f++;
		if (memchr(p + 2, 'i', (size_t)(f - (p + 2))) && (*f != ':' || group_end(p) > c))
			caseless = true;
	}
	enum { MAX_ALT = 512 };
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '\\') {
			if (s[i + 1] != 's')
				return cti_strdup(src);
			i++;
		} else if (ch == '(') {
			if (strncmp(s + i, "(?:", 3) != 0)
				return cti_strdup(src);
			depth++;
			i += 2;
		} else if (ch == ')') {
			depth--;
		} else if (ch == '[') {
			size_t j = i + 1;
			while (j < n && ascii_letter(s[j]))
				j++;
			if (j >= n || s[j] != ']' || j == i + 1)
				return cti_strdup(src);
			i = j;
		} else if (!ascii_letter((char)ch) && ch != ' ' && ch != '?' && ch != '+' && ch != '*' &&
		           ch != '-' && ch != '\'' && ch != '|' && ch < 0x80) {
			return cti_strdup(src);
		}
	}
	size_t at[MAX_ALT], len[MAX_ALT], na = 0;
	if (depth != 0 || !split_alternatives(s, n, at, len, &na, MAX_ALT))
		return cti_strdup(src);
	for (size_t k = 0; k < na; k++) {
		unsigned char f = (unsigned char)s[at[k]];
		if (!ascii_letter((char)f) ||
		    (len[k] > 1 && strchr("?*+{", s[at[k] + 1])))
			return cti_strdup(src);
	}
	struct cti_buf b;
	cti_buf_init(&b);
	cti_buf_append(&b, src, (size_t)(s - src));
	bool done[MAX_ALT] = {false};
	bool first_group = true;
	for (size_t k = 0; k < na; k++) {
		if (done[k])
			continue;
		char key = caseless ? (char)(s[at[k]] | 32) : s[at[k]];
		size_t members = 0;
		bool same = true;
		for (size_t m = k; m < na; m++)
			if (!done[m] && (caseless ? (char)(s[at[m]] | 32) : s[at[m]]) == key) {
				members++;
				same = same && s[at[m]] == s[at[k]];
			}
		if (!first_group)
			cti_buf_putc(&b, '|');
		first_group = false;
		if (members == 1) {
			cti_buf_append(&b, s + at[k], len[k]);
			done[k] = true;
			continue;
		}
		/* "s(?:aid|ays)", or "(?:Said|said)" */
		size_t skip = same ? 1 : 0;
		if (same)
			cti_buf_putc(&b, s[at[k]]);
		cti_buf_puts(&b, "(?:");
		bool first = true;
		for (size_t m = k; m < na; m++)
			if (!done[m] && (caseless ? (char)(s[at[m]] | 32) : s[at[m]]) == key) {
				if (!first)
					cti_buf_putc(&b, '|');
				first = false;
				cti_buf_append(&b, s + at[m] + skip, len[m] - skip);
				done[m] = true;
			}
		cti_buf_putc(&b, ')');
	}
	cti_buf_puts(&b, s + n); /* the group's end, and what follows it */
	if (b.oom) {
		cti_buf_free(&b);
		return NULL;
	}
	return cti_buf_steal(&b);
}

/* Compile one rule; false (after reporting) when it cannot be used. */
static bool compile_rule(struct ct_rules *r, struct rule *u, const char *pattern,
                         ct_diag_fn diag, void *ctx)
{
	char bad[64] = "";
	char *full = expand(r, pattern, 0, bad);
	if (!full) {
		warn(diag, ctx, u->file, u->line, "rule '%s': {{%s}} is not defined (define it in "
		     "a [define] section before the rule)", u->name, bad);
		return false;
	}
	if (!strstr(full, "(?<quote>")) {
		warn(diag, ctx, u->file, u->line, "rule '%s': the pattern has no {{Q}} (where "
		     "the quotation stands)", u->name);
		free(full);
		return false;
	}
	derive_prefilters(r, u, pattern, full);
	required_marks(full, u->need);
	/* the prefilters read the cue words as written: then they are grouped */
	char *factored = cti_factor_cue(full);
	free(full);
	if (!factored)
		return false;
	full = factored;
	if (u->has_cues)
		u->pre_re = compile_pre(full, strstr(full, "(?<cue>"));
	if (u->side == RULE_BEFORE && u->has_cues) {
		u->tail_re = compile_tail(full, u->side);
	} else if (u->has_cues) {
		/* an after rule: its cue is the first word after the quotation,
		 * or where its tail (if more than the cue) matches */
		const char *c = strstr(full, "(?<cue>");
		u->cue_first = head_without_letters(full, c);
		if (!u->cue_first && tail_worth_trying(c))
			u->tail_re = compile_tail(full, u->side);
	}
	/* a rule before the quote must end at it; it is searched for from
	 * every start, so starts inside a word are ruled out first (cheaply:
	 * most of the pattern is never tried there) */
	char *src = u->side == RULE_AFTER ? cti_strdup(full)
	          : full[0] == '^'         ? cti_printf("(?:%s)\\z", full) /* anchored already */
	                                   : cti_printf("(?<![\\p{L}\\p{N}'’\\-])(?:%s)\\z", full);
	free(full);
	if (!src)
		return false;
	int err;
	PCRE2_SIZE off;
	/* an after rule is anchored at the quotation: said at compile time, as
	 * JIT does not run patterns anchored only at match time */
	/* a before rule's search is cut short where its cue words end
	 * (quotes.c): an offset limit, which JIT must know of */
	uint32_t opts = PCRE2_UTF | (u->side == RULE_AFTER ? PCRE2_ANCHORED : PCRE2_USE_OFFSET_LIMIT);
	u->re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, opts, &err, &off, NULL);
	if (!u->re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		warn(diag, ctx, u->file, u->line, "rule '%s': pattern rejected by PCRE2 at "
		     "offset %zu of the expanded pattern: %s", u->name, (size_t)off,
		     (const char *)msg);
		free(src);
		return false;
	}
	free(src);
	/* JIT compiling waits for the first document in the rule's language
	 * (cti_rules_jit) */
	u->g_speaker = group(u->re, "speaker");
	u->g_role = group(u->re, "role");
	u->g_cue = group(u->re, "cue");
	u->g_outlet = group(u->re, "outlet");
	return true;
}

ct_status ct_rules_load_file(ct_rules *r, const char *path, ct_diag_fn diag, void *ctx,
                             size_t *n_bad)
{
	size_t bad = 0;
	FILE *f = fopen(path, "rb");
	if (!f) {
		warn(diag, ctx, path, 0, "cannot read rule file: %s", strerror(errno));
		if (n_bad)
			*n_bad = 1;
		return CT_EIO;
	}
	struct cti_buf text;
	cti_buf_init(&text);
	char chunk[8192];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		cti_buf_append(&text, chunk, got);
	fclose(f);
	struct cti_ini ini;
	unsigned bad_line = 0;
	ct_status st = cti_ini_parse(text.data ? text.data : "", text.len, &ini, &bad_line);
	cti_buf_free(&text);
	if (st == CT_EPARSE) {
		warn(diag, ctx, path, bad_line, "not a [section], a 'key = value' line or a "
		     "comment; the file's rules were not loaded");
		if (n_bad)
			*n_bad = 1;
		return CT_OK;
	}
	if (st != CT_OK)
		return st;

	for (size_t i = 0; i < ini.n && st == CT_OK; i++) {
		struct cti_ini_entry *e = &ini.e[i];
		if (!strcmp(e->section, "define")) {
			if (!push_define(r, e->key, e->value))
				st = CT_ENOMEM;
			continue;
		}
		if (strcmp(e->section, "rule") != 0) {
			warn(diag, ctx, path, e->line, "unknown section [%s] (rule files have [define] "
			     "and [rule NAME])", e->section);
			bad++;
			/* skip the rest of this section */
			while (i + 1 < ini.n && !strcmp(ini.e[i + 1].section, e->section) &&
			       !strcmp(ini.e[i + 1].name, e->name))
				i++;
			continue;
		}
		/* a [rule NAME] section: its keys, then compile */
		struct rule u = {.confidence = 0.8, .side = RULE_AFTER, .lang = "*"};
		const char *pattern = NULL;
		u.name = cti_strdup(*e->name ? e->name : "(unnamed)");
		u.file = cti_strdup(path);
		u.line = e->line;
		bool ok = u.name && u.file;
		size_t j = i;
		for (; j < ini.n && !strcmp(ini.e[j].section, "rule") &&
		       !strcmp(ini.e[j].name, e->name) && ok; j++) {
			struct cti_ini_entry *k = &ini.e[j];
			if (!strcmp(k->key, "pattern")) {
				pattern = k->value;
				u.line = k->line;
			} else if (!strcmp(k->key, "lang")) {
				snprintf(u.lang, sizeof u.lang, "%s", k->value);
			} else if (!strcmp(k->key, "kind")) {
				if (!strcmp(k->value, "after"))
					u.side = RULE_AFTER;
				else if (!strcmp(k->value, "before"))
					u.side = RULE_BEFORE;
				else {
					warn(diag, ctx, path, k->line, "rule '%s': kind is 'after' or "
					     "'before', not '%s'", u.name, k->value);
					ok = false;
				}
			} else if (!strcmp(k->key, "quote-kind")) {
				free(u.kind);
				u.kind = cti_strdup(k->value);
			} else if (!strcmp(k->key, "confidence")) {
				char *end = NULL;
				double c = strtod(k->value, &end);
				if (!end || *end || c <= 0 || c > 1) {
					warn(diag, ctx, path, k->line, "rule '%s': confidence is a number "
					     "in (0, 1], not '%s'", u.name, k->value);
					ok = false;
				} else {
					u.confidence = c;
				}
			} else {
				warn(diag, ctx, path, k->line, "rule '%s': unknown key '%s' (lang, "
				     "kind, pattern, confidence, quote-kind)", u.name, k->key);
				ok = false;
			}
		}
		/* past the rest of this section, however the keys went */
		while (j < ini.n && !strcmp(ini.e[j].section, "rule") &&
		       !strcmp(ini.e[j].name, e->name))
			j++;
		i = j - 1;
		if (ok && !pattern) {
			warn(diag, ctx, path, u.line, "rule '%s' has no pattern", u.name);
			ok = false;
		}
		if (ok && !u.kind)
			u.kind = cti_strdup("direct");
		if (ok)
			ok = compile_rule(r, &u, pattern, diag, ctx);
		if (!ok) {
			bad++;
			rule_free(&u);
			continue;
		}
		if (r->n == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 32;
			struct rule *a = realloc(r->r, cap * sizeof *a);
			if (!a) {
				rule_free(&u);
				st = CT_ENOMEM;
				break;
			}
			r->r = a;
			r->cap = cap;
		}
		r->r[r->n++] = u;
	}
	cti_ini_free(&ini);
	if (r->n > 1) {
		/* qsort is not stable: order by confidence, then by position */
		for (size_t i = 0; i < r->n; i++)
			r->r[i].order = i;
		qsort(r->r, r->n, sizeof *r->r, cmp_rule);
	}
	if (n_bad)
		*n_bad = bad;
	return st;
}

/* Most confident rules first: a quotation's attribution stops looking once
 * no rule left could beat what was found. Stable: file order breaks ties. */
static int cmp_rule(const void *a, const void *b)
{
	const struct rule *x = a, *y = b;
	if (x->confidence != y->confidence)
		return x->confidence > y->confidence ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

ct_status ct_rules_load_dir(ct_rules *r, const char *dir, ct_diag_fn diag, void *ctx,
                            size_t *n_bad)
{
	size_t bad = 0;
	if (n_bad)
		*n_bad = 0;
	DIR *d = opendir(dir);
	if (!d) {
		warn(diag, ctx, dir, 0, "cannot read rules folder: %s", strerror(errno));
		if (n_bad)
			*n_bad = 1;
		return CT_EIO;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	ct_status st = CT_OK;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l < 7 || strcmp(e->d_name + l - 6, ".rules") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			char **a = realloc(names, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			names = a;
		}
		if (!(names[n] = cti_printf("%s/%s", dir, e->d_name))) {
			st = CT_ENOMEM;
			break;
		}
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		size_t b = 0;
		ct_status fs = ct_rules_load_file(r, names[i], diag, ctx, &b);
		bad += b;
		if (fs == CT_ENOMEM)
			st = fs;
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (n_bad)
		*n_bad = bad;
	return st;
}

static bool is_dir(const char *p)
{
	struct stat sb;
	return p && *p && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

ct_status ct_rules_new(ct_diag_fn diag, void *ctx, ct_rules **out, size_t *n_bad)
{
	*out = NULL;
	struct ct_rules *r = calloc(1, sizeof *r);
	if (!r)
		return CT_ENOMEM;
	r->mctx = pcre2_match_context_create(NULL);
	if (!r->mctx) {
		free(r);
		return CT_ENOMEM;
	}
	pthread_mutex_init(&r->jit_lock, NULL);
	pcre2_set_match_limit(r->mctx, 200000);
	pcre2_set_depth_limit(r->mctx, 2000);
	const char *env = getenv("CASETRACE_RULES_DIR");
	/* the source tree first: a binary in the build folder uses the rules of
	 * its own version even if an older casetrace was installed */
	const char *dir = is_dir(env) ? env
	                : is_dir(CT_RULES_SOURCE_DIR) ? CT_RULES_SOURCE_DIR
	                : is_dir(CT_RULES_INSTALL_DIR) ? CT_RULES_INSTALL_DIR : NULL;
	if (!dir) {
		warn(diag, ctx, NULL, 0, "the built-in rule files are not in %s%s%s; install "
		     "casetrace or set CASETRACE_RULES_DIR", CT_RULES_INSTALL_DIR,
		     *CT_RULES_SOURCE_DIR ? " nor " : "", CT_RULES_SOURCE_DIR);
		ct_rules_free(r);
		return CT_EIO;
	}
	r->builtin_dir = cti_strdup(dir);
	ct_status st = r->builtin_dir ? ct_rules_load_dir(r, dir, diag, ctx, n_bad) : CT_ENOMEM;
	if (st != CT_OK) {
		ct_rules_free(r);
		return st;
	}
	*out = r;
	return CT_OK;
}

void ct_rules_free(ct_rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		rule_free(&r->r[i]);
	free(r->r);
	for (size_t i = 0; i < r->n_defs; i++) {
		free(r->def_names[i]);
		free(r->def_values[i]);
	}
	free(r->def_names);
	free(r->def_values);
	free(r->builtin_dir);
	for (size_t i = 0; i < r->n_cue_words; i++)
		free(r->cue_words[i]);
	pcre2_match_context_free(r->mctx);
	pthread_mutex_destroy(&r->jit_lock);
	free(r);
}

void cti_rules_jit(const struct ct_rules *r, const struct rule *u)
{
	if (__atomic_load_n(&u->jit_done, __ATOMIC_ACQUIRE))
		return;
	struct ct_rules *w = (struct ct_rules *)r; /* the lock and flags only */
	struct rule *x = (struct rule *)u;
	pthread_mutex_lock(&w->jit_lock);
	if (!x->jit_done) {
		(void)pcre2_jit_compile(x->re, PCRE2_JIT_COMPLETE); /* optional */
		if (x->tail_re)
			(void)pcre2_jit_compile(x->tail_re, PCRE2_JIT_COMPLETE);
		if (x->pre_re)
			(void)pcre2_jit_compile(x->pre_re, PCRE2_JIT_COMPLETE);
		__atomic_store_n(&x->jit_done, 1, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&w->jit_lock);
}

size_t ct_rules_count(const ct_rules *r)
{
	return r->n;
}

const char *ct_rules_builtin_dir(const ct_rules *r)
{
	return r->builtin_dir;
}
