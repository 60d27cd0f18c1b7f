/*
 * cite-chain.c — a note to its citations, and the chain between them
 * (citation.c reads each citation): the note is split into its citations
 * (after a sentence, at "See", "See also", "Cf.", "Vgl." …; at "; " unless
 * a list of names or a Vancouver "2000; 105:413" goes on; between
 * author-year short forms, at "sowie" after a page or a year, where a
 * reference list runs together; a prose lead-in before ", see X" is
 * dropped), and a note of prose stays whole. "Ibid." / "ebd." / "Id."
 * take the citation before (and its page, unless they give one); "ders." /
 * "idem" its authors; a short form ('Bennett, p. 208.', 'Hardwick, "Troops
 * Leave."') the latest citation with the same authors and the title's
 * words. The citations go into the list (struct ct_cites, cite-parse.h) in
 * the order read.
 */
#include "extract/cite-parse.h"
#include "util/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_NOTE (64 * 1024)

/* Does s open with an inverted name and initials, then a comma or a dash:
 * "Beltrami D., ", "Bouwsma, W. J., ", "Aikema B. - ", "Tenenti, A.: "? A reference list
 * entry cut short, not prose. */
static bool name_initials_lead(const char *s, size_t n)
{
	size_t i = 0;
	for (int words = 0; words < 3 && i < n && cti_cite_is_upper_at(s, n, i); words++) {
		size_t l;
		while (i < n && (cti_cite_is_letter_at(s, n, i) || s[i] == '-' || s[i] == '\''))
			i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
		if (i < n && s[i] == ',')
			i++;
		while (i < n && s[i] == ' ')
			i++;
		/* initials: "D.", "W. J.", "H.-J." */
		size_t inits = 0, j = i;
		while (j + 1 < n && cti_cite_is_upper_at(s, n, j) && s[j + 1] == '.') {
			inits++;
			j += 2;
			if (j < n && s[j] == '-')
				j++;
			while (j < n && s[j] == ' ')
				j++;
		}
		if (inits && inits <= 3 && j < n && (s[j] == ',' || s[j] == '-' || s[j] == ';' || s[j] == ':'))
			return true;
	}
	/* the direct order: "F. Ambrosini, ", "A. M. Bettanini, ", "J.-P. Roux - " */
	i = 0;
	size_t inits = 0;
	while (i + 1 < n && cti_cite_is_upper_at(s, n, i) && s[i + 1] == '.' && inits < 4) {
		inits++;
		i += 2;
		if (i < n && s[i] == '-')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (!inits || inits > 3)
		return false;
	for (int words = 0; words < 3 && i < n && cti_cite_is_upper_at(s, n, i); words++) {
		size_t l, w0 = i;
		while (i < n && (cti_cite_is_letter_at(s, n, i) || s[i] == '-' || s[i] == '\''))
			i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
		if (i - w0 < 2)
			return false;
		if (i < n && s[i] == ',')
			return true;
		if (cti_cite_starts_cs(s, n, i, " - "))
			return true;
		if (i >= n || s[i] != ' ')
			return false;
		i++;
	}
	return false;
}

/* Does s open with a family name in small capitals that OCR read as lower
 * case and its initials, then a comma: "zendrini a., ", "bianco g. b., "?
 * (At a note's start only: in running text such a pair is too common.) */
static bool small_caps_name_lead(const char *s, size_t n)
{
	size_t i = 0, l;
	if (!cti_cite_is_lower_at(s, n, 0))
		return false;
	while (i < n && (cti_cite_is_letter_at(s, n, i) || s[i] == '\''))
		i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
	if (i < 3 || i >= n || s[i] != ' ')
		return false;
	size_t inits = 0;
	while (i + 2 < n && s[i] == ' ' && cti_cite_is_letter_at(s, n, i + 1) && s[i + 2] == '.' &&
	       (i + 3 >= n || s[i + 3] == ' ' || s[i + 3] == ',')) {
		inits++;
		i += 3;
	}
	return inits && inits <= 3 && i < n && s[i] == ',';
}

/* Are the two words of s[0..e) (one space between) three letters long
 * or more each, the first no preposition, article or pronoun that opens a
 * sentence ("Nel Veneto, Il …")? */
static bool two_long_words(const char *s, size_t e)
{
	static const char *const lead[] = {
		"The", "For", "From", "With", "After", "Before", "During", "Since", "When", "While",
		"This", "That", "These", "Those", "Both", "All", "Not", "Nel", "Nella", "Nello",
		"Negli", "Nelle", "Per", "Con", "Dal", "Dalla", "Del", "Della", "Sul", "Sulla",
		"Gli", "Una", "Uno", "Non", "Questo", "Questa", "Nach", "Bei", "Mit", "Von", "Aus",
		"Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Auch", "Dans", "Pour", "Avec", "Sur",
		"Les", "Une", "Des"};
	const char *sp = memchr(s, ' ', e);
	if (!sp || sp - s < 3 || e - (size_t)(sp - s) - 1 < 3)
		return false;
	for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
		if ((size_t)(sp - s) == strlen(lead[k]) && !memcmp(s, lead[k], strlen(lead[k])))
			return false;
	return true;
}

/* Does s open with an inverted name written out, then a comma or a period
 * and a capitalised word or an opening quote: "Braudel, Fernand, La
 * Méditerranée …", "Castan, Nicole. Les criminels …", "Canal, Bernardo,
 * “Il collegio …”"? Or with a family name in capitals and a quoted title:
 * "RENOUARD, «Les villes …»"? A reference list entry cut short, not prose.
 * (The family name: one or two capitalised words, a particle before them,
 * and no word that opens a sentence, "However, Smith, The …"; the given
 * names: one or two capitalised words.) */
static bool written_name_lead(const char *s, size_t n)
{
	static const char *const openers[] = {
		"However", "Moreover", "Indeed", "Thus", "Still", "Also", "Again", "Later", "Instead",
		"Finally", "First", "Second", "Third", "Here", "There", "Then", "Now", "Yes", "No",
		"Similarly", "Likewise", "Nevertheless", "Nonetheless", "Furthermore", "Meanwhile",
		"Hence", "Therefore", "Otherwise", "Overall", "Alternatively", "Nor", "Yet", "So",
		"Tuttavia", "Inoltre", "Quindi", "Infine", "Dunque", "Allora", "Ancora", "Anche",
		"Jedoch", "Dennoch", "Zudem", "Daher", "Cependant", "Ainsi", "Enfin"};
	for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
		if (cti_cite_starts_cs(s, n, 0, openers[k]) && strlen(openers[k]) < n &&
		    !cti_cite_is_letter_at(s, n, strlen(openers[k])))
			return false;
	size_t i = 0, l, words = 0;
	bool caps = true;
	while (i < n && words < 3) {
		size_t w = i;
		if (cti_cite_is_lower_at(s, n, i)) {
			while (i < n && cti_cite_is_letter_at(s, n, i))
				i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
			if (!cti_cite_is_particle(s + w, i - w) || words)
				return false;
		} else if (cti_cite_is_upper_at(s, n, i)) {
			while (i < n && (cti_cite_is_letter_at(s, n, i) || s[i] == '\'' || s[i] == '-')) {
				if (i > w && cti_cite_is_lower_at(s, n, i))
					caps = false;
				i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
			}
			if (i - w < 2)
				return false;
			words++;
		} else {
			return false;
		}
		if (i < n && s[i] == ',')
			break;
		if (i >= n || s[i] != ' ')
			return false;
		i++;
	}
	if (!words || i + 2 >= n || s[i] != ',' || s[i + 1] != ' ')
		return false;
	i += 2;
	const char *cl;
	if (caps && words == 1 && cti_cite_open_quote(s, n, i, &cl))
		return true;
	/* a name in two words of three letters or more, either order, then
	 * a title: "Enrico Besta, Il diritto …", "Veinstein Gilles, L ’ …" */
	if (words == 2 && two_long_words(s, i - 2) &&
	    (cti_cite_is_upper_at(s, n, i) || cti_cite_open_quote(s, n, i, &cl)))
		return true;
	/* the given names */
	size_t given = 0;
	while (i < n && given < 3 && cti_cite_is_upper_at(s, n, i)) {
		size_t w = i;
		i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
		while (i < n && cti_cite_is_lower_at(s, n, i))
			i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
		if (i - w < 2 || (i < n && cti_cite_is_letter_at(s, n, i)))
			return false;
		given++;
		if (i < n && (s[i] == ',' || s[i] == '.'))
			break;
		if (i + 1 >= n || s[i] != ' ' || (s[i + 1] == '-' && i + 3 < n && s[i + 2] == ' '))
			return false;
		i++;
	}
	if (!given || given > 2 || i + 2 >= n || (s[i] != ',' && s[i] != '.') || s[i + 1] != ' ')
		return false;
	i += 2;
	return cti_cite_is_upper_at(s, n, i) || cti_cite_open_quote(s, n, i, &cl) || s[i] == '"';
}

/* A note with no digits, no URL and mostly lowercase words is prose,
 * unless its parse found a place or a publisher: "Raccolta delle leggi
 * … della laguna, Venezia." is a reference cut before its year. */
static bool is_prose(const char *s, size_t n, const ct_cite *c)
{
	if (c->url || c->issued || c->page || c->volume || c->publisher_place || c->publisher)
		return false;
	size_t ga, gb, fa, fb;
	if (name_initials_lead(s, n) || small_caps_name_lead(s, n) || written_name_lead(s, n) ||
	    cti_cite_dash_name_lead(s, n, 0, &ga, &gb, &fa, &fb))
		return false;
	for (size_t i = 0; i < n; i++)
		if (cti_cite_is_dig(s[i]))
			return false;
	size_t words = 0, lower = 0;
	for (size_t i = 0; i < n; i++)
		if (cti_cite_word_start(s, i) && cti_cite_is_letter_at(s, n, i)) {
			words++;
			if (cti_cite_is_lower_at(s, n, i))
				lower++;
		}
	return words >= 12 && lower * 2 > words;
}

struct seg {
	size_t a, b;
};

/* Is there a sentence boundary at s[i] ('.' then space then a capital)? */
static bool boundary_at(const char *s, size_t n, size_t i, size_t from)
{
	return s[i] == '.' && i + 2 < n && s[i + 1] == ' ' && cti_cite_is_upper_at(s, n, i + 2) &&
	       cti_cite_sentence_end(s, n, i, from) && i > from && (s[i - 1] != '.');
}

static const char *const split_kw[] = {"See also ", "See ", "Cf. ", "Compare ", "For example, ",
                                       "Vgl. ", "Siehe ", "Also see ", "But see ", "Contra "};

/* s[a..b) one inverted name written out: "Hoffmeyer-Zlotnik, Jürgen H.
 * P.", "Wasmer, Martina" (capitalised words or initials, one comma, no
 * digit)? */
static bool inverted_name_span(const char *s, size_t n, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	int commas = 0, words = 0;
	size_t i = a;
	while (i < b) {
		if (s[i] == ',') {
			if (++commas > 1 || !words)
				return false;
			words = 0;
			i++;
			continue;
		}
		if (s[i] == ' ') {
			i++;
			continue;
		}
		size_t w = i, l;
		bool up = cti_cite_is_upper_at(s, n, i);
		while (i < b && (cti_cite_is_letter_at(s, n, i) || s[i] == '-' || s[i] == '.' || s[i] == '\''))
			i += cti_cite_letter_case(s, n, i, &l) ? l : 1;
		if (i == w || i - w > 30 || (!up && !cti_cite_is_particle(s + w, i - w)))
			return false;
		if (i < b && s[i] != ' ' && s[i] != ',')
			return false;
		if (++words > 4)
			return false;
	}
	return commas == 1 && words > 0;
}

/* At the ";" s[i]: inverted names written out, one after the other, up
 * to the year or an editor marker: "Haarmann, Alexander; Scholz, Evi
 * (2006):", "In: Gabler, Siegfried; Krebs, Dagmar (Hrsg.):"? */
static bool full_names_go_on(const char *s, size_t n, size_t i)
{
	size_t a = i;
	while (a > 0 && s[a - 1] != ';' && s[a - 1] != ':' && s[a - 1] != '(' && s[a - 1] != ')' &&
	       !cti_cite_is_dig(s[a - 1]) && i - a < 80)
		a--;
	if (!inverted_name_span(s, n, a, i))
		return false;
	for (int k = 0; k < 12; k++) {
		size_t b = i + 1;
		while (b < n && s[b] != ';' && s[b] != '(' && s[b] != ':' && !cti_cite_is_dig(s[b]) &&
		       b - i < 80)
			b++;
		if (b >= n || (s[b] != ';' && s[b] != '(') || !inverted_name_span(s, n, i + 1, b))
			return false;
		if (s[b] == '(') {
			size_t ye;
			return cti_cite_editor_marker(s, n, b) || cti_cite_scan_year(s, n, b + 1, &ye);
		}
		i = b;
	}
	return false;
}

/* At the ";" s[i]: an author list going on ("Dale, R.; Mellish, C.; and
 * Zock, M.")? An initial before it, an inverted name with initials after. */
static bool names_go_on(const char *s, size_t n, size_t i)
{
	if (full_names_go_on(s, n, i))
		return true;
	if (i < 3 || s[i - 1] != '.' || !cti_cite_is_upper_at(s, n, i - 2) ||
	    !(s[i - 3] == ' ' || s[i - 3] == '.' || s[i - 3] == '-'))
		return false;
	size_t j = i + 1;
	while (j < n && s[j] == ' ')
		j++;
	if (cti_cite_starts_cs(s, n, j, "and ") || cti_cite_starts_cs(s, n, j, "& "))
		j += s[j] == '&' ? 2 : 4;
	return name_initials_lead(s + j, n - j);
}

/* At the space s[i]: does "Place 1982. " or "Publisher, 1992. " end one
 * reference with another (with its own year) after it, as in a reference
 * list run together ("… Vicenza 1982. Notizie …, Venezia 1740.")? Not
 * the year after the authors ("Martin, J. 1992. Title"): the word before
 * the year must be a capitalised word of three letters or more. */
static bool year_ends_ref(const char *s, size_t n, size_t i)
{
	if (i < 7 || s[i - 1] != '.' || !cti_cite_is_dig(s[i - 2]))
		return false;
	size_t y = i - 5, ye;
	if (!cti_cite_scan_year(s, n, y, &ye) || ye != i - 1 || (y > 0 && cti_cite_is_dig(s[y - 1])) ||
	    y < 2 || s[y - 1] != ' ')
		return false;
	size_t w = y - 1;
	if (w > 0 && s[w - 1] == ',')
		w--;
	size_t we = w;
	while (w > 0 && cti_cite_is_letter_at(s, n, w - 1))
		w--;
	while (w > 0 && ((unsigned char)s[w - 1] & 0xC0) == 0x80)
		w--;
	if (we - w < 3 || !cti_cite_is_upper_at(s, n, w))
		return false;
	/* another reference with a year follows */
	size_t rest = n - (i + 1);
	if (rest < 20 || !cti_cite_is_letter_at(s, n, i + 1))
		return false;
	/* "… Papstbesuch 1980. In: Psyche …": the same reference goes on */
	if (cti_cite_starts_cs(s, n, i + 1, "In:") || cti_cite_starts_cs(s, n, i + 1, "In ") ||
	    cti_cite_starts_cs(s, n, i + 1, "in:"))
		return false;
	/* not a venue's acronym or "Proceedings." ("…, 2006. ICRA 2006., May") */
	size_t fw = i + 1, lower = 0;
	while (fw < n && s[fw] != ' ' && s[fw] != '.' && s[fw] != ',') {
		lower += cti_cite_is_lower_at(s, n, fw);
		fw++;
	}
	if (!lower || (fw + 1 < n && s[fw] == '.' && s[fw + 1] == ','))
		return false;
	for (size_t k = i + 1; k + 4 <= n; k++) {
		size_t e2;
		if ((k == 0 || !cti_cite_is_dig(s[k - 1])) && cti_cite_scan_year(s, n, k, &e2) && e2 - k == 4 &&
		    (e2 >= n || !cti_cite_is_dig(s[e2])))
			return true;
	}
	return false;
}

/* At the ";" s[i]: Vancouver "J Clin Invest 2000; 105:413-418"? A year
 * before it, a volume and ":" or "," after it. */
static bool year_volume_at(const char *s, size_t n, size_t i)
{
	size_t ye;
	if (i < 5 || !cti_cite_scan_year(s, n, i - 4, &ye) || ye != i || (i > 4 && cti_cite_is_dig(s[i - 5])))
		return false;
	size_t j = i + 1;
	while (j < n && s[j] == ' ')
		j++;
	size_t d = j;
	while (j < n && cti_cite_is_dig(s[j]))
		j++;
	return j > d && j - d <= 5 && j < n && (s[j] == ':' || s[j] == ',' || s[j] == '(');
}

/* One capitalised word at s[i] ("Schröttle", "Hoffmeyer-Zlotnik"): its
 * end, or i. */
static size_t cap_word(const char *s, size_t n, size_t i)
{
	if (!cti_cite_is_upper_at(s, n, i))
		return i;
	size_t j = i, l;
	while (j < n && (cti_cite_is_letter_at(s, n, j) || s[j] == '-' || s[j] == '\''))
		j += cti_cite_letter_case(s, n, j, &l) ? l : 1;
	return j - i >= 2 ? j : i;
}

/* An author-year short form from s[i]: "Hartmann 1990", "Koch et al.
 * 1999: 38", "Krebs/Schmidt (1993), S. 12f.", "Müller und Schröttle
 * 2004, S. 206". Its end, or 0; it must end at b or at ", " / ". " /
 * ";" / ")". */
static size_t short_cite_at(const char *s, size_t n, size_t i)
{
	size_t j = cap_word(s, n, i);
	if (j == i)
		return 0;
	for (int k = 0; k < 3; k++) {
		size_t w = j;
		if (w < n && s[w] == '/')
			w++;
		else if (cti_cite_starts_cs(s, n, w, " und ") || cti_cite_starts_cs(s, n, w, " and "))
			w += 5;
		else if (cti_cite_starts_cs(s, n, w, " & "))
			w += 3;
		else
			break;
		size_t e = cap_word(s, n, w);
		if (e == w)
			return 0;
		j = e;
	}
	if (cti_cite_starts_cs(s, n, j, " et al."))
		j += 7;
	else if (cti_cite_starts_cs(s, n, j, " u.a."))
		j += 5;
	if (j >= n || s[j] != ' ')
		return 0;
	j++;
	bool paren = j < n && s[j] == '(';
	size_t ye;
	if (!cti_cite_scan_year(s, n, j + paren, &ye) || ye - (j + paren) < 4 || ye - (j + paren) > 5)
		return 0;
	j = ye;
	if (j < n && islower((unsigned char)s[j]) && (j + 1 >= n || !isalpha((unsigned char)s[j + 1])))
		j++;
	if (paren) {
		if (j >= n || s[j] != ')')
			return 0;
		j++;
	}
	/* the page: ": 38", ", S. 206", ", S.27", " S. 3" */
	size_t q = j;
	if (q < n && (s[q] == ':' || s[q] == ','))
		q++;
	while (q < n && s[q] == ' ')
		q++;
	if (cti_cite_starts_cs(s, n, q, "S.") || cti_cite_starts_cs(s, n, q, "p."))
		q += 2;
	while (q < n && s[q] == ' ')
		q++;
	if (q < n && cti_cite_is_dig(s[q]) && q > j) {
		size_t pe = cti_cite_page_range(s, n, q, false);
		if (pe > q && s[pe - 1] == '.')
			pe--; /* "5f." */
		if (pe > q) {
			if (cti_cite_starts_cs(s, n, pe, " ff") || cti_cite_starts_cs(s, n, pe, " f"))
				pe++;
			while (pe < n && s[pe] == 'f')
				pe++;
			j = pe;
		}
	}
	if (j < n && !cti_cite_starts_cs(s, n, j, ", ") && !cti_cite_starts_cs(s, n, j, ". ") &&
	    !cti_cite_starts_cs(s, n, j, ".,") && s[j] != ';' && s[j] != ')' && !(s[j] == '.' && j + 1 == n))
		return 0;
	return j;
}

/* Split a note into its citations. */
static size_t split_note(const char *s, size_t n, struct seg *out, size_t max)
{
	size_t ns = 0, start = 0;
	int depth = 0;
	bool inq = false;
	for (size_t i = 0; i < n && ns + 1 < max; i++) {
		char ch = s[i];
		if (ch == '(' || ch == '[')
			depth++;
		else if ((ch == ')' || ch == ']') && depth > 0)
			depth--;
		else if (ch == '"')
			inq = !inq;
		else if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x9c"))
			inq = true;
		else if (cti_cite_starts_cs(s, n, i, "\xe2\x80\x9d"))
			inq = false;
		if (!depth && i > start + 2 && s[i] == ' ' &&
		    (s[i - 1] == '.' || ((s[i - 1] == '"' || cti_cite_starts_cs(s, n, i - 3, "\xe2\x80\x9d")) &&
		                         (s[i - 2] == '.' || (i >= 4 && s[i - 4] == '.'))))) {
			bool hit = false;
			for (size_t k = 0; k < sizeof split_kw / sizeof split_kw[0]; k++)
				if (cti_cite_starts_cs(s, n, i + 1, split_kw[k]) && (s[i - 1] != '.' || cti_cite_sentence_end(s, n, i - 1, start))) {
					out[ns].a = start;
					out[ns++].b = i;
					start = i + 1;
					inq = false;
					hit = true;
					break;
				}
			if (hit)
				continue;
		}
		if (depth || inq)
			continue;
		if (ch == ' ' && i > start + 25 && year_ends_ref(s, n, i)) {
			out[ns].a = start;
			out[ns++].b = i;
			start = i + 1;
			continue;
		}
		/* "Hartmann 1990: 10, Rothe 1990", "Müller 2004, S. 206. Lembke
		 * 2014": a list of author-year short forms */
		if ((ch == ',' || ch == '.') && i + 2 < n && s[i + 1] == ' ' && i > start) {
			size_t sa = start;
			while (sa < i && s[sa] == ' ')
				sa++;
			if (cti_cite_starts_cs(s, n, sa, "Vgl. ") || cti_cite_starts_cs(s, n, sa, "vgl. "))
				sa += 5;
			if ((s[i - 1] == 'f' || s[i - 1] == '.' || s[i - 1] == ')' || cti_cite_is_dig(s[i - 1])) &&
			    (short_cite_at(s, n, sa) == i || (s[i - 1] == '.' && short_cite_at(s, n, sa) == i - 1)) &&
			    short_cite_at(s, n, i + 2)) {
				out[ns].a = start;
				out[ns++].b = i;
				start = i + 2;
				continue;
			}
		}
		if (ch == ';' && i + 1 < n && s[i + 1] == ' ' && !names_go_on(s, n, i) &&
		    !year_volume_at(s, n, i)) {
			out[ns].a = start;
			out[ns++].b = i;
			start = i + 1;
			continue;
		}
		/* "…, Frankfurt 1966, S. 124f., sowie R. Daniels, Title, …": after a
		 * page or a year, "sowie" starts the next citation */
		if (ch == ',' && cti_cite_starts_cs(s, n, i, ", sowie ") && cti_cite_is_upper_at(s, n, i + 8) && i > start + 10) {
			size_t b = i;
			while (b > start && (s[b - 1] == '.' || s[b - 1] == 'f'))
				b--;
			if (b > start && cti_cite_is_dig(s[b - 1])) {
				out[ns].a = start;
				out[ns++].b = i;
				start = i + 8;
				continue;
			}
		}
		/* ", see X": a prose lead-in before it is dropped */
		if (ch == ',' && (cti_cite_starts_cs(s, n, i, ", see ") || cti_cite_starts_cs(s, n, i, ", see also ") ||
		                  cti_cite_starts_cs(s, n, i, ", cf. ") || cti_cite_starts_cs(s, n, i, ", vgl. "))) {
			/* the lead-in starts at the last sentence boundary after start */
			size_t lead = start;
			for (size_t k = start; k < i; k++)
				if (boundary_at(s, n, k, start))
					lead = k + 2;
			if (lead > start) {
				out[ns].a = start;
				out[ns++].b = lead - 1;
			}
			start = i + 2;
		}
	}
	if (start < n && ns < max) {
		out[ns].a = start;
		out[ns++].b = n;
	}
	return ns;
}

/* "ders., Title", "Dies.: Title", "Id., Title": the author of the citation
 * before. The length of that word and its punctuation at s, or 0. */
size_t cti_cite_same_author_len(const char *s, size_t n)
{
	static const char *const w[] = {"ders.", "Ders.", "dies.", "Dies.", "Id.", "Eid.", "Eadem",
	                                "Idem", "idem"};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
		size_t l = strlen(w[k]);
		if (!cti_cite_starts_cs(s, n, 0, w[k]) || (l < n && isalpha((unsigned char)s[l])))
			continue;
		size_t e = l;
		while (e < n && (s[e] == ',' || s[e] == ':' || s[e] == ' '))
			e++;
		/* "ders. (Hrsg.)": an editor; left to the editor marker */
		if (e < n && s[e] == '(')
			return 0;
		return e > l ? e : 0;
	}
	return 0;
}

static bool is_ibid(const char *s, size_t n, size_t *after)
{
	static const char *const w[] = {"Ibid", "ibid", "IBID", "Ibidem", "ibidem", "Id.", "Ebd",
	                                "ebd", "Ebenda", "ebenda", "Ivi", "ivi", "Ib.", "ib."};
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t best = 0;
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
		size_t l = strlen(w[k]);
		if (cti_cite_starts_cs(s, n, i, w[k]) && (i + l >= n || !isalpha((unsigned char)s[i + l])) && l > best)
			best = l;
	}
	if (!best)
		return false;
	/* "Id." is Ibid. only before a locator ("Id. at 5", "Id., p. 3",
	 * "Id."); before a title ("Id., Note sui benefici, Roma 1984") it is
	 * idem, the author before, left to cti_cite_same_author_len() */
	if (best == 3 && (s[i] == 'I') && s[i + 1] == 'd' && s[i + 2] == '.') {
		size_t j = i + best;
		while (j < n && (s[j] == ' ' || s[j] == ','))
			j++;
		size_t we = j;
		while (we < n && isalpha((unsigned char)s[we]))
			we++;
		static const char *const loc[] = {"at", "p", "pp", "S", "s", "n", "nn", "fn",
		                                  "para", "paras", "col", "cols", "fol", "fols",
		                                  "f", "ff", "c", "cc", "note", "vol", "Bd"};
		bool title = we > j || (j < n && (s[j] == '"' || (unsigned char)s[j] >= 0x80));
		for (size_t k = 0; title && we > j && k < sizeof loc / sizeof loc[0]; k++)
			if (strlen(loc[k]) == we - j && !strncmp(s + j, loc[k], we - j))
				title = false;
		if (title)
			return false;
	}
	*after = i + best;
	return true;
}

/* Lowercase ASCII words of s for comparisons. */
static bool word_in(const char *hay, const char *w, size_t wl)
{
	if (!hay)
		return false;
	size_t hl = strlen(hay);
	for (size_t i = 0; i + wl <= hl; i++)
		if ((i == 0 || !isalnum((unsigned char)hay[i - 1])) && !strncasecmp(hay + i, w, wl) &&
		    (i + wl == hl || !isalnum((unsigned char)hay[i + wl])))
			return true;
	return false;
}

static bool title_words_in(const char *shortt, const char *full)
{
	if (!shortt)
		return true;
	if (!full)
		return false;
	size_t i = 0, l = strlen(shortt);
	int words = 0;
	while (i < l) {
		while (i < l && !isalnum((unsigned char)shortt[i]))
			i++;
		size_t a = i;
		while (i < l && (isalnum((unsigned char)shortt[i]) || (unsigned char)shortt[i] >= 0x80 ||
		                 shortt[i] == '\''))
			i++;
		if (i > a) {
			words++;
			if (!word_in(full, shortt + a, i - a))
				return false;
		}
	}
	return words > 0;
}

static bool same_families(const ct_cite *a, const ct_cite *b)
{
	if (a->n_author == 0 || a->n_author != b->n_author)
		return false;
	for (size_t k = 0; k < a->n_author; k++) {
		const char *fa = a->author[k].family ? a->author[k].family : a->author[k].literal;
		const char *fb = b->author[k].family ? b->author[k].family : b->author[k].literal;
		if (!fa || !fb || strcasecmp(fa, fb) != 0)
			return false;
	}
	return true;
}

/* Copy the fields of t into c (not its page, raw, numbers or chain). */
static void copy_fields(ct_cite *c, const ct_cite *t)
{
	ct_cite keep = *c;
	*c = *t;
	c->note = keep.note;
	c->index = keep.index;
	c->raw = keep.raw;
	c->page = keep.page;
	c->is_ibid = keep.is_ibid;
	c->is_short = keep.is_short;
	c->has_ibid_of = keep.has_ibid_of;
	c->ibid_of = keep.ibid_of;
	c->has_short_of = keep.has_short_of;
	c->short_of = keep.short_of;
	c->quoted_speaker = keep.quoted_speaker;
	c->confidence = keep.confidence;
}

static ct_status push(struct ct_cites *cs, ct_cite **out)
{
	if (cs->n == cs->cap) {
		size_t cap = cs->cap ? cs->cap * 2 : 64;
		ct_cite *c = realloc(cs->c, cap * sizeof *c);
		if (!c)
			return CT_ENOMEM;
		cs->c = c;
		cs->cap = cap;
	}
	*out = &cs->c[cs->n++];
	memset(*out, 0, sizeof **out);
	return CT_OK;
}

static bool looks_short(const ct_cite *c)
{
	return c->n_author > 0 && !c->issued && !c->container_title && !c->publisher &&
	       !c->publisher_place && !c->url && !c->volume && !c->issue && c->type &&
	       strcmp(c->type, "interview") != 0 && strcmp(c->type, "hearing") != 0 &&
	       strcmp(c->type, "personal_communication") != 0;
}

static void resolve_short(struct ct_cites *cs, ct_cite *c)
{
	if (!strcmp(c->type, "interview") && c->iv_date && !c->iv_place) {
		for (size_t k = cs->n - 1; k-- > 0;) {
			const ct_cite *t = &cs->c[k];
			if (t->type && !strcmp(t->type, "interview") && t->iv_date &&
			    !strcmp(t->iv_date, c->iv_date) && !t->is_short &&
			    (!c->iv_affiliation || (t->iv_affiliation &&
			                            !strcasecmp(t->iv_affiliation, c->iv_affiliation)))) {
				c->is_short = true;
				c->has_short_of = true;
				c->short_of.note = t->note;
				c->short_of.index = t->index;
				copy_fields(c, t);
				return;
			}
		}
		return;
	}
	if (!looks_short(c))
		return;
	for (size_t k = cs->n - 1; k-- > 0;) {
		const ct_cite *t = &cs->c[k];
		if (t->is_short || t->is_ibid || !t->type || !strcmp(t->type, "prose"))
			continue;
		if (!same_families(c, t))
			continue;
		if (c->title && !title_words_in(c->title, t->title))
			continue;
		if (!t->title && !t->container_title)
			continue;
		c->is_short = true;
		c->has_short_of = true;
		c->short_of.note = t->note;
		c->short_of.index = t->index;
		copy_fields(c, t);
		c->confidence = 0.9;
		return;
	}
}

ct_status cti_cite_parse_note(struct ct_cites *cs, const char *text, size_t len, int number)
{
	struct cti_buf b;
	cti_buf_init(&b);
	size_t bad = 0;
	int64_t first_bad = -1;
	if (len > MAX_NOTE)
		len = MAX_NOTE;
	cti_utf8_repair(text, len, &b, &bad, &first_bad);
	struct cti_buf nb;
	cti_buf_init(&nb);
	if (b.data)
		cti_cite_normalise_into(&nb, b.data, b.len);
	cti_buf_free(&b);
	if (nb.oom) {
		cti_buf_free(&nb);
		return CT_ENOMEM;
	}
	const char *s = nb.data ? nb.data : "";
	size_t n = nb.len;
	/* a leading note number repeated in the text ("12. …") */
	struct seg segs[32];
	size_t ns = split_note(s, n, segs, 32);
	ct_cite none;
	memset(&none, 0, sizeof none);
	if (ns > 1 && is_prose(s, n, &none)) {
		/* explanations with a ";" are one prose note */
		bool quoted_cite = false;
		for (size_t i = 0; i + 2 < n; i++)
			if (s[i] == ',' && s[i + 1] == ' ' && (s[i + 2] == '"' || cti_cite_starts_cs(s, n, i + 2, "\xe2\x80\x9c"))) {
				size_t w = i;
				while (w > 0 && s[w - 1] != ' ')
					w--;
				if (cti_cite_is_upper_at(s, n, w))
					quoted_cite = true;
			}
		if (!quoted_cite) {
			segs[0].a = 0;
			segs[0].b = n;
			ns = 1;
		}
	}
	size_t idx = 0;
	ct_status st = CT_OK;
	for (size_t k = 0; k < ns; k++) {
		size_t a = segs[k].a, e = segs[k].b;
		while (a < e && (s[a] == ' ' || s[a] == ';'))
			a++;
		while (e > a && s[e - 1] == ' ')
			e--;
		if (e <= a)
			continue;
		ct_cite *c;
		if ((st = push(cs, &c)) != CT_OK)
			break;
		c->note = number;
		c->index = idx++;
		c->raw = cti_cite_arena_strn(cs, s + a, e - a);
		size_t ia;
		size_t ls = cti_cite_lead_strip(s + a, e - a);
		if (is_ibid(s + a + ls, e - a - ls, &ia)) {
			c->is_ibid = true;
			c->type = "document";
			size_t q = a + ls + ia;
			/* ", p. 213" / ", 211." / "S. 12" */
			struct parse tmp;
			memset(&tmp, 0, sizeof tmp);
			tmp.cs = cs;
			char *w = cti_strndup(s + q, e - q);
			if (w) {
				tmp.s = w;
				tmp.n = e - q;
				cti_cite_take_pages(&tmp, 0);
				if (!tmp.f.page) {
					size_t z = 0;
					while (z < tmp.n && !cti_cite_is_dig(w[z]))
						z++;
					size_t ze = cti_cite_page_range(w, tmp.n, z, false);
					if (ze > z)
						cti_cite_put_page(&tmp, z, ze);
				}
				free(w);
			}
			c->page = tmp.f.page;
			c->confidence = 0.5;
			/* the previous citation that is not prose */
			for (size_t t = cs->n - 1; t-- > 0;) {
				const ct_cite *prev = &cs->c[t];
				if (prev->type && !strcmp(prev->type, "prose"))
					continue;
				c->has_ibid_of = true;
				c->ibid_of.note = prev->note;
				c->ibid_of.index = prev->index;
				copy_fields(c, prev);
				c->confidence = 0.9;
				break;
			}
			if (!c->page && c->has_ibid_of) {
				/* "Ibid." alone repeats the page too */
				for (size_t t = cs->n - 1; t-- > 0;)
					if (cs->c[t].note == c->ibid_of.note && cs->c[t].index == c->ibid_of.index) {
						c->page = cs->c[t].page;
						break;
					}
			}
			continue;
		}
		ct_cite tmpc = *c;
		bool quoted = cti_cite_parse_one(cs, s + a, e - a, &tmpc);
		*c = tmpc;
		/* "…; ders., Title": the authors of the citation before */
		if (!c->n_author && cs->n >= 2 && cti_cite_same_author_len(s + a + ls, e - a - ls)) {
			const ct_cite *prev = &cs->c[cs->n - 2];
			c->author = prev->author;
			c->n_author = prev->n_author;
		}
		if (!c->type)
			c->type = "document";
		if (is_prose(s + a, e - a, c) && !quoted) {
			ct_cite keep = *c;
			memset(c, 0, sizeof *c);
			c->note = keep.note;
			c->index = keep.index;
			c->raw = keep.raw;
			c->type = "prose";
			c->confidence = 0.6;
			continue;
		}
		resolve_short(cs, c);
	}
	cti_buf_free(&nb);
	if (cs->oom)
		return CT_ENOMEM;
	return st;
}
