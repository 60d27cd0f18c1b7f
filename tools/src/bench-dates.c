/* bench-dates — speed of ct_find_dates over text files, each paragraph one
 * call (as the indexer passes passages), and in the same run its peer: one
 * PCRE2 pattern, JIT-compiled, for the common English absolute dates
 * ("3 September 2007", "September 3, 2007", "2007-09-03") matched over the
 * same paragraphs — what a plain regex pass costs, without month-year,
 * partial or relative dates, other languages or resolution:
 *
 *   bench-dates [--runs N] [--anchor YYYY-MM-DD] FILE...
 *
 * Reads the files first, then times N passes of each (CPU time of this
 * process) and prints MB/s for the fastest and the slowest, the ratio of
 * the fastest, and how many dates each found in one pass. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <casetrace/extract.h>

#include <pcre2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct text {
	char *data;
	size_t len;
};

static bool read_file(const char *path, struct text *t)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	size_t cap = 1 << 16;
	t->data = malloc(cap);
	t->len = 0;
	size_t got;
	while (t->data && (got = fread(t->data + t->len, 1, cap - t->len, f)) > 0) {
		t->len += got;
		if (t->len == cap) {
			char *d = realloc(t->data, cap *= 2);
			if (!d)
				free(t->data);
			t->data = d;
		}
	}
	fclose(f);
	return t->data != NULL;
}

static double cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass: every paragraph of every file; counts[] by form when given. */
static int pass(const ct_date_finder *f, const struct text *texts, int n, const char *anchor,
                size_t counts[4], size_t *calls)
{
	static const char *const forms[4] = {"absolute", "month-year", "partial", "relative"};
	for (int i = 0; i < n; i++) {
		const char *p = texts[i].data, *end = p + texts[i].len;
		while (p < end) {
			const char *q = strstr(p, "\n\n");
			size_t len = q && q < end ? (size_t)(q - p) + 2 : (size_t)(end - p);
			ct_dates *d;
			if (ct_find_dates(f, p, len, anchor, &d) != CT_OK)
				return 1;
			for (size_t k = 0; counts && k < ct_dates_count(d); k++)
				for (int j = 0; j < 4; j++)
					if (strcmp(ct_dates_at(d, k)->form, forms[j]) == 0)
						counts[j]++;
			ct_dates_free(d);
			(*calls)++;
			p += len;
		}
	}
	return 0;
}

#define MONTHS "(?:January|February|March|April|May|June|July|August|September|October|" \
	"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?"
static const char peer_pattern[] =
	"\\b(?:\\d{1,2}(?:st|nd|rd|th)? " MONTHS ",? \\d{4}|" MONTHS " \\d{1,2}(?:st|nd|rd|th)?, "
	"\\d{4}|\\d{4}-\\d\\d-\\d\\d)\\b";

/* The peer's pass: the pattern over every paragraph, matches counted. */
static size_t peer_pass(const pcre2_code *re, pcre2_match_data *md, const struct text *texts,
                        int n)
{
	size_t found = 0;
	for (int i = 0; i < n; i++) {
		const char *p = texts[i].data, *end = p + texts[i].len;
		while (p < end) {
			const char *q = strstr(p, "\n\n");
			size_t len = q && q < end ? (size_t)(q - p) + 2 : (size_t)(end - p);
			size_t at = 0;
			while (pcre2_jit_match(re, (PCRE2_SPTR)p, len, at, 0, md, NULL) > 0) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				found++;
				at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			}
			p += len;
		}
	}
	return found;
}

int main(int argc, char **argv)
{
	int runs = 5, first = 1;
	const char *anchor = "2005-06-15";
	while (first < argc && argv[first][0] == '-') {
		if (strcmp(argv[first], "--runs") == 0 && first + 1 < argc)
			runs = atoi(argv[first + 1]);
		else if (strcmp(argv[first], "--anchor") == 0 && first + 1 < argc)
			anchor = argv[first + 1];
		else {
			fprintf(stderr, "usage: bench-dates [--runs N] [--anchor YYYY-MM-DD] FILE...\n");
			return 2;
		}
		first += 2;
	}
	int n = argc - first;
	if (n <= 0 || runs < 1) {
		fprintf(stderr, "usage: bench-dates [--runs N] [--anchor YYYY-MM-DD] FILE...\n");
		return 2;
	}
	struct text *texts = calloc((size_t)n, sizeof *texts);
	size_t total = 0;
	for (int i = 0; texts && i < n; i++) {
		if (!read_file(argv[first + i], &texts[i])) {
			fprintf(stderr, "bench-dates: cannot read %s\n", argv[first + i]);
			return 1;
		}
		total += texts[i].len;
	}
	ct_date_finder *f;
	if (!texts || ct_date_finder_new(&f) != CT_OK)
		return 1;
	size_t counts[4] = {0}, calls = 0;
	double best = 1e30, worst = 0;
	for (int r = 0; r < runs; r++) {
		double t0 = cpu_seconds();
		if (pass(f, texts, n, anchor, r == 0 ? counts : NULL, &calls))
			return 1;
		double s = cpu_seconds() - t0;
		best = s < best ? s : best;
		worst = s > worst ? s : worst;
	}
	/* the peer, on the same paragraphs */
	int err;
	PCRE2_SIZE erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)peer_pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
	                               &err, &erroff, NULL);
	if (!re || pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0) {
		fprintf(stderr, "bench-dates: the peer's pattern does not compile\n");
		return 1;
	}
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	double pbest = 1e30, pworst = 0;
	size_t pfound = 0;
	for (int r = 0; r < runs; r++) {
		double t0 = cpu_seconds();
		pfound = peer_pass(re, md, texts, n);
		double s = cpu_seconds() - t0;
		pbest = s < pbest ? s : pbest;
		pworst = s > pworst ? s : pworst;
	}
	double mb = (double)total / 1e6;
	printf("%d files, %.2f MB, %zu paragraphs; %d passes each, CPU time\n", n, mb,
	       calls / (size_t)runs, runs);
	printf("%-44s %9s %9s %s\n", "", "MB/s best", "MB/s worst", "dates a pass");
	printf("%-44s %9.1f %9.1f %zu absolute, %zu month-year, %zu partial, %zu relative\n",
	       "ct_find_dates (5 languages, resolved)", mb / best, mb / worst, counts[0], counts[1],
	       counts[2], counts[3]);
	printf("%-44s %9.1f %9.1f %zu absolute (English only)\n",
	       "peer: one PCRE2 JIT pattern, absolute dates", mb / pbest, mb / pworst, pfound);
	printf("ratio (ours / peer, best): %.2f\n", pbest / best);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	ct_date_finder_free(f);
	for (int i = 0; i < n; i++)
		free(texts[i].data);
	free(texts);
	return 0;
}
