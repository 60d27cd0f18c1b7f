/* schema.c — the database schema and its migrations (PRAGMA user_version). */
#include "index/index-private.h"

#include <stdlib.h>

/* Version 1: documents (with their front matter as a JSON object), passages
 * and the FTS5 index over passage text.
 * - A document's text is stored once, in its passages: each passage holds
 *   its text and what stood between it and the passage before (`pre`: blank
 *   lines, mostly); the document holds what follows the last one (`tail`).
 *   The text is pre || text of every passage in order, then tail; the
 *   document_text view puts it together. FTS5 reads passage.text as its
 *   external content, so every passage is read on its own: storing the
 *   whole text in the document and reading passages as byte ranges of it
 *   loaded the whole text per passage (quadratic for long documents), and
 *   keeping both doubled the database.
 * - Passages are removed with their document by the code (after their
 *   FTS5 rows, which need the text); `stats --check` verifies that no
 *   passage outlives its document. */
static const char schema_v1[] =
	"CREATE TABLE document("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL,"            /* source file (absolute) */
	"  part INTEGER NOT NULL DEFAULT 0," /* position in a multi-article file */
	"  sha256 TEXT NOT NULL,"          /* of the whole source file */
	"  kind TEXT NOT NULL,"
	"  title TEXT, outlet TEXT, author TEXT,"
	"  published TEXT,"                /* ISO 8601 */
	"  url TEXT, lang TEXT, case_slug TEXT, code TEXT,"
	"  restricted INTEGER NOT NULL DEFAULT 0,"
	"  bytes INTEGER NOT NULL,"        /* of the stored text */
	"  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
	"  meta TEXT NOT NULL DEFAULT '{}'," /* front matter as written, JSON */
	"  format TEXT NOT NULL DEFAULT 'text'," /* the reader: text, html, pdf, nexis, factiva */
	"  tail TEXT NOT NULL DEFAULT '',"  /* text after the last passage */
	"  UNIQUE(path, part));"
	"CREATE INDEX document_published ON document(published);"
	"CREATE INDEX document_kind ON document(kind);"
	"CREATE TABLE passage("
	"  id INTEGER PRIMARY KEY,"
	"  document INTEGER NOT NULL,"
	"  ordinal INTEGER NOT NULL,"
	"  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL," /* bytes in the text */
	"  page INTEGER,"                  /* page it starts on, if paginated */
	"  line INTEGER,"                  /* transcript line, if numbered */
	"  speaker TEXT,"                  /* transcript turn's speaker */
	"  pre TEXT NOT NULL DEFAULT '',"  /* text between the previous passage and this */
	"  text TEXT NOT NULL);"
	"CREATE INDEX passage_document ON passage(document, ordinal);"
	"CREATE VIEW document_text(id, text) AS SELECT d.id,"
	"  coalesce((SELECT group_concat(x, '') FROM (SELECT pre || text AS x FROM passage"
	"   WHERE document = d.id ORDER BY ordinal)), '') || d.tail FROM document d;"
	"CREATE TABLE quote("               /* quotations, from extract */
	"  id INTEGER PRIMARY KEY,"
	"  document INTEGER NOT NULL,"
	"  passage INTEGER,"                /* the passage it starts in */
	"  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL," /* the quoted words, bytes */
	"  text TEXT NOT NULL,"
	"  speaker TEXT, speaker_role TEXT, cue TEXT,"
	"  kind TEXT NOT NULL,"             /* direct, turn, as-quoted-in */
	"  outlet TEXT,"                    /* the carrier of an as-quoted-in quote */
	"  confidence REAL NOT NULL,"
	"  rule TEXT);"                     /* the rule that attributed it */
	"CREATE INDEX quote_document ON quote(document, start);"
	"CREATE INDEX quote_speaker ON quote(speaker COLLATE NOCASE);"
	"CREATE VIEW speaker(name, quotes, documents, first, last) AS"
	"  SELECT q.speaker, count(*), count(DISTINCT q.document), min(d.published),"
	"  max(d.published) FROM quote q JOIN document d ON d.id = q.document"
	"  WHERE q.speaker IS NOT NULL AND NOT d.restricted GROUP BY q.speaker;"
	"CREATE TABLE citation("            /* citations in the notes of documents */
	"  id INTEGER PRIMARY KEY,"
	"  document INTEGER NOT NULL,"
	"  note INTEGER NOT NULL, idx INTEGER NOT NULL," /* note number, place in it */
	"  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL," /* the note's text, bytes */
	"  raw TEXT NOT NULL, type TEXT,"
	"  title TEXT, container TEXT, issued TEXT, page TEXT, url TEXT,"
	"  quoted_speaker TEXT,"
	"  ibid_note INTEGER, ibid_idx INTEGER,"   /* the citation an Ibid. repeats */
	"  short_note INTEGER, short_idx INTEGER," /* … or a short form */
	"  csl TEXT NOT NULL,"               /* the whole CSL-JSON object */
	"  bibtex TEXT,"
	"  target_document INTEGER,"         /* the corpus document it names */
	"  link_score REAL,"
	"  confidence REAL NOT NULL);"
	"CREATE INDEX citation_document ON citation(document, note, idx);"
	"CREATE INDEX citation_target ON citation(target_document);"
	"CREATE TABLE alias("               /* alias groups for the tokenizer */
	"  grp INTEGER NOT NULL,"
	"  term TEXT NOT NULL);"
	"PRAGMA user_version = 1;";

/* Version 2: the note markers in the body of documents. (Some version 1
 * databases written while version 2 was being made have the table already.)
 * Documents stored before get their markers when they are added again. */
static const char schema_v2[] =
	"CREATE TABLE IF NOT EXISTS note_marker(" /* where a document's body refers to a note */
	"  document INTEGER NOT NULL,"
	"  note INTEGER NOT NULL,"          /* citation.note */
	"  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL);" /* the marker's bytes */
	"CREATE INDEX IF NOT EXISTS note_marker_document ON note_marker(document, note);"
	"PRAGMA user_version = 2;";

/* Version 3: cases and what links to them (include/casetrace/link.h), and
 * settings (linked_through: the newest document linked to the cases). A case
 * keeps its case file's text, read again when linking. */
static const char schema_v3[] =
	"CREATE TABLE case_def("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL, actor TEXT, coalition TEXT,"
	"  theatre TEXT,"                   /* places, '; ' separated */
	"  start TEXT, \"end\" TEXT,"         /* the period, ISO; NULL when open */
	"  notes TEXT,"
	"  path TEXT NOT NULL,"             /* the case file */
	"  definition TEXT NOT NULL,"       /* its text */
	"  loaded TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
	"CREATE TABLE case_link("
	"  case_id INTEGER NOT NULL,"       /* case_def.id */
	"  object_kind TEXT NOT NULL,"      /* document, passage, quote, citation */
	"  object_id INTEGER NOT NULL,"
	"  score REAL NOT NULL,"            /* 0.5..1 */
	"  reason TEXT NOT NULL,"           /* \"actor 'Velmoria' ×3, date in period\" */
	"  PRIMARY KEY(case_id, object_kind, object_id)) WITHOUT ROWID;"
	"CREATE INDEX case_link_object ON case_link(object_kind, object_id);"
	"CREATE TABLE setting(key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
	"PRAGMA user_version = 3;";

/* Version 4: the claims of interview notes (analyse/claims.c: a bullet or
 * paragraph with words, not a heading) and the last corroboration of each
 * (verify): its status and evidence. Restricted material: the claims are
 * byte ranges of the interview's stored text, never copied. */
static const char schema_v4[] =
	"CREATE TABLE claim("
	"  id INTEGER PRIMARY KEY,"
	"  document INTEGER NOT NULL,"      /* the interview notes */
	"  ordinal INTEGER NOT NULL,"       /* 1-based, in the notes' order */
	"  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL," /* bytes of its text */
	"  status TEXT,"                    /* the last verify's, or NULL */
	"  independent INTEGER,"            /* supporting sources, counted once each */
	"  verified TEXT,"                  /* when, ISO 8601 UTC */
	"  UNIQUE(document, ordinal));"
	"CREATE TABLE evidence("
	"  claim INTEGER NOT NULL,"         /* claim.id */
	"  rank INTEGER NOT NULL,"          /* 1 = first in the report */
	"  document INTEGER NOT NULL,"      /* the source */
	"  passage INTEGER,"
	"  score REAL NOT NULL, coverage REAL NOT NULL,"
	"  supports INTEGER NOT NULL, contradicts INTEGER NOT NULL,"
	"  why TEXT,"                       /* how it says otherwise (no claim words) */
	"  same_as INTEGER,"                /* a syndicated copy of this document */
	"  testimony INTEGER NOT NULL,"
	"  PRIMARY KEY(claim, rank)) WITHOUT ROWID;"
	"CREATE INDEX evidence_document ON evidence(document);"
	"PRAGMA user_version = 4;";

/* The index over passages, with the tokenizer chosen at creation. */
static const char fts_v1[] =
	"CREATE VIRTUAL TABLE passage_fts USING fts5(text, content = 'passage',"
	"  content_rowid = 'id', tokenize = '%s remove_diacritics 2');";

ct_status cti_schema_migrate(struct ct_db *db)
{
	sqlite3_stmt *s = NULL;
	int version = -1;
	if (sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (version < 0)
		return cti_db_error(db, CT_EDB, "%s is not a casetrace database (%s)",
		                    db->path, sqlite3_errmsg(db->h));
	if (version > CTI_SCHEMA_VERSION)
		return cti_db_error(db, CT_EDB,
		                    "%s was written by a newer casetrace (schema %d; this "
		                    "one knows up to %d): upgrade casetrace",
		                    db->path, version, CTI_SCHEMA_VERSION);
	if (version == CTI_SCHEMA_VERSION)
		return CT_OK;
	if (sqlite3_db_readonly(db->h, "main") == 1)
		return cti_db_error(db, CT_EDB, "%s needs its schema created or upgraded, "
		                    "but is open read-only", db->path);

	/* Refuse to write our tables into someone else's database. */
	if (version == 0) {
		int n = 0;
		if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM sqlite_schema", -1, &s,
		                       NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
			n = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
		if (n > 0)
			return cti_db_error(db, CT_EDB, "%s holds tables but is not a casetrace "
			                    "database; choose another file with -d", db->path);
	}
	char *err = NULL;
	/* the casetrace tokenizer, or SQLite's own chain for a database that
	 * every SQLite client can search */
	char *sql = version >= 1 ? NULL
	                         : cti_printf(fts_v1, (db->open_flags & CT_OPEN_PLAIN_TOKENIZER)
	                                                  ? "porter unicode61" : "casetrace");
	if (version < 1 && !sql)
		return CT_ENOMEM;
	/* each step from the database's version up, in one transaction */
	int rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, &err);
	if (rc == SQLITE_OK && version < 1)
		rc = sqlite3_exec(db->h, sql, NULL, NULL, &err);
	if (rc == SQLITE_OK && version < 1)
		rc = sqlite3_exec(db->h, schema_v1, NULL, NULL, &err);
	if (rc == SQLITE_OK && version < 2)
		rc = sqlite3_exec(db->h, schema_v2, NULL, NULL, &err);
	if (rc == SQLITE_OK && version < 3)
		rc = sqlite3_exec(db->h, schema_v3, NULL, NULL, &err);
	if (rc == SQLITE_OK && version < 4)
		rc = sqlite3_exec(db->h, schema_v4, NULL, NULL, &err);
	/* the claims of the interviews stored before version 4 */
	if (rc == SQLITE_OK && version >= 1 && version < 4 && cti_db_store_claims(db, 0) != CT_OK) {
		err = sqlite3_mprintf("%s", ct_db_errmsg(db));
		rc = SQLITE_ERROR;
	}
	free(sql);
	if (rc != SQLITE_OK ||
	    sqlite3_exec(db->h, "COMMIT", NULL, NULL, &err) != SQLITE_OK) {
		ct_status st = cti_db_error(db, CT_EDB, "%s the schema in %s: %s",
		                            version ? "upgrading" : "creating", db->path,
		                            err ? err : sqlite3_errmsg(db->h));
		sqlite3_free(err);
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
		return st;
	}
	return CT_OK;
}
