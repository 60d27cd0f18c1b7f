# tools/lib.sh — shared by tools/demo, tools/test and the benchmarks:
# install missing Debian packages, then configure and build with meson.
# Sourced, not run.

CASETRACE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages the build and tests need (Debian names).
CASETRACE_BUILD_DEPS=(gcc meson ninja-build pkg-config libsqlite3-dev libpcre2-dev
	libxml2-dev libpoppler-glib-dev check)
CASETRACE_TEST_DEPS=(sqlite3 jq pandoc)
# What casetrace reads when it runs, if it is there: WordNet 3.0's database
# files (/usr/share/wordnet), with which verify matches a claim's words in
# other words too (without them it matches the claim's own words only).
CASETRACE_RUN_DEPS=(wordnet-base)

say() { printf '%s\n' "$*" >&2; }

# ensure_packages PKG... — install those not installed yet, and only those.
ensure_packages() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	say "casetrace: installing Debian packages: ${missing[*]}"
	local sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null || {
			say "casetrace: need root (or sudo) to install: ${missing[*]}"
			return 1
		}
		sudo=(sudo)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -qq >/dev/null &&
		"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
		{ say "casetrace: apt-get install failed for: ${missing[*]}"; return 1; }
}

# build_dir DIR [MESON-OPTION...] — configure DIR once (with the options),
# then build it. Prints nothing but errors.
build_dir() {
	local dir=$1
	shift
	if [ ! -f "$dir/build.ninja" ]; then
		meson setup "$dir" "$CASETRACE_ROOT" "$@" >"$dir.setup.log" 2>&1 ||
			{ cat "$dir.setup.log" >&2; return 1; }
	fi
	ninja -C "$dir" >"$dir.build.log" 2>&1 ||
		{ grep -E 'error|warning' -A3 "$dir.build.log" >&2 || cat "$dir.build.log" >&2; return 1; }
}

# bench_copy_documents DB N — copy the documents of DB, with their passages
# and quotations, inside the database until it holds about N documents
# (dates spread over 2004-2005 and shifted per copy). The passage index is
# not updated (bench-verify rebuilds it). For the benchmarks only.
bench_copy_documents() {
	local db=$1 docs=$2 base copies
	base=$(sqlite3 "$db" 'SELECT count(*) FROM document')
	copies=$(( (docs + base - 1) / base ))
	say "copying $base documents $copies times inside the database"
	sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE m AS SELECT (SELECT max(id) FROM document) AS d,
  (SELECT max(id) FROM passage) AS p, (SELECT coalesce(max(id), 0) FROM quote) AS q;
CREATE TEMP TABLE k(k INTEGER PRIMARY KEY);
WITH RECURSIVE r(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM r WHERE k < $copies - 1)
INSERT INTO k SELECT k FROM r;
UPDATE document SET published = date('2004-01-01', '+' || ((id * 37) % 730) || ' days');
INSERT INTO document(id, path, part, sha256, kind, title, outlet, author, published, url,
  lang, case_slug, code, restricted, bytes, meta, format, tail)
SELECT d.id + k.k * m.d, d.path || '#' || k.k, d.part, d.sha256, d.kind, d.title, d.outlet,
  d.author, date(d.published, '+' || (k.k % 7) || ' days'), d.url, d.lang, d.case_slug, d.code,
  d.restricted, d.bytes, d.meta, d.format, d.tail
FROM document d, k, m WHERE k.k > 0 AND d.id <= m.d;
INSERT INTO passage(id, document, ordinal, start, "end", page, line, speaker, pre, text)
SELECT p.id + k.k * m.p, p.document + k.k * m.d, p.ordinal, p.start, p."end", p.page, p.line,
  p.speaker, p.pre, p.text FROM passage p, k, m WHERE k.k > 0 AND p.id <= m.p;
INSERT INTO quote(id, document, passage, start, "end", text, speaker, speaker_role, cue, kind,
  outlet, confidence, rule)
SELECT q.id + k.k * m.q, q.document + k.k * m.d, q.passage + k.k * m.p, q.start, q."end", q.text,
  q.speaker, q.speaker_role, q.cue, q.kind, q.outlet, q.confidence, q.rule
FROM quote q, k, m WHERE k.k > 0 AND q.id <= m.q;
COMMIT;
SQL
}
