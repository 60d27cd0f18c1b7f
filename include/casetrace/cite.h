/*
 * cite.h — citations: one note or reference string → CSL-JSON fields.
 *
 * A stream of notes (the endnotes of a chapter, the footnotes of a report,
 * the entries of a reference list) is parsed in one call so that what
 * refers back can be resolved within it:
 *
 *  - each note is split into its citations at top-level ";" and before
 *    "See", "See also", "Cf.", "For example", "Vgl." (a prose lead-in such
 *    as "On the contemporaneous evidence, see" is dropped); a note with no
 *    source in it is kept as one citation of type "prose" with no fields;
 *  - "Ibid." / "Ibid., p. 213" / "Ebd." → ibid_of = the citation it repeats
 *    (the previous one), fields copied from it, its own page kept;
 *  - short forms ("Bennett, p. 208.", "George and Bennett, 205–32.",
 *    "Hardwick, "Troops Leave."") → short_of = the latest earlier full
 *    citation with the same author family names (and a title holding the
 *    short title's words when one is given), fields copied, own page kept;
 *  - "X, as quoted in Y" ("quoted in", "cited in", "zitiert nach") →
 *    quoted_speaker X and the fields of Y;
 *  - interviews ("Interview, Ministry of Defence official, Canberra,
 *    Australia, September 20, 2013") → type "interview" and the interview
 *    fields; letters, minutes, telegrams ("Letter Smith to Jones, 3 March
 *    2003, 'Iraq'") → "personal_communication" with author and recipient;
 *    testimony ("Public hearing, 21 January 2011, page 45") → "hearing";
 *  - manuscripts ("Cod. It. VII. 783 (= 7291), ff. 2 - 287, [Writer] Title")
 *    → "manuscript" with archive_location = the shelfmark; German
 *    newspapers "FAZ vom 14.11.1980, S. 3" → "article-newspaper";
 *  - archived URLs (web.archive.org/web/TIMESTAMP/URL) → URL = the original,
 *    archived = the snapshot's date; "Accessed November 12, 2012" → accessed.
 *
 * Chicago notes and bibliography styles, author-date reference lists
 * (APA, Harvard), numbered science references and German / Italian
 * humanities footnotes are read; the parser is heuristic (no model), every
 * citation keeps its raw text and a confidence.
 */
#ifndef CASETRACE_CITE_H
#define CASETRACE_CITE_H

#include <casetrace/casetrace.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A name: a person (family and, when written, given) or an institution
 * (literal only). */
typedef struct ct_cite_name {
	const char *family;   /* "Bennett", "von Hayek"; NULL for a literal */
	const char *given;    /* "Andrew", "F. A."; may be NULL */
	const char *literal;  /* "Ministry of Defence (Velmoria)"; or NULL */
} ct_cite_name;

/* Where another citation of the stream stands. */
typedef struct ct_cite_ref {
	int note;             /* its note number */
	size_t index;         /* its 0-based position within that note */
} ct_cite_ref;

/* One parsed citation. Every pointer (strings, arrays) is owned by the
 * ct_cites list it came from; absent values are NULL (arrays: count 0). */
typedef struct ct_cite {
	int note;                   /* the note's number */
	size_t index;               /* 0-based position within the note */
	const char *raw;            /* the citation's own text, trimmed */
	const char *type;           /* CSL type: "book", "chapter", "article-journal",
	                               "article-newspaper", "report", "webpage",
	                               "interview", "broadcast", "speech", "hearing",
	                               "legal_case", "legislation",
	                               "personal_communication", "thesis",
	                               "manuscript", "periodical" (a list of
	                               sigla: the periodical itself); or
	                               "prose" (a note without a source) */
	const ct_cite_name *author;
	size_t n_author;
	const ct_cite_name *editor;
	size_t n_editor;
	const char *recipient;      /* letters, minutes, telegrams: to whom */
	const char *title;
	const char *container_title; /* journal, newspaper, book of a chapter */
	const char *collection_title; /* series ("NISS Occasional Paper 14") */
	const char *genre;          /* "press release", "Minute", "Telegram 135" */
	const char *publisher;
	const char *publisher_place;
	const char *issued;         /* ISO 8601: "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
	const char *volume;
	const char *issue;
	const char *page;           /* "823-30", "206"; ranges with '-' */
	const char *url;            /* the original URL (not the archive's) */
	const char *doi;
	const char *accessed;       /* ISO 8601 */
	const char *archived;       /* ISO 8601 date of the web archive snapshot */
	const char *archive_url;    /* the web archive address, or NULL */
	const char *archive_location; /* a manuscript's shelfmark ("Cod. It. VII. 783") */
	const char *quoted_speaker; /* "Brig. Alan Moorcroft" of "as quoted in" */
	const char *iv_affiliation; /* interview: "Ministry of Defence" */
	const char *iv_role;        /* interview: "official" */
	const char *iv_place;       /* interview: "Canberra, Australia" */
	const char *iv_date;        /* interview: ISO 8601 */
	bool is_ibid;               /* an Ibid.; ibid_of says of what (when found) */
	bool has_ibid_of;
	ct_cite_ref ibid_of;
	bool is_short;              /* a short form; short_of (when found) */
	bool has_short_of;
	ct_cite_ref short_of;
	double confidence;          /* 0..1: how sure the parse is */
} ct_cite;

typedef struct ct_cites ct_cites;

/* Parse n notes, in stream order. note_numbers[i] is the number of notes[i]
 * (NULL: 1, 2, 3 …). Notes are UTF-8 (invalid bytes are replaced); a note
 * longer than 64 KiB is parsed on its first 64 KiB. *out is freed with
 * ct_cites_free. Returns CT_OK, CT_EINVAL (NULL out, or notes NULL with
 * n > 0) or CT_ENOMEM. Thread-safe (no shared state). */
/* A note of a document: its number and the byte range of its text (the
 * number or "[^n]:" label left out). */
typedef struct ct_note {
	int number;
	size_t start, end;
} ct_note;

/* The notes of a text: Markdown footnote definitions ("[^12]: …") anywhere,
 * and numbered notes ("1. …", "1 …", "[1] …", "¹ …") under a heading such as
 * Notes, Endnotes, Footnotes, References, Bibliography, Sources; a note runs
 * on over continuation lines (a Markdown footnote, after a blank line, over
 * indented ones only). A text with form feeds (pdftotext) and no such notes
 * is searched for footnotes at the bottoms of its pages, as by
 * ct_find_page_notes. *out is allocated (ct_free). */
CT_API ct_status ct_find_notes(const char *text, size_t len, ct_note **out, size_t *n);

/* Footnotes at the bottoms of pages, in a text whose page i begins at byte
 * page_starts[i] (PDF text): in the lower half of a page, a line that opens
 * with the next note's number ("12 Minute Rycroft to …", "12. See …"; or 1,
 * numbering restarting by chapter) when the page's body above refers to it
 * as PDF text shows a superscript ("capabilities.12", "Iraq12"); the lines
 * after it, up to the next number in sequence, go on with the note, and a
 * page number at the bottom is left out. *out is allocated (ct_free). */
CT_API ct_status ct_find_page_notes(const char *text, size_t len, const size_t *page_starts,
                                    size_t n_pages, ct_note **out, size_t *n);

/* A note marker in the body: where the text refers to note `number`. */
typedef struct ct_note_marker {
	int number;
	size_t start, end; /* the marker's bytes: "[^12]", "[12]", "¹²", "12" */
} ct_note_marker;

/* The markers in a text that refer to its notes (from ct_find_notes),
 * outside the notes themselves: Markdown "[^12]", "[12]" and superscript
 * digits for a note that exists, and a bare number right after closing
 * punctuation ("… in 2007.12 The") or glued to a lower-case word (PDF text:
 * "capabilities12", the next note's number only) for a note that exists,
 * within three notes after the last marker. In text order; *out is
 * allocated (ct_free). */
CT_API ct_status ct_find_note_markers(const char *text, size_t len, const ct_note *notes,
                                      size_t n_notes, ct_note_marker **out, size_t *n);

CT_API ct_status ct_cites_parse(const char *const *notes, const int *note_numbers, size_t n,
                                ct_cites **out);
CT_API size_t ct_cites_count(const ct_cites *c);
/* The i-th citation in stream order, or NULL when i is out of range. */
CT_API const ct_cite *ct_cites_at(const ct_cites *c, size_t i);
CT_API void ct_cites_free(ct_cites *c);

/* One citation as a CSL-JSON object on one line (no newline): "id"
 * ("n<note>-<index>"), "type" and the CSL fields present ("author",
 * "editor", "recipient", "title", "container-title", "collection-title",
 * "genre", "archive_location", "publisher", "publisher-place", "issued"
 * and "accessed" as {"date-parts":[[Y,M,D]]}, "volume", "issue", "page", "URL", "DOI"), then
 * the extensions, always present (null when absent): "note", "index",
 * "raw", "ibid-of" {"note","index"}, "short-of" {"note","index"},
 * "quoted-speaker", "interview" {"affiliation","role","place","date"},
 * "archived", "confidence". *out belongs to the caller (ct_free). */
CT_API ct_status ct_cite_json(const ct_cite *c, char **out);

/* One citation as a BibTeX entry (key "n<note>_<index>"), ending in a
 * newline. *out belongs to the caller (ct_free). */
CT_API ct_status ct_cite_bibtex(const ct_cite *c, char **out);

#ifdef __cplusplus
}
#endif
#endif
