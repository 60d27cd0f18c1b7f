/* date.c — normalising written dates (front matter, format headers, command
 * line filters) to ISO 8601. Dates inside running text are the extract
 * module's job. */
#include "util/util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

struct cur {
	const char *p, *end;
};

static void skip_space(struct cur *c)
{
	while (c->p < c->end && (isspace((unsigned char)*c->p) || *c->p == ','))
		c->p++;
}

static bool at_end(struct cur *c)
{
	return c->p >= c->end;
}

/* Read 1..max digits; returns digit count (0 if none). */
static int read_num(struct cur *c, int max, int *val)
{
	int n = 0, v = 0;
	while (c->p < c->end && n < max && isdigit((unsigned char)*c->p)) {
		v = v * 10 + (*c->p - '0');
		c->p++;
		n++;
	}
	if (n && c->p < c->end && isdigit((unsigned char)*c->p))
		return 0; /* too many digits */
	*val = v;
	return n;
}

static size_t word_len(const struct cur *c)
{
	const char *q = c->p;
	while (q < c->end && isalpha((unsigned char)*q))
		q++;
	return (size_t)(q - c->p);
}

static const char *const months[12] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
};

/* Month name or abbreviation (3+ letters, "Sept"), optional trailing dot. */
static int read_month(struct cur *c)
{
	size_t n = word_len(c);
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(months[m]);
		if (n <= full && strncasecmp(c->p, months[m], n) == 0 &&
		    (n == 3 || n == full || (m == 8 && n == 4))) {
			c->p += n;
			if (c->p < c->end && *c->p == '.')
				c->p++;
			return m + 1;
		}
	}
	return 0;
}

static bool read_weekday(struct cur *c)
{
	static const char *const days[7] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	};
	size_t n = word_len(c);
	if (n < 3)
		return false;
	for (int d = 0; d < 7; d++) {
		size_t full = strlen(days[d]);
		if ((n == 3 || n == full) && strncasecmp(c->p, days[d], n) == 0) {
			c->p += n;
			if (c->p < c->end && *c->p == '.')
				c->p++;
			return true;
		}
	}
	return false;
}

static void skip_ordinal(struct cur *c)
{
	static const char *const sfx[] = {"st", "nd", "rd", "th"};
	for (int i = 0; i < 4; i++)
		if (c->end - c->p >= 2 && strncasecmp(c->p, sfx[i], 2) == 0 &&
		    (c->end - c->p == 2 || !isalpha((unsigned char)c->p[2]))) {
			c->p += 2;
			return;
		}
}

/* What may follow a date: nothing, a weekday, a time, a zone. */
static bool tail_ok(struct cur *c)
{
	skip_space(c);
	if (at_end(c))
		return true;
	if (*c->p == 'T' || *c->p == 't' || isdigit((unsigned char)*c->p))
		return true; /* ISO time or "10:22 PM GMT" */
	if (read_weekday(c))
		return tail_ok(c);
	return false;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static ct_status emit(int y, int m, int d, char out[11])
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1000 || y > 9999 || m < 0 || m > 12)
		return CT_EPARSE;
	if (m == 0 && d)
		return CT_EPARSE;
	if (d) {
		int max = mdays[m - 1] + (m == 2 && leap(y));
		if (d < 1 || d > max)
			return CT_EPARSE;
	}
	/* y has 4 digits, m and d 2 at most: write them digit by digit */
	char *o = out;
	for (int div = 1000; div; div /= 10)
		*o++ = (char)('0' + y / div % 10);
	if (m) {
		*o++ = '-';
		*o++ = (char)('0' + m / 10);
		*o++ = (char)('0' + m % 10);
	}
	if (d) {
		*o++ = '-';
		*o++ = (char)('0' + d / 10);
		*o++ = (char)('0' + d % 10);
	}
	*o = '\0';
	return CT_OK;
}

ct_status ct_date_normalize(const char *s, size_t len, char out[11])
{
	if (!s || !out)
		return CT_EINVAL;
	out[0] = '\0';
	struct cur c = {s, s + len};
	skip_space(&c);
	if (read_weekday(&c))
		skip_space(&c);
	if (at_end(&c))
		return CT_EPARSE;

	int y = 0, m = 0, d = 0;
	if (isdigit((unsigned char)*c.p)) {
		struct cur save = c;
		int n = read_num(&c, 4, &y);
		if (n == 4) {
			/* ISO-like: 2007, 2007-09, 2007-09-03, 2007/09/03, 2007.09.03 */
			if (!at_end(&c) && (*c.p == '-' || *c.p == '/' || *c.p == '.')) {
				char sep = *c.p++;
				if (!read_num(&c, 2, &m))
					return CT_EPARSE;
				if (!at_end(&c) && *c.p == sep) {
					c.p++;
					if (!read_num(&c, 2, &d))
						return CT_EPARSE;
				}
				if (m < 1)
					return CT_EPARSE;
			}
			if (!tail_ok(&c))
				return CT_EPARSE;
			return emit(y, m, d, out);
		}
		/* Day first: "3 September 2007", "3rd of Sept. 2007" */
		c = save;
		if (!read_num(&c, 2, &d))
			return CT_EPARSE;
		skip_ordinal(&c);
		skip_space(&c);
		if (c.end - c.p > 3 && strncasecmp(c.p, "of ", 3) == 0)
			c.p += 3;
		skip_space(&c);
		if (!(m = read_month(&c)))
			return CT_EPARSE;
		skip_space(&c);
		if (read_num(&c, 4, &y) != 4)
			return CT_EPARSE;
		if (!tail_ok(&c))
			return CT_EPARSE;
		return emit(y, m, d, out);
	}
	/* Month first: "September 3, 2007", "Sept. 3rd 2007", "September 2007" */
	if (!(m = read_month(&c)))
		return CT_EPARSE;
	skip_space(&c);
	int v = 0, n = read_num(&c, 4, &v);
	if (n == 4) {
		y = v;
	} else if (n >= 1 && n <= 2) {
		d = v;
		skip_ordinal(&c);
		skip_space(&c);
		if (read_num(&c, 4, &y) != 4)
			return CT_EPARSE;
	} else {
		return CT_EPARSE;
	}
	if (!tail_ok(&c))
		return CT_EPARSE;
	return emit(y, m, d, out);
}
