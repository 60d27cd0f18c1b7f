/* dates.c — dates written in running text: one PCRE2 pattern (compiled once
 * per finder, JIT when available) tried, anchored, only where a date can
 * begin; then checked (impossible days, years outside 1800-2100) and, for
 * partial and relative dates, resolved against the document's date. The
 * forms, confidences and resolution rules are listed in extract.h. */
#include "extract/extract-private.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Month names, lower case. EN: English, written capitalised ("May", "MAY",
 * never "may", an English verb). ABBR: an abbreviation; English ones take an
 * optional dot ("Sept", "Sept."), the others need it ("janv.", "okt."). Only
 * names that are not abbreviations stand alone after a preposition ("in
 * September"). */
enum { MN_EN = 1, MN_ABBR = 2 };
static const struct {
	const char *name;
	unsigned char month;
	unsigned char flags;
} month_names[] = {
	/* English */
	{"january", 1, MN_EN}, {"february", 2, MN_EN}, {"march", 3, MN_EN},
	{"april", 4, MN_EN}, {"may", 5, MN_EN}, {"june", 6, MN_EN}, {"july", 7, MN_EN},
	{"august", 8, MN_EN}, {"september", 9, MN_EN}, {"october", 10, MN_EN},
	{"november", 11, MN_EN}, {"december", 12, MN_EN},
	{"jan", 1, MN_EN | MN_ABBR}, {"feb", 2, MN_EN | MN_ABBR}, {"mar", 3, MN_EN | MN_ABBR},
	{"apr", 4, MN_EN | MN_ABBR}, {"jun", 6, MN_EN | MN_ABBR}, {"jul", 7, MN_EN | MN_ABBR},
	{"aug", 8, MN_EN | MN_ABBR}, {"sept", 9, MN_EN | MN_ABBR}, {"sep", 9, MN_EN | MN_ABBR},
	{"oct", 10, MN_EN | MN_ABBR}, {"nov", 11, MN_EN | MN_ABBR}, {"dec", 12, MN_EN | MN_ABBR},
	/* Dutch, Danish, German, French (and accentless French spellings);
	 * names shared with English ("april", "september") come again here in
	 * lower case, as Dutch and Danish write them */
	{"januari", 1, 0}, {"januar", 1, 0}, {"janvier", 1, 0}, {"jänner", 1, 0},
	{"februari", 2, 0}, {"februar", 2, 0}, {"février", 2, 0}, {"fevrier", 2, 0},
	{"maart", 3, 0}, {"marts", 3, 0}, {"märz", 3, 0}, {"maerz", 3, 0}, {"mars", 3, 0},
	{"april", 4, 0}, {"avril", 4, 0},
	{"mei", 5, 0}, {"maj", 5, 0}, {"mai", 5, 0},
	{"juni", 6, 0}, {"juin", 6, 0},
	{"juli", 7, 0}, {"juillet", 7, 0},
	{"augustus", 8, 0}, {"august", 8, 0}, {"août", 8, 0}, {"aout", 8, 0},
	{"september", 9, 0}, {"septembre", 9, 0},
	{"oktober", 10, 0}, {"octobre", 10, 0},
	{"november", 11, 0}, {"novembre", 11, 0},
	{"december", 12, 0}, {"dezember", 12, 0}, {"décembre", 12, 0}, {"decembre", 12, 0},
	{"jan", 1, MN_ABBR}, {"janv", 1, MN_ABBR}, {"feb", 2, MN_ABBR}, {"febr", 2, MN_ABBR},
	{"févr", 2, MN_ABBR}, {"fevr", 2, MN_ABBR}, {"mrt", 3, MN_ABBR}, {"mär", 3, MN_ABBR},
	{"apr", 4, MN_ABBR}, {"avr", 4, MN_ABBR}, {"juil", 7, MN_ABBR}, {"aug", 8, MN_ABBR},
	{"sep", 9, MN_ABBR}, {"sept", 9, MN_ABBR}, {"okt", 10, MN_ABBR}, {"oct", 10, MN_ABBR},
	{"nov", 11, MN_ABBR}, {"dez", 12, MN_ABBR}, {"dec", 12, MN_ABBR}, {"déc", 12, MN_ABBR},
};

/* Weekday names, lower case, 0 for Monday. EN and DE names are written
 * capitalised and stand alone only after a preposition ("on Monday", "am
 * Montag"); Dutch, Danish and French ones, in any case, stand alone
 * ("maandag", "mandag", "lundi"). */
enum { WD_EN = 1, WD_DE = 2, WD_BARE = 4 };
static const struct {
	const char *name;
	unsigned char wd;
	unsigned char flags;
} weekday_names[] = {
	{"monday", 0, WD_EN}, {"tuesday", 1, WD_EN}, {"wednesday", 2, WD_EN},
	{"thursday", 3, WD_EN}, {"friday", 4, WD_EN}, {"saturday", 5, WD_EN},
	{"sunday", 6, WD_EN},
	{"montag", 0, WD_DE}, {"dienstag", 1, WD_DE}, {"mittwoch", 2, WD_DE},
	{"donnerstag", 3, WD_DE}, {"freitag", 4, WD_DE}, {"samstag", 5, WD_DE},
	{"sonnabend", 5, WD_DE}, {"sonntag", 6, WD_DE},
	{"maandag", 0, WD_BARE}, {"dinsdag", 1, WD_BARE}, {"woensdag", 2, WD_BARE},
	{"donderdag", 3, WD_BARE}, {"vrijdag", 4, WD_BARE}, {"zaterdag", 5, WD_BARE},
	{"zondag", 6, WD_BARE},
	{"mandag", 0, WD_BARE}, {"tirsdag", 1, WD_BARE}, {"onsdag", 2, WD_BARE},
	{"torsdag", 3, WD_BARE}, {"fredag", 4, WD_BARE}, {"lørdag", 5, WD_BARE},
	{"søndag", 6, WD_BARE},
	{"lundi", 0, WD_BARE}, {"mardi", 1, WD_BARE}, {"mercredi", 2, WD_BARE},
	{"jeudi", 3, WD_BARE}, {"vendredi", 4, WD_BARE}, {"samedi", 5, WD_BARE},
	{"dimanche", 6, WD_BARE},
};

/* Other words a date can begin with (for the scan; "an" and "i" are
 * checked apart, being shorter than three letters). */
static const char *const other_starts[] = {
	"today", "yesterday", "tomorrow", "last", "heute", "gestern", "letzte",
	"vergangene", "vandaag", "gisteren", "vorig", "afgelopen", "sidste",
	"aujourd", "demain", "semaine", "mois", "année",
};

/* Pieces of the pattern. S: the space between two words of a date (a
 * line break but no blank line; bounded, so a date is short). */
#define S "(?:[ \\t\\x{a0}\\x{202f}]{1,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,3})"
#define ORD "(?:(?i:st|nd|rd|th)|er|\\.)?"
#define ORD_EN "(?i:st|nd|rd|th)?"
#define YEAR "(?<y>[0-9]{4})(?![0-9\\p{L}]|[.,][0-9])"

#define DASH "[-\\x{2013}]"
/* before a month named alone; each branch of a lookbehind has a fixed length */
#define MONTH_PREP "(?<=\\b[Ii]n[ \\t\\x{a0}]|\\b[Ii]m[ \\t\\x{a0}]|\\b[Ee]n[ \\t\\x{a0}]|" \
	"\\bi[ \\t\\x{a0}]|\\b[Oo]p[ \\t\\x{a0}]|\\b[Ss]ince[ \\t]|\\b[Uu]ntil[ \\t]|" \
	"\\b[Bb]y[ \\t]|\\b[Dd]uring[ \\t]|\\b[Ee]arly[ \\t]|\\b[Ll]ate[ \\t]|\\b[Oo]f[ \\t]|" \
	"\\b[Mm]id-|\\b[Mm]i-|\\b[Aa]nfang[ \\t]|\\b[Mm]itte[ \\t]|\\b[Ee]nde[ \\t]|" \
	"\\b[Ss]eit[ \\t]|\\b[Bb]is[ \\t]|\\b[Ss]inds[ \\t]|\\b[Ee]ind[ \\t]|\\b[Bb]egin[ \\t]|" \
	"\\b[Ss]iden[ \\t]|\\b[Dd]ébut[ \\t\\x{a0}]|\\b[Ff]in[ \\t\\x{a0}]|\\b[Dd]epuis[ \\t\\x{a0}])"
/* before a weekday named alone */
#define WD_PREP "(?<=\\b[Oo]n[ \\t\\x{a0}]|\\b[Ll]ast[ \\t]|\\b[Ss]ince[ \\t]|" \
	"\\b[Uu]ntil[ \\t]|\\b[Bb]y[ \\t]|\\b[Ff]rom[ \\t]|\\bsaid[ \\t]|\\b[Ee]arly[ \\t]|" \
	"\\b[Ll]ate[ \\t]|\\b[Aa]m[ \\t\\x{a0}]|\\b[Ss]eit[ \\t]|\\b[Bb]is[ \\t]|" \
	"\\b[Ll]etzten[ \\t]|\\b[Vv]ergangenen[ \\t])"
/* relative words; the span holds "last", "sidste", "dernière" */
#define REL "(?<rel>(?<!\\bUSA[ \\t]|\\bDay[ \\t])[Tt]oday(?!" S "(?i:programme|program|show)\\b)|" \
	"[Yy]esterday|[Tt]omorrow|[Ll]ast[ \\t\\x{a0}](?:week|month|year)|" \
	"[Hh]eute|[Gg]estern|(?:[Ll]etzte[nrs]?|[Vv]ergangene[nrs]?)[ \\t\\x{a0}](?:Woche|Monat|Jahr)|" \
	"[Vv]andaag|[Gg]isteren|(?:[Vv]orige?|[Aa]fgelopen)[ \\t\\x{a0}](?:week|maand|jaar)|" \
	"[Ii][ \\t\\x{a0}](?:dag|går|morgen)|[Ss]idste[ \\t\\x{a0}](?:uge|måned|år)|" \
	"[Aa]ujourd['\\x{2019}]hui|[Dd]emain|(?:semaine|année)[ \\t\\x{a0}]derni[eè]re|" \
	"(?:mois|an)[ \\t\\x{a0}]dernier)(?!\\p{L})"

/* The pattern's named groups (names may repeat across branches, (?J)). */
enum field { F_D, F_M, F_Y, F_MO, F_N1, F_N2, F_NSEP, F_MF, F_WD, F_WP, F_REL, F_COUNT };
static const char *const field_names[F_COUNT] = {
	"d", "m", "y", "mo", "n1", "n2", "nsep", "mf", "wd", "wp", "rel",
};
#define MAX_DUP 8

struct ct_date_finder {
	pcre2_code *re;
	pcre2_match_context *mctx;     /* match and depth limits */
	int groups[F_COUNT][MAX_DUP];  /* group numbers of each name, 0-ended */
	uint8_t starts[27 * 27 * 27 / 8 + 1]; /* bitmap of the first three letters of
	                                          the words a date can begin with */
};

struct ct_dates {
	ct_date_mention *m;  /* in text order */
	size_t n, cap;
};

/* Byte classes for the scan, filled once: ASCII letters and digits, and
 * each byte's index in a three-letter key (a-z in either case; 26 for any
 * non-ASCII byte, an accented letter in any case; -1 for the rest). */
static bool alnum_byte[256];
static int8_t key_byte[256];
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;

static void init_classes(void)
{
	for (int c = 0; c < 256; c++) {
		int low = c | 0x20;
		bool letter = c < 0x80 && low >= 'a' && low <= 'z';
		alnum_byte[c] = letter || (c >= '0' && c <= '9');
		key_byte[c] = (int8_t)(c >= 0x80 ? 26 : letter ? low - 'a' : -1);
	}
}

static int key3(const unsigned char *p)
{
	int a = key_byte[p[0]], b = key_byte[p[1]], c = key_byte[p[2]];
	if (a < 0 || a == 26 || b < 0 || c < 0)
		return -1;
	return (a * 27 + b) * 27 + c;
}

static void add_start(struct ct_date_finder *f, const char *word)
{
	int k = strlen(word) >= 3 ? key3((const unsigned char *)word) : -1;
	if (k >= 0)
		f->starts[k / 8] |= (uint8_t)(1u << (k % 8));
}

/* Append the month names with the given flags as pattern branches. */
static void put_months(struct cti_buf *b, unsigned want, bool full_only)
{
	bool first = true;
	for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++) {
		unsigned fl = month_names[i].flags;
		if ((fl & MN_EN) != (want & MN_EN) || (full_only && (fl & MN_ABBR)))
			continue;
		const char *n = month_names[i].name;
		if (!first)
			cti_buf_putc(b, '|');
		first = false;
		if (fl & MN_EN) /* capital first letter, the rest in any case */
			cti_buf_printf(b, "%c(?i:%s)%s", n[0] - 'a' + 'A', n + 1,
			               fl & MN_ABBR ? "\\.?" : "");
		else
			cti_buf_printf(b, "(?i:%s)%s", n, fl & MN_ABBR ? "\\." : "");
	}
}

/* Append the weekday names of the given kinds as pattern branches. */
static void put_weekdays(struct cti_buf *b, unsigned want)
{
	bool first = true;
	for (size_t i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++) {
		unsigned fl = weekday_names[i].flags;
		if (!(fl & want))
			continue;
		const char *n = weekday_names[i].name;
		if (!first)
			cti_buf_putc(b, '|');
		first = false;
		if (fl & (WD_EN | WD_DE)) /* capitalised */
			cti_buf_printf(b, "%c(?i:%s)", n[0] - 'a' + 'A', n + 1);
		else
			cti_buf_printf(b, "(?i:%s)", n);
	}
}

static char *build_pattern(void)
{
	struct cti_buf mon, full, b;
	cti_buf_init(&mon);
	cti_buf_init(&full);
	cti_buf_init(&b);
	put_months(&mon, MN_EN, false);
	cti_buf_putc(&mon, '|');
	put_months(&mon, 0, false);
	put_months(&full, MN_EN, true);
	cti_buf_putc(&full, '|');
	put_months(&full, 0, true);
	struct cti_buf wd_all, wd_prep, wd_bare, wd_en;
	cti_buf_init(&wd_all);
	cti_buf_init(&wd_prep);
	cti_buf_init(&wd_bare);
	cti_buf_init(&wd_en);
	put_weekdays(&wd_all, WD_EN | WD_DE | WD_BARE);
	put_weekdays(&wd_prep, WD_EN | WD_DE);
	put_weekdays(&wd_bare, WD_BARE);
	put_weekdays(&wd_en, WD_EN);
	const char *m = mon.data ? mon.data : "", *mf = full.data ? full.data : "";
	const char *wa = wd_all.data ? wd_all.data : "", *wp = wd_prep.data ? wd_prep.data : "";
	const char *wb = wd_bare.data ? wd_bare.data : "", *we = wd_en.data ? wd_en.data : "";

	cti_buf_puts(&b, "(?J)(?<![\\p{L}\\p{N}])(?:");
	/* day first: "3 September 2007", "3rd of Sept. 2007", "2-3 September",
	 * "Monday, 3 September 2007", "1er août 2010", "3. September" */
	cti_buf_printf(&b, "(?:(?<wp>%s)(?!\\p{L}),?" S "(?:den" S ")?)?(?<d>[0-9]{1,2})" ORD
	               "(?:" DASH "[0-9]{1,2}" ORD ")?(?:" S "(?i:of))?" S "(?<m>%s)(?!\\p{L})"
	               "(?:,?" S YEAR ")?", wa, m);
	/* month first: "September 3, 2007", "Sept. 3rd", "September 2007" */
	cti_buf_printf(&b, "|(?:(?<wp>%s)(?!\\p{L}),?" S "(?:den" S ")?)?(?<m>%s)(?!\\p{L})(?:" S
	               "(?<d>[0-9]{1,2})" ORD_EN "(?:" DASH "[0-9]{1,2}" ORD_EN ")?"
	               "(?![0-9\\p{L}]|[.,][0-9])(?:,?" S YEAR ")?|,?" S YEAR ")", wa, m);
	/* a month alone after a preposition: "in September" */
	cti_buf_printf(&b, "|" MONTH_PREP "(?<mf>%s)(?!\\p{L})", mf);
	/* numbers: "2007-09-03", "2007/09/03"; "03.09.2007", "13/09/2007" */
	cti_buf_puts(&b, "|(?<y>[0-9]{4})(?<nsep>[-/])(?<mo>[0-9]{2})\\k<nsep>(?<d>[0-9]{2})"
	             "(?![0-9]|[.,/-][0-9])");
	cti_buf_puts(&b, "|(?<n1>[0-9]{1,2})(?<nsep>[-/.])(?<n2>[0-9]{1,2})\\k<nsep>" YEAR
	             "(?![./-][0-9])");
	/* weekdays: "on Monday", "said Monday", "Monday night", "am Montag",
	 * "maandag", "i mandags", "lundi" (not "Mardi Gras") */
	cti_buf_printf(&b, "|" WD_PREP "(?<wd>%s)(?!\\p{L})"
	               "|(?<wd>%s)(?=" S "(?:morning|afternoon|evening|night)(?!\\p{L}))"
	               "|(?<wd>%s)(?:(?<=dag)s)?(?!\\p{L})(?!" S "(?i:gras)(?!\\p{L}))", wp, we, wb);
	/* relative (not the BBC's Today programme, USA Today) */
	cti_buf_puts(&b, "|" REL ")");

	bool oom = mon.oom || full.oom || wd_all.oom || wd_prep.oom || wd_bare.oom || wd_en.oom;
	char *out = oom ? NULL : cti_buf_steal(&b);
	cti_buf_free(&mon);
	cti_buf_free(&full);
	cti_buf_free(&wd_all);
	cti_buf_free(&wd_prep);
	cti_buf_free(&wd_bare);
	cti_buf_free(&wd_en);
	cti_buf_free(&b);
	return out;
}

/* Fill f->groups from the name table. */
static void find_groups(struct ct_date_finder *f)
{
	for (int k = 0; k < F_COUNT; k++) {
		PCRE2_SPTR first, last;
		int size = pcre2_substring_nametable_scan(f->re, (PCRE2_SPTR)field_names[k],
		                                          &first, &last);
		int n = 0;
		if (size > 0)
			for (PCRE2_SPTR e = first; e <= last && n < MAX_DUP - 1; e += size)
				f->groups[k][n++] = (e[0] << 8) | e[1];
		f->groups[k][n] = 0;
	}
}

ct_status ct_date_finder_new(ct_date_finder **out)
{
	if (!out)
		return CT_EINVAL;
	*out = NULL;
	struct ct_date_finder *f = calloc(1, sizeof *f);
	char *pattern = build_pattern();
	if (!f || !pattern) {
		free(f);
		free(pattern);
		return CT_ENOMEM;
	}
	int err;
	PCRE2_SIZE off;
	/* anchored when compiled: PCRE2_ANCHORED given to pcre2_match would
	 * send every try to the interpreter instead of the JIT code */
	f->re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                      PCRE2_UTF | PCRE2_ANCHORED, &err, &off, NULL);
	free(pattern);
	f->mctx = pcre2_match_context_create(NULL);
	if (!f->re || !f->mctx) {
		/* the pattern is ours and tested: only memory can fail here */
		ct_date_finder_free(f);
		return CT_ENOMEM;
	}
	(void)pcre2_jit_compile(f->re, PCRE2_JIT_COMPLETE); /* optional */
	pcre2_set_match_limit(f->mctx, 100000);
	pcre2_set_depth_limit(f->mctx, 1000);
	find_groups(f);
	pthread_once(&classes_once, init_classes);
	for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
		add_start(f, month_names[i].name);
	for (size_t i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++)
		add_start(f, weekday_names[i].name);
	for (size_t i = 0; i < sizeof other_starts / sizeof other_starts[0]; i++)
		add_start(f, other_starts[i]);
	*out = f;
	return CT_OK;
}

void ct_date_finder_free(ct_date_finder *f)
{
	if (!f)
		return;
	pcre2_code_free(f->re);
	pcre2_match_context_free(f->mctx);
	free(f);
}

/* ---- calendar ---- */

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return md[m - 1] + (m == 2 && leap(y));
}

static bool valid_ymd(int y, int m, int d)
{
	return y >= 1800 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 for Monday .. 6 for Sunday (1970-01-01 was a Thursday). */
static int weekday_of(long days)
{
	long w = (days + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

/* The document's date; prec 0 (none), 1 (year), 2 (month) or 3 (day). */
struct anchor {
	int y, m, d;
	int prec;
	long days;   /* the anchor's day; with a month only, its last day */
};

static bool digits(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return true;
}

static bool parse_anchor(const char *s, struct anchor *a)
{
	memset(a, 0, sizeof *a);
	if (!s)
		return true;
	size_t n = strlen(s);
	if ((n != 4 && n != 7 && n != 10) || !digits(s, 4, &a->y) || a->y < 1000)
		return false;
	a->prec = 1;
	if (n >= 7) {
		if (s[4] != '-' || !digits(s + 5, 2, &a->m) || a->m < 1 || a->m > 12)
			return false;
		a->prec = 2;
		a->d = month_days(a->y, a->m);
	}
	if (n == 10) {
		if (s[7] != '-' || !digits(s + 8, 2, &a->d) || a->d < 1 ||
		    a->d > month_days(a->y, a->m))
			return false;
		a->prec = 3;
	}
	if (a->prec >= 2)
		a->days = days_from_civil(a->y, a->m, a->d);
	return true;
}

/* ---- one match ---- */

struct hit {
	const char *text;
	PCRE2_SIZE *ov;
	const struct ct_date_finder *f;
};

/* The span of the first set group named by field k; false if none is set. */
static bool field(const struct hit *h, enum field k, size_t *s, size_t *e)
{
	for (const int *g = h->f->groups[k]; *g; g++)
		if (h->ov[2 * *g] != PCRE2_UNSET) {
			*s = h->ov[2 * *g];
			*e = h->ov[2 * *g + 1];
			return true;
		}
	return false;
}

static bool has(const struct hit *h, enum field k)
{
	size_t s, e;
	return field(h, k, &s, &e);
}

static int number(const struct hit *h, enum field k)
{
	size_t s, e;
	int v = 0;
	if (!field(h, k, &s, &e))
		return 0;
	for (size_t i = s; i < e; i++)
		v = v * 10 + (h->text[i] - '0');
	return v;
}

/* The words of text[s, e) folded for lookup into w (cap bytes): ASCII and
 * Latin-1 capitals lowered, dots dropped, each run of spaces one space.
 * False when they do not fit. */
static bool fold(const char *text, size_t s, size_t e, char *w, size_t cap)
{
	size_t n = 0;
	for (size_t i = s; i < e; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '.')
			continue;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    (c == 0xC2 && i + 1 < e && (unsigned char)text[i + 1] == 0xA0) ||
		    (c == 0xE2 && i + 2 < e && (unsigned char)text[i + 1] == 0x80 &&
		     (unsigned char)text[i + 2] == 0xAF)) {
			i += c == 0xC2 ? 1 : c == 0xE2 ? 2 : 0;
			if (n && w[n - 1] == ' ')
				continue;
			c = ' ';
		} else if (c >= 'A' && c <= 'Z') {
			c |= 0x20;
		} else if (i > s && (unsigned char)text[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E &&
		           c != 0x97) { /* Latin-1 capitals, as UTF-8 (C3 80..9E) */
			c += 0x20;
		}
		if (n + 1 >= cap)
			return false;
		w[n++] = (char)c;
	}
	w[n] = '\0';
	return true;
}

/* The month a matched name stands for, or 0. */
static int month_number(const struct hit *h, enum field k)
{
	size_t s, e;
	char w[16];
	if (!field(h, k, &s, &e) || !fold(h->text, s, e, w, sizeof w))
		return 0;
	for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
		if (strcmp(w, month_names[i].name) == 0)
			return month_names[i].month;
	return 0;
}

/* The weekday (0 for Monday) a matched name stands for, or -1. */
static int weekday_number(const struct hit *h, enum field k)
{
	size_t s, e;
	char w[16];
	if (!field(h, k, &s, &e) || !fold(h->text, s, e, w, sizeof w))
		return -1;
	size_t n = strlen(w);
	for (size_t i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++) {
		size_t l = strlen(weekday_names[i].name);
		/* "mandags" is "mandag" */
		if ((n == l || (n == l + 1 && w[l] == 's')) && memcmp(w, weekday_names[i].name, l) == 0)
			return weekday_names[i].wd;
	}
	return -1;
}

/* What a relative word says: days from the anchor (REL_DAY, shift), or the
 * week, month or year before it. */
enum rel_kind { REL_NONE, REL_DAY, REL_WEEK, REL_MONTH, REL_YEAR };

static enum rel_kind relative_kind(const char *text, size_t s, size_t e, int *shift)
{
	static const struct {
		const char *word;
		int shift;
	} days[] = {
		{"today", 0}, {"heute", 0}, {"vandaag", 0}, {"i dag", 0}, {"aujourd'hui", 0},
		{"aujourd’hui", 0}, {"yesterday", -1}, {"gestern", -1}, {"gisteren", -1},
		{"i går", -1}, {"tomorrow", 1}, {"demain", 1}, {"i morgen", 1},
	};
	static const struct {
		const char *word;
		enum rel_kind kind;
	} units[] = {
		{"week", REL_WEEK}, {"woche", REL_WEEK}, {"uge", REL_WEEK}, {"semaine", REL_WEEK},
		{"month", REL_MONTH}, {"monat", REL_MONTH}, {"maand", REL_MONTH},
		{"måned", REL_MONTH}, {"mois", REL_MONTH}, {"year", REL_YEAR},
		{"jahr", REL_YEAR}, {"jaar", REL_YEAR}, {"år", REL_YEAR},
		{"année", REL_YEAR}, {"an", REL_YEAR},
	};
	char w[32];
	if (!fold(text, s, e, w, sizeof w))
		return REL_NONE;
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
		if (strcmp(w, days[i].word) == 0) {
			*shift = days[i].shift;
			return REL_DAY;
		}
	/* the unit: the last word, or the first before "dernier" */
	const char *sp = strchr(w, ' ');
	if (!sp)
		return REL_NONE;
	const char *unit = strncmp(sp + 1, "derni", 5) == 0 ? w : strrchr(w, ' ') + 1;
	size_t n = unit == w ? (size_t)(sp - w) : strlen(unit);
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strlen(units[i].word) == n && memcmp(unit, units[i].word, n) == 0)
			return units[i].kind;
	return REL_NONE;
}

/* Set y/m/d (and days) from a day count. */
static void set_days(ct_date_mention *d, long days)
{
	civil_from_days(days, &d->year, &d->month, &d->day);
}

/* Resolve a day and month without a year: the latest such date no more
 * than 7 days after the anchor, and if a weekday is written with it (wd
 * 0..6) and one of the three years nearest the anchor fits it, that one. */
static bool resolve_day_month(const struct anchor *a, int wd, ct_date_mention *d)
{
	if (a->prec == 1) {
		d->year = a->y;
		return valid_ymd(d->year, d->month, d->day);
	}
	d->year = 0;
	for (int y = a->y + 1; y >= a->y - 1; y--) {
		if (!valid_ymd(y, d->month, d->day))
			continue;
		long days = days_from_civil(y, d->month, d->day);
		if (wd >= 0 && weekday_of(days) == wd) {
			d->year = y;
			return true;
		}
		if (!d->year && days <= a->days + 7)
			d->year = y;
	}
	return d->year != 0;
}

/* Read the match into *d; false when it is not a date (or cannot be
 * resolved against the anchor). */
static bool interpret(const struct hit *h, const struct anchor *a, ct_date_mention *d)
{
	d->start = h->ov[0];
	d->end = h->ov[1];
	d->year = d->month = d->day = 0;
	size_t s = 0, e = 0;
	if (field(h, F_REL, &s, &e)) {
		int shift = 0;
		d->form = "relative";
		switch (relative_kind(h->text, s, e, &shift)) {
		case REL_DAY:
			if (a->prec != 3)
				return false;
			set_days(d, a->days + shift);
			d->confidence = 0.5;
			break;
		case REL_WEEK:
			if (a->prec != 3)
				return false;
			set_days(d, a->days - 7);
			d->confidence = 0.3;
			break;
		case REL_MONTH:
			if (a->prec < 2)
				return false;
			d->year = a->m == 1 ? a->y - 1 : a->y;
			d->month = a->m == 1 ? 12 : a->m - 1;
			d->confidence = 0.4;
			break;
		case REL_YEAR:
			if (a->prec < 1)
				return false;
			d->year = a->y - 1;
			d->confidence = 0.4;
			break;
		case REL_NONE:
			return false;
		}
		return d->year >= 1800 && d->year <= 2100;
	}
	if (has(h, F_WD) && !has(h, F_M)) {
		int wd = weekday_number(h, F_WD);
		if (wd < 0 || a->prec != 3)
			return false;
		set_days(d, a->days - (weekday_of(a->days) - wd + 7) % 7);
		d->form = "partial";
		d->confidence = 0.6;
		return d->year >= 1800 && d->year <= 2100;
	}
	if (has(h, F_MF)) {
		d->month = month_number(h, F_MF);
		if (!d->month || a->prec == 0)
			return false;
		d->year = a->prec == 1 || d->month <= a->m ? a->y : a->y - 1;
		d->form = "partial";
		d->confidence = 0.6;
		field(h, F_MF, &d->start, &d->end);
		return d->year >= 1800 && d->year <= 2100;
	}
	if (has(h, F_N1)) { /* d.m.y, or d/m/y or m/d/y with one number above 12 */
		int n1 = number(h, F_N1), n2 = number(h, F_N2);
		field(h, F_NSEP, &s, &e);
		bool dot = h->text[s] == '.';
		d->year = number(h, F_Y);
		if (dot || (n1 > 12 && n2 <= 12)) {
			d->day = n1;
			d->month = n2;
		} else if (n2 > 12 && n1 <= 12) {
			d->day = n2;
			d->month = n1;
		} else {
			return false; /* "03/09/2007": 3 September or March 9 */
		}
		d->form = "absolute";
		d->confidence = 0.9;
		return valid_ymd(d->year, d->month, d->day);
	}
	if (has(h, F_MO)) { /* ISO */
		d->year = number(h, F_Y);
		d->month = number(h, F_MO);
		d->day = number(h, F_D);
		d->form = "absolute";
		d->confidence = 1.0;
		return valid_ymd(d->year, d->month, d->day);
	}
	d->month = month_number(h, F_M);
	if (!d->month)
		return false;
	d->day = number(h, F_D);
	bool day = has(h, F_D);
	if (has(h, F_Y)) {
		d->year = number(h, F_Y);
		d->form = day ? "absolute" : "month-year";
		d->confidence = day ? 1.0 : 0.9;
		return day ? valid_ymd(d->year, d->month, d->day) : valid_ymd(d->year, d->month, 1);
	}
	/* day and month */
	if (a->prec == 0 || d->day < 1 || d->day > month_days(2000, d->month))
		return false;
	d->form = "partial";
	d->confidence = 0.7;
	return resolve_day_month(a, weekday_number(h, F_WP), d);
}

/* ---- the scan ---- */

static bool is_alnum(unsigned char c)
{
	return alnum_byte[c];
}

/* Can a date begin at text[i], the first byte of a run of ASCII letters and
 * digits? A number (not the "100" of "4,100"), or a word whose first three
 * letters begin a month, a weekday or a relative word. (After a non-ASCII
 * letter the pattern's lookbehind says no.) */
static inline bool may_start(const struct ct_date_finder *f, const unsigned char *t, size_t i,
                      size_t len)
{
	if (t[i] <= '9')
		return !(i >= 2 && (t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '/' ||
		                    t[i - 1] == ':' || t[i - 1] == '-') &&
		         (unsigned)(t[i - 2] - '0') < 10);
	if (len - i < 3)
		return false;
	/* Danish "i dag", French "an dernier" */
	if (((t[i] | 0x20) == 'i' && (t[i + 1] == ' ' || t[i + 1] == '\t' || t[i + 1] == 0xC2)) ||
	    ((t[i] | 0x20) == 'a' && (t[i + 1] | 0x20) == 'n' && !is_alnum(t[i + 2])))
		return true;
	int k = key3(t + i);
	return k >= 0 && (f->starts[k / 8] >> (k % 8) & 1);
}

static bool push(struct ct_dates *r, const ct_date_mention *m)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 8;
		ct_date_mention *a = realloc(r->m, cap * sizeof *a);
		if (!a)
			return false;
		r->m = a;
		r->cap = cap;
	}
	r->m[r->n++] = *m;
	return true;
}

/* The pattern sees text[base, wend) around a candidate at i: enough for its
 * lookbehinds (under 16 characters) and for a whole date (under 100 bytes:
 * its spaces are bounded), cut at character boundaries. PCRE2 is told not
 * to check UTF-8: when the text is not all valid, the window is narrowed to
 * the valid bytes around i, so a date next to invalid bytes is still found. */
#define BEHIND 64
#define AHEAD 256

/* Where the text's UTF-8 is invalid: each bad byte's offset, in order. */
struct bad_bytes {
	size_t *at;
	size_t n, cap;
	size_t next;  /* the first one at or after the current candidate */
};

static bool find_bad_bytes(const unsigned char *t, size_t len, struct bad_bytes *bad)
{
	for (size_t i = 0; i < len;) {
		if (t[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = cti_utf8_seq(t + i, len - i);
		if (n) {
			i += n;
			continue;
		}
		if (bad->n == bad->cap) {
			size_t cap = bad->cap ? bad->cap * 2 : 16;
			size_t *a = realloc(bad->at, cap * sizeof *a);
			if (!a)
				return false;
			bad->at = a;
			bad->cap = cap;
		}
		bad->at[bad->n++] = i++;
	}
	return true;
}

static void window(const unsigned char *t, size_t len, size_t i, struct bad_bytes *bad,
                   size_t *base, size_t *wend)
{
	size_t b = i > BEHIND ? i - BEHIND : 0, e = len - i > AHEAD ? i + AHEAD : len;
	while (b < i && (t[b] & 0xC0) == 0x80)
		b++;
	while (e > i && e < len && (t[e] & 0xC0) == 0x80)
		e--;
	while (bad->next < bad->n && bad->at[bad->next] < i)
		bad->next++;
	if (bad->next > 0 && bad->at[bad->next - 1] >= b)
		b = bad->at[bad->next - 1] + 1; /* start after the bad byte */
	if (bad->next < bad->n && bad->at[bad->next] < e)
		e = bad->at[bad->next];         /* end before it */
	*base = b;
	*wend = e;
}

ct_status ct_find_dates(const ct_date_finder *f, const char *text, size_t len,
                        const char *anchor, ct_dates **out)
{
	if (!out)
		return CT_EINVAL;
	*out = NULL;
	struct anchor a;
	if (!f || (!text && len) || !parse_anchor(anchor, &a))
		return CT_EINVAL;
	struct ct_dates *r = calloc(1, sizeof *r);
	if (!r)
		return CT_ENOMEM;
	const unsigned char *t = (const unsigned char *)text;
	pcre2_match_data *md = NULL;
	ct_status st = CT_OK;
	struct bad_bytes bad = {NULL, 0, 0, 0};
	if (!find_bad_bytes(t, len, &bad))
		st = CT_ENOMEM;
	for (size_t i = 0; i < len && st == CT_OK;) {
		/* the next run of ASCII letters and digits */
		while (i < len && !is_alnum(t[i]))
			i++;
		if (i == len)
			break;
		if (!may_start(f, t, i, len)) {
			while (i < len && is_alnum(t[i]))
				i++;
			continue;
		}
		if (!md && !(md = pcre2_match_data_create_from_pattern(f->re, NULL))) {
			st = CT_ENOMEM;
			break;
		}
		size_t base, wend;
		window(t, len, i, &bad, &base, &wend);
		int rc = wend > i ? pcre2_match(f->re, (PCRE2_SPTR)text + base, wend - base, i - base,
		                                PCRE2_NO_UTF_CHECK, md, f->mctx)
		                  : PCRE2_ERROR_NOMATCH;
		if (rc == PCRE2_ERROR_NOMEMORY) {
			st = CT_ENOMEM;
			break;
		}
		/* no match, or a match limit, which these short anchored tries do
		 * not reach (if one did, there would be no date here, not an
		 * error for the whole text) */
		if (rc <= 0) {
			while (i < len && is_alnum(t[i]))
				i++;
			continue;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		struct hit h = {text + base, ov, f};
		ct_date_mention m;
		if (interpret(&h, &a, &m)) {
			m.start += base;
			m.end += base;
			if (!push(r, &m))
				st = CT_ENOMEM;
		}
		/* a rejected date ("31 February 2007") is not read again in part */
		i = base + ov[1] > i ? base + ov[1] : i + 1;
		while (i < len && is_alnum(t[i]) && is_alnum(t[i - 1]))
			i++;
	}
	free(bad.at);
	pcre2_match_data_free(md);
	if (st != CT_OK) {
		ct_dates_free(r);
		return st;
	}
	*out = r;
	return CT_OK;
}

size_t ct_dates_count(const ct_dates *d)
{
	return d ? d->n : 0;
}

const ct_date_mention *ct_dates_at(const ct_dates *d, size_t i)
{
	return d && i < d->n ? &d->m[i] : NULL;
}

void ct_dates_free(ct_dates *d)
{
	if (!d)
		return;
	free(d->m);
	free(d);
}
