/* buf.c — growable byte buffer and string helpers. */
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cti_buf_init(struct cti_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->oom = false;
}

void cti_buf_free(struct cti_buf *b)
{
	if (b) {
		free(b->data);
		cti_buf_init(b);
	}
}

void cti_buf_reset(struct cti_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

bool cti_buf_reserve(struct cti_buf *b, size_t extra)
{
	if (b->oom)
		return false;
	if (b->len + extra + 1 <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1) {
		if (cap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
		cap *= 2;
	}
	char *p = realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void cti_buf_append(struct cti_buf *b, const void *p, size_t n)
{
	if (!cti_buf_reserve(b, n))
		return;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void cti_buf_puts(struct cti_buf *b, const char *s)
{
	cti_buf_append(b, s, strlen(s));
}

void cti_buf_putc(struct cti_buf *b, char c)
{
	cti_buf_append(b, &c, 1);
}

void cti_buf_vprintf(struct cti_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || !cti_buf_reserve(b, (size_t)n))
		return;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void cti_buf_printf(struct cti_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cti_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *cti_buf_steal(struct cti_buf *b)
{
	if (b->oom) {
		cti_buf_free(b);
		return NULL;
	}
	char *p = b->data ? b->data : cti_strdup("");
	cti_buf_init(b);
	return p;
}

char *cti_strdup(const char *s)
{
	return s ? cti_strndup(s, strlen(s)) : NULL;
}

char *cti_strndup(const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *cti_printf(const char *fmt, ...)
{
	struct cti_buf b;
	cti_buf_init(&b);
	va_list ap;
	va_start(ap, fmt);
	cti_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return cti_buf_steal(&b);
}
