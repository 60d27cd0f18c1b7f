/* walk.c — expanding the paths given to `add` into the files to read. */
#include "ingest/ingest-private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct walk {
	ct_diag_fn diag;
	void *ctx;
	ct_file *files;
	size_t n, cap;
	size_t skipped, failed;
	/* folders on the current descent, to break symlink loops */
	dev_t dev[64];
	ino_t ino[64];
	int depth;
	bool oom;
};

static void add_file(struct walk *w, const char *path, uint64_t size)
{
	if (w->n == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 256;
		ct_file *f = realloc(w->files, cap * sizeof *f);
		if (!f) {
			w->oom = true;
			return;
		}
		w->files = f;
		w->cap = cap;
	}
	char *p = cti_strdup(path);
	if (!p) {
		w->oom = true;
		return;
	}
	w->files[w->n].path = p;
	w->files[w->n].size = size;
	w->n++;
}

/* A file with an extension casetrace does not know: take it when its first
 * bytes are a format casetrace reads (an export saved as .rtf.txt… or a PDF
 * without extension), else say why it is left out. */
static bool sniffed(struct walk *w, const char *path)
{
	char head[8192];
	ssize_t n = -1;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		n = read(fd, head, sizeof head);
		close(fd);
	}
	if (n < 0) {
		cti_diag(w->diag, w->ctx, CT_DIAG_SKIPPED, CT_EIO, path, 0, -1,
		         "unknown extension and cannot be read (%s); skipped", strerror(errno));
		return false;
	}
	if (cti_format_sniff(head, (size_t)n))
		return true;
	if (n == 0 || !memchr(head, '\0', (size_t)n))
		cti_diag(w->diag, w->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, path, 0, -1,
		         "%s; skipped (name the file directly to read it as text)",
		         n >= 5 && memcmp(head, "{\\rtf", 5) == 0
		             ? cti_binary_hint(head, (size_t)n)
		             : "a text file with an extension casetrace does not read from "
		               "folders (.txt, .md, .markdown, .text, .html, .htm, .xhtml, .pdf)");
	else
		cti_diag(w->diag, w->ctx, CT_DIAG_SKIPPED, CT_EUNSUPPORTED, path, 0, -1,
		         "not read: %s", cti_binary_hint(head, (size_t)n));
	return false;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dir(struct walk *w, const char *dir, const struct stat *dsb)
{
	for (int i = 0; i < w->depth; i++)
		if (w->dev[i] == dsb->st_dev && w->ino[i] == dsb->st_ino) {
			cti_diag(w->diag, w->ctx, CT_DIAG_SKIPPED, CT_EINVAL, dir, 0, -1,
			         "folder is a link back to a folder above it; not followed");
			return;
		}
	if (w->depth == (int)(sizeof w->dev / sizeof w->dev[0])) {
		cti_diag(w->diag, w->ctx, CT_DIAG_SKIPPED, CT_EINVAL, dir, 0, -1,
		         "folders nested more than %d deep; not followed", w->depth);
		return;
	}
	DIR *d = opendir(dir);
	if (!d) {
		cti_diag(w->diag, w->ctx, CT_DIAG_ERROR, CT_EIO, dir, 0, -1,
		         "cannot read folder: %s", strerror(errno));
		w->failed++;
		return;
	}
	w->dev[w->depth] = dsb->st_dev;
	w->ino[w->depth] = dsb->st_ino;
	w->depth++;

	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* hidden, . and .. */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *nn);
			if (!nn) {
				w->oom = true;
				break;
			}
			names = nn;
		}
		if (!(names[n] = cti_strdup(e->d_name))) {
			w->oom = true;
			break;
		}
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_names);

	struct cti_buf path;
	cti_buf_init(&path);
	for (size_t i = 0; i < n && !w->oom; i++) {
		cti_buf_reset(&path);
		cti_buf_puts(&path, dir);
		if (path.len && path.data[path.len - 1] != '/')
			cti_buf_putc(&path, '/');
		cti_buf_puts(&path, names[i]);
		if (path.oom) {
			w->oom = true;
			break;
		}
		struct stat sb;
		if (stat(path.data, &sb) != 0) {
			cti_diag(w->diag, w->ctx, CT_DIAG_ERROR, CT_EIO, path.data, 0, -1,
			         "cannot read: %s", strerror(errno));
			w->failed++;
		} else if (S_ISDIR(sb.st_mode)) {
			walk_dir(w, path.data, &sb);
		} else if (!S_ISREG(sb.st_mode)) {
			/* sockets, fifos, devices: not documents, not worth a word */
		} else if (ct_ingest_supported(path.data) || ct_is_case_file(path.data) ||
		           sniffed(w, path.data)) {
			add_file(w, path.data, (uint64_t)sb.st_size);
		} else {
			w->skipped++;
		}
	}
	cti_buf_free(&path);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	w->depth--;
}

ct_status ct_ingest_walk(const char *const *paths, size_t n_paths, ct_diag_fn diag,
                         void *ctx, ct_file **files, size_t *n_files,
                         size_t *n_skipped, size_t *n_failed)
{
	struct walk w = {.diag = diag, .ctx = ctx};
	*files = NULL;
	*n_files = 0;
	for (size_t i = 0; i < n_paths && !w.oom; i++) {
		char real[PATH_MAX];
		struct stat sb;
		if (stat(paths[i], &sb) != 0 || !realpath(paths[i], real)) {
			cti_diag(diag, ctx, CT_DIAG_ERROR, CT_EIO, paths[i], 0, -1,
			         "cannot read: %s", strerror(errno));
			w.failed++;
			continue;
		}
		if (S_ISDIR(sb.st_mode))
			walk_dir(&w, real, &sb);
		else
			add_file(&w, real, (uint64_t)sb.st_size);
	}
	if (w.oom) {
		ct_files_free(w.files, w.n);
		return CT_ENOMEM;
	}
	*files = w.files;
	*n_files = w.n;
	if (n_skipped)
		*n_skipped = w.skipped;
	if (n_failed)
		*n_failed = w.failed;
	return CT_OK;
}

void ct_files_free(ct_file *files, size_t n)
{
	if (!files)
		return;
	for (size_t i = 0; i < n; i++)
		free(files[i].path);
	free(files);
}
