/* status.c — status strings, version, ct_free. */
#include "util/util.h"

#include <stdlib.h>

const char *ct_strerror(ct_status st)
{
	static const char *const names[CT_STATUS_LAST] = {
		[CT_OK] = "success",
		[CT_DONE] = "no more items",
		[CT_ENOMEM] = "out of memory",
		[CT_EINVAL] = "invalid argument",
		[CT_EIO] = "input/output error",
		[CT_EPARSE] = "malformed input",
		[CT_EQUERY] = "malformed query",
		[CT_EDB] = "database error",
		[CT_ENOTFOUND] = "not found",
		[CT_EBINARY] = "binary file",
		[CT_EEMPTY] = "empty file",
		[CT_EUNSUPPORTED] = "unsupported format",
		[CT_ECORRUPT] = "integrity check failed",
		[CT_PARTIAL] = "some inputs failed",
		[CT_ECANCELLED] = "cancelled",
	};
	if ((unsigned)st >= CT_STATUS_LAST || !names[st])
		return "unknown status";
	return names[st];
}

const char *ct_version(void)
{
	return CT_VERSION_STRING;
}

void ct_free(void *p)
{
	free(p);
}
