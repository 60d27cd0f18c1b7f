/* query.c — checking FTS5 query syntax before SQLite sees it, so that a
 * mistake gets a one-line explanation instead of "fts5: syntax error". */
#include "index/index-private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum tok { T_END, T_WORD, T_STRING, T_AND, T_OR, T_NOT, T_NEAR, T_LP, T_RP,
           T_COMMA, T_PLUS, T_STAR, T_COLON, T_CARET, T_MINUS, T_LB, T_RB, T_BAD };

struct lex {
	const char *q, *p;
	const char *tok;    /* start of the current token */
	size_t len;
	enum tok t;
};

static bool bare_char(unsigned char c)
{
	return c >= 0x80 || isalnum(c) || c == '_' || c == 0x1A;
}

/* 1-based character (not byte) position of p in q. */
static size_t pos(const char *q, const char *p)
{
	size_t n = 1;
	for (const char *s = q; s < p; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static enum tok next(struct lex *l)
{
	while (*l->p && isspace((unsigned char)*l->p))
		l->p++;
	l->tok = l->p;
	unsigned char c = (unsigned char)*l->p;
	if (!c)
		return l->t = T_END;
	if (c == '"') {
		const char *s = l->p + 1;
		for (;;) {
			if (!*s) {
				l->len = (size_t)(s - l->tok);
				return l->t = T_BAD; /* unclosed string */
			}
			if (*s == '"') {
				if (s[1] == '"') {
					s += 2;
					continue;
				}
				break;
			}
			s++;
		}
		l->p = s + 1;
		l->len = (size_t)(l->p - l->tok);
		return l->t = T_STRING;
	}
	if (bare_char(c)) {
		const char *s = l->p;
		while (*s && bare_char((unsigned char)*s))
			s++;
		l->len = (size_t)(s - l->p);
		l->p = s;
		if (l->len == 3 && memcmp(l->tok, "AND", 3) == 0)
			return l->t = T_AND;
		if (l->len == 2 && memcmp(l->tok, "OR", 2) == 0)
			return l->t = T_OR;
		if (l->len == 3 && memcmp(l->tok, "NOT", 3) == 0)
			return l->t = T_NOT;
		if (l->len == 4 && memcmp(l->tok, "NEAR", 4) == 0 && *s == '(')
			return l->t = T_NEAR;
		return l->t = T_WORD;
	}
	l->p++;
	l->len = 1;
	switch (c) {
	case '(': return l->t = T_LP;
	case ')': return l->t = T_RP;
	case ',': return l->t = T_COMMA;
	case '+': return l->t = T_PLUS;
	case '*': return l->t = T_STAR;
	case ':': return l->t = T_COLON;
	case '^': return l->t = T_CARET;
	case '-': return l->t = T_MINUS;
	case '{': return l->t = T_LB;
	case '}': return l->t = T_RB;
	default: return l->t = T_BAD;
	}
}

static char *say(struct lex *l, const char *fmt, ...) CTI_PRINTF(2, 3);
static char *say(struct lex *l, const char *fmt, ...)
{
	struct cti_buf b;
	cti_buf_init(&b);
	cti_buf_printf(&b, "query error at character %zu: ", pos(l->q, l->tok));
	va_list ap;
	va_start(ap, fmt);
	cti_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return cti_buf_steal(&b);
}

static const char *op_name(enum tok t)
{
	return t == T_AND ? "AND" : t == T_OR ? "OR" : "NOT";
}

/* A light check of the grammar: balanced quotes and parentheses, bare words
 * made of letters and digits, binary operators with something on each side,
 * NEAR(...) well formed. Returns NULL when the query looks valid. */
static char *check(const char *query)
{
	struct lex l = {.q = query, .p = query};
	int depth = 0;
	const char *open_paren[64];
	bool want_operand = true; /* at the start, after an operator or '(' */
	enum tok prev = T_END;
	if (next(&l) == T_END)
		return cti_strdup("the query is empty: give one or more words, a "
		                  "\"quoted phrase\", or a NEAR(...) group");
	for (; l.t != T_END; prev = l.t, next(&l)) {
		switch (l.t) {
		case T_BAD: {
			if (*l.tok == '"')
				return say(&l, "the phrase opened by \" is never closed; end "
				           "it with another \"");
			size_t n = cti_utf8_seq((const unsigned char *)l.tok, strlen(l.tok));
			return say(&l, "'%.*s' cannot stand in a bare word; put the term "
			           "in double quotes (for example \"U.S.\" or \"post-war\")",
			           (int)(n ? n : 1), l.tok);
		}
		case T_AND: case T_OR: case T_NOT:
			if (want_operand)
				return say(&l, "%s needs a term before it (operators must stand "
				           "between terms; write them in lower case to search "
				           "for the word itself)", op_name(l.t));
			want_operand = true;
			break;
		case T_WORD: case T_STRING:
			if (*l.p == ':' && l.t == T_WORD &&
			    !(l.len == 4 && memcmp(l.tok, "text", 4) == 0)) {
				return say(&l, "'%.*s:' filters by a column, and passages have "
				           "only 'text'; quote the term (\"%.*s:\") or drop the colon",
				           (int)l.len, l.tok, (int)l.len, l.tok);
			}
			want_operand = false;
			break;
		case T_COLON:
			if (prev != T_WORD && prev != T_RB)
				return say(&l, "':' must follow a column name; put the term "
				           "in double quotes to search for it");
			want_operand = true;
			break;
		case T_STAR:
			if (prev != T_WORD && prev != T_STRING)
				return say(&l, "'*' marks a prefix and must follow a word "
				           "directly (withdr*)");
			break;
		case T_PLUS:
			if (want_operand)
				return say(&l, "'+' joins two phrases and needs one before it");
			want_operand = true;
			break;
		case T_CARET:
			if (!want_operand)
				return say(&l, "'^' anchors a phrase at the start of a passage "
				           "and must come before it (^\"word\")");
			break;
		case T_MINUS: {
			/* only as "-col:" or "-{cols}:", excluding columns */
			const char *s = l.p;
			while (*s && bare_char((unsigned char)*s))
				s++;
			if (*l.p == '{' || (s > l.p && *s == ':'))
				break;
			return say(&l, "'-' cannot stand in a bare word; put the term in "
			           "double quotes (\"post-war\"), and use NOT to exclude a term");
		}
		case T_LB: case T_RB:
			break; /* column filters: leave the details to SQLite */
		case T_NEAR: {
			const char *near = l.tok;
			next(&l); /* '(' */
			int terms = 0;
			while (next(&l) == T_WORD || l.t == T_STRING || l.t == T_STAR ||
			       l.t == T_PLUS)
				if (l.t == T_WORD || l.t == T_STRING)
					terms++;
			if (l.t == T_COMMA) {
				if (next(&l) != T_WORD || strspn(l.tok, "0123456789") != l.len)
					return say(&l, "NEAR(...) takes a distance after the comma, "
					           "as a number: NEAR(Basra withdrawal, 10)");
				next(&l);
			}
			if (l.t != T_RP) {
				l.tok = near;
				return say(&l, "NEAR( is not closed or holds something other "
				           "than terms: write NEAR(term term, 10)");
			}
			if (terms < 1) {
				l.tok = near;
				return say(&l, "NEAR() needs terms inside: NEAR(Basra withdrawal, 10)");
			}
			want_operand = false;
			break;
		}
		case T_LP:
			if (depth == (int)(sizeof open_paren / sizeof open_paren[0]))
				return say(&l, "parentheses nested too deep");
			open_paren[depth++] = l.tok;
			want_operand = true;
			break;
		case T_RP:
			if (!depth)
				return say(&l, "')' has no '(' to close");
			if (want_operand && prev != T_LP)
				return say(&l, "%s needs a term after it", op_name(prev));
			if (prev == T_LP)
				return say(&l, "'()' is empty");
			depth--;
			want_operand = false;
			break;
		case T_COMMA:
			return say(&l, "',' is only used inside NEAR(terms, distance); put "
			           "the term in double quotes to search for it");
		case T_END:
			break;
		}
	}
	if (depth) {
		l.tok = open_paren[depth - 1];
		return say(&l, "'(' is never closed; add ')'");
	}
	if (want_operand && (prev == T_AND || prev == T_OR || prev == T_NOT)) {
		l.tok = l.q + strlen(l.q);
		return say(&l, "%s needs a term after it", op_name(prev));
	}
	return NULL;
}

ct_status ct_query_check(const char *query, char **msg)
{
	if (msg)
		*msg = NULL;
	if (!query)
		return CT_EINVAL;
	char *m = check(query);
	if (!m)
		return CT_OK;
	if (msg)
		*msg = m;
	else
		free(m);
	return CT_EQUERY;
}

char *cti_query_explain(const char *query, const char *sqlite_msg)
{
	char *m = check(query);
	if (m)
		return m;
	const char *s = sqlite_msg ? sqlite_msg : "unknown error";
	if (strncmp(s, "fts5: ", 6) == 0)
		s += 6;
	return cti_printf("query not understood: %s. Quote phrases with \"...\", "
	                  "use AND, OR, NOT in capitals between terms, and "
	                  "NEAR(a b, 10) for proximity", s);
}
