/* cite-parse.h — what the citation parser's files share (citation.c reads
 * a citation and its chain; cite-forms.c reads the special forms:
 * interviews, letters and minutes, hearings, German press notes,
 * manuscripts, sigla, periodicals, law reports and statutes). Private to
 * the extract module. */
#ifndef CASETRACE_EXTRACT_CITE_PARSE_H
#define CASETRACE_EXTRACT_CITE_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <casetrace/cite.h>

#define MAX_NAMES 64
#define BAR '\x1f' /* a consumed byte of the working copy */

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
void cti_cite_add_name(struct parse *p, ct_cite_name *arr, size_t *cnt, const char *fam,
                       const char *giv, const char *lit);
const char *cti_cite_arena_str(struct ct_cites *cs, const char *s);
const char *cti_cite_arena_strn(struct ct_cites *cs, const char *s, size_t n);
void cti_cite_consume(struct parse *p, size_t a, size_t b);
size_t cti_cite_dash_len(const char *s, size_t n, size_t i);
const char *cti_cite_field(struct parse *p, const char *s, size_t a, size_t b);
size_t cti_cite_find_close(const char *s, size_t n, size_t i, const char *close);
bool cti_cite_is_bar(char c);
bool cti_cite_is_dig(char c);
bool cti_cite_is_particle(const char *s, size_t l);
bool cti_cite_is_upper_at(const char *s, size_t n, size_t i);
void cti_cite_iso_write(char out[11], int y, int m, int d);
size_t cti_cite_num_year_at(const char *s, size_t n, size_t i);
size_t cti_cite_open_quote(const char *s, size_t n, size_t i, const char **close);
size_t cti_cite_page_range(const char *s, size_t n, size_t i, bool need_range);
bool cti_cite_publisher_like(const char *t);
void cti_cite_put_page(struct parse *p, size_t a, size_t b);
size_t cti_cite_read_names(struct parse *p, const char *s, size_t n, size_t i, ct_cite_name *arr,
                           size_t *cnt, bool *etal, char *end_punct);
int cti_cite_scan_date(const char *s, size_t n, size_t i, size_t *end, char iso[11]);
int cti_cite_scan_year(const char *s, size_t n, size_t i, size_t *end);
bool cti_cite_sentence_end(const char *s, size_t n, size_t i, size_t from);
bool cti_cite_starts_cs(const char *s, size_t n, size_t i, const char *w);
void cti_cite_take_date(struct parse *p, size_t from);
void cti_cite_take_num_year(struct parse *p, size_t from);
void cti_cite_take_pages(struct parse *p, size_t from);
void cti_cite_take_volume_issue(struct parse *p, size_t from);
bool cti_cite_word_start(const char *s, size_t i);

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
