/* ct-test.h — shared pieces of the Check test programs: a main() that runs
 * one suite, and a scratch folder per test. */
#ifndef CT_TEST_H
#define CT_TEST_H

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Scratch folder of the running test (created by ct_tmp_setup). */
static char ct_tmp[512];

static void ct_rm_rf(const char *p)
{
	struct stat sb;
	if (lstat(p, &sb) != 0)
		return;
	if (S_ISDIR(sb.st_mode)) {
		chmod(p, 0700);
		DIR *d = opendir(p);
		struct dirent *e;
		while (d && (e = readdir(d)) != NULL) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char sub[PATH_MAX];
			snprintf(sub, sizeof sub, "%s/%s", p, e->d_name);
			ct_rm_rf(sub);
		}
		if (d)
			closedir(d);
	}
	remove(p);
}

static inline void ct_tmp_setup(void)
{
	const char *base = getenv("TMPDIR");
	snprintf(ct_tmp, sizeof ct_tmp, "%s/casetrace-test-XXXXXX", base ? base : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(ct_tmp));
}

static inline void ct_tmp_teardown(void)
{
	if (ct_tmp[0])
		ct_rm_rf(ct_tmp);
	ct_tmp[0] = '\0';
}

/* Path of name inside the scratch folder (static buffer, one of four). */
static inline const char *ct_path(const char *name)
{
	static char bufs[4][PATH_MAX];
	static int next;
	char *b = bufs[next++ % 4];
	snprintf(b, PATH_MAX, "%s/%s", ct_tmp, name);
	return b;
}

/* Write len bytes to name in the scratch folder, creating folders on the way. */
static inline const char *ct_write(const char *name, const char *data, size_t len)
{
	const char *p = ct_path(name);
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", p);
	for (char *s = dir + strlen(ct_tmp) + 1; *s; s++)
		if (*s == '/') {
			*s = '\0';
			mkdir(dir, 0700);
			*s = '/';
		}
	FILE *f = fopen(p, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	fclose(f);
	return p;
}

static inline const char *ct_write_str(const char *name, const char *s)
{
	return ct_write(name, s, strlen(s));
}

/* Diagnostics collected by a test. */
struct ct_diags {
	int n;
	int n_warn, n_skip, n_err;
	unsigned last_line;
	long long last_offset;
	char last[1024];
	char all[8192];
};

static inline void ct_collect(void *ctx, const ct_diag *d)
{
	struct ct_diags *c = ctx;
	c->n++;
	if (d->severity == CT_DIAG_WARNING)
		c->n_warn++;
	else if (d->severity == CT_DIAG_SKIPPED)
		c->n_skip++;
	else if (d->severity == CT_DIAG_ERROR)
		c->n_err++;
	c->last_line = d->line;
	c->last_offset = (long long)d->offset;
	snprintf(c->last, sizeof c->last, "%s", d->message);
	size_t l = strlen(c->all);
	snprintf(c->all + l, sizeof c->all - l, "%s:%u: %s\n", d->path ? d->path : "-",
	         d->line, d->message);
}

#define CT_TEST_MAIN(suite_fn)                                       \
	int main(void)                                                   \
	{                                                                \
		setenv("CK_DEFAULT_TIMEOUT", "60", 0);                       \
		SRunner *sr = srunner_create(suite_fn());                    \
		srunner_run_all(sr, CK_ENV);                                 \
		int failed = srunner_ntests_failed(sr);                      \
		srunner_free(sr);                                            \
		return failed ? EXIT_FAILURE : EXIT_SUCCESS;                 \
	}

#endif
