/* segment-private.h — internals of the segment module. */
#ifndef CASETRACE_SEGMENT_PRIVATE_H
#define CASETRACE_SEGMENT_PRIVATE_H

#include <strings.h>
#include <casetrace/segment.h>

/* Where a transcript turn starts (the start of its label line) and its
 * speaker label. */
struct cti_turn {
	size_t start;
	size_t speaker_start, speaker_end;
};

/* Find the turns of a transcript, in text order. *out is malloc'ed. */
ct_status cti_segment_turns(const char *text, size_t len, struct cti_turn **out,
                            size_t *n);

#endif
