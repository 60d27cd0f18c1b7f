/* link-private.h — resolving citations to corpus documents (resolve.c). */
#ifndef CASETRACE_LINK_PRIVATE_H
#define CASETRACE_LINK_PRIVATE_H

#include <stdbool.h>
#include "util/util.h"

/* Whether two outlet names are the same paper ("The Northgate Herald",
 * "Northgate Herald"). */
bool cti_same_outlet(const char *a, const char *b);
/* Jaccard similarity of two titles' words (three letters or more), 0..1. */
double cti_title_similarity(const char *a, const char *b);

/* An interview citation ("Interview, Ministry of Defence official,
 * Northgate, Velmoria, September 20, 2013"), as parsed; and an interview
 * notes document, from its front matter. Dates are ISO 8601. */
struct cti_iv_cite {
	const char *raw, *affiliation, *place, *date;
};
struct cti_iv_doc {
	const char *code, *affiliation, *place, *date;
};
/* How well a citation names an interview: 1 when it gives the document's
 * code; else 0 unless the dates agree, then 0.5, + 0.3 when the
 * affiliations agree (one contains the other's words), + 0.2 when the
 * places do. */
double cti_interview_score(const struct cti_iv_cite *c, const struct cti_iv_doc *d);

#endif
