/* add.c — `casetrace add`: walk, hash, skip what is unchanged, store the
 * rest in bounded transactions, prune what is gone. */
#include "index/index-private.h"

#include <casetrace/link.h>
#include "index/readers.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DEFAULT_BATCH_FILES 1024
#define DEFAULT_BATCH_BYTES (32u << 20)

/* The stored hash for path into out (64 hex + NUL); false if none. */
static bool stored_hash(struct ct_db *db, const char *path, char out[65], ct_status *st)
{
	sqlite3_stmt *s = cti_db_stmt(db, STMT_DOC_HASH);
	*st = CT_OK;
	if (!s) {
		*st = CT_EDB;
		return false;
	}
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	bool found = false;
	if (rc == SQLITE_ROW) {
		const unsigned char *h = sqlite3_column_text(s, 0);
		if (h) {
			strncpy(out, (const char *)h, 64);
			out[64] = '\0';
			found = true;
		}
	} else if (rc != SQLITE_DONE) {
		*st = cti_db_sqlerr(db, "looking up a stored file");
	}
	sqlite3_reset(s);
	return found;
}

static ct_status prune(struct ct_db *db, ct_diag_fn diag, void *ctx, size_t *pruned)
{
	sqlite3_stmt *s = NULL;
	char **gone = NULL;
	size_t n = 0, cap = 0;
	ct_status st = CT_OK;
	if (sqlite3_prepare_v2(db->h, "SELECT DISTINCT path FROM document ORDER BY path",
	                       -1, &s, NULL) != SQLITE_OK)
		return cti_db_sqlerr(db, "listing stored files");
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(s, 0);
		struct stat sb;
		if (!p || stat(p, &sb) == 0 || errno != ENOENT)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			char **g = realloc(gone, cap * sizeof *g);
			if (!g) {
				st = CT_ENOMEM;
				break;
			}
			gone = g;
		}
		if (!(gone[n] = cti_strdup(p))) {
			st = CT_ENOMEM;
			break;
		}
		n++;
	}
	if (st == CT_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
		st = cti_db_sqlerr(db, "listing stored files");
	sqlite3_finalize(s);
	for (size_t i = 0; i < n && st == CT_OK; i++) {
		int removed = 0;
		st = ct_db_remove_path(db, gone[i], &removed);
		if (st == CT_OK && removed) {
			*pruned += (size_t)removed;
			if (diag) {
				ct_diag d = {CT_DIAG_NOTE, CT_OK, gone[i], 0, -1,
				             "file is gone; its documents were removed (--prune)"};
				diag(ctx, &d);
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		free(gone[i]);
	free(gone);
	return st;
}

ct_status ct_db_add(ct_db *db, const char *const *paths, size_t n_paths,
                    const ct_add_opts *opts, ct_diag_fn diag, ct_progress_fn progress,
                    void *ctx, ct_add_summary *summary)
{
	ct_add_summary sum = {0};
	ct_add_opts o = {0};
	if (opts)
		o = *opts;
	if (!o.batch_files)
		o.batch_files = DEFAULT_BATCH_FILES;
	if (!o.batch_bytes)
		o.batch_bytes = DEFAULT_BATCH_BYTES;
	if (summary)
		*summary = sum;
	if (db->in_tx)
		return cti_db_error(db, CT_EINVAL, "ct_db_add: a transaction is already open");

	ct_file *files = NULL;
	size_t n_files = 0;
	ct_status st = ct_ingest_walk(paths, n_paths, diag, ctx, &files, &n_files,
	                              &sum.skipped, &sum.failed);
	if (st != CT_OK)
		return cti_db_error(db, st, "listing the files to add: %s", ct_strerror(st));

	/* case files are cases, not documents: load them first, so the new
	 * documents link to them */
	size_t kept = 0;
	for (size_t i = 0; i < n_files; i++) {
		if (!ct_is_case_file(files[i].path)) {
			files[kept++] = files[i];
			continue;
		}
		ct_status cs = ct_db_load_case_file(db, files[i].path, diag, ctx, NULL);
		if (cs == CT_OK)
			sum.cases++;
		else if (cs == CT_EPARSE || cs == CT_EIO)
			sum.failed++; /* reported with file and line */
		else
			st = cs;
		free(files[i].path);
	}
	n_files = kept;
	if (st != CT_OK) {
		ct_files_free(files, n_files);
		return st;
	}

	ct_add_progress pr = {.files_total = n_files};
	for (size_t i = 0; i < n_files; i++)
		pr.bytes_total += files[i].size;

	size_t tx_files = 0;
	uint64_t tx_bytes = 0;
	bool cancelled = false;
	struct cti_readers *rd = NULL;
	st = cti_readers_start(files, n_files, &o.load, o.rules, o.jobs < 0 ? 0 : o.jobs, &rd);
	if (st != CT_OK)
		cti_db_error(db, st, "starting the readers: %s", ct_strerror(st));
	for (size_t i = 0; i < n_files && st == CT_OK; i++) {
		const char *path = files[i].path;
		if (!db->in_tx && (st = ct_db_begin(db)) != CT_OK)
			break;
		pr.current = path;

		char old[65];
		bool had = stored_hash(db, path, old, &st);
		if (st != CT_OK)
			break;
		struct cti_read rr;
		if ((st = cti_readers_next(rd, diag, ctx, &rr)) != CT_OK)
			break;
		ct_source *src = rr.src;
		ct_status ls = rr.status;
		if (ls == CT_OK && had && strcmp(old, ct_source_sha256(src)) == 0) {
			sum.unchanged++;
		} else if (ls == CT_OK) {
			/* a changed file may hold a different number of documents */
			if (had)
				st = ct_db_remove_path(db, path, NULL);
			size_t n_docs = ct_source_count(src);
			for (size_t k = 0; k < n_docs && st == CT_OK; k++) {
				st = rr.segs[k].status;
				const ct_document *d = ct_source_document(src, k);
				if (st == CT_OK && diag && ct_document_kind(d) == CT_KIND_TRANSCRIPT) {
					bool turns = false;
					for (size_t j = 0; j < rr.segs[k].n && !turns; j++)
						turns = rr.segs[k].p[j].speaker_end > rr.segs[k].p[j].speaker_start;
					if (!turns) {
						ct_diag dg = {CT_DIAG_WARNING, CT_EPARSE, path, 0, -1,
						              "transcript with no recognisable speaker turns (lines "
						              "opening with 'THE CHAIRMAN:', 'Mr Jones:', 'Q.' or "
						              "'A.'); indexed as paragraphs without speakers"};
						diag(ctx, &dg);
					}
				}
				if (st == CT_OK) {
					int64_t id = 0;
					st = cti_db_add_new(db, ct_source_document(src, k), rr.segs[k].p,
					                    rr.segs[k].n, &id);
					if (st == CT_OK && rr.segs[k].quotes)
						st = cti_db_put_quotes(db, id, rr.segs[k].quotes);
					if (st == CT_OK && rr.segs[k].cites)
						st = cti_db_put_cites(db, id, &rr.segs[k]);
					if (st == CT_OK)
						sum.citations += ct_cites_count(rr.segs[k].cites);
					if (st == CT_OK)
						sum.quotes += ct_quotes_count(rr.segs[k].quotes);
				}
			}
			if (st == CT_OK) {
				if (had)
					sum.updated++;
				else
					sum.added++;
				sum.documents += n_docs;
				sum.bytes += ct_source_file_size(src);
				tx_bytes += ct_source_file_size(src);
			}
		} else if (ls == CT_ENOMEM) {
			st = cti_db_error(db, CT_ENOMEM, "out of memory reading %s", path);
		} else if (ls == CT_EIO) {
			sum.failed++;
		} else {
			/* Binary or empty now: an earlier text version must not linger. */
			sum.skipped++;
			int removed = 0;
			if (had && (st = ct_db_remove_path(db, path, &removed)) == CT_OK &&
			    removed && diag) {
				ct_diag d = {CT_DIAG_NOTE, ls, path, 0, -1,
				             "the version stored earlier was removed from the database"};
				diag(ctx, &d);
			}
		}
		cti_read_clear(&rr);
		pr.files_done = i + 1;
		pr.bytes_done += files[i].size;
		tx_files++;
		if (st == CT_OK && (tx_files >= o.batch_files || tx_bytes >= o.batch_bytes)) {
			st = ct_db_commit(db);
			tx_files = 0;
			tx_bytes = 0;
		}
		if (st == CT_OK && progress && !progress(ctx, &pr)) {
			cancelled = true;
			break;
		}
	}
	cti_readers_free(rd);
	/* citations to documents: the new documents may be what older notes
	 * cite, and the new notes may cite older documents */
	if (st == CT_OK && !cancelled) {
		if (!db->in_tx)
			st = ct_db_begin(db);
		if (st == CT_OK)
			st = cti_db_link_cites(db, &sum.linked);
	}
	if (st == CT_OK && o.prune && !cancelled) {
		if (!db->in_tx)
			st = ct_db_begin(db);
		if (st == CT_OK)
			st = prune(db, diag, ctx, &sum.pruned);
	}
	/* the new documents to the cases (all of them when a case changed) */
	if (st == CT_OK && !cancelled) {
		ct_link_summary ls = {0};
		if (!db->in_tx)
			st = ct_db_begin(db);
		if (st == CT_OK)
			st = ct_db_link_cases(db, false, NULL, NULL, &ls);
		sum.case_links = ls.links;
	}
	if (db->in_tx)
		st = cti_db_end_tx(db, st);
	ct_files_free(files, n_files);
	if (summary)
		*summary = sum;
	if (st != CT_OK)
		return st;
	if (cancelled)
		return cti_db_error(db, CT_ECANCELLED, "stopped after %zu of %zu files",
		                    pr.files_done, pr.files_total);
	return sum.failed ? CT_PARTIAL : CT_OK;
}
