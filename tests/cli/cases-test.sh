#!/usr/bin/env bash
# cases-test.sh CASETRACE SOURCE_ROOT — end-to-end tests of cases: case
# files, linking, the dossier (timeline order, sections, formats), filters by
# case, confidentiality in dossiers, and bad case files. The expected links
# for corpus/'s two fictional cases are written here, from the corpus's own
# README (which articles are about which case).
set -u
CT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
CORPUS="$ROOT/corpus"
T=$(mktemp -d "${TMPDIR:-/tmp}/casetrace-cases-XXXXXX")
trap 'rm -rf "$T"' EXIT
unset CASETRACE_DB
. "$(dirname "$0")/lib.sh"

DB="$T/c.db"
for c in cases case link; do
	run 0 "$CT" "$c" --help && check "$c --help prints usage" grep -q "^Usage: casetrace.* $c" "$T/out"
done

# --- add loads case files and links ----------------------------------------
run 0 "$CT" -d "$DB" aliases --load "$CORPUS/aliases.txt"
run 0 "$CT" -d "$DB" add --json "$CORPUS/news" "$CORPUS/transcripts" "$CORPUS/interviews" \
	"$CORPUS/notes" "$CORPUS/manuscripts" "$CORPUS/cases" &&
	check "add loads the two case files and links" jqt '.cases == 2 and .case_links > 100' "$T/out"
run 0 "$CT" -d "$DB" cases --json &&
	check "cases --json lists both with counts" \
		jqt -s 'length == 2 and (map(.slug) == ["ost-kessar", "vel-harrow"]) and all(.documents >= 15 and .quotes >= 50 and .interviews == 1)' "$T/out"
run 0 "$CT" -d "$DB" cases && check "cases prints a line per case" grep -q '^vel-harrow  Velmoria in Harrow Province' "$T/out"

# the links the corpus README describes
run 0 "$CT" -d "$DB" case --json vel-harrow && cp "$T/out" "$T/vel.json"
run 0 "$CT" -d "$DB" case --json ost-kessar && cp "$T/out" "$T/ost.json"
has() { jqt --arg p "$2" '[.documents[].path | select(endswith($p))] | length > 0' "$1"; }
for f in herald-2006-03-02-task-force-harrow.md herald-2007-09-03-tarvik-palace.md \
	meridian-2007-09-04-palace-exit.md caldora-times-2007-12-17-harrow-handover.md \
	inquiry-2011-01-21-hardcastle.txt chapter-3-harrow.md; do
	check "vel-harrow links $f" has "$T/vel.json" "$f"
done
for f in dagblad-2008-01-16-final-extension.md dagblad-2010-02-20-government-falls.md \
	dagblad-2010-08-02-brenmoor-flag.md committee-2010-02-10-ostland.txt; do
	check "ost-kessar links $f" has "$T/ost.json" "$f"
	check "vel-harrow does not link $f" bash -c "! jq -e --arg p '$f' '[.documents[].path | select(endswith(\$p))] | length > 0' '$T/vel.json' >/dev/null"
done
for f in herald-2007-09-03-tarvik-palace.md caldora-times-2006-06-19-tarvik-militias.txt; do
	check "ost-kessar does not link $f" bash -c "! jq -e --arg p '$f' '[.documents[].path | select(endswith(\$p))] | length > 0' '$T/ost.json' >/dev/null"
done
check "every link gives a reason" jqt 'all(.documents[]; (.reason | length) > 5)' "$T/vel.json"
check "a declared document links with score 1 and says why" \
	jqt '[.documents[] | select(.path | endswith("chapter-3-harrow.md"))][0] | .score == 1 and (.reason | test("front matter"))' "$T/vel.json"

# --- the dossier -----------------------------------------------------------
check "the timeline is in date order" jqt '[.timeline[].date] as $d | $d == ($d | sort)' "$T/vel.json"
check "the timeline holds documents, passages with written dates and quotations" \
	jqt '[.timeline[].kind] | (index("document") != null) and (index("passage") != null) and (index("quote") != null)' "$T/vel.json"
check "a date written as 'yesterday' is placed the day before publication" \
	jqt '[.timeline[] | select(.kind == "passage" and .date == "2007-02-20" and .written == "yesterday")] | length >= 1' "$T/vel.json"
check "notes are sources, not timeline events" \
	jqt '[.timeline[] | select(.kind == "passage" and (.path | endswith("chapter-3-harrow.md")) and (.text | test("^[0-9]+\\. ")))] | length == 0' "$T/vel.json"
check "who said what groups quotations by speaker" \
	jqt '[.speakers[] | select(.speaker == "Simon Keele")][0].quotes | length >= 2' "$T/vel.json"
check "speakers come most quoted first" \
	jqt '[.speakers[] | select(.speaker != "(unattributed)") | .quotes | length] as $c | $c == ($c | sort | reverse)' "$T/vel.json"
check "sources say which citations resolve to the corpus" \
	jqt '([.sources[] | select(."target-doc" != null)] | length) >= 10 and ([.sources[] | select(."target-doc" == null)] | length) >= 5' "$T/vel.json"
check "coverage counts every month of the period (2006-03..2007-12)" \
	jqt '(.coverage.months | length) == 22 and .coverage.months[0].month == "2006-03" and (.coverage.gaps | length) > 0' "$T/vel.json"
check "coverage counts outlets" jqt '[.coverage.outlets[] | select(.outlet == "The Northgate Herald")][0].documents >= 3' "$T/vel.json"
run 0 "$CT" -d "$DB" case vel-harrow --json --from 2007-09-01 --to 2007-09-30 &&
	check "--from/--to keep the timeline inside the window" \
		jqt '(.timeline | length) > 3 and all(.timeline[]; .date >= "2007-09" and .date <= "2007-09-30")' "$T/out"
run 0 "$CT" -d "$DB" case vel-harrow
for s in '## Timeline' '## Who said what' '## Sources' '## Coverage' '## Documents'; do
	check "Markdown dossier has '$s'" grep -q "^$s" "$T/out"
done
run 0 "$CT" -d "$DB" case vel-harrow --format html -o "$T/vel.html" &&
	check "HTML dossier is one page with its style and print rules" \
		bash -c "grep -q '^<!DOCTYPE html>' '$T/vel.html' && grep -q '@media print' '$T/vel.html' && ! grep -qiE '<(script|link)[ >]|src=' '$T/vel.html'"
check "HTML dossier escapes text" bash -c "! grep -q '<q>[^<]*&[^a#][^;]*</q>' '$T/vel.html'"
run 2 "$CT" -d "$DB" case nope && check "an unknown case is a usage error" grep -q "no case 'nope'" "$T/err"
run 2 "$CT" -d "$DB" case --format pdf vel-harrow && check "an unknown format is refused" grep -q 'md, html or json' "$T/err"
run 2 "$CT" -d "$DB" case --from someday vel-harrow && check "a bad --from date is refused" grep -q "someday" "$T/err"

# --- filters by case -----------------------------------------------------
run 0 "$CT" -d "$DB" search --json --case ost-kessar Riksting &&
	check "search --case ost-kessar finds only its documents" \
		jqt -s 'length > 0 and all(.path | test("herald-2007-09-03") | not)' "$T/out"
run 0 "$CT" -d "$DB" search --json --case vel-harrow Riksting && n_v=$(jq -s length "$T/out")
run 0 "$CT" -d "$DB" search --json Riksting && n_all=$(jq -s length "$T/out")
check "search --case narrows the results" test "${n_v:-0}" -lt "${n_all:-0}"
run 0 "$CT" -d "$DB" quotes --json --case vel-harrow --speaker keele &&
	check "quotes --case vel-harrow --speaker keele" jqt -s 'length >= 2' "$T/out"
run 0 "$CT" -d "$DB" quotes --json --case ost-kessar --speaker keele &&
	check "quotes --case ost-kessar has no Keele" test ! -s "$T/out"
run 0 "$CT" -d "$DB" cites --json --case ost-kessar &&
	check "cites --case ost-kessar: the chapter's notes on Ostland" \
		jqt -s 'length >= 3 and length < 42 and any(.title // "" | test("Government Falls"))' "$T/out"
run 2 "$CT" -d "$DB" quotes --case nope && check "quotes --case of an unknown case" grep -q "no case 'nope'" "$T/err"

# --- confidentiality in dossiers ------------------------------------------
canaries=$(grep -rhoE 'CANARY[-A-Z0-9]*|[A-Z]+-CANARY-[0-9]+' "$CORPUS/interviews" | sort -u)
check "the interview notes carry canary strings" test -n "$canaries"
for slug in vel-harrow ost-kessar; do
	for f in md html json; do "$CT" -d "$DB" case --format $f $slug; done >"$T/all.out" 2>&1
	"$CT" -d "$DB" cases --json >>"$T/all.out" 2>&1
	for c in $canaries; do
		check "no canary $c in $slug's dossiers without --include-restricted" bash -c "! grep -q '$c' '$T/all.out'"
	done
	check "no interview document in $slug's dossier" bash -c "! grep -q 'interviews/' '$T/all.out'"
done
run 0 "$CT" -d "$DB" case --json --include-restricted vel-harrow &&
	check "--include-restricted adds the interview notes, marked restricted" \
		jqt '[.documents[] | select(.restricted)] | length == 1 and (.[0].path | test("interviews/VEL-MOD-1"))' "$T/out"

# --- bad case files ----------------------------------------------------------
mkdir -p "$T/cases"
printf '[case]\nslug = good-one\nactor = Velmoria\nterms = Palace\n' >"$T/cases/good.case"
printf '[case]\nslug = bad\nactor = X\ncolour = red\npattern = (open\nperiod = 2007..soon\n' >"$T/cases/bad.case"
run 3 "$CT" -d "$DB" cases load "$T/cases/bad.case" "$T/cases/good.case"
check "a bad case file: unknown key with file:line" grep -q 'bad.case:4: unknown key .colour.' "$T/err"
check "a bad case file: PCRE2 offset" grep -q 'bad.case:5: pattern rejected by PCRE2 at offset 5' "$T/err"
check "a bad case file: bad period date" grep -q "bad.case:6: period end 'soon'" "$T/err"
run 0 "$CT" -d "$DB" cases --json && check "the good file still loaded, the bad one not" \
	jqt -s 'map(.slug) == ["good-one", "ost-kessar", "vel-harrow"]' "$T/out"
run 0 "$CT" -d "$DB" cases remove good-one && check "cases remove" grep -q 'removed case good-one' "$T/err"
run 2 "$CT" -d "$DB" cases remove good-one && check "removing it again is an error" grep -q "no case 'good-one'" "$T/err"
mkdir -p "$T/folder"
cp "$T/cases/bad.case" "$T/folder/"
printf -- '---\ntitle: Note\ndate: 2007-05-01\ncase: vel-harrow\n---\nNothing about quetzalcoatlus.\n' >"$T/folder/note.md"
run 1 "$CT" -d "$DB" add --json "$T/folder" &&
	check "add: a bad case file counts as failed, the rest goes in" jqt '.failed == 1 and .added == 1' "$T/out"
run 0 "$CT" -d "$DB" search --json --case vel-harrow quetzalcoatlus &&
	check "front matter case: links a document that names nothing" jqt -s 'length == 1' "$T/out"

# --- link and consistency ---------------------------------------------------
run 0 "$CT" -d "$DB" link --json && links=$(jq .links "$T/out")
run 0 "$CT" -d "$DB" link --json &&
	check "link is idempotent" jqt --argjson l "${links:-0}" '.links == $l and .by_kind.document > 30' "$T/out"
run 0 "$CT" -d "$DB" reextract && run 0 "$CT" -d "$DB" stats --check &&
	check "after reextract the case links still point at existing quotations" grep -q 'Check *ok' "$T/out"
run 0 "$CT" -d "$DB" cases --json &&
	check "reextract kept the quotations linked" jqt -s 'all(.quotes >= 50)' "$T/out"

finish
