/* extract-private.h — internals of the extract module. */
#ifndef CASETRACE_EXTRACT_PRIVATE_H
#define CASETRACE_EXTRACT_PRIVATE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <casetrace/extract.h>
#include "util/util.h"

/* What {{Q}} stands for in rule patterns: the quotation is replaced by this
 * placeholder in the text a rule sees, so rules never depend on how the
 * quotation itself is written (marks, length, nested quotes). */
#define CTI_QUOTE_MARK "\x01Q\x01"
#define CTI_QUOTE_MARK_LEN 3

#define CTI_CUE_WORDS 512 /* distinct cue words that prefilter rules */

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
	/* prefilters, derived from the pattern when it allows (see rules.c):
	 * the rule cannot match unless they pass */
	char tail[4];         /* a before rule: one of these must be the last
	                         mark before the quotation (white space aside);
	                         "" when anything may be */
	uint64_t cue_bits[CTI_CUE_WORDS / 64]; /* cue words (indexes into
	                         ct_rules.cue_words), one of which must occur */
	bool has_cues;        /* cue_bits applies */
	pcre2_code *tail_re;  /* a rule with cues: its pattern from the cue
	                         group on, anchored, which must match at the
	                         start of one of its cue words; NULL when the
	                         pattern does not allow the cut (or, for an after
	                         rule, when the tail is just the cue: no test) */
	pcre2_code *pre_re;   /* a rule with cues: the end of its pattern
	                         before the cue group, after the last group that
	                         names a part (",\s+" in "(?<speaker>…),\s+
	                         (?<cue>…)"), which must match ending where one
	                         of its cue words starts; NULL when there is no
	                         such end that starts with a mark */
	char need[4];         /* marks (",:;" or a newline) the pattern has at its
	                         top level, not optional: each must be in the
	                         text the rule sees */
	bool cue_first;       /* an after rule with cues whose pattern matches
	                         no letter before its cue group ("{{Q}},? said"):
	                         the first word after the quotation must be one
	                         of its cue words */
	bool after_stop;      /* a before rule ending "[.!?]\s+{{Q}}": the only
	                         kind shown a quotation that opens a sentence
	                         inside its paragraph, with the sentence before */
	bool nearest;         /* a before rule not anchored at the sentence's
	                         start: the match whose cue is nearest the
	                         quotation counts */
	size_t order;         /* load order, to keep it among equals */
	int jit_done;         /* re and tail_re JIT-compiled (atomic: set once,
	                         by cti_rules_jit, under ct_rules.jit_lock) */
};

struct ct_rules {
	struct rule *r;
	size_t n, cap;
	char **def_names, **def_values; /* [define] entries, in load order */
	size_t n_defs, cap_defs;
	char *builtin_dir;
	pcre2_match_context *mctx;      /* match and depth limits */
	char *cue_words[CTI_CUE_WORDS]; /* lower-case first words of the rules'
	                                   cues, in order of discovery */
	uint8_t cue_len[CTI_CUE_WORDS]; /* their lengths (< 64) */
	size_t n_cue_words;
	uint16_t cue_hash[2 * CTI_CUE_WORDS]; /* open addressing: index + 1 */
	uint64_t cue_shape[27][27]; /* a quick test before the hash: bit n of
	                         [a][b] set when a cue word of n letters starts
	                         with letters a, b (b = 26: a one-letter word) */
	pthread_mutex_t jit_lock;   /* rules are JIT-compiled on first use */
};

/* JIT-compile rule u of r unless done (rules are compiled by PCRE2 when
 * loaded, which checks them, but JIT-compiled only when a document of their
 * language first needs them: most of the cost of loading, and most runs see
 * one language). Safe to call from threads sharing r. */
void cti_rules_jit(const struct ct_rules *r, const struct rule *u);

/* Pattern src with the alternatives of its cue group grouped by first
 * letter, the same alternative winning (rules.c); a copy when it cannot be
 * done safely; NULL when out of memory. */
char *cti_factor_cue(const char *src);

/* The slot of ct_rules.cue_hash where lower-case word w[0, n) is or would
 * go (rules.c). */
size_t cti_cue_slot(const struct ct_rules *r, const char *w, size_t n);

/* Whether lower-case word w[0, n) (n >= 1, n < 64) may be a cue word: false
 * when no cue word has its length and first two letters. */
static inline bool cti_cue_maybe(const struct ct_rules *r, const char *w, size_t n)
{
	unsigned a = (unsigned)(w[0] - 'a'), b = n > 1 ? (unsigned)(w[1] - 'a') : 26u;
	return n < 64 && (r->cue_shape[a][b] >> n & 1);
}

#endif
