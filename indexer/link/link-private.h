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

#endif
