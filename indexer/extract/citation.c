/*
 * citation.c — the citation parser: a stream of notes → citations with
 * CSL-JSON fields (see include/casetrace/cite.h for the contract).
 *
 * How one citation is read (hand-written scanning, no regexes: every scan
 * is bounded by the citation's length, which is capped at 64 KiB):
 *  1. special forms first (cite-forms.c): interviews, letters / minutes / telegrams,
 *     hearing testimony, "X, as quoted in Y", German newspapers and press
 *     releases "Name vom DATE", manuscripts "Cod. SHELFMARK, ff., [Writer]
 *     Title";
 *  2. fields taken out wherever they stand (cite-fields.c): URLs
 *     (web-archive addresses unwrapped), DOIs, "Accessed …" dates, ISBN,
 *     archival units, parliamentary papers, a first edition's year,
 *     references to other notes, pinpoints and marginal numbers;
 *  3. the author block at the start (cite-names.c) is read as name units
 *     separated by ",", ";", "/", "and", "&", "und", "et": "Family, Given"
 *     pairs, "Given Family", "Family Initials", "et al.", editors marked
 *     "(ed.)", "(Hrsg.)"; an institution ("Ministry of Defence (Velmoria)")
 *     when a quoted title follows;
 *  4. a year right after the authors (author-date styles), then the title:
 *     a quoted one, or the run up to the sentence end (". ") when the
 *     authors ended with a period or year, up to "," or " (" when they ended
 *     with a comma (notes style), going on over a subtitle before "Place:
 *     Publisher", "In", "Place 1998" (and, in notes style, before the next
 *     comma), and stopping at a comma before a venue, publisher, place or
 *     number; a journal abbreviation followed by a number is a container,
 *     not a title, and "Journal VOL, PAGE (YEAR)" after the authors has no
 *     title at all (physics style);
 *  5. the rest: "In …, ed. …" / "in: X (Hrsg.), …" (chapter), "Place:
 *     Publisher", dates, "vol." / "no." / "12(3)", pages ("pp.", "S.",
 *     ": 823–30", ranges, a trailing page in notes), then what is left in
 *     chunks: container, publisher (by keyword), place (by position / a
 *     short list of publishing cities / "City, Region" with a US state,
 *     province or country);
 *  6. the type from what was found.
 * Dates inside a citation (years, month names in four languages, written
 * dates, ISO) are read by cite-dates.c.
 * Consumed bytes are overwritten with a barrier byte (0x1f) in a working
 * copy, so later scans never reuse them and chunks split there.
 *
 * The chain (Ibid., short forms) is resolved over the whole stream after
 * each citation is parsed: see cite-chain.c, which also splits a note into
 * its citations.
 *
 * Memory: a ct_cites list owns every string and array of its citations in
 * an arena of blocks freed together.
 */
#include <casetrace/cite.h>
#include "util/util.h"
#include "extract/cite-parse.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- arena */

struct blk {
	struct blk *next;
	size_t used, cap;
	max_align_t data[];
};

static void *arena_alloc(struct ct_cites *cs, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct blk *b = cs->blk;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > 60000 ? n : 60000;
		b = malloc(sizeof *b + cap);
		if (!b) {
			cs->oom = true;
			return NULL;
		}
		b->next = cs->blk;
		b->used = 0;
		b->cap = cap;
		cs->blk = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

const char *cti_cite_arena_strn(struct ct_cites *cs, const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = arena_alloc(cs, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

const char *cti_cite_arena_str(struct ct_cites *cs, const char *s)
{
	return s ? cti_cite_arena_strn(cs, s, strlen(s)) : NULL;
}

/* ------------------------------------------------------ character classes */

bool cti_cite_is_sp(char c)
{
	return c == ' ';
}

bool cti_cite_is_dig(char c)
{
	return c >= '0' && c <= '9';
}

bool cti_cite_is_bar(char c)
{
	return c == BAR;
}

/* The case of the letter at s[i]: 'U', 'L', or 0 (not a letter); *len its
 * byte length. Latin-1 supplement and Latin Extended-A are handled. */
char cti_cite_letter_case(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	*len = 1;
	if (c >= 'A' && c <= 'Z')
		return 'U';
	if (c >= 'a' && c <= 'z')
		return 'L';
	if (c < 0x80)
		return 0;
	size_t l = cti_utf8_seq((const unsigned char *)s + i, n - i);
	if (!l)
		return 0;
	*len = l;
	if (l != 2)
		return (l == 3 && c == 0xE1) ? 'L' : 0; /* rare scripts: treat as letters */
	unsigned char d = (unsigned char)s[i + 1];
	if (c == 0xC3) {
		if (d == 0x97 || d == 0xB7)
			return 0;
		return d < 0x9F ? 'U' : 'L';
	}
	if (c == 0xC4 || c == 0xC5)
		return (d & 1) ? 'L' : 'U';
	if (c >= 0xC6 && c <= 0xD4)
		return 'L';
	if (c == 0xD0)
		return d < 0xB0 ? 'U' : 'L';
	return 0;
}

bool cti_cite_is_letter_at(const char *s, size_t n, size_t i)
{
	size_t l;
	return i < n && cti_cite_letter_case(s, n, i, &l) != 0;
}

bool cti_cite_is_upper_at(const char *s, size_t n, size_t i)
{
	size_t l;
	return i < n && cti_cite_letter_case(s, n, i, &l) == 'U';
}

bool cti_cite_is_lower_at(const char *s, size_t n, size_t i)
{
	size_t l;
	return i < n && cti_cite_letter_case(s, n, i, &l) == 'L';
}

/* Is s[i] the start of a word (previous byte not a letter or digit)? */
bool cti_cite_word_start(const char *s, size_t i)
{
	if (i == 0)
		return true;
	unsigned char p = (unsigned char)s[i - 1];
	return !(isalnum(p) || p >= 0x80);
}

bool cti_cite_starts_ci(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);
	return i + l <= n && strncasecmp(s + i, w, l) == 0;
}

bool cti_cite_starts_cs(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);
	return i + l <= n && memcmp(s + i, w, l) == 0;
}

/* Does s[a, b) contain w? */
static bool span_has(const char *s, size_t a, size_t b, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = a; i + l <= b; i++)
		if (!memcmp(s + i, w, l))
			return true;
	return false;
}

/* Quotation marks: the byte length of an opening mark at s[i] (0 if none)
 * and the closing mark that goes with it. */
size_t cti_cite_open_quote(const char *s, size_t n, size_t i, const char **close)
{
	if (s[i] == '"') {
		*close = "\"";
		return 1;
	}
	if (s[i] == '\'' && cti_cite_word_start(s, i) && i + 1 < n && !cti_cite_is_sp(s[i + 1])) {
		*close = "'";
		return 1;
	}
	if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x9c")) { /* “ */
		*close = "\xe2\x80\x9d";
		return 3;
	}
	if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x9e")) { /* „ */
		*close = "\xe2\x80\x9c";
		return 3;
	}
	if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x98") && cti_cite_word_start(s, i)) { /* ‘ */
		*close = "\xe2\x80\x99";
		return 3;
	}
	if (cti_cite_starts_cs(s, n, i, "\xc2\xab")) { /* « */
		*close = "\xc2\xbb";
		return 2;
	}
	/* » as opener (German), not glued to the word before it:
	 * "Arte Veneta», 1952" closes */
	if (cti_cite_starts_cs(s, n, i, "\xc2\xbb") && !(i > 0 && isalnum((unsigned char)s[i - 1]))) {
		*close = "\xc2\xab";
		return 2;
	}
	return 0;
}

/* Find the closing mark from i; the index of the mark or n. Single marks
 * (’ ') followed by a letter are apostrophes, not closers. */
size_t cti_cite_find_close(const char *s, size_t n, size_t i, const char *close)
{
	size_t cl = strlen(close), from = i;
	bool single = !strcmp(close, "'") || !strcmp(close, "\xe2\x80\x99");
	for (; i + cl <= n; i++) {
		if (memcmp(s + i, close, cl) != 0)
			continue;
		if (single && cti_cite_is_letter_at(s, n, i + cl))
			continue;
		if (!strcmp(close, "\xe2\x80\x9d") || !strcmp(close, "\""))
			return i;
		return i;
	}
	/* “ closed by a straight " or ” typed as “ */
	if (!strcmp(close, "\xe2\x80\x9d")) {
		for (size_t j = from; j < n; j++)
			if (s[j] == '"')
				return j;
	}
	return n;
}

/* ------------------------------------------------------------- the work */


void cti_cite_consume(struct parse *p, size_t a, size_t b)
{
	if (b > p->n)
		b = p->n;
	for (size_t i = a; i < b; i++)
		p->s[i] = BAR;
}

static bool is_trim_punct(char c)
{
	return c == ',' || c == ';' || c == ':' || c == ' ' || c == BAR || c == '(' ||
	       c == ')' || c == '[' || c == ']' || c == '/';
}

/* A cleaned copy of s[a, b): barriers dropped, spaces trimmed, punctuation
 * around removed (a final period too, unless it ends an abbreviation of one
 * or two letters), into the arena. NULL when nothing is left. */
const char *cti_cite_field(struct parse *p, const char *s, size_t a, size_t b)
{
	/* a dash between parts ("NAME - “Title” - Venezia, 1623") is no part
	 * of either */
	for (bool again = true; again;) {
		again = false;
		while (a < b && (is_trim_punct(s[a]) || s[a] == '.'))
			a++;
		while (b > a && is_trim_punct(s[b - 1]))
			b--;
		if (b > a + 2 && s[a] == '-' && s[a + 1] == ' ' && !cti_cite_is_dig(s[a + 2])) {
			a += 2;
			again = true;
		}
		if (b > a + 2 && s[b - 1] == '-' && s[b - 2] == ' ' && !cti_cite_is_dig(s[b - 3])) {
			b -= 2;
			again = true;
		}
	}
	/* a closing bracket whose opener is inside stays */
	if (b < p->n + 1 && b > a && (s[b] == ')' || s[b] == ']')) {
		char op = s[b] == ')' ? '(' : '[';
		if (memchr(s + a, op, b - a) && !memchr(s + a, s[b], b - a))
			b++;
	}
	if (b > a && s[b - 1] == '.') {
		size_t w = b - 1;
		while (w > a && isalpha((unsigned char)s[w - 1]))
			w--;
		if (b - 1 - w > 2 || (b - 1 - w >= 1 && islower((unsigned char)s[w])) ||
		    (b >= 2 && !isalpha((unsigned char)s[b - 2])))
			b--;
		while (b > a && is_trim_punct(s[b - 1]))
			b--;
	}
	if (b <= a)
		return NULL;
	struct cti_buf t;
	cti_buf_init(&t);
	bool sp = false;
	for (size_t i = a; i < b; i++) {
		char c = s[i];
		if (c == BAR || c == ' ') {
			sp = t.len > 0;
			continue;
		}
		if (sp)
			cti_buf_putc(&t, ' ');
		sp = false;
		cti_buf_putc(&t, c);
	}
	const char *r = t.len ? cti_cite_arena_strn(p->cs, t.data, t.len) : NULL;
	cti_buf_free(&t);
	return r;
}

/* Take s[a, b) as a field and consume it. */
static const char *take(struct parse *p, size_t a, size_t b)
{
	const char *r = cti_cite_field(p, p->s, a, b);
	cti_cite_consume(p, a, b);
	return r;
}

/* ------------------------------------------------------- title and rest */

/* Does a period at s[i] end a sentence (title, segment)? Not after an
 * initial or a short abbreviation. */
bool cti_cite_sentence_end(const char *s, size_t n, size_t i, size_t from)
{
	if (s[i] != '.' && s[i] != '?' && s[i] != '!')
		return false;
	if (i + 1 < n && s[i + 1] != ' ' && !cti_cite_is_bar(s[i + 1]))
		return false;
	if (s[i] != '.')
		return true;
	size_t w = i;
	while (w > from && cti_cite_is_letter_at(s, n, w - 1))
		w--;
	/* UTF-8 continuation bytes count as letters above only at lead bytes */
	while (w > from && ((unsigned char)s[w - 1] & 0xC0) == 0x80)
		w--;
	size_t wl = i - w;
	if (wl == 0) {
		/* a German ordinal: "vom 11. Mai 2011", "vom 18. bis zum 20.
		 * Jahrhundert" */
		size_t d = i;
		while (d > from && cti_cite_is_dig(s[d - 1]))
			d--;
		size_t me;
		if (d < i && i - d <= 2 && (d == 0 || s[d - 1] == ' ') && i + 2 < n &&
		    (cti_cite_is_lower_at(s, n, i + 2) || cti_cite_scan_month(s, n, i + 2, &me) ||
		     cti_cite_starts_cs(s, n, i + 2, "Jahrhundert") || cti_cite_starts_cs(s, n, i + 2, "Jh.")))
			return false;
		return i > from && (cti_cite_is_dig(s[i - 1]) || s[i - 1] == ')' || s[i - 1] == '"' ||
		                    (unsigned char)s[i - 1] >= 0x80);
	}
	if (wl == 1 && cti_cite_is_upper_at(s, n, w))
		return false; /* an initial */
	static const char *const abbr[] = {"vol", "Vol", "voi", "Voi", "no", "No", "pp", "ed", "eds", "Ed", "Eds",
	                                   "St", "Dr", "Mr", "Mrs", "Jr", "Sr", "vs", "cf", "Cf",
	                                   "Bd", "Nr", "Hrsg", "Hg", "Jg", "Prof", "Gen", "Col",
	                                   "Lt", "Sgt", "Brig", "Capt", "Maj", "Adm", "Gov", "Sen",
	                                   "Rep", "Rev", "Fig", "al", "trans", "Trans", "ch", "Ch",
	                                   "sec", "art", "Art", "Abs", "Mass", "Calif", "Univ",
	                                   "Inc", "Co", "Ltd", "repr", "comp", "Dept", "Bull",
	                                   /* venues: "Proc. of HPCA", "Conf. Rec. of the …" */
	                                   "Proc", "Conf", "Rec", "Intl", "Int", "Symp", "Stoch",
	                                   "Appl", "Natl", "Acad", "Assoc", "Comput", "Intell",
	                                   "Artif", "Tech", "Techn",
	                                   /* German: "der sog. Rechtswirklichkeit" */
	                                   "sog", "bzw", "vgl", "insb", "usw",
	                                   /* printers: "Tip. Alvisopoli", "Stab. tip." */
	                                   "Tip", "Tipogr", "Stab", "tip", "Lit"};
	for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (strlen(abbr[k]) == wl && !memcmp(s + w, abbr[k], wl))
			return false;
	return true;
}

/* A journal abbreviation followed by a volume number: "Acc. Chem. Res. 10",
 * "ApJ, 475", "Phys. Rev. D 65". The end of the name, or 0. */
static size_t journal_abbrev(const char *s, size_t n, size_t i)
{
	size_t j = i, toks = 0, abbr = 0, lower = 0;
	if ((cti_cite_starts_cs(s, n, i, "p. ") || cti_cite_starts_cs(s, n, i, "pp. ") || cti_cite_starts_cs(s, n, i, "S. ") ||
	     cti_cite_starts_cs(s, n, i, "vol. ") || cti_cite_starts_cs(s, n, i, "Vol. ")))
		return 0;
	while (j < n && toks < 7) {
		while (j < n && s[j] == ' ')
			j++;
		if (j >= n || cti_cite_is_bar(s[j]))
			return 0;
		bool num = cti_cite_is_dig(s[j]);
		if (num || (j > i && s[j - 1] == ',' && false)) {
			if (toks == 0 || lower > 1 || !(toks <= 2 || abbr * 2 >= toks))
				return 0;
			size_t e = j;
			while (e > i && (s[e - 1] == ' ' || s[e - 1] == ','))
				e--;
			return e;
		}
		size_t a = j;
		while (j < n && s[j] != ' ' && s[j] != ',' && !cti_cite_is_bar(s[j]))
			j++;
		size_t l = j - a;
		if (l > 14 || s[j - 1] == ':' || memchr(s + a, '?', l) || memchr(s + a, '"', l))
			return 0;
		if (s[j - 1] == '.') {
			if (l > 9)
				return 0;
			abbr++;
		}
		if (cti_cite_is_lower_at(s, n, a)) {
			if (l > 4)
				return 0;
			lower++;
		} else if (!cti_cite_is_upper_at(s, n, a)) {
			return 0;
		}
		toks++;
		if (j < n && s[j] == ',') {
			size_t k = j + 1;
			while (k < n && s[k] == ' ')
				k++;
			if (k < n && cti_cite_is_dig(s[k])) {
				if (lower > 1 || !(toks <= 2 || abbr * 2 >= toks))
					return 0;
				return j;
			}
			return 0;
		}
	}
	return 0;
}

/* Publisher keywords. */
bool cti_cite_publisher_like(const char *t)
{
	static const char *const kw[] = {
		"Press", "Verlag", "Publish", "Books", "Editore", "Editori", "Edizioni", "Editrice",
		"Tipografia", "Tip.", "Routledge", "Wiley", "Springer", "Elsevier", "Sage", "SAGE",
		"Blackwell", "Penguin", "Macmillan", "Norton", "Harper", "Knopf", "Brill", "Suhrkamp",
		"Campus", "Beck", "Budrich", "Nomos", "Kohlhammer", "Westdeutscher", "Olschki",
		"Einaudi", "Laterza", "Mulino", "Marsilio", "Cierre", "Neri Pozza", "Bompiani",
		"Feltrinelli", "Mondadori", "Rizzoli", "Electa", "Vandenhoeck", "Klett", "Juventa",
		"Leske", "Lucius", "Oldenbourg", "Duncker", "Mohr", "Siebeck", "Schöningh", "Fink",
		"Lang", "Hanser", "Rowohlt", "Fischer", "Piper", "Ullstein", "transcript", "UVK",
		"Academic", "Gallimard", "Seuil", "Fayard", "PUF", "Armand Colin", "Cambridge University",
		"Oxford University", "University of", "Clarendon", "Pergamon", "Academia", "Wissenschaft",
		"Publications", "Publisher", "Pub.", "Inc.", "Ltd", "& Co", "Company", "Hachette",
		"Random House", "Simon & Schuster", "Basic", "Free Press", "Polity", "Verso",
		"Palgrave", "Bloomsbury", "Longman", "Methuen", "Pearson", "McGraw", "Prentice",
		"Addison", "Houghton", "Little, Brown", "Viking", "Vintage", "Allen", "Unwin", "Zed",
		"Lynne Rienner", "Rienner", "Ashgate", "Edward Elgar", "Brookings", "RAND",
		"Institute", "Stiftung", "Foundation", "Council", "Centre", "Center", "Ed.",
		"Ediciones", "Editorial", "Tipi", "Stamperia", "Poligrafico", "Arti Grafiche",
		"Officine", "Libreria", "Typis", "apud", "presso", "Marietti", "Sansoni", "Zanichelli",
		"Hoepli", "Giuffrè", "Cedam", "Jovene", "Signum", "Il Poligrafo", "Canal", "Ateneo",
		"Sons", "Verlag", "Kaufmann", "Kaufman",
	};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
		if (strstr(t, kw[k]))
			return true;
	return false;
}

/* A known city at the start of t, or (exact) t is one. */
static bool place_match(const char *t, bool exact)
{
	static const char *const cities[] = {
		"London", "New York", "Cambridge", "Oxford", "Chicago", "Boston", "Princeton",
		"New Haven", "Berkeley", "Los Angeles", "Washington", "Paris", "Berlin", "Frankfurt",
		"München", "Munich", "Hamburg", "Köln", "Bonn", "Stuttgart", "Wiesbaden", "Opladen",
		"Leipzig", "Wien", "Vienna", "Zürich", "Basel", "Bern", "Göttingen", "Heidelberg",
		"Baden-Baden", "Tübingen", "Freiburg", "Weinheim", "Münster", "Bielefeld",
		"Darmstadt", "Konstanz", "Mannheim", "Dresden", "Düsseldorf", "Hannover", "Bremen",
		"Torino", "Venezia", "Roma", "Milano", "Padova", "Firenze", "Bologna", "Napoli",
		"Genova", "Treviso", "Vicenza", "Verona", "Bari", "Trieste", "Udine", "Bergamo",
		"Brescia", "Pisa", "Venice", "Rome", "Milan", "Florence", "Turin", "Amsterdam",
		"Leiden", "Utrecht", "Brussels", "Bruxelles", "Madrid", "Barcelona", "Lisboa",
		"Stockholm", "Copenhagen", "Oslo", "Helsinki", "Geneva", "Genève", "Toronto",
		"Montreal", "Sydney", "Melbourne", "Canberra", "Tokyo", "Beijing", "Singapore",
		"Philadelphia", "Baltimore", "Ithaca", "Stanford", "Durham", "Chapel Hill",
		"Minneapolis", "Madison", "Ann Arbor", "Bloomington", "Urbana", "Austin", "Seattle",
		"San Francisco", "Thousand Oaks", "Newbury Park", "Beverly Hills", "Malden",
		"Hoboken", "Englewood Cliffs", "Upper Saddle River", "Boulder", "Lanham", "Westport",
		"Dordrecht", "Heidelberg", "Amsterdam", "Abingdon", "Basingstoke", "Houndmills",
		"Aldershot", "Farnham", "Cheltenham", "Northampton", "Edinburgh", "Manchester",
		"Harmondsworth", "Bristol", "Sheffield", "Glasgow", "Dublin", "Lyon", "Bordeaux",
		"Lausanne", "Padua", "Mestre", "Chioggia", "Bassano", "Rovigo", "Ferrara", "Siena",
		"Lucca", "Mantova", "Modena", "Parma", "Ravenna", "Rimini", "Palermo", "Catania",
		"Northgate", "Frankfurt/M", "Frankfurt a.M", "New Brunswick", "Piscataway",
		/* Italian names of foreign cities, and more Italian cities */
		"Parigi", "Londra", "Berlino", "Ginevra", "Lipsia", "Lione", "Lisbona", "Mosca",
		"Varsavia", "Praga", "Atene", "Gerusalemme", "Monaco di Baviera", "Perugia",
		"Ancona", "Trento", "Bolzano", "Cremona", "Pavia", "Piacenza", "Livorno", "Arezzo",
		"Pesaro", "Urbino", "Spoleto", "Assisi", "Aquileia", "Cividale", "Pordenone",
		"Gorizia", "Aosta", "Novara", "Cagliari", "Messina", "Salerno", "Taranto",
		"Belluno", "Feltre", "Savona", "Lecce", "Città di Castello", "Città del Vaticano",
		"Roma-Bari", "Milano-Napoli",
	};
	/* "Ve-nezia": a name split at a line end is matched whole */
	char joined[64];
	size_t j = 0;
	for (size_t i = 0; t[i] && j + 1 < sizeof joined; i++)
		if (!(t[i] == '-' && i > 0 && isalpha((unsigned char)t[i - 1]) && t[i + 1] >= 'a' &&
		      t[i + 1] <= 'z'))
			joined[j++] = t[i];
	joined[j] = '\0';
	if (j == strlen(t))
		joined[0] = '\0'; /* nothing joined: t itself is matched */
	for (size_t k = 0; k < sizeof cities / sizeof cities[0]; k++) {
		const char *c = cities[k];
		if (exact ? !strcmp(t, c) : !strncmp(t, c, strlen(c)))
			return true;
		if (joined[0] && (exact ? !strcmp(joined, c) : !strncmp(joined, c, strlen(c))))
			return true;
	}
	return false;
}

bool cti_cite_place_like(const char *t)
{
	return place_match(t, false);
}

bool cti_cite_place_is(const char *t)
{
	return place_match(t, true);
}

/* Words that make a chunk a genre / series rather than a container. */
static bool genre_like(const char *t)
{
	static const char *const kw[] = {"press release", "Press release", "Press Release",
	                                 "Working Paper", "working paper", "Occasional Paper",
	                                 "Discussion Paper", "Policy Brief", "Technical Report",
	                                 "Report", "report", "PhD thesis", "Ph.D. thesis",
	                                 "dissertation", "Dissertation", "Diss.", "thesis",
	                                 "Thesis", "Master", "Briefing", "Research Paper",
	                                 "Arbeitspapier", "Diskussionspapier", "Manuskript",
	                                 "unpublished", "Unpublished", "mimeo", "Mimeo",
	                                 "Paper presented", "paper presented", "Vortrag",
	                                 "Preprint", "preprint", "Manuscript", "manuscript",
	                                 "Submitted for publication", "submitted for publication",
	                                 "To appear", "to appear", "Tech. rep", "Tech. Rep",
	                                 "Techn. Rep", "Drucksache"};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
		const char *m = strstr(t, kw[k]);
		/* "Psychological Reports", "Cell Reports": a journal's name, not
		 * the genre "report" */
		while (m && (!strcmp(kw[k], "Report") || !strcmp(kw[k], "report")) && m[6] == 's')
			m = strstr(m + 6, kw[k]);
		if (m)
			return true;
	}
	return false;
}

/* Words that make a chunk an institution: who issues a thesis or a report
 * ("Department of Computer Science", "Rutgers University"). */
static bool institution_like(const char *t)
{
	static const char *const kw[] = {"Department", "Dept", "School of", "University",
	                                 "Universit", "Institut", "Laborator", "Division",
	                                 "College", "Center for", "Centre for", "Faculty"};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
		if (strstr(t, kw[k]))
			return true;
	return false;
}

/* A region that follows a city after a comma: a US state or Canadian
 * province (name, postal code, old abbreviation) or a country; a postal
 * code may follow ("VA 23529"). */
static bool region_like(const char *t)
{
	static const char *const kw[] = {
		"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Calif.", "Colorado",
		"Connecticut", "Conn.", "Delaware", "Florida", "Fla.", "Georgia", "Hawaii", "Idaho",
		"Illinois", "Ill.", "Indiana", "Ind.", "Iowa", "Kansas", "Kentucky", "Louisiana",
		"Maine", "Maryland", "Md.", "Massachusetts", "Massachusets", "Mass.", "Michigan",
		"Mich.", "Minnesota", "Minn.", "Mississippi", "Missouri", "Montana", "Nebraska",
		"Nevada", "New Hampshire", "New Jersey", "N.J.", "New Mexico", "New York", "N.Y.",
		"North Carolina", "N.C.", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
		"Penn.", "Pa.", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Tenn.",
		"Texas", "Tex.", "Utah", "Vermont", "Virginia", "Va.", "Washington", "Wash.",
		"West Virginia", "Wisconsin", "Wis.", "Wyoming", "D.C.", "DC", "Ontario", "Quebec",
		"Québec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "Canada", "USA",
		"U.S.A.", "UK", "U.K.", "England", "Scotland", "Wales", "Ireland", "Australia",
		"New Zealand", "Germany", "France", "Italy", "Spain", "Portugal", "Netherlands",
		"The Netherlands", "Holland", "Belgium", "Switzerland", "Swizerland", "Austria",
		"Sweden", "Norway", "Denmark", "Finland", "Iceland", "Poland", "Czech Republic",
		"Hungary", "Greece", "Turkey", "Israel", "Russia", "Japan", "China", "Korea",
		"Taiwan", "India", "Singapore", "Brazil", "Mexico", "Argentina", "Chile",
		"South Africa", "Egypt", "Slovenia", "Croatia", "Romania", "Bulgaria", "Estonia",
		"Latvia", "Lithuania", "Luxembourg", "Hong Kong", "Deutschland", "Italia",
		"Schweiz", "Österreich", "España", "Nederland"};
	size_t l = strlen(t);
	while (l && (cti_cite_is_dig(t[l - 1]) || t[l - 1] == ' ' || t[l - 1] == '-'))
		l--;
	if (l < strlen(t) && strlen(t) - l > 10)
		return false;
	/* a two-letter postal code: "MA", "CA", "ON" (maybe ending the
	 * reference: "MA.") */
	if ((l == 2 || (l == 3 && t[2] == '.')) && isupper((unsigned char)t[0]) &&
	    isupper((unsigned char)t[1]))
		return true;
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
		if (strlen(kw[k]) == l && !strncmp(t, kw[k], l))
			return true;
	return false;
}

/* A city's name: one to three capitalised words (lower-case particles
 * between them), no digits, short. */
static bool city_like(const char *t)
{
	size_t l = strlen(t), words = 0;
	if (l == 0 || l > 28 || !cti_cite_is_upper_at(t, l, 0))
		return false;
	for (size_t i = 0; i < l; i++) {
		if (cti_cite_is_dig(t[i]) || t[i] == ':' || t[i] == '"')
			return false;
		if (i == 0 || t[i - 1] == ' ') {
			words++;
			if (!cti_cite_is_upper_at(t, l, i) && !cti_cite_starts_cs(t, l, i, "de ") &&
			    !cti_cite_starts_cs(t, l, i, "la ") && !cti_cite_starts_cs(t, l, i, "am ") &&
			    !cti_cite_starts_cs(t, l, i, "upon ") && !cti_cite_starts_cs(t, l, i, "on "))
				return false;
		}
	}
	return words <= 3;
}

/* Pages: "pp. 12-34", "p. 5", "S. 29 - 68", "pages 38-39", "page 45",
 * "Seiten 4-5", "pp 12". Takes the first; true if found. */
void cti_cite_put_page(struct parse *p, size_t a, size_t b)
{
	struct cti_buf t;
	cti_buf_init(&t);
	for (size_t k = a; k < b; k++) {
		char c = p->s[k];
		if (c == ' ' || c == BAR)
			continue;
		if (cti_cite_starts_cs(p->s, b, k, "\xe2\x80\x93") || cti_cite_starts_cs(p->s, b, k, "\xe2\x80\x94") ||
		    cti_cite_starts_cs(p->s, b, k, "\xe2\x80\x91") || cti_cite_starts_cs(p->s, b, k, "\xe2\x80\x90")) {
			cti_buf_putc(&t, '-');
			k += 2;
			continue;
		}
		cti_buf_putc(&t, c);
	}
	while (t.len && (t.data[t.len - 1] == '.' || t.data[t.len - 1] == ',' ||
	                 t.data[t.len - 1] == '-'))
		t.data[--t.len] = '\0';
	if (t.len && !p->f.page)
		p->f.page = cti_cite_arena_strn(p->cs, t.data, t.len);
	cti_buf_free(&t);
}

size_t cti_cite_dash_len(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return (i + 1 < n && s[i + 1] == '-') ? 2 : 1;
	if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x93") || cti_cite_starts_cs(s, n, i, "\xe2\x80\x94") ||
	    cti_cite_starts_cs(s, n, i, "\xe2\x80\x91") || cti_cite_starts_cs(s, n, i, "\xe2\x80\x90"))
		return 3;
	return 0;
}

/* A page or page range at s[i]: digits (or a letter and digits: "A65",
 * "e123", Roman numerals "xii"), optionally "-N"; returns its end or i. */
size_t cti_cite_page_range(const char *s, size_t n, size_t i, bool need_range)
{
	size_t j = i;
	if (j < n && (s[j] == 'A' || s[j] == 'e' || s[j] == 'S' || s[j] == 'L') && j + 1 < n &&
	    cti_cite_is_dig(s[j + 1]) && !need_range)
		j++;
	size_t d = j;
	while (j < n && cti_cite_is_dig(s[j]))
		j++;
	if (j == d || j - d > 6)
		return i;
	if (j < n && isalpha((unsigned char)s[j]) && s[j] != 'f')
		return i;
	if (j < n && s[j] == 'f') { /* 12f., 12ff. */
		size_t k = j + 1;
		if (k < n && s[k] == 'f')
			k++;
		if (k < n && s[k] == '.')
			k++;
		return (k >= n || !isalpha((unsigned char)s[k])) ? k : i;
	}
	size_t k = j;
	while (k < n && s[k] == ' ')
		k++;
	size_t dl = cti_cite_dash_len(s, n, k);
	if (dl) {
		size_t m = k + dl;
		while (m < n && s[m] == ' ')
			m++;
		if (m < n && (s[m] == 'A' || s[m] == 'e') && m + 1 < n && cti_cite_is_dig(s[m + 1]))
			m++;
		size_t e = m;
		while (e < n && cti_cite_is_dig(s[e]))
			e++;
		if (e > m && e - m <= 6 && !(e < n && cti_cite_is_dig(s[e])))
			return e;
	}
	if (j < n && s[j] == ',' && j + 1 < n && cti_cite_is_dig(s[j + 1]) && !need_range)
		return j; /* "12,13": keep the first */
	return need_range ? i : j;
}

void cti_cite_take_pages(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"pp.", "pp ", "p.", "S.", "pages", "page", "Seiten",
	                                 "Seite", "pag.", "pagg.", "pgs.", "pg.", "ss.", "s.",
	                                 "P.", "PP."};
	for (size_t i = from; i < n; i++) {
		if (!cti_cite_word_start(s, i))
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			size_t j = i + strlen(kw[k]);
			if (kw[k][strlen(kw[k]) - 1] != '.' && kw[k][strlen(kw[k]) - 1] != ' ' && j < n &&
			    isalpha((unsigned char)s[j]))
				continue;
			while (j < n && s[j] == ' ')
				j++;
			size_t e = cti_cite_page_range(s, n, j, false);
			if (e > j) {
				cti_cite_put_page(p, j, e);
				cti_cite_consume(p, i, e);
				p->page_de = kw[k][0] == 'S';
				return;
			}
		}
	}
	/* ": 823–30" after a volume / issue / year in parentheses */
	for (size_t i = from; i + 1 < n; i++) {
		if (s[i] != ':')
			continue;
		size_t b = i;
		while (b > from && (s[b - 1] == ' ' || cti_cite_is_bar(s[b - 1])))
			b--;
		if (b == from || !(cti_cite_is_dig(s[b - 1]) || s[b - 1] == ')'))
			continue;
		size_t j = i + 1;
		while (j < n && s[j] == ' ')
			j++;
		size_t e = cti_cite_page_range(s, n, j, false);
		if (e > j) {
			cti_cite_put_page(p, j, e);
			cti_cite_consume(p, i, e);
			return;
		}
	}
	/* a bare range */
	for (size_t i = from; i < n; i++) {
		if (!cti_cite_is_dig(s[i]) || (i > 0 && (cti_cite_is_dig(s[i - 1]) || isalpha((unsigned char)s[i - 1]) ||
		                                s[i - 1] == '/' || s[i - 1] == '.' ||
		                                (s[i - 1] == '-' && i > 1 && isalpha((unsigned char)s[i - 2])))))
			continue; /* nor a report number "TR-96-266" */
		size_t e = cti_cite_page_range(s, n, i, true);
		if (e > i) {
			/* not years "1954 - 1973" */
			size_t y1e;
			int y1 = cti_cite_scan_year(s, n, i, &y1e);
			if (y1 && y1e - i == 4) {
				size_t m = y1e;
				while (m < n && (s[m] == ' ' || cti_cite_dash_len(s, n, m)))
					m += cti_cite_dash_len(s, n, m) ? cti_cite_dash_len(s, n, m) : 1;
				size_t y2e;
				int y2 = cti_cite_scan_year(s, n, m, &y2e);
				if (y1 >= 1900 && y2 > y1)
					continue;
			}
			cti_cite_put_page(p, i, e);
			cti_cite_consume(p, i, e);
			return;
		}
	}
}

/* A page keyword and its number at s[i]: "p. 5", "pp. 12-34", "S. 29",
 * "S.103", "p.111"? */
static bool page_kw_at(const char *s, size_t n, size_t i)
{
	static const char *const kw[] = {"pp.", "p.", "S.", "pp", "p"};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
		if (!cti_cite_starts_cs(s, n, i, kw[k]))
			continue;
		size_t j = i + strlen(kw[k]);
		if (j < n && s[j] == ' ')
			j++;
		if (j < n && cti_cite_is_dig(s[j]) && (j > i + strlen(kw[k]) || s[j - 1] == '.'))
			return true;
	}
	return false;
}

/* The number after the first of the keywords kw at a word start from
 * "from" on ("vol. 12", "No. 3-4", "Bd. IV" when roman): consumed with its
 * keyword and returned; NULL if none. A keyword not ending in '.' must not
 * run on into letters ("issues"). */
static const char *keyword_number(struct parse *p, size_t from, const char *const *kw,
                                  size_t nkw, bool roman)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = from; i < n; i++) {
		if (!cti_cite_word_start(s, i) && s[i] != '#')
			continue;
		for (size_t k = 0; k < nkw; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			size_t j = i + strlen(kw[k]);
			if (j < n && isalpha((unsigned char)s[j]) && kw[k][strlen(kw[k]) - 1] != '.')
				continue;
			while (j < n && s[j] == ' ')
				j++;
			size_t e = j;
			while (e < n && (cti_cite_is_dig(s[e]) || (e > j && (s[e] == '-' || s[e] == '/')) ||
			                 (roman && s[e] && strchr("IVXLC", s[e]))))
				e++;
			while (e > j && (s[e - 1] == '-' || s[e - 1] == '/'))
				e--;
			if (e > j && (e >= n || !isalpha((unsigned char)s[e]))) {
				const char *v = cti_cite_arena_strn(p->cs, s + j, e - j);
				cti_cite_consume(p, i, e);
				return v;
			}
		}
	}
	return NULL;
}

/* "47/2009", "Heft 3/1997": a volume or issue number and its year at
 * s[i]; the end, or i. */
size_t cti_cite_num_year_at(const char *s, size_t n, size_t i)
{
	if (i >= n || !cti_cite_is_dig(s[i]) || (i > 0 && (cti_cite_is_dig(s[i - 1]) || s[i - 1] == '/' ||
	                                           isalpha((unsigned char)s[i - 1]))))
		return i;
	size_t j = i;
	while (j < n && cti_cite_is_dig(s[j]))
		j++;
	if (j - i > 3 || j >= n || s[j] != '/')
		return i;
	size_t ye;
	if (!cti_cite_scan_year(s, n, j + 1, &ye) || ye - (j + 1) != 4 || (ye < n && (cti_cite_is_dig(s[ye]) || s[ye] == '/')))
		return i;
	return ye;
}

/* "Aus Politik und Zeitgeschichte 47/2009": volume 47, issued 2009. */
void cti_cite_take_num_year(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = from; i < n; i++) {
		size_t e = cti_cite_num_year_at(s, n, i);
		if (e == i)
			continue;
		size_t sl = i;
		while (s[sl] != '/')
			sl++;
		if (!p->f.volume)
			p->f.volume = cti_cite_arena_strn(p->cs, s + i, sl - i);
		if (!p->f.issued) {
			char iso[11];
			cti_cite_iso_write(iso, atoi(s + sl + 1), 0, 0);
			p->f.issued = cti_cite_arena_str(p->cs, iso);
			p->date_prec = 1;
		}
		/* with its keyword: "Nr. 6/1982", "Heft 3/1997", "No. 4/2001" */
		static const char *const kw[] = {"Nr. ", "No. ", "Heft ", "H. ", "no. ", "nr. "};
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			size_t kl = strlen(kw[k]);
			if (i >= from + kl && !memcmp(s + i - kl, kw[k], kl)) {
				i -= kl;
				break;
			}
		}
		cti_cite_consume(p, i, e);
		return;
	}
}

/* vol. / no. keywords and "12(3)". */
void cti_cite_take_volume_issue(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const vkw[] = {"vol.", "Vol.", "VOL.", "Volume", "volume", "vol ", "Vol ",
	                                  "Bd.", "Band", "Jg.", "Jahrgang", "tomo", "Tomo", "t.", "T.",
	                                  "anno", "a.",
	                                  /* "vol." as OCR reads it in old print */
	                                  "voi.", "Voi.", "voi ", "Voi "};
	static const char *const ikw[] = {"no.", "No.", "Nr.", "nr.", "n.", "issue", "Issue",
	                                  "Heft", "H.", "num.", "fasc.", "Iss.", "iss.", "#",
	                                  "Number", "number", "nos.",
	                                  /* Spanish, Portuguese, Italian */
	                                  "núm.", "Núm.", "nº", "Nº", "n.º", "fasc."};
	if (!p->f.volume)
		p->f.volume = keyword_number(p, from, vkw, sizeof vkw / sizeof vkw[0], true);
	/* the German order "10. Jg.", "58. Jahrgang" */
	for (size_t i = from; i < n && !p->f.volume; i++) {
		if (!cti_cite_is_dig(s[i]) || (i > 0 && (cti_cite_is_dig(s[i - 1]) || isalpha((unsigned char)s[i - 1]))))
			continue;
		size_t e = i;
		while (e < n && cti_cite_is_dig(s[e]))
			e++;
		if (e - i > 3 || e >= n || s[e] != '.')
			continue;
		size_t k = e + 1;
		while (k < n && s[k] == ' ')
			k++;
		size_t kl = cti_cite_starts_cs(s, n, k, "Jg.") ? 3 : cti_cite_starts_cs(s, n, k, "Jahrgang") ? 8 : 0;
		if (!kl)
			continue;
		p->f.volume = cti_cite_arena_strn(p->cs, s + i, e - i);
		cti_cite_consume(p, i, k + kl);
	}
	static const char *const ikw_de[] = {"Nr.", "nr.", "Heft", "H."};
	if (!p->f.issue) {
		p->f.issue = keyword_number(p, from, ikw_de, sizeof ikw_de / sizeof ikw_de[0], false);
		p->issue_de = p->f.issue != NULL;
	}
	if (!p->f.issue)
		p->f.issue = keyword_number(p, from, ikw, sizeof ikw / sizeof ikw[0], false);
	/* 12(3) / 12 (3) */
	for (size_t i = from; i < n && !p->f.issue; i++) {
		if (!cti_cite_is_dig(s[i]) || (i > 0 && (cti_cite_is_dig(s[i - 1]) || isalpha((unsigned char)s[i - 1]))))
			continue;
		size_t e = i;
		while (e < n && cti_cite_is_dig(s[e]))
			e++;
		if (e - i > 5)
			continue;
		size_t k = e;
		if (k < n && s[k] == ' ')
			k++;
		if (k < n && s[k] == '(') {
			size_t m = k + 1, d = m;
			while (m < n && (cti_cite_is_dig(s[m]) || s[m] == '-' || s[m] == '/' ||
			                 (m > d && cti_cite_dash_len(s, n, m) == 3)))
				m += cti_cite_dash_len(s, n, m) == 3 ? 3 : 1;
			if (m > d && m < n && s[m] == ')' && m - d <= 9) {
				size_t ye;
				if (cti_cite_scan_year(s, n, d, &ye) && ye == m)
					continue; /* "12 (2011)" is a year */
				if (!p->f.volume)
					p->f.volume = cti_cite_arena_strn(p->cs, s + i, e - i);
				p->f.issue = cti_cite_arena_strn(p->cs, s + d, m - d);
				cti_cite_consume(p, i, m + 1);
			}
		}
	}
}

static size_t acronym_paren(const char *s, size_t n, size_t i);

/* Publication facts "Place: Publisher" (the place 1-4 capitalised words,
 * optionally ", MA"): fills place and publisher. */
static void take_pubfacts(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	for (size_t i = from; i + 2 < n; i++) {
		if (s[i] != ':' || s[i + 1] != ' ')
			continue;
		/* the place: back to "(", a sentence end, a barrier or the start */
		size_t a = i;
		int words = 0;
		bool ok = true;
		while (a > from) {
			char c = s[a - 1];
			if (c == '(' || cti_cite_is_bar(c))
				break;
			if (c == '.' && a >= 2 && s[a - 2] != ' ' && a < i && s[a] == ' ' &&
			    cti_cite_sentence_end(s, n, a - 1, from))
				break;
			if (c == ',' && words >= 1) {
				/* "Cambridge, MA" / "Thousand Oaks, Calif." keep; else stop */
				size_t t = a;
				while (t < i && s[t] == ' ')
					t++;
				size_t te = t;
				while (te < i && s[te] != ' ')
					te++;
				/* a state ("MA", "Calif.", "Italy"), not a city:
				 * "Kommission „Zuwanderung“, Berlin: BMI" */
				char st[8];
				bool city = false;
				if (te - t < sizeof st) {
					memcpy(st, s + t, te - t);
					st[te - t] = '\0';
					city = cti_cite_place_like(st) && !region_like(st);
				}
				if (!(te - t <= 6 && cti_cite_is_upper_at(s, n, t) && words == 1) || city)
					break;
			}
			if (c == ' ')
				words++;
			if (c == ';')
				break;
			a--;
		}
		while (a < i && (s[a] == ' ' || s[a] == ',' || s[a] == '.'))
			a++;
		if (a >= i || !cti_cite_is_upper_at(s, n, a) || words > 4 || i - a > 40)
			ok = false;
		for (size_t k = a; ok && k < i; k++)
			if (cti_cite_is_dig(s[k]))
				ok = false;
		if (!ok)
			continue;
		/* the publisher: to ",", ")", "." sentence end or a barrier */
		size_t b = i + 2, e = b;
		while (e < n && s[e] != ',' && s[e] != ')' && s[e] != ';' && !cti_cite_is_bar(s[e]) &&
		       !(s[e] == '.' && cti_cite_sentence_end(s, n, e, b)) &&
		       !(s[e] == '(' && e > b && s[e - 1] == ' ' && acronym_paren(s, n, e) == 0))
			e++;
		if (e == b || e - b > 100)
			continue;
		/* "Madrid: Ministerio de Asuntos Exteriores, Consejo de
		 * Cooperación al Desarrollo.", "Berlin: Bundesministerium für
		 * Familie, Senioren, Frauen und Jugend.": a publisher's name with
		 * commas runs on to the end when only words follow */
		if (e < n && s[e] == ',') {
			size_t z = n;
			while (z > e && (s[z - 1] == ' ' || s[z - 1] == '.'))
				z--;
			size_t r = e + 1;
			while (r < z && s[r] == ' ')
				r++;
			int rw = r < z ? 1 : 0;
			bool plain = r < z && cti_cite_is_upper_at(s, n, r);
			for (size_t k = r; plain && k < z; k++) {
				if (cti_cite_is_dig(s[k]) || s[k] == ':' || s[k] == '(' || s[k] == ';' || s[k] == '/' ||
				    cti_cite_is_bar(s[k]) || (s[k] == '.' && cti_cite_sentence_end(s, n, k, r)))
					plain = false;
				rw += s[k] == ' ';
			}
			if (plain && rw >= 2 && rw <= 8 && z - r < 80) {
				char rb[80];
				memcpy(rb, s + r, z - r);
				rb[z - r] = '\0';
				if (!cti_cite_place_like(rb) && !region_like(rb) && !genre_like(rb))
					e = z;
			}
		}
		bool digit = false;
		for (size_t k = b; k < e; k++)
			if (cti_cite_is_dig(s[k]))
				digit = true;
		if (digit)
			continue;
		const char *pl = cti_cite_field(p, s, a, i);
		const char *pu = cti_cite_field(p, s, b, e);
		if (!pl || !pu)
			continue;
		/* "Bonn: Deutsches Institut (Discussion Paper 7/2006)": before a
		 * bracket only a name that reads as a publisher */
		if (e < n && s[e] == '(' && !cti_cite_publisher_like(pu) && !institution_like(pu))
			continue;
		/* "Title: Subtitle" is not a place: the publisher side must not look
		 * like a long lowercase title */
		int lower_words = 0;
		for (size_t k = b; k + 1 < e; k++)
			if (s[k] == ' ' && cti_cite_is_lower_at(s, n, k + 1) && !cti_cite_starts_cs(s, n, k + 1, "of ") &&
			    !cti_cite_starts_cs(s, n, k + 1, "and ") && !cti_cite_starts_cs(s, n, k + 1, "& ") &&
			    !cti_cite_starts_cs(s, n, k + 1, "und ") && !cti_cite_starts_cs(s, n, k + 1, "für "))
				lower_words++;
		/* …unless a known city comes before it and a year after it
		 * ("Venice: Istituto per la collaborazione culturale, 1958") */
		size_t ye = 0, yk = e + 2;
		bool city_year = cti_cite_place_is(pl) && e + 6 <= n && s[e] == ',' && s[e + 1] == ' ' &&
		                 cti_cite_scan_year(s, n, yk, &ye) && (ye == n || !cti_cite_is_dig(s[ye]));
		if (lower_words > 1 && !cti_cite_publisher_like(pu) && !city_year)
			continue;
		/* "Springer-Verlag: Berlin Heidelberg": the publisher first */
		if (cti_cite_publisher_like(pl) && !cti_cite_publisher_like(pu) && cti_cite_place_like(pu)) {
			const char *t = pl;
			pl = pu;
			pu = t;
		}
		p->f.publisher_place = pl;
		p->f.publisher = pu;
		p->pubfacts = true;
		cti_cite_consume(p, a, e);
		return;
	}
}

/* The first date in s[from, n): a full date, else a year in parentheses,
 * else a bare year. */
/* Is the year s[i, e) the first of a span of years written with spaces
 * around the dash ("1580 - 1700", "1888 - 92")? The span's end, or 0. */
static size_t spaced_year_range(const char *s, size_t n, size_t i, size_t e)
{
	if (e + 1 >= n || s[e] != ' ' || (i > 0 && cti_cite_is_dig(s[i - 1])))
		return 0;
	size_t k = e + 1;
	size_t d = cti_cite_dash_len(s, n, k);
	if (!d || k + d >= n || s[k + d] != ' ')
		return 0;
	k += d + 1;
	size_t m = k, ye;
	while (m < n && cti_cite_is_dig(s[m]))
		m++;
	if (!(m - k == 2 || (m - k == 4 && cti_cite_scan_year(s, n, k, &ye))) ||
	    (m < n && cti_cite_is_letter_at(s, n, m)))
		return 0;
	return m;
}

/* Where an event's days before s[i] start: "11 - 14 ottobre", "(Spoleto
 * 16-21 aprile" (from the place after the parenthesis). */
static size_t event_start(const char *s, size_t i)
{
	size_t a = i, k = i;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	size_t d = k > 0 && s[k - 1] == '-' ? 1 : k >= 3 && cti_cite_dash_len(s, k, k - 3) == 3 ? 3 : 0;
	if (d) {
		k -= d;
		while (k > 0 && s[k - 1] == ' ')
			k--;
		size_t m = k;
		while (m > 0 && cti_cite_is_dig(s[m - 1]))
			m--;
		if (m < k && k - m <= 2)
			a = m;
	}
	/* ", Venezia 11 - 14 ottobre 1994": the event's place, a known city */
	k = a;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	size_t w = k;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != ',' && s[w - 1] != '(')
		w--;
	char city[48];
	if (w < k && k - w < sizeof city && w >= 2 && s[w - 1] == ' ' && s[w - 2] == ',') {
		memcpy(city, s + w, k - w);
		city[k - w] = '\0';
		if (cti_cite_place_is(city))
			return w;
	}
	/* "(Spoleto 16 - 21 aprile 1998)": back to the parenthesis over words */
	for (k = a; k > 0 && a - k < 40; k--) {
		if (s[k - 1] == '(')
			return k;
		if (strchr(")[],;", s[k - 1]) || cti_cite_is_dig(s[k - 1]))
			break;
	}
	return a;
}

/* Is there a bare year in s[from, n) after year y and at most ten years
 * later, not part of a span or a page range? */
static bool later_bare_year(const char *s, size_t n, size_t from, int y)
{
	size_t e;
	for (size_t i = from; i < n; i++) {
		if (i > 0 && (cti_cite_is_dig(s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '/'))
			continue;
		int y2 = cti_cite_scan_year(s, n, i, &e);
		if (!y2 || e - i != 4 || (e < n && (cti_cite_is_dig(s[e]) || s[e] == '-')) ||
		    spaced_year_range(s, n, i, e))
			continue;
		if (y2 > y && y2 - y <= 10)
			return true;
	}
	return false;
}

/* After the year y ending at s[e] and a space: a word of two letters or
 * more with no full stop after it ("alla", not "pp." or "ed."), and a
 * later year further on? */
static bool in_title_year(const char *s, size_t n, size_t e, int y)
{
	size_t w = e + 1, l;
	while (w < n && cti_cite_letter_case(s, n, w, &l) != 0)
		w += l;
	if (w - (e + 1) < 2 || (w < n && s[w] != ' '))
		return false;
	for (size_t i = w; i < n; i++) {
		size_t ye;
		int y2;
		if ((i == 0 || !cti_cite_is_dig(s[i - 1])) && (y2 = cti_cite_scan_year(s, n, i, &ye)) &&
		    ye - i == 4 && y2 > y)
			return true;
	}
	return false;
}

void cti_cite_take_date(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	char iso[11];
	size_t e;
	for (size_t i = from; i < n; i++) {
		int prec = cti_cite_scan_date(s, n, i, &e, iso);
		if (prec >= 2) {
			/* "Atti del convegno, Venezia 11 - 14 ottobre 1994, Venezia
			 * 1997": a later year after the day is the publication's, the
			 * day the event's (used up, no field) */
			if (later_bare_year(s, n, e, atoi(iso))) {
				size_t a = event_start(s, i), b = e;
				while (b < n && s[b] == ' ')
					b++;
				if (b < n && s[b] == ')' && a > 0 && s[a - 1] == '(')
					e = b + 1, a--;
				cti_cite_consume(p, a, e);
				from = e;
				break;
			}
			p->f.issued = cti_cite_arena_str(p->cs, iso);
			p->date_prec = prec;
			cti_cite_consume(p, i, e);
			return;
		}
	}
	size_t best = n, best_e = 0, weak = n, weak_end = 0;
	int best_y = 0, weak_y = 0;
	for (size_t i = from; i < n; i++) {
		int y = cti_cite_scan_year(s, n, i, &e);
		if (!y)
			continue;
		/* not part of a range "1954-1973" or of a page */
		if ((i > 0 && (s[i - 1] == '-' || s[i - 1] == '/' || s[i - 1] == ':')) ||
		    (e < n && (s[e] == '-' || cti_cite_dash_len(s, n, e) == 3) && e + 1 < n))
			continue;
		/* a span written with spaces, "Lübeck and Venice, 1580 - 1700",
		 * is more often a title's than the date: taken only when no
		 * other year follows ("Venezia 1888 - 92") */
		size_t re = spaced_year_range(s, n, i, e);
		if (re) {
			if (weak == n) {
				weak = i;
				weak_end = re;
				weak_y = y;
			}
			i = re - 1;
			continue;
		}
		/* "Dal 1517 alla fine della Repubblica, Torino, UTET 1992": a
		 * year that a lower-case word follows is the title's when a later
		 * year comes */
		if (e + 2 < n && s[e] == ' ' && cti_cite_is_lower_at(s, n, e + 1) && in_title_year(s, n, e, y))
			continue;
		bool paren = i > 0 && (s[i - 1] == '(' || s[i - 1] == '[');
		if (paren) {
			best = i;
			best_e = e;
			best_y = y;
			break;
		}
		if (best == n) {
			best = i;
			best_e = e;
			best_y = y;
		}
	}
	if (best == n) {
		/* "Venezia 1888 - 92": the first year, and the span is used up */
		best = weak;
		best_e = weak < n ? weak_end : 0;
		best_y = weak_y;
	} else if (weak < n) {
		/* the span stays with no field: not a page range */
		cti_cite_consume(p, weak, weak_end);
	}
	if (best < n) {
		cti_cite_iso_write(iso, best_y, 0, 0);
		p->f.issued = cti_cite_arena_str(p->cs, iso);
		p->date_prec = 1;
		size_t a = best, b = best_e;
		if (a > 0 && (s[a - 1] == '(' || s[a - 1] == '[') && b < n && (s[b] == ')' || s[b] == ']')) {
			a--;
			b++;
		}
		p->year_at = a;
		cti_cite_consume(p, a, b);
	}
}

/* ---------------------------------------------------------- one citation */

static void set_type(struct parse *p)
{
	ct_cite *f = &p->f;
	if (f->type)
		return;
	const char *t = f->title ? f->title : "";
	const char *c = f->container_title ? f->container_title : "";
	const char *g = f->genre ? f->genre : "";
	if (strstr(g, "thesis") || strstr(g, "Thesis") || strstr(g, "issertation") ||
	    strstr(g, "Diss."))
		f->type = "thesis";
	else if (p->in_chapter && !p->n_eds && p->date_prec == 3 && f->container_title &&
	         !f->publisher && !f->publisher_place)
		f->type = "article-newspaper"; /* "in: Segodnja, 17.3.1995, S. 3" */
	else if ((p->in_chapter && !(f->volume && !p->n_eds)) ||
	         (f->container_title && p->n_eds && !f->volume))
		f->type = "chapter";
	else if (strstr(t, " v. ") || strstr(t, " v ") || strstr(c, "U.S.") ||
	         strstr(c, "F.2d") || strstr(c, "F.3d") || strstr(c, "S. Ct."))
		f->type = "legal_case";
	else if (strstr(t, " Act ") || strstr(t, "U.S.C.") || strstr(t, "Resolution ") ||
	         strstr(t, "Stat."))
		f->type = "legislation";
	else if (f->genre && genre_like(g))
		f->type = "report";
	else if (f->container_title && (f->volume || f->issue ||
	                                (f->page && !f->publisher && p->date_prec < 3)))
		f->type = "article-journal";
	else if (f->container_title && p->date_prec == 3 && !f->publisher)
		f->type = "article-newspaper";
	else if (f->container_title)
		f->type = f->url && !f->volume ? "webpage" : "article-journal";
	else if (f->url && !f->publisher && !f->publisher_place)
		f->type = "webpage";
	else if (f->publisher || f->publisher_place || f->title)
		f->type = "book";
	else
		f->type = "document";
	if (!strcmp(f->type, "book") && p->n_names == 1 && p->names[0].literal && !f->publisher)
		f->type = "report";
}

/* A city's name cut by a line end's hyphen ("Ve - nezia", "Tre - viso"). */
static bool split_city(const char *f)
{
	const char *d = strstr(f, " - ");
	if (!d || d == f || strlen(f) > 30 || strchr(d + 3, ' ') || !islower((unsigned char)d[3]))
		return false;
	char buf[32];
	size_t a = (size_t)(d - f), b = strlen(d + 3);
	if (a + b >= sizeof buf || memchr(f, ' ', a))
		return false;
	memcpy(buf, f, a);
	memcpy(buf + a, d + 3, b);
	buf[a + b] = '\0';
	return cti_cite_place_is(buf);
}

/* A Roman numeral of one to seven letters with an I, V or X ("XLVI",
 * "VII", "CXXXVII", "xxiv"; not "DC" of "Washington, DC"). */
static bool roman_numeral(const char *f)
{
	size_t l = strlen(f);
	if (l == 0 || l > 7)
		return false;
	/* lower case too ("xxiv", as older Italian notes write volumes), but
	 * not the words "il", "ci", "vi", "li" */
	bool lower = islower((unsigned char)f[0]);
	if (!strpbrk(f, lower ? "ivx" : "IVX") || (lower && l < 2) ||
	    (lower && (!strcmp(f, "il") || !strcmp(f, "ci") || !strcmp(f, "vi") || !strcmp(f, "li"))))
		return false;
	for (size_t k = 0; k < l; k++)
		if (!strchr(lower ? "ivxlc" : "IVXLCDM", f[k]))
			return false;
	/* written the usual way ("XIV", not "DVD" or "IIII") */
	static const char *const sym[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL",
	                                  "X", "IX", "V", "IV", "I"};
	static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	int v = 0;
	for (size_t k = 0; k < l; k++) {
		int a = 0, b = 0;
		for (size_t q = 0; q < 13; q++) {
			if (sym[q][1] == '\0' && toupper((unsigned char)f[k]) == sym[q][0])
				a = val[q];
			if (k + 1 < l && sym[q][1] == '\0' && toupper((unsigned char)f[k + 1]) == sym[q][0])
				b = val[q];
		}
		v += a < b ? -a : a;
	}
	char canon[16];
	size_t cl = 0;
	for (size_t q = 0; q < 13 && v > 0; q++)
		while (v >= val[q] && cl + 2 < sizeof canon) {
			for (const char *c = sym[q]; *c; c++)
				canon[cl++] = *c;
			v -= val[q];
		}
	if (cl != l)
		return false;
	for (size_t k = 0; k < l; k++)
		if (toupper((unsigned char)f[k]) != canon[k])
			return false;
	return true;
}

/* A word of a humanities note that is no field: "trad. it." (a
 * translation: "trad." and the language are two chunks), "cit." (cited
 * before), "a cura di" left after the names, "ivi". */
static bool note_word(const char *f)
{
	static const char *const w[] = {"trad", "trad.", "trad. it", "trad. it.", "trad. ingl",
	                                "trad. ingl.", "trad. franc", "trad. ted", "cit", "cit.",
	                                "op. cit", "op. cit.", "a cura di", "a c. di", "a cura",
	                                "ivi", "Ivi", "ibid", "ibid.", "Ibid", "Ibid.",
	                                /* the language after "trad." */
	                                "it", "it.", "ingl", "ingl.", "ted", "ted.", "franc",
	                                "franc.", "ital", "ital."};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (!strcmp(f, w[k]))
			return true;
	return false;
}

/* A leftover chunk that is no field the parser reports: an ISBN, an
 * edition ("2nd ed.", "3 edition", "third ed."), a page count ("272 pp"),
 * a count of volumes ("6 voll."). */
static bool debris_chunk(const char *f)
{
	size_t l = strlen(f);
	if (!strncmp(f, "ISBN", 4) || !strncmp(f, "ISSN", 4))
		return true;
	/* a day's date left over when the year came first ("(1993): Title,
	 * 13.01.1993, 72") */
	char iso[11];
	size_t de;
	if (cti_cite_is_dig(f[0]) && cti_cite_scan_date(f, l, 0, &de, iso) == 3 && de == l)
		return true;
	static const char *const ed[] = {" ed", " ed.", " edn", " edn.", " edition", " Edition",
	                                 " edizione", " ediz.", " éd.", " édition",
	                                 " Aufl", " Aufl.", " Auflage", " ed. rev", " pp", " pp.",
	                                 /* a count of volumes: "6 voll.", "2 vols.", "3 Bde." */
	                                 " voll", " voli", " vols", " Bde", " Bände", " tomi",
	                                 /* "Treviso 1898, 2 v." */
	                                 " v", " V"};
	for (size_t k = 0; k < sizeof ed / sizeof ed[0]; k++) {
		size_t el = strlen(ed[k]);
		if (l <= el || strcmp(f + l - el, ed[k]))
			continue;
		/* one word before it: "2nd", "3", "third", "2., erw." is left */
		size_t w = l - el;
		bool one = true;
		for (size_t i = 0; i < w; i++)
			if (f[i] == ' ')
				one = false;
		if (one && w <= 8)
			return true;
	}
	return false;
}

/* After "In ": names up to an editor marker ("…, eds.," "… (Eds.),"
 * "…, editors,"), with no digit, quote or sentence end before it; the end
 * of the marker, or 0. */
static size_t editors_before_marker(const char *s, size_t n, size_t k)
{
	static const char *const m[] = {" (Eds.)", " (eds.)", " (Ed.)", " (ed.)", ", eds.",
	                                ", Eds.", ", ed.,", ", editors", ", Editors", ", editor,",
	                                " (Hrsg.)", " (Hg.)", " (a cura di)", " (eds)", " (Eds)",
	                                ", Editors"};
	for (size_t i = k; i < n && i - k < 200; i++) {
		const char *cl;
		if (cti_cite_is_dig(s[i]) || cti_cite_is_bar(s[i]) || cti_cite_open_quote(s, n, i, &cl) || s[i] == ':')
			return 0;
		if (s[i] == '.' && cti_cite_sentence_end(s, n, i, k) && !cti_cite_starts_cs(s, n, i - 2, "al."))
			return 0;
		for (size_t q = 0; q < sizeof m / sizeof m[0]; q++)
			if (i > k + 3 && cti_cite_starts_cs(s, n, i, m[q]))
				return i + strlen(m[q]);
	}
	return 0;
}

/* Does a venue's name start at s[i]: "Journal of …", "Proceedings …",
 * "IEEE Transactions …", "Zeitschrift für …"? */
static bool venue_at(const char *s, size_t n, size_t i)
{
	static const char *const w[] = {"Journal", "J. ", "Proc. ", "Proceedings", "Transactions",
	                                "Trans. ", "IEEE ", "ACM ", "Annals", "Bulletin",
	                                "Quarterly", "Review of", "Zeitschrift", "Revue ",
	                                "Rivista ", "Archiv", "Advances in", "Lecture Notes",
	                                "Communications of", "Letters"};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (cti_cite_starts_cs(s, n, i, w[k]))
			return true;
	return false;
}

/* After the comma s[i] ending a subtitle: "in:" / "In:", "Place:
 * Publisher" or "Place YEAR" (one to three capitalised words, '/' and
 * "a.M." allowed)? */
/* The run of place-like words that starts at s[f] (a capital): letters,
 * '/', '.', '-' and spaces, at most 40 bytes; its end, with *words the
 * words in it. strict: every word after the first starts with a capital or
 * a digit, else (size_t)-1. */
static size_t place_run(const char *s, size_t n, size_t f, bool strict, int *words)
{
	size_t h = f;
	*words = 1;
	while (h < n && h - f < 40 && (cti_cite_is_letter_at(s, n, h) || s[h] == '/' || s[h] == ' ' ||
	                               s[h] == '.' || s[h] == '-' ||
	                               ((unsigned char)s[h] & 0xC0) == 0x80)) {
		if (s[h] == ' ') {
			(*words)++;
			if (strict && h + 1 < n && !cti_cite_is_dig(s[h + 1]) && !cti_cite_is_upper_at(s, n, h + 1))
				return (size_t)-1;
		}
		h++;
	}
	return h;
}

static bool pub_after_comma(const char *s, size_t n, size_t i)
{
	size_t f = i + 1;
	while (f < n && s[f] == ' ')
		f++;
	if (cti_cite_starts_cs(s, n, f, "in: ") || cti_cite_starts_cs(s, n, f, "In: ") ||
	    (cti_cite_starts_cs(s, n, f, "in ") && cti_cite_is_upper_at(s, n, f + 3)))
		return true;
	if (!cti_cite_is_upper_at(s, n, f))
		return false;
	int words;
	size_t h = place_run(s, n, f, false, &words);
	if (words > 4 || h == f)
		return false;
	char buf[64];
	if (h - f < sizeof buf) {
		memcpy(buf, s + f, h - f);
		buf[h - f] = '\0';
		if (!cti_cite_place_like(buf) && !(h < n && s[h] == ':'))
			return false;
	}
	size_t ye;
	if (h < n && s[h] == ':' && h + 2 < n && s[h + 1] == ' ' && cti_cite_is_upper_at(s, n, h + 2))
		return true; /* "Frankfurt a.M./London: IKO" */
	return h > f + 2 && s[h - 1] == ' ' && cti_cite_scan_year(s, n, h, &ye); /* "Berlin 1995" */
}

/* A title read to a sentence end in a period-separated reference may run
 * on over commas into what follows it ("Title, Journal of X, 21(6),
 * 1462-1477", "Title, Oxford University Press, Melbourne", "Title, 1997"):
 * its end at the first comma followed by a venue, a publisher, a place,
 * a number or a volume / page keyword; else tb. */
/* s[a, b): a publisher's name as notes give it before the place
 * ("Mazzotta", "Edizioni Kappa", "Centro Geografico"): one to three words,
 * each capitalised or a particle, no digits, no place. */
static bool publisher_name_chunk(const char *s, size_t n, size_t a, size_t b)
{
	if (b <= a || b - a > 40 || !cti_cite_is_upper_at(s, n, a))
		return false;
	int words = 1;
	for (size_t k = a; k < b; k++) {
		if (cti_cite_is_dig(s[k]) || strchr(".:;()[]\"", s[k]) || cti_cite_is_bar(s[k]))
			return false;
		if (s[k] == ' ' && k + 1 < b) {
			words++;
			size_t e = k + 1;
			while (e < b && s[e] != ' ')
				e++;
			if (!cti_cite_is_upper_at(s, n, k + 1) && !cti_cite_is_particle(s + k + 1, e - k - 1) &&
			    !(e - k - 1 == 1 && (s[k + 1] == 'e' || s[k + 1] == '&')))
				return false;
		}
	}
	char buf[48];
	if (words > 3 || b - a >= sizeof buf)
		return false;
	memcpy(buf, s + a, b - a);
	buf[b - a] = '\0';
	bool lower = false; /* not "III", "V e VI" */
	for (size_t k = 1; buf[k]; k++)
		lower = lower || islower((unsigned char)buf[k]);
	return lower && !cti_cite_place_like(buf) && !genre_like(buf) && !region_like(buf);
}

/* Is s[a, e) one to three capitalised words (no digit, no punctuation)
 * followed by ", City" (a known city) and then only the end, a full stop
 * or ", YEAR"? */
static bool publisher_before_city(const char *s, size_t n, size_t a, size_t e)
{
	int words = 0;
	for (size_t k = a; k < e; k++) {
		if (k == a || s[k - 1] == ' ') {
			if (!cti_cite_is_upper_at(s, n, k) || ++words > 3)
				return false;
		}
		if (cti_cite_is_dig(s[k]) || strchr(".:;()[]\"'", s[k]))
			return false;
	}
	if (!words || e + 2 >= n || s[e] != ',' || s[e + 1] != ' ')
		return false;
	size_t ca = e + 2, ce = ca;
	while (ce < n && s[ce] != ',' && s[ce] != '.' && ce - ca < 40)
		ce++;
	char city[48];
	if (ce == ca || ce - ca >= sizeof city)
		return false;
	memcpy(city, s + ca, ce - ca);
	city[ce - ca] = '\0';
	if (!cti_cite_place_is(city))
		return false;
	size_t z = ce;
	if (z < n && s[z] == ',') {
		z++;
		while (z < n && s[z] == ' ')
			z++;
		size_t ye;
		if (cti_cite_scan_year(s, n, z, &ye))
			z = ye;
	}
	while (z < n && (s[z] == '.' || s[z] == ' ' || s[z] == ','))
		z++;
	return z >= n;
}

/* "(Firenze 1967)", "(Freiburg im Breisgau 1909)" at s[i]: a parenthesis
 * holding only a place (one to three words, the first capitalised, the
 * place known) and a year. Its end after ')' or 0; *year its year. */
static size_t paren_imprint(const char *s, size_t n, size_t i, int *year)
{
	if (i >= n || s[i] != '(' || !cti_cite_is_upper_at(s, n, i + 1))
		return 0;
	size_t k = i + 1;
	int words = 1;
	while (k < n && !cti_cite_is_dig(s[k]) && s[k] != ')' && k - i < 40) {
		if (strchr(",;:.()[]\"", s[k]))
			return 0;
		if (s[k] == ' ')
			words++;
		k++;
	}
	size_t ye;
	int y;
	if (words < 2 || words > 4 || k >= n || s[k - 1] != ' ' || !(y = cti_cite_scan_year(s, n, k, &ye)) ||
	    ye - k != 4 || ye >= n || s[ye] != ')')
		return 0;
	char pl[48];
	if (k - 1 - (i + 1) >= sizeof pl)
		return 0;
	memcpy(pl, s + i + 1, k - 1 - (i + 1));
	pl[k - 1 - (i + 1)] = '\0';
	if (!cti_cite_place_is(pl) && !cti_cite_place_like(pl))
		return 0;
	if (year)
		*year = y;
	return ye + 1;
}

/* The first "(Place YEAR)" from s[from] ("Titel (Wien 1948).", "Studi 3
 * (Firenze 1967) 135 - 148"): the place and the date. */
static void take_paren_imprint(struct parse *p, size_t from)
{
	const char *s = p->s;
	size_t n = p->n;
	if (p->f.publisher_place)
		return;
	for (size_t i = from; i < n; i++) {
		int y;
		size_t e = s[i] == '(' ? paren_imprint(s, n, i, &y) : 0;
		if (!e)
			continue;
		size_t k = e - 6;
		while (k > i + 1 && s[k - 1] == ' ')
			k--;
		p->f.publisher_place = cti_cite_field(p, s, i + 1, k);
		if (!p->f.issued) {
			char iso[11];
			cti_cite_iso_write(iso, y, 0, 0);
			p->f.issued = cti_cite_arena_str(p->cs, iso);
			p->date_prec = 1;
		}
		cti_cite_consume(p, i, e);
		return;
	}
}

static size_t title_comma_tail(const char *s, size_t n, size_t ta, size_t tb)
{
	for (size_t c = ta + 1; c < tb; c++) {
		if (s[c] != ',' || c + 2 >= tb || s[c + 1] != ' ')
			continue;
		size_t a = c + 2;
		size_t e = a;
		while (e < tb && s[e] != ',')
			e++;
		/* "Relations sociales en Languedoc, 1715 - 1718": a span of years
		 * ending the title belongs to it */
		size_t y1e, y2e;
		if (cti_cite_scan_year(s, n, a, &y1e)) {
			size_t m = y1e;
			while (m < tb && (s[m] == ' ' || cti_cite_dash_len(s, n, m)))
				m += cti_cite_dash_len(s, n, m) ? cti_cite_dash_len(s, n, m) : 1;
			if (m > y1e && cti_cite_scan_year(s, n, m, &y2e) && y2e == tb)
				continue;
		}
		/* "tail of a title, «Quadrivium», XV, 1974": a quoted chunk
		 * after the comma is the journal */
		{
			const char *qc;
			size_t ql = cti_cite_open_quote(s, n, a, &qc);
			if (ql && (!strcmp(qc, "\xc2\xbb") || !strcmp(qc, "\xe2\x80\x9d"))) {
				size_t qe = cti_cite_find_close(s, n, a + ql, qc);
				size_t z = qe + strlen(qc);
				while (z < n && s[z] == ' ')
					z++;
				if (qe < n && z < n && (s[z] == ',' || s[z] == '.'))
					return c;
			}
		}
		/* "Title, XIV, 1947", "Title, xii (1941) 277-356": a volume in
		 * Roman numerals ends the title */
		{
			size_t w = a;
			while (w < tb && isalpha((unsigned char)s[w]))
				w++;
			char rb[8];
			if (w > a && w - a < sizeof rb && (w == tb || s[w] == ',' ||
			                                    cti_cite_starts_cs(s, n, w, " ("))) {
				memcpy(rb, s + a, w - a);
				rb[w - a] = '\0';
				if (roman_numeral(rb) && (w == tb || s[w] == ',' || cti_cite_is_dig(s[w + 2])))
					return c;
			}
		}
		/* "Title, Berichte des Instituts, Nr. 31/1994", "Title, Monatshefte
		 * 1955, S. 84": the chunk before a number keyword or a page is
		 * the journal */
		if (e < tb && cti_cite_is_upper_at(s, n, a) &&
		    (cti_cite_starts_cs(s, n, e, ", Nr. ") || cti_cite_starts_cs(s, n, e, ", Heft ") ||
		     cti_cite_starts_cs(s, n, e, ", H. ") || cti_cite_starts_cs(s, n, e, ", Jg. ") ||
		     cti_cite_starts_cs(s, n, e, ", Bd. ") || cti_cite_starts_cs(s, n, e, ", No. ") ||
		     (cti_cite_starts_cs(s, n, e, ", S. ") && e >= a + 5 && s[e - 5] == ' ' &&
		      cti_cite_scan_year(s, n, e - 4, &y1e) && y1e == e)))
			return c;
		/* ", Bonn: Deutsches Institut (…)": the place and publisher */
		if (cti_cite_is_upper_at(s, n, a) && pub_after_comma(s, n, c)) {
			size_t q = a;
			while (q < tb && s[q] != ':' && s[q] != ',')
				q++;
			char pb[48];
			if (q < tb && s[q] == ':' && q - a < sizeof pb) {
				memcpy(pb, s + a, q - a);
				pb[q - a] = '\0';
				if (cti_cite_place_like(pb))
					return c;
			}
		}
		/* ", Lübeck 2003.": one or two capitalised words and a year end
		 * the reference */
		if (cti_cite_is_upper_at(s, n, a)) {
			size_t h = a;
			int sp = 0;
			while (h < tb && (cti_cite_is_letter_at(s, n, h) || s[h] == '/' || s[h] == '-' ||
			                  s[h] == ' ' || ((unsigned char)s[h] & 0xC0) == 0x80)) {
				sp += s[h] == ' ';
				h++;
			}
			size_t ye2;
			if (sp >= 1 && sp <= 2 && h > a + 3 && s[h - 1] == ' ' && cti_cite_scan_year(s, n, h, &ye2) &&
			    ye2 - h == 4) {
				size_t z = ye2;
				while (z < n && (s[z] == '.' || s[z] == ' ' || cti_cite_is_bar(s[z])))
					z++;
				if (z >= n || s[z] == ',')
					return c;
			}
		}
		/* "Title, Payot, Parigi.", "Title, Centro Geografico, Venezia,
		 * 1988.": one to three capitalised words before a known city that
		 * ends the reference (but for its year) are the publisher */
		if (e < tb && cti_cite_is_upper_at(s, n, a) && publisher_before_city(s, n, a, e))
			return c;
		/* "voi. 6", "voi VII": "vol." as OCR reads it in old print */
		bool ocr_vol = (cti_cite_starts_cs(s, n, a, "voi") || cti_cite_starts_cs(s, n, a, "Voi")) &&
		               a + 4 < tb && (s[a + 3] == '.' || s[a + 3] == ' ') &&
		               (cti_cite_is_dig(s[a + 4 + (s[a + 4] == ' ')]) ||
		                strchr("IVX", s[a + 4 + (s[a + 4] == ' ')]));
		if (cti_cite_is_dig(s[a]) || venue_at(s, n, a) || cti_cite_starts_cs(s, n, a, "vol") ||
		    cti_cite_starts_cs(s, n, a, "Vol") || ocr_vol || cti_cite_starts_cs(s, n, a, "pp") ||
		    cti_cite_starts_cs(s, n, a, "p. ") || cti_cite_starts_cs(s, n, a, "no. ") ||
		    cti_cite_starts_cs(s, n, a, "No. ") || cti_cite_starts_cs(s, n, a, "pages"))
			return c;
		char buf[64];
		if (e - a < sizeof buf && cti_cite_is_upper_at(s, n, a)) {
			memcpy(buf, s + a, e - a);
			buf[e - a] = '\0';
			if (cti_cite_publisher_like(buf) || cti_cite_place_like(buf))
				return c;
		}
	}
	return tb;
}

/* A sentence about the edition, not a subtitle: "Edited by …",
 * "Translated by …", "Reprint, illustrated.", "2nd ed.", "Hrsg. von …". */
static bool book_note_at(const char *s, size_t n, size_t i)
{
	static const char *const w[] = {"Edited", "Ed. ", "Eds. ", "Translated", "Trans. ",
	                                "Transl", "Reprint", "Revised", "Editio", "Hrsg", "Hg. ",
	                                "Herausgegeben", "Übers", "A cura", "Introduction",
	                                "Foreword", "Second ed", "Third ed", "New ed", "Vol. ",
	                                "Volume ", "Bd. ", "Band ", "Reissued", "Repr"};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (cti_cite_starts_cs(s, n, i, w[k]))
			return true;
	return false;
}

/* After the period s[i] in a comma-separated note ("Author, Title.
 * Subtitle, Place 2004"): does a subtitle follow, that is a capitalised
 * run to the next comma with no digit, colon, quote or bracket, that is
 * no venue, publisher, place or "In"? */
static bool subtitle_at(const char *s, size_t n, size_t i)
{
	size_t a = i + 1;
	if (a >= n || s[a] != ' ')
		return false;
	a++;
	if (!cti_cite_is_upper_at(s, n, a) || cti_cite_starts_cs(s, n, a, "In ") || cti_cite_starts_cs(s, n, a, "In:") ||
	    venue_at(s, n, a) || page_kw_at(s, n, a) || book_note_at(s, n, a))
		return false;
	size_t e = a;
	const char *cl;
	while (e < n && s[e] != ',' && !cti_cite_is_bar(s[e])) {
		if (cti_cite_is_dig(s[e]) || s[e] == ':' || s[e] == '(' || s[e] == '[' || s[e] == ';' ||
		    cti_cite_open_quote(s, n, e, &cl) || (s[e] == '.' && cti_cite_sentence_end(s, n, e, a)))
			return false;
		e++;
	}
	if (e >= n || s[e] != ',' || e - a > 160)
		return false;
	/* "Title. Curr Biol, 1996. 6(12)", "Title. Journal, v. 125": a journal */
	size_t f = e + 1;
	while (f < n && s[f] == ' ')
		f++;
	if (f < n && (cti_cite_is_dig(s[f]) || cti_cite_starts_cs(s, n, f, "v.") || cti_cite_starts_cs(s, n, f, "vol") ||
	              cti_cite_starts_cs(s, n, f, "Vol") || page_kw_at(s, n, f)))
		return false;
	char buf[64];
	if (e - a < sizeof buf) {
		memcpy(buf, s + a, e - a);
		buf[e - a] = '\0';
		if (cti_cite_publisher_like(buf) || cti_cite_place_like(buf) || cti_cite_editor_marker(buf, e - a, 0))
			return false;
	}
	return true;
}

/* After the period s[i] of a period-separated reference ("Title.
 * Subtitle. Wiesbaden: Gabler.", "Title. Subtitle. In X (Hrsg.), …",
 * "Container. Subtitle (S. 17-31). Weinheim: Beltz"): does a subtitle
 * follow, that is one capitalised sentence with no digit or colon that is
 * no venue, publisher or place, followed by "Place: Publisher", "In" or a
 * page range in parentheses? */
static bool subtitle_before_pub(const char *s, size_t n, size_t i)
{
	size_t a = i + 1;
	if (a >= n || s[a] != ' ' || (i > 0 && s[i - 1] == ')'))
		return false;
	a++;
	if (!cti_cite_is_upper_at(s, n, a) || cti_cite_starts_cs(s, n, a, "In ") || cti_cite_starts_cs(s, n, a, "In:") ||
	    venue_at(s, n, a) || page_kw_at(s, n, a) || book_note_at(s, n, a))
		return false;
	size_t e = a;
	bool dig = false, odd = false, quote = false;
	const char *cl;
	while (e < n && !cti_cite_is_bar(s[e]) && !(s[e] == '.' && cti_cite_sentence_end(s, n, e, a)) &&
	       !cti_cite_starts_cs(s, n, e, " (S. ") && !cti_cite_starts_cs(s, n, e, " (pp. ") &&
	       !cti_cite_starts_cs(s, n, e, " (p. ")) {
		/* "Zu den Gelöbnissen und zum Papstbesuch 1980. In: …": a
		 * number in a subtitle only before "In" */
		if (cti_cite_is_dig(s[e]))
			dig = true;
		/* a colon, bracket or quotation in a subtitle only before "In":
		 * "Überlegungen zu Genneps „Les Rites de Passage“. In: …" */
		if (s[e] == ':' || s[e] == ';' || s[e] == '(' || s[e] == '[')
			odd = true;
		if (cti_cite_open_quote(s, n, e, &cl))
			quote = true;
		/* "Title. Subtitle, in: …", "Title. Subtitle, Frankfurt: IKO",
		 * "Title. Bericht der Kommission „Zuwanderung“, Berlin: BMI" */
		if (s[e] == ',' && !dig && !odd && e > a + 2 && pub_after_comma(s, n, e)) {
			/* a subtitle of three words or more, not "Champaign, IL: …" */
			int w = 1;
			for (size_t k = a; k < e; k++)
				w += s[k] == ' ';
			char sb[64];
			bool placey = false;
			if (e - a < sizeof sb) {
				memcpy(sb, s + a, e - a);
				sb[e - a] = '\0';
				placey = cti_cite_place_like(sb) || city_like(sb);
			}
			if (w >= 3 && !placey)
				return true;
		}
		e++;
	}
	if (e >= n || cti_cite_is_bar(s[e]) || e - a > 200)
		return false;
	size_t f = e + 1;
	while (f < n && s[f] == ' ')
		f++;
	/* before "In" no publisher or place stands: "Langzeitarbeitslose
	 * und ihre Familien. In: …" is a subtitle, whatever its words */
	if (s[e] != ' ' && (cti_cite_starts_cs(s, n, f, "In ") || cti_cite_starts_cs(s, n, f, "In:") ||
	                    cti_cite_starts_cs(s, n, f, "in:")))
		return true;
	char buf[64];
	if (e - a < sizeof buf) {
		memcpy(buf, s + a, e - a);
		buf[e - a] = '\0';
		if (cti_cite_publisher_like(buf) || cti_cite_place_like(buf) || region_like(buf))
			return false;
	}
	if (s[e] == ' ')
		return !dig && !odd && !quote; /* "(S. 17-31)" follows */
	if (dig || odd || quote)
		return false;
	/* "Place 1998." */
	size_t h = f;
	while (h < n && h - f < 30 && (cti_cite_is_letter_at(s, n, h) || s[h] == '/' || s[h] == ' ' ||
	                               ((unsigned char)s[h] & 0xC0) == 0x80))
		h++;
	size_t ye;
	if (h > f + 2 && s[h - 1] == ' ' && cti_cite_is_upper_at(s, n, f) && cti_cite_scan_year(s, n, h, &ye)) {
		/* "1995a", "1978 (erstmals 1967)" */
		if (ye < n && islower((unsigned char)s[ye]) && (ye + 1 >= n || !isalpha((unsigned char)s[ye + 1])))
			ye++;
		while (ye < n && s[ye] == ' ')
			ye++;
		if (ye >= n || s[ye] == '.' || s[ye] == ',' || s[ye] == '(' || cti_cite_is_bar(s[ye]))
			return true;
	}
	/* "Place: Publisher" */
	size_t g = f;
	if (!cti_cite_is_upper_at(s, n, g))
		return false;
	while (g < n && g - f < 40 && s[g] != ':' && !cti_cite_is_dig(s[g]) && s[g] != '.' && !cti_cite_is_bar(s[g]))
		g++;
	return g < n && s[g] == ':' && g + 2 < n && s[g + 1] == ' ' && cti_cite_is_upper_at(s, n, g + 2);
}

/* At the comma s[i] of a notes-style title: is what follows a lower-case
 * word that goes on with the title ("Stato, architettura, territorio",
 * "Lettere, documenti e memorie")? Not an abbreviation ("vol.", "ed."),
 * nor a word that opens the next part ("in", "a cura di", "edited by",
 * "tomo", "pp", "cit", …). */
/* "Le leggi del territorio, 1471 - 1789, Signum, 1984", "Fiscalità e
 * amministrazione (1515 - 1530), Milano 1986": at the comma or the
 * parenthesis s[i], the years a title covers, "YYYY - YYYY" or "YYYY - YY"
 * ("ca." before them), then a comma, a colon or the closing parenthesis,
 * with the publication year, a later one, after them. */
static bool title_year_range(const char *s, size_t n, size_t i)
{
	if (s[i] != ',' && s[i] != '(')
		return false;
	size_t a = i + 1;
	while (a < n && s[a] == ' ')
		a++;
	if (s[i] == '(' && cti_cite_starts_cs(s, n, a, "ca. "))
		a += 4;
	size_t e, m;
	int y = cti_cite_scan_year(s, n, a, &e);
	if (!y || e - a != 4 || !(m = spaced_year_range(s, n, a, e)))
		return false;
	int y2 = m - (e + 1) > 4 ? atoi(s + m - 4) : y / 100 * 100 + atoi(s + m - 2);
	if (m >= n || (s[i] == '(' ? s[m] != ')' : s[m] != ',' && s[m] != ':'))
		return false;
	for (size_t k = m + 1; k < n; k++) {
		size_t ye;
		int y3;
		if (!cti_cite_is_dig(s[k - 1]) && (y3 = cti_cite_scan_year(s, n, k, &ye)) && ye - k == 4 &&
		    y3 > y2 && (ye >= n || !cti_cite_is_dig(s[ye])))
			return true;
	}
	return false;
}

static bool title_goes_on(const char *s, size_t n, size_t i)
{
	static const char *const w[] = {
		"in", "ivi", "ibid", "ibidem", "cit", "vol", "voll", "voli", "voi", "vols", "pp",
		"pag", "pagg", "tav", "tavv", "fig", "figg", "fasc", "anno", "ed", "eds", "trad",
		"tomo", "parte", "serie", "rist", "ristampa", "estratto", "cfr", "vedi", "edited",
		"translated", "trans", "transl", "hg", "hrsg", "herausgegeben", "übers",
		"übersetzt", "with", "by", "unpublished", "ms", "diss", "col", "coll", "nr", "no",
		"num", "ser", "sec", "and", "und", "et", "e", "ed", "a", "di", "hrsg", "ders",
		"dies", "ebd", "ebenda", "zit", "vgl", "see", "cf", "introd", "introduzione",
		"prefazione", "postfazione", "nota", "note", "mimeo", "dattiloscritto", "tesi",
		"working", "exhibition", "doctoral", "technical"};
	size_t a = i + 1;
	if (a >= n || s[a] != ' ')
		return false;
	a++;
	if (!cti_cite_is_lower_at(s, n, a))
		return false;
	size_t e = a;
	size_t l;
	while (e < n && cti_cite_letter_case(s, n, e, &l) != 0)
		e += l;
	if (e - a < 3 || (e < n && s[e] != ' ' && s[e] != ','))
		return false;
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == e - a && !memcmp(s + a, w[k], e - a))
			return false;
	return true;
}

/* At the comma s[i] of a notes-style title: does ", in:" / ", in " come
 * later, with only words between (no digit, bracket, quote, colon or
 * sentence end)? "Author 1990, Equity, Deprivation, and Consensus, in:
 * Journal 3": the title runs on to it. */
static bool in_follows(const char *s, size_t n, size_t i)
{
	const char *cl;
	for (size_t j = i + 1; j < n && j - i < 200; j++) {
		if (cti_cite_starts_cs(s, n, j, ", in: ") || cti_cite_starts_cs(s, n, j, ", In: ") ||
		    (cti_cite_starts_cs(s, n, j, ", in ") && cti_cite_is_upper_at(s, n, j + 5)))
			return true;
		if (cti_cite_is_dig(s[j]) || s[j] == '(' || s[j] == '[' || s[j] == ':' || s[j] == ';' ||
		    cti_cite_is_bar(s[j]) || cti_cite_open_quote(s, n, j, &cl) || (s[j] == '.' && cti_cite_sentence_end(s, n, j, i)))
			return false;
	}
	return false;
}

/* A volume keyword and its number at s[i]: "Band 43", "Bd. 3", "Jg. 12",
 * "Heft 2", "Nr. 7", "Vol. 4", "vol. 4". */
static bool volume_kw_at(const char *s, size_t n, size_t i)
{
	static const char *const kw[] = {"Band ", "Bd. ", "Bd ", "Jg. ", "Jahrgang ", "Heft ",
	                                 "Nr. ", "No. ", "Vol. ", "vol. ", "Teil "};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
		if (cti_cite_starts_cs(s, n, i, kw[k]) && i + strlen(kw[k]) < n &&
		    (cti_cite_is_dig(s[i + strlen(kw[k])]) || s[i + strlen(kw[k])] == 'I' ||
		     s[i + strlen(kw[k])] == 'V' || s[i + strlen(kw[k])] == 'X'))
			return true;
	return false;
}

/* A parenthesis about the edition at s[i]: "(2. Aufl.)", "(2nd ed.)",
 * "(Rev. ed.)": its end after ')', or 0. */
static size_t edition_paren(const char *s, size_t n, size_t i)
{
	if (i >= n || s[i] != '(')
		return 0;
	size_t c = i + 1;
	while (c < n && s[c] != ')' && s[c] != '(' && c - i < 30)
		c++;
	if (c >= n || s[c] != ')')
		return 0;
	if (span_has(s, i, c, "Aufl") || span_has(s, i, c, "Au\xef\xac\x82") ||
	    span_has(s, i, c, " ed.") || span_has(s, i, c, "(ed.") || span_has(s, i, c, "edition") ||
	    span_has(s, i, c, "Ed.)"))
		return c + 1;
	return 0;
}

/* In a period-separated chapter after its editors ("In R. Becker (Hrsg.),
 * Handbuch X. Theorie, Methoden, Empirie (2. Aufl.) (S. 505–511).
 * Wiesbaden: …"): the book's name runs to the page range in parentheses,
 * over commas, subtitles and notes in brackets, when nothing but those and
 * an edition stand between. The end of the name (before its edition), or
 * 0. */
static size_t book_before_pages(const char *s, size_t n, size_t a)
{
	const char *cl;
	size_t end = 0;
	for (size_t j = a; j < n && j - a < 400; j++) {
		if (cti_cite_is_bar(s[j]) || s[j] == ':' || s[j] == ';' || cti_cite_open_quote(s, n, j, &cl))
			return 0;
		if (s[j] == '[') {
			size_t c = j + 1;
			while (c < n && s[c] != ']' && s[c] != '[' && !cti_cite_is_bar(s[c]) && c - j < 300)
				c++;
			if (c >= n || s[c] != ']')
				return 0;
			j = c;
			end = 0;
			continue;
		}
		if (s[j] == ' ' && j + 1 < n && s[j + 1] == '(') {
			if (cti_cite_starts_cs(s, n, j, " (S. ") || cti_cite_starts_cs(s, n, j, " (pp. ") ||
			    cti_cite_starts_cs(s, n, j, " (p. ") || cti_cite_starts_cs(s, n, j, " (Bd. ") ||
			    cti_cite_starts_cs(s, n, j, " (Vol. ") || cti_cite_starts_cs(s, n, j, " (vol. "))
				return j > a + 2 ? (end ? end : j) : 0;
			size_t ee = edition_paren(s, n, j + 1);
			if (!ee)
				return 0;
			if (!end)
				end = j;
			j = ee - 1;
			continue;
		}
		if (end)
			return 0; /* words after an edition */
		if (cti_cite_is_dig(s[j]) || s[j] == '(')
			return 0;
		if (s[j] == '.' && cti_cite_sentence_end(s, n, j, a) &&
		    !(j + 2 < n && s[j + 1] == ' ' && cti_cite_is_upper_at(s, n, j + 2)))
			return 0;
	}
	return 0;
}

/* After the comma s[i]: "Kiel 2005", "Frankfurt/M.-New York 1991" (one
 * to three capitalised words, '/', '-' and '.' allowed, then a year that
 * ends the reference or is followed by a comma or a period)? */
static bool place_year_after(const char *s, size_t n, size_t i)
{
	size_t f = i + 1;
	while (f < n && s[f] == ' ')
		f++;
	if (!cti_cite_is_upper_at(s, n, f))
		return false;
	int words;
	size_t h = place_run(s, n, f, true, &words);
	if (h == (size_t)-1)
		return false;
	size_t ye;
	if (words > 4 || h < f + 3 || s[h - 1] != ' ' || !cti_cite_scan_year(s, n, h, &ye))
		return false;
	return ye >= n || s[ye] == ',' || s[ye] == '.' || cti_cite_is_bar(s[ye]);
}

/* At the comma s[i] inside a notes-style container ("in: X (Hrsg.),
 * Arbeitsmarkt, Wohlfahrtsstaat und Familie, Berlin 2005", "in: Alltag in
 * Deutschland, Forum der Bundesstatistik, Band 43, Wiesbaden: …"): does the
 * name go on over it? Yes when one to four capitalised runs of words (no
 * digit, bracket, quote, colon, semicolon or sentence end; no publisher or
 * place) lead to a comma followed by the publication facts ("Place YEAR",
 * "Place: Publisher"), a volume keyword or a page keyword. */
static bool container_runs_on(const char *s, size_t n, size_t i)
{
	const char *cl;
	size_t j = i;
	bool last_city = false;
	for (int seg = 0; seg < 4; seg++) {
		if (pub_after_comma(s, n, j) || place_year_after(s, n, j))
			return seg > 0;
		size_t a = j + 1;
		while (a < n && s[a] == ' ')
			a++;
		if (seg == 0 && !cti_cite_is_upper_at(s, n, a))
			return false;
		if (volume_kw_at(s, n, a) || page_kw_at(s, n, a))
			return seg > 0 && !last_city; /* not "…, São Paulo, p. 41" */
		if (cti_cite_starts_cs(s, n, a, "in ") || cti_cite_starts_cs(s, n, a, "in:") || cti_cite_starts_cs(s, n, a, "In"))
			return false;
		size_t e = a;
		while (e < n && s[e] != ',' && e - i < 240) {
			if (cti_cite_is_dig(s[e]) || cti_cite_is_bar(s[e]) || s[e] == '(' || s[e] == '[' || s[e] == ':' ||
			    s[e] == ';' || cti_cite_open_quote(s, n, e, &cl) ||
			    (s[e] == '.' && cti_cite_sentence_end(s, n, e, a)))
				return false;
			e++;
		}
		if (e >= n || s[e] != ',' || e == a)
			return false;
		char buf[96];
		if (e - a < sizeof buf) {
			memcpy(buf, s + a, e - a);
			buf[e - a] = '\0';
			if (cti_cite_publisher_like(buf) || cti_cite_place_like(buf) || genre_like(buf))
				return false;
			last_city = city_like(buf);
		}
		/* "EDUC/UNESP": no lower-case letter, a publisher's acronyms */
		bool lower = false;
		for (size_t k = a; k < e && !lower; k++)
			lower = islower((unsigned char)s[k]);
		if (!lower)
			return false;
		j = e;
	}
	return false;
}

/* The whole rest at s[i] is "Journal VOL, PAGE (YEAR)." ("J. Phys. A:
 * Math. Gen. 23, 761 (1990).", "Phys. Lett. B93, 429 (1980)"): the
 * physics style with no article title. Reads it and returns true. */
static bool journal_volume_page(struct parse *p, size_t i)
{
	char *s = p->s;
	size_t n = p->n;
	size_t d = i, words = 1;
	const char *cl;
	while (d < n && !cti_cite_is_dig(s[d])) {
		if (s[d] == ',' || s[d] == ';' || cti_cite_is_bar(s[d]) || s[d] == '(' || cti_cite_open_quote(s, n, d, &cl))
			return false;
		if (s[d] == ' ')
			words++;
		d++;
	}
	if (d >= n || d < i + 2 || d - i > 70 || words > 7 || !cti_cite_is_upper_at(s, n, i))
		return false;
	/* "B93": a series letter glued to the volume */
	size_t va = d;
	if (d > i && isupper((unsigned char)s[d - 1]) && (d - 1 == i || s[d - 2] == ' ' || s[d - 2] == '.'))
		va = d - 1;
	size_t ve = d, ye0;
	while (ve < n && cti_cite_is_dig(s[ve]))
		ve++;
	if (ve - d > 4 || (ve - d == 4 && cti_cite_scan_year(s, n, d, &ye0)))
		return false; /* "Nano Lett. 2010, 10, 1979": a year first */
	size_t k = ve;
	if (k < n && (s[k] == ',' || s[k] == ':'))
		k++;
	else
		return false;
	while (k < n && s[k] == ' ')
		k++;
	size_t pa = k;
	if (pa < n && isupper((unsigned char)s[pa]) && pa + 1 < n && cti_cite_is_dig(s[pa + 1]))
		k++;
	size_t pe = cti_cite_page_range(s, n, k, false);
	if (pe == k)
		return false;
	size_t m = pe;
	while (m < n && s[m] == ' ')
		m++;
	char iso[11];
	bool year = false;
	int y = 0;
	if (m < n && (s[m] == '(' || s[m] == ',')) {
		size_t q = m + 1, ye;
		while (q < n && s[q] == ' ')
			q++;
		y = cti_cite_scan_year(s, n, q, &ye);
		if (!y)
			return false;
		q = ye;
		while (q < n && s[q] == ' ')
			q++;
		if (s[m] == '(') {
			if (q >= n || s[q] != ')')
				return false;
			q++;
		}
		m = q;
		year = true;
	}
	while (m < n && (s[m] == '.' || s[m] == ' '))
		m++;
	if (m < n)
		return false;
	size_t je = va;
	while (je > i && (s[je - 1] == ' ' || s[je - 1] == ','))
		je--;
	p->f.container_title = cti_cite_field(p, s, i, je);
	p->f.volume = cti_cite_arena_strn(p->cs, s + (va < d ? d : va), ve - d);
	cti_cite_put_page(p, pa, pe);
	if (year && !p->f.issued) {
		cti_cite_iso_write(iso, y, 0, 0);
		p->f.issued = cti_cite_arena_str(p->cs, iso);
		p->date_prec = 1;
	}
	cti_cite_consume(p, i, n);
	return p->f.container_title != NULL;
}

/* Is everything after s[i] consumed (the year) but for punctuation? */
static bool year_ends(const char *s, size_t n, size_t i)
{
	bool bar = false;
	for (; i < n; i++) {
		if (cti_cite_is_bar(s[i]))
			bar = true;
		else if (s[i] != ' ' && s[i] != '.' && s[i] != ',')
			return false;
	}
	return bar;
}

/* Is the comma at s[i] inside a name's serial list ("Automata,
 * Languages, and Programming", "Systems, Man, and Cybernetics")? The words
 * after it, up to a second comma, are capitalised, and "and" / "&" follows
 * that comma (or this one). */
static bool serial_comma(const char *s, size_t n, size_t i)
{
	size_t j = i + 1;
	while (j < n && s[j] == ' ')
		j++;
	if (cti_cite_starts_cs(s, n, j, "and ") || cti_cite_starts_cs(s, n, j, "& "))
		return j + 4 < n && cti_cite_is_upper_at(s, n, j + (s[j] == '&' ? 2 : 4));
	if (!cti_cite_is_upper_at(s, n, j))
		return false;
	for (size_t k = j; k < n && k - j < 40; k++) {
		if (cti_cite_is_bar(s[k]) || cti_cite_is_dig(s[k]) || s[k] == '.' || s[k] == '(' || s[k] == ';')
			return false;
		if (s[k] == ' ' && k + 1 < n && cti_cite_is_lower_at(s, n, k + 1) &&
		    !cti_cite_starts_cs(s, n, k + 1, "of ") && !cti_cite_starts_cs(s, n, k + 1, "and ") &&
		    !cti_cite_starts_cs(s, n, k + 1, "in ") && !cti_cite_starts_cs(s, n, k + 1, "on ") &&
		    !cti_cite_starts_cs(s, n, k + 1, "the ") && !cti_cite_starts_cs(s, n, k + 1, "for "))
			return false;
		if (s[k] == ',') {
			size_t m = k + 1;
			while (m < n && s[m] == ' ')
				m++;
			return (cti_cite_starts_cs(s, n, m, "and ") && cti_cite_is_upper_at(s, n, m + 4)) ||
			       (cti_cite_starts_cs(s, n, m, "& ") && cti_cite_is_upper_at(s, n, m + 2));
		}
	}
	return false;
}

/* An acronym in parentheses at s[i] ("(IJCAI)", "(IJCNN89)", "(CHI-91)"):
 * the end after ')', or 0. */
static size_t acronym_paren(const char *s, size_t n, size_t i)
{
	size_t j = i + 1, up = 0;
	for (; j < n && j - i < 16 && s[j] != ')'; j++) {
		if (isupper((unsigned char)s[j]))
			up++;
		else if (!cti_cite_is_dig(s[j]) && s[j] != '-' && s[j] != '\'' && !islower((unsigned char)s[j]))
			return 0;
	}
	if (j >= n || s[j] != ')')
		return 0;
	/* a place: "Osteuropa (Aachen), Nr. 8/1997" */
	if (up == 1 && isupper((unsigned char)s[i + 1]) && j - i - 1 >= 3 && j + 1 < n &&
	    s[j + 1] == ',')
		return j + 1;
	if (up < 2 || up * 2 < j - i - 1)
		return 0;
	return j + 1;
}

/* At s[i] (a word start after a space, past a): an issue or volume
 * keyword with its number ("Heft 7", "Nr. 12", "núm. 74", "H. 3"), which
 * ends a journal's name ("In: Psyche. Heft 7", "in: BOE núm. 74"). */
static bool issue_kw_at(const char *s, size_t n, size_t i, size_t a)
{
	if (i <= a + 1 || s[i - 1] != ' ')
		return false;
	static const char *const kw[] = {"Heft ", "H. ", "Nr. ", "No. ", "no. ", "núm. ", "Núm. ",
	                                 "nº ", "Jg. ", "Bd. "};
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
		size_t l = strlen(kw[k]);
		if (cti_cite_starts_cs(s, n, i, kw[k]) && i + l < n && cti_cite_is_dig(s[i + l]))
			return true;
	}
	return false;
}

/* At the period s[i] in a journal's name after "In:": does a subtitle
 * follow that runs to an issue keyword ("In: Reformatio. Zeitschrift für
 * Kultur, Politik und Kirche. Heft 1 (1991)")? */
static bool subtitle_before_issue(const char *s, size_t n, size_t i)
{
	size_t a = i + 1;
	if (a >= n || s[a] != ' ' || !cti_cite_is_upper_at(s, n, a + 1) || issue_kw_at(s, n, a + 1, 0))
		return false;
	for (size_t e = a + 1; e < n && e - a < 120; e++) {
		if (cti_cite_is_dig(s[e]) || s[e] == ':' || s[e] == ';' || s[e] == '(' || cti_cite_is_bar(s[e]))
			return false;
		if (s[e] == '.' && cti_cite_sentence_end(s, n, e, a + 1))
			return e + 2 < n && issue_kw_at(s, n, e + 2, 0);
	}
	return false;
}

/* s[a, e) ends in a span of years ("1855 - 57", "1839-1863"): the end of
 * its first year; else e. */
static size_t year_span_end(const char *s, size_t a, size_t e)
{
	size_t d = e;
	while (d > a && cti_cite_is_dig(s[d - 1]))
		d--;
	if (e - d < 2 || e - d > 4)
		return e;
	size_t k = d;
	if (k > a && s[k - 1] == ' ')
		k--;
	if (k == a || s[k - 1] != '-')
		return e;
	k--;
	if (k > a && s[k - 1] == ' ')
		k--;
	size_t ye;
	if (k < a + 4 || !cti_cite_scan_year(s, k, k - 4, &ye) || ye != k)
		return e;
	return k;
}

/* "London: Faber and Faber, 1994.", "Princeton, N. J.: Princeton
 * University Press.", "Brescia, Grafo, 1981.": a reference that is only
 * "City: Publisher[, YEAR]" or "City, Publisher, YEAR". */
static bool place_publisher_only(struct parse *p)
{
	const char *s = p->s;
	size_t n = p->n, c = 0;
	while (c < n && c < 40 && s[c] != ':' && !cti_cite_is_dig(s[c]) && !cti_cite_is_bar(s[c]))
		c++;
	/* "Brescia, Grafo, 1981.": a comma after the city when a year ends it */
	bool comma = false;
	if (c >= n || s[c] != ':') {
		c = 0;
		while (c < n && c < 40 && s[c] != ',' && !cti_cite_is_dig(s[c]) && !cti_cite_is_bar(s[c]))
			c++;
		comma = c < n && s[c] == ',';
	}
	if (c == 0 || c >= n || (s[c] != ':' && !comma) || c + 2 >= n || s[c + 1] != ' ' ||
	    !cti_cite_is_upper_at(s, n, c + 2))
		return false;
	size_t e = n;
	while (e > c && (s[e - 1] == ' ' || s[e - 1] == '.'))
		e--;
	e = year_span_end(s, c, e);
	size_t ye, pe = e;
	int y = 0;
	if (e >= c + 8 && (y = cti_cite_scan_year(s, e, e - 4, &ye)) != 0 && ye == e && s[e - 5] == ' ' &&
	    s[e - 6] == ',')
		pe = e - 6;
	else
		y = 0;
	if (comma && !y)
		return false;
	for (size_t k = c + 2; k < pe; k++)
		if (cti_cite_is_dig(s[k]) || strchr(":;()[]\"", s[k]) || cti_cite_is_bar(s[k]) ||
		    (comma && s[k] == ','))
			return false;
	const char *pl = cti_cite_field(p, s, 0, c);
	const char *pu = cti_cite_field(p, s, c + 2, pe);
	/* "Haven: Yale University Press, 1980.": after a colon, a publisher's
	 * name and a year make the capitalised words before it a place the
	 * list does not know (or the end of one cut over lines) */
	bool known = pl && (comma ? cti_cite_place_is(pl) : cti_cite_place_like(pl));
	if (!known && pl && pu && !comma && y && cti_cite_publisher_like(pu) &&
	    cti_cite_is_upper_at(s, n, 0)) {
		int words = 1;
		for (size_t k = 0; k < c; k++)
			if (s[k] == ' ')
				words++;
			else if (strchr(".,;()[]\"", s[k]))
				words = 9;
		known = words <= 3;
	}
	if (!pl || !pu || !known)
		return false;
	p->f.publisher_place = pl;
	p->f.publisher = pu;
	if (y) {
		char iso[11];
		cti_cite_iso_write(iso, y, 0, 0);
		p->f.issued = cti_cite_arena_str(p->cs, iso);
		p->date_prec = 1;
	}
	cti_cite_consume(p, 0, n);
	return true;
}

/* A reference that is only its imprint ("Venezia 1855.", "University
 * Press, 1963"): the tail of a reference cut over lines or pages. A known
 * city is the place, a publisher's name the publisher; other names stay an
 * author-year short form ("Wendt 1989"). */
static bool imprint_only(struct parse *p)
{
	const char *s = p->s;
	size_t n = p->n, e = n;
	if (place_publisher_only(p))
		return true;
	/* no year: a known city alone ("Torino."), or a name and a known city
	 * ("Sansoni, Firenze.") */
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.'))
		e--;
	size_t cm = e;
	while (cm > 0 && s[cm - 1] != ',')
		cm--;
	const char *city = e > cm ? cti_cite_field(p, s, cm, e) : NULL;
	if (city && cti_cite_place_is(city) && cm < 40 && cti_cite_is_upper_at(s, n, 0)) {
		bool ok = true;
		for (size_t k = 0; k + 1 < cm && ok; k++)
			if (cti_cite_is_dig(s[k]) || cti_cite_is_bar(s[k]) || strchr(",.:;()[]\"", s[k]))
				ok = false;
		const char *pub = cm ? cti_cite_field(p, s, 0, cm - 1) : NULL;
		if (ok && (!cm || pub)) {
			p->f.publisher_place = city;
			p->f.publisher = pub;
			cti_cite_consume(p, 0, n);
			return true;
		}
	}
	e = n;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == '-' || s[e - 1] == ','))
		e--;
	e = year_span_end(s, 0, e);
	size_t ye;
	if (e < 6 || !cti_cite_scan_year(s, e, e - 4, &ye) || ye != e || s[e - 5] != ' ')
		return false;
	size_t xe = e - 5;
	if (xe > 0 && s[xe - 1] == ',')
		xe--;
	if (xe == 0 || xe > 40)
		return false;
	for (size_t k = 0; k < xe; k++)
		if (cti_cite_is_dig(s[k]) || cti_cite_is_bar(s[k]) || strchr(",.:;()[]\"", s[k]))
			return false;
	const char *x = cti_cite_field(p, s, 0, xe);
	/* lower case at the start: the end of a publisher's name cut over
	 * lines ("sity Press, 1956."), or one word cut from its start: a
	 * place before the year ("nezia 1964."), a publisher after a comma
	 * ("zanti, 1944.", as in "Venezia, Zanetti, 1931") */
	bool cut_word = !cti_cite_is_upper_at(s, n, 0) && xe >= 2;
	for (size_t k = 0; cut_word && k < xe; k++)
		if (!isalpha((unsigned char)s[k]) && (unsigned char)s[k] < 0x80)
			cut_word = false;
	if (!x || (!cti_cite_is_upper_at(s, n, 0) && !cti_cite_publisher_like(x) && !cut_word))
		return false;
	if (cut_word && s[xe] != ',')
		p->f.publisher_place = x;
	else if (!cti_cite_is_upper_at(s, n, 0))
		p->f.publisher = x;
	else if (cti_cite_place_like(x))
		p->f.publisher_place = x;
	else if (cti_cite_publisher_like(x))
		p->f.publisher = x;
	else
		return false;
	char iso[11];
	cti_cite_iso_write(iso, atoi(s + e - 4), 0, 0);
	p->f.issued = cti_cite_arena_str(p->cs, iso);
	p->date_prec = 1;
	cti_cite_consume(p, 0, n);
	return true;
}

/* "a cura di X" / "a c. di X" / "edited by X" after the title and the
 * container, where the steps before did not look: the editors. */
static void take_late_editors(struct parse *p, size_t from)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"a cura di ", "a c. di ", "edited by "};
	for (size_t i = from; i < n; i++) {
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '[')
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			if (!cti_cite_starts_cs(s, n, i, kw[k]))
				continue;
			ct_cite_name tmp[MAX_NAMES];
			size_t nt = 0;
			bool et = false;
			char ep;
			size_t ns = i + strlen(kw[k]);
			size_t ne = cti_cite_read_names(p, s, n, ns, tmp, &nt, &et, &ep);
			if (ne > ns && nt) {
				for (size_t z = 0; z < nt; z++)
					cti_cite_add_name(p, p->eds, &p->n_eds, tmp[z].family, tmp[z].given,
					                  tmp[z].literal);
				cti_cite_consume(p, i, ne);
			}
			return;
		}
	}
}

/* The length of "AA. VV." (autori vari: many authors, none named) at i
 * with the punctuation and spaces after it, or 0: "AA. VV.", "Aa. Vv.",
 * "AA.VV.", "AA VV", and "AA. W." as OCR reads the two V's. */
static size_t aavv_len(const char *s, size_t n, size_t i)
{
	static const char *const aavv[] = {"AA. VV", "AA.VV", "Aa. Vv", "Aa.Vv", "AA VV",
	                                   "AA. W.", "AA. w.", "Aa. W."};
	for (size_t k = 0; k < sizeof aavv / sizeof aavv[0]; k++)
		if (cti_cite_starts_cs(s, n, i, aavv[k])) {
			size_t e = i + strlen(aavv[k]);
			if (e < n && cti_cite_is_letter_at(s, n, e))
				return 0;
			while (e < n && (s[e] == ',' || s[e] == ' ' || s[e] == '.'))
				e++;
			return e - i;
		}
	return 0;
}

/* Does a journal's volume follow at i, after a closing quote: ", XXXIV,"
 * ", 12 (", " XI,"? A Roman numeral or a number of one to three digits,
 * then a comma or "(". */
static bool volume_after_quote(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == ','))
		i++;
	size_t e = i;
	if (e < n && cti_cite_is_dig(s[e]))
		while (e < n && cti_cite_is_dig(s[e]) && e - i < 4)
			e++;
	else
		while (e < n && strchr("IVXLC", s[e]) && s[e])
			e++;
	if (e == i || e - i > 7 || (e < n && cti_cite_is_letter_at(s, n, e)) ||
	    (cti_cite_is_dig(s[i]) && e - i > 3))
		return false;
	while (e < n && s[e] == ' ')
		e++;
	return e < n && (s[e] == ',' || s[e] == '(');
}

static void parse_generic(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	cti_cite_take_urls(p);
	cti_cite_take_accessed(p);
	cti_cite_take_isbn(p);
	cti_cite_take_note_refs(p);
	cti_cite_take_pinpoint(p);
	cti_cite_take_marginal_number(p);
	cti_cite_take_first_edition(p);
	cti_cite_take_drucksache(p);
	cti_cite_take_archival_units(p);
	if (imprint_only(p))
		return;

	size_t i = 0;
	while (i < n && (s[i] == ' ' || cti_cite_is_bar(s[i])))
		i++;
	/* "(1887), Venezia imbellettata, Roma …": an entry under its author's
	 * heading, opened by its year in parentheses */
	{
		size_t pe;
		int yp = i < n && s[i] == '(' ? cti_cite_scan_year(s, n, i + 1, &pe) : 0;
		if (yp && pe - (i + 1) == 4 && pe < n && islower((unsigned char)s[pe]) && pe + 1 < n &&
		    s[pe + 1] == ')')
			pe++;
		if (yp && pe + 1 < n && s[pe] == ')' && (s[pe + 1] == ',' || s[pe + 1] == '.' ||
		                                         s[pe + 1] == ':') &&
		    (pe + 2 >= n || s[pe + 2] == ' ')) {
			char iso0[11];
			cti_cite_iso_write(iso0, yp, 0, 0);
			p->f.issued = cti_cite_arena_str(p->cs, iso0);
			p->date_prec = 1;
			cti_cite_consume(p, i, pe + 2 < n ? pe + 2 : n);
			i = pe + 2;
			while (i < n && s[i] == ' ')
				i++;
			p->comma_style = s[pe + 1] == ',';
			p->year_lead = true;
			p->same_author = true; /* the heading's author: no author block */
		}
	}
	/* a year opening the entry ("1812 Filiasi J., Osservazioni …") */
	size_t ly;
	int y0 = cti_cite_scan_year(s, n, i, &ly);
	size_t la = ly;
	if (y0 && la + 4 < n && s[la] == ' ' && s[la + 1] == '(' && islower((unsigned char)s[la + 2]) &&
	    s[la + 3] == ')')
		la += 4; /* "1984 (a) COZZI Gaetano" */
	else if (y0 && la < n && islower((unsigned char)s[la]))
		la++; /* "1984a Cozzi" */
	else if (y0 && ly - i == 4 && (la = spaced_year_range(s, n, i, ly)) == 0)
		la = ly; /* "1845 - 1847 FERRO Marco", "1760 - 62 BARBARANO …": the years of a work in parts */
	size_t ofa, ofb, oga, ogb;
	if (y0 && ly - i == 4 && la + 2 < n && s[la] == ' ' &&
	    (cti_cite_is_upper_at(s, n, la + 1) || cti_cite_odd_case_name(s, n, la + 1, &ofa, &ofb, &oga, &ogb))) {
		char iso0[11];
		cti_cite_iso_write(iso0, y0, 0, 0);
		p->f.issued = cti_cite_arena_str(p->cs, iso0);
		p->date_prec = 1;
		cti_cite_consume(p, i, la);
		i = la + 1;
	}
	/* "ders., Recht, Gesetz und Freiheit": the author before (see
	 * cti_cite_parse_note) */
	size_t sal = cti_cite_same_author_len(s + i, n - i);
	if (sal) {
		cti_cite_consume(p, i, i + sal);
		i += sal;
		p->same_author = true;
	}
	/* "AA. VV." (autori vari): many authors, none named */
	size_t av = aavv_len(s, n, i);
	if (av) {
		cti_cite_consume(p, i, i + av);
		i += av;
		p->et_al = true;
		p->comma_style = true;
	}
	/* the author block */
	char endp = 0;
	const char *cl;
	size_t after = i;
	size_t inst_e = p->et_al || p->same_author ? 0 : cti_cite_institution_year(s, n, i);
	if (inst_e) {
		cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, i, inst_e));
		cti_cite_consume(p, i, inst_e);
		after = inst_e;
		endp = '(';
	} else if (!p->et_al && !p->same_author && !cti_cite_open_quote(s, n, i, &cl) &&
	           !cti_cite_starts_cs(s, n, i, "In ") && !cti_cite_starts_cs(s, n, i, "in: ")) {
		size_t fa, fb, ga, gb;
		size_t oe = cti_cite_odd_case_name(s, n, i, &fa, &fb, &ga, &gb);
		if (oe) {
			cti_cite_add_name(p, p->names, &p->n_names, cti_cite_field(p, s, fa, fb), cti_cite_field(p, s, ga, gb), NULL);
			after = oe;
			endp = s[oe - 1];
		} else if ((oe = cti_cite_dash_name_lead(s, n, i, &ga, &gb, &fa, &fb)) != 0) {
			cti_cite_add_name(p, p->names, &p->n_names, cti_cite_field(p, s, fa, fb), cti_cite_field(p, s, ga, gb), NULL);
			after = oe;
			endp = '.';
		} else {
			after = cti_cite_read_names(p, s, n, i, p->names, &p->n_names, &p->et_al, &endp);
		}
		if (p->n_names == 0 && !p->et_al)
			after = i;
	}
	if (after > i) {
		size_t em = cti_cite_editor_marker(s, n, after);
		if (!em && endp == '(')
			em = cti_cite_editor_marker(s, n, after);
		if (em) {
			p->names_are_editors = true;
			size_t k = after + em;
			while (k < n && s[k] == ' ')
				k++;
			/* "Liebig (Hrsg.), Title, Place 2004": notes style after the marker */
			endp = k < n && s[k] == ',' ? ',' : '.';
			while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == '.' || s[k] == ':'))
				k++;
			cti_cite_consume(p, i, after + em);
			after = k;
		} else {
			cti_cite_consume(p, i, after);
		}
		p->comma_style = endp == ',';
	} else if (i < n) {
		/* a short name no person's, before its year: "El País (2008):",
		 * "ELPAIS.es (2005):", "Statistik Austria (2005a):" */
		size_t j = i;
		bool caps = true;
		while (j < n && s[j] != '(' && j - i < 40) {
			if (cti_cite_is_dig(s[j]) || s[j] == ':' || s[j] == ',' || s[j] == ';' || s[j] == '"' ||
			    cti_cite_is_bar(s[j]) || (unsigned char)s[j] == 0xe2)
				caps = false;
			if ((j == i || s[j - 1] == ' ') && !cti_cite_is_upper_at(s, n, j))
				caps = false;
			j++;
		}
		size_t ye = j + 1;
		while (ye < n && cti_cite_is_dig(s[ye]) && ye - (j + 1) < 4)
			ye++;
		bool yr = caps && j < n && s[j] == '(' && j > i + 2 && s[j - 1] == ' ' && ye - (j + 1) == 4 &&
		          cti_cite_valid_year(atoi(s + j + 1));
		if (yr && ye < n && islower((unsigned char)s[ye]))
			ye++;
		if (yr && ye + 1 < n && s[ye] == ')' && (s[ye + 1] == ':' || s[ye + 1] == '.' || s[ye + 1] == ',')) {
			cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, i, j - 1));
			cti_cite_consume(p, i, j - 1);
			after = j;
		}
	}
	if (after == i && !p->n_names && !p->et_al && !p->same_author) {
		/* an institution: "Ministry of Defence (Velmoria), "Title"" */
		size_t j = i;
		while (j < n && s[j] != ',' && s[j] != '.' && !cti_cite_is_bar(s[j]) && s[j] != ':' &&
		       j - i < 120) {
			if (cti_cite_open_quote(s, n, j, &cl) && j > i)
				break;
			j++;
		}
		size_t k = j;
		if (k < n && (s[k] == ',' || s[k] == '.'))
			k++;
		while (k < n && s[k] == ' ')
			k++;
		size_t em = cti_cite_editor_marker(s, n, j);
		size_t ql = k < n ? cti_cite_open_quote(s, n, k, &cl) : 0;
		/* "Sixteenth-Century Motet, «Journal of …», XXXIV, 1981": a
		 * quoted journal and its volume follow a title, not an
		 * institution; and no institution's name opens in lower case */
		bool journal = ql && volume_after_quote(s, n, cti_cite_find_close(s, n, k + ql, cl) + strlen(cl));
		if (j > i && k < n && ((ql && !journal) || em) && !cti_cite_is_lower_at(s, n, i) &&
		    cti_cite_name_like_literal(s, i, j)) {
			if (em) {
				/* "Bundesregierung (Hrsg.)" */
				size_t e2 = j;
				while (e2 > i && s[e2 - 1] == ' ')
					e2--;
				cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, i, e2));
				p->names_are_editors = true;
				cti_cite_consume(p, i, j + em);
				k = j + em;
				while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == '.'))
					k++;
			} else {
				cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, i, j));
				cti_cite_consume(p, i, k);
			}
			p->comma_style = true;
			after = k;
		} else {
			/* "(Hrsg.)" after a literal without a quoted title */
			size_t e3 = i;
			while (e3 < n && s[e3] != '(' && s[e3] != ',' && s[e3] != '.' && e3 - i < 80)
				e3++;
			size_t em2 = e3 < n && s[e3] == '(' ? cti_cite_editor_marker(s, n, e3) : 0;
			if (em2 && e3 > i && cti_cite_name_like_literal(s, i, e3)) {
				size_t e2 = e3;
				while (e2 > i && s[e2 - 1] == ' ')
					e2--;
				cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, i, e2));
				p->names_are_editors = true;
				cti_cite_consume(p, i, e3 + em2);
				after = e3 + em2;
				p->comma_style = true;
			}
		}
	}
	i = after;
	while (i < n && (s[i] == ' ' || cti_cite_is_bar(s[i]) || s[i] == ',' || s[i] == '.' || s[i] == ':'))
		i++;

	/* a year right after the authors: "(2005)." "2005," "(2005, March 3)" */
	if (p->n_names || p->et_al) {
		size_t j = i, e;
		bool paren = j < n && (s[j] == '(' || s[j] == '[');
		if (paren)
			j++;
		char iso[11];
		int prec = cti_cite_scan_date(s, n, j, &e, iso);
		int y = prec ? 0 : cti_cite_scan_year(s, n, j, &e);
		if (!prec && y) {
			/* "(2005, March 3)" */
			size_t k = e;
			if (k < n && s[k] == ',') {
				size_t me;
				int m = cti_cite_scan_month(s, n, cti_cite_skip_sp_comma(s, n, k), &me);
				if (m) {
					size_t de;
					size_t q = me;
					while (q < n && s[q] == ' ')
						q++;
					int d = cti_cite_scan_num(s, n, q, 2, &de);
					if (d > 0 && d <= cti_cite_days_in(y, m)) {
						cti_cite_iso_write(iso, y, m, d);
						e = de;
						prec = 3;
					} else {
						cti_cite_iso_write(iso, y, m, 0);
						e = me;
						prec = 2;
					}
				}
			}
			if (!prec) {
				cti_cite_iso_write(iso, y, 0, 0);
				prec = 1;
			}
		}
		if (!prec && paren && (cti_cite_starts_ci(s, n, j, "n.d.") || cti_cite_starts_ci(s, n, j, "o.J.") ||
		                       cti_cite_starts_ci(s, n, j, "in press") || cti_cite_starts_ci(s, n, j, "forthcoming"))) {
			size_t k = j;
			while (k < n && s[k] != ')')
				k++;
			cti_cite_consume(p, i, k < n ? k + 1 : k);
			i = k < n ? k + 1 : k;
			p->comma_style = false;
		} else if (prec) {
			size_t k = e;
			if (paren) {
				/* "(2001: 344)", "(2002a, S. 17)", "(1996, pp. 3-9)": the
				 * page inside the parentheses */
				size_t q = e;
				if (q < n && islower((unsigned char)s[q]) && q + 1 < n && !isalpha((unsigned char)s[q + 1]))
					q++;
				if (q < n && (s[q] == ':' || s[q] == ',') && !p->f.page) {
					size_t z = q + 1;
					while (z < n && s[z] == ' ')
						z++;
					if (cti_cite_starts_cs(s, n, z, "S.") || cti_cite_starts_cs(s, n, z, "p.") ||
					    cti_cite_starts_cs(s, n, z, "pp."))
						z += s[z + 1] == 'p' ? 3 : 2;
					while (z < n && s[z] == ' ')
						z++;
					size_t ze = z < n && cti_cite_is_dig(s[z]) ? cti_cite_page_range(s, n, z, false) : z;
					size_t pa = ze;
					while (pa < n && (s[pa] == ' ' || s[pa] == 'f' || s[pa] == '.'))
						pa++;
					if (ze > z && pa < n && s[pa] == ')')
						cti_cite_put_page(p, z, ze);
				}
				while (k < n && s[k] != ')' && s[k] != ']' && k - e < 30)
					k++;
				if (k < n && (s[k] == ')' || s[k] == ']'))
					k++;
				else
					k = e;
			}
			p->f.issued = cti_cite_arena_str(p->cs, iso);
			p->date_prec = prec;
			cti_cite_consume(p, i, k);
			while (k < n && s[k] == ' ')
				k++;
			p->comma_style = k < n && s[k] == ',' && !paren;
			p->year_lead = true;
			if (k < n && (s[k] == '.' || s[k] == ',' || s[k] == ':'))
				k++;
			i = k;
		}
	}
	while (i < n && (s[i] == ' ' || cti_cite_is_bar(s[i])))
		i++;

	/* physics style, no title: "Nuovo Cimento A 46, 707 (1966)." */
	if ((p->n_names || p->et_al) && p->comma_style && journal_volume_page(p, i))
		return;

	/* the title */
	size_t ta = i, tb = i;
	size_t ql = i < n ? cti_cite_open_quote(s, n, i, &cl) : 0;
	size_t ja = 0;
	if (ql) {
		size_t c = cti_cite_find_close(s, n, i + ql, cl);
		if (c < n) {
			p->f.title = cti_cite_field(p, s, i + ql, c);
			p->quoted_title = true;
			size_t e = c + strlen(cl);
			/* "Original title" [its translation]: the translation goes
			 * with it */
			size_t bo = e;
			while (bo < n && s[bo] == ' ')
				bo++;
			if (p->f.title && bo < n && s[bo] == '[') {
				size_t bc = bo + 1;
				while (bc < n && s[bc] != ']' && s[bc] != '[' && bc - bo < 300)
					bc++;
				const char *tr = bc < n && s[bc] == ']' ? cti_cite_field(p, s, bo + 1, bc) : NULL;
				if (tr && cti_cite_is_letter_at(s, n, bo + 1)) {
					struct cti_buf t;
					cti_buf_init(&t);
					cti_buf_printf(&t, "%s [%s]", p->f.title, tr);
					if (t.data)
						p->f.title = cti_cite_arena_strn(p->cs, t.data, t.len);
					cti_buf_free(&t);
					e = bc + 1;
				}
			}
			cti_cite_consume(p, i, e);
			i = e;
		}
	} else if (i < n && !cti_cite_starts_cs(s, n, i, "In ") && !cti_cite_starts_cs(s, n, i, "in: ") &&
	           !cti_cite_starts_cs(s, n, i, "In: ") &&
	           (ja = journal_abbrev(s, n, i)) > i) {
		p->f.container_title = take(p, i, ja);
		i = ja;
	} else if (i < n && !cti_cite_is_dig(s[i]) && !page_kw_at(s, n, i)) {
		size_t j = i;
		bool opened = false; /* an opening quote seen in the title */
		size_t orphan = 0;   /* the length of a closing quote that ends it */
		while (j < n) {
			if (cti_cite_is_bar(s[j]))
				break;
			/* "diritto italiano ”, XXXVI (1963)": a closing quote with no
			 * opening one ends a title whose start is cut off */
			if (!opened && j > i + 2 && p->n_names == 0 && !p->et_al &&
			    (cti_cite_starts_cs(s, n, j, "\xe2\x80\x9d") || cti_cite_starts_cs(s, n, j, "\xc2\xbb"))) {
				p->quoted_title = true;
				orphan = s[j] == '\xc2' ? 2 : 3;
				break;
			}
			{
				const char *oc;
				if (cti_cite_open_quote(s, n, j, &oc))
					opened = true;
			}
			if (s[j] == '.' && cti_cite_sentence_end(s, n, j, i) && j > i &&
			    !(p->comma_style && subtitle_at(s, n, j)) && !subtitle_before_pub(s, n, j))
				break;
			if ((s[j] == '?' || s[j] == '!') && j > i && j + 2 < n && s[j + 1] == ' ' &&
			    cti_cite_is_upper_at(s, n, j + 2)) {
				/* "Title? Journal 26: 5988" ends; "Title? A subtitle." goes on */
				size_t k = j + 2;
				bool digit = false;
				while (k < n && !(s[k] == '.' && cti_cite_sentence_end(s, n, k, j + 2)) && !cti_cite_is_bar(s[k])) {
					if (cti_cite_is_dig(s[k]))
						digit = true;
					k++;
				}
				/* "Title? Subtitle 14 Words, in: Journal": in a notes-style
				 * title the subtitle runs on to ", in:" */
				bool in_next = false;
				{
					size_t c = j + 2;
					while (c < n && s[c] != ',' && !cti_cite_is_bar(s[c]) && s[c] != '(' &&
					       !(s[c] == '.' && cti_cite_sentence_end(s, n, c, j + 2)) && c - j < 200)
						c++;
					in_next = cti_cite_starts_cs(s, n, c, ", in: ") || cti_cite_starts_cs(s, n, c, ", In: ") ||
					          (p->comma_style && cti_cite_starts_cs(s, n, c, ", in ") &&
					           cti_cite_is_upper_at(s, n, c + 5));
				}
				if ((digit || venue_at(s, n, j + 2)) && !in_next) {
					j++;
					break;
				}
			}
			if ((s[j] == '?' || s[j] == '!') && j > i && j + 3 < n && s[j + 1] == '.' &&
			    s[j + 2] == ' ') {
				j++; /* "Title?. Journal" */
				break;
			}
			if (s[j] == ',' && p->comma_style && !in_follows(s, n, j) && !title_goes_on(s, n, j) &&
			    !title_year_range(s, n, j))
				break;
			if (s[j] == '(' && j > i && s[j - 1] == ' ' && (p->comma_style || paren_imprint(s, n, j, NULL)) &&
			    !title_year_range(s, n, j))
				break;
			if (j > i && (cti_cite_starts_cs(s, n, j, ", in:") || cti_cite_starts_cs(s, n, j, ", In:") ||
			              cti_cite_starts_cs(s, n, j, " In: ") || cti_cite_starts_cs(s, n, j, ", in ") ||
			              cti_cite_starts_cs(s, n, j, ". In ") || cti_cite_starts_cs(s, n, j, " in: ") ||
			              cti_cite_starts_cs(s, n, j, ", a cura di ") || cti_cite_starts_cs(s, n, j, ", a c. di ")))
				break;
			j++;
		}
		tb = j;
		if (!p->comma_style)
			tb = title_comma_tail(s, n, ta, tb);
		/* "(2nd ed.)", "(translated by …)" after a title are not part of it */
		if (tb > ta && s[tb - 1] == ')') {
			size_t o = tb - 1;
			while (o > ta && s[o] != '(')
				o--;
			if (o > ta && s[o - 1] == ' ' &&
			    (span_has(s, o, tb, " ed.") || span_has(s, o, tb, "ed.)") ||
			     span_has(s, o, tb, "edition") || span_has(s, o, tb, "transl") ||
			     span_has(s, o, tb, "Aufl")))
				tb = o;
		}
		if (tb > ta) {
			p->f.title = take(p, ta, tb);
			i = tb;
			if (orphan && tb == j) {
				cti_cite_consume(p, j, j + orphan);
				i = j + orphan;
			}
		}
	}
	size_t rest = i;

	/* "In …" : a chapter */
	size_t r = rest;
	while (r < n && (s[r] == ' ' || s[r] == ',' || s[r] == '.' || cti_cite_is_bar(s[r])))
		r++;
	size_t inl = 0;
	if (cti_cite_starts_cs(s, n, r, "In: ") || cti_cite_starts_cs(s, n, r, "in: "))
		inl = 4;
	else if (cti_cite_starts_cs(s, n, r, "In ") || cti_cite_starts_cs(s, n, r, "in ") || cti_cite_starts_cs(s, n, r, "In:"))
		inl = 3;
	if (inl) {
		p->in_chapter = true;
		size_t k = r + inl;
		cti_cite_consume(p, r, k);
		while (k < n && s[k] == ' ')
			k++;
		/* editors first: "M. Renov (Ed.), Title" / "Liebig/Lengfeld (Hrsg.), Title" */
		ct_cite_name tmp[MAX_NAMES];
		size_t nt = 0;
		bool et = false;
		char ep;
		/* "in: ders. (Hrsg.), …", "in: Id., …": the same author edits */
		static const char *const same[] = {"ders.", "dies.", "Ders.", "Dies.", "Id.", "Eid."};
		/* "in AA. VV., Title": the book's many authors, none named */
		size_t kav = aavv_len(s, n, k);
		if (kav) {
			cti_cite_consume(p, k, k + kav);
			k += kav;
		}
		for (size_t q = 0; q < sizeof same / sizeof same[0]; q++)
			if (cti_cite_starts_cs(s, n, k, same[q])) {
				size_t e = k + strlen(same[q]);
				size_t em0 = cti_cite_editor_marker(s, n, e);
				cti_cite_consume(p, k, e + em0);
				k = e + em0;
				while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == ':'))
					k++;
				break;
			}
		size_t ne = cti_cite_read_names(p, s, n, k, tmp, &nt, &et, &ep);
		size_t em = ne > k ? cti_cite_editor_marker(s, n, ne) : 0;
		if (ne > k && !em && ep == '(')
			em = cti_cite_editor_marker(s, n, ne);
		if (ne > k && em) {
			for (size_t q = 0; q < nt; q++)
				cti_cite_add_name(p, p->eds, &p->n_eds, tmp[q].family, tmp[q].given, tmp[q].literal);
			cti_cite_consume(p, k, ne + em);
			k = ne + em;
		} else if (ne > k && nt && ep == ':' && ne < n && cti_cite_is_upper_at(s, n, cti_cite_skip_sp_comma(s, n, ne)) &&
		           (span_has(s, k, ne, ",") || span_has(s, k, ne, "/") || span_has(s, k, ne, "."))) {
			/* "In: Kerbs, D./W. Müller: Das Ende der Höflichkeit": the
			 * book's editors without "(Hrsg.)", then its title */
			for (size_t q = 0; q < nt; q++)
				cti_cite_add_name(p, p->eds, &p->n_eds, tmp[q].family, tmp[q].given, tmp[q].literal);
			cti_cite_consume(p, k, ne);
			k = ne;
		} else {
			/* an institution as editor: "Bundesregierung (Hrsg.)" */
			size_t e3 = k;
			while (e3 < n && s[e3] != '(' && s[e3] != ',' && e3 - k < 80)
				e3++;
			size_t em2 = e3 < n && s[e3] == '(' ? cti_cite_editor_marker(s, n, e3) : 0;
			if (em2 && e3 > k && cti_cite_name_like_literal(s, k, e3)) {
				cti_cite_add_name(p, p->eds, &p->n_eds, NULL, NULL, cti_cite_field(p, s, k, e3));
				cti_cite_consume(p, k, e3 + em2);
				k = e3 + em2;
			} else {
				/* names the reader does not follow ("Dale, R.; Mellish, C.;
				 * and Zock, M., eds.", "Ebbinghaus, H. D., & al. (Eds.)"):
				 * up to an editor marker, when only names can stand there */
				size_t me = editors_before_marker(s, n, k);
				if (me) {
					cti_cite_consume(p, k, me);
					k = me;
				}
			}
		}
		while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == '.' || s[k] == ':' || cti_cite_is_bar(s[k])))
			k++;
		/* the container */
		size_t ca = k, cb = k;
		const char *qcl;
		size_t qql = k < n ? cti_cite_open_quote(s, n, k, &qcl) : 0;
		if (qql) {
			size_t c = cti_cite_find_close(s, n, k + qql, qcl);
			if (c < n) {
				p->f.container_title = cti_cite_field(p, s, k + qql, c);
				cti_cite_consume(p, k, c + strlen(qcl));
				cb = c + strlen(qcl);
			} else {
				/* "in “ Saggi e Memorie di storia del -", "in “ Archiv
				 * für Kulturgeschichte “, LI": the closing mark cut off
				 * or misread; the journal runs to a comma, a number or
				 * the end */
				size_t z = k + qql;
				while (z < n && !cti_cite_is_bar(s[z]) && s[z] != ',' && s[z] != ';' &&
				       s[z] != '(' && !(s[z] == ' ' && z + 1 < n && cti_cite_is_dig(s[z + 1])) &&
				       !(z + qql <= n && !memcmp(s + z, s + k, qql)))
					z++;
				size_t e = z;
				while (e > k + qql && (s[e - 1] == ' ' || s[e - 1] == '-'))
					e--;
				if (e > k + qql + 2) {
					p->f.container_title = cti_cite_field(p, s, k + qql, e);
					if (z + qql <= n && !memcmp(s + z, s + k, qql))
						z += qql;
					cti_cite_consume(p, k, z);
					cb = z;
				}
			}
		} else if (!p->comma_style && inl != 4 && p->n_eds && (cb = book_before_pages(s, n, ca)) > ca) {
			p->f.container_title = take(p, ca, cb);
		} else {
			cb = k;
			/* "Reformatio. Zeitschrift für Kultur, Politik und Kirche. Heft 1":
			 * the subtitle's commas do not end the name */
			size_t run_to = 0;
			for (size_t z = ca; z < n && z - ca < 150 && !cti_cite_is_bar(s[z]) && s[z] != ';' && s[z] != ','; z++)
				if (s[z] == '.' && z > ca && cti_cite_sentence_end(s, n, z, ca)) {
					if (subtitle_before_issue(s, n, z)) {
						run_to = z + 2;
						while (run_to < n && !(s[run_to] == '.' && cti_cite_sentence_end(s, n, run_to, z + 2)))
							run_to++;
					}
					break;
				}
			for (; cb < n && !cti_cite_is_bar(s[cb]) && s[cb] != ';' && !issue_kw_at(s, n, cb, ca) &&
			       !(cti_cite_sentence_end(s, n, cb, ca) && cb > ca && !subtitle_before_pub(s, n, cb) &&
			         !subtitle_before_issue(s, n, cb) &&
			         !((p->comma_style || inl == 4) && subtitle_at(s, n, cb)));
			     cb++) {
				if (s[cb] == ',' && cb >= run_to && !serial_comma(s, n, cb) &&
				    !((p->comma_style || inl == 4) && container_runs_on(s, n, cb)))
					break;
				/* "Zeitschrift für Soziologie 2: 326-351" */
				if (s[cb] == ':' && cb > ca && cti_cite_is_dig(s[cb - 1]) && cb + 2 < n &&
				    s[cb + 1] == ' ' && cti_cite_is_dig(s[cb + 2])) {
					size_t d = cb;
					while (d > ca && cti_cite_is_dig(s[d - 1]))
						d--;
					if (d > ca && s[d - 1] == ' ')
						break;
				}
				if (s[cb] == '(' && cb > ca) {
					size_t ae = acronym_paren(s, n, cb);
					if (ae)
						cb = ae;
					break;
				}
			}
			/* "Title, ed. X": the comma before ed. ends it; other commas only
			 * in comma style */
			/* "in: Aus Politik und Zeitgeschichte 4/2005": left to take_num_year */
			for (size_t z = ca + 1; z < cb; z++)
				if (s[z - 1] == ' ' && cti_cite_num_year_at(s, n, z) > z) {
					cb = z;
					break;
				}
			/* a volume after the name: "J. ACM 27(4)", "Victorian Studies 42" */
			size_t ve = cb;
			while (ve > ca && s[ve - 1] == ' ')
				ve--;
			size_t vd = ve;
			while (vd > ca && cti_cite_is_dig(s[vd - 1]))
				vd--;
			size_t vn = cb;
			while (vn < n && s[vn] == ' ')
				vn++;
			bool numbers_follow = vn < n && (s[vn] == '(' || s[vn] == ':' || s[vn] == ',');
			/* "in: Social Justice Research 3." ends the reference */
			if (!p->n_eds && vn < n && s[vn] == '.') {
				size_t z = vn + 1;
				while (z < n && (s[z] == ' ' || cti_cite_is_bar(s[z])))
					z++;
				numbers_follow = numbers_follow || z >= n;
			}
			bool meeting = false;
			static const char *const mt[] = {"Proc", "Advances", "Conference", "Symposium",
			                                 "Workshop", "Congress", "Meeting", "Series"};
			for (size_t z = 0; z < sizeof mt / sizeof mt[0]; z++)
				if (span_has(s, ca, cb, mt[z]))
					meeting = true;
			/* "in: Statistische Monatshefte 1963, S. 198": the year is the
			 * issue's, not the name's */
			size_t yend;
			if (vd < ve && ve - vd == 4 && vd > ca + 1 && s[vd - 1] == ' ' && numbers_follow &&
			    !meeting && !p->n_eds && cti_cite_scan_year(s, n, vd, &yend) && yend == ve) {
				if (p->f.issued)
					cti_cite_consume(p, vd, ve); /* the year after the authors again */
				cb = vd;
				vd = ve;
			}
			if (vd < ve && ve - vd <= 4 && vd > ca + 1 && s[vd - 1] == ' ' && !p->f.volume &&
			    numbers_follow && !meeting && !(ve - vd == 4 && cti_cite_scan_year(s, n, vd, &ve))) {
				p->f.volume = cti_cite_field(p, s, vd, ve);
				cti_cite_consume(p, vd, ve);
				if (cb < n && s[cb] == '(') {
					size_t ie = cb + 1;
					while (ie < n && cti_cite_is_dig(s[ie]))
						ie++;
					if (ie > cb + 1 && ie < n && s[ie] == ')' && !p->f.issue) {
						p->f.issue = cti_cite_field(p, s, cb + 1, ie);
						cti_cite_consume(p, cb, ie + 1);
					}
				}
				cb = vd;
			}
			if (cb > ca)
				p->f.container_title = take(p, ca, cb);
		}
		k = cb;
		/* ", ed. X and Y" / ", edited by X" / "hg. v." */
		size_t q = k;
		while (q < n && (s[q] == ' ' || s[q] == ',' || s[q] == '.'))
			q++;
		size_t el = 0;
		if (cti_cite_starts_cs(s, n, q, "ed. by ") || cti_cite_starts_cs(s, n, q, "Ed. by "))
			el = 7;
		else if (cti_cite_starts_cs(s, n, q, "edited by ") || cti_cite_starts_cs(s, n, q, "Edited by "))
			el = 10;
		else if (cti_cite_starts_cs(s, n, q, "eds. ") || cti_cite_starts_cs(s, n, q, "Eds. "))
			el = 5;
		else if (cti_cite_starts_cs(s, n, q, "ed. ") || cti_cite_starts_cs(s, n, q, "Ed. "))
			el = 4;
		else if (cti_cite_starts_cs(s, n, q, "hg. v. ") || cti_cite_starts_cs(s, n, q, "hrsg. v. "))
			el = cti_cite_starts_cs(s, n, q, "hg. v. ") ? 7 : 9;
		else if (cti_cite_starts_cs(s, n, q, "a cura di "))
			el = 10;
		if (el) {
			size_t ns = q + el;
			nt = 0;
			et = false;
			ne = cti_cite_read_names(p, s, n, ns, tmp, &nt, &et, &ep);
			if (ne > ns) {
				for (size_t z = 0; z < nt; z++)
					cti_cite_add_name(p, p->eds, &p->n_eds, tmp[z].family, tmp[z].given, tmp[z].literal);
				cti_cite_consume(p, q, ne);
			}
		}
	} else if (p->f.title && !p->f.container_title) {
		/* "Title, ed. X" for edited books: editors of the book */
		size_t q = rest;
		while (q < n && (s[q] == ' ' || s[q] == ',' || s[q] == '.'))
			q++;
		size_t el = 0;
		if (cti_cite_starts_cs(s, n, q, "edited by ") || cti_cite_starts_cs(s, n, q, "Edited by ") ||
		    cti_cite_starts_cs(s, n, q, "a cura di "))
			el = 10;
		else if (cti_cite_starts_cs(s, n, q, "ed. ") || cti_cite_starts_cs(s, n, q, "Ed. "))
			el = 4;
		else if (cti_cite_starts_cs(s, n, q, "a c. di "))
			el = 8;
		if (el) {
			ct_cite_name tmp[MAX_NAMES];
			size_t nt = 0;
			bool et = false;
			char ep;
			size_t ns = q + el;
			size_t ne = cti_cite_read_names(p, s, n, ns, tmp, &nt, &et, &ep);
			if (ne > ns) {
				for (size_t z = 0; z < nt; z++)
					cti_cite_add_name(p, p->eds, &p->n_eds, tmp[z].family, tmp[z].given, tmp[z].literal);
				cti_cite_consume(p, q, ne);
			}
		}
	}

	/* "…, III / 1, L'età della Repubblica, a cura di F. Barbieri e P.
	 * Preto, Vicenza 1989": editors further on */
	if (!p->n_eds && !p->names_are_editors)
		take_late_editors(p, rest);

	/* publication facts, dates, volume / issue, pages */
	take_paren_imprint(p, rest);
	take_pubfacts(p, rest);
	cti_cite_take_num_year(p, rest);
	if (!p->f.issued)
		cti_cite_take_date(p, rest);
	cti_cite_take_volume_issue(p, rest);
	cti_cite_take_pages(p, rest);

	/* leftover chunks */
	const char *chunks[16];
	size_t ck_a[16], ck_b[16], nck = 0;
	bool ck_q[16]; /* the chunk was all one quotation, its marks dropped */
	size_t j = rest;
	while (j < n && nck < 16) {
		while (j < n && (s[j] == ' ' || cti_cite_is_bar(s[j]) || s[j] == ',' || s[j] == ';' ||
		                 s[j] == '(' || s[j] == ')' || s[j] == '[' || s[j] == ']' ||
		                 s[j] == '.' || s[j] == ':'))
			j++;
		if (j >= n)
			break;
		size_t a = j;
		bool inq = false;
		const char *qc = NULL;
		size_t qa = 0, qb = 0; /* the quotation's inside */
		while (j < n && !cti_cite_is_bar(s[j])) {
			if (!inq && cti_cite_open_quote(s, n, j, &qc) && j == a) {
				inq = true;
				j += cti_cite_open_quote(s, n, j, &qc);
				size_t c = cti_cite_find_close(s, n, j, qc);
				qa = j;
				qb = c;
				j = c < n ? c + strlen(qc) : n;
				continue;
			}
			if (s[j] == ',' || s[j] == ';' || s[j] == '(' || s[j] == ')' || s[j] == '[' ||
			    s[j] == ']')
				break;
			if (cti_cite_sentence_end(s, n, j, a) && j > a) {
				j++;
				break;
			}
			j++;
		}
		const char *f = cti_cite_field(p, s, a, j);
		if (!f)
			continue;
		/* connector words and page / volume debris */
		if (!strcmp(f, "in") || !strcmp(f, "In") || !strcmp(f, "S") || !strcmp(f, "pp") ||
		    !strcmp(f, "and") || !strcmp(f, "ed") || !strcmp(f, "online") || !strcmp(f, "Online") ||
		    !strcmp(f, "p") || !strcmp(f, "Vgl") || !strcmp(f, "vgl") || !strcmp(f, "ebd") ||
		    !strcmp(f, "Ebd") || !strcmp(f, "ebenda") || !strcmp(f, "a.a.O") ||
		    (strlen(f) < 2 && !cti_cite_is_dig(f[0])) || debris_chunk(f) || note_word(f))
			continue;
		/* "Wiley and Sons, Inc.": the company suffix stays with it */
		if (nck && (!strcmp(f, "Inc") || !strcmp(f, "Inc.") || !strcmp(f, "Ltd") ||
		            !strcmp(f, "Ltd.") || !strcmp(f, "Co") || !strcmp(f, "Co.")) &&
		    cti_cite_publisher_like(chunks[nck - 1])) {
			chunks[nck - 1] = cti_cite_field(p, s, ck_a[nck - 1], j);
			ck_b[nck - 1] = j;
			continue;
		}
		chunks[nck] = f;
		ck_a[nck] = a;
		ck_b[nck] = j;
		ck_q[nck] = false;
		if (inq && qb < n && qb + strlen(qc) == j && qb > qa) {
			const char *in = cti_cite_field(p, s, qa, qb);
			if (in) {
				chunks[nck] = in;
				ck_q[nck] = true;
			}
		}
		nck++;
	}
	/* "City, Region" ("Reading, MA", "Orlando, Florida", "Athens,
	 * Greece"): one place */
	for (size_t k = 0; k + 1 < nck && !p->f.publisher_place; k++) {
		if (!city_like(chunks[k]) || !region_like(chunks[k + 1]) || region_like(chunks[k]) ||
		    cti_cite_publisher_like(chunks[k]))
			continue;
		/* the two chunks are only a comma apart */
		bool near = true;
		for (size_t q = ck_b[k]; q < ck_a[k + 1]; q++)
			if (s[q] != ',' && s[q] != ' ')
				near = false;
		if (!near)
			continue;
		p->f.publisher_place = cti_cite_field(p, s, ck_a[k], ck_b[k + 1]);
		cti_cite_consume(p, ck_a[k], ck_b[k + 1]);
		memmove(chunks + k, chunks + k + 2, (nck - k - 2) * sizeof chunks[0]);
		memmove(ck_a + k, ck_a + k + 2, (nck - k - 2) * sizeof ck_a[0]);
		memmove(ck_b + k, ck_b + k + 2, (nck - k - 2) * sizeof ck_b[0]);
		memmove(ck_q + k, ck_q + k + 2, (nck - k - 2) * sizeof ck_q[0]);
		nck -= 2;
		break;
	}
	/* bare numbers among the chunks: volume, then page */
	for (size_t k = 0; k < nck; k++) {
		const char *f = chunks[k];
		size_t l = strlen(f), d = 0;
		while (d < l && cti_cite_is_dig(f[d]))
			d++;
		/* "«Archivio Veneto», XLVI, 1965": a journal's volume in Roman
		 * numerals */
		if (!p->f.volume && (p->f.container_title || p->quoted_title || p->f.title) &&
		    !p->n_eds && !p->f.publisher && roman_numeral(f)) {
			p->f.volume = f;
			chunks[k] = NULL;
			continue;
		}
		if (d == l && l <= 5) {
			bool prev_text = k > 0 && !cti_cite_is_dig(s[ck_a[k - 1]]);
			/* "in: Zeitschrift für X, 32 (2003)": a journal after "in:" */
			bool journal_in = p->in_chapter && !p->n_eds && p->f.container_title &&
			                  k == 0 && !p->f.publisher;
			/* astronomy style "Hooper, D., 2017, Physics of the Dark
			 * Universe, 15, 53": no article title, the journal, volume, page */
			if (k == 0 && k + 1 < nck && p->year_lead && p->comma_style && p->f.title &&
			    !p->quoted_title && !p->f.container_title && !p->f.volume && !p->in_chapter &&
			    ck_a[0] <= rest + 2 && chunks[1] && cti_cite_is_dig(chunks[1][0])) {
				p->f.container_title = p->f.title;
				p->f.title = NULL;
			}
			/* "“Zeitschrift für Numismatik”, 102, 1994, pp. 263-268": a
			 * number after a quoted name, with the year and the pages
			 * found, is the journal's volume */
			bool after_quote = k == 0 && p->quoted_title && p->f.page && p->f.issued;
			if (!p->f.volume && !p->pubfacts && (!p->in_chapter || journal_in) &&
			    (p->f.container_title || prev_text || after_quote))
				p->f.volume = f;
			else if (!p->f.page)
				p->f.page = f;
			chunks[k] = NULL;
		}
	}
	size_t place_k = (size_t)-2;
	for (size_t k = 0; k < nck; k++) {
		const char *f = chunks[k];
		if (!f)
			continue;
		/* "Title, «Journal», XXXIV, 1981", "Title, “Journal”, 1954.": a
		 * quoted name right after the title, then a volume or a year, is
		 * the journal */
		size_t qe = ck_b[k];
		while (qe < n && (s[qe] == ' ' || s[qe] == ',' || s[qe] == '.' || cti_cite_is_bar(s[qe])))
			qe++;
		if (ck_q[k] && k == 0 && p->f.title && !p->f.container_title && !p->in_chapter &&
		    (volume_after_quote(s, n, ck_b[k]) || (qe >= n && p->f.issued))) {
			p->f.container_title = f;
			continue;
		}
		if (genre_like(f) && !p->f.genre) {
			p->f.genre = f;
			continue;
		}
		if (!p->f.publisher && cti_cite_publisher_like(f) && (p->f.title || p->f.container_title)) {
			p->f.publisher = f;
			continue;
		}
		if (!p->f.publisher_place && ((cti_cite_place_like(f) && strlen(f) < 40) || split_city(f))) {
			p->f.publisher_place = f;
			place_k = k;
			continue;
		}
		/* "Title, Venezia, Ferrari, 1906": the name after the place (a comma
		 * apart, capitalised, no digits) is its publisher */
		if (place_k + 1 == k && !p->f.publisher && p->f.title && cti_cite_is_upper_at(f, strlen(f), 0) &&
		    strlen(f) < 60 && strlen(f) > 2 && !genre_like(f) && !institution_like(f) &&
		    !region_like(f) && !strchr(f, ':') && !strstr(f, "dition") &&
		    !venue_at(f, strlen(f), 0)) {
			size_t me;
			bool ok = !cti_cite_scan_month(f, strlen(f), 0, &me), lower = false, caps = true;
			for (const char *q = f; *q; q++) {
				lower = lower || islower((unsigned char)*q);
				caps = caps && isupper((unsigned char)*q);
			}
			/* "Torino, UTET 1985": an acronym, not a Roman numeral */
			ok = ok && (lower || (caps && strlen(f) <= 6 && !roman_numeral(f)));
			for (const char *q = f; *q && ok; q++)
				ok = !cti_cite_is_dig(*q);
			for (size_t q = ck_b[k - 1]; q < ck_a[k] && ok; q++)
				ok = s[q] == ',' || s[q] == ' ';
			if (ok) {
				p->f.publisher = f;
				continue;
			}
		}
		/* "Title, Mazzotta, Milano.": a name right before the closing place
		 * (a comma apart) publishes */
		if (!p->f.publisher && p->f.title && !p->f.container_title && !p->in_chapter &&
		    k + 2 == nck && chunks[k + 1] && cti_cite_place_like(chunks[k + 1]) &&
		    strlen(chunks[k + 1]) < 30 && !strchr(chunks[k + 1], ':') &&
		    publisher_name_chunk(s, n, ck_a[k], ck_b[k])) {
			bool ok = true;
			for (size_t q = ck_b[k]; q < ck_a[k + 1] && ok; q++)
				ok = s[q] == ',' || s[q] == ' ';
			/* not "Title, Archivio Storico Italiano, Firenze 1845": a
			 * journal before "Place YEAR" */
			size_t z = ck_b[k + 1];
			while (z < n && s[z] == ' ')
				z++;
			if (z < n && cti_cite_is_bar(s[z]) && s[z - 1] == ' ')
				ok = false;
			if (ok) {
				p->f.publisher = f;
				continue;
			}
		}
		if (!p->f.title && !p->f.container_title) {
			p->f.title = f;
			continue;
		}
		if (p->f.genre && p->f.title && !p->f.container_title && !p->in_chapter &&
		    institution_like(f)) {
			/* a thesis or a report: the institution issues it */
			if (!p->f.publisher)
				p->f.publisher = f;
			continue;
		}
		if (!p->f.container_title && !p->in_chapter && !p->pubfacts) {
			/* a short capitalised chunk right before a year in a book
			 * reference: a place ("Torino 1972") */
			bool before_year = false;
			size_t e = ck_b[k];
			while (e < n && (s[e] == ' ' || s[e] == ','))
				e++;
			if (e < n && cti_cite_is_bar(s[e]) && p->date_prec == 1 && !p->f.volume &&
			    (!p->f.page || p->page_de))
				before_year = true;
			if (before_year && strlen(f) < 30 && cti_cite_is_upper_at(f, strlen(f), 0) &&
			    !p->f.publisher && nck == k + 1 &&
			    (p->comma_style || (!strchr(f, ' ') && s[ck_b[k] - 1] != '.' &&
			                        year_ends(s, n, ck_b[k])))) {
				p->f.publisher_place = f;
				continue;
			}
			size_t fl = strlen(f), d = fl;
			while (d > 0 && cti_cite_is_dig(f[d - 1]))
				d--;
			if (d < fl && fl - d <= 4 && d > 1 && f[d - 1] == ' ' && !p->f.volume) {
				p->f.volume = f + d;
				f = cti_cite_arena_strn(p->cs, f, d - 1);
			} else if (!p->f.volume && e < n && (cti_cite_is_bar(s[e]) || s[e] == '(')) {
				/* "Early Music IV (1976)", "«Studi veneziani» XXVI (1919)":
				 * a volume in capital Roman numerals of two letters or
				 * more after the journal's name, right before its year
				 * (not "… dal secolo XVI" ending a cut title) */
				const char *w = strrchr(f, ' ');
				if (w && w > f + 1 && strlen(w + 1) >= 2 && strchr("IVXLC", w[1]) &&
				    isupper((unsigned char)w[2]) && roman_numeral(w + 1)) {
					p->f.volume = w + 1;
					f = cti_cite_arena_strn(p->cs, f, (size_t)(w - f));
				}
			}
			p->f.container_title = f;
			continue;
		}
		/* "in: X (Hrsg.), Book, Kiel 1989, S. 41-60": one capitalised word or
		 * two right before the year is the place */
		if (!p->f.publisher_place && !p->f.publisher && p->in_chapter && p->comma_style &&
		    p->year_at && p->f.container_title && city_like(f) && !cti_cite_publisher_like(f)) {
			size_t e = ck_b[k];
			while (e < n && s[e] == ' ')
				e++;
			if (e == p->year_at) {
				p->f.publisher_place = f;
				continue;
			}
		}
		if (!p->f.publisher_place && !p->f.publisher && strlen(f) < 30 && cti_cite_is_upper_at(f, strlen(f), 0) &&
		    k + 1 < nck && chunks[k + 1] && cti_cite_publisher_like(chunks[k + 1])) {
			p->f.publisher_place = f;
			continue;
		}
		/* not a date: "Jueves 14 febrero 2008", "Mai 2007" */
		bool dated = false;
		{
			size_t me;
			dated = cti_cite_scan_month(f, strlen(f), 0, &me) != 0;
			for (const char *q = f; *q && !dated; q++)
				dated = cti_cite_is_dig(*q);
		}
		if (!p->f.publisher && (p->in_chapter || !p->f.volume) && cti_cite_is_upper_at(f, strlen(f), 0) &&
		    strlen(f) < 60 && p->f.title && (p->f.publisher_place || p->in_chapter) && !dated) {
			p->f.publisher = f;
			continue;
		}
		if (!p->f.genre && !p->f.publisher_place && cti_cite_place_like(f))
			p->f.publisher_place = f;
	}
	/* "In: Psyche. Heft 7 (1981)", "Der Spiegel, Nr. 37 (1994)": a German
	 * journal counted by its numbers alone (no "Jg.", no "Bd."); the
	 * number stands as its volume */
	if (!p->f.volume && p->f.issue && p->issue_de && p->f.container_title && p->date_prec < 3) {
		p->f.volume = p->f.issue;
		p->f.issue = NULL;
	}
}

/* ----------------------------------------------------- one citation */

/* A word that OCR or a line end left split at its hyphen, "Ve - nezia" or
 * "Ve- nezia": a run of letters, the hyphen and a word that starts in lower
 * case. The spaces go ("Ve-nezia"), so the hyphen no longer reads as a dash
 * between fields or names; the hyphen stays, since nothing tells a split
 * word from a compound ("politico - istituzionale"). Left alone: a dash with
 * a digit or a capital on either side ("1580 - 1700", "Lione - Parigi"),
 * Roman numerals on both sides ("xv - xviii"), a following word that is a
 * word of its own ("Venice - the", "Sozial- und", "pro - pp. 42"). */
static bool split_tail_word(const char *s, size_t n, size_t i)
{
	static const char *const own[] = {"a", "al", "and", "cura", "d", "da", "dal", "de", "dei",
	                                  "del", "della", "der", "des", "di", "du", "e", "ed", "et",
	                                  "il", "in", "la", "le", "of", "p", "per", "pp", "s", "the",
	                                  "to", "und", "vol", "voll", "zu"};
	size_t e = i;
	while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (unsigned char)s[e] >= 0x80))
		e++;
	if (e < n && (isalnum((unsigned char)s[e]) || s[e] == '-'))
		return false;
	for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
		if (strlen(own[k]) == e - i && !memcmp(s + i, own[k], e - i))
			return false;
	return true;
}

static bool roman_word(const char *s, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (!strchr("ivxlcdmIVXLCDM", s[k]))
			return false;
	return b > a;
}

static void dehyphen_spaced(struct cti_buf *out)
{
	char *s = out->data;
	size_t n = out->len, w = 0;
	if (!s)
		return;
	for (size_t i = 0; i < n; i++) {
		/* s[i] is '-' after a letter run (with or without a space) and
		 * before a space and a lower-case letter */
		size_t gap = i > 0 && s[i - 1] == ' ' ? 1 : 0;
		if (s[i] == '-' && i + 2 < n && s[i + 1] == ' ' && s[i + 2] >= 'a' && s[i + 2] <= 'z' &&
		    w > gap) {
			size_t b = w - gap, a = b;
			while (a > 0 && (isalpha((unsigned char)s[a - 1]) || (unsigned char)s[a - 1] >= 0x80))
				a--;
			bool word = a < b && (a == 0 || s[a - 1] == ' ' || strchr("(«\"'", s[a - 1]));
			size_t c = i + 2, d = c;
			while (d < n && isalpha((unsigned char)s[d]))
				d++;
			if (word && split_tail_word(s, n, c) && !(roman_word(s, a, b) && roman_word(s, c, d))) {
				w = b;
				s[w++] = '-';
				i++; /* the space after the hyphen */
				continue;
			}
		}
		s[w++] = s[i];
	}
	s[w] = '\0';
	out->len = w;
}

void cti_cite_normalise_into(struct cti_buf *out, const char *s, size_t len)
{
	bool sp = true; /* drop leading spaces */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
		             c == BAR;
		size_t skip = 0;
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
			space = true, skip = 1;
		else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		         ((unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x8B))
			space = true, skip = 2; /* U+2000..U+200B */
		else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		         (unsigned char)s[i + 2] == 0xAF)
			space = true, skip = 2;
		if (space) {
			if (!sp)
				cti_buf_putc(out, ' ');
			sp = true;
			i += skip;
			continue;
		}
		if (c < 0x20)
			continue;
		cti_buf_putc(out, (char)c);
		sp = false;
	}
	while (out->len && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
}

/* After "V. " at the start, s[i]: a family name and a comma ("V.
 * Barbon, Title") or another initial ("V. E. Bassi"), so "V." is an
 * initial, not "vedi" (see). */
static bool initial_v(const char *s, size_t n, size_t i)
{
	if (cti_cite_is_upper_at(s, n, i) && i + 2 < n && s[i + 1] == '.' && s[i + 2] == ' ')
		return true;
	if (!cti_cite_is_upper_at(s, n, i))
		return false;
	size_t e = i;
	while (e < n && cti_cite_is_letter_at(s, n, e))
		e++;
	while (e < n && ((unsigned char)s[e] & 0xC0) == 0x80)
		e++;
	return e > i + 2 && e < n && s[e] == ',';
}

/* Strip a leading citation number ("[12]", "12.", "(3)", "33 ") and
 * "See"-like words; returns the offset of what remains. */
size_t cti_cite_lead_strip(const char *s, size_t n)
{
	size_t i = 0;
	for (int round = 0; round < 3; round++) {
		size_t j = i;
		if (j < n && (s[j] == '[' || s[j] == '(')) {
			size_t k = j + 1;
			while (k < n && cti_cite_is_dig(s[k]))
				k++;
			size_t ye0;
			/* "(1887), Venezia imbellettata": a year, not a note number */
			bool year = k - j == 5 && cti_cite_scan_year(s, n, j + 1, &ye0) && ye0 == k;
			if (k > j + 1 && k - j <= 5 && !year && k < n && (s[k] == ']' || s[k] == ')')) {
				i = k + 1;
				while (i < n && s[i] == ' ')
					i++;
				continue;
			}
		}
		if (j < n && cti_cite_is_dig(s[j])) {
			size_t k = j;
			while (k < n && cti_cite_is_dig(s[k]))
				k++;
			size_t ye;
			if (k - j <= 3 && !cti_cite_scan_year(s, n, j, &ye) && k < n &&
			    (s[k] == '.' || s[k] == ' ' || s[k] == ')') && k + 1 < n &&
			    (s[k + 1] == ' ' || cti_cite_is_letter_at(s, n, k + 1)) &&
			    (s[k] != '.' || !cti_cite_is_dig(s[k + 1]))) {
				size_t m = k + 1;
				while (m < n && s[m] == ' ')
					m++;
				if (m < n && !cti_cite_is_dig(s[m]) && s[m] != '-' && cti_cite_dash_len(s, n, m) == 0 &&
				    s[m] != ',') {
					i = m;
					continue;
				}
			}
		}
		static const char *const see[] = {"See also ", "see also ", "See ", "see ", "Cf. ", "cf. ",
		                                  "Vgl. ", "vgl. ", "Vgl. auch ", "Siehe ", "siehe ",
		                                  "Compare ", "For example, ", "For example ",
		                                  "E.g., ", "e.g., ", "Also ", "Dazu ", "Cfr. ", "cfr. ",
		                                  "Cfr ", "cfr ", "V. ", "Sul tema ", "* ", "• ", "- "};
		bool any = false;
		for (size_t k = 0; k < sizeof see / sizeof see[0]; k++)
			if (cti_cite_starts_cs(s, n, i, see[k]) &&
			    !(!strcmp(see[k], "V. ") && initial_v(s, n, i + 3))) {
				i += strlen(see[k]);
				if (cti_cite_starts_cs(s, n, i, "auch "))
					i += 5;
				any = true;
				break;
			}
		/* German signal words before a name: "ferner Rojahn 2011",
		 * "weiterführend Runkel, in: …" */
		static const char *const sig[] = {"ferner ", "weiterführend ", "ebenso ", "differenzierend ",
		                                  "grundlegend ", "zustimmend ", "kritisch ", "ausführlich ",
		                                  "näher ", "so auch ", "ähnlich ", "anders ", "etwa ",
		                                  "insbesondere ", "auch ", "zuletzt ", "dazu "};
		for (size_t k = 0; !any && k < sizeof sig / sizeof sig[0]; k++)
			if (cti_cite_starts_cs(s, n, i, sig[k]) && cti_cite_is_upper_at(s, n, i + strlen(sig[k]))) {
				i += strlen(sig[k]);
				any = true;
			}
		if (!any)
			break;
	}
	return i;
}

/* "Author: Title. Subtitle. Place 1991" read as a title and a journal:
 * a "container" after the title's period with no volume, issue, pages or
 * "In", but a place or publisher, is the book's subtitle, when a colon
 * comes before the title. text is the citation as given (the title and
 * container are found in it). */
static void subtitle_not_container(struct parse *p, const char *text, size_t len)
{
	ct_cite *f = &p->f;
	if (!f->title || !f->container_title || p->in_chapter || p->quoted_title || f->volume ||
	    f->issue || f->page || f->url || p->date_prec >= 3 || p->n_eds ||
	    !(f->publisher || f->publisher_place))
		return;
	size_t tl = strlen(f->title), cl = strlen(f->container_title);
	for (size_t a = 0; a + tl < len; a++) {
		if (strncmp(text + a, f->title, tl) != 0)
			continue;
		/* the German "Author: Title. Subtitle." (a colon before the
		 * title); after "(2011). Title." a journal or a meeting follows */
		size_t b = a;
		while (b > 0 && text[b - 1] == ' ')
			b--;
		if (b == 0 || text[b - 1] != ':')
			return;
		size_t e = a + tl;
		if (e + 2 >= len || text[e] != '.' || text[e + 1] != ' ')
			return;
		e += 2;
		if (e + cl > len || strncmp(text + e, f->container_title, cl) != 0)
			return;
		f->title = cti_cite_arena_strn(p->cs, text + a, e + cl - a);
		f->container_title = NULL;
		return;
	}
}

/* Does a journal's numbers follow the volume that ends at text[i]: "(1976)",
 * "(Leipzig 1909)", ": 571", ", pp. 43", ", 2", or (at_end) nothing? A
 * year range in parentheses ("Philip II (1556 - 1598)") does not. */
static bool volume_numbers_follow(const char *text, size_t len, size_t i, bool at_end)
{
	while (i < len && text[i] == ' ')
		i++;
	if (i >= len || (at_end && text[i] == '.' && i + 1 == len))
		return at_end;
	size_t ye;
	if (text[i] == '(') {
		size_t k = i + 1;
		while (k < len && k - i < 30 && (cti_cite_is_letter_at(text, len, k) || text[k] == ' '))
			k++;
		if (!cti_cite_scan_year(text, len, k, &ye))
			return false;
		while (ye < len && text[ye] == ' ')
			ye++;
		return ye < len && text[ye] == ')';
	}
	if (text[i] == ':')
		return i + 2 < len && text[i + 1] == ' ' && cti_cite_is_dig(text[i + 2]);
	if (text[i] != ',')
		return false;
	i++;
	while (i < len && text[i] == ' ')
		i++;
	return cti_cite_starts_cs(text, len, i, "pp.") || cti_cite_starts_cs(text, len, i, "p. ") ||
	       (i < len && cti_cite_is_dig(text[i]));
}

/* "Early Music IV (1976), pp. 430-437", "storia economica 3 (Firenze 1967)
 * 135-148", "Journal of Interdisciplinary History 4 (1975): 571-600": a
 * number or a Roman numeral ending the container (or the title, when the
 * entry's start is cut off) before the year or the pages is the journal's
 * volume, not part of its name. Not a century ("secolo XV") or a ruler's
 * number before his years ("Philip II (1556 - 1598)"). */
static void volume_off_titles(struct parse *p, const char *text, size_t len)
{
	const char **fs[] = {&p->f.container_title, &p->f.title};
	for (size_t k = 0; k < 2; k++) {
		const char *f = *fs[k];
		if (!f)
			continue;
		size_t l = strlen(f), ts = l;
		while (ts > 0 && f[ts - 1] != ' ')
			ts--;
		if (ts < 2 || ts == l)
			continue;
		char tok[8];
		if (l - ts >= sizeof tok)
			continue;
		memcpy(tok, f + ts, l - ts);
		tok[l - ts] = '\0';
		bool digits = true;
		for (size_t q = 0; tok[q]; q++)
			digits = digits && cti_cite_is_dig(tok[q]);
		if (!(digits && l - ts <= 3) && !(isupper((unsigned char)tok[0]) && roman_numeral(tok)))
			continue;
		/* the word before: a name's, not a century's, a part's or a
		 * month's */
		size_t ws = ts - 1;
		while (ws > 0 && f[ws - 1] != ' ')
			ws--;
		static const char *const before[] = {"secolo", "secoli", "sec.", "secc.", "see.", "parte",
		                                     "tomi", "tomo", "Teil", "Band", "vol.", "Vol.", "voi.",
		                                     "n.", "No.", "no.", "Nr.", "n\xc2\xb0", "e", "and", "et",
		                                     "und"};
		size_t me;
		bool skip = cti_cite_scan_month(f + ws, ts - 1 - ws, 0, &me) != 0; /* "June 20" */
		for (size_t q = 0; q < sizeof before / sizeof before[0]; q++)
			if (strlen(before[q]) == ts - 1 - ws && !strncmp(f + ws, before[q], ts - 1 - ws))
				skip = true;
		if (skip || !cti_cite_is_letter_at(f, l, ws) || ts - 1 - ws < 2 ||
		    (ts - 1 - ws == 2 && f[ts - 2] == '.')) /* "B. 8": an archival unit */
			continue;
		/* where it stands in the text, and what follows it there */
		size_t at = len;
		for (size_t a = 0; a + (l - ws) <= len; a++)
			if (!strncmp(text + a, f + ws, l - ws))
				at = a;
		if (at == len || !volume_numbers_follow(text, len, at + (l - ws), k == 0 && !p->in_chapter))
			continue;
		size_t e = ts;
		while (e > 0 && (f[e - 1] == ' ' || f[e - 1] == ','))
			e--;
		if (!p->f.volume)
			p->f.volume = cti_cite_arena_str(p->cs, tok);
		*fs[k] = cti_cite_arena_strn(p->cs, f, e);
		return;
	}
}

/* "…, in Atti del convegno, 18 maggio 1981, Milano 1982, pp. 27-41": a
 * place read with the year after it ("Milano 1982") while an earlier year
 * was taken as the date. "Place Year" is the imprint: the place without
 * the year, and the year as the date. */
static void place_year_split(struct parse *p)
{
	const char *pl = p->f.publisher_place;
	if (!pl)
		return;
	size_t l = strlen(pl), e = l;
	/* "Roma I960", "Venezia ig83", "Athenai i8g4": a year as OCR reads
	 * it (I, i or l for 1; g for 9; o for 0) */
	while (e > 0 && (pl[e - 1] == ' ' || pl[e - 1] == '-' || pl[e - 1] == '.' || pl[e - 1] == ','))
		e--;
	if (e >= 6 && pl[e - 5] == ' ' && strchr("Iil", pl[e - 4])) {
		char y[5];
		int digits = 0;
		for (size_t k = 0; k < 4; k++) {
			char c = pl[e - 4 + k];
			y[k] = c == 'I' || c == 'i' || c == 'l' ? '1' : c == 'g' ? '9' : c == 'o' ? '0' : c;
			digits += cti_cite_is_dig(c);
		}
		y[4] = '\0';
		size_t ye;
		if (digits >= 2 && cti_cite_scan_year(y, 4, 0, &ye) && ye == 4) {
			size_t pe = e - 5;
			while (pe > 0 && (pl[pe - 1] == ' ' || pl[pe - 1] == ','))
				pe--;
			if (pe >= 2 && cti_cite_is_letter_at(pl, pe, pe - 1)) {
				if (!p->f.issued) {
					char iso[11];
					cti_cite_iso_write(iso, atoi(y), 0, 0);
					p->f.issued = cti_cite_arena_str(p->cs, iso);
					p->date_prec = 1;
				}
				p->f.publisher_place = cti_cite_arena_strn(p->cs, pl, pe);
				return;
			}
		}
	}
	e = l;
	/* "1884 - 85", "1960-1962" */
	size_t d = e;
	while (d > 0 && cti_cite_is_dig(pl[d - 1]))
		d--;
	if (d < e && d > 0 && (pl[d - 1] == '-' || pl[d - 1] == '/')) {
		size_t q = d - 1;
		while (q > 0 && pl[q - 1] == ' ')
			q--;
		if (q >= 4 && cti_cite_is_dig(pl[q - 1]))
			e = q;
	}
	size_t ye;
	if (e < 6 || !cti_cite_scan_year(pl, e, e - 4, &ye) || ye != e || cti_cite_is_dig(pl[e - 5]) ||
	    pl[e - 5] != ' ')
		return;
	size_t pe = e - 5;
	while (pe > 0 && (pl[pe - 1] == ' ' || pl[pe - 1] == ','))
		pe--;
	if (pe < 2 || !cti_cite_is_letter_at(pl, pe, pe - 1))
		return;
	char iso[11];
	cti_cite_iso_write(iso, atoi(pl + e - 4), 0, 0);
	p->f.issued = cti_cite_arena_str(p->cs, iso);
	p->date_prec = 1;
	p->f.publisher_place = cti_cite_arena_strn(p->cs, pl, pe);
}

/* "in Persistenze a cura di G. Tocci": editors that end the container (or
 * the title) with no comma before "a cura di" / "edited by", which the
 * steps before left in it. They are taken only when the names run to the
 * field's end. */
static void editors_in_titles(struct parse *p)
{
	static const char *const kw[] = {" a cura di ", " a c. di ", " edited by "};
	const char **fs[] = {&p->f.container_title, &p->f.title};
	if (p->n_eds || p->names_are_editors)
		return;
	for (size_t f = 0; f < 2; f++) {
		const char *t = *fs[f];
		if (!t)
			continue;
		for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
			const char *m = strstr(t, kw[k]);
			if (!m || m == t)
				continue;
			size_t n = strlen(t), ns = (size_t)(m - t) + strlen(kw[k]);
			ct_cite_name tmp[MAX_NAMES];
			size_t nt = 0;
			bool et = false;
			char ep;
			size_t ne = cti_cite_read_names(p, t, n, ns, tmp, &nt, &et, &ep);
			while (ne < n && (t[ne] == ' ' || t[ne] == '.' || t[ne] == ','))
				ne++;
			if (!nt || ne < n)
				continue;
			const char *cut = cti_cite_field(p, t, 0, (size_t)(m - t));
			if (!cut)
				continue;
			for (size_t z = 0; z < nt; z++)
				cti_cite_add_name(p, p->eds, &p->n_eds, tmp[z].family, tmp[z].given,
				                  tmp[z].literal);
			*fs[f] = cut;
			return;
		}
	}
}

/* "Universale, Venezia, 1564.", "Cronachetta, Venezia, Visentini, 1880.":
 * an entry cut at its start, a title's last word then the imprint, read
 * as an inverted name whose given name is a known city (a city that is
 * also a given name, "Florence", "Sydney", stays a name). The word is the
 * title, the city the place, a bare family name after it the publisher. */
static void city_not_given(struct parse *p)
{
	static const char *const given_too[] = {"Florence", "Sydney", "Austin", "Madison", "Paris",
	                                        "Washington", "Durham", "Chester"};
	if (p->names_are_editors || p->n_eds || !p->n_names || p->n_names > 2 || p->f.title ||
	    p->f.container_title || p->f.publisher_place || p->f.publisher)
		return;
	const ct_cite_name *a = &p->names[0];
	if (!a->family || !a->given || a->literal || !cti_cite_place_is(a->given))
		return;
	for (size_t k = 0; k < sizeof given_too / sizeof given_too[0]; k++)
		if (!strcmp(a->given, given_too[k]))
			return;
	if (p->n_names == 2) {
		const ct_cite_name *b = &p->names[1];
		if (!b->family || b->given || b->literal)
			return;
		p->f.publisher = b->family;
	}
	p->f.title = a->family;
	p->f.publisher_place = a->given;
	p->n_names = 0;
}

/* "Il fiore di Venezia, Ve -": a reference cut at a line end inside its
 * place. The last chunk (one to three words, the first a capital, no
 * digits) before the trailing hyphen is the place, where the steps before
 * made it a title, container or publisher. */
static void cut_place_at_end(struct parse *p)
{
	const char *s = p->s;
	size_t e = p->n;
	if (p->f.publisher_place)
		return;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 3 || s[e - 1] != '-' || s[e - 2] != ' ')
		return;
	e -= 2;
	size_t a = e;
	int words = 1;
	while (a > 0 && s[a - 1] != ',' && s[a - 1] != '.') {
		if (s[a - 1] == ' ')
			words++;
		else if (!isalpha((unsigned char)s[a - 1]) && (unsigned char)s[a - 1] < 0x80 &&
		         s[a - 1] != '\'')
			return;
		a--;
	}
	while (a < e && s[a] == ' ')
		a++, words--;
	if (a == 0 || a >= e || words > 3 || !cti_cite_is_upper_at(s, p->n, a))
		return;
	const char *x = cti_cite_field(p, s, a, e);
	const char **fs[] = {&p->f.container_title, &p->f.publisher, &p->f.title};
	for (size_t k = 0; x && k < 3; k++)
		if (*fs[k] && !strcmp(*fs[k], x) && (k < 2 || p->f.container_title)) {
			p->f.publisher_place = x;
			*fs[k] = NULL;
			if (k == 2) { /* the container was the title */
				p->f.title = p->f.container_title;
				p->f.container_title = NULL;
			}
			return;
		}
}

/* "Discorsi letti nella Grande Aula del - Venezia.": a reference cut over
 * lines, its lost lines marked by " - ", read as a title alone (no other
 * field) that ends in a known city after the last dash: the city is the
 * place, not the end of the title. */
static void dash_place_at_end(struct parse *p)
{
	const char *t = p->f.title;
	if (!t || p->f.publisher_place || p->f.issued || p->quoted_title || p->f.container_title ||
	    p->f.publisher || p->f.page || p->f.volume)
		return;
	size_t l = strlen(t);
	const char *d = NULL;
	for (const char *q = strstr(t, " - "); q; q = strstr(q + 1, " - "))
		d = q;
	/* two words at least before the dash: not "Roma - Parigi" */
	if (!d || !memchr(t, ' ', (size_t)(d - t)) || !cti_cite_is_upper_at(d + 3, strlen(d + 3), 0))
		return;
	const char *c = d + 3;
	size_t cl = l - (size_t)(c - t);
	if (cl < 3 || cl >= 40 || strpbrk(c, ",.;:()"))
		return;
	if (!cti_cite_place_is(c))
		return;
	p->f.publisher_place = c;
	p->f.title = cti_cite_arena_strn(p->cs, t, (size_t)(d - t));
}

/* The volume a "vol. II" / "voi. Ill" / "tomo 3" / "parte I" field f gives
 * ("" for the keyword alone, "vol."), or NULL when f is not one. Roman
 * numerals as OCR reads them: "Ill" for III, "Π" for II. */
static const char *volume_field(struct parse *p, const char *f)
{
	static const char *const kw[] = {"vol.", "Vol.", "VOL.", "voi.", "Voi.", "vol", "Vol", "voi",
	                                 "Voi", "voll.", "voli.", "vols.", "voll", "voli", "tomo",
	                                 "Tomo", "t.", "parte", "Parte"};
	size_t l = strlen(f);
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
		size_t kl = strlen(kw[k]);
		if (strncmp(f, kw[k], kl) != 0 || (f[kl] && f[kl] != ' '))
			continue;
		size_t i = kl;
		while (f[i] == ' ')
			i++;
		if (!f[i])
			return "";
		/* the number, then nothing or ": the volume's title" */
		char buf[16];
		size_t b = 0, e = i;
		bool ok = true;
		while (f[e] && f[e] != ':' && f[e] != ' ' && ok) {
			if (!strncmp(f + e, "\xce\xa0", 2)) { /* Π */
				ok = b + 2 < sizeof buf;
				if (ok) {
					buf[b++] = 'I';
					buf[b++] = 'I';
				}
				e += 2;
				continue;
			}
			char c = f[e] == 'l' && b > 0 && buf[0] == 'I' ? 'I' : f[e];
			ok = (cti_cite_is_dig(c) || strchr("IVXLCivxlc", c)) && b + 1 < sizeof buf;
			if (ok)
				buf[b++] = c;
			e++;
		}
		if (!ok || !b || (f[e] && f[e] != ':' && e < l))
			return NULL;
		buf[b] = '\0';
		if (!cti_cite_is_dig(buf[0]) && !roman_numeral(buf))
			return NULL;
		return cti_cite_arena_strn(p->cs, buf, b);
	}
	return NULL;
}

/* "Storia dell'arte, voi. Π, Torino 1927", "Inventario, vol V: Provin -":
 * a volume ("vol.", "voi." as OCR reads it, "tomo", "parte") read as the
 * title or the container is the volume, not a title. */
static void volume_not_title(struct parse *p)
{
	const char **fs[] = {&p->f.container_title, &p->f.title};
	for (size_t k = 0; k < 2; k++) {
		if (!*fs[k])
			continue;
		const char *v = volume_field(p, *fs[k]);
		if (!v)
			continue;
		if (*v && !p->f.volume && (*fs[k])[0] != 'p' && (*fs[k])[0] != 'P')
			p->f.volume = v;
		*fs[k] = NULL;
	}
}

/* "Kment 2012: 1867 ff." read with the pages as its title: a title that
 * is only numbers ("1867 ff", "654 f", "12-15") is the page. */
static void page_not_title(struct parse *p)
{
	const char *t = p->f.title;
	if (!t || p->f.page || p->quoted_title)
		return;
	size_t i = 0, l = strlen(t);
	if (!cti_cite_is_dig(t[0]))
		return;
	while (i < l && (cti_cite_is_dig(t[i]) || t[i] == ' ' || t[i] == '-'))
		i++;
	size_t e = i;
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '-'))
		e--;
	size_t f = i;
	if (cti_cite_starts_cs(t, l, f, "ff"))
		f += 2;
	else if (f < l && t[f] == 'f')
		f++;
	if (f < l && t[f] == '.')
		f++;
	if (f != l)
		return;
	size_t ye;
	if (e == 4 && cti_cite_scan_year(t, l, 0, &ye) && f == 4)
		return; /* a bare year */
	char buf[64];
	size_t bl = 0;
	for (size_t k = 0; k < l && bl + 1 < sizeof buf; k++)
		if (t[k] != ' ' && t[k] != '.')
			buf[bl++] = t[k];
	p->f.page = cti_cite_arena_strn(p->cs, buf, bl);
	p->f.title = NULL;
}

/* "Gesetz zur Förderung … vom 10. Dezember 2008": with no date of its
 * own, a title dated by "vom" gives the date. */
static void title_vom_date(struct parse *p)
{
	const char *t = p->f.title;
	if (p->f.issued || !t)
		return;
	const char *v = strstr(t, " vom ");
	if (!v)
		return;
	size_t n = strlen(t), i = (size_t)(v - t) + 5, e;
	char iso[11];
	int prec = cti_cite_scan_date(t, n, i, &e, iso);
	if (prec) {
		p->f.issued = cti_cite_arena_str(p->cs, iso);
		p->date_prec = prec;
	}
}

/* "Botteri,", "Custodi degli stai,", "Scale -": a piece of a reference
 * cut over lines, one to three words of letters alone (no digit, no
 * stop, no quote) before a trailing comma or dash. Nothing tells a name,
 * a title or a place from it, so it gives no field. */
static bool cut_fragment(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n < 2 || (s[n - 1] != ',' && s[n - 1] != '-'))
		return false;
	n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (!n || !cti_cite_is_letter_at(s, n, 0))
		return false;
	int words = 0;
	for (size_t i = 0; i < n;) {
		size_t l;
		if (cti_cite_letter_case(s, n, i, &l)) {
			if (i == 0 || s[i - 1] == ' ')
				words++;
			i += l;
		} else if (s[i] == ' ' || s[i] == '\'' || s[i] == '-') {
			i++;
		} else {
			return false;
		}
	}
	return words <= 3;
}

/* Parse one citation's text into c; strings in cs. True when its title
 * was quoted. */
bool cti_cite_parse_one(struct ct_cites *cs, const char *text, size_t len, ct_cite *c)
{
	struct parse *p = calloc(1, sizeof *p);
	if (!p) {
		cs->oom = true;
		return false;
	}
	p->cs = cs;
	struct cti_buf b;
	cti_buf_init(&b);
	cti_cite_normalise_into(&b, text, len);
	dehyphen_spaced(&b);
	size_t off = b.data ? cti_cite_lead_strip(b.data, b.len) : 0;
	p->s = b.data ? b.data + off : NULL;
	p->n = b.data ? b.len - off : 0;
	p->f = *c;
	if (!p->s || !p->n || cut_fragment(p->s, p->n)) {
		p->f.type = "prose";
		goto done;
	}
	/* "X, as quoted in Y" */
	static const char *const qi[] = {", as quoted in ", " as quoted in ", ", quoted in ",
	                                 " quoted in ", ", cited in ", " cited in ", ", zitiert nach ",
	                                 " zitiert nach ", ", zit. nach ", " zit. nach ", ", zit. n. ",
	                                 ", as cited in ", " as cited in ", ", citato in "};
	for (size_t k = 0; k < sizeof qi / sizeof qi[0]; k++) {
		const char *f = strstr(p->s, qi[k]);
		if (f && (size_t)(f - p->s) < 200) {
			size_t a = (size_t)(f - p->s);
			p->f.quoted_speaker = cti_cite_field(p, p->s, 0, a);
			size_t skip = a + strlen(qi[k]);
			p->s += skip;
			p->n -= skip;
			break;
		}
	}
	if (!cti_cite_parse_interview(p) && !cti_cite_parse_communication(p) && !cti_cite_parse_hearing(p) &&
	    !cti_cite_parse_court_decision(p) && !cti_cite_parse_dated_issue(p) &&
	    !cti_cite_parse_manuscript(p) && !cti_cite_parse_siglum(p) &&
	    !cti_cite_parse_periodical(p) &&
	    !cti_cite_parse_reporter(p) && !cti_cite_parse_statute(p)) {
		parse_generic(p);
		subtitle_not_container(p, text, len);
		place_year_split(p);
		page_not_title(p);
		volume_not_title(p);
		volume_off_titles(p, text, len);
		title_vom_date(p);
		editors_in_titles(p);
		cut_place_at_end(p);
		dash_place_at_end(p);
		city_not_given(p);
	}
	set_type(p);
done:
	if (p->names_are_editors) {
		for (size_t k = 0; k < p->n_names; k++)
			cti_cite_add_name(p, p->eds, &p->n_eds, p->names[k].family, p->names[k].given,
			                  p->names[k].literal);
		p->n_names = 0;
	}
	cti_cite_strip_honorifics(p->names, p->n_names);
	if (p->n_names) {
		ct_cite_name *a = arena_alloc(cs, p->n_names * sizeof *a);
		if (a) {
			memcpy(a, p->names, p->n_names * sizeof *a);
			p->f.author = a;
			p->f.n_author = p->n_names;
		}
	}
	if (p->n_eds) {
		ct_cite_name *a = arena_alloc(cs, p->n_eds * sizeof *a);
		if (a) {
			memcpy(a, p->eds, p->n_eds * sizeof *a);
			p->f.editor = a;
			p->f.n_editor = p->n_eds;
		}
	}
	/* confidence: how much of a full citation was found */
	double conf = 0.2;
	if (p->f.n_author || p->f.n_editor)
		conf += 0.2;
	if (p->f.title)
		conf += 0.2;
	if (p->f.issued)
		conf += 0.15;
	if (p->f.container_title || p->f.publisher || p->f.url || p->f.iv_date)
		conf += 0.15;
	if (p->f.page || p->f.volume)
		conf += 0.05;
	if (p->quoted_title)
		conf += 0.05;
	p->f.confidence = conf > 0.95 ? 0.95 : conf;
	*c = p->f;
	bool quoted = p->quoted_title;
	cti_buf_free(&b);
	free(p);
	return quoted;
}

/* -------------------------------------------------------------- the list */

ct_status ct_cites_parse(const char *const *notes, const int *note_numbers, size_t n,
                         ct_cites **out)
{
	if (!out)
		return CT_EINVAL;
	*out = NULL;
	if (!notes && n > 0)
		return CT_EINVAL;
	struct ct_cites *cs = calloc(1, sizeof *cs);
	if (!cs)
		return CT_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		const char *t = notes[i] ? notes[i] : "";
		int num = note_numbers ? note_numbers[i] : (int)(i + 1);
		ct_status st = cti_cite_parse_note(cs, t, strlen(t), num);
		if (st != CT_OK) {
			ct_cites_free(cs);
			return st;
		}
	}
	*out = cs;
	return CT_OK;
}

size_t ct_cites_count(const ct_cites *c)
{
	return c ? c->n : 0;
}

const ct_cite *ct_cites_at(const ct_cites *c, size_t i)
{
	return c && i < c->n ? &c->c[i] : NULL;
}

void ct_cites_free(ct_cites *c)
{
	if (!c)
		return;
	struct blk *b = c->blk;
	while (b) {
		struct blk *nx = b->next;
		free(b);
		b = nx;
	}
	free(c->c);
	free(c);
}
