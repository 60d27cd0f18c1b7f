/* kind.c — document kind names. */
#include "util/util.h"

#include <strings.h>

static const char *const kind_names[CT_KIND_LAST] = {
	[CT_KIND_OTHER] = "other",
	[CT_KIND_NEWS] = "news",
	[CT_KIND_TRANSCRIPT] = "transcript",
	[CT_KIND_INTERVIEW] = "interview",
	[CT_KIND_NOTE] = "note",
	[CT_KIND_MANUSCRIPT] = "manuscript",
};

const char *ct_kind_name(ct_kind kind)
{
	if ((unsigned)kind >= CT_KIND_LAST)
		return "other";
	return kind_names[kind];
}

bool ct_kind_parse(const char *s, size_t len, ct_kind *out)
{
	if (!s)
		return false;
	/* Plural folder names ("news" is its own plural). */
	if (len > 1 && (s[len - 1] == 's' || s[len - 1] == 'S') &&
	    !(len == 4 && strncasecmp(s, "news", 4) == 0))
		len--;
	for (int k = 0; k < CT_KIND_LAST; k++) {
		const char *name = kind_names[k];
		size_t n = 0;
		while (name[n])
			n++;
		if (n == len && strncasecmp(s, name, len) == 0) {
			*out = (ct_kind)k;
			return true;
		}
	}
	return false;
}
