/* cite-parse.h — what the citation parser's files share (citation.c reads
 * a citation and keeps the list; cite-chain.c splits a note into its
 * citations and resolves the chain; cite-names.c reads the names: the
 * author block and the other forms a name takes; cite-forms.c reads the
 * special forms: interviews, letters and minutes, hearings, German press
 * notes, manuscripts, sigla, periodicals, law reports and statutes;
 * cite-fields.c takes the fields that stand anywhere: URLs, DOIs, accessed
 * dates, ISBN, archival units, note references and the like; cite-dates.c
 * reads the dates inside a citation).
 * Private to the extract module. */
#ifndef CASETRACE_EXTRACT_CITE_PARSE_H
#define CASETRACE_EXTRACT_CITE_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <casetrace/cite.h>

struct cti_buf; /* util/util.h */

#define MAX_NAMES 64
#define BAR '\x1f' /* a consumed byte of the working copy */

/* The citations read so far (cite.h's ct_cites), in the order read; the
 * arena of blocks (struct blk, citation.c) owns their strings and arrays. */
struct ct_cites {
	ct_cite *c;      /* the citations */
	size_t n, cap;   /* how many, and room for */
	struct blk *blk; /* the arena's blocks, the newest first */
	bool oom;        /* an allocation failed */
};

/* A citation being read: the working copy (consumed bytes are BAR) and
 * the fields found, as arena strings. */
struct parse {
	struct ct_cites *cs;
	char *s;          /* working copy */
	size_t n;
	ct_cite_name names[MAX_NAMES];
	size_t n_names;
	bool names_are_editors;
	ct_cite_name eds[MAX_NAMES];
	size_t n_eds;
	bool et_al;
	ct_cite f;        /* the fields (author/editor set at the end) */
	int date_prec;    /* precision of issued */
	bool quoted_title;
	bool comma_style; /* the authors ended with "," (notes style) */
	bool in_chapter;
	bool pubfacts;    /* "Place: Publisher" seen */
	bool page_de;     /* the page came after "S." / "Seite(n)" (German notes) */
	bool year_lead;   /* the year came right after the authors */
	size_t year_at;   /* where cti_cite_take_date found a bare year, or 0 */
	bool issue_de;    /* the issue came after "Heft", "H." or "Nr." */
	bool same_author; /* "ders., Title": no author block of its own */
};

/* ---- shared scanning (citation.c) ---- */

/* strings in the citation list's arena */
const char *cti_cite_arena_str(struct ct_cites *cs, const char *s);
const char *cti_cite_arena_strn(struct ct_cites *cs, const char *s, size_t n);
void cti_cite_consume(struct parse *p, size_t a, size_t b);
size_t cti_cite_dash_len(const char *s, size_t n, size_t i);
const char *cti_cite_field(struct parse *p, const char *s, size_t a, size_t b);
size_t cti_cite_find_close(const char *s, size_t n, size_t i, const char *close);
bool cti_cite_is_bar(char c);
bool cti_cite_is_dig(char c);
/* a space (the working copy has only ' ' for white space) */
bool cti_cite_is_sp(char c);
/* a letter at s[i] (UTF-8; Latin-1 supplement and Latin Extended-A) */
bool cti_cite_is_letter_at(const char *s, size_t n, size_t i);
/* a lower-case letter at s[i] */
bool cti_cite_is_lower_at(const char *s, size_t n, size_t i);
bool cti_cite_is_upper_at(const char *s, size_t n, size_t i);
/* past a leading citation number ("[12]", "12.") and "See"-like words */
size_t cti_cite_lead_strip(const char *s, size_t n);
/* the case of the letter at s[i]: 'U', 'L' or 0; *len its byte length */
char cti_cite_letter_case(const char *s, size_t n, size_t i, size_t *len);
/* s[0, len) onto out: white space (Unicode too) one space, controls dropped, trimmed */
void cti_cite_normalise_into(struct cti_buf *out, const char *s, size_t len);
size_t cti_cite_num_year_at(const char *s, size_t n, size_t i);
size_t cti_cite_open_quote(const char *s, size_t n, size_t i, const char **close);
size_t cti_cite_page_range(const char *s, size_t n, size_t i, bool need_range);
/* a known city at the start of t */
bool cti_cite_place_like(const char *t);
/* t is a known city */
bool cti_cite_place_is(const char *t);
bool cti_cite_publisher_like(const char *t);
void cti_cite_put_page(struct parse *p, size_t a, size_t b);
bool cti_cite_sentence_end(const char *s, size_t n, size_t i, size_t from);
/* w at s[i], any case (ASCII) */
bool cti_cite_starts_ci(const char *s, size_t n, size_t i, const char *w);
bool cti_cite_starts_cs(const char *s, size_t n, size_t i, const char *w);
void cti_cite_take_date(struct parse *p, size_t from);
void cti_cite_take_num_year(struct parse *p, size_t from);
void cti_cite_take_pages(struct parse *p, size_t from);
void cti_cite_take_volume_issue(struct parse *p, size_t from);
bool cti_cite_word_start(const char *s, size_t i);

/* ---- one citation (citation.c) ---- */

/* read one citation's text into c (strings in cs); true if its title was quoted */
bool cti_cite_parse_one(struct ct_cites *cs, const char *text, size_t len, ct_cite *c);

/* ---- a note and the chain (cite-chain.c) ---- */

/* a note's citations onto cs, Ibid., "ders." and short forms resolved */
ct_status cti_cite_parse_note(struct ct_cites *cs, const char *text, size_t len, int number);
/* "ders., Title", "Id., Title": the length of that word and its punctuation, or 0 */
size_t cti_cite_same_author_len(const char *s, size_t n);

/* ---- dates (cite-dates.c; not dates.c, the dates of running text) ---- */

/* 1400..2039, the years a citation may give */
bool cti_cite_valid_year(int y);
/* a year at s[i] ("2015a" too): the year, *end after it; 0 if none */
int cti_cite_scan_year(const char *s, size_t n, size_t i, size_t *end);
/* a month name at s[i] (whole or abbreviated, EN/DE/IT/FR): 1..12, 0 if none */
int cti_cite_scan_month(const char *s, size_t n, size_t i, size_t *end);
/* 1..max digits at s[i], no digit either side: the number, or -1 */
int cti_cite_scan_num(const char *s, size_t n, size_t i, int max, size_t *end);
/* the days in month m (1..12) of year y */
int cti_cite_days_in(int y, int m);
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" (m, d < 1: left out) into out */
void cti_cite_iso_write(char out[11], int y, int m, int d);
/* past spaces and commas at s[i] */
size_t cti_cite_skip_sp_comma(const char *s, size_t n, size_t i);
/* a written date at s[i] into iso: its precision (1 year, 2 month, 3 day), 0 if none */
int cti_cite_scan_date(const char *s, size_t n, size_t i, size_t *end, char iso[11]);

/* ---- fields taken wherever they stand (cite-fields.c): each sets
 * what it finds and consumes it ---- */

/* URLs (web-archive addresses unwrapped) and DOIs, with their lead-in */
void cti_cite_take_urls(struct parse *p);
/* "Accessed November 12, 2012", "[Zugriff am …]", "(12.10.2009)" after a URL */
void cti_cite_take_accessed(struct parse *p);
/* "ISBN 0-471-35349-3", "ISSN: 0012-3456" (consumed only) */
void cti_cite_take_isbn(struct parse *p);
/* "b. 55", "reg. 107", "busta 3": an archival unit (consumed only) */
void cti_cite_take_archival_units(struct parse *p);
/* "BT-Drs. 14/6496": genre, period as volume, number as issue */
void cti_cite_take_drucksache(struct parse *p);
/* "(erstmals 1967)", "(first published 1912)" (consumed only) */
void cti_cite_take_first_edition(struct parse *p);
/* "(Anm. 3)", "(note 4)", "[vedi supra]" (consumed only) */
void cti_cite_take_note_refs(struct parse *p);
/* ", hier S. 448" after a page range (consumed only) */
void cti_cite_take_pinpoint(struct parse *p);
/* "§ 3 Rn. 22", "Art. 28 Rn. 84 ff." (consumed only) */
void cti_cite_take_marginal_number(struct parse *p);

/* ---- names (cite-names.c) ---- */

/* append a name to arr (at most MAX_NAMES; the strings are the arena's) */
void cti_cite_add_name(struct parse *p, ct_cite_name *arr, size_t *cnt, const char *fam,
                       const char *giv, const char *lit);
/* the author block at i into arr: where it ends, or i when it has no names */
size_t cti_cite_read_names(struct parse *p, const char *s, size_t n, size_t i, ct_cite_name *arr,
                           size_t *cnt, bool *etal, char *end_punct);
/* s[0, l) is a name particle: "von", "de", "van", "d'" */
bool cti_cite_is_particle(const char *s, size_t l);
/* "(ed.)", "(Hrsg.)", "eds.": the length of such a marker at s[i], or 0 */
size_t cti_cite_editor_marker(const char *s, size_t n, size_t i);
/* title-cased words and function words (at most 10): an institution's name */
bool cti_cite_name_like_literal(const char *s, size_t a, size_t b);
/* "Bundesanstalt für Arbeitsvermittlung (1956)": the institution's end, or 0 */
size_t cti_cite_institution_year(const char *s, size_t n, size_t i);
/* "cicogna E.: ": a family name in small capitals (OCR), then initials */
size_t cti_cite_odd_case_name(const char *s, size_t n, size_t i, size_t *fa, size_t *fb,
                              size_t *ga, size_t *gb);
/* "Antonio Corso - La colonna": a name in the direct order before " - " */
size_t cti_cite_dash_name_lead(const char *s, size_t n, size_t i, size_t *ga, size_t *gb,
                               size_t *fa, size_t *fb);
/* drop ranks and honorifics from given names ("Sir Roderick" -> "Roderick") */
void cti_cite_strip_honorifics(ct_cite_name *nm, size_t cnt);

/* ---- the special forms (cite-forms.c): each reads p when it is one of
 * its form, and says whether it was ---- */
bool cti_cite_parse_interview(struct parse *p);
bool cti_cite_parse_communication(struct parse *p);
bool cti_cite_parse_manuscript(struct parse *p);
bool cti_cite_parse_dated_issue(struct parse *p);
bool cti_cite_parse_court_decision(struct parse *p);
bool cti_cite_parse_periodical(struct parse *p);
bool cti_cite_parse_siglum(struct parse *p);
bool cti_cite_parse_reporter(struct parse *p);
bool cti_cite_parse_statute(struct parse *p);
bool cti_cite_parse_hearing(struct parse *p);

#endif
