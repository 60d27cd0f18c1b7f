/* test-cite.c — the citation parser: fields of every kind of citation,
 * note splitting, prose notes, Ibid., short forms, "as quoted in",
 * interviews, letters, testimony, archived URLs, the JSON / BibTeX writers,
 * and the 36 endnotes of corpus/manuscripts/chapter-3-harrow.md with their
 * Ibid. / short-form / as-quoted-in chains checked against
 * tests/corpus-answers/manuscripts.md. */
#include <casetrace/cite.h>
#include "ct-test.h"

/* Parse one note; the caller frees. */
static ct_cites *parse1(const char *note)
{
	ct_cites *cs = NULL;
	const char *notes[] = {note};
	ck_assert_int_eq(ct_cites_parse(notes, NULL, 1, &cs), CT_OK);
	return cs;
}

static void opt_eq(const char *what, const char *got, const char *want, const char *text)
{
	if (!want)
		return; /* not checked */
	if (!strcmp(want, "-")) {
		ck_assert_msg(got == NULL, "%s: %s should be null, is '%s'", text, what, got);
		return;
	}
	ck_assert_msg(got && !strcmp(got, want), "%s: %s is '%s', want '%s'", text, what,
	              got ? got : "(null)", want);
}

/* One citation, its fields (NULL: not checked, "-": must be null). */
static const struct {
	const char *text;
	const char *type, *family1, *given1, *title, *container, *issued, *volume, *issue, *page,
		*publisher, *place, *url;
	size_t n_authors;
} cases[] = {
	/* Chicago notes: book, journal, newspaper, chapter with editors */
	{"Alexander L. George and Andrew Bennett, Case Studies and Theory Development in the Social "
	 "Sciences (Cambridge, MA: MIT Press, 2005), 206.",
	 "book", "George", "Alexander L.", "Case Studies and Theory Development in the Social Sciences",
	 "-", "2005", NULL, NULL, "206", "MIT Press", "Cambridge, MA", "-", 2},
	{"David Collier, \"Understanding Process Tracing,\" PS: Political Science and Politics 44, no. 4 "
	 "(2011): 823–30.",
	 "article-journal", "Collier", "David", "Understanding Process Tracing",
	 "PS: Political Science and Politics", "2011", "44", "4", "823-30", "-", "-", "-", 1},
	/* a volume in Roman numerals right after the journal's name, before
	 * its year; a century ending a cut title is none */
	{"M. Castaldo, «Il porto franco», Rivista di Storia Navale XXVI (1919), pp. 94 - 111.",
	 "article-journal", "Castaldo", "M.", "Il porto franco", "Rivista di Storia Navale", "1919",
	 "XXVI", NULL, "94-111", "-", "-", "-", 1},
	{"1982 CASTALDO Marta, Porti e dogane della laguna dal secolo XVI",
	 NULL, NULL, NULL, NULL, NULL, NULL, "-", NULL, NULL, NULL, NULL, NULL, 1},
	/* a reference cut before its journal's quoted name: the number after
	 * it, with year and pages found, is the volume */
	{"“ Rivista di Storia Navale ”, 102, 1994, pp. 263 - 268.",
	 NULL, NULL, NULL, NULL, NULL, "1994", "102", NULL, "263-268", NULL, NULL, NULL, 0},
	/* a journal named "... Reports" is a journal, not the genre "report" */
	{"Okafor, Dana. \"Patrol Fatigue in Long Deployments.\" Veterans Health Reports 12, no. 3 "
	 "(2009): 201-19.",
	 "article-journal", "Okafor", "Dana", "Patrol Fatigue in Long Deployments",
	 "Veterans Health Reports", "2009", "12", "3", "201-19", "-", "-", "-", 1},
	{"Marcus Delaney, “Coalition Carves Caldora Into Sectors,” Meridian Post, November 14, 2005.",
	 "article-newspaper", "Delaney", "Marcus", "Coalition Carves Caldora Into Sectors", "Meridian Post",
	 "2005-11-14", "-", "-", "-", "-", "-", "-", 1},
	{"Hannah Ostrow, \"Sectors and Silos,\" in Coalition Warfare after the Cold War, ed. Marten Falk "
	 "and Ruth Adeyemi (Northgate: Lanternfield University Press, 2012), 112–39.",
	 "chapter", "Ostrow", "Hannah", "Sectors and Silos", "Coalition Warfare after the Cold War", "2012",
	 NULL, NULL, "112-39", "Lanternfield University Press", "Northgate", "-", 1},
	/* initials-first names whose family name ends the authors with a
	 * period ("Marsh. 1990", "Ryder. Title") are names, not "J. Am." */
	{"Lee, L. L., W. E. Howard, and R. E. Marsh. 1990. Acquired tolerance in gophers. "
	 "Journal of Pest Studies 14: 87-90.",
	 "article-journal", "Lee", "L. L.", "Acquired tolerance in gophers", NULL, "1990", "14", NULL,
	 "87-90", NULL, NULL, "-", 3},
	{"W. Landi and B. G. Ryder. Aliasing with pointers: A taxonomy. Technical Report, Rutgers "
	 "University, 1990.",
	 NULL, "Landi", "W.", "Aliasing with pointers: A taxonomy", NULL, "1990", NULL, NULL, NULL, NULL,
	 NULL, "-", 2},
	/* a venue abbreviation does not end the container; a thesis's
	 * department is its publisher, not a container */
	{"A. P. Witkin. Scale-space filtering. In Proc. Intl. Joint Conf. on Vision, pages 1019-1023, "
	 "1983.",
	 NULL, "Witkin", "A. P.", "Scale-space filtering", "Proc. Intl. Joint Conf. on Vision", "1983",
	 NULL, NULL, "1019-1023", NULL, NULL, "-", 1},
	{"Lars Ole Andersen. Program Analysis for the C Programming Language. PhD thesis, Department "
	 "of Computing, University of Northgate, May 1994.",
	 NULL, "Andersen", "Lars Ole", "Program Analysis for the C Programming Language", "-", "1994-05",
	 NULL, NULL, NULL, "Department of Computing", NULL, "-", 1},
	/* "In NAME, editor, Container" */
	{"R. S. Zemel and G. E. Hinton. Recognizing objects. In D. S. Touretzky, editor, Neural "
	 "Information Processing Systems, Vol. 2, pages 266-273. Morgan Kaufmann, 1990.",
	 "chapter", "Zemel", "R. S.", "Recognizing objects", "Neural Information Processing Systems",
	 "1990", "2", NULL, "266-273", "Morgan Kaufmann", NULL, "-", 2},
	/* Chicago bibliography */
	{"Smith, John, and Jane Doe. The Book Title. Chicago: University of Chicago Press, 2001.",
	 "book", "Smith", "John", "The Book Title", "-", "2001", NULL, NULL, NULL,
	 "University of Chicago Press", "Chicago", "-", 2},
	/* author-date (APA) with volume(issue) */
	{"Chen, H., & Wilner, D. J. (1997). A study of stars. ApJ, 475(2), 163-170.",
	 "article-journal", "Chen", "H.", "A study of stars", "ApJ", "1997", "475", "2", "163-170", NULL,
	 NULL, "-", 2},
	/* et al. and a numbered science reference */
	{"[23] Chabinyc, M. L. et al., J. Am. Chem. Soc. 2007, 129, 3226–3237.",
	 "article-journal", "Chabinyc", "M. L.", "-", "J. Am. Chem. Soc", "2007", "129", NULL,
	 "3226-3237", NULL, NULL, "-", 1},
	/* Vancouver */
	{"Daugherty CK, Hlubocky FJ: What are terminally ill cancer patients told? Journal of "
	 "Clinical Oncology 26: 5988-93, 2008",
	 NULL, "Daugherty", "CK", NULL, NULL, "2008", NULL, NULL, "5988-93", NULL, NULL, "-", 2},
	/* institutional author, web page, accessed */
	{"Ministry of Defence (Velmoria), \"Harrow Operational Update,\" "
	 "https://mod.velmoria.example/operations/harrow/updates/2007-06. Accessed November 12, 2012.",
	 "webpage", NULL, NULL, "Harrow Operational Update", "-", "-", NULL, NULL, NULL, NULL, NULL,
	 "https://mod.velmoria.example/operations/harrow/updates/2007-06", 1},
	/* German footnote: editors with (Hrsg.), S. pages */
	{"Lutz Leisering, Paradigmen sozialer Gerechtigkeit, in: Stefan Liebig/Holger Lengfeld (Hrsg.), "
	 "Verteilungsprobleme und Gerechtigkeit, Frankfurt/M. 2004, S. 29 - 68.",
	 "chapter", "Leisering", "Lutz", "Paradigmen sozialer Gerechtigkeit",
	 "Verteilungsprobleme und Gerechtigkeit", "2004", NULL, NULL, "29-68", NULL, NULL, "-", 1},
	/* Italian humanities reference: Family Initials, title, place year */
	{"Albasini C., La chiesuola di San Marco, Venezia 1929.",
	 "book", "Albasini", "C.", "La chiesuola di San Marco", "-", "1929", NULL, NULL, NULL, NULL,
	 "Venezia", "-", 1},
	/* a one-digit volume between the journal and the pages */
	{"Marlow, T., & Quist, R. (1991). Learning to plan by sorting. Planning Systems, 4, 215-240.",
	 "article-journal", "Marlow", "T.", "Learning to plan by sorting", "Planning Systems", "1991",
	 "4", NULL, "215-240", NULL, NULL, "-", 2},
	/* an entry cut short, with no year: a name and initials, not prose */
	{"Ferrandi G., Storia delle confraternite della laguna dalla fine del sec. XV alla caduta",
	 NULL, "Ferrandi", "G.", "Storia delle confraternite della laguna dalla fine del sec. XV alla "
	 "caduta", NULL, "-", NULL, NULL, NULL, NULL, NULL, "-", 1},
	/* "City, Region" after the publisher or a venue is one place */
	{"A. Brandt and K. Osei. The Shape of Compilers. Addison-Wesley, Reading, MA, 1981.",
	 "book", "Brandt", "A.", "The Shape of Compilers", "-", "1981", NULL, NULL, NULL,
	 "Addison-Wesley", "Reading, MA", "-", 2},
	{"P. Lund. Loop tiling revisited. In Proceedings of the Ninth Workshop on Parallel Code, "
	 "pages 12-19, Tampere, Finland, June 1996.",
	 "chapter", "Lund", "P.", "Loop tiling revisited",
	 "Proceedings of the Ninth Workshop on Parallel Code", "1996-06", NULL, NULL, "12-19", "-",
	 "Tampere, Finland", "-", 1},
	/* a container with a serial list and an acronym in parentheses */
	{"Nash, K. (1993). Planning under doubt. In Proceedings of the Conference on Systems, "
	 "Agents, and Planning (SAP-93), pp. 40-47.",
	 "chapter", "Nash", "K.", "Planning under doubt",
	 "Proceedings of the Conference on Systems, Agents, and Planning (SAP-93)", "1993", NULL, NULL,
	 "40-47", "-", "-", "-", 1},
	/* "in: Journal 12(3)": the number after the name is its volume, but
	 * not in a series or meeting name ("Advances in … Systems 6") */
	{"Jonas Wirth, Die Ordnung der Dinge, in: Archiv für Sozialkunde 38 (2), 1998, S. 11-30.",
	 NULL, "Wirth", "Jonas", "Die Ordnung der Dinge", "Archiv für Sozialkunde", "1998", "38", "2",
	 "11-30", NULL, NULL, "-", 1},
	{"Reyes, A. (1994). Credit in sequences. In Advances in Learning Systems 6. Norbert Press.",
	 NULL, "Reyes", "A.", "Credit in sequences", "Advances in Learning Systems 6", "1994", "-",
	 NULL, NULL, NULL, NULL, "-", 1},
	/* editors the name reader does not follow, up to "eds.,"; ";"
	 * between inverted names does not split the note */
	{"Pike, D., and Orr, N. 1989. Keeping the thread. In Lamb, R.; Frey, C.; and Hoek, M., "
	 "eds., Advances in Text Planning. Boston: Harbour Press. 51-70.",
	 "chapter", "Pike", "D.", "Keeping the thread", "Advances in Text Planning", "1989", NULL,
	 NULL, "51-70", "Harbour Press", "Boston", "-", 2},
	/* an ISBN, an edition and "Inc." are not containers */
	{"Harold K. Wend. Sampling Designs. Corbett and Sons, Inc., New York, 2nd ed., 1977. "
	 "ISBN 0-000-00000-0.",
	 "book", "Wend", "Harold K.", "Sampling Designs", "-", "1977", NULL, NULL, NULL,
	 "Corbett and Sons, Inc", "New York", "-", 1},
	/* a period-separated reference whose title runs on over commas into
	 * the journal, volume and pages, or the publisher */
	{"K. Varga and L. Holt. Staged negotiation for shared plans, Journal of Agent Studies, "
	 "14(2), 101-129, 1993.",
	 "article-journal", "Varga", "K.", "Staged negotiation for shared plans",
	 "Journal of Agent Studies", "1993", "14", "2", "101-129", "-", NULL, "-", 2},
	{"Delany, P. (1991) Harbour Towns: Work, Kin and Belonging, Meridian University Press, "
	 "Northgate",
	 NULL, "Delany", "P.", "Harbour Towns: Work, Kin and Belonging", "-", "1991", NULL, NULL,
	 NULL, "Meridian University Press", NULL, "-", 1},
	/* "Title?. Journal" and an edition in parentheses */
	{"Quill, H. (2004). Who listens to the listener?. Journal of Counselling, 12(1), 33-41.",
	 "article-journal", "Quill", "H.", "Who listens to the listener?", "Journal of Counselling",
	 "2004", "12", "1", "33-41", NULL, NULL, "-", 1},
	{"Tarn, B., & Ode, F. (2006). Methods of field study (3rd ed.). Leeds: Moor Press.",
	 "book", "Tarn", "B.", "Methods of field study", "-", "2006", NULL, NULL, NULL, "Moor Press",
	 "Leeds", "-", 2},
	/* German footnotes: a journal after "in:" with "32 (2003)"; a
	 * newspaper "vom" a date written with spaces; "S.12" */
	{"Petra Kolb, Die Wahl der Nachbarn, in: Zeitschrift für Stadtfragen, 32 (2003), S. 506-527.",
	 "article-journal", "Kolb", "Petra", "Die Wahl der Nachbarn", "Zeitschrift für Stadtfragen",
	 "2003", "32", NULL, "506-527", "-", NULL, "-", 1},
	{"Nordstädter Rundschau (NR) vom 27. 10. 1995, S. 5.",
	 "article-newspaper", NULL, NULL, "-", "Nordstädter Rundschau (NR)", "1995-10-27", "-", NULL,
	 "5", "-", NULL, "-", 0},
	{"Lindqvist (1994a), S.103.",
	 NULL, "Lindqvist", NULL, "-", "-", "1994", NULL, NULL, "103", NULL, NULL, "-", 1},
	/* a subtitle after ". " in a comma-separated note stays in the title;
	 * "Title. Journal, 1996." does not */
	{"Greta Holm, Stadt im Wandel. Studien zur Verwaltung der Vororte, Kiel 1976, S. 12.",
	 NULL, "Holm", "Greta", "Stadt im Wandel. Studien zur Verwaltung der Vororte", "-", "1976",
	 NULL, NULL, "12", NULL, NULL, "-", 1},
	{"Orme, K.L. and T. Vail, Tracing lineage with dyes. Dev Cell Biol, 1987. 12(3): p. 44-51.",
	 NULL, "Orme", "K.L.", "Tracing lineage with dyes", "Dev Cell Biol", "1987", "12", "3",
	 "44-51", NULL, NULL, "-", 2},
	/* authors separated by " / "; "Heft 4/2005" is volume and year */
	{"Brandt, Ilse / Jonas Ruh / Mira Holt (2006): Die Lage der Kommunen, in: Hefte für "
	 "Ortspolitik 4/2005, 11-17.",
	 NULL, "Brandt", "Ilse", "Die Lage der Kommunen", "Hefte für Ortspolitik", "2006", "4", NULL,
	 "11-17", NULL, NULL, "-", 3},
	/* a subtitle before "Place: Publisher" stays in the title, an
	 * edition note ("Edited by …") does not */
	{"Lorenz, Hanna. (2009). Die Stadt als Archiv. Studien zur Ordnung der Akten. Kassel: "
	 "Brenner Verlag.",
	 "book", "Lorenz", "Hanna", "Die Stadt als Archiv. Studien zur Ordnung der Akten", "-",
	 "2009", NULL, NULL, NULL, "Brenner Verlag", "Kassel", "-", 1},
	{"Marsh, Alden. The Northern Road. Edited by Clara Vint. Northgate: Harbour Press, 1999.",
	 "book", "Marsh", "Alden", "The Northern Road", "-", "1999", NULL, NULL, NULL, "Harbour Press",
	 "Northgate", "-", 1},
	/* Italian names joined by " - " */
	{"Ferro B. - Lanza D., Le scuole della laguna, Padova 1975.",
	 "book", "Ferro", "B.", "Le scuole della laguna", "-", "1975", NULL, NULL, NULL, NULL,
	 "Padova", "-", 2},
	/* Vancouver: "Family II." ends the authors; "2000; 105:413-418" is one
	 * citation with its volume */
	{"Dale KM, Orrin TJ. Harbour silt and shellfish growth. J Coast Biol 2000; 105:413-418.",
	 "article-journal", "Dale", "KM", "Harbour silt and shellfish growth", "J Coast Biol", "2000",
	 "105", NULL, "413-418", NULL, NULL, "-", 2},
	/* astronomy style: no article title, journal, volume, page */
	{"Vance, R., 2017, Journal of Small Galaxies, 15, 53",
	 NULL, "Vance", "R.", "-", "Journal of Small Galaxies", "2017", "15", NULL, "53", NULL, NULL,
	 "-", 1},
	/* physics style: no title, "Journal VOL, PAGE (YEAR)" */
	{"K. L. Orr and T. Vance, J. Lattice Phys. A: Gen. 31, 744 (1988).",
	 "article-journal", "Orr", "K. L.", "-", "J. Lattice Phys. A: Gen", "1988", "31", NULL, "744",
	 NULL, NULL, "-", 2},
	/* Vancouver "Thomson NC." ends the authors; "Bank S. Expression and
	 * biochemical …" is a title after one name; a report number is no page */
	{"Orr GW, Lund SA, Thomson NC. Salt-2-induced drift in estuaries. Coast Res 1997; 156:382-388.",
	 "article-journal", "Orr", "GW", "Salt-2-induced drift in estuaries", "Coast Res", "1997",
	 "156", NULL, "382-388", NULL, NULL, "-", 3},
	{"Bank S. Expression and growth of reed beds. Proc Marsh Soc 1993; 90:1063-1067.",
	 "article-journal", "Bank", "S.", "Expression and growth of reed beds", "Proc Marsh Soc",
	 "1993", "90", NULL, "1063-1067", NULL, NULL, "-", 1},
	{"Vance, C., and Orr, M. Set-based analysis. Technical Report TR-96-266, Northgate University, "
	 "1996.",
	 NULL, "Vance", "C.", "Set-based analysis", "-", "1996", NULL, NULL, "-", NULL, NULL, "-", 2},
	/* German footnotes: "in: ders. (Hrsg.)", a journal with its place in
	 * parentheses and "Nr. 6/1982", a reference to another note dropped */
	{"Karl Wendt, Der Hafen im Wandel, in: ders. (Hrsg.), Städte am Wasser, Kiel 1989, S. 406ff.",
	 "chapter", "Wendt", "Karl", "Der Hafen im Wandel", "Städte am Wasser", "1989", NULL, NULL,
	 "406ff", NULL, NULL, "-", 1},
	{"Die Partei und ihre Jugend, in: Nordeuropa (Lund), Nr. 6/1982, S. 443-460.",
	 NULL, NULL, NULL, "Die Partei und ihre Jugend", "Nordeuropa (Lund)", "1982", "6", NULL,
	 "443-460", "-", NULL, "-", 0},
	{"Wendt 1989, S. 407 [s. Anm. 1].",
	 NULL, "Wendt", NULL, "-", "-", "1989", "-", NULL, "407", NULL, NULL, "-", 1},
	/* a title of two capitalised words after a given-first name is no
	 * second author; a subtitle before "Place YEAR." stays in the title */
	{"Richard Wendt, Nordische Betrachtungen, Kiel 1983, S. 276.",
	 "book", "Wendt", "Richard", "Nordische Betrachtungen", "-", "1983", NULL, NULL, "276", NULL,
	 NULL, "-", 1},
	{"Ilse Brandt / Jonas Ruh (Hgg.): Hafen & Stadt. Neue Blicke auf eine alte Nachbarschaft. "
	 "Kiel 1998.",
	 "book", NULL, NULL, "Hafen & Stadt. Neue Blicke auf eine alte Nachbarschaft", "-", "1998",
	 NULL, NULL, NULL, NULL, NULL, "-", 0},
	/* a count of volumes is no container; a year opening the entry; "AA.
	 * VV."; "a cura di" ends the title; a span of years ends a title */
	{"Cicala E. A., Delle iscrizioni di Chioggia, 6 voll., Venezia 1824.",
	 "book", "Cicala", "E. A.", "Delle iscrizioni di Chioggia", "-", "1824", NULL, NULL, NULL,
	 NULL, "Venezia", "-", 1},
	{"1786 FERRO M., Trattato delle acque, Padova.",
	 NULL, "FERRO", NULL, "Trattato delle acque", "-", "1786", NULL, NULL, NULL, NULL, NULL, "-", 1},
	{"AA. VV., (1971), Costruire in laguna, Marsilio, Venezia.",
	 NULL, NULL, NULL, "Costruire in laguna", "-", "1971", NULL, NULL, NULL, "Marsilio", NULL, "-",
	 0},
	/* a fonds and its series ended by an archival unit, no year: an
	 * archival reference, no title, no author */
	{"Magistrato alle Acque, Lagune, reg. 12.",
	 "manuscript", NULL, NULL, "-", "-", "-", NULL, NULL, NULL, "-", "-", "-", 0},
	{"Provveditori al Sal: B. 8, 9.",
	 "manuscript", NULL, NULL, "-", "-", "-", NULL, NULL, NULL, "-", "-", "-", 0},
	/* a volume ("voi." and "Ill" as OCR reads "vol." and "III") is no
	 * container or title */
	{"M. Fabbri, Storia delle barche, voi. Ill, Venezia 1931.",
	 NULL, "Fabbri", "M.", "Storia delle barche", "-", "1931", "III", NULL, NULL, NULL, "Venezia", "-",
	 1},
	{"Inventario dei porti della costa, vol V: Liguria -",
	 NULL, NULL, NULL, "Inventario dei porti della costa", "-", NULL, "V", NULL, NULL, NULL, NULL, "-",
	 0},
	/* a number or a Roman numeral ending a journal's name before the
	 * year or the pages is its volume; a ruler's before his years is not */
	{"barene», Laguna Viva XII (1961), pp. 3 - 9.",
	 NULL, NULL, NULL, "barene", "Laguna Viva", "1961", "XII", NULL, "3-9", NULL, NULL, "-", 0},
	{"rivista della laguna 7 (Venezia 1909) 64 - 93.",
	 NULL, NULL, NULL, "rivista della laguna", "-", "1909", "7", NULL, "64-93", NULL, "Venezia", "-",
	 0},
	{"Marsh, Tom. The reign of Philip II (1556 - 1598). Northgate: Harbour Press, 1990.",
	 "book", "Marsh", "Tom", "The reign of Philip II (1556 - 1598)", "-", "1990", "-", NULL, NULL,
	 "Harbour Press", "Northgate", "-", 1},
	/* the years a title covers, before the publication year, are the
	 * title's */
	{"T. Marin, Le fornaci della laguna, 1471 - 1789, Ferro, 1984.",
	 NULL, "Marin", "T.", "Le fornaci della laguna, 1471 - 1789", "-", "1984", NULL, NULL, NULL,
	 NULL, NULL, "-", 1},
	{"Marin, T., I traghetti di Venezia (1501 - 1502), Venezia 1977.",
	 NULL, "Marin", "T.", "I traghetti di Venezia (1501 - 1502)", "-", "1977", NULL, NULL, NULL, NULL,
	 "Venezia", "-", 1},
	/* "AA. W." as OCR reads "AA. VV."; "in Aa. Vv., Title": the book's
	 * many authors are no container */
	{"1902 AA. W., Le isole della laguna, Venezia.",
	 NULL, NULL, NULL, "Le isole della laguna", "-", "1902", NULL, NULL, NULL, "-", "Venezia", "-", 0},
	{"Ruh, G., Le barene di Lio, in Aa. Vv., Studi sulla laguna, Venezia 1977.",
	 "chapter", "Ruh", "G.", "Le barene di Lio", "Studi sulla laguna", "1977", NULL, NULL, NULL, "-",
	 "Venezia", "-", 1},
	{"Lettere di mercanti della laguna, a cura di Bruna Sarti, Venezia 1950.",
	 NULL, NULL, NULL, "Lettere di mercanti della laguna", "-", "1950", NULL, NULL, NULL, NULL, NULL,
	 "-", 0},
	{"Roux, Yves. Ports et marins en Provence, 1715 - 1718. Paris: Harbour Press, 1980.",
	 "book", "Roux", "Yves", "Ports et marins en Provence, 1715 - 1718", "-", "1980", NULL, NULL,
	 NULL, "Harbour Press", "Paris", "-", 1},
	/* German notes: an institution as editor followed by ",": comma
	 * style, so "Title. Subtitle, Place YEAR" keeps the subtitle */
	{"Hafenamt Kiel (Hrsg.), Schiffe im Hafen. Der zweite Bericht des Hafenamts, Kiel 2008.",
	 "book", NULL, NULL, "Schiffe im Hafen. Der zweite Bericht des Hafenamts", "-", "2008", NULL,
	 NULL, NULL, NULL, "Kiel", "-", 0},
	/* the book of a chapter keeps its subtitle before "Place YEAR" */
	{"Jonas Ruh, Die Mole, in: Ilse Brandt (Hrsg.), Hafenarbeit. Studien zu einer alten "
	 "Nachbarschaft, Kiel 1989, S. 41-60.",
	 "chapter", "Ruh", "Jonas", "Die Mole", "Hafenarbeit. Studien zu einer alten Nachbarschaft",
	 "1989", NULL, NULL, "41-60", "-", NULL, "-", 1},
	/* "(erstmals 1967)" is no date of this edition; "Place 1978 (…)" after
	 * a subtitle keeps it in the title */
	{"Brandt, Ilse: Hafenrituale. Über das Leben am Kai. Kiel 1978 (erstmals 1967)",
	 "book", "Brandt", "Ilse", "Hafenrituale. Über das Leben am Kai", "-", "1978", "-", NULL, NULL,
	 NULL, "Kiel", "-", 1},
	/* "Family, Given, Given Family YEAR,": names in natural order after an
	 * inverted first one run to the year */
	{"Kranz, Ilse, Jonas Ruh 2001, Die Mole im Wandel, in: Zeitschrift für Hafenkunde 53, 2, "
	 "S. 283-306.",
	 NULL, "Kranz", "Ilse", "Die Mole im Wandel", "Zeitschrift für Hafenkunde", "2001", "53", NULL,
	 "283-306", NULL, NULL, "-", 2},
	/* a two-word family name before one given name and the year */
	{"Della Riva, Carla (2003), Harbour Reports, Florence.",
	 NULL, "Della Riva", "Carla", "Harbour Reports", "-", "2003", NULL, NULL, NULL, NULL, NULL, "-",
	 1},
	/* a notes-style title runs over its commas to ", in:" */
	{"Kranz, Ilse 1990, Ebbe, Flut, und die Mole, in: Hafenforschung 3.",
	 NULL, "Kranz", "Ilse", "Ebbe, Flut, und die Mole", "Hafenforschung", "1990", "3", NULL, NULL,
	 NULL, NULL, "-", 1},
	/* "in: Journal 2: 326-351": volume and pages after the journal */
	{"Ruh, Jonas 1973, Die Mole, in: Zeitschrift für Hafenkunde 2: 326-351.",
	 "article-journal", "Ruh", "Jonas", "Die Mole", "Zeitschrift für Hafenkunde", "1973", "2", NULL,
	 "326-351", NULL, NULL, "-", 1},
	/* "Heft 7 (1981)" with no Jg.: the number is the volume; "10. Jg.
	 * (2004), Heft 4": volume 10, issue 4 */
	{"Kranz, Ilse: Rituale am Kai. In: Hafenblatt. Heft 7 (1981), S. 642-656",
	 "article-journal", "Kranz", "Ilse", "Rituale am Kai", "Hafenblatt", "1981", "7", "-",
	 "642-656", NULL, NULL, "-", 1},
	{"Ruh, J.: Der Kai als Ort. In: Hafen und Verwaltung. 10. Jg. (2004), Heft 4, S. 192-195.",
	 "article-journal", "Ruh", "J.", "Der Kai als Ort", "Hafen und Verwaltung", "2004", "10", "4",
	 "192-195", NULL, NULL, "-", 1},
	/* a weekend newspaper issue "vom 9./10. 3. 1996", a lower-case name;
	 * a list of sigla: the periodical, no author */
	{"die hafenzeitung vom 9./10. 3. 1996, S. 10",
	 "article-newspaper", NULL, NULL, "-", "die hafenzeitung", "1996-03-09", "-", NULL, "10", NULL,
	 NULL, "-", 0},
	{"Kieler Hafenbote (KHB)",
	 "periodical", NULL, NULL, "-", "Kieler Hafenbote (KHB)", "-", "-", NULL, "-", NULL, NULL, "-",
	 0},
	{"Der Kai, Kiel (KAI)",
	 "periodical", NULL, NULL, "-", "Der Kai, Kiel (KAI)", "-", "-", NULL, "-", NULL, NULL, "-", 0},
	/* "Title, Series, Nr. 31/1994" and "Title, Journal 1955, S. 84ff.":
	 * the chunk before the number keyword or page is the journal; "ebd."
	 * is no container */
	{"Die Mole im Wandel: Ein Bericht, Berichte des Hafenamts, Nr. 31/1994.",
	 "article-journal", NULL, NULL, "Die Mole im Wandel: Ein Bericht", "Berichte des Hafenamts",
	 "1994", "31", NULL, NULL, NULL, NULL, "-", 0},
	{"Kranz, Ilse: Der Kai in den Jahren 1953 und 1954, Kieler Monatshefte 1955, S. 84ff.",
	 "article-journal", "Kranz", "Ilse", "Der Kai in den Jahren 1953 und 1954",
	 "Kieler Monatshefte", "1955", NULL, NULL, "84ff", NULL, NULL, "-", 1},
	{"J. Ruh, Die Lehren der Mole, ebd., S. 77-86.",
	 NULL, "Ruh", "J.", "Die Lehren der Mole", "-", NULL, NULL, NULL, "77-86", NULL, NULL, "-", 1},
	/* a quoted title and its translation in brackets; "in: Paper, date"
	 * is a newspaper */
	{"Ivan Kranz: \"Gavan' i mol\" [Der Hafen und die Mole], in: Morskaja gazeta, 17.3.1995, "
	 "S. 3.",
	 "article-newspaper", "Kranz", "Ivan", "Gavan' i mol [Der Hafen und die Mole]",
	 "Morskaja gazeta", "1995-03-17", "-", NULL, "3", NULL, NULL, "-", 1},
	/* "Title. Subtitle, in: …" and "Title. Subtitle, Place: Publisher": the
	 * subtitle stays; "Title. Champaign, IL: Press" is no subtitle */
	{"Ruh, Jonas (1964): Eine Mole. Eine nicht unerhebliche Voraussetzung für den Hafen, in: "
	 "Hafenblatt 11, S. 5-9.",
	 "article-journal", "Ruh", "Jonas", "Eine Mole. Eine nicht unerhebliche Voraussetzung für den Hafen",
	 "Hafenblatt", "1964", "11", NULL, "5-9", NULL, NULL, "-", 1},
	{"Kranz, Ilse (2004): Hafenland Kiel. Politik zwischen Land und Meer, Frankfurt a.M./London: "
	 "Mole Verlag.",
	 "book", "Kranz", "Ilse", "Hafenland Kiel. Politik zwischen Land und Meer", "-", "2004", NULL,
	 NULL, NULL, "Mole Verlag", "Frankfurt a.M./London", "-", 1},
	{"Ruh, J. (2000). Harbour studies. Champaign, IL: Mole Press.",
	 "book", "Ruh", "J.", "Harbour studies", "-", "2000", NULL, NULL, NULL, "Mole Press",
	 "Champaign, IL", "-", 1},
	/* an institution before its year is the author, its year the date */
	{"Bundesanstalt für Hafenwesen (1956): Das Hafenabkommen vom 20.12.1955, in: Amtliche "
	 "Nachrichten, 4, S. 12.",
	 NULL, NULL, NULL, "Das Hafenabkommen vom 20.12.1955", "Amtliche Nachrichten", "1956", "4",
	 NULL, "12", NULL, NULL, "-", 1},
	{"Ministerio de Puertos y de Costas (2003a): Plan Anual de los Puertos, Madrid.",
	 NULL, NULL, NULL, "Plan Anual de los Puertos", "-", "2003", NULL, NULL, NULL, NULL, "Madrid",
	 "-", 1},
	/* names joined by "/": a comma ends them ("… und …" is the title); a
	 * word cut at a hyphen ("Hafen-,") is no name; "Family, Given/Family,
	 * Given/…" reads every name */
	{"Ilse Kranz/Jonas Ruh, Berufliche Unsicherheiten und der Weg zum Hafen, in: E. Brandt "
	 "(Hrsg.), Hafenbuch, Kiel 1990, S. 349-384.",
	 "chapter", "Kranz", "Ilse", "Berufliche Unsicherheiten und der Weg zum Hafen", "Hafenbuch",
	 "1990", NULL, NULL, "349-384", NULL, NULL, "-", 2},
	{"Ilse Kranz/Jonas Ruh, Hafen-, Werft- und Fischereidynamiken in Kiel, in: E. Brandt (Hrsg.), "
	 "Hafenbuch, Kiel 2000.",
	 "chapter", "Kranz", "Ilse", "Hafen-, Werft- und Fischereidynamiken in Kiel", "Hafenbuch", "2000",
	 NULL, NULL, NULL, NULL, NULL, "-", 2},
	{"Kranz, Ilse/Ruh, Jonas/Brandt, Eva (2004): Was kommt nach der Mole? Hafen zwischen Land und "
	 "Meer. Kiel.",
	 NULL, "Kranz", "Ilse", NULL, NULL, "2004", NULL, NULL, NULL, NULL, NULL, "-", 3},
	/* "Title, Place: Publisher (Series N/YYYY)": the title ends before the
	 * place; the publisher before the bracket */
	{"Ruh, Jonas (2006): The Role of Harbours in Trade Policy, Bonn: Deutsches Institut für Häfen "
	 "(Discussion Paper 7/2006).",
	 NULL, "Ruh", "Jonas", "The Role of Harbours in Trade Policy", NULL, "2006", NULL, NULL, NULL,
	 "Deutsches Institut für Häfen", "Bonn", "-", 1},
	/* a parliamentary paper "Drucksache 12/4096": period as volume, number
	 * as issue; a day's date after an earlier year is no container */
	{"Hafenausschuss des Landtags (1993): Neunter Bericht zur Lage der Häfen Drucksache 12/4096, "
	 "13.01.1993, 72.",
	 "report", NULL, NULL, "Neunter Bericht zur Lage der Häfen", "-", "1993", "12", "4096", "72",
	 NULL, NULL, "-", 1},
	/* German law reports: reporter, volume (or year), first page; the
	 * page cited in parentheses dropped */
	{"BHafGE 21, 73 (79 f.)",
	 "legal_case", NULL, NULL, "-", "BHafGE", "-", "21", NULL, "73", NULL, NULL, "-", 0},
	{"HafR 1988, 1651 (1652)",
	 "legal_case", NULL, NULL, "-", "HafR", "1988", "-", NULL, "1651", NULL, NULL, "-", 0},
	/* German statutes: the provision, the code, its book */
	{"§ 24 Abs. 1 HafG VIII.",
	 "legislation", NULL, NULL, "§ 24 Abs. 1", "HafG", "-", "VIII", NULL, "-", NULL, NULL, "-", 0},
	{"§§ 177, 178 HafG",
	 "legislation", NULL, NULL, "§§ 177, 178", "HafG", "-", "-", NULL, "-", NULL, NULL, "-", 0},
	/* "Place: Publisher" with the German connector "für" */
	{"Ruh, Jonas (2003): Geschichte der Häfen in Deutschland, Bonn: Zentrale für maritime Bildung, "
	 "208.",
	 "book", "Ruh", "Jonas", "Geschichte der Häfen in Deutschland", "-", "2003", NULL, NULL, "208",
	 "Zentrale für maritime Bildung", "Bonn", "-", 1},
	/* "Family, Given, Given Family (Hrsg.) 1993,": editors to the marker */
	{"Kranz, Ilse, Jonas Ruh (Hrsg.) 1993, Neue Wege im Hafenbau, Berlin: Mole Verlag.",
	 "book", NULL, NULL, "Neue Wege im Hafenbau", "-", "1993", NULL, NULL, NULL, "Mole Verlag",
	 "Berlin", "-", 0},
	/* "in: X (Hrsg.), Book, Book goes on, Place YEAR": the container runs
	 * over commas to the publication facts; "Band 43" is the volume */
	{"Ilse Kranz, Die Mole im Wandel, in: Jonas Ruh/Ella Brandt (Hrsg.), Hafenarbeit, "
	 "Werftarbeit und Logistik – Konvergenzen und Divergenzen, Kiel 2005, S. 12-30.",
	 "chapter", "Kranz", "Ilse", "Die Mole im Wandel",
	 "Hafenarbeit, Werftarbeit und Logistik – Konvergenzen und Divergenzen", "2005", NULL, NULL,
	 "12-30", "-", "Kiel", "-", 1},
	{"Ruh, Jonas (2004): Arbeit am Kai, in: Häfen in Deutschland. Analysen zur Logistik, Forum "
	 "der Hafenstatistik, Band 43, Kiel: Hafenamt, Seite 86-113.",
	 NULL, "Ruh", "Jonas", "Arbeit am Kai",
	 "Häfen in Deutschland. Analysen zur Logistik, Forum der Hafenstatistik", "2004", "43", NULL,
	 "86-113", NULL, NULL, "-", 1},
	/* "Title? Subtitle, in: Journal": the subtitle after a question
	 * (digits and all) goes with the title when ", in:" ends it */
	{"Ruh, Jonas (2006): Wie verändert sich der Hafen im Jahreslauf? Eine Studie der ersten 14 "
	 "Monate in Kiel, in: Zeitschrift für Hafenkunde, 58, S. 23-49.",
	 "article-journal", "Ruh", "Jonas",
	 "Wie verändert sich der Hafen im Jahreslauf? Eine Studie der ersten 14 Monate in Kiel",
	 "Zeitschrift für Hafenkunde", "2006", "58", NULL, "23-49", NULL, NULL, "-", 1},
	{"Ilse Kranz, Der Hafen – ein totes System? Zur Kraft eines alten Begriffs, in: Hafenkunde, "
	 "Nr. 2/1996, S. 150-163",
	 "article-journal", "Kranz", "Ilse", "Der Hafen – ein totes System? Zur Kraft eines alten Begriffs",
	 "Hafenkunde", "1996", NULL, NULL, "150-163", NULL, NULL, "-", 1},
	/* a periodical cited by its issue alone: the name is the container,
	 * no author; a short form "Family YEAR, S. n" keeps its author */
	{"Hafen-Rundschau Kiel, 9.10.1997, S. 1.",
	 "article-newspaper", NULL, NULL, "-", "Hafen-Rundschau Kiel", "1997-10-09", "-", NULL, "1",
	 "-", "-", "-", 0},
	{"Baltic Port Digest, No. 44, Part I, 1. März 1996.",
	 NULL, NULL, NULL, "-", "Baltic Port Digest", "1996-03-01", "44", NULL, NULL, "-", "-", "-", 0},
	{"Kai-Probleme (Kiel), Nr. 10/1968, S. 218-228.",
	 "article-journal", NULL, NULL, "-", "Kai-Probleme (Kiel)", "1968", "10", NULL, "218-228", "-",
	 "-", "-", 0},
	{"KPA Hafenbuch 1997, S. 309.",
	 NULL, NULL, NULL, "-", "KPA Hafenbuch", "1997", NULL, NULL, "309", "-", "-", "-", 0},
	{"Ruh 2001, S. 5.",
	 NULL, "Ruh", NULL, "-", "-", "2001", NULL, NULL, "5", "-", "-", "-", 1},
	/* a period-separated chapter: the book runs over its subtitle, commas
	 * and a note in brackets to the pages in parentheses; the edition is
	 * not part of it */
	{"Ruh, Jonas. (2008). Die Mole. In Ilse Kranz & Ella Brandt (Hrsg.), Handbuch Hafenforschung. "
	 "Theorie, Methoden, Empirie (2. Aufl.) (S. 505–511). Kiel: Hafenverlag.",
	 "chapter", "Ruh", "Jonas", "Die Mole", "Handbuch Hafenforschung. Theorie, Methoden, Empirie",
	 "2008", NULL, NULL, "505-511", "Hafenverlag", "Kiel", "-", 1},
	{"Ruh, J. (2004). Der Kai. In I. Kranz (Ed.), Ports, quays, and docks [Proceedings of the 4th "
	 "meeting] (pp. 29–54). Kiel: Mole.",
	 "chapter", "Ruh", "J.", "Der Kai", "Ports, quays, and docks [Proceedings of the 4th meeting]",
	 "2004", NULL, NULL, "29-54", "Mole", "Kiel", "-", 1},
	/* "in: Journal YEAR, S. n": the year is the issue's, not the name's */
	{"Ruh, Jonas: Arbeit am Kai, in: Kieler Monatshefte 1963, S. 198.",
	 NULL, "Ruh", "Jonas", "Arbeit am Kai", "Kieler Monatshefte", "1963", "-", NULL, "198", "-",
	 "-", "-", 1},
	{"Kranz, I. (2012): Die Mole. In: Hafenrecht 2012, 1867-1872.",
	 NULL, "Kranz", "I.", "Die Mole", "Hafenrecht", "2012", "-", NULL, "1867-1872", "-", "-", "-", 1},
	/* "Title. Subtitle. In:": the subtitle runs on to "In:", with a
	 * quotation or "sog." in it */
	{"Ruh, Jonas (2015): Verlorene Häfen. Die Werften und der sog. Strukturwandel. In: Kieler "
	 "Monatshefte 12, S. 11-29.",
	 NULL, "Ruh", "Jonas", "Verlorene Häfen. Die Werften und der sog. Strukturwandel",
	 "Kieler Monatshefte", "2015", NULL, NULL, "11-29", "-", "-", "-", 1},
	{"Kranz, Ines (1999): Molen und Kais. Anmerkungen zu Mohrs „Der offene Hafen“. In: Kieler "
	 "Monatshefte 4, S. 3-9.",
	 NULL, "Kranz", "Ines", "Molen und Kais. Anmerkungen zu Mohrs „Der offene Hafen“",
	 "Kieler Monatshefte", "1999", NULL, NULL, "3-9", "-", "-", "-", 1},
	/* names written out and joined by ";", as authors and as editors: one
	 * citation, not one per name */
	{"Ruh, Jonas; Kranz, Ines; Mohr-Lange, Paul H. (2007): Der Hafen im Wandel. Kiel: Hafenverlag.",
	 "book", "Ruh", "Jonas", "Der Hafen im Wandel", "-", "2007", "-", NULL, "-", "Hafenverlag", "Kiel",
	 "-", 3},
	{"Ruh, Jonas (2003): Die Mole. In: Kranz, Ines; Mohr-Lange, Paul H. (Hrsg.): Häfen der Ostsee. "
	 "Kiel: Hafenverlag, S. 7-26.",
	 "chapter", "Ruh", "Jonas", "Die Mole", "Häfen der Ostsee", "2003", NULL, NULL, "7-26",
	 "Hafenverlag", "Kiel", "-", 1},
	/* German ordinals end no sentence: "vom 18. bis zum 20. Jahrhundert",
	 * "vom 3. Mai 2001" (the date of a title dated so) */
	{"Ruh, Jonas: Häfen und Werften vom 18. bis zum 20. Jahrhundert. Kiel 1984",
	 "book", "Ruh", "Jonas", "Häfen und Werften vom 18. bis zum 20. Jahrhundert", "-", "1984", "-", NULL,
	 "-", "-", "Kiel", "-", 1},
	{"Gesetz zur Förderung von Häfen unter 3 Ländern (Hafengesetz – HfG vom 3. Mai 2001).",
	 NULL, NULL, NULL, "Gesetz zur Förderung von Häfen unter 3 Ländern (Hafengesetz – HfG vom 3. Mai 2001)",
	 "-", "2001-05-03", "-", NULL, "-", "-", "-", "-", 0},
	/* "…, Berlin: HfA": a city after a comma is the place, not a state
	 * ("Cambridge, MA"); a subtitle may quote */
	{"Hafenamt Kiel (2001): Neue Molen. Bericht der Kommission „Hafen“, Berlin: HfA.",
	 "book", NULL, NULL, "Neue Molen. Bericht der Kommission „Hafen“", "-", "2001", "-", NULL, "-",
	 "HfA", "Berlin", "-", 1},
	/* a court's decision: the court decides, the decision is the title */
	{"OLG Kiel, Beschluss vom 4.5.2011, 7 U 12/10 m.w.N.",
	 "legal_case", NULL, NULL, "Beschluss vom 4.5.2011, 7 U 12/10", "-", "2011-05-04", "-", NULL, "-",
	 "-", "-", "-", 1},
	/* a family name of four words */
	{"Ruiz Gómez de Mole, Carmen (1998): Los puertos, in: Revista de Puertos, 27:1, S. 9-21.",
	 NULL, "Ruiz Gómez de Mole", "Carmen", "Los puertos", "Revista de Puertos", "1998", NULL, NULL,
	 "9-21", "-", "-", "-", 1},
	/* a date is no publisher */
	{"Ruh, Jonas (2007): Der Kai, in: Hafenblatt, Mai 2007, URL: http://www.hafen.example.",
	 NULL, "Ruh", "Jonas", "Der Kai", "Hafenblatt", "2007", NULL, NULL, NULL, "-", NULL,
	 "http://www.hafen.example", 1},
	/* "Publisher: Place" written the wrong way round */
	{"Ruh, J. (2012): Handbuch des Hafenrechts. Mole-Verlag: Hamburg Lübeck",
	 "book", "Ruh", "J.", "Handbuch des Hafenrechts", "-", "2012", "-", NULL, "-", "Mole-Verlag",
	 "Hamburg Lübeck", "-", 1},
	/* a publisher's name with commas in it, ending the reference */
	{"Ruh, Jonas (2009): Häfen im Wandel. Kiel: Ministerium für Häfen, Molen und Kais.",
	 "book", "Ruh", "Jonas", "Häfen im Wandel", "-", "2009", "-", NULL, "-",
	 "Ministerium für Häfen, Molen und Kais", "Kiel", "-", 1},
	/* "hier S.", "insb. S.": the passage within the pages, no title */
	{"Ruh (1981), S. 40-52, insb. S. 44f.",
	 NULL, "Ruh", NULL, "-", "-", "1981", "-", NULL, "40-52", "-", "-", "-", 1},
	/* "(o. Fn. 12)": a reference to an earlier note, no volume */
	{"Ruh (o. Fn. 12), S. 40.",
	 NULL, "Ruh", NULL, NULL, "-", NULL, "-", NULL, "40", "-", "-", "-", 1},
	/* "§ 3 Rn. 22": the place in a commentary, no title or volume */
	{"Ruh (o. Fn. 12), § 3 Rn. 22 f.",
	 NULL, "Ruh", NULL, "-", "-", NULL, "-", NULL, "-", "-", "-", "-", 1},
	/* a short name no person's before its year: the author */
	{"El Puerto (2006): Nuevas grúas en el muelle, 20.05.2006.",
	 NULL, NULL, NULL, "Nuevas grúas en el muelle", "-", "2006", "-", NULL, "-", "-", "-", "-", 1},
	/* "Krebs/Schmidt": two family names, not family and given */
	{"Kranz/Mohr (1993): Hafenarbeit im Wandel. Kiel: Hafenverlag.",
	 "book", "Kranz", "-", "Hafenarbeit im Wandel", "-", "1993", "-", NULL, "-", "Hafenverlag", "Kiel",
	 "-", 2},
	/* parts set off by dashes: the dash belongs to neither */
	{"RUH GIONA - “ Storia del porto di Chioggia ” - Venezia, 1623.",
	 "book", NULL, NULL, "Storia del porto di Chioggia", "-", "1623", "-", NULL, "-", "-", "Venezia",
	 "-", 1},
	/* "Title, Place, Publisher": the name after the place publishes */
	{"Giona Ruh, (1906), I moli ed il porto, Venezia, Ferrari.",
	 "book", "Ruh", "Giona", "I moli ed il porto", "-", "1906", "-", NULL, "-", "Ferrari", "Venezia",
	 "-", 1},
	{"Ruh, J. (2011). Time at the docks. Boston, MA.",
	 NULL, "Ruh", "J.", "Time at the docks", "-", "2011", "-", NULL, "-", "-", NULL, "-", 1},
	/* an archival box or register number is no volume or page */
	{"Provveditori al porto, Comuni, b. 55.",
	 NULL, NULL, NULL, NULL, NULL, "-", "-", NULL, "-", NULL, NULL, "-", 0},
	{"Provveditori al porto, reg. 107.",
	 NULL, NULL, NULL, NULL, NULL, "-", "-", NULL, "-", NULL, NULL, "-", 0},
	/* letters, minutes, telegrams */
	{"Letter Rycroft to Sawers, 13 March 2003, 'Iraq: Military Planning'.",
	 "personal_communication", NULL, NULL, "Iraq: Military Planning", "-", "2003-03-13", NULL, NULL,
	 NULL, NULL, NULL, "-", 1},
	/* testimony */
	{"Public hearing, 21 January 2011, page 45.",
	 "hearing", NULL, NULL, NULL, NULL, "2011-01-21", NULL, NULL, "45", NULL, NULL, "-", 0},
	{"Sir Roderick Blaine, Harrow Inquiry public hearing, 21 January 2011, page 43.",
	 "hearing", "Blaine", "Roderick", "Harrow Inquiry public hearing", NULL, "2011-01-21", NULL, NULL,
	 "43", NULL, NULL, "-", 1},
	/* "V." before a family name and a comma is an initial, not "vedi" */
	{"V. Zanetti, Il molo, Chioggia 1966.",
	 "book", "Zanetti", "V.", "Il molo", "-", "1966", NULL, NULL, NULL, NULL, "Chioggia", "-", 1},
	/* a word split at a line-end hyphen ("Ve- nezia", "Fi - renze") is one
	 * word again; a dash between capitals stays */
	{"Gallo T., Le galee di mercato, Ve- nezia, Zanetti, 1931.",
	 NULL, "Gallo", "T.", "Le galee di mercato", "-", "1931", NULL, NULL, NULL, "Zanetti",
	 "Ve-nezia", "-", 1},
	{"Verdi P., Il porto e la città, in Studi sul porto antico, Fi - renze, pp. 3 - 40.",
	 NULL, "Verdi", "P.", "Il porto e la città", "Studi sul porto antico", NULL, NULL, NULL, "3-40",
	 NULL, "Fi-renze", "-", 1},
	{"Neri A., I mercanti del Trecento, Lione - Parigi 1990.",
	 NULL, "Neri", "A.", "I mercanti del Trecento", "-", "1990", NULL, NULL, NULL, NULL,
	 "Lione - Parigi", "-", 1},
	/* the imprint alone, cut from its reference: a place the list does not
	 * know before a colon and a publisher, the end of a publisher's name */
	{"Harbour: Lanternfield University Press, 1980.",
	 NULL, NULL, NULL, "-", "-", "1980", NULL, NULL, NULL, "Lanternfield University Press",
	 "Harbour", "-", 0},
	{"versity Press, 1961.",
	 NULL, NULL, NULL, "-", "-", "1961", NULL, NULL, NULL, "versity Press", "-", "-", 0},
	/* "Name, I.: Title" cut short is a reference, not prose */
	{"Ruh, G.: Il molo nuovo e il porto della laguna secondo i notai",
	 NULL, "Ruh", "G.", "Il molo nuovo e il porto della laguna secondo i notai", "-", "-", NULL,
	 NULL, NULL, "-", "-", "-", 1},
	/* "City: Publisher, Year" where the publisher's name has lower-case
	 * words */
	{"Ruh, Giona. Il molo nuovo. Venice: Istituto per la storia lagunare, 1958.",
	 "book", "Ruh", "Giona", "Il molo nuovo", "-", "1958", NULL, NULL, NULL,
	 "Istituto per la storia lagunare", "Venice", "-", 1},
	/* the imprint alone with no year: a known city, a name before it */
	{"Zanetti, Chioggia.", NULL, NULL, NULL, "-", "-", "-", NULL, NULL, NULL, "Zanetti", "Chioggia",
	 "-", 0},
	{"Chioggia.", NULL, NULL, NULL, "-", "-", "-", NULL, NULL, NULL, "-", "Chioggia", "-", 0},
	/* cut at a line end inside the place: what is left of it is the place */
	{"Ruh G., Il molo nuovo, Chio -",
	 "book", "Ruh", "G.", "Il molo nuovo", "-", "-", NULL, NULL, NULL, "-", "Chio", "-", 1},
	/* "Tip." (tipografia) is a printer's abbreviation, no sentence end */
	{"Ruh G., Il molo nuovo, Chioggia, Tip. Zennaro, 1915.",
	 "book", "Ruh", "G.", "Il molo nuovo", "-", "1915", NULL, NULL, NULL, "Tip. Zennaro",
	 "Chioggia", "-", 1},
	/* a pointer to an earlier note is no part of the container */
	{"Neri Paolo, Il porto franco, in Storia della laguna [vedi supra], pp. 47 - 93.",
	 "chapter", NULL, NULL, "Il porto franco", "Storia della laguna", NULL, NULL, NULL, "47-93",
	 NULL, NULL, "-", 1},
	/* a title opened with “ and closed with a straight " */
	{"ROSSI MARIO - “ Le mura di Palma \" - Ed. Ghedina, Udine, 1983.",
	 NULL, NULL, NULL, "Le mura di Palma", NULL, "1983", NULL, NULL, NULL, NULL, NULL, "-", 1},
	/* one word cut from its start, then the year: a place; after a comma,
	 * a publisher */
	{"ggia 1964.", NULL, NULL, NULL, "-", "-", "1964", NULL, NULL, NULL, "-", "ggia", "-", 0},
	{"netti, 1931.", NULL, NULL, NULL, "-", "-", "1931", NULL, NULL, NULL, "netti", "-", "-", 0},
	/* an imprint alone that ends in a span of years */
	{"Chioggia, Zennaro, 1855 - 57.",
	 NULL, NULL, NULL, "-", "-", "1855", NULL, NULL, NULL, "Zennaro", "Chioggia", "-", 0},
	{"Chioggia 1839 - 63.",
	 NULL, NULL, NULL, "-", "-", "1839", NULL, NULL, NULL, "-", "Chioggia", "-", 0},
	/* "a cura di" with no comma before it ends the container: editors */
	{"Moro L., Il ponte di barche, in Studi lagunari a cura di G. Ferro, Bologna 1988, pp. 9 - 29.",
	 "chapter", "Moro", "L.", "Il ponte di barche", "Studi lagunari", "1988", NULL, NULL, "9-29",
	 NULL, "Bologna", "-", 1},
	/* "voi." ("vol." as OCR reads it) ends a title with no author before */
	{"Storia delle barene di Chioggia, voi. 6, Venezia 1849.",
	 NULL, NULL, NULL, "Storia delle barene di Chioggia", "-", "1849", "6", NULL, NULL, "-", "Venezia",
	 "-", 0},
	{"delle barene di Chioggia, voi. IV, Venezia 1849.",
	 NULL, NULL, NULL, "delle barene di Chioggia", "-", "1849", "IV", NULL, NULL, "-", "Venezia", "-", 0},
};

START_TEST(fields)
{
	const char *t = cases[_i].text;
	ct_cites *cs = parse1(t);
	ck_assert_uint_ge(ct_cites_count(cs), 1);
	const ct_cite *c = ct_cites_at(cs, 0);
	opt_eq("type", c->type, cases[_i].type, t);
	ck_assert_msg(c->n_author == cases[_i].n_authors, "%s: %zu authors, want %zu", t, c->n_author,
	              cases[_i].n_authors);
	if (cases[_i].family1) {
		ck_assert(c->n_author >= 1);
		opt_eq("family", c->author[0].family, cases[_i].family1, t);
		opt_eq("given", c->author[0].given, cases[_i].given1, t);
	}
	opt_eq("title", c->title, cases[_i].title, t);
	opt_eq("container", c->container_title, cases[_i].container, t);
	opt_eq("issued", c->issued, cases[_i].issued, t);
	opt_eq("volume", c->volume, cases[_i].volume, t);
	opt_eq("issue", c->issue, cases[_i].issue, t);
	opt_eq("page", c->page, cases[_i].page, t);
	opt_eq("publisher", c->publisher, cases[_i].publisher, t);
	opt_eq("place", c->publisher_place, cases[_i].place, t);
	opt_eq("url", c->url, cases[_i].url, t);
	ck_assert_str_eq(c->raw, t);
	ck_assert(c->confidence > 0 && c->confidence <= 1);
	ct_cites_free(cs);
}
END_TEST

START_TEST(special_forms)
{
	/* an institutional literal */
	ct_cites *cs = parse1("Ministry of Defence (Velmoria), \"Harrow Update,\" press release, "
	                      "December 16, 2007.");
	const ct_cite *c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->author[0].literal, "Ministry of Defence (Velmoria)");
	ck_assert_ptr_null(c->author[0].family);
	ck_assert_str_eq(c->issued, "2007-12-16");
	ct_cites_free(cs);

	/* an archived URL: the original and the snapshot date */
	cs = parse1("\"Harrow: Transition,\" https://web.archive.org/web/20080101000000/"
	            "http://www.mod.velmoria.example/news/2007/12/harrow-transition.");
	c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->url, "http://www.mod.velmoria.example/news/2007/12/harrow-transition");
	ck_assert_str_eq(c->archived, "2008-01-01");
	ck_assert_ptr_nonnull(c->archive_url);
	ct_cites_free(cs);

	/* accessed */
	cs = parse1("Smith, J. (2010). Page title. Retrieved from http://example.org/x (accessed 3 May 2011).");
	c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->url, "http://example.org/x");
	ck_assert_str_eq(c->accessed, "2011-05-03");
	ct_cites_free(cs);

	/* interview */
	cs = parse1("Interview, Ministry of Defence official, Canberra, Australia, September 20, 2013.");
	c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->type, "interview");
	ck_assert_str_eq(c->iv_affiliation, "Ministry of Defence");
	ck_assert_str_eq(c->iv_role, "official");
	ck_assert_str_eq(c->iv_place, "Canberra, Australia");
	ck_assert_str_eq(c->iv_date, "2013-09-20");
	ct_cites_free(cs);

	/* as quoted in */
	cs = parse1("Brig. Alan Moorcroft, as quoted in Petra Lindqvist, \"In Harrow, a Stretched Force "
	            "Counts the Cost,\" Meridian Post, March 2, 2007.");
	c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->quoted_speaker, "Brig. Alan Moorcroft");
	ck_assert_str_eq(c->author[0].family, "Lindqvist");
	ck_assert_str_eq(c->container_title, "Meridian Post");
	ck_assert_str_eq(c->type, "article-newspaper");
	ct_cites_free(cs);

	/* a letter: sender and recipient */
	cs = parse1("Letter Cannon to McDonald, 11 March 2003, 'Iraq: Prime Minister's Conversations'.");
	c = ct_cites_at(cs, 0);
	ck_assert_str_eq(c->author[0].literal, "Cannon");
	ck_assert_str_eq(c->recipient, "McDonald");
	ck_assert_str_eq(c->title, "Iraq: Prime Minister's Conversations");
	ct_cites_free(cs);

	/* editors of an edited book in author position */
	cs = parse1("Renov, Michael (ed.). Theorizing Documentary. London: Routledge, 1993.");
	c = ct_cites_at(cs, 0);
	ck_assert_uint_eq(c->n_author, 0);
	ck_assert_uint_eq(c->n_editor, 1);
	ck_assert_str_eq(c->editor[0].family, "Renov");
	ck_assert_str_eq(c->title, "Theorizing Documentary");
	ct_cites_free(cs);
}
END_TEST

START_TEST(splitting_and_prose)
{
	ct_cites *cs = parse1("Dario Melk, \"Palace Base Shelled,\" Caldora Times, May 14, 2007; Anna Berg, "
	                      "\"Other Story,\" Meridian Post, May 15, 2007. See also Thomas Hardwick, "
	                      "\"Troops Leave,\" The Northgate Herald, September 3, 2007.");
	ck_assert_uint_eq(ct_cites_count(cs), 3);
	ck_assert_str_eq(ct_cites_at(cs, 1)->author[0].family, "Berg");
	ck_assert_str_eq(ct_cites_at(cs, 2)->author[0].family, "Hardwick");
	ck_assert_uint_eq(ct_cites_at(cs, 2)->index, 2);
	ct_cites_free(cs);

	/* references run together: "Place 1982. " ends one when another
	 * with a year follows; the year after the authors does not */
	cs = parse1("Ferro B., Le scuole della laguna, Padova 1975. Notizie delle arti e dei "
	            "mestieri, Venezia 1740.");
	ck_assert_uint_eq(ct_cites_count(cs), 2);
	ck_assert_str_eq(ct_cites_at(cs, 1)->issued, "1740");
	ct_cites_free(cs);
	cs = parse1("Orme, Jonas. 1992. The Harbour Towns of the North. Northgate: Meridian Press, "
	            "1994.");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ct_cites_free(cs);

	/* a list of author-year short forms, joined by ", " or ". " */
	cs = parse1("Ruh 1990: 10, Kranz/Mohr (2001), S. 5f. Lange et al. 1987a");
	ck_assert_uint_eq(ct_cites_count(cs), 3);
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "10");
	ck_assert_str_eq(ct_cites_at(cs, 1)->author[1].family, "Mohr");
	ck_assert_str_eq(ct_cites_at(cs, 1)->issued, "2001");
	ck_assert_str_eq(ct_cites_at(cs, 2)->author[0].family, "Lange");
	ct_cites_free(cs);
	/* not a title and a journal's year */
	cs = parse1("Ruh L. Harbour cranes. Docks 1992; 48: 599-604.");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ct_cites_free(cs);

	cs = parse1("Hafenblatt.de (2006): Neue Kräne im Hafen, 20.05.2006.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].literal, "Hafenblatt.de");
	ct_cites_free(cs);

	/* the institution is one literal author */
	cs = parse1("Ministerio de Puertos y de Costas (2003a): Plan Anual de los Puertos, Madrid.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].literal, "Ministerio de Puertos y de Costas");
	ct_cites_free(cs);

	/* an institution and its department, joined by a comma */
	cs = parse1("Ministerio de Puertos y de Costas, Secretaría de Estado de Molas Internacionales "
	            "(2005): Plan Director de Puertos 2005-2008, Madrid.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].literal,
	                 "Ministerio de Puertos y de Costas, Secretaría de Estado de Molas Internacionales");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "2005");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Plan Director de Puertos 2005-2008");
	ct_cites_free(cs);

	/* "ders., Title": the author of the citation before */
	cs = parse1("Ilse Kranz, Der Hafen, Kiel 1960; ders., Mole, Kai und Werft, Lübeck 2003.");
	ck_assert_uint_eq(ct_cites_count(cs), 2);
	ck_assert_uint_eq(ct_cites_at(cs, 1)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 1)->author[0].family, "Kranz");
	ck_assert_str_eq(ct_cites_at(cs, 1)->title, "Mole, Kai und Werft");
	ck_assert_str_eq(ct_cites_at(cs, 1)->issued, "2003");
	ct_cites_free(cs);

	/* "Id., Title" is idem (the author before, a new work), not Ibid.;
	 * "Id., p. 4" stays Ibid. */
	{
		const char *notes[] = {"Carla Venti, Le saline di Chioggia, Padova 1971, 3, pp. 5 - 9.",
		                       "Id., Barche e remi, Vicenza 1980, pp. 11 - 20.", "Id., p. 4."};
		ck_assert_int_eq(ct_cites_parse(notes, NULL, 3, &cs), CT_OK);
		const ct_cite *c = ct_cites_at(cs, 1);
		ck_assert(!c->is_ibid);
		ck_assert_uint_eq(c->n_author, 1);
		ck_assert_str_eq(c->author[0].family, "Venti");
		ck_assert_str_eq(c->title, "Barche e remi");
		ck_assert_str_eq(c->issued, "1980");
		ck_assert_ptr_null(c->volume);
		c = ct_cites_at(cs, 2);
		ck_assert(c->is_ibid && c->has_ibid_of);
		ck_assert_int_eq(c->ibid_of.note, 2);
		ck_assert_str_eq(c->page, "4");
		ct_cites_free(cs);
	}

	/* "Title. Subtitle." then no journal numbers but a place: a book
	 * with a subtitle, not an article in a journal */
	{
		const char *t[] = {"Brandt, Ulla (1987): Häfen im Wandel. Eine Studie über die "
		                   "Kaianlagen der Ostsee. ÖHV. Wien.",
		                   "Brandt, Ulla: Häfen im Wandel. Eine Studie über die Kaianlagen der "
		                   "Ostsee. (Diss.) Berlin 1987"};
		for (size_t k = 0; k < 2; k++) {
			cs = parse1(t[k]);
			const ct_cite *c = ct_cites_at(cs, 0);
			ck_assert_str_eq(c->title,
			                 "Häfen im Wandel. Eine Studie über die Kaianlagen der Ostsee");
			ck_assert_ptr_null(c->container_title);
			ck_assert_str_eq(c->type, "book");
			ct_cites_free(cs);
		}
	}

	/* an entry cut short, with the initials before the name, is not prose */
	cs = parse1("G. M. Ferrante, Le vie del sale e del legname nella laguna di Chioggia e il loro "
	            "commercio verso la terraferma");
	ck_assert_str_ne(ct_cites_at(cs, 0)->type, "prose");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].family, "Ferrante");
	ct_cites_free(cs);

	/* family names in small capitals as OCR reads them ("marconi",
	 * "PeLLeGRiNi", a lowercase initial): still the author */
	cs = parse1("marconi L. G.: Le barene della laguna, Venezia 1902.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].family, "marconi");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].given, "L. G.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Le barene della laguna");
	ct_cites_free(cs);
	cs = parse1("1850 PeLLeGRiNi t., Le valli da pesca, Padova.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].family, "PeLLeGRiNi");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Le valli da pesca");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1850");
	ct_cites_free(cs);

	/* "Given Family - Title": the name in the direct order, then a dash */
	cs = parse1("Lorenzo P. Bassani - Le mura di Treviso e le porte della città.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].family, "Bassani");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].given, "Lorenzo P.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Le mura di Treviso e le porte della città");
	ct_cites_free(cs);

	/* "Place Year" before the pages is the imprint, though a date came
	 * before it */
	cs = parse1("Venti, C., I mulini del Sile, in Atti del convegno di studi, 3 - 5 maggio 1984, "
	            "Treviso 1986, pp. 11 - 40.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->publisher_place, "Treviso");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1986");
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "11-40");
	ct_cites_free(cs);

	/* "Family, Given, Given Family, Given Family Year, Title": every name
	 * up to the year */
	cs = parse1("Brandt, Ulla, Karl Wendel, Maria Ostrow 1999, Häfen und Kais, Kiel: Hafenverlag.");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 3);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[2].family, "Ostrow");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[2].given, "Maria");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Häfen und Kais");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1999");
	ct_cites_free(cs);

	/* author-date short forms in German legal notes: "Name Year: pages",
	 * a signal word ("ferner") before the next one */
	cs = parse1("Hollerbach 2009: 412 ff.; ferner Quandt 2011: 87 f.");
	ck_assert_uint_eq(ct_cites_count(cs), 2);
	ck_assert_ptr_null(ct_cites_at(cs, 0)->title);
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "412ff");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "2009");
	ck_assert_uint_eq(ct_cites_at(cs, 1)->n_author, 1);
	ck_assert_str_eq(ct_cites_at(cs, 1)->author[0].family, "Quandt");
	ck_assert_str_eq(ct_cites_at(cs, 1)->page, "87f");
	ct_cites_free(cs);

	/* an issue keyword ends the journal's name: "BOE núm. 12",
	 * "Hafenkunde. Heft 4" */
	cs = parse1("Ruiz, Ana (2004): Las salinas del sur, in: BOE núm. 12, 3 enero 2004, S. 20-24.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->container_title, "BOE");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issue, "12");
	ct_cites_free(cs);
	cs = parse1("Brandt, Ulla: Die Mole. In: Hafenkunde. Heft 4 (1990), S. 5-9");
	ck_assert_str_eq(ct_cites_at(cs, 0)->container_title, "Hafenkunde");
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "5-9");
	ct_cites_free(cs);

	/* a subtitle with a year in it, then "In:": one reference, the
	 * subtitle with its title */
	cs = parse1("Brandt, Ulla: Die Mole. Zur Baugeschichte des Hafens 1850 bis 1900. In: "
	            "Hafenkunde. Heft 4 (1990), S. 5-9");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->title,
	                 "Die Mole. Zur Baugeschichte des Hafens 1850 bis 1900");
	ck_assert_str_eq(ct_cites_at(cs, 0)->container_title, "Hafenkunde");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1990");
	ct_cites_free(cs);

	/* a journal's subtitle, commas and all, up to "Heft" */
	cs = parse1("Brandt, Ulla: Die Mole. In: Hafenkunde. Blätter für Küste, Schiff und Hafen. "
	            "Heft 4 (1990), S. 5-9");
	ck_assert_str_eq(ct_cites_at(cs, 0)->container_title,
	                 "Hafenkunde. Blätter für Küste, Schiff und Hafen");
	ck_assert_ptr_null(ct_cites_at(cs, 0)->publisher);
	ct_cites_free(cs);

	/* "In: Names: Title": the book's editors without "(Hrsg.)" */
	cs = parse1("Brandt, Ulla: Die Mole. In: Wendt, K./I. Kranz: Häfen der Ostsee. Kiel 1980, "
	            "S. 7-19");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_editor, 2);
	ck_assert_str_eq(ct_cites_at(cs, 0)->editor[1].family, "Kranz");
	ck_assert_str_eq(ct_cites_at(cs, 0)->container_title, "Häfen der Ostsee");
	ct_cites_free(cs);

	/* "(1902), Title": an entry under its author's heading, opened by its
	 * year (not a note number) */
	cs = parse1("(1902), Le barene della laguna, Venezia, Tipografia Emiliana.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1902");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Le barene della laguna");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 0);
	ct_cites_free(cs);

	/* the page inside the year's parentheses: "(1999: 41)", "(2003a, S. 7-9)" */
	cs = parse1("Hollerbach (1999: 41)");
	ck_assert_str_eq(ct_cites_at(cs, 0)->issued, "1999");
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "41");
	ct_cites_free(cs);
	cs = parse1("Quandt et al. (2003a, S. 7-9)");
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "7-9");
	ct_cites_free(cs);

	/* after "(2013). Title." the next sentence is no subtitle (a meeting,
	 * a series): only the German "Author: Title. Subtitle." joins them */
	cs = parse1("Varga, K. (2013). Tidal mills of the north. Poster session presented at the "
	            "Coastal History Meeting, Halifax, Canada.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Tidal mills of the north");
	ct_cites_free(cs);

	/* "voi." is "vol." as OCR reads it in old print */
	cs = parse1("R. Donadi, Le lagune e i fiumi, voi. III, Verona 1911.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->volume, "III");
	ck_assert_str_eq(ct_cites_at(cs, 0)->publisher_place, "Verona");
	ct_cites_free(cs);

	/* German notes: ", sowie" after a page starts the next citation */
	cs = parse1("J. Ruh, Die Mole, Kiel 1966, S. 124f., sowie I. Kranz, Der Kai, Lübeck 1962, "
	            "S. 178.");
	ck_assert_uint_eq(ct_cites_count(cs), 2);
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "124f");
	ck_assert_str_eq(ct_cites_at(cs, 1)->author[0].family, "Kranz");
	ck_assert_str_eq(ct_cites_at(cs, 1)->title, "Der Kai");
	ck_assert_str_eq(ct_cites_at(cs, 1)->issued, "1962");
	ct_cites_free(cs);

	/* a manuscript: shelfmark, folios, writer in brackets, title */
	cs = parse1("Cod. Lat. XIV. 210 (= 4511), ff. 3 - 41, [Marco Tiepolo] Cronaca della laguna "
	            "1400 - 1450.");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->type, "manuscript");
	ck_assert_str_eq(ct_cites_at(cs, 0)->archive_location, "Cod. Lat. XIV. 210 (= 4511)");
	ck_assert_str_eq(ct_cites_at(cs, 0)->page, "3-41");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].literal, "Marco Tiepolo");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Cronaca della laguna 1400 - 1450");
	ck_assert_ptr_null(ct_cites_at(cs, 0)->issued);
	ct_cites_free(cs);
	cs = parse1("Cod. Marc. 3187 / 3, Paolo Grassi, Discorso sopra le isole.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].literal, "Paolo Grassi");
	ck_assert_str_eq(ct_cites_at(cs, 0)->title, "Discorso sopra le isole");
	ct_cites_free(cs);
	/* papers in an archive: the archive and a busta; all of it is the
	 * location, no title */
	cs = parse1("Archivio di Stato di Chioggia, Notai, b. 12, n. 4, Testamento di Pietro Ruh.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->type, "manuscript");
	ck_assert_str_eq(ct_cites_at(cs, 0)->archive_location,
	                 "Archivio di Stato di Chioggia, Notai, b. 12, n. 4, Testamento di Pietro Ruh");
	ck_assert_ptr_null(ct_cites_at(cs, 0)->title);
	ct_cites_free(cs);

	/* a prose lead-in is dropped */
	cs = parse1("On the analytical treatment of exits, see Tomas Reyes, \"Exit Games,\" Journal of "
	            "Coalition Studies 12, no. 3 (2012): 201–29.");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->author[0].family, "Reyes");
	ct_cites_free(cs);

	/* a note without a source */
	cs = parse1("Throughout this chapter, the word is used loosely and sometimes interchangeably; "
	            "where they are quoted, their usage is preserved as the participants wrote it.");
	ck_assert_uint_eq(ct_cites_count(cs), 1);
	ck_assert_str_eq(ct_cites_at(cs, 0)->type, "prose");
	ck_assert_uint_eq(ct_cites_at(cs, 0)->n_author, 0);
	ck_assert_ptr_null(ct_cites_at(cs, 0)->title);
	ct_cites_free(cs);
	/* a sentence opened by "However, Name, The …" is no inverted name */
	cs = parse1("However, Marsh, The officer on duty that night, told me that the men were tired "
	            "and wanted to go home.");
	ck_assert_str_eq(ct_cites_at(cs, 0)->type, "prose");
	ct_cites_free(cs);
}
END_TEST

START_TEST(ibid_and_short_forms)
{
	const char *notes[] = {
		"Andrew Bennett, Process Tracing (Oxford: Clarendon Press, 2010), 200.",
		"Ibid.",
		"Ibid., p. 213.",
		"Alexander George and Andrew Bennett, Case Studies (Cambridge, MA: MIT Press, 2005), 7.",
		"Bennett, p. 208.",
		"George and Bennett, 205–32.",
		"Ebd., S. 12.",
	};
	int nums[] = {1, 2, 3, 4, 5, 6, 7};
	ct_cites *cs = NULL;
	ck_assert_int_eq(ct_cites_parse(notes, nums, 7, &cs), CT_OK);
	ck_assert_uint_eq(ct_cites_count(cs), 7);
	const ct_cite *c = ct_cites_at(cs, 1);
	ck_assert(c->is_ibid && c->has_ibid_of);
	ck_assert_int_eq(c->ibid_of.note, 1);
	ck_assert_str_eq(c->page, "200"); /* Ibid. alone repeats the page */
	ck_assert_str_eq(c->title, "Process Tracing");
	c = ct_cites_at(cs, 2);
	ck_assert_int_eq(c->ibid_of.note, 2);
	ck_assert_str_eq(c->page, "213");
	c = ct_cites_at(cs, 4);
	ck_assert(c->is_short && c->has_short_of);
	ck_assert_int_eq(c->short_of.note, 1);
	ck_assert_str_eq(c->page, "208");
	c = ct_cites_at(cs, 5);
	ck_assert(c->has_short_of);
	ck_assert_int_eq(c->short_of.note, 4);
	ck_assert_str_eq(c->page, "205-32");
	ck_assert_str_eq(c->title, "Case Studies");
	c = ct_cites_at(cs, 6);
	ck_assert_int_eq(c->ibid_of.note, 6);
	ck_assert_str_eq(c->page, "12");
	ct_cites_free(cs);
}
END_TEST

START_TEST(json_and_bibtex)
{
	ct_cites *cs = parse1("David Collier, \"Understanding \\\"Process\\\" Tracing,\" PS 44, no. 4 "
	                      "(2011): 823–30.");
	char *j = NULL;
	ck_assert_int_eq(ct_cite_json(ct_cites_at(cs, 0), &j), CT_OK);
	ck_assert_ptr_nonnull(strstr(j, "\"type\":\"article-journal\""));
	ck_assert_ptr_nonnull(strstr(j, "\"issued\":{\"date-parts\":[[2011]]}"));
	ck_assert_ptr_nonnull(strstr(j, "\"author\":[{\"family\":\"Collier\",\"given\":\"David\"}]"));
	ck_assert_ptr_nonnull(strstr(j, "\"ibid-of\":null"));
	ck_assert_ptr_nonnull(strstr(j, "\"note\":1,\"index\":0"));
	ck_assert_ptr_null(strchr(j, '\n'));
	ct_free(j);
	char *b = NULL;
	ck_assert_int_eq(ct_cite_bibtex(ct_cites_at(cs, 0), &b), CT_OK);
	ck_assert_ptr_nonnull(strstr(b, "@article{n1_0"));
	ck_assert_ptr_nonnull(strstr(b, "author = {Collier, David}"));
	ck_assert_ptr_nonnull(strstr(b, "year = {2011}"));
	ct_free(b);
	ct_cites_free(cs);
	ck_assert_int_eq(ct_cite_json(NULL, &j), CT_EINVAL);
	ck_assert_int_eq(ct_cites_parse(NULL, NULL, 1, &cs), CT_EINVAL);
	ck_assert_int_eq(ct_cites_parse(NULL, NULL, 0, &cs), CT_OK);
	ck_assert_uint_eq(ct_cites_count(cs), 0);
	ct_cites_free(cs);
}
END_TEST

START_TEST(odd_inputs)
{
	const char *odd[] = {"", " ", "\"", "“", "Ibid.", ";;;", "(", "1.", "pp. 12-", "et al.",
	                     "and and and", "In: (Hrsg.),", "Interview", "Letter to,", "\xff\xfe bad",
	                     "http://", "web.archive.org/web/2008/", "12(3", "“unclosed title, 2001"};
	ct_cites *cs = NULL;
	ck_assert_int_eq(ct_cites_parse(odd, NULL, sizeof odd / sizeof odd[0], &cs), CT_OK);
	for (size_t i = 0; i < ct_cites_count(cs); i++) {
		char *j = NULL;
		ck_assert_int_eq(ct_cite_json(ct_cites_at(cs, i), &j), CT_OK);
		ct_free(j);
	}
	ct_cites_free(cs);
	/* a very long note is cut, not refused */
	size_t big = 200 * 1024;
	char *s = malloc(big + 1);
	ck_assert_ptr_nonnull(s);
	for (size_t i = 0; i < big; i++)
		s[i] = "Smith, J. 2001. Title, "[i % 23];
	s[big] = '\0';
	const char *one[] = {s};
	ck_assert_int_eq(ct_cites_parse(one, NULL, 1, &cs), CT_OK);
	ct_cites_free(cs);
	free(s);
}
END_TEST

/* ------------------------------------------------ the corpus manuscript */

static char *read_text(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot read %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *d = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(d);
	ck_assert_uint_eq(fread(d, 1, (size_t)n, f), (size_t)n);
	d[n] = '\0';
	fclose(f);
	return d;
}

static const char *source_root(void)
{
	const char *r = getenv("CT_SOURCE_ROOT");
	if (r && *r)
		return r;
	static char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", __FILE__);
	char *sl = strrchr(dir, '/');
	if (sl)
		*sl = '\0';
	size_t l = strlen(dir);
	snprintf(dir + l, sizeof dir - l, "/..");
	return dir;
}

static const ct_cite *find(const ct_cites *cs, int note, size_t index)
{
	for (size_t i = 0; i < ct_cites_count(cs); i++) {
		const ct_cite *c = ct_cites_at(cs, i);
		if (c->note == note && c->index == index)
			return c;
	}
	ck_abort_msg("no citation %d.%zu", note, index);
	return NULL;
}

START_TEST(manuscript_chains)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/corpus/manuscripts/chapter-3-harrow.md", source_root());
	char *text = read_text(path);
	char *notes_at = strstr(text, "\n## Notes\n");
	ck_assert_ptr_nonnull(notes_at);
	const char *notes[64];
	int nums[64];
	size_t n = 0;
	char *save = NULL;
	for (char *line = strtok_r(notes_at, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *end;
		long v = strtol(line, &end, 10);
		if (end == line || end[0] != '.' || end[1] != ' ' || n >= 64)
			continue;
		notes[n] = end + 2;
		nums[n++] = (int)v;
	}
	ck_assert_uint_eq(n, 36);
	ct_cites *cs = NULL;
	ck_assert_int_eq(ct_cites_parse(notes, nums, n, &cs), CT_OK);

	/* citations per note: 13, 23, 33 hold three; the others one */
	for (int note = 1; note <= 36; note++) {
		size_t cnt = 0;
		for (size_t i = 0; i < ct_cites_count(cs); i++)
			cnt += ct_cites_at(cs, i)->note == note;
		size_t want = (note == 13 || note == 23 || note == 33) ? 3 : 1;
		ck_assert_msg(cnt == want, "note %d: %zu citations, want %zu", note, cnt, want);
	}

	/* the answer key's chains, and no other link */
	static const struct {
		int note;
		size_t index;
		char kind; /* 'i' ibid, 's' short form */
		int to_note;
		size_t to_index;
		const char *page; /* the citation's own page, or NULL */
	} chains[] = {
		{2, 0, 'i', 1, 0, "211"},  {9, 0, 'i', 8, 0, NULL},   {13, 1, 's', 10, 0, NULL},
		{17, 0, 'i', 16, 0, NULL}, {21, 0, 'i', 20, 0, NULL}, {23, 0, 's', 11, 0, NULL},
		{23, 1, 's', 20, 0, NULL}, {23, 2, 's', 22, 0, NULL}, {27, 0, 's', 16, 0, NULL},
		{34, 0, 's', 1, 0, "205-32"}, {35, 0, 'i', 34, 0, "213"},
	};
	size_t links = 0;
	for (size_t i = 0; i < ct_cites_count(cs); i++) {
		const ct_cite *c = ct_cites_at(cs, i);
		links += c->has_ibid_of + c->has_short_of;
	}
	ck_assert_uint_eq(links, sizeof chains / sizeof chains[0]);
	for (size_t k = 0; k < sizeof chains / sizeof chains[0]; k++) {
		const ct_cite *c = find(cs, chains[k].note, chains[k].index);
		const ct_cite_ref *r = chains[k].kind == 'i' ? &c->ibid_of : &c->short_of;
		bool has = chains[k].kind == 'i' ? c->has_ibid_of : c->has_short_of;
		ck_assert_msg(has, "note %d.%zu: no %s link", c->note, c->index,
		              chains[k].kind == 'i' ? "ibid" : "short-form");
		ck_assert_msg(r->note == chains[k].to_note && r->index == chains[k].to_index,
		              "note %d.%zu → %d.%zu, want %d.%zu", c->note, c->index, r->note, r->index,
		              chains[k].to_note, chains[k].to_index);
		if (chains[k].page)
			ck_assert_str_eq(c->page, chains[k].page);
	}
	/* as quoted in */
	ck_assert_str_eq(find(cs, 10, 0)->quoted_speaker, "Brig. Alan Moorcroft");
	ck_assert_str_eq(find(cs, 10, 0)->author[0].family, "Lindqvist");
	ck_assert_str_eq(find(cs, 31, 0)->quoted_speaker, "Gen. Conrad Halvorsen");
	ck_assert_str_eq(find(cs, 31, 0)->container_title, "Arvane Daily Ledger");
	for (size_t i = 0; i < ct_cites_count(cs); i++) {
		const ct_cite *c = ct_cites_at(cs, i);
		if (!((c->note == 10 || c->note == 31) && c->index == 0))
			ck_assert_msg(c->quoted_speaker == NULL, "note %d has a quoted speaker", c->note);
	}
	/* types */
	static const struct {
		int note;
		size_t index;
		const char *type;
	} types[] = {
		{1, 0, "book"}, {3, 0, "article-journal"}, {4, 0, "prose"}, {5, 0, "article-newspaper"},
		{11, 0, "interview"}, {12, 0, "webpage"}, {15, 0, "hearing"}, {19, 0, "hearing"},
		{26, 0, "report"}, {30, 0, "interview"}, {32, 0, "report"}, {33, 2, "chapter"},
		{36, 0, "article-journal"},
	};
	for (size_t k = 0; k < sizeof types / sizeof types[0]; k++)
		ck_assert_str_eq(find(cs, types[k].note, types[k].index)->type, types[k].type);
	/* fields the answer key relies on */
	ck_assert_str_eq(find(cs, 11, 0)->iv_place, "Northgate, Velmoria");
	ck_assert_str_eq(find(cs, 11, 0)->iv_date, "2013-09-20");
	ck_assert_str_eq(find(cs, 12, 0)->accessed, "2012-11-12");
	ck_assert_str_eq(find(cs, 15, 0)->page, "43");
	ck_assert_str_eq(find(cs, 19, 0)->issued, "2011-01-21");
	ck_assert_str_eq(find(cs, 16, 0)->url, "https://northgate-herald.example/2007/09/03/tarvik");
	ck_assert_str_eq(find(cs, 26, 0)->url,
	                 "http://www.mod.velmoria.example/news/2007/12/harrow-transition");
	ck_assert_str_eq(find(cs, 26, 0)->archived, "2008-01-01");
	ck_assert_str_eq(find(cs, 33, 2)->editor[1].family, "Adeyemi");
	ck_assert_str_eq(find(cs, 33, 2)->container_title, "Coalition Warfare after the Cold War");
	ck_assert_str_eq(find(cs, 18, 0)->issued, "2007-09-04");
	ck_assert_str_eq(find(cs, 13, 2)->title, "Velmorian Troops Leave Tarvik Palace Base");
	ct_cites_free(cs);
	free(text);
}
END_TEST


/* ---- finding notes and their markers ------------------------------------ */

static const char *note_text(const char *t, const ct_note *n)
{
	static char buf[256];
	size_t l = n->end - n->start < sizeof buf - 1 ? n->end - n->start : sizeof buf - 1;
	memcpy(buf, t + n->start, l);
	buf[l] = '\0';
	return buf;
}

START_TEST(finding_notes)
{
	/* Markdown definitions among the body, a continuation line, an indented
	 * second paragraph, and body text after a blank line that is not part
	 * of the note */
	const char *t = "Body one.[^1] Body two.[^2]\n"
	                "\n"
	                "[^1]: First note,\n"
	                "lazy continuation.\n"
	                "\n"
	                "    Indented second paragraph.\n"
	                "\n"
	                "Body again, not note 1.\n"
	                "[^2]: Second note.\n";
	ct_note *n = NULL;
	size_t k = 0;
	ck_assert_int_eq(ct_find_notes(t, strlen(t), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 2);
	ck_assert_int_eq(n[0].number, 1);
	ck_assert_ptr_nonnull(strstr(note_text(t, &n[0]), "Indented second paragraph."));
	ck_assert_ptr_null(strstr(note_text(t, &n[0]), "Body again"));
	ck_assert_int_eq(n[1].number, 2);
	ck_assert_str_eq(note_text(t, &n[1]), "Second note.");
	ct_free(n);

	/* numbered notes under a heading: "1.", "[2]", "³", and a heading
	 * that ends the section */
	const char *u = "# Text\n1. Not a note: no Notes heading yet.\n\n## Endnotes\n"
	                "1. Alpha, *Book* (Place: Pub, 2001), 3.\n"
	                "[2] Beta, \"Article,\" Journal 4 (2002).\n"
	                "³ Gamma, interview.\n"
	                "## Appendix\n4. Not a note either.\n";
	ck_assert_int_eq(ct_find_notes(u, strlen(u), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 3);
	ck_assert_int_eq(n[0].number, 1);
	ck_assert_str_eq(note_text(u, &n[0]), "Alpha, *Book* (Place: Pub, 2001), 3.");
	ck_assert_int_eq(n[1].number, 2);
	ck_assert_int_eq(n[2].number, 3);
	ck_assert_str_eq(note_text(u, &n[2]), "Gamma, interview.");
	ct_free(n);

	/* a number on its own line before the note's text; a page number
	 * out of sequence is not a note */
	const char *v = "Body.\n\nNotes\n\n1\nFirst source, 2001.\n\n2\n"
	                "Second source,\nrunning on.\n\n14\n\n3\nThird.\n";
	ck_assert_int_eq(ct_find_notes(v, strlen(v), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 3);
	ck_assert_int_eq(n[0].number, 1);
	ck_assert_str_eq(note_text(v, &n[0]), "First source, 2001.");
	ck_assert_int_eq(n[1].number, 2);
	ck_assert_str_eq(note_text(v, &n[1]), "Second source,\nrunning on.");
	ck_assert_int_eq(n[2].number, 3);
	ck_assert_str_eq(note_text(v, &n[2]), "Third.");
	ct_free(n);
}
END_TEST

START_TEST(finding_markers)
{
	const char *t = "Markdown[^1] and bracket[2] and superscript³ forms. "
	                "A bare one after a full stop.4 Then between 1995 and 1998.5 Those.\n"
	                "Not markers: No.10 files, Section 4.2 of it, 3.5 per cent, "
	                "[7](http://link) and [99] for a note that is absent.\n"
	                "After the last, a bare number going back: done.2 no.\n"
	                "A bare number too far ahead: x.10 y; superscript¹⁰ is fine.\n"
	                "\n## Notes\n"
	                "1. One.\n2. Two [2] inside a note.\n3. Three.\n4. Four.\n5. Five.\n"
	                "6. Six.\n10. Ten.\n";
	ct_note *n = NULL;
	size_t k = 0;
	ck_assert_int_eq(ct_find_notes(t, strlen(t), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 7);
	ct_note_marker *m = NULL;
	size_t nm = 0;
	ck_assert_int_eq(ct_find_note_markers(t, strlen(t), n, k, &m, &nm), CT_OK);
	static const struct {
		int number;
		const char *text;
	} want[] = {{1, "[^1]"}, {2, "[2]"}, {3, "³"}, {4, "4"}, {5, "5"}, {10, "¹⁰"}};
	ck_assert_uint_eq(nm, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < nm; i++) {
		ck_assert_int_eq(m[i].number, want[i].number);
		ck_assert_uint_eq(m[i].end - m[i].start, strlen(want[i].text));
		ck_assert(!memcmp(t + m[i].start, want[i].text, strlen(want[i].text)));
	}
	ct_free(m);
	/* no notes: no markers */
	ck_assert_int_eq(ct_find_note_markers(t, strlen(t), n, 0, &m, &nm), CT_OK);
	ck_assert_uint_eq(nm, 0);
	ck_assert_ptr_null(m);
	ct_free(n);
}
END_TEST


START_TEST(page_bottom_notes)
{
	/* pdftotext-style text: pages split by form feeds, footnotes at the
	 * bottom of each page, a page number under them; a numbered list in
	 * the upper half and a figure at the bottom are not notes */
	const char *t = "1 Introduction\n"
	                "2 Method\n"
	                "The drawdown began in February.1 It was announced\n"
	                "in Northgate and welcomed in Port Edel.2 Nobody\n"
	                "expected the pace that followed.\n"
	                "\n"
	                "1 Alison Crane, \"Carrow Announces Cut,\" The Northgate\n"
	                "Herald, February 21, 2007.\n"
	                "2 Ibid.\n"
	                "7\n"
	                "\f"
	                "The Palace was left at night, and 550 soldiers\n"
	                "moved to the airfield3 before dawn.\n"
	                "Casualties fell sharply.\n"
	                "4 500 tonnes of stores were moved.\n"
	                "3 Interview, Ministry of Defence official, Northgate,\n"
	                "Velmoria, September 20, 2013.\n"
	                "8\n";
	ct_note *n = NULL;
	size_t k = 0;
	ck_assert_int_eq(ct_find_notes(t, strlen(t), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 3);
	ck_assert_int_eq(n[0].number, 1);
	ck_assert_str_eq(note_text(t, &n[0]),
	                 "Alison Crane, \"Carrow Announces Cut,\" The Northgate\nHerald, February 21, 2007.");
	ck_assert_int_eq(n[1].number, 2);
	ck_assert_str_eq(note_text(t, &n[1]), "Ibid.");
	ck_assert_int_eq(n[2].number, 3);
	ck_assert_str_eq(note_text(t, &n[2]),
	                 "Interview, Ministry of Defence official, Northgate,\nVelmoria, September 20, 2013.");
	ct_note_marker *m = NULL;
	size_t nm = 0;
	ck_assert_int_eq(ct_find_note_markers(t, strlen(t), n, k, &m, &nm), CT_OK);
	ck_assert_uint_eq(nm, 3);
	ck_assert_int_eq(m[0].number, 1);
	ck_assert(!memcmp(t + m[0].start - 9, "February.1", 10));
	ck_assert_int_eq(m[2].number, 3);
	ck_assert(!memcmp(t + m[2].start - 8, "airfield3", 9));
	ct_free(m);
	ct_free(n);
	/* the same through page offsets, as a PDF's page marks give them */
	size_t starts[] = {0, (size_t)(strchr(t, '\f') + 1 - t)};
	ck_assert_int_eq(ct_find_page_notes(t, strlen(t), starts, 2, &n, &k), CT_OK);
	ck_assert_uint_eq(k, 3);
	ct_free(n);
	/* without the body's reference, a number at a page bottom is no note */
	const char *u = "Some body text here.\nMore body text.\nAnd more.\n"
	                "1 Not a footnote, nothing refers to it.\n\f";
	ck_assert_int_eq(ct_find_notes(u, strlen(u), &n, &k), CT_OK);
	ck_assert_uint_eq(k, 0);
	ct_free(n);
}
END_TEST

/* Humanities notes (Italian, French, German, English), with the editors
 * checked too: text, authors, editors, then fields as in cases (NULL: not
 * checked, "-": must be null). */
static const struct {
	const char *text;
	size_t n_authors, n_editors;
	const char *family1, *title, *container, *issued, *publisher, *place;
} hum_cases[] = {
	/* after "a cura di Given Family", "Place, Publisher YEAR" is no
	 * second, inverted editor */
	{"Marco Ruzzini, Le lettere dal porto, a cura di Anna Sarti, Venezia, Ferro 1950.",
	 1, 1, "Ruzzini", "Le lettere dal porto", "-", "1950", "Ferro", "Venezia"},
	/* a title of words joined by "e" / "and" is no second author */
	{"Paola Zen, Navi e cantieri della laguna, Venezia 1971.",
	 1, 0, "Zen", "Navi e cantieri della laguna", "-", "1971", "-", "Venezia"},
	{"E. Rossi, Clemente XIV e la corte di Roma, Milano 1931.",
	 1, 0, "Rossi", "Clemente XIV e la corte di Roma", "-", "1931", "-", "Milano"},
	/* a notes-style title goes on over a comma before a lower-case word */
	{"L. Moro, Il porto. Navi, moli e magazzini, Chioggia 1966.",
	 1, 0, "Moro", "Il porto. Navi, moli e magazzini", "-", "1966", "-", "Chioggia"},
	/* names written initials first, joined by " - " */
	{"R. Zane - T. M. Bello, I cantieri della Giudecca, Venezia 1984.",
	 2, 0, "Zane", "I cantieri della Giudecca", "-", "1984", "-", "Venezia"},
	/* an archive or an office is no author */
	{"Archivio Civico di Chioggia, Podestà, reg. 12.", 0, 0, NULL, NULL, "-", "-", "-", "-"},
	{"Consiglio dei Savi, Lettere, b. 7.", 0, 0, NULL, NULL, "-", "-", "-", "-"},
	/* before "Place YEAR" a chunk is the title, no name */
	{"Ruzzini, Marco, Storia di Pellestrina, Venezia 1790.",
	 1, 0, "Ruzzini", "Storia di Pellestrina", "-", "1790", "-", "Venezia"},
	{"Ponte di Rialto, Venezia 1801.", 0, 0, NULL, "Ponte di Rialto", "-", "1801", "-", "Venezia"},
	/* "trad. it." and "2a edizione" are no container */
	{"Ferro, G., Le navi del Lido, trad. it., Milano 1970.",
	 1, 0, "Ferro", "Le navi del Lido", "-", "1970", "-", "Milano"},
	{"Ferro, G., Le navi del Lido, 2a edizione, Milano 1970.",
	 1, 0, "Ferro", "Le navi del Lido", "-", "1970", "-", "Milano"},
	/* a journal in «» after the tail of a title ends the title */
	{"storia del porto di Chioggia, «Studi lagunari», XII, 1961, pp. 4-19.",
	 0, 0, NULL, "storia del porto di Chioggia", NULL, "1961", "-", "-"},
	/* Italian names of foreign cities are places */
	{"Ruzzini Marco, (1970), Le navi del Lido, Parigi.",
	 1, 0, NULL, "Le navi del Lido", "-", "1970", "-", "Parigi"},
	/* "Title, Publisher, Place.": the name before the closing place */
	{"Rossi, G., Le navi del Lido, Ferro, Padova.",
	 1, 0, "Rossi", "Le navi del Lido", "-", "-", "Ferro", "Padova"},
	/* a journal after "in" whose closing quote is cut off or misread */
	{"Zen, P., Le navi del Lido, in “ Studi lagunari del -",
	 1, 0, "Zen", "Le navi del Lido", "Studi lagunari del", "-", "-", "-"},
	{"Zen, P., Le navi del Lido, in “ Studi lagunari “, XII",
	 1, 0, "Zen", "Le navi del Lido", "Studi lagunari", "-", "-", "-"},
	/* words right before "City: Publisher" are the title, no name */
	{"Harbour Walls Revisited. London: Quay Press, 1971.",
	 0, 0, NULL, "Harbour Walls Revisited", "-", "1971", "Quay Press", "London"},
	/* "a cura di" after the container and a volume: the editors */
	{"Zen, P., Il molo, in Storia di Chioggia, II / 1, L'età moderna, a cura di F. Sarti e "
	 "G. Bello, Chioggia 1990, pp. 3-19.",
	 1, 2, "Zen", "Il molo", NULL, "1990", NULL, NULL},
	/* names in the direct order do not run into the city */
	{"Giona Ruh, Storia della Laguna, Milano, Ferro, 1971.",
	 1, 0, "Ruh", "Storia della Laguna", "-", "1971", "Ferro", "Milano"},
	/* words joined by "and" that no name follows are a title */
	{"Giona Ruh, Porti e Lagune del Veneto, Chioggia 1966.",
	 1, 0, "Ruh", "Porti e Lagune del Veneto", "-", "1966", "-", "Chioggia"},
	{"Giona Ruh, Porti e Lagune nel Veneto, Chioggia 1966.",
	 1, 0, "Ruh", "Porti e Lagune nel Veneto", "-", "1966", "-", "Chioggia"},
	/* "Place, ACRONYM YEAR": the acronym publishes */
	{"Giona Ruh, Il molo, Torino, UTET 1985.",
	 1, 0, "Ruh", "Il molo", "-", "1985", "UTET", "Torino"},
	/* a year as OCR reads it ("I960", "ig83") is no part of the place */
	{"G. Ruh, Il molo, in: Dizionario del porto, Roma I960 -.",
	 1, 0, "Ruh", "Il molo", "Dizionario del porto", "1960", "-", "Roma"},
	/* a city cut by a line end's hyphen; a count of volumes "2 v." */
	{"ZANETTI G., Il molo di Chioggia, Ve - nezia.",
	 1, 0, "ZANETTI", "Il molo di Chioggia", "-", "-", "-", "Ve-nezia"},
	{"G. Ruh, Il molo. Storia e disegni, Chioggia 1898, 2 v.",
	 1, 0, "Ruh", "Il molo. Storia e disegni", "-", "1898", "-", "Chioggia"},
	/* a closing quote with no opening one ends a title cut at its start */
	{"lagunari di Chioggia ”, XXXVI (1963), pp. 23 - 49.",
	 0, 0, NULL, "lagunari di Chioggia", "-", "1963", "-", "-"},
	/* a volume in Roman numerals ends the title: "Title, xii (1941)" */
	{"storia del porto, xii (1941) 277 - 356.",
	 0, 0, NULL, "storia del porto", "-", "1941", "-", "-"},
	/* a span of years with spaces is the title's when a year follows */
	{"G. Ruh, Porti e approdi, 1580 - 1700, Chioggia, Ferro, 1984.",
	 1, 0, "Ruh", NULL, "-", "1984", "Ferro", "Chioggia"},
	{"G. Ruh, Il molo, Chioggia 1888 - 92, pp. 387 - 402.",
	 1, 0, "Ruh", "Il molo", "-", "1888", "-", "Chioggia"},
	/* a reference that is only its imprint, cut from the lines before */
	{"Padova 1911.", 0, 0, NULL, "-", "-", "1911", "-", "Padova"},
	{"Lanternfield University Press, 1977.", 0, 0, NULL, "-", "-", "1977",
	 "Lanternfield University Press", "-"},
	{"Padova: Ferro e Figli, 1911.", 0, 0, NULL, "-", "-", "1911", "Ferro e Figli", "Padova"},
	{"Chioggia, Tipografia del Porto, 1911.", 0, 0, NULL, "-", "-", "1911",
	 "Tipografia del Porto", "Chioggia"},
	/* a conference's days, then the volume's imprint: the later year */
	{"G. Ruh, Le barene, in Atti del convegno, Chioggia 3 - 5 maggio 1991, Padova 1993, pp. 7 - 19",
	 1, 0, "Ruh", "Le barene", "Atti del convegno", "1993", "-", "Padova"},
	{"G. Ruh, Le barene, in Lagune e porti (Chioggia 3 - 5 maggio 1991), II, Padova 1993.",
	 1, 0, "Ruh", "Le barene", "Lagune e porti", "1993", "-", "Padova"},
	/* a family name in small capitals read as lower case opens an entry
	 * with no year: a reference, not prose */
	{"ruhmann g., Le barene di una laguna che si alza e si abbassa con le maree del golfo, Chioggia.",
	 1, 0, "ruhmann", "Le barene di una laguna che si alza e si abbassa con le maree del golfo", "-",
	 "-", "-", "Chioggia"},
	/* a publisher unknown to the lists before a known city at the end */
	{"Ruh Gino, (1981), Le barene della laguna, Palude Rossa, Milano.",
	 1, 0, NULL, "Le barene della laguna", "-", "1981", "Palude Rossa", "Milano"},
	{"Le barene della laguna, Fangotti, Milano, 1988.",
	 0, 0, NULL, "Le barene della laguna", "-", "1988", "Fangotti", "Milano"},
	/* the place and year in parentheses after a title, pages after them */
	{"Ruh, A.: Die Barenen der Lagune (Wien 1948).",
	 1, 0, "Ruh", "Die Barenen der Lagune", "-", "1948", "-", "Wien"},
	{"Studi lagunari 3 (Firenze 1967) 135 - 148.",
	 0, 0, NULL, "Studi lagunari", "-", "1967", "-", "Firenze"},
	/* a reference cut over lines (" - ") that ends in a known city */
	{"Discorsi letti nella sala grande del - Chioggia.",
	 0, 0, NULL, "Discorsi letti nella sala grande del", "-", "-", "-", "Chioggia"},
	/* a year inside the title ("Dal 1517 alla"), the imprint's later */
	{"G. Ruh, La laguna. Dal 1517 alla caduta della Repubblica, Torino, Fango 1992",
	 1, 0, "Ruh", NULL, NULL, "1992", NULL, "Torino"},
	/* one day and no later year: the date */
	{"G. Ruh, Le barene, in Il Gazzettino, 3 maggio 1991.",
	 1, 0, "Ruh", "Le barene", NULL, "1991-05-03", "-", "-"},
	/* names written out in full, joined by " - ": inverted, or in the
	 * direct order, each name then another */
	{"Marin, Teodora - Scarpa, Luca Enrico - Bon, Giulia, Le fornaci di Murano, Venezia 1988.",
	 3, 0, "Marin", "Le fornaci di Murano", NULL, "1988", NULL, "Venezia"},
	{"Teodora Marin - Luca Scarpa, Le fornaci di Murano, Venezia, Ferro, 1988.",
	 2, 0, "Marin", "Le fornaci di Murano", NULL, "1988", "Ferro", "Venezia"},
	{"Teodora Marin - Luca Scarpa (a cura di), Le fornaci di Murano, Venezia 1988.",
	 0, 2, NULL, "Le fornaci di Murano", NULL, "1988", NULL, "Venezia"},
	/* an entry cut short (no year, mostly lower-case words) after an
	 * inverted name written out is a reference, not prose */
	{"Orsini, Marta, La vita dei traghetti nella laguna di una volta e le barche che vi andavano a",
	 1, 0, "Orsini", NULL, NULL, "-", "-", "-"},
	{"Nardi, Pietro. Le arti e i mestieri della città di mare nelle carte dei notai del tempo della",
	 1, 0, "Nardi", NULL, NULL, "-", "-", "-"},
	{"TREVISAN, «Le botteghe dei vetrai di Murano fra la fine del medioevo e il principio dell ’",
	 1, 0, "TREVISAN", NULL, NULL, "-", "-", "-"},
	/* a span of years opening the entry; a religious order's letters
	 * after a name; a double family name whose hyphen OCR spaced */
	{"1845 - 1847 RUH Marco, Le barene della laguna, Venezia.",
	 1, 0, NULL, "Le barene della laguna", "-", "1845", NULL, "Venezia"},
	{"Marin G. Pia, OFM, Le chiese della laguna, Venezia 1935.",
	 1, 0, NULL, "Le chiese della laguna", "-", "1935", NULL, "Venezia"},
	{"Lees - Ruh, Anna. Le barene della laguna. London: Harbour Press, 1990.",
	 1, 0, "Lees - Ruh", "Le barene della laguna", "-", "1990", "Harbour Press", "London"},
	/* entries cut at their start: the end of a title, not a name,
	 * before "in “Journal”", after an opening "and", or opened by a
	 * particle and followed by a city */
	{"Lagune, in “ Rivista della navigazione interna ”, 12, 1961, pp. 3 - 9.",
	 0, 0, NULL, "Lagune", "Rivista della navigazione interna", "1961", NULL, NULL},
	{"und Venezianische Glasmacher, Augsburg 1977.",
	 0, 0, NULL, "und Venezianische Glasmacher", NULL, "1977", NULL, NULL},
	{"di Chioggia, Venezia, Ferro, 1966.",
	 0, 0, NULL, "di Chioggia", NULL, "1966", "Ferro", "Venezia"},
	/* a closing » glued to a word opens nothing; a quoted journal and
	 * its volume follow a title, not an institution; a quoted name
	 * after the title, then a year, is the journal, without its marks */
	{"Navigli di Venezia», XII, 1960, pp. 3 - 9.",
	 0, 0, NULL, "Navigli di Venezia", NULL, "1960", "-", "-"},
	{"Porti e traffici del Levante, «Rivista storica», XXII, 1961, pp. 5 - 19.",
	 0, 0, NULL, "Porti e traffici del Levante", "Rivista storica", "1961", "-", "-"},
	{"G. Ruh, Le barene, “ Laguna Veneta ”, 1954.",
	 1, 0, "Ruh", "Le barene", "Laguna Veneta", "1954", "-", "-"},
	/* a piece of a reference cut over lines, a few words before a
	 * trailing comma or dash, gives no field: not a name, not a title */
	{"Ruhmanni,", 0, 0, NULL, "-", "-", "-", "-", "-"},
	{"Portatori di sale,", 0, 0, NULL, "-", "-", "-", "-", "-"},
	{"Barene -", 0, 0, NULL, "-", "-", "-", "-", "-"},
	/* initials after the name: still a name */
	{"Ruh, G.,", 1, 0, "Ruh", "-", "-", "-", "-", "-"},
	/* mostly lower-case words and no year, but a place or a publisher
	 * found at the end: a reference, not prose */
	{"Raccolta delle leggi e delle terminazioni fatte dai magistrati sopra le acque della laguna, Chioggia.",
	 0, 0, NULL, NULL, "-", "-", "-", "Chioggia"},
	{"Raccolta delle leggi e delle terminazioni fatte dai magistrati sopra le acque, Chioggia, Fango,",
	 0, 0, NULL, NULL, "-", "-", "Fango", "Chioggia"},
	/* a name in two words, either order, a comma, then a title opens an
	 * entry cut short; a preposition and a name before a comma do not */
	{"Marta Orsini, La vita dei traghetti nella laguna di una volta e le barche che vi andavano a",
	 1, 0, "Orsini", NULL, NULL, "-", "-", "-"},
	{"Nel Veneto, Il problema delle barene si pone in modo assai diverso da quello che accade altrove",
	 0, 0, NULL, "-", "-", "-", "-", "-"},
	/* an entry cut at its start: a title's last word, then a known city
	 * (not a given name) and the imprint; a city that is a given name
	 * too stays a name */
	{"Barene, Chioggia, 1564.", 0, 0, NULL, "Barene", "-", "1564", "-", "Chioggia"},
	{"Cronache, Chioggia, Fangotti, 1880.",
	 0, 0, NULL, "Cronache", "-", "1880", "Fangotti", "Chioggia"},
	{"Nightingale, Florence, 1860.", 1, 0, "Nightingale", "-", "-", "1860", "-", "-"},
};

START_TEST(humanities)
{
	const char *t = hum_cases[_i].text;
	ct_cites *cs = parse1(t);
	ck_assert_uint_ge(ct_cites_count(cs), 1);
	const ct_cite *c = ct_cites_at(cs, 0);
	ck_assert_msg(c->n_author == hum_cases[_i].n_authors, "%s: %zu authors, want %zu", t,
	              c->n_author, hum_cases[_i].n_authors);
	ck_assert_msg(c->n_editor == hum_cases[_i].n_editors, "%s: %zu editors, want %zu", t,
	              c->n_editor, hum_cases[_i].n_editors);
	if (hum_cases[_i].family1) {
		ck_assert(c->n_author >= 1);
		opt_eq("family", c->author[0].family, hum_cases[_i].family1, t);
	}
	opt_eq("title", c->title, hum_cases[_i].title, t);
	opt_eq("container", c->container_title, hum_cases[_i].container, t);
	opt_eq("issued", c->issued, hum_cases[_i].issued, t);
	opt_eq("publisher", c->publisher, hum_cases[_i].publisher, t);
	opt_eq("place", c->publisher_place, hum_cases[_i].place, t);
	ct_cites_free(cs);
}
END_TEST

static Suite *cite_suite(void)
{
	Suite *s = suite_create("cite");
	TCase *tc = tcase_create("parse");
	tcase_add_loop_test(tc, fields, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, special_forms);
	tcase_add_test(tc, splitting_and_prose);
	tcase_add_test(tc, json_and_bibtex);
	tcase_add_test(tc, odd_inputs);
	tcase_add_loop_test(tc, humanities, 0, (int)(sizeof hum_cases / sizeof hum_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("chain");
	tcase_add_test(tc, ibid_and_short_forms);
	tcase_add_test(tc, manuscript_chains);
	suite_add_tcase(s, tc);
	tc = tcase_create("notes");
	tcase_add_test(tc, finding_notes);
	tcase_add_test(tc, finding_markers);
	tcase_add_test(tc, page_bottom_notes);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(cite_suite)
