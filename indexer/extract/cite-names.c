/*
 * cite-names.c — the names of a citation: the author block at its start
 * (step 3 of citation.c's description) read as name units separated by
 * ",", ";", "/", "and", "&", "und", "et": "Family, Given" pairs, "Given
 * Family", "Family Initials", particles, "et al.", editors marked "(ed.)",
 * "(Hrsg.)"; and the other forms a name takes there: an institution before
 * its year, a family name in small capitals as OCR reads them, a name
 * before " - " and the title, an institution's name as a literal author,
 * and ranks and honorifics dropped from given names. Each reads the working
 * copy of struct parse (cite-parse.h) or a span of it; the names go into
 * the citation list's arena.
 */
#include "extract/cite-parse.h"
#include "util/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum tok { T_NONE, T_INIT, T_WORD, T_CAPS, T_PART, T_ETAL, T_SUFFIX, T_OTHER };

static const char *const particles[] = {
	"von", "van", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le",
	"ten", "ter", "dos", "das", "do", "zu", "vom", "des", "dei", "degli", "d'", "al", "el",
	"bin", "ibn", "y", "mac",
};

bool cti_cite_is_particle(const char *s, size_t l)
{
	for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++)
		if (strlen(particles[i]) == l && !memcmp(s, particles[i], l))
			return true;
	return false;
}

/* Classify the token s[a, b) (no spaces inside). */
static enum tok classify(const char *s, size_t a, size_t b)
{
	size_t l = b - a;
	if (!l)
		return T_NONE;
	const char *t = s + a;
	if ((l == 3 && !memcmp(t, "Jr.", 3)) || (l == 2 && !memcmp(t, "Jr", 2)) ||
	    (l == 3 && !memcmp(t, "Sr.", 3)) || (l == 2 && !memcmp(t, "II", 2)) ||
	    (l == 3 && !memcmp(t, "III", 3)))
		return T_SUFFIX;
	if (cti_cite_is_particle(t, l))
		return T_PART;
	/* initials: "J.", "J.P.", "J.-P.", "Th.", "Ch." */
	if (t[l - 1] == '.') {
		size_t i = 0, letters = 0, groups = 0;
		bool ok = true;
		while (i < l) {
			size_t cl;
			char c = cti_cite_letter_case(t, l, i, &cl);
			if (c != 'U') {
				ok = false;
				break;
			}
			i += cl;
			letters++;
			if (i < l && t[i] != '.' && cti_cite_letter_case(t, l, i, &cl) == 'L' && groups == 0 &&
			    i + cl < l && t[i + cl] == '.') {
				i += cl; /* Th. */
			}
			if (i < l && t[i] == '.') {
				i++;
				groups++;
			} else {
				ok = false;
				break;
			}
			if (i < l && t[i] == '-')
				i++;
		}
		if (ok && groups >= 1 && letters <= 4)
			return T_INIT;
	}
	/* Vancouver initials "CK", "JP" (1-3 capitals, no dot) */
	size_t caps = 0, lowers = 0, others = 0, i = 0;
	while (i < l) {
		size_t cl;
		char c = cti_cite_letter_case(t, l, i, &cl);
		if (c == 'U')
			caps++;
		else if (c == 'L')
			lowers++;
		else if (t[i] == '-' || t[i] == '\'' || (cl == 3 && !memcmp(t + i, "\xe2\x80\x99", 3)))
			;
		else if (t[i] == '.' && i == l - 1)
			;
		else
			others++;
		i += cl;
	}
	if (others)
		return T_OTHER;
	if (caps && !lowers && caps <= 3 && t[l - 1] != '.' && l <= 3)
		return T_INIT;
	/* "Kim PS." ending a Vancouver author list */
	if (caps >= 2 && caps <= 3 && !lowers && t[l - 1] == '.' && l == caps + 1)
		return T_INIT;
	if (caps >= 2 && !lowers)
		return T_CAPS;
	if (caps && cti_cite_letter_case(t, l, 0, &i) == 'U')
		return T_WORD;
	if (!caps && lowers && (l >= 2 && (t[0] == 'd' || t[0] == 'o') && t[1] == '\''))
		return T_WORD;
	return T_OTHER;
}

/* An article or preposition that opens a title, never a given name:
 * "Die Ordnung der Dinge", "The Art of War", "Il Mulino di Po". */
static bool title_article(const char *s, size_t a, size_t b)
{
	static const char *const w[] = {"The", "A", "An", "Die", "Der", "Das", "Ein", "Eine",
	                                "Zur", "Zum", "Vom", "Über", "Il", "Lo", "Gli", "Una",
	                                "Les", "Un", "Une", "El", "Los", "Las", "On", "In", "Of"};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == b - a && !memcmp(s + a, w[k], b - a))
			return true;
	return false;
}

enum sep { S_END, S_COMMA, S_AND };

/* One name unit: tokens up to a separator. */
struct unit {
	size_t a, b;           /* its bytes */
	size_t tok_a[8], tok_b[8];
	enum tok kind[8];
	size_t nt;
	enum sep sep;          /* what follows it */
	size_t next;           /* where the next unit starts */
	bool etal;
	bool bad;              /* not a name */
	bool after_and;        /* it followed "and" / "&": the last name */
	bool slash;            /* it ended with "/" or ";": another name follows */
};

static bool is_and_word(const char *s, size_t n, size_t i)
{
	static const char *const w[] = {"and ", "& ", "und ", "et ", "e ", "y ", "and/or "};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (cti_cite_starts_cs(s, n, i, w[k])) {
			if (!strcmp(w[k], "et ") && cti_cite_starts_cs(s, n, i, "et al"))
				return false;
			return true;
		}
	return false;
}

static size_t and_len(const char *s, size_t n, size_t i)
{
	size_t j = i;
	while (j < n && s[j] != ' ')
		j++;
	return j - i + 1;
}

/* After a short word with a period that follows initials ("J. Am." or
 * "R. E. Marsh."), whether what comes next makes it a journal abbreviation:
 * another abbreviation ("Chem."), a number that is not a year (a volume),
 * or nothing; a year ("Marsh. 1990.") or a title word ("Ryder. Aliasing")
 * make it a family name ending the authors. */
static bool abbrev_follows(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n)
		return true;
	size_t e = i;
	while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != ';')
		e++;
	if (cti_cite_is_dig(s[i])) {
		size_t d = 0;
		while (i + d < e && cti_cite_is_dig(s[i + d]))
			d++;
		return d != 4;
	}
	if (s[e - 1] == '.' && e - i <= 6 && cti_cite_is_upper_at(s, n, i))
		return true;
	return false;
}

/* "A. Carile - G. Fedalto", "C. H. Roberts - T. C. Skeat": at the dash
 * s[i], a name written initials first ends and another one, initials
 * first, follows. */
static bool initials_dash_initials(const char *s, size_t n, size_t i, const struct unit *u)
{
	if (u->nt < 2 || u->kind[0] != T_INIT || s[u->tok_a[0] + 1] != '.' ||
	    (u->kind[u->nt - 1] != T_WORD && u->kind[u->nt - 1] != T_CAPS))
		return false;
	size_t j = i + 2;
	return cti_cite_is_upper_at(s, n, j) && j + 2 < n && !cti_cite_is_letter_at(s, n, j + 1) &&
	       s[j + 1] == '.' && (s[j + 2] == ' ' || cti_cite_is_upper_at(s, n, j + 2));
}

/* How many tokens of a name written out stand at j before a comma, or
 * (paren_ok) before " (": capitalised words, initials, particles, at most
 * max of them; 0 when something else comes first. *words counts the
 * words, *last is the kind of the last token. */
static size_t name_tokens_to_comma(const char *s, size_t n, size_t j, size_t max, bool paren_ok,
                                   size_t *words, enum tok *last)
{
	size_t toks = 0;
	*words = 0;
	*last = T_NONE;
	for (;;) {
		size_t e = j;
		while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '(')
			e++;
		if (e == j)
			return 0;
		*last = classify(s, j, e);
		if (*last != T_WORD && *last != T_CAPS && *last != T_PART && *last != T_INIT)
			return 0;
		toks++;
		*words += *last == T_WORD || *last == T_CAPS;
		if (toks > max)
			return 0;
		if (e < n && s[e] == ',')
			return toks;
		if (paren_ok && e + 1 < n && s[e] == ' ' && s[e + 1] == '(')
			return toks;
		if (e >= n || s[e] != ' ')
			return 0;
		j = e + 1;
	}
}

/* "Conti, Fulvio - Isastia, Anna", "Denis Arnold - Elsie Arnold, Title":
 * at the dash s[i], a name written out in full ends and another one
 * follows. Given names (given_mode: written-out words) are followed by
 * the next family name (one or two words) and its comma; a "Given Family"
 * unit of words (initials and particles inside) by a name of two to four
 * words or initials ending in a word, then a comma or "(". One capitalised
 * word alone after such a unit ("Baldauf - Berdes, Title") is the rest of
 * a family name, not a name. */
static bool words_dash_name(const char *s, size_t n, size_t i, const struct unit *u, bool given_mode)
{
	if (u->nt > (given_mode ? 3u : 4u) || (!given_mode && u->nt < 2) ||
	    u->kind[u->nt - 1] != T_WORD || (u->kind[0] != T_WORD && (given_mode || u->kind[0] != T_INIT)))
		return false;
	for (size_t k = 0; k < u->nt; k++)
		if (u->kind[k] != T_WORD && (given_mode || (u->kind[k] != T_INIT && u->kind[k] != T_PART)))
			return false;
	size_t words;
	enum tok last;
	size_t toks = name_tokens_to_comma(s, n, i + 2, given_mode ? 2 : 4, !given_mode, &words, &last);
	if (given_mode)
		return toks && toks == words;
	return toks >= 2 && (last == T_WORD || last == T_CAPS);
}

/* Is s[a, b) one word that is a known city ("Padova")? */
static bool city_word(const char *s, size_t a, size_t b)
{
	char buf[40];
	if (b <= a || b - a >= sizeof buf || memchr(s + a, ' ', b - a))
		return false;
	memcpy(buf, s + a, b - a);
	buf[b - a] = '\0';
	return cti_cite_place_is(buf);
}

/* "Lees - Milne, James.", "BORGHERINI - SCARABELLIN Maria,": after one
 * family name word and a dash, at j, the rest of a double family name as
 * OCR spaces its hyphen: one capitalised word (no city: "Roma - Bari,
 * Laterza"), then a comma and a given name (a word and a comma or a
 * period, or initials); or, in capitals after capitals, the given name
 * and its comma. Its end, or 0. */
static size_t dash_family_rest(const char *s, size_t n, size_t a0, size_t b0, size_t j)
{
	size_t e = j;
	while (e < n && s[e] != ' ' && s[e] != ',')
		e++;
	enum tok k = classify(s, j, e);
	if ((k != T_WORD && k != T_CAPS) || e - j < 2 || s[e - 1] == '.' || city_word(s, j, e) ||
	    city_word(s, a0, b0) || e + 2 >= n)
		return 0;
	size_t g = e + (s[e] == ',' ? 2 : 1), ge = g;
	if (s[g - 1] != ' ')
		return 0;
	while (ge < n && s[ge] != ' ' && s[ge] != ',' && !(s[ge] == '.' && ge > g + 2))
		ge++;
	enum tok gk = classify(s, g, ge);
	if (s[e] == ',')
		return gk == T_INIT || (gk == T_WORD && ge < n && (s[ge] == ',' || s[ge] == '.')) ? e : 0;
	return k == T_CAPS && classify(s, a0, b0) == T_CAPS && gk == T_WORD && ge < n && s[ge] == ',' ? e : 0;
}

/* Read a unit at i. given_mode: it gives the given names of a pending
 * family name, so "J. Title" stops after "J.". */
static void read_unit(const char *s, size_t n, size_t i, bool given_mode, struct unit *u)
{
	memset(u, 0, sizeof *u);
	while (i < n && s[i] == ' ')
		i++;
	u->a = i;
	u->sep = S_END;
	u->next = n;
	for (;;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n || cti_cite_is_bar(s[i])) {
			u->next = i;
			break;
		}
		const char *cl;
		if (cti_cite_open_quote(s, n, i, &cl) || s[i] == '(' || s[i] == '[' || cti_cite_is_dig(s[i])) {
			u->next = i;
			break;
		}
		if (u->nt > 0 && is_and_word(s, n, i)) {
			u->sep = S_AND;
			u->next = i + and_len(s, n, i);
			break;
		}
		size_t dfe;
		if (!given_mode && u->nt == 1 && (u->kind[0] == T_WORD || u->kind[0] == T_CAPS) &&
		    s[i] == '-' && i + 2 < n && s[i + 1] == ' ' &&
		    (dfe = dash_family_rest(s, n, u->tok_a[0], u->tok_b[0], i + 2)) != 0) {
			u->tok_b[0] = dfe; /* one family name, "Lees - Milne" as written */
			u->b = dfe;
			i = dfe;
			if (s[i] == ',') {
				u->sep = S_COMMA;
				u->next = i + 1;
				return;
			}
			continue;
		}
		if (u->nt > 0 && ((s[i] == '/' && i + 1 < n && s[i + 1] == ' ') ||
		                  (s[i] == '-' && i + 1 < n && s[i + 1] == ' ' &&
		                   ((u->kind[u->nt - 1] == T_INIT && s[i - 2] == '.') ||
		                    (u->nt >= 2 && (u->kind[0] == T_CAPS ||
		                                    u->kind[u->nt - 1] == T_CAPS)) ||
		                    initials_dash_initials(s, n, i, u) ||
		                    words_dash_name(s, n, i, u, given_mode))))) {
			u->sep = S_COMMA; /* "Draper, Peter / Tom Wheeler" */
			u->slash = true;
			u->next = i + 1;
			break;
		}
		if (u->nt == 0 && !u->after_and && is_and_word(s, n, i)) {
			u->after_and = true;
			i += and_len(s, n, i);
			u->a = i;
			continue;
		}
		if ((cti_cite_starts_cs(s, n, i, "et al") || cti_cite_starts_cs(s, n, i, "u.a.") ||
		     cti_cite_starts_cs(s, n, i, "u. a.") || cti_cite_starts_cs(s, n, i, "et. al")) && u->nt > 0) {
			u->next = i; /* the name ends; "et al." is the next unit */
			u->sep = S_COMMA;
			break;
		}
		if (cti_cite_starts_cs(s, n, i, "et al") || cti_cite_starts_cs(s, n, i, "u.a.") ||
		    cti_cite_starts_cs(s, n, i, "u. a.") || cti_cite_starts_cs(s, n, i, "et. al")) {
			u->etal = true;
			size_t j = i;
			while (j < n && s[j] != ',' && s[j] != ' ' && s[j] != ':' && s[j] != ';')
				j++;
			if (cti_cite_starts_cs(s, n, i, "u. a."))
				j = i + 5;
			if (cti_cite_starts_cs(s, n, i, "et al") || cti_cite_starts_cs(s, n, i, "et. al")) {
				j = i + (s[i + 2] == '.' ? 6 : 5);
				if (j < n && s[j] == '.')
					j++;
			}
			u->b = j;
			if (j < n && (s[j] == ',' || s[j] == ';')) {
				u->sep = S_COMMA;
				j++;
			}
			u->next = j;
			/* after "et al." a period ends the block unless a comma / year */
			return;
		}
		size_t a = i;
		while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ';' && s[i] != ':' &&
		       s[i] != '(' && !cti_cite_is_bar(s[i]) && s[i] != '/')
			i++;
		size_t b = i;
		if (b == a) {
			if (u->nt && i < n && (s[i] == ',' || s[i] == ';' || s[i] == '/')) {
				u->sep = S_COMMA;
				u->next = i + 1;
				return;
			}
			u->next = i;
			break;
		}
		enum tok k = classify(s, a, b);
		if (k == T_OTHER || u->nt >= 8) {
			u->bad = true;
			u->next = a;
			u->b = b;
			return;
		}
		if (k == T_WORD && s[b - 1] == '.' && b - a <= 6 && u->nt > 0 &&
		    (u->kind[u->nt - 1] == T_INIT || s[u->tok_b[u->nt - 1] - 1] == '.') &&
		    abbrev_follows(s, n, b)) {
			u->bad = true; /* "J. Am. Chem. Soc." */
			u->next = a;
			u->b = b;
			return;
		}
		if (k == T_INIT && s[b - 1] != '.' && u->nt > 0 && u->kind[u->nt - 1] == T_INIT &&
		    s[u->tok_b[u->nt - 1] - 1] == '.') {
			u->next = a; /* "J. C. A sensitive …" */
			u->sep = S_END;
			return;
		}
		u->tok_a[u->nt] = a;
		u->tok_b[u->nt] = b;
		u->kind[u->nt++] = k;
		u->b = b;
		bool dot = s[b - 1] == '.';
		if (dot && k != T_INIT && k != T_SUFFIX) {
			u->next = b;
			u->sep = S_END;
			return;
		}
		/* "Thomson NC." ends a Vancouver author list */
		if (dot && k == T_INIT && b - a >= 3 && !memchr(s + a, '.', b - a - 1) &&
		    u->nt >= 2 && u->kind[0] != T_INIT) {
			u->next = b;
			u->sep = S_END;
			return;
		}
		bool fam_init = u->nt >= 2 && u->kind[0] != T_INIT;
		if (dot && k == T_INIT && (given_mode || fam_init) && i < n && s[i] == ' ') {
			size_t j = i + 1;
			size_t e = j;
			while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ':')
				e++;
			enum tok nk = classify(s, j, e);
			if ((nk == T_WORD || nk == T_CAPS) && e - j >= 2 && !(e < n && s[e] == '.' && e - j <= 2)) {
				/* "Smith, J. Title": unless "J. Title," / "J. Title and" /
				 * "J. Title (" / "J. Title." then a name follows */
				bool name_follows = e < n && (s[e] == ',' || s[e] == ':' || s[e] == '.' ||
				                              (s[e] == ' ' && ((is_and_word(s, n, e + 1) &&
				                                                cti_cite_is_upper_at(s, n, e + 1 + and_len(s, n, e + 1))) ||
				                                               s[e + 1] == '(' || cti_cite_is_bar(s[e + 1]) ||
				                                               cti_cite_is_dig(s[e + 1]))));
				if (e >= n)
					name_follows = true;
				if (!name_follows) {
					u->next = b;
					u->sep = S_END;
					return;
				}
			}
		}
		if (i < n && (s[i] == ',' || s[i] == ';' || s[i] == '/')) {
			u->sep = S_COMMA;
			u->slash = s[i] == '/' || s[i] == ';';
			u->next = i + 1;
			return;
		}
		if (i < n && s[i] == ':') {
			u->next = i;
			u->sep = S_END;
			return;
		}
		if (i < n && s[i] == '(') {
			u->next = i;
			return;
		}
	}
	u->b = i;
	while (u->b > u->a && s[u->b - 1] == ' ')
		u->b--;
}

static int count_kind(const struct unit *u, enum tok k)
{
	int c = 0;
	for (size_t i = 0; i < u->nt; i++)
		c += u->kind[i] == k;
	return c;
}

static bool unit_all_init(const struct unit *u)
{
	return u->nt > 0 && (size_t)count_kind(u, T_INIT) == u->nt;
}

/* a family-like unit: one word (plus particles / suffix), no initials */
static bool unit_family(const struct unit *u)
{
	int words = count_kind(u, T_WORD) + count_kind(u, T_CAPS);
	return words >= 1 && words <= 2 && count_kind(u, T_INIT) == 0 &&
	       (words == 1 || count_kind(u, T_PART) > 0 ||
	        (u->nt == 2 && u->kind[0] != T_PART && count_kind(u, T_CAPS) == 2));
}

/* a given-names unit: 1-3 tokens of words and initials */
static bool unit_given(const struct unit *u)
{
	return u->nt >= 1 && u->nt <= 3 &&
	       (size_t)(count_kind(u, T_WORD) + count_kind(u, T_INIT) + count_kind(u, T_CAPS)) == u->nt;
}

static const char *span_str(struct parse *p, const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == ','))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == ';'))
		b--;
	if (b >= a + 3 && s[b - 1] == '.' && cti_cite_is_lower_at(s, b, b - 2) &&
	    (cti_cite_is_lower_at(s, b, b - 3) || ((unsigned char)s[b - 3] & 0xC0) == 0x80))
		b--;
	return b > a ? cti_cite_arena_strn(p->cs, s + a, b - a) : NULL;
}

void cti_cite_add_name(struct parse *p, ct_cite_name *arr, size_t *cnt, const char *fam,
                       const char *giv, const char *lit)
{
	if (*cnt >= MAX_NAMES)
		return;
	arr[*cnt].family = fam;
	arr[*cnt].given = giv;
	arr[*cnt].literal = lit;
	(*cnt)++;
	(void)p;
}

/* Does a year follow s[i] (after spaces, maybe in parentheses)? "Karl
 * Opp 2001, Title": the year closes a list of names. */
static bool year_follows(const char *s, size_t n, size_t i)
{
	size_t e;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '(')
		i++;
	return cti_cite_scan_year(s, n, i, &e) && e - i == 4 && (e >= n || !cti_cite_is_dig(s[e]));
}

/* The first word of an archive, a library, a museum, an office or a
 * document, never of a person's name ("Archivio di Stato", "Biblioteca
 * Marciana", "Consiglio dei Dieci", "Testamento di …"). */
static bool institution_word(const char *s, size_t a, size_t b)
{
	static const char *const w[] = {
		"Archivio", "Archivo", "Archiv", "Archives", "Archive", "Biblioteca", "Bibliothèque",
		"Bibliothek", "Library", "Museo", "Museum", "Musée", "Consiglio", "Senato", "Collegio",
		"Avogaria", "Provveditori", "Procuratori", "Magistrato", "Registro", "Testamento",
		"Codice", "Civico", "Archivum", "Bibliotheca"};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == b - a && !memcmp(s + a, w[k], b - a))
			return true;
	return false;
}

/* Does a lower-case word that starts no name follow "and" at s[i]?
 * "others" / "altri" / "andere" (et al.) and particles before a capital
 * ("e de Santis") do not count. */
static bool lower_after_and(const char *s, size_t n, size_t i)
{
	static const char *const etal[] = {"others", "altri", "andere", "autres", "otros",
	                                   "coll.", "al.", "collaborators", "collaboratori"};
	static const char *const part[] = {"de", "da", "di", "del", "della", "dal", "dalla",
	                                   "van", "von", "du", "dos", "das", "ten", "ter", "zu"};
	while (i < n && s[i] == ' ')
		i++;
	if (!cti_cite_is_lower_at(s, n, i))
		return false;
	size_t e = i;
	while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != ';')
		e++;
	for (size_t k = 0; k < sizeof etal / sizeof etal[0]; k++)
		if (strlen(etal[k]) <= e - i && !memcmp(s + i, etal[k], strlen(etal[k])))
			return false;
	/* "d'Annunzio", "d’Agostino" */
	if (s[i] == 'd' && (cti_cite_starts_cs(s, n, i + 1, "'") ||
	                    cti_cite_starts_cs(s, n, i + 1, "\xe2\x80\x99")))
		return false;
	for (size_t k = 0; k < sizeof part / sizeof part[0]; k++)
		if (strlen(part[k]) == e - i && !memcmp(s + i, part[k], e - i)) {
			size_t j = e;
			while (j < n && s[j] == ' ')
				j++;
			if (cti_cite_is_upper_at(s, n, j))
				return false;
		}
	return true;
}

/* Does an imprint "Place YEAR" (a known city) follow at s[i] ("…, Venezia
 * 1746.")? Then the unit before it is a title, not a name. */
static bool imprint_follows(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	size_t e = i;
	while (e < n && e - i < 40 && !cti_cite_is_dig(s[e]) && s[e] != ',' && s[e] != '.' &&
	       s[e] != ':' && s[e] != '(' && !cti_cite_is_bar(s[e]))
		e++;
	if (e == i || e >= n || !cti_cite_is_dig(s[e]) || s[e - 1] != ' ' || !year_follows(s, n, e))
		return false;
	char buf[48];
	size_t l = e - 1 - i;
	if (l == 0 || l >= sizeof buf)
		return false;
	memcpy(buf, s + i, l);
	buf[l] = '\0';
	return cti_cite_place_is(buf); /* not cti_cite_place_like: "Bern" in "Bernd" */
}

/* Does "in" and an opening quote follow at s[i] ("Croce, in “Mitteilungen
 * …”")? A lone word before it is the end of a title cut off at its start:
 * a name is followed by a title before the "in". */
static bool in_quote_follows(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	const char *cl;
	return cti_cite_starts_cs(s, n, i, "in ") && cti_cite_open_quote(s, n, i + 3, &cl);
}

/* Is s[a, b) a religious order's letters after a name ("OFM", "S.J.",
 * "O.P.")? They belong to the name before them. */
static bool order_suffix(const char *s, size_t a, size_t b)
{
	static const char *const w[] = {"OFM", "O.F.M.", "OFMConv", "OFMCap", "OP", "O.P.", "SJ",
	                                "S.J.", "OSB", "O.S.B.", "OSA", "O.S.A.", "OCD", "SDB",
	                                "CSsR", "OFMConv.", "OFMCap."};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == b - a && !memcmp(s + a, w[k], b - a))
			return true;
	return false;
}

/* Does "City: Publisher" follow at s[i] (after a period or a comma)? */
static bool city_publisher_follows(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '.' || s[i] == ','))
		i++;
	size_t c = i;
	while (c < n && c - i < 30 && s[c] != ':' && s[c] != '.' && !cti_cite_is_dig(s[c]))
		c++;
	if (c == i || c + 2 >= n || s[c] != ':' || s[c + 1] != ' ' || !cti_cite_is_upper_at(s, n, c + 2))
		return false;
	char buf[40];
	if (c - i >= sizeof buf)
		return false;
	memcpy(buf, s + i, c - i);
	buf[c - i] = '\0';
	return cti_cite_place_like(buf);
}

/* Do the comma-separated units from s[i] reach a known city (the whole
 * unit) before they end ("and", "et al.", a unit without a comma)? */
static bool names_reach_city(const char *s, size_t n, size_t i)
{
	struct unit w;
	for (int k = 0; k < MAX_NAMES; k++) {
		read_unit(s, n, i, false, &w);
		if (w.etal || w.after_and || w.bad || w.nt == 0)
			return false;
		char buf[40];
		if (w.b > w.a && w.b - w.a < sizeof buf) {
			memcpy(buf, s + w.a, w.b - w.a);
			buf[w.b - w.a] = '\0';
			if (cti_cite_place_is(buf))
				return true;
		}
		if (w.sep != S_COMMA)
			return false;
		i = w.next;
	}
	return false;
}

/* Read the author block at i; fills arr; returns where it ends (after its
 * closing punctuation), or i when there are no names. *end_punct gets the
 * character that closed it ('.', ',', ':', '(', '"' or 0). */
size_t cti_cite_read_names(struct parse *p, const char *s, size_t n, size_t i, ct_cite_name *arr,
                           size_t *cnt, bool *etal, char *end_punct)
{
	struct unit u, v;
	size_t pos = i, block_end = i;
	bool initials_only = false; /* the first name's given names were initials */
	bool last = false;
	*end_punct = 0;
	size_t first_cnt = *cnt;
	bool slashed = false; /* the name before ended with "/" */
	bool first_inverted = false; /* the first name was "Family, Given" */
	bool used_slash = false;     /* some name so far ended with "/" */
	/* the block opens the reference (not names after "a cura di") */
	bool leads = true;
	for (size_t k = 0; k < i; k++)
		if (s[k] != ' ' && !cti_cite_is_bar(s[k]))
			leads = false;
	while (!last && *cnt < MAX_NAMES) {
		size_t pre_cnt = *cnt, pre_end = block_end; /* before this name */
		bool inverted = false;                      /* it was "Family, Given" */
		read_unit(s, n, pos, false, &u);
		if (u.etal) {
			*etal = true;
			block_end = u.next;
			break;
		}
		if (u.bad || u.nt == 0 || count_kind(&u, T_WORD) + count_kind(&u, T_CAPS) +
		                                  count_kind(&u, T_INIT) == 0)
			break;
		bool first = *cnt == first_cnt;
		/* "Crivellali P. Pio, OFM, La Provincia …": the order's letters
		 * after a name are no name of their own and no title */
		if (!first && u.nt == 1 && u.sep == S_COMMA && order_suffix(s, u.tok_a[0], u.tok_b[0])) {
			block_end = u.next;
			pos = u.next;
			continue;
		}
		/* "und Byzantinische Kunst, Mainz 1992": words after an "and"
		 * that opens an entry cut at its start are no name unless one
		 * family name, or initials, make one ("& Murry, Thomas. 1974",
		 * the second name of a list split at a line end) */
		if (first && leads && u.after_and && count_kind(&u, T_INIT) == 0 &&
		    count_kind(&u, T_WORD) + count_kind(&u, T_CAPS) >= 2) {
			read_unit(s, n, u.next, true, &v);
			if (u.sep != S_COMMA || v.bad || !unit_all_init(&v))
				break;
		}
		/* "Croce, in “Mitteilungen …”": a title's last words, no name */
		if (first && leads && u.sep == S_COMMA && count_kind(&u, T_INIT) == 0 &&
		    in_quote_follows(s, n, u.next))
			break;
		/* "Altare, Savona 1884.", "Bonifacio, Giovanni, Istoria di
		 * Trivigii, Venezia 1744": before the imprint, the title */
		if (u.sep == S_COMMA && count_kind(&u, T_INIT) == 0 && leads && imprint_follows(s, n, u.next))
			break;
		/* "Two English Republican Tracts. Cambridge: Cambridge University
		 * Press, 1969": words right before "City: Publisher" are a title */
		if (first && leads && count_kind(&u, T_INIT) == 0 && city_publisher_follows(s, n, u.next))
			break;
		/* "Archivio Segreto Vaticano", "Consiglio dei Dieci": an archive
		 * or an office is no person */
		if (first && institution_word(s, u.tok_a[0], u.tok_b[0]))
			break;
		/* "Familien-, Erwerbs- und …": a word cut at a hyphen is no name */
		if (u.b > u.a && s[u.b - 1] == '-')
			break;
		/* Family, Given */
		bool famlike = unit_family(&u) ||
		               ((u.nt <= 3 || (first && u.nt == 4)) && count_kind(&u, T_INIT) == 0 &&
		                count_kind(&u, T_SUFFIX) == 0);
		if (famlike && u.sep == S_COMMA) {
			read_unit(s, n, u.next, true, &v);
			/* "Krebs/Schmidt (1993)": a name ended by "/" has no given
			 * names written out after it */
			bool slash_pair = u.slash && u.next > 0 && s[u.next - 1] == '/' &&
			                  count_kind(&v, T_INIT) == 0;
			/* "Della Porta, Donatella (2003)", "Wa Muiu, Mueni (2010)",
			 * "Blanco Fernández de Valderrama, Cristina (1993)": two to
			 * four words, one given name, then the year */
			bool two_word_family = first && u.nt >= 2 && u.nt <= 4 && count_kind(&u, T_INIT) == 0 &&
			                       v.nt == 1 && count_kind(&v, T_WORD) == 1 &&
			                       year_follows(s, n, v.next + (v.next < n && s[v.next] == '.'));
			/* "di Venezia, Venezia, Filippi, 1970.", "del Santo, Padova, e
			 * sue …": words opened by a particle, then a city, are a
			 * title cut at its start, not a family name and a given one */
			if (first && leads && u.kind[0] == T_PART && v.nt == 1 && city_word(s, v.a, v.b))
				break;
			if (!v.bad && !v.etal && unit_given(&v) && !slash_pair &&
			    (unit_family(&u) || unit_all_init(&v) || two_word_family) &&
			    (unit_all_init(&v) || first || (v.sep == S_AND || v.sep == S_END) ||
			     (slashed && first_inverted))) {
				bool vinit = unit_all_init(&v);
				if (first) {
					initials_only = vinit;
					first_inverted = true;
				}
				if (!first && initials_only && !vinit)
					break;
				/* "Family, Given" after the first only in all-inverted
				 * lists: "a cura di Anna Sarti, Venezia, Ferro 1950"
				 * reads the place and the publisher as one */
				if (!vinit && !first && !first_inverted)
					break;
				cti_cite_add_name(p, arr, cnt, span_str(p, s, u.a, u.b), span_str(p, s, v.a, v.b), NULL);
				inverted = true;
				block_end = v.next;
				pos = v.next;
				slashed = v.slash;
				used_slash = used_slash || v.slash;
				if (u.after_and)
					break;
				if (v.sep == S_AND)
					last = true;
				else if (v.sep == S_END)
					break;
				if (last) {
					/* the unit after "and": one more name */
					goto after_and;
				}
				continue;
			}
		}
		{
			/* a single unit: Given Family / Family Initials / Family */
			size_t nw = (size_t)(count_kind(&u, T_WORD) + count_kind(&u, T_CAPS));
			size_t ni = (size_t)count_kind(&u, T_INIT);
			if (u.nt > 5 || nw == 0)
				break;
			if (!first && initials_only && ni == 0)
				break;
			/* "Tölke/Diewald, Berufsbiographische Unsicherheiten und …":
			 * in a list joined by "/", a comma ends the names */
			if (!first && used_slash && !slashed)
				break;

			/* "Given Family, Title Words (…" : a later name without
			 * initials must be followed by another name */
			if (!first && ni == 0 && u.sep == S_END && !u.after_and && !slashed &&
			    !(first_inverted && (year_follows(s, n, u.next) || cti_cite_editor_marker(s, n, u.next))))
				break;
			/* "Richard Wendt, Weltpolitische Betrachtungen, Kiel 1983": a
			 * later name without initials, not after "and" or "/", needs a
			 * name after it */
			if (!first && ni == 0 && u.sep == S_COMMA && !u.after_and && !slashed &&
			    !count_kind(&u, T_CAPS)) {
				struct unit w;
				read_unit(s, n, u.next, false, &w);
				size_t q = u.next;
				while (q < n && s[q] == ' ')
					q++;
				const char *qc;
				bool quoted_next = q < n && (cti_cite_open_quote(s, n, q, &qc) || cti_cite_is_dig(s[q]) ||
				                             s[q] == '(');
				/* "Diewald, Martin, Johannes Huinink, Jutta Heckhausen
				 * 1996, Title": in a list opened by "Family, Given" a
				 * name right before the year ends it */
				bool year_ends = first_inverted && w.sep == S_END && !w.bad &&
				                 w.nt >= 2 && w.nt <= 3 && year_follows(s, n, w.next);
				if (!quoted_next && !w.etal && !year_ends &&
				    (w.bad || w.nt == 0 ||
				     (w.sep == S_END && !w.after_and && count_kind(&w, T_INIT) == 0)))
					break;
				/* "Marco Boschini, Le Minere della Pittura, Venezia,
				 * Nicolini, 1664": names in the direct order do not run
				 * into a city; the title and the imprint do */
				if (!first_inverted && names_reach_city(s, n, u.a))
					break;
			}
			if (u.kind[0] != T_INIT && u.kind[0] != T_PART && ni > 0 &&
			    u.kind[u.nt - 1] == T_INIT) {
				/* Family Initials */
				size_t k = 0;
				while (k < u.nt && u.kind[k] != T_INIT)
					k++;
				if (first)
					initials_only = true;
				cti_cite_add_name(p, arr, cnt, span_str(p, s, u.tok_a[0], u.tok_b[k - 1]),
				                  span_str(p, s, u.tok_a[k], u.b), NULL);
			} else if (u.nt >= 2 && (u.kind[u.nt - 1] == T_WORD || u.kind[u.nt - 1] == T_CAPS ||
			                         u.kind[u.nt - 1] == T_SUFFIX)) {
				/* Given Family; "Die Ordnung der Dinge" is a title */
				if (title_article(s, u.tok_a[0], u.tok_b[0]))
					break;
				size_t lastw = u.nt - 1;
				if (u.kind[lastw] == T_SUFFIX && lastw > 0)
					lastw--;
				size_t fa = lastw;
				while (fa > 0 && u.kind[fa - 1] == T_PART)
					fa--;
				if (fa == 0)
					break;
				bool ginit = true;
				for (size_t k = 0; k < fa; k++)
					if (u.kind[k] != T_INIT)
						ginit = false;
				if (first)
					initials_only = ginit;
				cti_cite_add_name(p, arr, cnt, span_str(p, s, u.tok_a[fa], u.b),
				                  span_str(p, s, u.tok_a[0], u.tok_b[fa - 1]), NULL);
			} else if (unit_family(&u)) {
				if (!first && initials_only)
					break;
				cti_cite_add_name(p, arr, cnt, span_str(p, s, u.a, u.b), NULL, NULL);
			} else {
				break;
			}
			block_end = u.next;
			pos = u.next;
			slashed = u.slash;
			used_slash = used_slash || u.slash;
			if (u.after_and)
				break;
			if (u.sep == S_AND)
				last = true;
			else if (u.sep == S_END)
				break;
			if (last)
				goto after_and;
			continue;
		}
	after_and:
		/* "Musica e liturgia", "Benedetto XIV e la Repubblica": a
		 * lower-case word after "and" (not "others", not a particle
		 * before a name) makes the words before it a title, not a name */
		if (!inverted && lower_after_and(s, n, pos)) {
			*cnt = pre_cnt;
			block_end = pre_end;
			break;
		}
		/* the name after "and" / "&": read it once, then stop */
		read_unit(s, n, pos, false, &u);
		if (u.etal) {
			*etal = true;
			block_end = u.next;
			break;
		}
		/* "State and Economy in the Ottoman Empire", "Architettura del
		 * Sei e Settecento a Venezia", "Porti e Lagune del Veneto, Chioggia
		 * 1966": when no name follows "and", the words before it (no
		 * initials, not inverted) are a title too */
		if ((u.bad || (leads && u.sep == S_COMMA && count_kind(&u, T_INIT) == 0 &&
		               imprint_follows(s, n, u.next))) &&
		    u.nt > 0 && !inverted && *cnt > pre_cnt &&
		    !(arr[*cnt - 1].given && strchr(arr[*cnt - 1].given, '.'))) {
			*cnt = pre_cnt;
			block_end = pre_end;
			break;
		}
		if (u.bad || u.nt == 0)
			break;
		if ((unit_family(&u) || (u.nt <= 3 && count_kind(&u, T_INIT) == 0)) && u.sep == S_COMMA) {
			read_unit(s, n, u.next, true, &v);
			if (!v.bad && unit_given(&v) && (unit_all_init(&v) || (!initials_only && unit_family(&u)))) {
				cti_cite_add_name(p, arr, cnt, span_str(p, s, u.a, u.b), span_str(p, s, v.a, v.b), NULL);
				block_end = v.next;
				break;
			}
		}
		size_t ni = (size_t)count_kind(&u, T_INIT);
		if (u.nt > 5 || (initials_only && ni == 0 && !unit_family(&u)))
			break;
		if (u.kind[0] != T_INIT && u.kind[0] != T_PART && ni > 0 && u.kind[u.nt - 1] == T_INIT) {
			size_t k = 0;
			while (k < u.nt && u.kind[k] != T_INIT)
				k++;
			cti_cite_add_name(p, arr, cnt, span_str(p, s, u.tok_a[0], u.tok_b[k - 1]),
			                  span_str(p, s, u.tok_a[k], u.b), NULL);
		} else if (u.nt >= 2 && (u.kind[u.nt - 1] == T_WORD || u.kind[u.nt - 1] == T_CAPS) &&
		           !title_article(s, u.tok_a[0], u.tok_b[0])) {
			size_t fa = u.nt - 1;
			while (fa > 0 && u.kind[fa - 1] == T_PART)
				fa--;
			if (fa == 0)
				break;
			cti_cite_add_name(p, arr, cnt, span_str(p, s, u.tok_a[fa], u.b),
			                  span_str(p, s, u.tok_a[0], u.tok_b[fa - 1]), NULL);
		} else if (unit_family(&u)) {
			cti_cite_add_name(p, arr, cnt, span_str(p, s, u.a, u.b), NULL, NULL);
		} else {
			break;
		}
		block_end = u.next;
		break;
	}
	if (*cnt == first_cnt && !*etal)
		return i;
	/* what closed the block */
	size_t j = block_end;
	while (j > i && s[j - 1] == ' ')
		j--;
	char c = j > i ? s[j - 1] : 0;
	size_t k = block_end;
	while (k < n && s[k] == ' ')
		k++;
	if (k < n && (s[k] == ':' || s[k] == '.' || s[k] == ',')) {
		c = s[k];
		block_end = k + 1;
	} else if (k < n && s[k] == '(') {
		c = '(';
		block_end = k;
	} else if (k < n && cti_cite_is_dig(s[k])) {
		c = c == ',' ? ',' : '0';
		block_end = k;
	} else {
		const char *cl;
		if (k < n && cti_cite_open_quote(s, n, k, &cl)) {
			c = c == ',' ? ',' : '"';
			block_end = k;
		}
	}
	*end_punct = c;
	return block_end;
}

/* "(ed.)", "(eds.)", "(Hrsg.)", "(a cura di)", "ed.", "eds.": the length of
 * such a marker at s[i] (after spaces), 0 if none. */
size_t cti_cite_editor_marker(const char *s, size_t n, size_t i)
{
	static const char *const m[] = {
		"(eds.)", "(Eds.)", "(ed.)", "(Ed.)", "(eds)", "(Eds)", "(ed)", "(Ed)", "(Hrsg.)",
		"(Hg.)", "(Hgg.)", "(hrsg.)", "(hg.)", "(a cura di)", "(dir.)", "(coord.)", "(org.)",
		"(orgs.)", "(ed. by)", "(Hrsg)", "eds.", "Eds.", "ed.", "Ed.", "Hrsg.", "(ed. lit.)",
		"(editors)", "(editor)", "editors,", "editor,", "eds,", "Eds,",
	};
	size_t j = i;
	while (j < n && (s[j] == ' ' || s[j] == ','))
		j++;
	for (size_t k = 0; k < sizeof m / sizeof m[0]; k++)
		if (cti_cite_starts_cs(s, n, j, m[k]))
			return j + strlen(m[k]) - i;
	return 0;
}

bool cti_cite_name_like_literal(const char *s, size_t a, size_t b)
{
	/* Title-cased words and function words only, at most 10 words */
	int words = 0, caps = 0;
	size_t i = a;
	while (i < b) {
		while (i < b && s[i] == ' ')
			i++;
		if (i >= b)
			break;
		size_t e = i;
		while (e < b && s[e] != ' ')
			e++;
		words++;
		if (cti_cite_is_upper_at(s, b, i) || s[i] == '(')
			caps++;
		else if (!(e - i <= 4 || !strncmp(s + i, "for", 3)))
			return false;
		i = e;
	}
	return words >= 1 && words <= 10 && caps * 2 >= words;
}

/* An institution as author before its year: "Bundesanstalt für
 * Arbeitsvermittlung (1956): Title", "Ministerio de Asuntos Exteriores y de
 * Cooperación (2003): Title". The name (no digits, quotes or brackets) has
 * a lower-case word that is no name particle nor "and", or five words and
 * more with no comma. The end of the name (before " ("), or 0. */
size_t cti_cite_institution_year(const char *s, size_t n, size_t i)
{
	size_t j = i, words = 1, commas = 0;
	bool lower = false;
	const char *cl;
	while (j < n && s[j] != '(' && j - i < 160) {
		if (cti_cite_is_dig(s[j]) || cti_cite_is_bar(s[j]) || s[j] == ':' || s[j] == ';' || s[j] == '[' ||
		    cti_cite_open_quote(s, n, j, &cl) || (s[j] == '.' && cti_cite_sentence_end(s, n, j, i)))
			return 0;
		if (s[j] == ',') {
			/* "Ministerio de …, Secretaría de …": the name before the
			 * first comma must be an institution's already */
			if (!commas && !lower && words < 5)
				return 0;
			commas++;
		}
		if (s[j] == ' ' && j + 1 < n && s[j + 1] != '(') {
			words++;
			size_t w = j + 1, we = w;
			while (we < n && s[we] != ' ' && s[we] != ',')
				we++;
			if (cti_cite_is_lower_at(s, n, w) && !cti_cite_is_particle(s + w, we - w) && !is_and_word(s, n, w))
				lower = true;
		}
		j++;
	}
	if (j >= n || j < i + 3 || s[j - 1] != ' ' || !cti_cite_is_upper_at(s, n, i))
		return 0;
	/* "(1956)", "(2003a)" */
	size_t ye = j + 1;
	while (ye < n && ye - (j + 1) < 4 && cti_cite_is_dig(s[ye]))
		ye++;
	if (ye - (j + 1) != 4 || !cti_cite_valid_year(atoi(s + j + 1)))
		return 0;
	if (ye < n && islower((unsigned char)s[ye]))
		ye++;
	if (ye >= n || s[ye] != ')')
		return 0;
	/* "Ministerio de Asuntos Exteriores y de Cooperación, Secretaría de
	 * Estado de Cooperación Internacional (2005)": after a comma too when
	 * the name before it was an institution's */
	if (!lower && words < 5)
		return 0;
	return j - 1;
}

/* A family name in small capitals as OCR reads them, then initials, at
 * i: "cicogna E.: ", "FiLiASi j., ", "da mosto A.: ", "BETTINI s.: ".
 * One to three words of letters, one to four initials, then ',' or ':';
 * some letter's case is off (a lowercase word or initial, an uppercase
 * letter after a lowercase one), since names in the usual case are read by
 * cti_cite_read_names(). The end (after the ',' or ':'), family in [*fa, *fb),
 * initials in [*ga, *gb); or 0. */
size_t cti_cite_odd_case_name(const char *s, size_t n, size_t i, size_t *fa, size_t *fb,
                              size_t *ga, size_t *gb)
{
	static const char *const stop[] = {"in", "vgl", "siehe", "see", "cf", "ebd", "ders", "dies",
	                                   "id", "ibid", "und", "and", "et", "von", "hrsg", "hg"};
	size_t j = i;
	bool odd = false;
	int words = 0;
	*fa = i;
	*fb = i;
	while (words < 3) {
		size_t w = j, l;
		char prev = 0;
		while (j < n && cti_cite_is_letter_at(s, n, j)) {
			char c = cti_cite_letter_case(s, n, j, &l);
			if (c == 'L' && j == w)
				odd = true;
			if (c == 'U' && prev == 'L')
				odd = true;
			prev = c ? c : prev;
			j += l;
		}
		if (j - w < 2)
			break;
		if (words == 0)
			for (size_t k = 0; k < sizeof stop / sizeof stop[0]; k++)
				if (strlen(stop[k]) == j - w && !strncasecmp(s + w, stop[k], j - w))
					return 0;
		words++;
		*fb = j;
		if (j + 1 < n && s[j] == ' ' && cti_cite_is_letter_at(s, n, j + 1) &&
		    !(j + 2 < n && s[j + 2] == '.'))
			j++;
		else
			break;
	}
	if (!words || *fb - *fa < 3 || j >= n || s[j] != ' ')
		return 0;
	j++;
	*ga = j;
	int inits = 0;
	while (j + 1 < n && cti_cite_is_letter_at(s, n, j) && (unsigned char)s[j] < 0x80 && s[j + 1] == '.' &&
	       inits < 4) {
		if (cti_cite_is_lower_at(s, n, j))
			odd = true;
		inits++;
		j += 2;
		*gb = j;
		if (j + 1 < n && s[j] == ' ' && cti_cite_is_letter_at(s, n, j + 1) && j + 2 < n && s[j + 2] == '.')
			j++;
	}
	if (!inits || !odd)
		return 0;
	if (j < n && s[j] == ' ')
		j++;
	if (j >= n || (s[j] != ',' && s[j] != ':'))
		return 0;
	return j + 1;
}

/* A name in the direct order, then " - " and the title, at i: "Antonio
 * Corso - La colonna …", "Jennifer M. Fletcher - Harpies …". Two or three
 * capitalised words (a middle initial allowed), none a function word;
 * family = the last word. The end (after " - "), or 0. */
size_t cti_cite_dash_name_lead(const char *s, size_t n, size_t i, size_t *ga, size_t *gb,
                               size_t *fa, size_t *fb)
{
	static const char *const stop[] = {"Il", "La", "Le", "Lo", "Gli", "I", "The", "Der", "Die",
	                                   "Das", "Les", "El", "Los", "Las", "Un", "Una", "A", "An",
	                                   "Ein", "Eine", "Di", "De", "Del", "Della", "Of", "And",
	                                   "In", "On", "For", "Von", "Zur", "Zum", "Storia", "Venezia",
	                                   "Nuovo", "Nuova", "New", "San", "Santa", "St"};
	size_t j = i;
	int full = 0, inits = 0;
	size_t last_a = i;
	*ga = i;
	while (full + inits < 4) {
		size_t w = j, l;
		if (!cti_cite_is_upper_at(s, n, j))
			return 0;
		j += cti_cite_letter_case(s, n, j, &l) ? l : 1;
		if (j < n && s[j] == '.') {
			if (!full)
				return 0; /* initials first: left to cti_cite_read_names */
			inits++;
			j++;
		} else {
			while (j < n && (cti_cite_is_lower_at(s, n, j) ||
			                 (s[j] == '-' && j + 1 < n && cti_cite_is_upper_at(s, n, j + 1)))) {
				j += cti_cite_letter_case(s, n, j, &l) ? l : 1;
			}
			if (j - w < 2 || (j < n && cti_cite_is_letter_at(s, n, j)))
				return 0;
			for (size_t k = 0; k < sizeof stop / sizeof stop[0]; k++)
				if (strlen(stop[k]) == j - w && !strncmp(s + w, stop[k], j - w))
					return 0;
			full++;
			last_a = w;
		}
		if (cti_cite_starts_cs(s, n, j, " - ")) {
			size_t t = j + 3;
			const char *cl;
			if (full < 2 || s[j - 1] == '.' || t >= n ||
			    !(cti_cite_is_upper_at(s, n, t) || cti_cite_open_quote(s, n, t, &cl)))
				return 0;
			/* "Denis Arnold - Elsie Arnold, Title": another name, not
			 * the title, after the dash (left to cti_cite_read_names) */
			size_t words;
			enum tok last;
			size_t toks = name_tokens_to_comma(s, n, t, 4, true, &words, &last);
			if (toks >= 2 && (last == T_WORD || last == T_CAPS))
				return 0;
			*gb = last_a;
			while (*gb > *ga && s[*gb - 1] == ' ')
				(*gb)--;
			*fa = last_a;
			*fb = j;
			return t;
		}
		if (j >= n || s[j] != ' ')
			return 0;
		j++;
	}
	return 0;
}

/* Drop ranks and honorifics from given names ("Sir Roderick" → "Roderick"). */
void cti_cite_strip_honorifics(ct_cite_name *nm, size_t cnt)
{
	static const char *const hon[] = {"Sir ", "Dame ", "Lord ", "Lady ", "Dr. ", "Dr ", "Prof. ",
	                                  "Professor ", "Gen. ", "General ", "Brig. ", "Col. ",
	                                  "Lt. ", "Maj. ", "Capt. ", "Adm. ", "Mr. ", "Mrs. ", "Ms. ",
	                                  "Mr ", "Mrs ", "Ms ", "Rev. ", "Hon. "};
	for (size_t i = 0; i < cnt; i++) {
		const char *g = nm[i].given;
		bool again = true;
		while (g && again) {
			again = false;
			for (size_t k = 0; k < sizeof hon / sizeof hon[0]; k++)
				if (!strncmp(g, hon[k], strlen(hon[k]))) {
					g += strlen(hon[k]);
					again = true;
				}
		}
		if (g && nm[i].given && g != nm[i].given) {
			size_t gl = strlen(g);
			if (gl == 0 || !strcmp(g, "Sir") || !strcmp(g, "Dr."))
				g = NULL;
			nm[i].given = g;
		}
		if (nm[i].given && (!strcmp(nm[i].given, "Sir") || !strcmp(nm[i].given, "Dr.") ||
		                    !strcmp(nm[i].given, "Prof.")))
			nm[i].given = NULL;
	}
}
