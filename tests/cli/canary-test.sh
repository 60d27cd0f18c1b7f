#!/usr/bin/env bash
# canary-test.sh CASETRACE SOURCE_ROOT — the confidentiality canary of issue
# #7: each bundled interview file carries a unique string ("Canary: …"); no
# output of any command, in any format, on stdout or stderr, may hold it
# (or the interviews' identities) without --include-restricted (and
# --show-identity). Every command runs on the whole corpus; every stored
# document is shown; the words of the canary line are searched for.
set -u
CT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
CORPUS="$ROOT/corpus"
T=$(mktemp -d "${TMPDIR:-/tmp}/casetrace-canary-XXXXXX")
trap 'rm -rf "$T"' EXIT
unset CASETRACE_DB
. "$(dirname "$0")/lib.sh"

DB="$T/c.db"
ALL="$T/all-output"
: >"$ALL"
# every command's stdout and stderr, appended to one file
out() { "$CT" -d "$DB" "$@" >>"$ALL" 2>&1; }

canaries=$(grep -rhoE 'CANARY[-A-Z0-9]*|[A-Z]+-CANARY-[0-9]+' "$CORPUS/interviews" | sort -u)
check "every interview file carries a canary" \
	test "$(echo "$canaries" | grep -c .)" -eq "$(ls "$CORPUS"/interviews/*.md | wc -l)"
identities=$(sed -n 's/^\(affiliation\|role\|place\): //p' "$CORPUS"/interviews/*.md)
check "the interview files give affiliation, role and place" test -n "$identities"

# run_all: every command, in every format, on the corpus; with MS set the
# manuscript (which describes its interviewees itself) goes in too
run_all() {
	out init
	out aliases --load "$CORPUS/aliases.txt"
	out add "$CORPUS/news" "$CORPUS/transcripts" "$CORPUS/interviews" "$CORPUS/notes" "$CORPUS/cases" $MS
	[ -z "$MS" ] || out add --json "$CORPUS"
	out stats
	out stats --json --check
	out aliases --json
	out link --json
	out reextract
	# search: the canaries themselves, and every word of the canaries' lines
	for c in $canaries; do
		out search "$c"
		out search --json "\"$c\""
		out search --csv "$c"
		[ -n "$MS" ] || continue # the words of the canary lines: once is enough
		grep -h "$c" "$CORPUS"/interviews/*.md | tr -c '[:alnum:]\n' ' ' | tr ' ' '\n' |
			grep -E '^[[:alpha:]]{4,}$' | sort -u | while read -r w; do
				out search --limit 100 "$w"
				out search --json --limit 100 "$w"
			done
	done
	# every stored document
	ids=$("$CT" -d "$DB" search --json --limit 1000 --include-restricted 'the OR a' 2>/dev/null | jq -r .doc | sort -un)
	check "documents to show" test -n "$ids"
	for id in $ids; do
		out show "$id"
		out show --json --passages "$id"
	done
	for c in VEL-MOD-1 OST-FA-2; do
		out show "$c"
	done
	for f in "" --json --csv; do
		out quotes $f --limit 100000
		out quotes $f --kind interview
	done
	out quotes --speaker official
	for f in "" --json --csl --bibtex; do
		out cites $f
	done
	out cases
	out cases --json
	for slug in vel-harrow ost-kessar; do
		for f in md html json; do
			out case --format $f "$slug"
		done
		out search --case "$slug" --limit 1000 Velmoria
		out quotes --case "$slug"
		out cites --case "$slug" --json
	done
	for f in md html json; do
		out verify --format $f VEL-MOD-1 OST-FA-2
		out verify --format $f "$CORPUS/interviews/VEL-MOD-1.md"
	done
	for f in md json; do
		out check-quotes --format $f "$CORPUS/manuscripts/chapter-3-harrow.md"
	done
	out verify NO-SUCH-CODE
	out show no-such-document
}

MS="$CORPUS/manuscripts"
run_all
check "the commands wrote output to check" test "$(wc -c <"$ALL")" -gt 100000
for c in $canaries; do
	check "no canary $c in any command's output without --include-restricted" \
		bash -c "! grep -q -- '$c' '$ALL'"
done
# the draft chapter describes its interviewees in its own words ("a senior
# planner in the Ministry of Defence"): identities are checked on a corpus
# without it
DB="$T/c2.db"
: >"$ALL"
MS=
run_all
while IFS= read -r who; do
	[ -n "$who" ] || continue
	check "no identity '$who' in any output without --show-identity" bash -c "! grep -qF -- '$who' '$ALL'"
done <<<"$identities"

# and the check can fail: with the flags, the canaries and identities appear
: >"$ALL"
out show --include-restricted VEL-MOD-1
out verify --include-restricted --show-identity VEL-MOD-1
c1=$(echo "$canaries" | grep HARROW | head -1)
check "with --include-restricted the canary $c1 does appear (the check above can fail)" grep -q -- "$c1" "$ALL"
check "with --show-identity the affiliation does appear" grep -q 'Ministry of Defence official' "$ALL"
finish
