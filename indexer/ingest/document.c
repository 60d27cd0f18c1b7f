/* document.c — loading one source file into a ct_document: bytes, hash,
 * UTF-8 repair, line ends, front matter, kind and title. */
#include "ingest/ingest-private.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

void cti_diag(ct_diag_fn fn, void *ctx, ct_severity sev, ct_status st,
              const char *path, unsigned line, int64_t offset, const char *fmt, ...)
{
	if (!fn)
		return;
	struct cti_buf b;
	cti_buf_init(&b);
	va_list ap;
	va_start(ap, fmt);
	cti_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	ct_diag d = {
		.severity = sev,
		.status = st,
		.path = path,
		.line = line,
		.offset = offset,
		.message = b.data ? b.data : ct_strerror(st),
	};
	fn(ctx, &d);
	cti_buf_free(&b);
}

bool cti_document_add_meta(struct ct_document *doc, const char *key, size_t klen,
                           const char *value, size_t vlen)
{
	if (doc->n_meta == doc->cap_meta) {
		size_t cap = doc->cap_meta ? doc->cap_meta * 2 : 8;
		char **k = realloc(doc->keys, cap * sizeof *k);
		if (!k)
			return false;
		doc->keys = k;
		char **v = realloc(doc->values, cap * sizeof *v);
		if (!v)
			return false;
		doc->values = v;
		doc->cap_meta = cap;
	}
	char *kc = cti_strndup(key, klen), *vc = cti_strndup(value, vlen);
	if (!kc || !vc) {
		free(kc);
		free(vc);
		return false;
	}
	doc->keys[doc->n_meta] = kc;
	doc->values[doc->n_meta] = vc;
	doc->n_meta++;
	return true;
}

bool cti_kind_from_path(const char *path, ct_kind *out)
{
	/* Walk the folder components from the deepest up. */
	const char *end = strrchr(path, '/');
	while (end && end > path) {
		const char *start = end;
		while (start > path && start[-1] != '/')
			start--;
		if (ct_kind_parse(start, (size_t)(end - start), out))
			return true;
		end = start > path ? start - 1 : NULL;
	}
	return false;
}

bool ct_ingest_supported(const char *path)
{
	static const char *const exts[] = {".txt", ".md", ".markdown", ".text"};
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	if (!dot)
		return false;
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (strcasecmp(dot, exts[i]) == 0)
			return true;
	return false;
}

/* CRLF and lone CR become LF, in place; returns the new length. */
static size_t normalise_newlines(char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r') {
			s[o++] = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
		} else {
			s[o++] = s[i];
		}
	}
	s[o] = '\0';
	return o;
}

/* A title from the first non-blank line when it is short, else the file name. */
static char *derive_title(const char *text, size_t len, const char *path)
{
	const char *p = text, *end = text + len;
	while (p < end && isspace((unsigned char)*p))
		p++;
	const char *le = memchr(p, '\n', (size_t)(end - p));
	if (!le)
		le = end;
	while (p < le && (*p == '#' || *p == ' '))
		p++;
	if (le - p > 2 && (*p == '-' || *p == '*') && p[1] == ' ')
		p += 2; /* a list item */
	while (le > p && isspace((unsigned char)le[-1]))
		le--;
	if (le > p && le - p <= 200)
		return cti_strndup(p, (size_t)(le - p));
	const char *base = strrchr(path, '/');
	return cti_strdup(base ? base + 1 : path);
}

ct_status ct_document_parse(const char *path, const char *data, size_t len,
                            const ct_load_opts *opts, ct_diag_fn diag, void *ctx,
                            ct_document **out)
{
	*out = NULL;
	if (!path || (!data && len))
		return CT_EINVAL;
	if (len == 0) {
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EEMPTY, path, 0, -1,
		         "empty file; skipped");
		return CT_EEMPTY;
	}
	const char *nul = memchr(data, '\0', len);
	if (nul) {
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EBINARY, path, 0,
		         (int64_t)(nul - data),
		         "binary file (NUL byte at offset %td); skipped. casetrace "
		         "reads text files", nul - data);
		return CT_EBINARY;
	}

	struct ct_document *doc = calloc(1, sizeof *doc);
	if (!doc)
		return CT_ENOMEM;
	doc->path = cti_strdup(path);
	doc->file_size = len;
	cti_sha256_hex(data, len, doc->sha256);

	size_t skip = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		skip = 3; /* byte order mark */
	struct cti_buf text;
	cti_buf_init(&text);
	size_t n_bad = 0;
	int64_t first_bad = -1;
	cti_utf8_repair(data + skip, len - skip, &text, &n_bad, &first_bad);
	if (!doc->path || text.oom) {
		cti_buf_free(&text);
		ct_document_free(doc);
		return CT_ENOMEM;
	}
	if (n_bad)
		cti_diag(diag, ctx, CT_DIAG_WARNING, CT_EPARSE, path, 0,
		         first_bad + (int64_t)skip,
		         "invalid UTF-8 at byte offset %lld (%zu invalid sequence%s in "
		         "all) replaced by U+FFFD; if the file is in another encoding, "
		         "convert it first (iconv -f cp1252 -t utf-8)",
		         (long long)(first_bad + (int64_t)skip), n_bad, n_bad == 1 ? "" : "s");
	text.len = normalise_newlines(text.data, text.len);

	size_t body = 0;
	ct_status st = cti_frontmatter_parse(text.data, text.len, path, diag, ctx, doc, &body);
	if (st != CT_OK) {
		cti_buf_free(&text);
		ct_document_free(doc);
		return st;
	}
	bool blank = true;
	for (size_t i = body; i < text.len && blank; i++)
		if (!isspace((unsigned char)text.data[i]))
			blank = false;
	if (blank) {
		cti_diag(diag, ctx, CT_DIAG_SKIPPED, CT_EEMPTY, path, 0, -1,
		         body ? "no text after the front matter; skipped"
		              : "file holds only white space; skipped");
		cti_buf_free(&text);
		ct_document_free(doc);
		return CT_EEMPTY;
	}
	if (body) {
		memmove(text.data, text.data + body, text.len - body + 1);
		text.len -= body;
	}
	doc->text_len = text.len;
	doc->text = cti_buf_steal(&text);

	/* Kind: front matter (already set) > --kind > folder name. */
	bool fm_kind = false;
	for (size_t i = 0; i < doc->n_meta; i++)
		if (strcmp(doc->keys[i], "kind") == 0 && ct_kind_parse(doc->values[i],
		                                         strlen(doc->values[i]), &doc->kind))
			fm_kind = true;
	if (!fm_kind) {
		if (opts && opts->kind_set)
			doc->kind = opts->kind;
		else if (!cti_kind_from_path(path, &doc->kind))
			doc->kind = CT_KIND_OTHER;
	}
	if (opts && opts->case_slug && !ct_document_meta(doc, "case") &&
	    !cti_document_add_meta(doc, "case", 4, opts->case_slug, strlen(opts->case_slug))) {
		ct_document_free(doc);
		return CT_ENOMEM;
	}
	/* Title: front matter, else an interview's code (its text may be
	 * confidential), else the first short line, else the file name. */
	const char *t = ct_document_meta(doc, "title");
	const char *code = ct_document_meta(doc, "code");
	if (t && *t)
		doc->title = cti_strdup(t);
	else if (code && doc->kind == CT_KIND_INTERVIEW)
		doc->title = cti_printf("Interview %s", code);
	else
		doc->title = derive_title(doc->text, doc->text_len, path);
	if (!doc->title || !doc->text) {
		ct_document_free(doc);
		return CT_ENOMEM;
	}
	*out = doc;
	return CT_OK;
}

ct_status ct_document_load(const char *path, const ct_load_opts *opts,
                           ct_diag_fn diag, void *ctx, ct_document **out)
{
	*out = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) != 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		cti_diag(diag, ctx, CT_DIAG_ERROR, CT_EIO, path, 0, -1,
		         "cannot read: %s%s", strerror(e),
		         e == EACCES ? " (check the file's permissions)" : "");
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
	ct_status st = ct_document_parse(path, data, size, opts, diag, ctx, out);
	free(data);
	return st;
}

void ct_document_free(ct_document *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->n_meta; i++) {
		free(doc->keys[i]);
		free(doc->values[i]);
	}
	free(doc->keys);
	free(doc->values);
	free(doc->path);
	free(doc->text);
	free(doc->date_iso);
	free(doc->title);
	free(doc);
}

const char *ct_document_text(const ct_document *doc, size_t *len)
{
	if (len)
		*len = doc->text_len;
	return doc->text;
}

const char *ct_document_path(const ct_document *doc)
{
	return doc->path;
}

const char *ct_document_sha256(const ct_document *doc)
{
	return doc->sha256;
}

ct_kind ct_document_kind(const ct_document *doc)
{
	return doc->kind;
}

uint64_t ct_document_file_size(const ct_document *doc)
{
	return doc->file_size;
}

const char *ct_document_meta(const ct_document *doc, const char *key)
{
	if (strcmp(key, "date") == 0)
		return doc->date_iso;
	if (strcmp(key, "title") == 0 && doc->title)
		return doc->title;
	const char *v = NULL;
	for (size_t i = 0; i < doc->n_meta; i++)
		if (strcmp(doc->keys[i], key) == 0)
			v = doc->values[i]; /* the last one written wins */
	return v && *v ? v : NULL;
}

size_t ct_document_meta_count(const ct_document *doc)
{
	return doc->n_meta;
}

void ct_document_meta_at(const ct_document *doc, size_t i, const char **key,
                         const char **value)
{
	*key = i < doc->n_meta ? doc->keys[i] : NULL;
	*value = i < doc->n_meta ? doc->values[i] : NULL;
}
