/* header-test.c — the public headers compile alone, in order, as C99 with
 * -pedantic (built by tests/meson.build with those flags). */
#include <casetrace/casetrace.h>
#include <casetrace/ingest.h>
#include <casetrace/segment.h>
#include <casetrace/index.h>
#include <casetrace/report.h>
#include <casetrace/extract.h>
#include <casetrace/cite.h>
#include <casetrace/analyse.h>

int main(void)
{
	return ct_strerror(CT_OK)[0] == 's' ? 0 : 1;
}
