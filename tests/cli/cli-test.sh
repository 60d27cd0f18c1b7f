#!/usr/bin/env bash
# cli-test.sh CASETRACE SOURCE_ROOT — end-to-end tests of the casetrace
# program: the bundled corpus, then broken inputs. Prints one line per check;
# exits 1 if any failed.
set -u
CT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
CORPUS="$ROOT/corpus"
T=$(mktemp -d "${TMPDIR:-/tmp}/casetrace-cli-XXXXXX")
trap 'rm -rf "$T"' EXIT
export CASETRACE_DB="$T/env.db"
unset CASETRACE_DB_UNUSED
. "$(dirname "$0")/lib.sh"
json_lines_valid() { # every line of $1 is a JSON object
	jq -e -s 'length > 0 and all(type == "object")' "$1" >/dev/null 2>&1
}

DB="$T/c.db"
KINDS=(news transcripts interviews notes manuscripts)
dirs=()
for k in "${KINDS[@]}"; do dirs+=("$CORPUS/$k"); done
nfiles=$(find "${dirs[@]}" -type f \( -name '*.md' -o -name '*.txt' \) ! -name '.*' | wc -l)

# --- help and usage -------------------------------------------------------
run 0 "$CT" --help && check "--help lists the commands" grep -q 'search' "$T/out"
for c in init add search show stats; do
	run 0 "$CT" "$c" --help && check "$c --help prints usage" grep -q "^Usage: casetrace.* $c" "$T/out"
done
run 2 "$CT" frobnicate && check "unknown command names it" grep -q "unknown command 'frobnicate'" "$T/err"
run 2 "$CT" -d "$DB" search && check "search without a query is a usage error" grep -q 'give a query' "$T/err"
run 4 "$CT" -d "$T/none.db" search Basra && check "a missing database says how to make one" grep -q 'casetrace init' "$T/err"
check "search did not create a database" test ! -e "$T/none.db"

# --- the corpus ----------------------------------------------------------
run 0 "$CT" -d "$DB" init && check "init creates the database" test -f "$DB"
check "the database is private (0600)" test "$(stat -c %a "$DB")" = 600
run 0 "$CT" -d "$DB" aliases --load "$CORPUS/aliases.txt" &&
	check "aliases --load loads the corpus groups" grep -qE 'loaded [0-9]+ alias groups' "$T/out"
run 0 "$CT" -d "$DB" aliases --json &&
	check "aliases --json lists groups" jqt -s 'length > 10 and all(has("group") and (.terms | length) >= 2)' "$T/out"
run 0 "$CT" -d "$DB" add --json "${dirs[@]}" &&
	check "add takes every corpus file ($nfiles)" \
		jqt --argjson n "$nfiles" '.added == $n and .failed == 0' "$T/out"
run 0 "$CT" -d "$DB" add "${dirs[@]}" &&
	check "a second add finds everything unchanged" grep -q "unchanged $nfiles," "$T/out"
run 0 "$CT" -d "$DB" stats --json --check &&
	check "stats counts documents and passes --check" \
		jqt --argjson n "$nfiles" '.files == $n and .documents >= .files and .passages > .documents and .check == "ok" and .by_kind.news >= 20 and .by_kind.interview >= 2 and .quotes > 100 and .speakers > 30' "$T/out"
run 0 "$CT" -d "$DB" stats && check "stats in text names kinds" grep -q 'news' "$T/out"

run 0 "$CT" -d "$DB" search --json 'withdraw*'
check "search --json gives JSON objects" json_lines_valid "$T/out"
check "search --json has the documented fields" \
	jqt -s 'all(has("doc") and has("path") and has("kind") and has("title") and has("outlet") and has("date") and has("score") and has("snippet") and has("start") and has("end"))' "$T/out"
check "one result per document" jqt -s '(map(.doc) | unique | length) == length' "$T/out"
check "results come best first" jqt -s '[.[].score] as $s | $s == ($s | sort | reverse)' "$T/out"
check "snippets mark the matching terms" jqt -s 'all(.snippet | test("\\*\\*"))' "$T/out"

run 0 "$CT" -d "$DB" search --json --kind news --from 2007-06-01 --to 2007-12-31 'withdraw* OR drawdown'
check "--kind/--from/--to keep to news of the second half of 2007" \
	jqt -s 'length > 0 and all(.kind == "news" and .date >= "2007-06-01" and .date <= "2007-12-31")' "$T/out"
outlet=$(jq -r -s '.[0].outlet' "$T/out")
run 0 "$CT" -d "$DB" search --json --outlet "${outlet,,}" 'withdraw* OR drawdown'
check "--outlet matches any case" jqt -s --arg o "$outlet" 'length > 0 and all(.outlet == $o)' "$T/out"
run 0 "$CT" -d "$DB" search --json --limit 2 'the'
check "--limit" jqt -s 'length == 2' "$T/out"
run 0 "$CT" -d "$DB" search --csv 'withdraw*'
check "--csv has a header and rows" test "$(head -1 "$T/out" | tr -d '\r')" = "doc,path,kind,title,outlet,date,score,snippet,start,end,passages,restricted"
run 0 "$CT" -d "$DB" search 'xyzzyplugh' && check "no match is not an error" test ! -s "$T/out"

# --- quotations -------------------------------------------------------------
run 0 "$CT" -d "$DB" quotes --json --speaker keele
check "quotes --speaker finds Brig. Keele's quotations, with outlet and date" \
	jqt -s 'length >= 3 and all((.speaker | test("Keele")) and .source != null and .date != null and (.role | test("Brig")))' "$T/out"
check "quotes --json has the documented fields" \
	jqt -s 'all(has("doc") and has("path") and has("start") and has("end") and has("text") and has("speaker") and has("role") and has("cue") and has("kind") and has("outlet") and has("confidence"))' "$T/out"
run 0 "$CT" -d "$DB" quotes --json --quote-kind turn
check "transcript turns are quotes of kind turn" jqt -s 'length >= 40 and all(.kind == "turn" and .speaker != null)' "$T/out"
run 0 "$CT" -d "$DB" quotes --json
check "quotes leave out restricted documents" jqt -s 'length > 100 and all(.restricted == false)' "$T/out"
nq=$(jq -s length "$T/out")
run 0 "$CT" -d "$DB" quotes --csv --limit 3
check "quotes --csv: a header and 3 rows" test "$(wc -l <"$T/out")" -eq 4
run 0 "$CT" extract-quotes --json "$CORPUS/news/herald-2007-09-03-tarvik-palace.md"
check "extract-quotes without a database" jqt -s 'length >= 5 and any(.speaker == "Daniel Ferris") and all(.doc == null and (.parts | length) >= 1)' "$T/out"
# the JSON line is gathered and written at once; strings that need escapes
# are written by the library
printf 'Smith said: \xe2\x80\x9cWe \\ stay\there, \x7f ok.\xe2\x80\x9d Jones said, \xe2\x80\x9cfine\xe2\x80\x9d.\n\n\xe2\x80\x9cA\\B,\xe2\x80\x9d said Dr. Anna Berg.\n' >"$T/esc.txt"
run 0 "$CT" extract-quotes --json "$T/esc.txt"
check "extract-quotes --json escapes" jqt -s 'length == 3 and .[0].text == "We \\ stay\there, \u007f ok." and .[0].speaker == "Smith" and .[2].text == "A\\B," and .[2].role == "Dr." and .[1].confidence == 0.87' "$T/out"
check "extract-quotes --json escapes as written" grep -qF '"text":"We \\ stay\there, \u007f ok.","speaker":"Smith","role":null,"cue":"said","kind":"direct","outlet":null,"confidence":0.87,"rule":"before-colon","parts":[[15,36]]}' "$T/out"
mkdir -p "$T/rules"
printf '[rule broken]\nlang = en\npattern = {{Q}}(?<speaker>[x\n' >"$T/rules/bad.rules"
run 3 "$CT" extract-quotes --rules "$T/rules" "$CORPUS/news/herald-2007-09-03-tarvik-palace.md"
check "a bad user rule: file:line and PCRE2's offset, exit 3, the rest still runs" \
	bash -c "grep -q 'bad.rules:3: rule .broken.: pattern rejected by PCRE2 at offset' '$T/err' && grep -q 'Daniel Ferris' '$T/out'"
run 0 "$CT" -d "$DB" reextract && check "reextract re-runs the rules" grep -qE '[0-9]+ quotations in [0-9]+ documents' "$T/out"
run 0 "$CT" -d "$DB" quotes --json
check "reextract gives the same quotations ($nq)" test "$(jq -s length "$T/out")" = "$nq"

# --- citations ---------------------------------------------------------------
printf '1\tThomas Hardwick, "Velmorian Troops Leave Tarvik Palace Base," The Northgate Herald, September 3, 2007.\n2\tIbid., 4.\n3\tBrig. Alan Moorcroft, as quoted in Petra Lindqvist, "Stretched Thin," Meridian Post, March 2, 2007.\n' >"$T/notes.txt"
run 0 "$CT" parse-cite --json <"$T/notes.txt"
check "parse-cite --json: CSL-JSON, Ibid. and as-quoted-in resolved" \
	jqt -s 'length == 3 and .[0].type == "article-newspaper" and .[0].issued["date-parts"][0] == [2007,9,3] and .[1]["ibid-of"].note == 1 and .[1].page == "4" and (.[2]["quoted-speaker"] | test("Moorcroft"))' "$T/out"
run 2 "$CT" parse-cite --frobnicate </dev/null && check "parse-cite: a bad option is a usage error" grep -q "parse-cite" "$T/err"

# citations of stored documents, linked to the corpus (answer key:
# tests/corpus-answers/manuscripts.md, "Resolves to")
ms=$(find "$CORPUS/manuscripts" -name '*.md' | head -1)
run 0 "$CT" -d "$DB" cites --json --doc "$ms"
check "cites: the manuscript's notes, as CSL-JSON with doc and note offsets" \
	jqt -s 'length >= 36 and all(has("type") and has("doc") and has("start") and has("end") and has("target-doc"))' "$T/out"
grep -E '^\| [0-9]+ \| newspaper' "$ROOT/tests/corpus-answers/manuscripts.md" |
	sed -E 's/^\| ([0-9]+) \|.*\| news\/([^ ]+).*/\1 \2/' >"$T/links.txt"
while read -r note file; do
	check "note $note links to news/$file" \
		jqt -s --argjson n "$note" --arg f "$file" 'any(.note == $n and (.["target-path"] // "" | endswith("/" + $f)))' "$T/out"
done <"$T/links.txt"
check "the answer key gave links to check" test "$(wc -l <"$T/links.txt")" -ge 12
check "cites --json: each of the manuscript's 36 notes has the marker where the text refers to it" \
	jqt -s '[.[] | select(.markers | length == 1) | .note] | unique | length == 36' "$T/out"
check "cites --json: markers sit before their note's text" \
	jqt -s 'all(.markers | length > 0) and all(.markers[0] < .start)' "$T/out"
# the marker styles of the answer key (superscript, bracketed, plain digits)
cp "$T/out" "$T/cites.json"
run 0 "$CT" -d "$DB" show --json "$ms" && jq -j .text "$T/out" >"$T/ms.txt"
for want in '7 [7]' '14 14' '19 ¹⁹' '28 28' '13 [13]'; do
	note=${want%% *} form=${want#* }
	off=$(jq -s --argjson n "$note" 'map(select(.note == $n)) | .[0].markers[0]' "$T/cites.json")
	got=$(tail -c +$((off + 1)) "$T/ms.txt" | head -c "$(printf %s "$form" | wc -c)")
	check "note $note's marker is $form" test "$got" = "$form"
done
# interview citations link to the interview notes they name, which only
# --include-restricted shows (answer key: notes 11 and 23 → VEL-MOD-1, 30 → OST-FA-2)
check "interview citations: linked, but the notes they name are withheld" \
	jqt -s '[.[] | select(.type == "interview")] | length == 3 and all(.["target-restricted"] and .["target-doc"] == null and .["target-path"] == null)' "$T/cites.json"
check "nothing in cites names the interview notes without --include-restricted" \
	sh -c '! grep -q "VEL-MOD-1\|OST-FA-2" "$1"' - "$T/cites.json"
run 0 "$CT" -d "$DB" show "$ms"
check "nor does show of the manuscript" sh -c '! grep -q "VEL-MOD-1\|OST-FA-2" "$1" && grep -q "restricted interview notes" "$1"' - "$T/out"
run 0 "$CT" -d "$DB" cites --json --include-restricted --doc "$ms"
for want in '11 VEL-MOD-1' '23 VEL-MOD-1' '30 OST-FA-2'; do
	note=${want%% *} code=${want#* }
	check "with --include-restricted, interview note $note links to interviews/$code.md" \
		jqt -s --argjson n "$note" --arg f "/interviews/$code.md" 'any(.note == $n and .["target-restricted"] and (.["target-path"] // "" | endswith($f)))' "$T/out"
done
# reextract finds the notes, markers and citations again, and links them
run 0 "$CT" -d "$DB" cites --json --include-restricted && cp "$T/out" "$T/cites-before.json"
sqlite3 "$DB" 'DELETE FROM citation; DELETE FROM note_marker'
run 0 "$CT" -d "$DB" reextract && check "reextract says how many citations" grep -qE '; [1-9][0-9]* citations$' "$T/out"
run 0 "$CT" -d "$DB" cites --json --include-restricted
check "reextract restores every citation, marker and link" cmp -s "$T/out" "$T/cites-before.json"
# footnotes at the bottoms of a PDF's pages, linked to the article they name
run 0 "$CT" -d "$T/pdfnotes.db" add "$ROOT/tests/data/pdf/report-footnotes.pdf" "$CORPUS/news/herald-2007-02-21-troop-cut.md"
run 0 "$CT" -d "$T/pdfnotes.db" cites --json
check "PDF page-bottom footnotes: notes 1-3, each with its raised marker" \
	jqt -s 'map([.note, (.markers | length)]) == [[1, 1], [2, 1], [3, 1]]' "$T/out"
check "PDF footnote 1 and its Ibid. link to the Herald article" \
	jqt -s '[.[] | select(.note <= 2) | .["target-path"] // "" | endswith("/herald-2007-02-21-troop-cut.md")] == [true, true]' "$T/out"
check "PDF footnote 3 is an interview with its date" \
	jqt -s '.[2].type == "interview" and .[2].interview.date == "2013-09-20"' "$T/out"
cp "$T/out" "$T/pdfnotes.json"
run 0 "$CT" -d "$T/pdfnotes.db" reextract
run 0 "$CT" -d "$T/pdfnotes.db" cites --json
check "reextract finds a PDF's page-bottom footnotes again (pages from the stored passages)" cmp -s "$T/out" "$T/pdfnotes.json"
# a code links on its own; a date alone does not; two notes of the same date
# and affiliation are a tie and link neither
mkdir -p "$T/iv/interviews" "$T/iv/ms"
printf -- '---\nkind: interview\ncode: TST-A-1\naffiliation: Foreign Office official\nplace: Arvane\ndate: 2012-05-02\n---\n- A.\n' >"$T/iv/interviews/a.md"
printf -- '---\nkind: interview\ncode: TST-B-1\naffiliation: Foreign Office official\nplace: Arvane\ndate: 2012-05-02\n---\n- B.\n' >"$T/iv/interviews/b.md"
printf -- '---\nkind: interview\ncode: TST-C-1\naffiliation: Treasury official\nplace: Northgate\ndate: 2012-06-09\n---\n- C.\n' >"$T/iv/interviews/c.md"
printf '# Draft\n\nText.[^1] More.[^2] And.[^3]\n\n[^1]: Interview TST-B-1, 2 May 2012.\n[^2]: Interview, Foreign Office official, Arvane, May 2, 2012.\n[^3]: Interview, Defence Staff officer, Kessar, June 9, 2012.\n[^4]: Interview, Treasury official, June 9, 2012.\n' >"$T/iv/ms/draft.md"
run 0 "$CT" -d "$T/iv.db" add "$T/iv/interviews" "$T/iv/ms"
run 0 "$CT" -d "$T/iv.db" cites --json --include-restricted
check "interview linking: by code; not on a tie; not on a date alone; date + affiliation" \
	jqt -s 'map({(.note | tostring): (.["target-path"] // "none" | split("/") | last)}) | add == {"1": "b.md", "2": "none", "3": "none", "4": "c.md"}' "$T/out"
run 0 "$CT" -d "$DB" cites --csl --doc "$ms" && check "cites --csl is one JSON array" jqt 'type == "array" and length >= 36' "$T/out"
# pandoc (a citation consumer researchers use) reads both exports: same
# number of items, authors, titles and dates kept
ncsl=$(jq length "$T/out")
if pandoc -f csljson -t csljson "$T/out" >"$T/pandoc-csl.json" 2>"$T/err"; then
	check "pandoc reads cites --csl: $ncsl items, authors, titles and dates kept" \
		jqt --argjson n "$ncsl" 'length == $n and (map(select(.author)) | length) >= 20 and all(has("title") or has("note") or has("type")) and (map(select(.issued)) | length) >= 15' "$T/pandoc-csl.json"
else
	not_ok "pandoc reads cites --csl" "$(head -c 400 "$T/err")"
fi
run 0 "$CT" -d "$DB" cites --bibtex --doc "$ms"
check "cites --bibtex: one entry per citation" test "$(grep -c '^@' "$T/out")" = "$ncsl"
if pandoc -f bibtex -t csljson "$T/out" >"$T/pandoc-bib.json" 2>"$T/err"; then
	check "pandoc reads cites --bibtex: $ncsl entries, authors and titles kept" \
		jqt --argjson n "$ncsl" 'length == $n and (map(select(.author)) | length) >= 20 and (map(select(.title)) | length) >= 20' "$T/pandoc-bib.json"
	check "pandoc reads cites --bibtex without warnings" test ! -s "$T/err"
else
	not_ok "pandoc reads cites --bibtex" "$(head -c 400 "$T/err")"
fi
run 0 "$CT" -d "$DB" show news/herald-2007-09-03-tarvik-palace.md &&
	check "show lists what cites a document" grep -q '^Cited by:' "$T/out"

# --- the tokenizer: spellings and aliases ---------------------------------
run 0 "$CT" -d "$DB" search --json --limit 100 'defense'
d1=$(jq -s length "$T/out")
run 0 "$CT" -d "$DB" search --json --limit 100 'defence'
d2=$(jq -s length "$T/out")
check "defense and defence find the same documents ($d1)" test "$d1" -gt 0 -a "$d1" = "$d2"
run 0 "$CT" -d "$DB" search --json --limit 100 'labor'
check "labor finds British labour" jqt -s 'length > 0 and any(.snippet | test("\\*\\*[Ll]abour"))' "$T/out"
run 0 "$CT" -d "$T/plain.db" init --plain-tokenizer && check "init --plain-tokenizer" grep -q Created "$T/out"
run 2 "$CT" -d "$T/plain.db" init --plain-tokenizer && check "init --plain-tokenizer refuses an existing database" grep -q 'exists already' "$T/err"
printf 'Velmoria, Velmorian\nlonely\n' >"$T/bad-aliases.txt"
run 3 "$CT" -d "$T/plain.db" aliases --load "$T/bad-aliases.txt" &&
	check "a bad alias line is reported with file:line, exit 3" grep -q 'bad-aliases.txt:2: a group needs two terms' "$T/err"

# --- transcripts: speaker turns ---------------------------------------------
tr=$(find "$CORPUS/transcripts" -name 'inquiry-*' | head -1)
run 0 "$CT" -d "$DB" show --json "$tr" &&
	check "transcript passages carry speakers and pages" \
		jqt '([.passages[] | select(.speaker != null)] | length) > 20 and ([.passages[] | select(.page != null)] | length) > 20' "$T/out"

mkdir -p "$T/tr/transcripts"
printf 'The committee met and heard evidence.\n\nNo one is named here.\n' >"$T/tr/transcripts/flat.txt"
run 0 "$CT" -d "$T/tr.db" add "$T/tr" &&
	check "a transcript without turns is reported and still indexed" \
		grep -q 'flat.txt: transcript with no recognisable speaker turns' "$T/err"

# --- confidentiality: interview notes stay out of output ------------------
canaries=$(grep -rhoE 'CANARY[-A-Z0-9]*|[A-Z]+-CANARY-[0-9]+' "$CORPUS/interviews" | sort -u)
check "the interview notes carry canary strings" test -n "$canaries"
for c in $canaries; do
	term=${c//-/ }
	run 0 "$CT" -d "$DB" search "\"$term\"" &&
		check "canary $c is not found without --include-restricted" test ! -s "$T/out"
	run 0 "$CT" -d "$DB" search --include-restricted "\"$term\"" &&
		check "canary $c is found with --include-restricted, marked RESTRICTED" grep -q RESTRICTED "$T/out"
done
run 0 "$CT" -d "$DB" search --kind interview 'the' &&
	check "searching interviews without --include-restricted says why nothing came" \
		grep -q 'note: interview notes are restricted' "$T/err"
iv=$(find "$CORPUS/interviews" -name '*.md' | head -1)
run 2 "$CT" -d "$DB" show "$iv" && check "show refuses a restricted document" grep -q 'restricted' "$T/err"
for c in $canaries; do
	check "no canary $c in show's refusal" bash -c "! grep -q '$c' '$T/out' '$T/err'"
	"$CT" -d "$DB" quotes --json >"$T/q.out" 2>&1
	"$CT" -d "$DB" quotes >>"$T/q.out" 2>&1
	check "no canary $c in any quotation listing" bash -c "! grep -q '$c' '$T/q.out'"
done
run 0 "$CT" -d "$DB" show --include-restricted --json "$iv" &&
	check "show --include-restricted gives it, restricted:true" jqt '.restricted == true and .kind == "interview"' "$T/out"

# --- show ----------------------------------------------------------------
first=$(find "$CORPUS/news" -name '*.md' | sort | head -1)
rel=news/$(basename "$first")
run 0 "$CT" -d "$DB" show --json "$rel" &&
	check "show by path ending" jqt --arg p "$first" '.path == $p and (.text | length) > 100 and (.passages | length) > 1' "$T/out"
id=$(jq -r .doc "$T/out")
run 0 "$CT" -d "$DB" show "$id" && check "show by id prints the text" grep -q '^Title:' "$T/out"
run 0 "$CT" -d "$DB" show --passages "$id" && check "show --passages lists byte ranges" grep -qE '#0 \[[0-9]+, [0-9]+\)' "$T/out"
run 2 "$CT" -d "$DB" show 99999 && check "show of a missing document" grep -q 'no document' "$T/err"

# --- query errors: one line, our words, exit 2 ----------------------------
for q in '"Basra withdrawal' 'Basra AND' 'U.S. troops' '(Basra' 'NEAR(Basra, x)'; do
	if run 2 "$CT" -d "$DB" search "$q"; then
		if [ "$(wc -l <"$T/err")" -eq 1 ] && ! grep -q 'fts5' "$T/err"; then
			ok "bad query '$q' explained in one line"
		else
			not_ok "bad query '$q' explained in one line" "$(cat "$T/err")"
		fi
	fi
done
run 2 "$CT" -d "$DB" search --from 'last spring' Basra && check "bad --from date" grep -q "last spring" "$T/err"
run 2 "$CT" -d "$DB" search --limit 0 Basra && check "bad --limit" grep -q "positive whole number" "$T/err"

# --- CASETRACE_DB ----------------------------------------------------------
run 0 "$CT" add "$CORPUS/notes" && check "CASETRACE_DB chooses the database" test -f "$CASETRACE_DB"

# --- bad input never aborts a batch ---------------------------------------
B="$T/bad/news"
mkdir -p "$B"
printf -- '---\ntitle: Good one\ndate: 2007-09-03\n---\nThe drawdown was orderly.\n' >"$B/good.md"
printf 'Caf\xe9 owners welcomed the \x93handover\x94.\n' >"$B/latin1.txt"
printf 'PK\003\004\000\000binary' >"$B/archive.txt"
: >"$B/empty.md"
printf -- '---\ntitle: Broken\nno colon here\ndate: someday\n---\nText of the broken one.\n' >"$B/badfm.md"
printf -- '---\ntitle: Never closed\nText that follows.\n' >"$B/unclosed.md"
ln -s "$B/does-not-exist.md" "$B/dangling.md"
printf 'image' >"$B/photo.jpg"
printf 'PK\003\004\024\000\006\000zipped' >"$B/draft.docx"
cp "$ROOT/tests/data/pdf/meridian-3pages.pdf" "$B/report-no-extension"
run 1 "$CT" -d "$T/bad.db" add --json "$T/bad"
check "bad inputs: good files go in, exit 1 for the unreadable one" \
	jqt '.added == 5 and .failed == 1 and .skipped == 4' "$T/out"
check "invalid UTF-8 is reported with file and byte offset" grep -q "latin1.txt: invalid UTF-8 at byte offset 3" "$T/err"
check "binary file reported and skipped" grep -q "archive.txt: binary file" "$T/err"
check "empty file reported and skipped" grep -q "empty.md: empty file" "$T/err"
check "malformed front matter line reported with file:line" grep -q "badfm.md:3: front matter line" "$T/err"
check "bad date reported with file:line" grep -q "badfm.md:4: date 'someday'" "$T/err"
check "unclosed front matter reported" grep -q "unclosed.md:1: front matter opened" "$T/err"
check "unreadable file reported" grep -q "dangling.md: cannot read" "$T/err"
check "unknown extension, text content: reported" grep -q "photo.jpg: a text file with an extension casetrace does not read" "$T/err"
check "a Word file in a folder is reported as such" grep -q "draft.docx: not read: a ZIP archive" "$T/err"
run 0 "$CT" -d "$T/bad.db" show --json report-no-extension &&
	check "a PDF without extension is recognised by its content" jqt '.format == "pdf" and ([.passages[].page] | max) == 3' "$T/out"
run 0 "$CT" -d "$T/bad.db" search --json 'owners AND handover' &&
	check "repaired text is searchable" jqt -s 'length == 1 and (.[0].snippet | contains("\ufffd"))' "$T/out"

# --- incremental: change, prune ------------------------------------------
printf 'The drawdown was rushed.\n' >"$B/good.md"
rm -f "$B/badfm.md"
run 1 "$CT" -d "$T/bad.db" add --prune --json "$T/bad" &&
	check "a changed file is updated and a deleted one pruned" jqt '.updated == 1 and .pruned == 1' "$T/out"
run 0 "$CT" -d "$T/bad.db" search --json 'orderly' && check "the old text is gone from the index" test ! -s "$T/out"
run 0 "$CT" -d "$T/bad.db" search --json 'rushed' && check "the new text is found" jqt -s 'length == 1' "$T/out"
run 0 "$CT" -d "$T/bad.db" stats --check && check "stats --check after updates" grep -q 'Check *ok' "$T/out"

# --- progress on a terminal only ------------------------------------------
if command -v script >/dev/null; then
	script -qec "$CT -d '$T/tty.db' add '$CORPUS/news'" "$T/typescript" >/dev/null 2>&1
	check "on a terminal, add shows progress (files, MB, MB/s, ETA)" \
		grep -qE '[0-9]+/[0-9]+ files +[0-9.]+/[0-9.]+ MB +[0-9.]+ MB/s +ETA' "$T/typescript"
	run 0 "$CT" -d "$T/notty.db" add "$CORPUS/news" &&
		check "off a terminal, no progress line" bash -c "! grep -q 'MB/s' '$T/err'"
else
	echo "# skipped progress checks: 'script' (bsdutils) is not installed"
fi

finish
