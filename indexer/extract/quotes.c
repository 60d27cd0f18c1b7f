/* quotes.c — who said what: quotations found by their marks (scan.c) are
 * attributed by the rules (rules.c) that match the text around them, with
 * the quotation replaced by {{Q}}; then split quotations are joined,
 * pronouns resolved to the last named speaker, titles moved into the role,
 * and surnames expanded to the full name used earlier in the document.
 * Transcript turns become quotes of kind "turn". */
#include "extract/extract-private.h"
#include "extract/scan.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define WINDOW 400 /* bytes of context a rule sees on either side */

struct found {                /* a quotation being attributed */
	struct cti_qspan q;
	size_t end;               /* end of the last joined part */
	size_t close_end;         /* after the closing mark of the last joined part */
	struct cti_buf text;      /* the quoted words, parts joined */
	char *speaker, *role, *cue, *outlet;
	const struct rule *rule;
	double confidence;
	size_t attr_end;          /* where an "after" attribution ends in the text */
	bool pronoun;
	bool joined_away;         /* merged into the quotation before it */
	ct_span parts[8];         /* the parts joined (the first 8) */
	size_t n_parts;
	const char *kind;
};

struct ct_quotes {
	ct_quote *a;
	size_t n;
	ct_span *parts;           /* all quotes' parts, one array */
	char **strings;           /* owned */
	size_t n_strings, cap_strings;
};

static const char *const pronouns[] = {
	"he", "she", "they", "i", "we", "you", "He", "She", "They", "I", "We", "it", "It",
	"er", "sie", "Er", "Sie", "il", "elle", "ils", "elles", "Il", "Elle", "hij", "zij",
	"ze", "Hij", "Zij", "han", "hun", "Han", "Hun",
};

static bool is_pronoun(const char *s)
{
	if (strnlen(s, 6) > 5)
		return false; /* longer than any: most speakers are names */
	for (size_t i = 0; i < sizeof pronouns / sizeof pronouns[0]; i++)
		if (!strcmp(s, pronouns[i]))
			return true;
	return false;
}

/* Titles moved from a speaker's name into the role ("Gen. John Smith"). */
static const char *const titles[] = {
	"Gen", "General", "Lt", "Lieutenant", "Col", "Colonel", "Brig", "Brigadier", "Maj",
	"Major", "Capt", "Captain", "Adm", "Admiral", "Sgt", "Sergeant", "Cpl", "Corporal",
	"Cmdr", "Commander", "Sir", "Dame", "Dr", "Mr", "Mrs", "Ms", "Miss", "Lord", "Lady",
	"Baroness", "Baron", "Prof", "Professor", "Rev", "Sen", "Senator", "Rep",
	"Representative", "Gov", "Governor", "Pres", "President", "Minister", "Secretary",
	"Chancellor", "Ambassador", "Judge", "Justice", "Mayor", "Chief", "Deputy", "Prime",
	"Foreign", "Defence", "Defense", "Interior", "Finance", "Home", "State", "Vice",
	"Herr", "Frau", "Dhr", "Mevr", "Mme", "M", "Mlle", "Hr", "Fru",
	"Reporter", "Correspondent", "Spokesman", "Spokeswoman", "Anchor", "Host", "Analyst",
	"Commentator", "Candidate", "Nominee", "Congressman", "Congresswoman", "Assemblyman",
	"Councilman", "Councilwoman", "Sheriff", "Officer", "Detective", "Attorney", "Pastor",
	"Father", "Bishop", "Archbishop", "Cardinal", "Pope", "King", "Queen", "Prince",
	"Princess", "Emir", "Sheikh", "Ayatollah", "Premier", "Speaker", "Leader", "Democrat",
	"Republican", "Independent",
};

static bool is_title(const char *w, size_t n)
{
	if (n && w[n - 1] == '.')
		n--;
	/* German compounds: Verteidigungsminister, Regierungssprecher */
	static const char *const suffixes[] = {"minister", "sprecher", "präsident", "kanzler",
	                                       "ministerin", "sprecherin", "präsidentin"};
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		size_t l = strlen(suffixes[i]);
		if (n > l + 2 && !strncmp(w + n - l, suffixes[i], l))
			return true;
	}
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (titles[i][0] == w[0] && strlen(titles[i]) == n && !strncmp(w, titles[i], n))
			return true; /* (the first letter first: most words are no title) */
	return false;
}

static char *dup_range(const char *s, size_t a, size_t b)
{
	while (a < b && isspace((unsigned char)s[a]))
		a++;
	while (b > a && (isspace((unsigned char)s[b - 1]) || s[b - 1] == ','))
		b--;
	if (b <= a)
		return NULL;
	char *d = cti_strndup(s + a, b - a);
	if (!d)
		return NULL;
	/* one space between words (windows have no-break spaces as two) */
	size_t o = 0;
	for (size_t i = 0; d[i]; i++)
		if (!(d[i] == ' ' && o > 0 && d[o - 1] == ' '))
			d[o++] = d[i];
	d[o] = '\0';
	return d;
}

/* No-break spaces (U+00A0) in a window become two plain spaces, so that
 * rules' \s and [ \t] see them and offsets stay as in the text. */
static void plain_spaces(struct cti_buf *b)
{
	if (b->len < 2)
		return;
	char *p = b->data, *end = b->data + b->len - 1; /* a pair starts before end */
	while ((p = memchr(p, 0xC2, (size_t)(end - p))) != NULL) {
		if ((unsigned char)p[1] == 0xA0) {
			p[0] = ' ';
			p[1] = ' ';
			p += 2;
		} else {
			p++;
		}
		if (p >= end)
			break;
	}
}

/* Move leading titles of a name into the role: "Gen. John Smith" →
 * speaker "John Smith", role "Gen." (joined before any apposition). */
static void split_title(struct found *f)
{
	if (!f->speaker)
		return;
	char *s = f->speaker;
	size_t i = 0, last_title_end = 0;
	for (;;) {
		size_t w = i;
		while (s[w] && !isspace((unsigned char)s[w]))
			w++;
		if (!s[w] || !is_title(s + i, w - i))
			break; /* the last word is never a title: it is the name */
		last_title_end = w;
		i = w;
		while (isspace((unsigned char)s[i]))
			i++;
	}
	if (!last_title_end || s[0] < 'A' || s[0] > 'Z')
		return;
	char *title = cti_strndup(s, last_title_end);
	char *name = cti_strdup(s + i);
	if (!title || !name) {
		free(title);
		free(name);
		return;
	}
	char *role = f->role ? cti_printf("%s, %s", title, f->role) : cti_strdup(title);
	free(title);
	if (!role) {
		free(name);
		return;
	}
	free(f->role);
	free(f->speaker);
	f->role = role;
	f->speaker = name;
}

/* A speaker written with a description before the name ("DFA spokesman
 * Neil Sroka", "Democratic presidential candidate Sen. Bernie Sanders
 * (I-Vt.)"): the trailing capitalised words are the name, the rest goes to
 * the role. */
static void split_prefix(struct found *f)
{
	char *s = f->speaker;
	if (!s || !*s)
		return;
	size_t n = strlen(s);
	/* a parenthesis after the name ("(R-Ohio)") goes to the role too */
	char *paren = NULL;
	if (s[n - 1] == ')' && (paren = strrchr(s, '(')) != NULL && paren > s) {
		n = (size_t)(paren - s);
		while (n && s[n - 1] == ' ')
			n--;
	}
	/* walk back over capitalised words (and initials, titles, particles) */
	size_t start = n, i = n;
	while (i > 0) {
		size_t w = i;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		bool cap = isupper((unsigned char)s[w]) || ((unsigned char)s[w] & 0x80);
		bool particle = !cap && (i - w <= 3) && w > 0 && start < n;
		if (!cap && !particle)
			break;
		start = w;
		i = w;
		while (i > 0 && s[i - 1] == ' ')
			i--;
	}
	if (start == 0 && !paren)
		return; /* all of it is a name */
	if (start >= n)
		return; /* no name at the end: a description ("the ad's narrator") */
	char *name = cti_strndup(s + start, n - start);
	struct cti_buf role;
	cti_buf_init(&role);
	size_t pre = start;
	while (pre > 0 && s[pre - 1] == ' ')
		pre--;
	if (pre)
		cti_buf_append(&role, s, pre);
	if (paren) {
		if (role.len)
			cti_buf_putc(&role, ' ');
		cti_buf_puts(&role, paren);
	}
	if (f->role) {
		if (role.len)
			cti_buf_puts(&role, ", ");
		cti_buf_puts(&role, f->role);
	}
	char *r = cti_buf_steal(&role);
	if (!name || !r) {
		free(name);
		free(r);
		return;
	}
	free(f->speaker);
	free(f->role);
	f->speaker = name;
	f->role = *r ? r : NULL;
	if (!*r)
		free(r);
}

/* All-capitals labels ("SIR RODERICK BLAINE") in title case. */
static void title_case(char *s)
{
	bool lower = false;
	for (char *p = s; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			lower = true;
	if (lower)
		return;
	bool start = true;
	for (char *p = s; *p; p++) {
		if (isalpha((unsigned char)*p)) {
			if (!start)
				*p = (char)tolower((unsigned char)*p);
			start = false;
		} else {
			start = *p == ' ' || *p == '-';
		}
	}
}

/* A person's name as written before a pronoun that refers to it: titles
 * and a name, or two capitalised words or more. Compiled once. Every
 * alternative starts with a capital, which the lookahead checks first (ten
 * times faster than trying the alternatives at every position). */
static const char person_pattern[] =
	"(?=\\p{Lu})(?:(?:(?:G(?:en|eneral|ov|overnor)|L(?:t|ord|ady)|C(?:ol|apt)|Brig|M(?:aj|r|rs|s|iss|inister)|Adm"
	"|S(?:gt|ir|en|enator|ecretary)|D(?:ame|r)|P(?:rof|resident)|Rep)\\.?\\s+)+"
	"\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)*"
	"|(?<![\\p{L}.!?“\"]\\s)(?<!^)\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)+"
	"|\\b\\p{Lu}[\\p{Ll}'’\\-]+(?=\\s+(?:(?:also|then|later|again|\\p{Ll}+ly)\\s+)?"
	"(?:said|says|told|tells|wrote|writes|\\p{Ll}{3,}ed|\\p{Ll}{3,}s)\\b))";
static pcre2_code *person_re;
/* the same, anchored: tried at each capital the search finds itself (a
 * match starting at the first of them where one does is the match the
 * search by PCRE2 would find) */
static pcre2_code *person_at_re;
static pthread_once_t person_once = PTHREAD_ONCE_INIT;

static void compile_person(void)
{
	int err;
	PCRE2_SIZE off;
	person_re = pcre2_compile((PCRE2_SPTR)person_pattern, PCRE2_ZERO_TERMINATED,
	                          PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT, &err, &off, NULL);
	if (person_re)
		(void)pcre2_jit_compile(person_re, PCRE2_JIT_COMPLETE);
	person_at_re = pcre2_compile((PCRE2_SPTR)person_pattern, PCRE2_ZERO_TERMINATED,
	                             PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT | PCRE2_ANCHORED, &err, &off,
	                             NULL);
	if (person_at_re)
		(void)pcre2_jit_compile(person_at_re, PCRE2_JIT_COMPLETE);
}

struct found;
static bool inside_quote(const struct found *f, size_t n, size_t at);

/* What "it" said: the last document, body or organisation named before,
 * outside quotations ("the memo", "the Select Committee", "Monsanto"). */
static const char thing_pattern[] =
	"\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}\\-’']+\\s+){0,4}?"
	"(?i:m(?:emo|inistry|agazine|otion)|s(?:tatement|ite|tudy|urvey|tory|peech)|r(?:eport|"
	"elease|eadout|uling|esolution)|l(?:etter|awsuit)|e(?:mail|-mail|ditorial)|a(?:d|"
	"dvertisement|gency|dministration|rticle)|video|tweet|p(?:ost|latform|anel|arty|"
	"aper|oll)|website|d(?:ocument|epartment)|f(?:iling|irm|oundation)|c(?:omplaint|"
	"ampaign|ommittee|ompany|ouncil|olumn|ourt)|o(?:rder|ffice|rganization|"
	"rganisation)|b(?:ill|oard|ook)|g(?:roup|overnment)|union|n(?:etwork|ewspaper))s?\\b";
static pcre2_code *thing_re;
static pthread_once_t thing_once = PTHREAD_ONCE_INIT;

static void compile_thing(void)
{
	int err;
	PCRE2_SIZE off;
	thing_re = pcre2_compile((PCRE2_SPTR)thing_pattern, PCRE2_ZERO_TERMINATED,
	                         PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT, &err, &off, NULL);
	if (thing_re)
		(void)pcre2_jit_compile(thing_re, PCRE2_JIT_COMPLETE);
}

static size_t sentence_start(const char *t, size_t from, size_t at);

/* The last person named in text[from, to) outside quotations, or NULL.
 * Searched sentence by sentence from the end (a name does not run over a
 * sentence's end), so that the usual answer, in the sentence or two before
 * the quotation, costs no scan of whole paragraphs. match_opts:
 * PCRE2_NO_UTF_CHECK when the text is valid UTF-8, else PCRE2 would check
 * the rest of the text again at every match of the loop. */
static char *last_person(pcre2_match_context *mctx, const char *t, size_t from, size_t to,
                         uint32_t match_opts, pcre2_match_data *md, const struct found *f,
                         size_t nf, bool thing)
{
	pthread_once(&person_once, compile_person);
	pthread_once(&thing_once, compile_thing);
	pcre2_code *re = thing ? thing_re : person_re;
	if (!re || !md)
		return NULL;
	size_t best_s = 0, best_e = 0;
	for (size_t hi = to; hi > from && best_e == best_s;) {
		/* the piece [lo, hi): whole sentences, 200 bytes or more */
		size_t lo = sentence_start(t, from, hi - from > 200 ? hi - 200 : from);
		size_t at = lo;
		/* matches that start in the piece (the search stops there; the
		 * subject goes on to the quotation, for lookaheads) */
		pcre2_set_offset_limit(mctx, hi - 1);
		while (at < hi) {
			/* a person's name starts with a capital (the pattern's
			 * lookahead): it is tried at each A-Z or non-ASCII character
			 * in turn, found here faster than by the pattern */
			if (!thing) {
				while (at < hi && !((t[at] >= 'A' && t[at] <= 'Z') ||
				                    (unsigned char)t[at] >= 0xC0))
					at++;
				if (at >= hi)
					break; /* no match can start in the piece */
			}
			int rc;
			if (!thing && person_at_re) {
				/* tried here, and at the next capital if not */
				rc = pcre2_match(person_at_re, (PCRE2_SPTR)t, to, at, match_opts, md, mctx);
				if (rc == PCRE2_ERROR_NOMATCH) {
					at++;
					continue;
				}
			} else {
				rc = pcre2_match(re, (PCRE2_SPTR)t, to, at, match_opts, md, mctx);
			}
			if (rc <= 0)
				break;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			if (ov[0] >= hi)
				break; /* in the piece after, searched already (not with the limit) */
			char w[16];
			size_t wl = ov[1] - ov[0];
			if (wl < sizeof w) {
				memcpy(w, t + ov[0], wl);
				w[wl] = '\0';
			}
			if ((wl >= sizeof w || !is_pronoun(w)) && !inside_quote(f, nf, ov[0])) {
				/* "She then said" names nobody; words quoted are not the narration */
				best_s = ov[0];
				best_e = ov[1];
			}
			at = ov[1] > at ? ov[1] : at + 1;
		}
		hi = lo;
	}
	return best_e > best_s ? cti_strndup(t + best_s, best_e - best_s) : NULL;
}

static bool lang_ok(const struct rule *u, const char *lang)
{
	return !strcmp(u->lang, "*") || (lang && !strcmp(u->lang, lang)) ||
	       (!lang && !strcmp(u->lang, "en"));
}

/* A UTF-8 boundary at or after i. */
static size_t boundary(const char *t, size_t i, size_t len)
{
	while (i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/* Text of group g of a match in subject sub (offsets into the subject). */
static char *grab(const char *sub, PCRE2_SIZE *ov, int g)
{
	if (!g || ov[2 * g] == PCRE2_UNSET)
		return NULL;
	return dup_range(sub, ov[2 * g], ov[2 * g + 1]);
}

/* Where the sentence holding offset at starts, not before from: after the
 * last [.!?] (and a closing quote or bracket) followed by white space, unless
 * the full stop ends an initial, a common abbreviation (U.S., Sen., Mr.) or
 * a short capitalised word before ')' ("(D-Calif.)"). SENT in en.rules lets
 * the same full stops through. */
static size_t sentence_start(const char *t, size_t from, size_t at)
{
	/* words of 2 to 4 letters whose full stop ends no sentence */
	static const char *const abbrev[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep",
	                                     "Gen", "Lt", "Col", "Jr", "Sr", "vs", "No", "Rev",
	                                     "Inc", "Co", "Corp", "Ltd", "Brig", "Maj", "Capt",
	                                     "Adm", "Sgt", "Prof", "Mt", "Ft", "Jan", "Feb", "Aug",
	                                     "Sept", "Sep", "Oct", "Nov", "Dec"};
	/* isspace() of the C locale, as a table */
	static const bool space[256] = {[' '] = true, ['\t'] = true, ['\n'] = true, ['\v'] = true,
	                                ['\f'] = true, ['\r'] = true};
	const unsigned char *u = (const unsigned char *)t;
	for (size_t i = at; i > from + 1; i--) {
		if (!space[u[i - 1]])
			continue;
		size_t j = i - 1;
		while (j > from && space[u[j - 1]])
			j--;
		/* closing marks ("')] and, as strchr found it, a NUL byte) */
		while (j > from && (u[j - 1] == '"' || u[j - 1] == '\'' || u[j - 1] == ')' ||
		                    u[j - 1] == ']' || u[j - 1] == '\0'))
			j--;
		if (j >= from + 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 &&
		    (u[j - 1] == 0x9D || u[j - 1] == 0x99))
			j -= 3;
		if (j <= from)
			continue;
		unsigned char e = u[j - 1];
		if (e != '.' && e != '!' && e != '?' && e != '\0')
			continue;
		if (e == '.') {
			size_t w = j - 1;
			while (w > from && isalpha(u[w - 1]))
				w--;
			size_t wl = j - 1 - w;
			if (wl == 1 && isupper(u[w]))
				continue; /* an initial, or U.S. */
			if (wl >= 2 && wl <= 5 && isupper(u[w]) && t[j] == ')')
				continue; /* a state after a name: "Ted Cruz (R-Tex.)" */
			bool ab = false;
			for (size_t k = 0; wl >= 2 && wl <= 4 && k < sizeof abbrev / sizeof abbrev[0] && !ab;
			     k++)
				ab = abbrev[k][0] == t[w] && strlen(abbrev[k]) == wl &&
				     !strncmp(t + w, abbrev[k], wl);
			if (ab)
				continue;
		}
		return i;
	}
	return from;
}

/* Run every rule for the document's language on the context of quotation
 * f; keep the most confident attribution. */
/* The rules that apply to a document: those for its language, most
 * confident first, and how to match them. */
struct doc_rules {
	const struct rule **r;    /* borrowed from the ct_rules */
	size_t n;
	const struct rule **r_stop; /* the same in the order of their confidence
	                             for a quotation that ends its sentence
	                             (after rules count 0.9 of theirs): made on
	                             the first such quotation (stop_order) */
	bool have_stop;
	uint32_t match_opts;      /* PCRE2_NO_UTF_CHECK when the text is valid */
	pcre2_match_context *mctx;
	pcre2_match_context *mctx_before; /* the same, for before rules: an
	                             offset limit is set on it per match */
	const struct ct_rules *rules; /* for the cue words */
};

/* The last character before offset n of s that is not white space (nor a
 * no-break space), or 0. */
static char last_mark_before(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == ' ' || (c >= '\t' && c <= '\r')) {
			n--;
		} else if (c == 0xA0 && n >= 2 && (unsigned char)s[n - 2] == 0xC2) {
			n -= 2;
		} else if (c == 0xAF && n >= 3 && (unsigned char)s[n - 2] == 0x80 &&
		           (unsigned char)s[n - 3] == 0xE2) {
			n -= 3;
		} else {
			return (char)c;
		}
	}
	return 0;
}

/* An ASCII letter in lower case, or 0 for any other byte. */
#define L4(c) c, c + 1, c + 2, c + 3
static const unsigned char lower_letter[256] = {
	['A'] = L4('a'), ['E'] = L4('e'), ['I'] = L4('i'), ['M'] = L4('m'),
	['Q'] = L4('q'), ['U'] = L4('u'), ['Y'] = 'y', ['Z'] = 'z',
	['a'] = L4('a'), ['e'] = L4('e'), ['i'] = L4('i'), ['m'] = L4('m'),
	['q'] = L4('q'), ['u'] = L4('u'), ['y'] = 'y', ['z'] = 'z',
};
#undef L4

/* Which of the rules' cue words occur in s[0, n): words are runs of ASCII
 * letters, compared in lower case (a cue group stands for whole words).
 * Where each one last starts goes in last_at[index] (valid where its bit is
 * set). */
/* Where cue words stand in a rule's window, in order (at most CUE_OCC;
 * n > CUE_OCC when there were more). */
#define CUE_OCC 32
struct cue_occ {
	size_t n;
	size_t at[CUE_OCC];
	unsigned word[CUE_OCC]; /* index into the rules' cue words */
};

static void cue_words_in(const struct ct_rules *r, const char *s, size_t n,
                         uint64_t bits[CTI_CUE_WORDS / 64], size_t last_at[CTI_CUE_WORDS],
                         struct cue_occ *occ)
{
	memset(bits, 0, CTI_CUE_WORDS / 64 * sizeof bits[0]);
	occ->n = 0;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		while (i < n && !lower_letter[u[i]])
			i++;
		size_t at = i;
		while (i < n && lower_letter[u[i]])
			i++;
		size_t wl = i - at;
		/* the quick test (cti_cue_maybe) on the word as it stands, before
		 * it is copied in lower case for the hash: most words fail it */
		if (!wl || wl >= 64)
			continue; /* longer than cue words may be (rules.c) */
		unsigned sa = (unsigned)(lower_letter[u[at]] - 'a');
		unsigned sb = wl > 1 ? (unsigned)(lower_letter[u[at + 1]] - 'a') : 26u;
		if (!(r->cue_shape[sa][sb] >> wl & 1))
			continue;
		char w[64];
		for (size_t k = 0; k < wl; k++)
			w[k] = (char)lower_letter[u[at + k]];
		unsigned e = r->cue_hash[cti_cue_slot(r, w, wl)];
		if (e) {
			bits[(e - 1) / 64] |= (uint64_t)1 << ((e - 1) % 64);
			last_at[e - 1] = at;
			if (occ->n < CUE_OCC) {
				occ->at[occ->n] = at;
				occ->word[occ->n] = e - 1;
			}
			occ->n++;
		}
	}
}

/* The cue word (its index) that the text after a quotation, s[0, n),
 * starts with: the first word after the placeholder and the marks and
 * white space an after rule with cue_first may match before its cue group
 * (rules.c, head_without_letters); -1 when that word is no cue word (or
 * something else comes first). */
static int first_word_cue(const struct ct_rules *r, const char *s, size_t n)
{
	size_t i = CTI_QUOTE_MARK_LEN;
	while (i < n && strchr(",.!?;: \t\n\v\f\r", s[i]) && s[i])
		i++;
	const unsigned char *u = (const unsigned char *)s;
	char w[64];
	size_t wl = 0;
	unsigned char c;
	while (i < n && (c = lower_letter[u[i]]) != 0) {
		if (wl == sizeof w)
			return -1;
		w[wl++] = (char)c;
		i++;
	}
	if (!wl || !cti_cue_maybe(r, w, wl))
		return -1;
	unsigned e = r->cue_hash[cti_cue_slot(r, w, wl)];
	return e ? (int)e - 1 : -1;
}

/* Whether t[0, len) is valid UTF-8 (checked once per document, so that
 * the many matches on its windows can skip PCRE2's own check). */
static bool valid_utf8(const char *t, size_t len)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t i = 0;
	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			/* ASCII runs eight bytes at a time */
			while (i + 8 <= len) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080u)
					break;
				i += 8;
			}
			continue;
		}
		size_t k = cti_utf8_seq(s + i, len - i);
		if (!k)
			return false;
		i += k;
	}
	return true;
}

/* Append t[from, to) to b with each quotation of qs[0, self) inside it
 * written as "…" (and the comma that ended its words), so that the rules
 * see its sentence go on: Giuliani trashed Comey on MSNBC's “Morning Joe,”
 * calling it a “…” → Giuliani trashed Comey on MSNBC's …, calling it a. */
static void append_masked(struct cti_buf *b, const char *t, size_t from, size_t to,
                          const struct cti_qspan *qs, size_t self)
{
	size_t k = self;
	while (k > 0 && qs[k - 1].close_end > from)
		k--;
	size_t at = from;
	for (; k < self; k++) {
		if (qs[k].open < at || qs[k].close_end > to || qs[k].close_end <= qs[k].open)
			continue;
		cti_buf_append(b, t + at, qs[k].open - at);
		cti_buf_puts(b, "…");
		if (qs[k].end > qs[k].start && t[qs[k].end - 1] == ',')
			cti_buf_putc(b, ',');
		at = qs[k].close_end;
	}
	cti_buf_append(b, t + at, to - at);
}

/* Whether an attribution after a quotation that ends its sentence, matched
 * up to its cue ("…." Smith said), ends there (s[at...]): at the sentence's
 * end, a comma, or words
 * of time and place ("…." Smith said on Tuesday.), not with a clause of the
 * cue's own ("…." Russia insisted that …; "…." The network said the
 * decision …; "…." Reid said Rubio …): that sentence says something else. */
static bool attribution_ends(const char *s, size_t n, size_t at)
{
	while (at < n && (s[at] == ' ' || s[at] == '\t'))
		at++;
	if (at >= n || (!isalpha((unsigned char)s[at]) && (unsigned char)s[at] < 0x80))
		return at >= n || (s[at] != '"' && s[at] != '\'');
	if ((unsigned char)s[at] >= 0x80) /* “ or ‘: a quotation of the cue's own */
		return !((unsigned char)s[at] == 0xE2 && at + 2 < n && (unsigned char)s[at + 1] == 0x80 &&
		         ((unsigned char)s[at + 2] == 0x9C || (unsigned char)s[at + 2] == 0x98));
	size_t e = at;
	while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '\''))
		e++;
	static const char *const object[] = {
		"that", "the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
		"he", "she", "they", "it", "we", "i", "you", "there", "some", "no", "all",
	};
	static const char *const when[] = {
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Today", "Yesterday", "Tonight", "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December", "Jan",
		"Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr",
	};
	size_t wl = e - at;
	if (isupper((unsigned char)s[at])) {
		for (size_t k = 0; k < sizeof when / sizeof *when; k++)
			if (strlen(when[k]) == wl && !strncmp(s + at, when[k], wl))
				return true;
		/* a name after the cue: "…." Trump said Clinton … */
		return wl == 1 || strchr(".,", s[e]) != NULL;
	}
	for (size_t k = 0; k < sizeof object / sizeof *object; k++)
		if (strlen(object[k]) == wl && !strncasecmp(s + at, object[k], wl))
			return false;
	return true;
}

/* Whether s[from, to), between a cue and the next speaker, makes that
 * speaker's clause what the cue says ("Israel said Clinton called …",
 * "Trump said at a rally that Clinton described …"): the reported words
 * stay with the speaker who reports them. */
static bool complement(const char *s, size_t from, size_t to)
{
	if (to == PCRE2_UNSET || to < from)
		return false;
	while (to > from && isspace((unsigned char)s[to - 1]))
		to--;
	return to == from ||
	       (to - from >= 4 && !strncmp(s + to - 4, "that", 4) &&
	        (to - from == 4 || !isalpha((unsigned char)s[to - 5])));
}

/* Cues whose object is whom the words were for: "…?" Obama asked
 * Republican politicians. */
static bool object_cue(const char *c, size_t n)
{
	static const char *const w[] = {"told", "tells", "asked", "asks", "urged", "urges",
	                                 "reminded", "assured", "pressed"};
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (strlen(w[k]) == n && !strncmp(c, w[k], n))
			return true;
	return false;
}

/* The rules of dr in the order of what they are worth for a quotation
 * that ends its sentence: after rules at 0.9 of their confidence, before
 * rules at theirs; among equals, the order of dr->r (whose first match
 * wins there too). Both kinds are in that order already: a merge. */
static void stop_order(struct doc_rules *dr)
{
	size_t a = 0, b = 0; /* the next after and before rule in dr->r */
	for (size_t o = 0; o < dr->n; o++) {
		while (a < dr->n && dr->r[a]->side != RULE_AFTER)
			a++;
		while (b < dr->n && dr->r[b]->side == RULE_AFTER)
			b++;
		bool take_a;
		if (a == dr->n || b == dr->n) {
			take_a = a < dr->n;
		} else {
			double ca = dr->r[a]->confidence * 0.9, cb = dr->r[b]->confidence;
			take_a = ca > cb || (ca == cb && a < b);
		}
		dr->r_stop[o] = dr->r[take_a ? a++ : b++];
	}
	dr->have_stop = true;
}

static ct_status attribute(struct doc_rules *dr, const char *t, size_t len,
                           struct found *f, pcre2_match_data *md, struct cti_buf sub[2],
                           const struct cti_qspan *qs, size_t self)
{
	size_t ps = cti_para_start(t, f->q.open);
	size_t pe = cti_para_end(t, len, f->q.close_end > 0 ? f->q.close_end - 1 : 0);
	if (pe < f->q.close_end)
		pe = f->q.close_end;
	size_t a_end = boundary(t, f->q.close_end + WINDOW < pe ? f->q.close_end + WINDOW : pe, len);
	/* a quotation that ends its sentence and its line: what the next line
	 * says is a new paragraph (texts with a line a paragraph), not the
	 * quotation's attribution ("…peace.” ¶ Trump replied: “…”) */
	if (f->q.end > f->q.start && strchr(".!?", t[f->q.end - 1])) {
		size_t k = f->q.close_end;
		while (k < a_end && (t[k] == ' ' || t[k] == '\t'))
			k++;
		if (k < a_end && t[k] == '\n')
			a_end = k;
	}
	/* rules before a quotation see its sentence; a quotation that opens a
	 * sentence sees the sentence before it, and one that opens its
	 * paragraph the last sentence of the paragraph before ("Reporter X
	 * says:") */
	size_t b_start = boundary(t, sentence_start(t, f->q.open > ps + WINDOW ? f->q.open - WINDOW : ps,
	                                            f->q.open), len);
	size_t b_end = f->q.open; /* the text before the quotation ends here */
	bool para_break = false;
	size_t se = f->q.open; /* a sentence ending before the quotation? */
	while (se > ps && isspace((unsigned char)t[se - 1]))
		se--;
	bool opens_sentence = b_start == f->q.open && se > ps;
	if (opens_sentence) {
		/* a quotation that opens a sentence inside its paragraph sees the
		 * sentence before it ("Smith went on. “…”") */
		b_start = boundary(t, sentence_start(t, se - 1 > ps + WINDOW ? se - 1 - WINDOW : ps,
		                                     se - 1), len);
	} else if (b_start == f->q.open && ps > 0) {
		size_t e = ps;
		while (e > 0 && isspace((unsigned char)t[e - 1]))
			e--;
		if (e > 0) {
			size_t pps = cti_para_start(t, e - 1);
			b_start = boundary(t, sentence_start(t, e - 1 > pps + WINDOW ? e - 1 - WINDOW : pps, e - 1), len);
			b_end = e;
			/* after a colon the quotation goes on its sentence; after a
			 * full stop the paragraphs stay apart for the rules, which see
			 * a blank line ("Smith went on. ¶ “…”") */
			para_break = t[e - 1] != ':';
		}
	}
	/* what the rules see: the text after the quotation, or before it,
	 * with the quotation replaced by CTI_QUOTE_MARK */
	struct cti_buf *after = &sub[0], *before = &sub[1];
	cti_buf_reset(after);
	cti_buf_append(after, CTI_QUOTE_MARK, CTI_QUOTE_MARK_LEN);
	cti_buf_append(after, t + f->q.close_end, a_end - f->q.close_end);
	cti_buf_reset(before);
	/* in the quotation's own sentence, the quotations before it are
	 * masked; the sentence or paragraph before must quote nothing */
	if (b_end == f->q.open && !opens_sentence)
		append_masked(before, t, b_start, b_end, qs, self);
	else
		cti_buf_append(before, t + b_start, b_end - b_start);
	if (b_end != f->q.open)
		cti_buf_puts(before, para_break ? "\n\n" : " ");
	cti_buf_append(before, CTI_QUOTE_MARK, CTI_QUOTE_MARK_LEN);
	if (after->oom || before->oom)
		return CT_ENOMEM;
	plain_spaces(after);
	plain_spaces(before);
	/* a quotation that ends its sentence ("…." or "…".) */
	bool ends_sentence = (f->q.end > f->q.start && strchr(".!?", t[f->q.end - 1])) ||
	                     (f->q.close_end < len && f->q.close_end > f->q.end &&
	                      strchr(".!?", t[f->q.close_end]));
	char last_mark = last_mark_before(before->data, before->len - CTI_QUOTE_MARK_LEN);
	uint64_t words[2][CTI_CUE_WORDS / 64];
	size_t last_at[2][CTI_CUE_WORDS];
	struct cue_occ occ[2];
	bool have_words[2] = {false, false};
	int first_cue = -2; /* first_word_cue of the text after, once needed */
	double best = 0;
	/* a quotation that ends its sentence ("….") is less often followed by
	 * its attribution than one that ends with a comma: its after rules are
	 * worth less, and tried in that order (the first match is the most
	 * confident: rules before it in the plain order need not be tried) */
	bool stop_end = f->q.end > f->q.start && strchr(".!?", t[f->q.end - 1]);
	if (stop_end && !dr->have_stop)
		stop_order(dr);
	const struct rule *const *order = stop_end ? dr->r_stop : dr->r;
	for (size_t k = 0; k < dr->n; k++) {
		const struct rule *u = order[k];
		double conf = u->confidence;
		if (u->side == RULE_AFTER && stop_end)
			conf *= 0.9;
		if (conf <= best)
			break; /* rules come most confident first: none left can win */
		int side = u->side == RULE_AFTER ? 0 : 1;
		const struct cti_buf *sb = &sub[side];
		/* the sentence before is for the rules that end with its end:
		 * the others end inside the quotation's sentence */
		if (side == 1 && opens_sentence != u->after_stop)
			continue;
		/* the prefilters: conditions the pattern implies */
		if (u->tail[0] && (!last_mark || !strchr(u->tail, last_mark)))
			continue;
		bool missing = false;
		for (const char *m = u->need; *m && !missing; m++)
			missing = !memchr(sb->data, *m, sb->len);
		if (missing)
			continue;
		pcre2_match_context *mctx = dr->mctx;
		if (u->has_cues) {
			if (!have_words[side]) {
				cue_words_in(dr->rules, sb->data, sb->len, words[side], last_at[side],
				             &occ[side]);
				have_words[side] = true;
			}
			/* a before rule's match starts at the latest where one of
			 * its cue words last starts: the search stops there */
			size_t limit = 0;
			bool any = false;
			for (size_t w = 0; w < CTI_CUE_WORDS / 64; w++) {
				for (uint64_t m = u->cue_bits[w] & words[side][w]; m; m &= m - 1) {
					size_t at = last_at[side][w * 64 + (size_t)__builtin_ctzll(m)];
					limit = !any || at > limit ? at : limit;
					any = true;
				}
			}
			if (!any)
				continue;
			if (u->cue_first) {
				/* an after rule with no letter before its cue: the first
				 * word after the quotation is the cue */
				if (first_cue == -2)
					first_cue = first_word_cue(dr->rules, sb->data, sb->len);
				if (first_cue < 0 || !(u->cue_bits[first_cue / 64] >> (first_cue % 64) & 1))
					continue;
			}
			if ((u->tail_re || u->pre_re) && occ[side].n <= CUE_OCC) {
				/* the rule's tail must match at one of its cue words, and
				 * the end of its pattern before the cue end there; the
				 * whole pattern then starts no later than the last such */
				size_t tail_limit = 0;
				bool maybe = false;
				for (size_t o = 0; o < occ[side].n; o++) {
					unsigned cw = occ[side].word[o];
					if (!(u->cue_bits[cw / 64] >> (cw % 64) & 1))
						continue;
					if (u->pre_re &&
					    pcre2_match(u->pre_re, (PCRE2_SPTR)sb->data, occ[side].at[o], 0,
					                dr->match_opts, md, dr->mctx) == PCRE2_ERROR_NOMATCH)
						continue;
					if (u->tail_re &&
					    pcre2_match(u->tail_re, (PCRE2_SPTR)sb->data, sb->len, occ[side].at[o],
					                dr->match_opts, md, dr->mctx) == PCRE2_ERROR_NOMATCH)
						continue;
					maybe = true;
					tail_limit = occ[side].at[o];
					if (u->side == RULE_AFTER)
						break; /* no limit to find: one is enough */
				}
				if (!maybe)
					continue;
				limit = tail_limit;
			}
			if (u->side == RULE_BEFORE && dr->mctx_before) {
				pcre2_set_offset_limit(dr->mctx_before, limit);
				mctx = dr->mctx_before;
			}
		}
		int rc = pcre2_match(u->re, (PCRE2_SPTR)sb->data, sb->len, 0,
		                     dr->match_opts, md, mctx); /* after rules: compiled anchored */
		if (rc <= 0)
			continue; /* no match, or a limit hit: the rule does not apply */
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		PCRE2_SIZE last[64];
		if (u->nearest && u->g_cue && ov[2 * u->g_cue + 1] != PCRE2_UNSET) {
			/* later matches, each after the cue of the one before */
			uint32_t nov = pcre2_get_ovector_count(md);
			size_t nv = 2 * (nov < 32 ? nov : 32);
			memcpy(last, ov, nv * sizeof *last);
			while (pcre2_match(u->re, (PCRE2_SPTR)sb->data, sb->len, last[2 * u->g_cue + 1],
			                   dr->match_opts, md, mctx) > 0 &&
			       ov[2 * u->g_cue + 1] != PCRE2_UNSET &&
			       ov[2 * u->g_cue + 1] > last[2 * u->g_cue + 1] &&
			       !complement(sb->data, last[2 * u->g_cue + 1],
			                   u->g_speaker ? ov[2 * u->g_speaker] : ov[0]))
				memcpy(last, ov, nv * sizeof *last);
			ov = last;
		}
		if (u->side == RULE_AFTER && ends_sentence && u->g_cue && ov[2 * u->g_cue + 1] == ov[1] &&
		    !object_cue(sb->data + ov[2 * u->g_cue], ov[1] - ov[2 * u->g_cue]) &&
		    !attribution_ends(sb->data, sb->len, ov[1]))
			continue;
		char *speaker = grab(sb->data, ov, u->g_speaker);
		if (u->g_speaker && !speaker)
			continue;
		free(f->speaker);
		free(f->role);
		free(f->cue);
		free(f->outlet);
		f->speaker = speaker;
		f->role = grab(sb->data, ov, u->g_role);
		f->cue = grab(sb->data, ov, u->g_cue);
		f->outlet = grab(sb->data, ov, u->g_outlet);
		f->rule = u;
		best = conf;
		f->attr_end = u->side == RULE_AFTER
		                  ? f->q.close_end + (ov[1] - CTI_QUOTE_MARK_LEN) : 0;
	}
	f->confidence = f->q.confidence * (best > 0 ? best : 0.5);
	if (f->rule && f->rule->kind)
		f->kind = f->rule->kind;
	return CT_OK;
}

static const char *keep(struct ct_quotes *qs, char *s)
{
	if (!s)
		return NULL;
	if (qs->n_strings == qs->cap_strings) {
		size_t cap = qs->cap_strings ? qs->cap_strings * 2 : 64;
		char **a = realloc(qs->strings, cap * sizeof *a);
		if (!a) {
			free(s);
			return NULL;
		}
		qs->strings = a;
		qs->cap_strings = cap;
	}
	qs->strings[qs->n_strings++] = s;
	return s;
}

static const char *memmem_local(const char *h, size_t hn, const char *nd, size_t nn)
{
	if (nn == 0 || hn < nn)
		return NULL;
	/* the first byte by memchr, then the rest */
	const char *end = h + hn;
	for (const char *p = h; (p = memchr(p, nd[0], (size_t)(end - p))) != NULL &&
	                        (size_t)(end - p) >= nn;
	     p++)
		if (memcmp(p, nd, nn) == 0)
			return p;
	return NULL;
}

/* The last word of a name ("John Smith" → "Smith"). */
static const char *last_word(const char *s)
{
	const char *w = strrchr(s, ' ');
	return w ? w + 1 : s;
}

/* "Firstname Surname" written in the text for a bare surname, or NULL. */
static char *name_in_text(const char *t, size_t len, const char *surname)
{
	size_t sl = strlen(surname);
	for (const char *p = t; (p = memmem_local(p, (size_t)(t + len - p), surname, sl)) != NULL;
	     p += sl) {
		size_t at = (size_t)(p - t);
		bool end_ok = at + sl >= len || !isalpha((unsigned char)t[at + sl]);
		if (!end_ok || at < 3 || t[at - 1] != ' ')
			continue;
		size_t w = at - 1;
		while (w > 0 && (isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.' ||
		                 t[w - 1] == '-' || ((unsigned char)t[w - 1] & 0x80)))
			w--;
		if (!isupper((unsigned char)t[w]) || is_title(t + w, at - 1 - w) ||
		    (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '('))
			continue;
		/* a sentence start ("The Smith family") is not a first name */
		size_t b = w;
		while (b > 0 && t[b - 1] == ' ')
			b--;
		if (b == 0 || strchr(".!?\n“\"", t[b - 1]))
			continue;
		return cti_strndup(t + w, at + sl - w);
	}
	return NULL;
}

/* Single-word speakers take the full name used for the same person
 * elsewhere in the document ("Smith" → "John Smith"). */
static void expand_surnames(struct found *f, size_t n, const char *t, size_t len)
{
	for (size_t i = 0; i < n; i++) {
		if (!f[i].speaker || strchr(f[i].speaker, ' ') || !isupper((unsigned char)f[i].speaker[0]))
			continue;
		const char *full = NULL;
		for (size_t j = 0; j < n && !full; j++)
			if (j != i && f[j].speaker && strchr(f[j].speaker, ' ') &&
			    isupper((unsigned char)f[j].speaker[0]) &&
			    !strcmp(last_word(f[j].speaker), f[i].speaker))
				full = f[j].speaker;
		char *c = full ? cti_strdup(full) : name_in_text(t, len, f[i].speaker);
		if (c) {
			free(f[i].speaker);
			f[i].speaker = c;
		}
	}
}

static bool inside_quote(const struct found *f, size_t n, size_t at)
{
	for (size_t i = 0; i < n; i++)
		if (f[i].kind && strcmp(f[i].kind, "turn") && at >= f[i].q.open &&
		    at < f[i].q.close_end)
			return true;
	return false;
}

static void found_free(struct found *f)
{
	cti_buf_free(&f->text);
	free(f->speaker);
	free(f->role);
	free(f->cue);
	free(f->outlet);
}

/* Transcript turns: the words after the label, by its speaker. */
static ct_status turns(const char *t, const ct_passage *p, size_t np, struct found **fa,
                       size_t *n, size_t *cap)
{
	for (size_t i = 0; i < np; i++) {
		if (p[i].speaker_end <= p[i].speaker_start)
			continue;
		if (i && p[i - 1].speaker_start == p[i].speaker_start) {
			/* a long turn cut in pieces: extend the turn */
			struct found *prev = &(*fa)[*n - 1];
			prev->end = p[i].end;
			prev->q.end = p[i].end;
			prev->parts[0].end = p[i].end;
			cti_buf_puts(&prev->text, "\n\n");
			cti_buf_append(&prev->text, t + p[i].start, p[i].end - p[i].start);
			continue;
		}
		size_t s = p[i].speaker_end;
		while (s < p[i].end && (t[s] == ' ' || t[s] == ')' || t[s] == '(' || t[s] == ':' ||
		                        (t[s] >= '0' && t[s] <= '9')))
			s++;
		if (s >= p[i].end)
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 32;
			struct found *a = realloc(*fa, *cap * sizeof *a);
			if (!a)
				return CT_ENOMEM;
			*fa = a;
		}
		struct found *f = &(*fa)[(*n)++];
		memset(f, 0, sizeof *f);
		f->q.open = p[i].start;
		f->q.start = s;
		f->q.end = p[i].end;
		f->end = p[i].end;
		f->q.confidence = 1;
		f->confidence = 0.95;
		f->kind = "turn";
		f->parts[0] = (ct_span){s, p[i].end};
		f->n_parts = 1;
		cti_buf_init(&f->text);
		cti_buf_append(&f->text, t + s, p[i].end - s);
		f->speaker = cti_strndup(t + p[i].speaker_start, p[i].speaker_end - p[i].speaker_start);
		if (f->speaker)
			title_case(f->speaker);
	}
	return CT_OK;
}

ct_status ct_extract_quotes(const ct_rules *r, const char *t, size_t len, const char *lang,
                            const ct_passage *passages, size_t n_passages, ct_quotes **out)
{
	*out = NULL;
	struct cti_qspan *qs = NULL;
	size_t nq = 0;
	ct_status st = cti_scan_quotes(t, len, &qs, &nq);
	if (st != CT_OK)
		return st;
	/* the language chooses the rules: no quotation, no need to guess it */
	if (!lang && nq)
		lang = ct_guess_language(t, len);
	struct found *f = NULL;
	size_t n = 0, cap = 0;
	st = turns(t, passages, n_passages, &f, &n, &cap);
	size_t first_direct = n;
	pcre2_match_data *md = pcre2_match_data_create(32, NULL);
	struct cti_buf sub[2]; /* after and before a quotation */
	cti_buf_init(&sub[0]);
	cti_buf_init(&sub[1]);
	struct doc_rules dr = {.mctx = r->mctx, .rules = r};
	/* a copy: the rules' context may be shared by threads */
	dr.mctx_before = nq ? pcre2_match_context_copy(r->mctx) : NULL;
	dr.r = nq ? malloc((r->n ? r->n : 1) * sizeof *dr.r) : NULL;
	dr.r_stop = nq ? malloc((r->n ? r->n : 1) * sizeof *dr.r_stop) : NULL;
	if (!md || (nq && (!dr.r || !dr.r_stop)))
		st = CT_ENOMEM;
	for (size_t k = 0; nq && k < r->n; k++)
		if (lang_ok(&r->r[k], lang)) {
			cti_rules_jit(r, &r->r[k]); /* on the language's first document */
			dr.r[dr.n++] = &r->r[k];
		}
	/* the windows rules see are cut at character boundaries and joined
	 * with an ASCII placeholder: valid when the text is */
	uint32_t text_opts = (nq || n) && valid_utf8(t, len) ? PCRE2_NO_UTF_CHECK : 0;
	dr.match_opts = text_opts;
	for (size_t i = 0; i < nq && st == CT_OK; i++) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			struct found *a = realloc(f, cap * sizeof *a);
			if (!a) {
				st = CT_ENOMEM;
				break;
			}
			f = a;
		}
		struct found *x = &f[n++];
		memset(x, 0, sizeof *x);
		x->q = qs[i];
		x->end = qs[i].end;
		x->close_end = qs[i].close_end;
		x->kind = "direct";
		x->parts[0] = (ct_span){qs[i].start, qs[i].end};
		x->n_parts = 1;
		cti_buf_init(&x->text);
		cti_buf_append(&x->text, t + qs[i].start, qs[i].end - qs[i].start);
		st = attribute(&dr, t, len, x, md, sub, qs, i);
	}
	free(dr.r);
	free(dr.r_stop);
	pcre2_match_context_free(dr.mctx_before);
	pcre2_match_data_free(md);
	cti_buf_free(&sub[0]);
	cti_buf_free(&sub[1]);
	free(qs);

	/* split quotations: “First part,” he said. “Second part.” */
	for (size_t i = first_direct; st == CT_OK && i + 1 < n; i++) {
		struct found *a = &f[i];
		if (a->joined_away || !a->rule || a->rule->side != RULE_AFTER || !a->speaker)
			continue;
		struct found *b = &f[i + 1];
		bool gap_ok = b->q.open >= a->attr_end;
		for (size_t k = a->attr_end; gap_ok && k < b->q.open; k++)
			gap_ok = strchr(" \t.,;:", t[k]) != NULL;
		bool b_own = b->rule && b->rule->side == RULE_AFTER && b->speaker &&
		             strcmp(b->speaker, a->speaker) != 0;
		if (!gap_ok || b_own || b->q.open > cti_para_end(t, len, a->q.close_end))
			continue;
		cti_buf_putc(&a->text, ' ');
		cti_buf_append(&a->text, b->text.data ? b->text.data : "", b->text.len);
		a->end = b->end;
		a->close_end = b->close_end;
		if (a->n_parts < 8)
			a->parts[a->n_parts++] = (ct_span){b->q.start, b->end};
		a->attr_end = b->attr_end > a->attr_end ? b->attr_end : a->attr_end;
		b->joined_away = true;
		/* a third part may follow the second */
		for (size_t j = i + 2; j < n; j++) {
			struct found *c = &f[j];
			bool g2 = c->q.open >= b->q.close_end;
			for (size_t k = b->q.close_end; g2 && k < c->q.open; k++)
				g2 = strchr(" \t.,;:", t[k]) != NULL;
			if (!g2 || (c->speaker && c->rule && c->rule->side == RULE_AFTER))
				break;
			cti_buf_putc(&a->text, ' ');
			cti_buf_append(&a->text, c->text.data ? c->text.data : "", c->text.len);
			a->end = c->end;
			a->close_end = c->close_end;
			if (a->n_parts < 8)
				a->parts[a->n_parts++] = (ct_span){c->q.start, c->end};
			c->joined_away = true;
			b = c;
		}
	}

	/* quotations listed before an attributed one ("“A” and “B,” Smith
	 * said"): the list's speaker */
	for (size_t i = n; i-- > first_direct + 1 && st == CT_OK;) {
		struct found *x = &f[i - 1], *y = &f[i];
		if (x->joined_away || y->joined_away || x->speaker || !y->speaker || !y->rule ||
		    y->rule->side != RULE_AFTER || y->q.open < x->close_end)
			continue;
		size_t k = x->close_end, e = y->q.open;
		while (k < e && (t[k] == ' ' || t[k] == ','))
			k++;
		if (e - k >= 3 && (!strncmp(t + k, "and", 3) || !strncmp(t + k, "or ", 3)))
			k += t[k] == 'a' ? 3 : 2;
		while (k < e && (t[k] == ' ' || t[k] == ','))
			k++;
		if (k != e)
			continue;
		x->speaker = cti_strdup(y->speaker);
		x->role = y->role ? cti_strdup(y->role) : NULL;
		x->confidence = y->confidence * 0.8;
	}

	/* an unattributed quotation after an attributed one in the same
	 * paragraph is the same speaker going on */
	for (size_t i = first_direct + 1; i < n && st == CT_OK; i++) {
		struct found *x = &f[i];
		if (x->joined_away || x->speaker)
			continue;
		size_t j = i;
		while (j > first_direct && f[j - 1].joined_away)
			j--;
		if (j == first_direct)
			continue;
		struct found *prev = &f[j - 1];
		if (!prev->speaker)
			continue;
		size_t px = cti_para_start(t, x->q.open), pp = cti_para_start(t, prev->q.open);
		double keep = 0.8;
		if (px != pp) {
			/* the next paragraph opens with a quotation, right after a
			 * paragraph that ended with an attributed one */
			size_t pe = cti_para_end(t, len, prev->q.open);
			bool opens = px == x->q.open;
			bool adjacent = cti_para_start(t, pe + 1 < len ? pe + 1 : pe) == px ||
			                cti_para_end(t, len, pe + 1 < len ? pe + 1 : pe) >= x->q.open;
			/* what follows the attribution in that paragraph: short, and no
			 * other quotation ("…," Farage told BBC Radio Four's Any
			 * Questions.); after a joined quotation ("…," Smith said.
			 * "…") what follows its last part */
			size_t tail = prev->attr_end > prev->close_end ? prev->attr_end : prev->close_end;
			bool ends = tail <= pe && pe - tail <= 100;
			for (size_t k = tail; ends && k < pe; k++)
				ends = t[k] != '"' && !((unsigned char)t[k] == 0xE2 && k + 2 < pe &&
				                        (unsigned char)t[k + 1] == 0x80 &&
				                        ((unsigned char)t[k + 2] == 0x9C ||
				                         (unsigned char)t[k + 2] == 0x9D));
			if (!opens || !adjacent || !ends || prev->kind == NULL || strcmp(prev->kind, "direct"))
				continue;
			keep = 0.7;
		}
		x->speaker = cti_strdup(prev->speaker);
		x->role = prev->role ? cti_strdup(prev->role) : NULL;
		x->confidence = prev->confidence * keep;
		x->pronoun = false;
	}

	/* pronouns: the last person named before the quotation (in its
	 * paragraph or the one before), else the last named speaker; then
	 * titles into roles */
	const char *last_named = NULL;
	pcre2_match_data *pmd = pcre2_match_data_create(4, NULL);
	pcre2_match_context *pmctx = NULL; /* the rules' limits, and an offset limit */
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		struct found *x = &f[i];
		if (x->joined_away)
			continue;
		if (x->speaker && is_pronoun(x->speaker)) {
			x->pronoun = true;
			size_t ps = cti_para_start(t, x->q.open);
			size_t from = ps > 1 ? cti_para_start(t, ps - 2) : 0;
			bool thing = !strcmp(x->speaker, "it") || !strcmp(x->speaker, "It");
			if (!pmctx)
				pmctx = pcre2_match_context_copy(r->mctx);
			char *who = pmctx ? last_person(pmctx, t, from, x->q.open, text_opts, pmd, f, n, thing)
			                  : NULL;
			free(x->speaker);
			x->speaker = who ? who : last_named && !thing ? cti_strdup(last_named) : NULL;
			x->confidence *= x->speaker ? 0.7 : 0.5;
		}
		split_prefix(x);
		split_title(x);
		if (x->speaker && !x->pronoun && isupper((unsigned char)x->speaker[0]))
			last_named = x->speaker;
	}
	pcre2_match_data_free(pmd);
	pcre2_match_context_free(pmctx);
	expand_surnames(f, n, t, len);

	struct ct_quotes *res = calloc(1, sizeof *res);
	if (!res)
		st = CT_ENOMEM;
	if (st == CT_OK && n) {
		res->a = calloc(n, sizeof *res->a);
		res->parts = calloc(n * 8, sizeof *res->parts);
		if (!res->a || !res->parts)
			st = CT_ENOMEM;
	}
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		struct found *x = &f[i];
		if (x->joined_away)
			continue;
		ct_quote *q = &res->a[res->n++];
		q->start = x->q.start;
		q->end = x->end;
		q->text = keep(res, cti_buf_steal(&x->text));
		q->speaker = keep(res, x->speaker);
		q->role = keep(res, x->role);
		q->cue = keep(res, x->cue);
		q->outlet = keep(res, x->outlet);
		x->speaker = x->role = x->cue = x->outlet = NULL;
		q->kind = x->kind;
		q->confidence = x->confidence;
		q->rule = x->rule ? x->rule->name : NULL;
		ct_span *ps = res->parts + 8 * (res->n - 1);
		for (size_t k = 0; k < x->n_parts; k++)
			ps[k] = x->parts[k];
		q->n_parts = x->n_parts;
		q->parts = ps;
	}
	for (size_t i = 0; i < n; i++)
		found_free(&f[i]);
	free(f);
	if (st != CT_OK) {
		ct_quotes_free(res);
		return st;
	}
	*out = res;
	return CT_OK;
}

size_t ct_quotes_count(const ct_quotes *q)
{
	return q ? q->n : 0;
}

const ct_quote *ct_quotes_at(const ct_quotes *q, size_t i)
{
	return q && i < q->n ? &q->a[i] : NULL;
}

void ct_quotes_free(ct_quotes *q)
{
	if (!q)
		return;
	for (size_t i = 0; i < q->n_strings; i++)
		free(q->strings[i]);
	free(q->strings);
	free(q->a);
	free(q->parts);
	free(q);
}
