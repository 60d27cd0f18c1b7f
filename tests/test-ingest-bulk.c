/* test-ingest-bulk.c — bulk news exports: Nexis Uni / LexisNexis and
 * Factiva files split into one news document per article, with metadata;
 * cut and malformed exports; sniffers that leave ordinary articles alone. */
#include <casetrace/ingest.h>
#include "ct-test.h"

/* ---- helpers --------------------------------------------------------------- */

/* The source tree: CT_SOURCE_ROOT (tests/meson.build), else the folder
 * above this file. */
static const char *source_root(void)
{
	static char root[PATH_MAX];
	const char *env = getenv("CT_SOURCE_ROOT");
	if (env && *env)
		return env;
	snprintf(root, sizeof root, "%s", __FILE__);
	char *slash = strrchr(root, '/');
	if (slash)
		*slash = '\0';
	size_t n = strlen(root);
	snprintf(root + n, sizeof root - n, "/..");
	return root;
}

/* Read a corpus file (path relative to the source root) and parse it. */
static ct_source *parse_corpus(const char *rel, struct ct_diags *d, ct_status *st)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", source_root(), rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s (set CT_SOURCE_ROOT)", path);
	static char buf[256 * 1024];
	size_t len = fread(buf, 1, sizeof buf, f);
	ck_assert_int_eq(feof(f), 1);
	fclose(f);
	ct_source *src = NULL;
	*st = ct_source_parse(path, buf, len, NULL, ct_collect, d, &src);
	return src;
}

static ct_source *parse_str(const char *path, const char *text, struct ct_diags *d,
                            ct_status *st)
{
	ct_source *src = NULL;
	*st = ct_source_parse(path, text, strlen(text), NULL, ct_collect, d, &src);
	return src;
}

/* The text of doc; the asserts below compare its start and end. */
static const char *text_of(const ct_document *doc, size_t *len)
{
	return ct_document_text(doc, len);
}

static void assert_starts(const ct_document *doc, const char *start)
{
	size_t len;
	const char *t = text_of(doc, &len);
	ck_assert_msg(len >= strlen(start) && strncmp(t, start, strlen(start)) == 0,
	              "text starts '%.60s', expected '%s'", t, start);
}

static void assert_ends(const ct_document *doc, const char *end)
{
	size_t len, n = strlen(end);
	const char *t = text_of(doc, &len);
	ck_assert_msg(len >= n && strcmp(t + len - n, end) == 0,
	              "text ends '%s', expected '%s'", len > 60 ? t + len - 60 : t, end);
}

static void assert_lacks(const ct_document *doc, const char *what)
{
	size_t len;
	const char *t = text_of(doc, &len);
	ck_assert_msg(strstr(t, what) == NULL, "text holds '%s'", what);
}

/* What every article of the samples must satisfy. */
struct expect {
	const char *title, *outlet, *date, *author;
	const char *start, *end;
};

static void assert_article(const ct_source *src, size_t i, const struct expect *e)
{
	const ct_document *doc = ct_source_document(src, i);
	ck_assert_ptr_nonnull(doc);
	ck_assert_uint_eq(ct_document_part(doc), i);
	ck_assert_int_eq(ct_document_kind(doc), CT_KIND_NEWS);
	ck_assert_str_eq(ct_document_meta(doc, "title"), e->title);
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), e->outlet);
	ck_assert_str_eq(ct_document_meta(doc, "date"), e->date);
	ck_assert_str_eq(ct_document_meta(doc, "author"), e->author);
	assert_starts(doc, e->start);
	assert_ends(doc, e->end);
}

/* ---- Nexis ----------------------------------------------------------------- */

static const char *const nexis_sample = "corpus/news/nexis-export-2007-harrow.txt";

START_TEST(nexis_sample_articles)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_corpus(nexis_sample, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_msg(d.n == 0, "unexpected messages:\n%s", d.all);
	ck_assert_str_eq(ct_source_format(src), "nexis");
	ck_assert_uint_eq(ct_source_count(src), 5);
	static const struct expect e[] = {
		{"Port Edel Runway Reopens as Task Force Harrow Settles In",
		 "The Northgate Herald", "2006-04-12", "Alison Crane",
		 "PORT EDEL \xE2\x80\x94 The main runway at Port Edel Air Station reopened",
		 "remained the training of the provincial police.\n"},
		{"Traders Return to Tarvik's Old Market as Brightwater Patrols Hold",
		 "Caldora Times", "2006-11-14", "Sefa Korrin",
		 "TARVIK - For the first time in more than a year",
		 "\"They came to see if it was true.\"\n"},
		{"At a Caldoran Air Base, Velmorian Troops Wait Out a Hot Summer",
		 "Meridian Post", "2007-07-09", "Marcus Delaney",
		 "PORT EDEL, Caldora \xE2\x80\x94 At 6 a.m., before the heat",
		 "\xE2\x80\x9C" "But everybody can tell you the date.\xE2\x80\x9D\n"},
		{"Relief and Questions for Families as Tarvik Garrison Moves Out",
		 "The Northgate Herald", "2007-09-03", "Rebecca Oswin",
		 "NORTHGATE \xE2\x80\x94 Families of soldiers serving with the 2nd Battalion",
		 "who are not coming back,\xE2\x80\x9D he said.\n"},
		{"Tarvik Police Take Over Port Road Checkpoints",
		 "Caldora Times", "2007-12-20", "Dario Melk",
		 "TARVIK - Caldoran police officers took control of the last three",
		 "with the Tarvik police in the new year.\n"},
	};
	for (size_t i = 0; i < 5; i++) {
		assert_article(src, i, &e[i]);
		const ct_document *doc = ct_source_document(src, i);
		static const char *const head_and_trailer[] = {
			"Body\n", "Section:", "Length:", "Byline:", "Dateline:", "Highlight:",
			"Load-Date", "Language:", "Publication-Type", "Subject:", "Geographic:",
			"Classification", "Graphic", "PHOTO:", "Copyright", "All Rights Reserved",
			"End of Document", "Client/Matter", "Job Number",
		};
		for (size_t k = 0; k < sizeof head_and_trailer / sizeof *head_and_trailer; k++)
			assert_lacks(doc, head_and_trailer[k]);
		ck_assert_str_eq(ct_document_meta(doc, "language"), "ENGLISH");
		ck_assert_str_eq(ct_document_meta(doc, "lang"), "en");
		ck_assert_str_eq(ct_document_format(doc), "nexis");
	}
	/* every field of the first and third articles */
	const ct_document *doc = ct_source_document(src, 0);
	ck_assert_str_eq(ct_document_meta(doc, "section"), "NEWS; Pg. 7");
	ck_assert_str_eq(ct_document_meta(doc, "length"), "368 words");
	ck_assert_str_eq(ct_document_meta(doc, "dateline"), "PORT EDEL");
	ck_assert_str_eq(ct_document_meta(doc, "load-date"), "April 13, 2006");
	ck_assert_str_eq(ct_document_meta(doc, "publication-type"), "Newspaper");
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "Copyright 2006 Northgate Herald Ltd All Rights Reserved");
	doc = ct_source_document(src, 2);
	ck_assert_str_eq(ct_document_meta(doc, "section"), "WORLD; Pg. A10");
	ck_assert_str_eq(ct_document_meta(doc, "length"), "369 words");
	ck_assert_str_eq(ct_document_meta(doc, "dateline"), "PORT EDEL, Caldora");
	ck_assert_str_eq(ct_document_meta(doc, "highlight"),
	                 "Soldiers say the mission has narrowed to training the Caldoran army.");
	ck_assert_str_eq(ct_document_meta(doc, "load-date"), "July 10, 2007");
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "Copyright 2007 The Meridian Post Company All Rights Reserved");
	ck_assert_ptr_nonnull(strstr(ct_document_meta(doc, "subject"), "ARMED FORCES (91%)"));
	/* the date as written is kept among the pairs */
	size_t n = ct_document_meta_count(doc);
	bool written = false;
	for (size_t i = 0; i < n; i++) {
		const char *k, *v;
		ct_document_meta_at(doc, i, &k, &v);
		if (strcmp(k, "date") == 0)
			written = strcmp(v, "July 9, 2007 Monday") == 0;
	}
	ck_assert(written);
	doc = ct_source_document(src, 3);
	ck_assert_str_eq(ct_document_meta(doc, "section"), "HOME NEWS; Pg. 2");
	ck_assert_str_eq(ct_document_meta(doc, "dateline"), "NORTHGATE");
	ck_assert_str_eq(ct_document_meta(doc, "load-date"), "September 4, 2007");
	doc = ct_source_document(src, 4);
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "Copyright 2007 Caldora Times Publishing All Rights Reserved");
	ck_assert_str_eq(ct_document_meta(doc, "length"), "300 words");
	ck_assert_ptr_null(ct_source_document(src, 5));
	ct_source_free(src);
}
END_TEST

/* Older LexisNexis: "N of M DOCUMENTS", outlet and date before the title,
 * labels in capitals, copyright at the end, no "End of Document"; CRLF. */
static const char old_style[] =
	"\xEF\xBB\xBF" "Search request: Tarvik\r\n"
	"\r\n"
	"                              1 of 2 DOCUMENTS\r\n"
	"\r\n"
	"                          The Northgate Herald\r\n"
	"\r\n"
	"                       September 11, 2007 Tuesday\r\n"
	"                              Final Edition\r\n"
	"\r\n"
	"Carrow Sets Out Drawdown;\r\n"
	"Harrow to Pass to Caldoran Control\r\n"
	"\r\n"
	"BYLINE: By ALISON CRANE\r\n"
	"\r\n"
	"SECTION: NEWS; Pg. 1\r\n"
	"\r\n"
	"LENGTH: 24 words\r\n"
	"\r\n"
	"DATELINE: NORTHGATE\r\n"
	"\r\n"
	"Velmorian forces in Harrow will be cut to 2,500.\r\n"
	"\r\n"
	"\"That day is now close,\" the Prime Minister said.\r\n"
	"\r\n"
	"LOAD-DATE: September 12, 2007\r\n"
	"\r\n"
	"LANGUAGE: ENGLISH\r\n"
	"\r\n"
	"PUBLICATION-TYPE: Newspaper\r\n"
	"\r\n"
	"                   Copyright 2007 Northgate Herald Ltd\r\n"
	"                          All Rights Reserved\r\n"
	"\r\n"
	"                              2 of 2 DOCUMENTS\r\n"
	"\r\n"
	"                             Caldora Times\r\n"
	"\r\n"
	"                           12 Sept. 2007\r\n"
	"\r\n"
	"Harrow Officials Welcome Handover Date\r\n"
	"\r\n"
	"BYLINE: Sefa Korrin\r\n"
	"\r\n"
	"LENGTH: 9 words\r\n"
	"\r\n"
	"TARVIK - Provincial officials welcomed the decision on Tuesday.\r\n"
	"\r\n"
	"LOAD-DATE: September 13, 2007\r\n"
	"\r\n"
	"LANGUAGE: ENGLISH\r\n";

START_TEST(nexis_old_n_of_m_layout)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/lexis-2007.txt", old_style, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_msg(d.n == 0, "unexpected messages:\n%s", d.all);
	ck_assert_str_eq(ct_source_format(src), "nexis");
	ck_assert_uint_eq(ct_source_count(src), 2);
	const ct_document *doc = ct_source_document(src, 0);
	ck_assert_str_eq(ct_document_meta(doc, "title"),
	                 "Carrow Sets Out Drawdown; Harrow to Pass to Caldoran Control");
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), "The Northgate Herald");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2007-09-11");
	ck_assert_str_eq(ct_document_meta(doc, "edition"), "Final Edition");
	ck_assert_str_eq(ct_document_meta(doc, "author"), "ALISON CRANE");
	ck_assert_str_eq(ct_document_meta(doc, "section"), "NEWS; Pg. 1");
	ck_assert_str_eq(ct_document_meta(doc, "length"), "24 words");
	ck_assert_str_eq(ct_document_meta(doc, "dateline"), "NORTHGATE");
	ck_assert_str_eq(ct_document_meta(doc, "load-date"), "September 12, 2007");
	ck_assert_str_eq(ct_document_meta(doc, "language"), "ENGLISH");
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "Copyright 2007 Northgate Herald Ltd All Rights Reserved");
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "Velmorian forces in Harrow will be cut to 2,500.\n\n"
	                 "\"That day is now close,\" the Prime Minister said.\n");
	doc = ct_source_document(src, 1);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Harrow Officials Welcome Handover Date");
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), "Caldora Times");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2007-09-12");
	ck_assert_str_eq(ct_document_meta(doc, "author"), "Sefa Korrin");
	ck_assert_ptr_null(ct_document_meta(doc, "copyright"));
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "TARVIK - Provincial officials welcomed the decision on Tuesday.\n");
	ck_assert_uint_eq(ct_document_part(doc), 1);
	ct_source_free(src);
}
END_TEST

/* Three Nexis Uni articles; the first two complete. */
#define NEXIS_ART(title, date, body)                                              \
	title "\nThe Northgate Herald\n" date "\n"                                    \
	"Copyright 2007 Northgate Herald Ltd All Rights Reserved\n\n"                 \
	"Section: NEWS; Pg. 4\nLength: 10 words\nByline: Thomas Hardwick\n\n"         \
	"Body\n\n" body "\n\n"

#define NEXIS_TRAILER "Load-Date: September 4, 2007\nLanguage: ENGLISH\n\nEnd of Document\n\n"

START_TEST(nexis_cut_mid_article_kept)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/cut.txt",
	    NEXIS_ART("First", "September 3, 2007 Monday", "One.") NEXIS_TRAILER
	    NEXIS_ART("Second", "September 4, 2007 Tuesday", "Two.") NEXIS_TRAILER
	    "Third\nThe Northgate Herald\nSeptember 5, 2007 Wednesday\n\n"
	    "Length: 300 words\n\nBody\n\nThe convoy left at midnight.\n\nIt was the la",
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 3);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_ptr_nonnull(strstr(d.all, "/x/cut.txt:47: the file ends inside article 3 "
	                                    "(from line 37)"));
	ck_assert_ptr_nonnull(strstr(d.last, "no 'End of Document' line"));
	const ct_document *doc = ct_source_document(src, 2);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Third");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2007-09-05");
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "The convoy left at midnight.\n\nIt was the la");
	ck_assert_str_eq(ct_document_text(ct_source_document(src, 0), &len), "One.\n");
	ct_source_free(src);

	/* cut inside the head: the article has no text and is reported */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/cut2.txt",
	    NEXIS_ART("First", "September 3, 2007 Monday", "One.") NEXIS_TRAILER
	    "Second\nThe Northgate Herald\nSeptember 4, 20", &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_uint_eq(d.last_line, 19);
	ck_assert_ptr_nonnull(strstr(d.last, "cut short"));
	ct_source_free(src);
}
END_TEST

START_TEST(nexis_bad_head_skipped)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/bad.txt",
	    NEXIS_ART("First", "September 3, 2007 Monday", "One.") NEXIS_TRAILER
	    /* no date line: title and outlet cannot be told apart */
	    "Second\nThe Northgate Herald\nsometime in September\n\n"
	    "Length: 10 words\n\nBody\n\nTwo.\n\n" NEXIS_TRAILER
	    NEXIS_ART("Third", "September 5, 2007 Wednesday", "Three.") NEXIS_TRAILER,
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 2);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_uint_eq(d.last_line, 19);
	ck_assert_ptr_nonnull(strstr(d.all, "/x/bad.txt:19: article 2 (from line 19) has no "
	                                    "date line"));
	ck_assert_ptr_nonnull(strstr(d.last, "skipped"));
	ck_assert_str_eq(ct_document_meta(ct_source_document(src, 0), "title"), "First");
	ck_assert_str_eq(ct_document_meta(ct_source_document(src, 1), "title"), "Third");
	ck_assert_uint_eq(ct_document_part(ct_source_document(src, 1)), 1);
	ct_source_free(src);

	/* no labels and no "Body" line */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/bad2.txt",
	    "Just some notes\n\nwith no head at all.\n\nEnd of Document\n\n"
	    NEXIS_ART("Second", "September 4, 2007 Tuesday", "Two.") NEXIS_TRAILER, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_uint_eq(d.last_line, 1);
	ck_assert_ptr_nonnull(strstr(d.last, "no 'Length:', 'Byline:' or 'Section:' line"));

	/* every article bad: the file fails with CT_EPARSE */
	ct_source_free(src);
	memset(&d, 0, sizeof d);
	src = parse_str("/x/bad3.txt",
	    "Second\nThe Northgate Herald\nsometime\n\nLength: 3 words\n\nBody\n\nTwo.\n\n"
	    NEXIS_TRAILER, &d, &st);
	ck_assert_int_eq(st, CT_EPARSE);
	ck_assert_ptr_null(src);
	ck_assert_int_eq(d.n_err, 2);
}
END_TEST

START_TEST(nexis_other_labels_before_body)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/labels.txt",
	    "Harrow Diary\nThe Northgate Herald\nOctober 1, 2007 Monday\n\n"
	    "Section: FEATURES; Pg. 12\nLength: 6 words\nByline: Thomas Hardwick\n"
	    "Correction Appended: An earlier version misspelt a name.\nSeries: Harrow Diary\n\n"
	    "Body\n\nSection: not a label here.\nThe text.\n\n"
	    "Load-Date: October 2, 2007\nLanguage: ENGLISH\n\nEnd of Document\n", &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_msg(d.n == 0, "unexpected messages:\n%s", d.all);
	const ct_document *doc = ct_source_document(src, 0);
	ck_assert_str_eq(ct_document_meta(doc, "correction-appended"),
	                 "An earlier version misspelt a name.");
	ck_assert_str_eq(ct_document_meta(doc, "series"), "Harrow Diary");
	ck_assert_str_eq(ct_document_meta(doc, "section"), "FEATURES; Pg. 12");
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len), "Section: not a label here.\nThe text.\n");
	ct_source_free(src);
}
END_TEST

/* ---- Factiva --------------------------------------------------------------- */

static const char *const factiva_sample = "corpus/news/factiva-export-2010-kessar.txt";

START_TEST(factiva_sample_articles)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_corpus(factiva_sample, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_msg(d.n == 0, "unexpected messages:\n%s", d.all);
	ck_assert_str_eq(ct_source_format(src), "factiva");
	ck_assert_uint_eq(ct_source_count(src), 5);
	static const struct expect e[] = {
		{"Sandvall Takes Command of Task Force Kessar", "Ostland Dagblad", "2008-02-12",
		 "Karin Aasen", "BRENMOOR - Col. Erik Sandvall took command",
		 "in the outlying villages.\n"},
		{"In Kessar Valley, Old Canals Bring Farmers Back to the Land", "Meridian Post",
		 "2008-09-22", "Marcus Delaney",
		 "NORTH KESSAR, Caldora \xE2\x80\x94 For most of a decade",
		 "We will learn again.\xE2\x80\x9D\n"},
		{"Police Academy Opens in Kessar Town", "Caldora Times", "2009-04-15",
		 "Dario Melk", "KESSAR TOWN - The first police academy in the Kessar Valley",
		 "a uniform that belongs to us,\" she said.\n"},
		{"Kessar Fades From Campaign as Parties Court Undecided Voters",
		 "Ostland Dagblad", "2010-05-28", "Nils Brekke",
		 "VALMSTAD - Three months after a dispute",
		 "a spokesman for the task force said.\n"},
		{"Last Ostlandic Convoy Leaves Kessar Valley", "Caldora Times", "2010-08-25",
		 "Sefa Korrin", "BRENMOOR - The last convoy of Ostlandic troops",
		 "managing development projects in the valley.\n"},
	};
	static const char *const words[] = {"282", "268", "221", "236", "205"};
	static const char *const codes[] = {"OSTDAG", "MRDPST", "CALDTM", "OSTDAG", "CALDTM"};
	static const char *const an[] = {
		"OSTDAG0020080212e42c0000b", "MRDPST0020080922e49m0001a",
		"CALDTM0020090415e54f00002", "OSTDAG0020100528e65s0000c",
		"CALDTM0020100825e68p0000d",
	};
	for (size_t i = 0; i < 5; i++) {
		assert_article(src, i, &e[i]);
		const ct_document *doc = ct_source_document(src, i);
		ck_assert_str_eq(ct_document_meta(doc, "words"), words[i]);
		ck_assert_str_eq(ct_document_meta(doc, "source-code"), codes[i]);
		ck_assert_str_eq(ct_document_meta(doc, "accession-number"), an[i]);
		ck_assert_str_eq(ct_document_meta(doc, "language"), "English");
		ck_assert_str_eq(ct_document_meta(doc, "lang"), "en");
		ck_assert_ptr_nonnull(ct_document_meta(doc, "copyright"));
		ck_assert_str_eq(ct_document_format(doc), "factiva");
		static const char *const fields[] = {
			"HD ", "WC ", "PD ", "SN ", "SC ", "LA ", "CY ", "LP\n", "TD\n", "\nLP",
			"\nTD", "NS ", "RE ", "IPD", "PUB", "AN ", "Document ", "Factiva",
			"Search Summary", "All rights reserved", "Results Found",
		};
		for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
			assert_lacks(doc, fields[k]);
	}
	const ct_document *doc = ct_source_document(src, 0);
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "(c) 2008 Ostland Dagblad AS. All rights reserved.");
	ck_assert_str_eq(ct_document_meta(doc, "page"), "6");
	ck_assert_str_eq(ct_document_meta(doc, "subjects"),
	                 "gdef : Armed Forces | gcat : Political/General News");
	/* lead paragraphs, then the text, a blank line between */
	size_t len;
	ck_assert_ptr_nonnull(strstr(ct_document_text(doc, &len),
	    "for eight months.\n\n\"I have been given a fixed time"));
	doc = ct_source_document(src, 1);
	ck_assert_str_eq(ct_document_meta(doc, "section"), "World");
	ck_assert_str_eq(ct_document_meta(doc, "time"), "04:00");
	ck_assert_str_eq(ct_document_meta(doc, "copyright"),
	                 "Copyright 2008 The Meridian Post Company. All Rights Reserved.");
	ct_source_free(src);
}
END_TEST

#define FACTIVA_ART(hd, pd, an)                                                   \
	"HD     " hd "\nBY     Karin Aasen\nWC     5 words\nPD     " pd "\n"          \
	"SN     Ostland Dagblad\nSC     OSTDAG\nLA     English\n\n"                    \
	"LP     VALMSTAD - Lead.\n\nTD     Text one.\n\nIN     Valmstad the text goes on.\n\n" \
	"NS     gdef : Armed Forces\nRE     ostl : Ostland\n"                           \
	"AN     Document " an "\n\n"

START_TEST(factiva_fields_and_text)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/f.txt",
	    FACTIVA_ART("Riksting Votes", "18 February 2010", "OSTDAG0020100218e62i0000a")
	    "HD\nA Headline Given\non Two Lines\nBY     By Nils Brekke\nWC     1,234 words\n"
	    "PD     19 February 2010\nSN     Ostland\n  Dagblad\nLA     Norwegian\n"
	    "TD\nFirst paragraph,\nwrapped.\n\n\n"
	    "Page 2 of 3 \xC2\xA9 2011 Factiva, Inc. All rights reserved.\n"
	    "Second paragraph.\n\n"
	    "CO\nostmod : Ministry of Defence\n\nDocument OSTDAG0020100219e62j0000b\n",
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_msg(d.n == 0, "unexpected messages:\n%s", d.all);
	ck_assert_str_eq(ct_source_format(src), "factiva");
	ck_assert_uint_eq(ct_source_count(src), 2);
	const ct_document *doc = ct_source_document(src, 0);
	size_t len;
	/* a paragraph that starts like a field code stays in the text */
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "VALMSTAD - Lead.\n\nText one.\n\nIN     Valmstad the text goes on.\n");
	ck_assert_str_eq(ct_document_meta(doc, "regions"), "ostl : Ostland");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2010-02-18");
	doc = ct_source_document(src, 1);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "A Headline Given on Two Lines");
	ck_assert_str_eq(ct_document_meta(doc, "author"), "Nils Brekke");
	ck_assert_str_eq(ct_document_meta(doc, "words"), "1234");
	ck_assert_str_eq(ct_document_meta(doc, "outlet"), "Ostland Dagblad");
	ck_assert_str_eq(ct_document_meta(doc, "lang"), "no");
	ck_assert_str_eq(ct_document_meta(doc, "companies"), "ostmod : Ministry of Defence");
	ck_assert_str_eq(ct_document_meta(doc, "accession-number"),
	                 "OSTDAG0020100219e62j0000b");
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "First paragraph,\nwrapped.\n\nSecond paragraph.\n");
	ct_source_free(src);
}
END_TEST

START_TEST(factiva_cut_mid_article_kept)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/fcut.txt",
	    FACTIVA_ART("One", "18 February 2010", "OSTDAG0020100218e62i0000a")
	    FACTIVA_ART("Two", "19 February 2010", "OSTDAG0020100219e62i0000a")
	    "HD     Three\nBY     Karin Aasen\nPD     20 February 2010\nSN     Ostland Dagblad\n"
	    "LP     VALMSTAD - The government fell in the early ho",
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 3);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_warn, 1);
	ck_assert_ptr_nonnull(strstr(d.all, "/x/fcut.txt:41: the file ends inside article 3 "
	                                    "(from line 37)"));
	const ct_document *doc = ct_source_document(src, 2);
	ck_assert_str_eq(ct_document_meta(doc, "title"), "Three");
	ck_assert_str_eq(ct_document_meta(doc, "date"), "2010-02-20");
	size_t len;
	ck_assert_str_eq(ct_document_text(doc, &len),
	                 "VALMSTAD - The government fell in the early ho\n");
	ct_source_free(src);

	/* cut before the text: reported, the others kept */
	memset(&d, 0, sizeof d);
	src = parse_str("/x/fcut2.txt",
	    FACTIVA_ART("One", "18 February 2010", "OSTDAG0020100218e62i0000a")
	    "HD     Two\nBY     Karin Aasen\nPD     19 Febr", &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_uint_eq(d.last_line, 19);
	ck_assert_ptr_nonnull(strstr(d.last, "cut short"));
	ct_source_free(src);
}
END_TEST

START_TEST(factiva_bad_head_skipped)
{
	struct ct_diags d = {0};
	ct_status st;
	ct_source *src = parse_str("/x/fbad.txt",
	    FACTIVA_ART("One", "18 February 2010", "OSTDAG0020100218e62i0000a")
	    /* the headline field is missing */
	    "BY     Karin Aasen\nWC     5 words\nPD     19 February 2010\nSN     Ostland Dagblad\n"
	    "TD     Some text.\nAN     Document OSTDAG0020100219e62i0000a\n\n"
	    FACTIVA_ART("Three", "20 February 2010", "OSTDAG0020100220e62i0000a"),
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_uint_eq(ct_source_count(src), 2);
	ck_assert_int_eq(d.n, 1);
	ck_assert_int_eq(d.n_err, 1);
	ck_assert_uint_eq(d.last_line, 19);
	ck_assert_ptr_nonnull(strstr(d.all, "/x/fbad.txt:19: article 2 (lines 19-24) has no "
	                                    "headline"));
	ck_assert_str_eq(ct_document_meta(ct_source_document(src, 0), "title"), "One");
	ck_assert_str_eq(ct_document_meta(ct_source_document(src, 1), "title"), "Three");
	ct_source_free(src);
}
END_TEST

/* ---- sniffing -------------------------------------------------------------- */

START_TEST(sniffers_leave_plain_articles_alone)
{
	struct ct_diags d = {0};
	ct_status st;
	/* mentions "End of Document" on a line, has a "Section:" line */
	ct_source *src = parse_str("/x/a.txt",
	    "Archive Rules Tighten\n\nSection: Letters\n\nThe clerk stamps each file\n"
	    "End of Document\n"
	    "and the next one begins. Nobody reads them twice.\n", &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_source_format(src), "text");
	ck_assert_uint_eq(ct_source_count(src), 1);
	ct_source_free(src);
	/* a line starting "HD " and another "BY " */
	src = parse_str("/x/b.txt",
	    "Broadcasters Switch On\n\nBY the end of the year, most homes will receive\n"
	    "HD pictures, the ministry said on 3 September 2007.\nPD is not a field here.\n",
	    &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_source_format(src), "text");
	ct_source_free(src);
	/* a Markdown article with front matter */
	src = parse_str("/x/c.md",
	    "---\ntitle: End of Document\noutlet: Meridian Post\n---\n\nEnd of Document\n\n"
	    "Length: 3 words\n", &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_source_format(src), "text");
	ct_source_free(src);
	ck_assert_int_eq(d.n, 0);
	/* but the real thing is claimed, whatever its name */
	src = parse_str("/x/export.doc.txt",
	    NEXIS_ART("First", "September 3, 2007 Monday", "One.") NEXIS_TRAILER, &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_source_format(src), "nexis");
	ct_source_free(src);
	src = parse_str("/x/export",
	    FACTIVA_ART("One", "18 February 2010", "OSTDAG0020100218e62i0000a"), &d, &st);
	ck_assert_int_eq(st, CT_OK);
	ck_assert_str_eq(ct_source_format(src), "factiva");
	ct_source_free(src);
}
END_TEST

static Suite *bulk_suite(void)
{
	Suite *s = suite_create("ingest-bulk");
	TCase *tc = tcase_create("nexis sample");
	tcase_add_test(tc, nexis_sample_articles);
	suite_add_tcase(s, tc);
	tc = tcase_create("nexis older layout");
	tcase_add_test(tc, nexis_old_n_of_m_layout);
	suite_add_tcase(s, tc);
	tc = tcase_create("nexis labels");
	tcase_add_test(tc, nexis_other_labels_before_body);
	suite_add_tcase(s, tc);
	tc = tcase_create("nexis cut export");
	tcase_add_test(tc, nexis_cut_mid_article_kept);
	suite_add_tcase(s, tc);
	tc = tcase_create("nexis malformed head");
	tcase_add_test(tc, nexis_bad_head_skipped);
	suite_add_tcase(s, tc);
	tc = tcase_create("factiva sample");
	tcase_add_test(tc, factiva_sample_articles);
	suite_add_tcase(s, tc);
	tc = tcase_create("factiva fields");
	tcase_add_test(tc, factiva_fields_and_text);
	suite_add_tcase(s, tc);
	tc = tcase_create("factiva cut export");
	tcase_add_test(tc, factiva_cut_mid_article_kept);
	suite_add_tcase(s, tc);
	tc = tcase_create("factiva malformed head");
	tcase_add_test(tc, factiva_bad_head_skipped);
	suite_add_tcase(s, tc);
	tc = tcase_create("sniffing");
	tcase_add_test(tc, sniffers_leave_plain_articles_alone);
	suite_add_tcase(s, tc);
	return s;
}

CT_TEST_MAIN(bulk_suite)
