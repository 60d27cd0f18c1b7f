/* source.c — loading one file: read its bytes, hash them, choose the
 * reader (by content, then extension), run it, finish each document. */
#include "ingest/ingest-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ct_source {
	char *path;
	const char *format;
	char sha256[65];
	uint64_t size;
	struct ct_document **docs;
	size_t n, cap;
	bool oom;
};

struct ct_document *cti_source_add(struct ct_source *src)
{
	if (src->n == src->cap) {
		size_t cap = src->cap ? src->cap * 2 : 4;
		struct ct_document **d = realloc(src->docs, cap * sizeof *d);
		if (!d) {
			src->oom = true;
			return NULL;
		}
		src->docs = d;
		src->cap = cap;
	}
	struct ct_document *doc = cti_document_new(src->path);
	if (!doc) {
		src->oom = true;
		return NULL;
	}
	src->docs[src->n++] = doc;
	return doc;
}

void cti_text_clean(const char *path, const char *data, size_t len, ct_diag_fn diag,
                    void *ctx, struct cti_buf *out)
{
	size_t skip = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		skip = 3; /* byte order mark */
	size_t n_bad = 0;
	int64_t first_bad = -1;
	cti_utf8_repair(data + skip, len - skip, out, &n_bad, &first_bad);
	if (n_bad)
		cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, 0,
		         first_bad + (int64_t)skip,
		         "invalid UTF-8 at byte offset %lld (%zu invalid sequence%s in "
		         "all) replaced by U+FFFD; if the file is in another encoding, "
		         "convert it first (iconv -f cp1252 -t utf-8)",
		         (long long)(first_bad + (int64_t)skip), n_bad, n_bad == 1 ? "" : "s");
	/* CRLF and lone CR become LF, in place (from the first CR: before it
	 * nothing moves) */
	const char *cr = out->len ? memchr(out->data, '\r', out->len) : NULL;
	size_t o = cr ? (size_t)(cr - out->data) : out->len;
	for (size_t i = o; i < out->len; i++) {
		if (out->data[i] == '\r') {
			out->data[o++] = '\n';
			if (i + 1 < out->len && out->data[i + 1] == '\n')
				i++;
		} else {
			out->data[o++] = out->data[i];
		}
	}
	out->len = o;
	if (out->data)
		out->data[o] = '\0';
}

void ct_source_free(ct_source *src)
{
	if (!src)
		return;
	for (size_t i = 0; i < src->n; i++)
		ct_document_free(src->docs[i]);
	free(src->docs);
	free(src->path);
	free(src);
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
			return false;
	return true;
}

ct_status ct_source_parse(const char *path, const char *data, size_t len,
                          const ct_load_opts *opts, ct_diag_fn diag, void *ctx,
                          ct_source **out)
{
	*out = NULL;
	if (!path || (!data && len))
		return CT_EINVAL;
	if (len == 0) {
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EEMPTY, path, 0, -1, "empty file; skipped");
		return CT_EEMPTY;
	}
	const struct cti_format *fmt = cti_format_for(path, data, len);
	if (!fmt) {
		const char *nul = memchr(data, '\0', len);
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EBINARY, path, 0, (int64_t)(nul - data),
		         "binary file (NUL byte at offset %td); skipped: %s", nul - data,
		         cti_binary_hint(data, len));
		return CT_EBINARY;
	}

	struct ct_source *src = calloc(1, sizeof *src);
	if (!src || !(src->path = cti_strdup(path))) {
		free(src);
		return CT_ENOMEM;
	}
	src->format = fmt->name;
	src->size = len;
	if (!opts || !opts->no_hash)
		cti_sha256_hex(data, len, src->sha256);
	struct cti_read_ctx rc = {path, diag, ctx, src};
	ct_status st;
	if (fmt->raw) {
		st = fmt->read(&rc, data, len);
	} else {
		struct cti_buf text;
		cti_buf_init(&text);
		cti_text_clean(path, data, len, diag, ctx, &text);
		st = text.oom ? CT_ENOMEM : fmt->read(&rc, text.data ? text.data : "", text.len);
		cti_buf_free(&text);
	}
	if (st == CT_OK && src->oom)
		st = CT_ENOMEM;

	/* finish every document; drop those without text (after a failed
	 * read, keep them all for ct_source_free) */
	size_t kept = st == CT_OK ? 0 : src->n;
	for (size_t i = 0; i < src->n && st == CT_OK; i++) {
		struct ct_document *doc = src->docs[i];
		doc->part = (unsigned)kept;
		doc->format = fmt->name;
		doc->file_size = len;
		memcpy(doc->sha256, src->sha256, sizeof doc->sha256);
		if (!doc->text || blank(doc->text, doc->text_len)) {
			if (src->n > 1)
				cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EEMPTY, path, 0, -1,
				         "document %zu of %zu has no text; left out", i + 1, src->n);
			ct_document_free(doc);
			continue;
		}
		st = cti_document_finish(doc, opts, diag, ctx);
		src->docs[kept++] = doc;
		if (st != CT_OK) /* the rest are freed below */
			for (size_t j = i + 1; j < src->n; j++)
				ct_document_free(src->docs[j]);
	}
	if (st == CT_OK && kept == 0) {
		if (src->n <= 1)
			cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EEMPTY, path, 0, -1,
			         "no text in the file; skipped");
		st = CT_EEMPTY;
	}
	src->n = kept;
	if (st != CT_OK) {
		ct_source_free(src);
		return st;
	}
	*out = src;
	return CT_OK;
}

ct_status ct_source_load(const char *path, const ct_load_opts *opts, ct_diag_fn diag,
                         void *ctx, ct_source **out)
{
	*out = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) != 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		cti_diag(diag, ctx, CT_DIAG_ERROR, CT_EIO, path, 0, -1, "cannot read: %s%s",
		         strerror(e), e == EACCES ? " (check the file's permissions)" : "");
		return CT_EIO;
	}
	if (!S_ISREG(sb.st_mode)) {
		close(fd);
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, path, 0, -1,
		         "not a regular file; skipped");
		return CT_EUNSUPPORTED;
	}
	size_t size = (size_t)sb.st_size, got = 0;
	char *data = malloc(size + 1);
	if (!data) {
		close(fd);
		return CT_ENOMEM;
	}
	while (got < size) {
		ssize_t r = read(fd, data + got, size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			int e = r < 0 ? errno : 0;
			close(fd);
			free(data);
			cti_diag(diag, ctx, CT_DIAG_ERROR, CT_EIO, path, 0, (int64_t)got,
			         "read failed at byte %zu: %s", got,
			         e ? strerror(e) : "file shrank while being read");
			return CT_EIO;
		}
		got += (size_t)r;
	}
	close(fd);
	data[size] = '\0';
	ct_status st = ct_source_parse(path, data, size, opts, diag, ctx, out);
	free(data);
	return st;
}

size_t ct_source_count(const ct_source *src)
{
	return src->n;
}

const ct_document *ct_source_document(const ct_source *src, size_t i)
{
	return i < src->n ? src->docs[i] : NULL;
}

const char *ct_source_format(const ct_source *src)
{
	return src->format;
}

const char *ct_source_sha256(const ct_source *src)
{
	return src->sha256;
}

uint64_t ct_source_file_size(const ct_source *src)
{
	return src->size;
}

/* The single-document conveniences. */
static ct_status single(ct_status st, ct_source *src, ct_diag_fn diag, void *ctx,
                        const char *path, ct_document **out)
{
	if (st != CT_OK)
		return st;
	if (src->n != 1) {
		cti_diag(diag, ctx, CT_DIAG_ERROR, CT_EINVAL, path, 0, -1,
		         "the file holds %zu documents; read it with ct_source_load", src->n);
		ct_source_free(src);
		return CT_EINVAL;
	}
	*out = src->docs[0];
	src->n = 0;
	ct_source_free(src);
	return CT_OK;
}

ct_status ct_document_load(const char *path, const ct_load_opts *opts, ct_diag_fn diag,
                           void *ctx, ct_document **out)
{
	ct_source *src = NULL;
	*out = NULL;
	ct_status st = ct_source_load(path, opts, diag, ctx, &src);
	return single(st, src, diag, ctx, path, out);
}

ct_status ct_document_parse(const char *path, const char *data, size_t len,
                            const ct_load_opts *opts, ct_diag_fn diag, void *ctx,
                            ct_document **out)
{
	ct_source *src = NULL;
	*out = NULL;
	ct_status st = ct_source_parse(path, data, len, opts, diag, ctx, &src);
	return single(st, src, diag, ctx, path, out);
}
