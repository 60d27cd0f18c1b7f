/* turns.c — speaker turns in transcripts: "THE CHAIRMAN:", "SIR JOHN SMITH:",
 * "Mr Jones:", "Mr WOOD (La Trobe) (12:01):", "Q. Ms Dalby:", bare "Q." /
 * "A." blocks. Each turn is a passage (long turns are cut at paragraphs)
 * carrying its speaker label. Labels are found with one PCRE2 pattern,
 * compiled once per process. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "segment/segment-private.h"

/* A line that opens a turn: optional Q./A., then a label, optional
 * parentheticals (constituency, time), then a colon; or a bare Q./A.
 *  - caps: THE CHAIRMAN, SIR RODERICK BLAINE, MS ALDERWOOD (1–7 words)
 *  - titled: Mr Jones, The Chairman, Gen. Wiik, Mr WOOD, Senator Smith
 *  - name: Per Lindgren (no title; accepted only if it recurs) */
static const char label_pattern[] =
	"^[ \\t]{0,8}(?:(?<qa>[QA])\\.[ \\t]+)?"
	"(?:"
	"(?<titled>(?:The|THE|Mr|MR|Mrs|MRS|Ms|MS|Miss|Dr|DR|Sir|SIR|Dame|DAME|Lord|LORD"
	"|Lady|LADY|Baroness|BARONESS|Gen|General|GENERAL|Brig|Brigadier|Col|Colonel"
	"|Lt|Maj|Major|Capt|Captain|Adm|Admiral|Prof|Professor|Senator|SENATOR"
	"|Minister|MINISTER|Chair|CHAIR|Chairman|CHAIRMAN|Chairwoman|President|PRESIDENT"
	"|Judge|Justice|Counsel|COUNSEL|Hon|Madam|MADAM|Deputy|DEPUTY|Acting|ACTING)\\.?"
	"(?:[ \\t]+(?:[\\p{Lu}][\\p{L}'’.\\-]*|of|de|van|von|der|la|le)){0,5})"
	"|(?<caps>[\\p{Lu}][\\p{Lu}'’.\\-]+(?:[ \\t]+[\\p{Lu}][\\p{Lu}'’.\\-]*){0,6})"
	"|(?<name>[\\p{Lu}][\\p{Ll}'’\\-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’\\-]+){1,3})"
	")"
	"[ \\t]*(?:\\([^()\\n]{0,120}\\)[ \\t]*){0,2}:(?=[ \\t]|$)"
	"|^[ \\t]{0,8}(?<bare>[QA])\\.(?=[ \\t])";

static pcre2_code *label_re;
static pthread_once_t label_once = PTHREAD_ONCE_INIT;

static void compile_label(void)
{
	int err;
	PCRE2_SIZE off;
	label_re = pcre2_compile((PCRE2_SPTR)label_pattern, PCRE2_ZERO_TERMINATED,
	                         PCRE2_UTF | PCRE2_MULTILINE | PCRE2_MATCH_INVALID_UTF |
	                         PCRE2_ANCHORED, /* as matched: JIT does not run patterns
	                                          * anchored only at match time */
	                         &err, &off, NULL);
	if (label_re)
		(void)pcre2_jit_compile(label_re, PCRE2_JIT_COMPLETE); /* optional */
}

enum strength { WEAK, STRONG };

struct cand {
	size_t line_start;           /* where the turn starts */
	size_t sp_start, sp_end;     /* speaker label */
	enum strength strength;
};

/* Words that open a line with a colon without being speakers. */
static bool not_a_speaker(const char *s, size_t n)
{
	static const char *const words[] = {
		"NOTE", "NOTES", "WARNING", "SOURCE", "SOURCES", "SUBJECT", "RE", "TO",
		"FROM", "DATE", "TIME", "PRESENT", "AGENDA", "ITEM", "SECTION", "PART",
		"PAGE", "ANNEX", "APPENDIX", "WITNESS", "WITNESSES", "MEMBERS", "TITLE",
		"URL", "CHAPTER", "SUMMARY", "BACKGROUND",
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return true;
	return false;
}

static size_t group(pcre2_code *re, PCRE2_SIZE *ov, const char *name, size_t *end)
{
	int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	if (g < 0 || ov[2 * g] == PCRE2_UNSET) {
		*end = 0;
		return 0;
	}
	*end = ov[2 * g + 1];
	return ov[2 * g] + 1; /* +1 so that 0 means unset */
}

ct_status cti_segment_turns(const char *text, size_t len, struct cti_turn **out,
                            size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	pthread_once(&label_once, compile_label);
	if (!label_re)
		return CT_EINVAL;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(label_re, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (!md || !mc) {
		pcre2_match_data_free(md);
		pcre2_match_context_free(mc);
		return CT_ENOMEM;
	}
	pcre2_set_match_limit(mc, 100000);
	pcre2_set_depth_limit(mc, 1000);

	struct cand *c = NULL;
	size_t n = 0, cap = 0;
	ct_status st = CT_OK;
	for (size_t ls = 0; ls < len && st == CT_OK;) {
		const char *nl = memchr(text + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - text) : len;
		/* only the line: anchored match on [ls, le) */
		int rc = pcre2_match(label_re, (PCRE2_SPTR)(text + ls), le - ls, 0, 0, md, mc);
		if (rc > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			size_t e, s;
			struct cand k = {.line_start = ls, .strength = STRONG};
			if ((s = group(label_re, ov, "bare", &e))) {
				k.sp_start = ls + s - 1;
				k.sp_end = ls + e;
			} else {
				bool qa = group(label_re, ov, "qa", &e) != 0;
				if ((s = group(label_re, ov, "titled", &e))) {
					k.strength = STRONG;
				} else if ((s = group(label_re, ov, "caps", &e))) {
					/* one capitalised word is a speaker only if it recurs */
					k.strength = memchr(text + ls + s - 1, ' ', e - (s - 1)) || qa
					                 ? STRONG : WEAK;
					if (not_a_speaker(text + ls + s - 1, e - (s - 1)))
						s = 0;
				} else if ((s = group(label_re, ov, "name", &e))) {
					k.strength = qa ? STRONG : WEAK;
				}
				if (s) {
					k.sp_start = ls + s - 1;
					k.sp_end = ls + e;
					while (k.sp_end > k.sp_start && (text[k.sp_end - 1] == ' ' ||
					                                 text[k.sp_end - 1] == '\t'))
						k.sp_end--;
				}
			}
			if (k.sp_end > k.sp_start) {
				if (n == cap) {
					cap = cap ? cap * 2 : 64;
					struct cand *a = realloc(c, cap * sizeof *a);
					if (!a) {
						st = CT_ENOMEM;
						break;
					}
					c = a;
				}
				c[n++] = k;
			}
		} else if (rc != PCRE2_ERROR_NOMATCH && rc < 0) {
			/* a resource limit on one line: treat the line as text */
		}
		ls = le + 1;
	}
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);

	/* weak labels count only when the same label opens two turns or more */
	struct cti_turn *t = NULL;
	size_t nt = 0;
	if (st == CT_OK && n) {
		t = malloc(n * sizeof *t);
		if (!t)
			st = CT_ENOMEM;
	}
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		if (c[i].strength == WEAK) {
			size_t l = c[i].sp_end - c[i].sp_start, same = 0;
			for (size_t j = 0; j < n && same < 2; j++)
				if (c[j].sp_end - c[j].sp_start == l &&
				    memcmp(text + c[j].sp_start, text + c[i].sp_start, l) == 0)
					same++;
			if (same < 2)
				continue;
		}
		t[nt].start = c[i].line_start;
		t[nt].speaker_start = c[i].sp_start;
		t[nt].speaker_end = c[i].sp_end;
		nt++;
	}
	free(c);
	if (st != CT_OK) {
		free(t);
		return st;
	}
	*out = t;
	*n_out = nt;
	return CT_OK;
}
