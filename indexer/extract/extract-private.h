/* extract-private.h — internals of the extract module. */
#ifndef CASETRACE_EXTRACT_PRIVATE_H
#define CASETRACE_EXTRACT_PRIVATE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <casetrace/extract.h>
#include "util/util.h"

/* What {{Q}} stands for in rule patterns: the quotation is replaced by this
 * placeholder in the text a rule sees, so rules never depend on how the
 * quotation itself is written (marks, length, nested quotes). */
#define CTI_QUOTE_MARK "\x01Q\x01"
#define CTI_QUOTE_MARK_LEN 3

enum rule_side { RULE_AFTER, RULE_BEFORE };

struct rule {
	char *name;           /* from [rule NAME] */
	char *file;           /* where it was defined */
	unsigned line;        /* of its pattern */
	char lang[8];         /* "en", ..., or "*" for any */
	enum rule_side side;  /* the attribution follows / precedes the quote */
	double confidence;
	char *kind;           /* "direct" or "as-quoted-in" */
	pcre2_code *re;
	int g_speaker, g_role, g_cue, g_outlet; /* group numbers, 0 if absent */
	size_t order;         /* load order, to keep it among equals */
};

struct ct_rules {
	struct rule *r;
	size_t n, cap;
	char **def_names, **def_values; /* [define] entries, in load order */
	size_t n_defs, cap_defs;
	char *builtin_dir;
	pcre2_match_context *mctx;      /* match and depth limits */
};

#endif
