/* paragraphs.c — passages: paragraphs separated by blank lines, long ones
 * cut at line breaks, sentence ends or spaces. */
#include <casetrace/segment.h>

#include <stdlib.h>
#include <string.h>

struct spans {
	ct_span *a;
	size_t n, cap;
	bool oom;
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void push(struct spans *s, size_t start, size_t end)
{
	if (s->oom || start >= end)
		return;
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 32;
		ct_span *a = realloc(s->a, cap * sizeof *a);
		if (!a) {
			s->oom = true;
			return;
		}
		s->a = a;
		s->cap = cap;
	}
	s->a[s->n].start = start;
	s->a[s->n].end = end;
	s->n++;
}

/* Where to cut [start, end) at most CT_PASSAGE_MAX bytes in: the last line
 * break, else the last sentence end, else the last space, else a UTF-8
 * boundary. Prefers cuts in the second half so passages stay long enough. */
static size_t cut_point(const char *t, size_t start, size_t end)
{
	size_t lim = start + CT_PASSAGE_MAX;
	size_t half = start + CT_PASSAGE_MAX / 2;
	for (size_t i = lim; i > half; i--)
		if (t[i - 1] == '\n')
			return i;
	for (size_t i = lim; i > half + 1; i--)
		if (t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == '?' || t[i - 2] == '!'))
			return i;
	for (size_t i = lim; i > half; i--)
		if (t[i - 1] == ' ')
			return i;
	size_t i = lim;
	while (i > start + 1 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	(void)end;
	return i;
}

static void push_trimmed(struct spans *s, const char *t, size_t start, size_t end)
{
	while (start < end && is_space(t[start]))
		start++;
	while (end > start && is_space(t[end - 1]))
		end--;
	while (end - start > CT_PASSAGE_MAX) {
		size_t cut = cut_point(t, start, end);
		size_t e = cut;
		while (e > start && is_space(t[e - 1]))
			e--;
		push(s, start, e);
		start = cut;
		while (start < end && is_space(t[start]))
			start++;
	}
	push(s, start, end);
}

/* Does the line at [p, end) start a list item ("- ", "* ", "+ ", "• ",
 * "12. ", "3) ")? Each item is a passage of its own, so one-claim-per-bullet
 * notes and numbered endnotes are found item by item. */
static bool item_start(const char *p, const char *end)
{
	int indent = 0;
	while (p < end && *p == ' ' && indent < 4) {
		p++;
		indent++;
	}
	if (end - p >= 2 && (*p == '-' || *p == '*' || *p == '+') && p[1] == ' ')
		return true;
	if (end - p >= 4 && memcmp(p, "\xe2\x80\xa2 ", 4) == 0)
		return true;
	const char *d = p;
	while (d < end && d - p < 3 && *d >= '0' && *d <= '9')
		d++;
	return d > p && end - d >= 2 && (*d == '.' || *d == ')') && d[1] == ' ';
}

ct_status ct_segment_paragraphs(const char *text, size_t len, ct_span **spans, size_t *n)
{
	struct spans s = {0};
	*spans = NULL;
	*n = 0;
	if (!text && len)
		return CT_EINVAL;
	size_t para = 0, i = 0;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - text) : len;
		bool blank = true;
		for (size_t j = i; j < le; j++)
			if (!is_space(text[j])) {
				blank = false;
				break;
			}
		if (blank) {
			push_trimmed(&s, text, para, i);
			para = le + 1;
		} else if (i > para && item_start(text + i, text + le)) {
			push_trimmed(&s, text, para, i);
			para = i;
		}
		i = le + 1;
	}
	if (para < len)
		push_trimmed(&s, text, para, len);
	if (s.oom) {
		free(s.a);
		return CT_ENOMEM;
	}
	*spans = s.a;
	*n = s.n;
	return CT_OK;
}
