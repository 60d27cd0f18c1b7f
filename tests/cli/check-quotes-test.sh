#!/usr/bin/env bash
# check-quotes-test.sh CASETRACE SOURCE_ROOT — end-to-end tests of
# `casetrace check-quotes` on corpus/: every noted quotation of
# chapter-3-harrow.md against the answer key
# (tests/corpus-answers/check-quotes.md), the word diff of the altered
# quotation, the speaker checks, the JSON and Markdown formats, errors, and
# that nothing of the interview notes leaks without --include-restricted.
set -u
CT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
CORPUS="$ROOT/corpus"
KEY="$ROOT/tests/corpus-answers/check-quotes.md"
T=$(mktemp -d "${TMPDIR:-/tmp}/casetrace-cq-XXXXXX")
trap 'rm -rf "$T"' EXIT
unset CASETRACE_DB
. "$(dirname "$0")/lib.sh"

DB="$T/c.db"
MS="$CORPUS/manuscripts/chapter-3-harrow.md"
run 0 "$CT" check-quotes --help && check "check-quotes --help prints usage" grep -q '^Usage: casetrace.* check-quotes' "$T/out"
for opt in --format --json --include-restricted --db --help; do
	check "check-quotes --help documents $opt" grep -q -- "$opt" "$T/out"
done
"$CT" -d "$DB" aliases --load "$CORPUS/aliases.txt" >/dev/null 2>&1
run 0 "$CT" -d "$DB" add "$CORPUS/news" "$CORPUS/transcripts" "$CORPUS/interviews" \
	"$CORPUS/notes" "$CORPUS/manuscripts" "$CORPUS/cases"

# --- the answer key -----------------------------------------------------------
run 0 "$CT" -d "$DB" cites --json && cp "$T/out" "$T/cites.json"
check "the link stage links testimony citations to that day's transcript (cites --json)" \
	jqt -s '[.[] | select(.type == "hearing")] | length >= 2 and all(.["target-path"] // "" | endswith("/transcripts/inquiry-2011-01-21-hardcastle.txt"))' "$T/cites.json"
run 0 "$CT" -d "$DB" check-quotes --format json "$MS" && cp "$T/out" "$T/cq.json"
check "--format json: one valid JSON object per line" jqt -s 'length > 0 and all(type == "object")' "$T/cq.json"
check "--format json: every field on every line" \
	jqt -s 'all(has("quote") and has("start") and has("end") and has("note") and has("citation") and has("citation-type") and has("target-doc") and has("target-path") and has("verdict") and has("similarity") and has("source-start") and has("source-end") and has("source-page") and has("diff") and has("speaker") and has("speaker-match") and has("restricted"))' "$T/cq.json"
check "quotations in text order" jqt -s '[.[].start] == ([.[].start] | sort)' "$T/cq.json"
check "--json is --format json" bash -c "'$CT' -d '$DB' check-quotes --json '$MS' | cmp -s - '$T/cq.json'"

grep -E '^\| [0-9]+ \| [0-9]+ \|' "$KEY" >"$T/key.txt"
nkey=$(wc -l <"$T/key.txt")
check "the answer key has rows to check ($nkey)" test "$nkey" -ge 20
check "as many checked quotations as the answer key has rows" jqt -s --argjson n "$nkey" 'length == $n' "$T/cq.json"
while IFS='|' read -r _ row note verdict speaker src words _; do
	row=$((row)) note=$((note))
	verdict=$(echo $verdict) speaker=$(echo $speaker) src=$(echo $src) words=$(echo $words)
	check "row $row (note $note, “$words…”): $verdict" \
		jqt -s --argjson i "$row" --argjson n "$note" --arg v "$verdict" --arg w "$words" \
		'.[$i - 1] | .note == $n and .verdict == $v and (.quote | startswith($w))' "$T/cq.json"
	case $speaker in
	yes) want=true ;; no) want=false ;; *) want=null ;;
	esac
	check "row $row: speaker-match $want" \
		jqt -s --argjson i "$row" --argjson w "$want" '.[$i - 1]["speaker-match"] == $w' "$T/cq.json"
	case $verdict in
	verbatim | altered | not-found)
		check "row $row: the source is $src" \
			jqt -s --argjson i "$row" --arg f "/$src" '.[$i - 1] | .["target-path"] // "" | endswith($f)' "$T/cq.json" ;;
	*)
		check "row $row: no source named" \
			jqt -s --argjson i "$row" '.[$i - 1] | .["target-doc"] == null and .["target-path"] == null' "$T/cq.json" ;;
	esac
	case $verdict in
	verbatim) check "row $row: similarity 1, where in the source" \
		jqt -s --argjson i "$row" '.[$i - 1] | .similarity == 1 and .["source-start"] < .["source-end"] and .diff == null' "$T/cq.json" ;;
	not-found | source-not-in-corpus | restricted-source) check "row $row: no place in the source" \
		jqt -s --argjson i "$row" '.[$i - 1] | .["source-start"] == null and .["source-end"] == null and .diff == null' "$T/cq.json" ;;
	esac
done <"$T/key.txt"
check "the key's totals: 13 verbatim, 1 altered, 1 not-found, 1 source-not-in-corpus, 4 restricted-source" \
	jqt -s 'group_by(.verdict) | map({key: .[0].verdict, value: length}) | from_entries == {"verbatim": 13, "altered": 1, "not-found": 1, "source-not-in-corpus": 1, "restricted-source": 4}' "$T/cq.json"

# the altered quotation: its word diff, source → quotation
check "altered: the diff says the source has 'able' where the chapter has 'ready'" \
	jqt -s '[.[] | select(.verdict == "altered")][0] | .diff == [{"op":"same","text":"The Caldoran security forces are now"},{"op":"del","text":"able"},{"op":"ins","text":"ready"},{"op":"same","text":"to take the lead in much of the province,"}] and .similarity == 0.94' "$T/cq.json"
check "altered: source offsets point at the words in the article" bash -c "
	s=\$(jq -s '[.[] | select(.verdict == \"altered\")][0][\"source-start\"]' '$T/cq.json')
	e=\$(jq -s '[.[] | select(.verdict == \"altered\")][0][\"source-end\"]' '$T/cq.json')
	'$CT' -d '$DB' show --json '$CORPUS/news/herald-2007-02-21-troop-cut.md' | jq -j .text | tail -c +\$((s + 1)) | head -c \$((e - s)) |
		grep -qx 'The Caldoran security forces are now able to take the lead in much of the province'"
check "testimony: the match is on the page the note gives (43, 45)" \
	jqt -s '[.[] | select(.note == 15 or .note == 19) | .["source-page"]] == [43, 45]' "$T/cq.json"
check "as quoted in: the speaker is the one the note names" \
	jqt -s '[.[] | select(.note == 10) | .speaker] | length == 2 and all(. == "Brig. Alan Moorcroft")' "$T/cq.json"
check "restricted: marked, neither target nor speaker given" \
	jqt -s '[.[] | select(.verdict == "restricted-source")] | length == 4 and all(.restricted and .speaker == null and .similarity == null)' "$T/cq.json"

# --include-restricted: the interview quotations are checked too
run 0 "$CT" -d "$DB" check-quotes --include-restricted --format json "$MS" && cp "$T/out" "$T/cqr.json"
check "--include-restricted: the interview quotations are verbatim in the notes the key names" \
	jqt -s '[.[] | select(.restricted)] | length == 4 and all(.verdict == "verbatim") and (map(.["target-path"] | sub(".*/interviews/"; "")) == ["VEL-MOD-1.md", "VEL-MOD-1.md", "VEL-MOD-1.md", "OST-FA-2.md"])' "$T/cqr.json"
check "--include-restricted changes nothing else" \
	bash -c "diff <(jq -c 'select(.restricted | not)' '$T/cq.json') <(jq -c 'select(.restricted | not)' '$T/cqr.json') >/dev/null"

# --- Markdown ---------------------------------------------------------------
run 0 "$CT" -d "$DB" check-quotes "$MS" && cp "$T/out" "$T/cq.md"
check "md is the default format" cmp -s "$T/cq.md" <("$CT" -d "$DB" check-quotes --format md "$MS")
check "md: a summary table with the key's totals" bash -c "grep -qx '| verbatim | 13 |' '$T/cq.md' && grep -qx '| altered | 1 |' '$T/cq.md' && grep -qx '| not-found | 1 |' '$T/cq.md' && grep -qx '| source-not-in-corpus | 1 |' '$T/cq.md' && grep -qx '| restricted-source | 4 |' '$T/cq.md' && grep -qx '| \*\*total\*\* | 20 |' '$T/cq.md'"
check "md: the one unnoted quotation is counted" grep -q '^1 quotation in the body carries no note' "$T/cq.md"
check "md: one entry per quotation" test "$(grep -c '^### ' "$T/cq.md")" -eq 20
check "md: the word diff of the altered quotation" \
	grep -qF -- '- diff: The Caldoran security forces are now [-able-] [+ready+] to take the lead in much of the province,' "$T/cq.md"
check "md: the speaker mismatch is said" grep -qF 'speaker (as quoted in): Brig. Alan Moorcroft — attributed to them in the source: no' "$T/cq.md"
check "md: the speaker match is said" grep -qF 'speaker (as quoted in): Brig. Alan Moorcroft — attributed to them in the source: yes' "$T/cq.md"
check "md: testimony with its page" grep -qE 'inquiry-2011-01-21-hardcastle.txt`, bytes [0-9]+–[0-9]+, p\. 45$' "$T/cq.md"

mkdir -p "$T/ms"
printf -- '---\nkind: manuscript\ntitle: Wrapped\n---\n\nHe said \xe2\x80\x9cwe have not been\npushed out of Tarvik\xe2\x80\x9d then.\xc2\xb9\n\n## Notes\n\n1. Thomas Hardwick, "Velmorian Troops Leave Tarvik Palace Base," The Northgate Herald, September 3, 2007.\n' >"$T/ms/wrap.md"
run 0 "$CT" -d "$DB" add "$T/ms/wrap.md"
run 0 "$CT" -d "$DB" check-quotes "$T/ms/wrap.md" &&
	check "md: a quotation over two lines stays on its heading's line" grep -qx '### 1. “we have not been pushed out of Tarvik” (note 1)' "$T/out"

# which quotations carry which note, elisions and brackets
cat >"$T/ms/cases.md" <<'EOF'
---
kind: manuscript
title: Cases
---

The commander told reporters: “We have not been pushed out of Tarvik.” He went on: “[f]rom the Palace we were mostly reaching for the shelters.”¹ Later he said “We have not been pushed out … we have chosen where to stand,” and used the word “stand” twice.² Nobody said “we have chosen where to sit.”³

“We have not been pushed out of Tarvik,” the colonel said, “we have chosen where to stand.”⁴ The governor said “Today Harrow belongs to Harrow again.⁵” and left.

## Notes

1. Thomas Hardwick, "Velmorian Troops Leave Tarvik Palace Base," The Northgate Herald, September 3, 2007.
2. Ibid.
3. See also Ibid.
4. Ibid.
5. Dario Melk, "Harrow Returns to Caldoran Control at Port Edel Ceremony," Caldora Times, December 17, 2007.
EOF
run 0 "$CT" -d "$DB" add "$T/ms/cases.md"
run 0 "$CT" -d "$DB" check-quotes --json "$T/ms/cases.md" && cp "$T/out" "$T/cases.json"
check "a quotation whose sentence ends inside it does not take the next sentence's note" \
	jqt -s 'length == 6 and (map(.note) == [1, 2, 3, 4, 4, 5]) and all(.quote | startswith("We have not been pushed out of Tarvik.") | not)' "$T/cases.json"
check "a bracketed capital ('[f]rom') is verbatim" jqt -s '.[0].verdict == "verbatim"' "$T/cases.json"
check "words left out at an ellipsis: verbatim" jqt -s '.[1].verdict == "verbatim" and .[1].similarity == 1' "$T/cases.json"
check "a 'See also' citation is checked when it is all the note has" \
	jqt -s '.[2].verdict == "altered" and (.[2].diff | map(select(.op != "same")) == [{"op":"del","text":"stand,"},{"op":"ins","text":"sit."}])' "$T/cases.json"
check "a quotation interrupted by its attribution is checked part by part (both verbatim)" \
	jqt -s '.[3].quote == "We have not been pushed out of Tarvik," and .[4].quote == "we have chosen where to stand." and .[3].verdict == "verbatim" and .[4].verdict == "verbatim" and .[3].end < .[4].start' "$T/cases.json"
check "a note marker inside the closing quotation mark is the quotation's note, and not one of its words" \
	jqt -s '.[5].quote == "Today Harrow belongs to Harrow again." and .[5].verdict == "verbatim"' "$T/cases.json"
run 0 "$CT" -d "$DB" check-quotes "$T/ms/cases.md" &&
	check "the quotation without a note is counted" grep -q '^1 quotation in the body carries no note' "$T/out"

# the speaker check: a surname in the sentence does not outweigh the
# speaker the source names
mkdir -p "$T/sp"
cat >"$T/sp/brask.md" <<'EOF'
---
title: Tarvik Police Chief Asks for Time
outlet: Meridian Post
author: Jo Tamsin
date: March 9, 2007
kind: news
---

TARVIK — Asked about Brig. Moorcroft's plan for the town, Col. Haldun Brask said: "Give me two more years and a budget." He did not say where the money would come from.
EOF
cat >"$T/sp/ms.md" <<'EOF'
---
kind: manuscript
title: Speakers
---

Moorcroft's answer was blunt: “Give me two more years and a budget.”¹ Brask had asked for “two more years and a budget.”²

## Notes

1. Brig. Alan Moorcroft, as quoted in Jo Tamsin, "Tarvik Police Chief Asks for Time," Meridian Post, March 9, 2007.
2. Col. Haldun Brask, as quoted in Jo Tamsin, "Tarvik Police Chief Asks for Time," Meridian Post, March 9, 2007.
EOF
run 0 "$CT" -d "$DB" add "$T/sp"
run 0 "$CT" -d "$DB" check-quotes --json "$T/sp/ms.md" &&
	check "speaker check: the source's named speaker decides, not a name elsewhere in its sentence" \
		jqt -s 'length == 2 and all(.verdict == "verbatim") and .[0]["speaker-match"] == false and .[1]["speaker-match"] == true' "$T/out"

# --- confidentiality --------------------------------------------------------
# A draft that quotes the interview notes loosely, so that a check with
# --include-restricted shows their words in a diff (the positive control),
# and without it must show nothing of them.
cat >"$T/ms/draft.md" <<'EOF'
---
kind: manuscript
title: Draft
---

# Draft

The options paper was thin: one planner recalled that only one course “was costed in any detail. Canary: lantern 7731.”¹ Another said the planners “were told to work backwards from the line.”²

## Notes

1. Interview, Ministry of Defence official, Northgate, Velmoria, September 20, 2013.
2. Ibid.
EOF
run 0 "$CT" -d "$DB" add "$T/ms/draft.md"
run 0 "$CT" -d "$DB" check-quotes --include-restricted --format json "$T/ms/draft.md" && cp "$T/out" "$T/draft-r.json"
check "control: with --include-restricted the loose quotations are altered, their diffs show the notes' words" \
	bash -c "jq -s -e 'length == 2 and all(.verdict == \"altered\")' '$T/draft-r.json' >/dev/null && grep -q 'HARROW' '$T/draft-r.json' && grep -q 'CANARY' '$T/draft-r.json' && grep -q 'budget' '$T/draft-r.json'"
leaks='HARROW|LANTERN|CANARY|budget|interviews/|VEL-MOD-1|OST-FA-2|Treasury|options paper|furious|bill-payer for Lowmarch'
canaries=$(grep -rhoE '[A-Z]+-[A-Z]+-CANARY-[0-9]+' "$CORPUS/interviews" | sort -u)
check "the interview notes carry canary strings" test -n "$canaries"
for f in md json; do
	for ms in "$MS" "$T/ms/draft.md"; do
		"$CT" -d "$DB" check-quotes --format $f "$ms" >"$T/leak" 2>&1
		check "no interview text in check-quotes --format $f $(basename "$ms") without --include-restricted" \
			bash -c "! grep -qE '$leaks' '$T/leak'"
		for c in $canaries; do
			check "no canary $c in check-quotes --format $f $(basename "$ms")" bash -c "! grep -qF '$c' '$T/leak'"
		done
	done
done
check "the draft's quotations are restricted-source without --include-restricted" \
	bash -c "'$CT' -d '$DB' check-quotes --json '$T/ms/draft.md' | jq -s -e 'length == 2 and all(.verdict == \"restricted-source\" and .restricted)' >/dev/null"
run 2 "$CT" -d "$DB" check-quotes "$CORPUS/interviews/VEL-MOD-1.md" &&
	check "interview notes are not checked as a manuscript without --include-restricted" \
		bash -c "grep -q 'restricted' '$T/err' && ! grep -qE '$leaks' '$T/out' '$T/err'"

# --- errors -------------------------------------------------------------------
run 2 "$CT" -d "$DB" check-quotes "$T/no-such-file.md" && check "a manuscript not in the database: exit 2, says so" grep -q 'no document' "$T/err"
run 2 "$CT" -d "$DB" check-quotes 99999 && check "an unknown id: exit 2" grep -q 'no document' "$T/err"
run 2 "$CT" -d "$DB" check-quotes --format pdf "$MS" && check "an unknown format is refused" grep -q "unknown format 'pdf'" "$T/err"
run 2 "$CT" -d "$DB" check-quotes && check "no manuscript is a usage error" grep -q 'which manuscript' "$T/err"
run 2 "$CT" -d "$DB" check-quotes "$MS" "$MS" && check "two manuscripts are a usage error" grep -q 'give one manuscript' "$T/err"
run 2 "$CT" -d "$DB" check-quotes --frobnicate "$MS" && check "an unknown option is a usage error" grep -q 'check-quotes --help' "$T/err"
run 4 "$CT" -d "$T/none.db" check-quotes "$MS" && check "no database: exit 4, says how to make one" grep -q 'no database' "$T/err"
check "no database is created by check-quotes" test ! -e "$T/none.db"
finish
