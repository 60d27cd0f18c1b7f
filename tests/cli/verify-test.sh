#!/usr/bin/env bash
# verify-test.sh CASETRACE SOURCE_ROOT — end-to-end tests of `casetrace
# verify` on corpus/: confidentiality (codes only, identity and claims'
# words only on request, canaries), where evidence comes from, the answer
# key's sources (tests/corpus-answers/interviews.md) among the evidence, the
# claims no article supports, formats and errors.
set -u
CT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
CORPUS="$ROOT/corpus"
T=$(mktemp -d "${TMPDIR:-/tmp}/casetrace-verify-XXXXXX")
trap 'rm -rf "$T"' EXIT
unset CASETRACE_DB
. "$(dirname "$0")/lib.sh"

DB="$T/c.db"
run 0 "$CT" verify --help && check "verify --help prints usage" grep -q '^Usage: casetrace.* verify' "$T/out"
"$CT" -d "$DB" aliases --load "$CORPUS/aliases.txt" >/dev/null 2>&1
run 0 "$CT" -d "$DB" add "$CORPUS/news" "$CORPUS/transcripts" "$CORPUS/interviews" \
	"$CORPUS/notes" "$CORPUS/manuscripts" "$CORPUS/cases"

run 0 "$CT" -d "$DB" verify --json VEL-MOD-1 && cp "$T/out" "$T/vel.json"
check "one JSON line per claim of VEL-MOD-1 (11 bullets)" jqt -s 'length == 11 and all(.code == "VEL-MOD-1")' "$T/vel.json"
run 0 "$CT" -d "$DB" show --json --include-restricted interviews/VEL-MOD-1.md && cp "$T/out" "$T/vel-show.json"
check "the claims are stored with the notes, and verify keeps each one's status and evidence count" \
	jq -e -n --slurpfile v "$T/vel.json" --slurpfile s "$T/vel-show.json" \
	'($s[0].claims | length) == 11 and ([$s[0].claims[].status] == [$v[].status]) and ([$s[0].claims[].evidence] == [$v[] | .evidence | length]) and all($s[0].claims[]; .verified != null)'
run 0 "$CT" -d "$DB" show --include-restricted interviews/OST-FA-2.md &&
	check "show lists the claims of notes never verified as such" grep -q '^  1\. \[not verified\]' "$T/out"
check "every status is one of the four" \
	jqt -s 'all(.status | IN("corroborated", "single-source", "uncorroborated", "possibly-contradicted"))' "$T/vel.json"
check "evidence only from published sources (no notes, manuscripts, interviews)" \
	jqt -s '[.[].evidence[].path] | all(test("/(news|transcripts)/"))' "$T/vel.json"
check "testimony is marked as such" \
	jqt -s '[.[].evidence[] | select(.path | test("/transcripts/"))] | length > 0 and all(.testimony)' "$T/vel.json"
check "claims' words withheld without --include-restricted" jqt -s 'all(.claim == null)' "$T/vel.json"
check "identity withheld without --show-identity" bash -c "! grep -q 'Ministry of Defence official\|senior planner' '$T/vel.json'"
# the answer key's sources are among the evidence
ev_has() { jqt -s --argjson i "$2" --arg p "$3" '.[$i - 1].evidence | any(.path | endswith($p))' "$1"; }
check "claim 1 (cut to 4,100): the Herald's troop-cut article is evidence" ev_has "$T/vel.json" 1 news/herald-2007-02-21-troop-cut.md
check "claim 2 (Lowmarch): the Herald's troop-cut article is evidence" ev_has "$T/vel.json" 2 news/herald-2007-02-21-troop-cut.md
check "claim 4 (Moorcroft): the Meridian feature is evidence" ev_has "$T/vel.json" 4 news/meridian-2007-03-02-stretched-force.md
check "claim 7 (convoy): the Meridian report is evidence" ev_has "$T/vel.json" 7 news/meridian-2007-09-04-palace-exit.md
check "claim 7 (convoy): the Herald report is evidence" ev_has "$T/vel.json" 7 news/herald-2007-09-03-tarvik-palace.md
check "claim 9 (Sadovan told): the Caldora Times report is evidence" ev_has "$T/vel.json" 9 news/caldora-times-2007-09-12-handover-reaction.txt
check "claims 10 and 11 (no article supports them) are uncorroborated" \
	jqt -s '.[9].status == "uncorroborated" and .[10].status == "uncorroborated"' "$T/vel.json"
run 0 "$CT" -d "$DB" verify --json OST-FA-2 && cp "$T/out" "$T/ost.json"
check "OST-FA-2 claim 3 (government fell): the Dagblad report is evidence" ev_has "$T/ost.json" 3 news/dagblad-2010-02-20-government-falls.md
check "OST-FA-2 claim 9 (Mestan): the Caldora Times report is evidence" ev_has "$T/ost.json" 9 news/caldora-times-2010-05-17-kessar-town-fears.md
check "OST-FA-2 claims 8 and 10 (no article) are uncorroborated" \
	jqt -s '.[7].status == "uncorroborated" and .[9].status == "uncorroborated"' "$T/ost.json"

run 0 "$CT" -d "$DB" verify --json "$CORPUS/interviews/VEL-MOD-1.md" &&
	check "a notes file gives the same report as its code" \
		bash -c "diff <(jq -c 'del(.seconds)' '$T/out') <(jq -c 'del(.seconds)' '$T/vel.json') >/dev/null"
mkdir -p "$T/new"
printf -- '---\ncode: NEW-1\ndate: 2014-01-01\n---\n\n- Velmoria cut its force in Harrow Province from about 5,500 to 4,100 troops in 2007.\n- Nobody outside the cabinet knew of the zebra protocol.\n' >"$T/new/notes.md"
run 0 "$CT" -d "$DB" verify --json "$T/new/notes.md" &&
	check "notes not in the database are read from the file" jqt -s 'length == 2 and .[1].status == "uncorroborated"' "$T/out"

# confidentiality in every format
canaries=$(grep -rhoE 'CANARY[-A-Z0-9]*|[A-Z]+-CANARY-[0-9]+' "$CORPUS/interviews" | sort -u)
check "the interview notes carry canary strings" test -n "$canaries"
for f in md html json; do
	"$CT" -d "$DB" verify --format $f VEL-MOD-1 OST-FA-2 >"$T/all.$f" 2>&1
	for c in $canaries; do
		check "no canary $c in verify --format $f without --include-restricted" bash -c "! grep -q '$c' '$T/all.$f'"
	done
	check "no affiliation in verify --format $f without --show-identity" bash -c "! grep -q 'Ministry of Defence official\|Ministry of Foreign Affairs official\|senior planner\|Caldora desk officer' '$T/all.$f'"
done
run 0 "$CT" -d "$DB" verify --include-restricted --show-identity VEL-MOD-1 &&
	check "--include-restricted --show-identity print the claims and who" \
		bash -c "grep -q 'bill-payer' '$T/out' && grep -q 'Ministry of Defence official' '$T/out'"
run 0 "$CT" -d "$DB" verify VEL-MOD-1 && check "the Markdown report opens with a summary table" grep -q '^| corroborated | ' "$T/out"
check "the summary line goes to stderr" grep -q '^VEL-MOD-1: 11 claims' "$T/err"
run 0 "$CT" -d "$DB" verify --format html -o "$T/v.html" VEL-MOD-1 &&
	check "HTML report is one page" bash -c "grep -q '^<!DOCTYPE html>' '$T/v.html' && ! grep -qiE '<script|src=' '$T/v.html'"

run 2 "$CT" -d "$DB" verify NO-SUCH-CODE && check "unknown notes: exit 2, says what it looked for" grep -q 'neither a notes file nor interview notes' "$T/err"
run 2 "$CT" -d "$DB" verify --format pdf VEL-MOD-1 && check "an unknown format is refused" grep -q 'md, html or json' "$T/err"
run 2 "$CT" -d "$DB" verify && check "verify without notes is a usage error" grep -q 'give interview notes' "$T/err"
# figures, their direction, names, syndicated copies: articles of our own,
# added with the corpus's news to a database of their own (a corpus of six
# would leave no word rare; a copy of c.db's file would miss what is still
# in its write-ahead log)
mkdir -p "$T/fig/news" "$T/fig/iv"
art() { printf -- '---\nkind: news\ntitle: %s\noutlet: %s\ndate: %s\n---\n\n%s\n' "$2" "$3" "$4" "$5" >"$T/fig/news/$1"; }
art a.md "Volunteers" "Test Ledger" 2012-03-01 "The number of volunteers at the Quillon depot fell by 1,200 over the winter, the depot's manager, Orla Brandt, said on Tuesday."
art b.md "Garrison leaves" "Test Ledger" 2012-04-02 "About 550 marines of the Quillon garrison left the fortress at Vantry overnight, officers said."
art c.md "Ferry" "Test Courier" 2012-05-03 "The Quillon ferry service carried 48,000 passengers in its first season, according to the harbour board chaired by Ines Marlow."
art d.md "Ferry service a success" "Test Gazette" 2012-05-04 "The Quillon ferry service carried 48,000 passengers in its first season, according to the harbour board chaired by Ines Marlow."
art e.md "Harbour" "Test Herald" 2012-05-09 "Ines Marlow's harbour board reported that forty-eight thousand people used the Quillon ferry in its first season; the board expects 48,000 passengers again."
art g.md "Drama cup" "Test Courier" 2012-06-11 "The Larkspur Players have beaten Corvin Dale to the Quillon drama cup, the festival jury announced on Sunday evening."
art h.md "Marsh reserve" "Test Herald" 2012-06-20 "Wardens at the Quillon marsh reserve counted 310 nesting herons this spring, up from 240 last year. The count was made from the boardwalk in April. Volunteers helped on three mornings. Rain delayed the last survey by a week. The reserve opens daily from eight. Separately, the reserve's founder, Piet Olland, opened a new visitor hide on the eastern shore."
art i.md "Trade fair" "Test Ledger" 2012-07-02 "At the Quillon trade fair on Monday the mayor, Edda Lorne, made no announcement about the new harbour bridge, which many traders had been hoping for."
art j.md "Signal box" "Test Courier" 2012-07-09 "Keld Varn reopened the restored Quillon signal box on Saturday. It was not a quiet afternoon for the station staff."
art k.md "Breakwater costs less than planned" "Test Gazette" 2012-08-03 "Brina Sollis has been harbour master at Quillon since 2004. The harbour reopened in May after a long winter. The fishing fleet returned the same week. Two new cranes were delivered in June. On Thursday the harbour master said the new Quillon breakwater by the north pier had cost 3.4 million crowns, less than the council had planned in its spring budget."
art l.md "Quillon Telecom to cut jobs after Vantry cable takeover" "Test Herald" 2012-09-14 "The firm expects around 2,300 jobs to be lost over two years. Most will be in its call centres, it said on Friday."
art m.md "Lighthouse repainted" "Test Ledger" 2011-10-01 "Volunteers from the Quillon harbour trust repainted the old lighthouse on the point in 2011, the trust's secretary said."
art n.md "Lighthouse gleams again" "Test Courier" 2012-10-05 "Volunteers from the Quillon harbour trust repainted the old lighthouse on the point last month."
art o.md "Boats approved" "Test Gazette" 2012-11-02 "The Quillon defense council's program for armored harbor boats was approved on Tuesday, officials said."
art p.md "Regatta guests" "Test Ledger" 2012-11-09 "Marrenland sent two frigates to the Quillon regatta this week."
art q.md "Bakery figures" "Test Ledger" 2012-12-01 "Harvest fairs drew crowds across the county this autumn. The Quillon bakery of Hal Tesk sold 3.5 million loaves and 1.2 million pies in 2011, up from 2.9 million loaves and 0.8 million pies in 2010, the bakers' guild reported on Monday. Prices held steady."
art s.md "Lantern works" "Test Ledger" 2012-12-03 "The Tovin lantern works was bought by a glass company in April. Orders have risen since, and the new owner has given the staff bonuses."
art t.md "Fishermen" "Test Courier" 2012-12-05 "Some 300 fishermen have left the Arvel harbour since the storm, and many have bought boats of their own."
art u.md "Airline results" "Test Ledger" 2012-02-01 "Tarvel, the airline, made a net profit of 400m crowns in 2011 after losing 90m crowns a year earlier."
art v.md "Brewers' profits" "Test Gazette" 2012-02-03 "Brisk Breweries' net profit fell to 537m crowns in 2011, and it lost market share."
art w.md "Upland farms" "Test Herald" 2012-03-09 "The Tarn water board bought three upland farms last winter. It has not said which farms it plans to flood."
art x.md "Strait crossing remembered" "Test Herald" 2012-01-20 "Hanna Oskell made the first steam crossing of the Quillon strait in 1911 aboard a boat of the Vellor line, the harbour museum says."
art y.md "Tram line" "Test Gazette" 2012-01-24 "Ruth Pander has been the city engineer of Quillon since 2008. She oversaw the new depot. The new tram line will open in May, Aldo Fenn told the Quillon council on Monday."
art z.md "Mill output" "Test Herald" 2012-02-10 "The Quillon mill ground 1.5 million sacks of grain in 2011, the millers' union said on Monday."
art za.md "Brickworks" "Test Courier" 2012-02-12 "The Quillon brickworks fired 1.41 million bricks in 2011, its owner, Jory Teal, said."
art zb.md "Canal freight" "Test Gazette" 2012-02-14 "The Quillon canal company carried 61,000 tonnes of coal last year, against 47,000 tonnes the year before, its chairman, Ossa Drell, said."
art zc.md "Canal tolls" "Test Ledger" 2012-02-15 "The Quillon canal company raised its tolls by 9 percent, its chairman, Ossa Drell, said, and will dredge the upper locks this spring."
art zd.md "Quarry closes" "Test Gazette" 2012-03-20 "The Harlow quarry at Quillon closed on Friday after ninety years of digging, its owner, Mira Vost, said."
art ze.md "Choir" "Test Courier" 2012-03-22 "The Varrow choir of Quillon reached about 1,950 singers at its peak in 2010, its director, Lise Amund, said."
art zf.md "Dernholt yard" "Test Herald" 2012-04-11 "Marek Hollis said on Tuesday that the Dernholt shipyard at Quillon would shed jobs this year. The garrison next to the yard has about 4,100 troops."
art ya.md "Cup quarter-final" "Test Courier" 2012-04-14 "Dunmore Rovers beat Kelby Town 4-1 in the Quillon cup quarter-final on Saturday, with two goals from Tam Ridley."
art yb.md "Indoor mile" "Test Herald" 2012-04-16 "Ana Pirel won the Quillon indoor mile on Sunday in four minutes, 31.07 seconds, ahead of Brit Mollen."
art yc.md "Harbour swim" "Test Gazette" 2012-05-20 "Mara Quenby pulled out of the Quillon harbour swim on Sunday with a shoulder injury, the organisers said."
art yd.md "Rowing" "Test Ledger" 2012-05-21 "Sten Vask won the Quillon rowing race on Saturday; his brother withdrew before the start."
art ye.md "Keeper stays" "Test Herald" 2012-05-22 "The goalkeeper Ivo Darrel will stay at Dunmore Rovers next season, the club said on Friday."
art yf.md "Harbour week" "Test Courier" 2012-05-25 "Fish prices at the Quillon market rose 4.5% in May. The Orrin harbour index ended the week lower on Friday, dealers said."
art yg.md "League title" "Test Herald" 2012-05-28 "Brannock Athletic won their 13th Quillon league title on Saturday, the club said."
art f.md "Mine sold" "Test Ledger" 2012-06-01 "At the Quillon auction on Friday, Tarrow outbid Belcrest for the old copper mine, paying more than the board had hoped."
art zg.md "Night crossing" "Test Ledger" 2012-04-16 "The Quillon ferry guild said on Monday that the night crossing to Pell would stop after the summer."
art zh.md "Seals freed" "Test Courier" 2012-04-17 "Keepers at the Arvel sanctuary released two seals on Sunday."
art zj.md "Pilots move" "Test Herald" 2012-06-19 "In April the Quillon pilots moved their launch to the northern quay, the harbour board said."
art zl.md "Gannet freed" "Test Gazette" 2012-04-21 "Wardens on Skerra let go the injured gannet after a month of care."
art zm.md "Skipper fined" "Test Herald" 2012-04-22 "Aled Morrow, who skippers the Quillon pilot boat, was fined for speeding in the harbour on Tuesday. The fine was 300 crowns. The boat was undamaged. The harbour master gave a warning to all crews. Morrow grew up in Wales and came to Quillon in 2005."
art zn.md "Dredging plan" "Test Courier" 2012-04-24 "The Tarn river board said the upper locks need dredging before the autumn and that each barge should carry a pilot."
printf -- '---\nkind: interview\ncode: FIG-1\ndate: 2013-01-01\n---\n\n- Orla Brandt said the Quillon depot volunteers rose by 1,200 over the winter.\n- Roughly a thousand marines of the Quillon garrison left the fortress at Vantry overnight.\n- The Quillon ferry service, according to Ines Marlow of the harbour board, carried 48000 passengers in its first season.\n- The Quillon ferry carried 48,000 passengers in its first season, said the harbour board of Pell Strand.\n- At the Quillon auction Belcrest outbid Tarrow for the old copper mine.\n- Corvin Dale beat the Larkspur Players to the Quillon drama cup.\n- Piet Olland counted 310 nesting herons at the Quillon marsh reserve this spring.\n- Edda Lorne used the Quillon trade fair to announce the new harbour bridge.\n- Keld Varn reopened the restored Quillon signal box.\n- The harbour master, Brina Sollis, said the new Quillon breakwater by the north pier cost 3.4 million crowns, less than the council planned in its spring budget.\n- Quillon Telecom said about 4,000 jobs would go once it had taken over the Vantry cable company.\n- Volunteers from the Quillon harbour trust repainted the old lighthouse on the point in 2009.\n- Volunteers from the Quillon harbour trust repainted the old lighthouse on the point in 2012.\n- The Quillon defence council\x27s programme for armoured harbour boats was approved.\n- Two Marrenish frigates were sent to the Quillon regatta.\n- The bakers\x27 guild reported that the Quillon bakery of Hal Tesk sold 3.5 million loaves and 1.2 million pies in 2011.\n- Orders for the Tovin lantern works went up after a glass company purchased it and gave the staff bonuses.\n- Roughly 900 fishermen from Arvel quit after the tempest and purchased vessels elsewhere.\n- Tarvel made a net profit of 400m crowns in 2011, having lost 90m crowns the year before.\n- The Tarn water board bought three upland farms last winter.\n- Hanna Oskell made the first steam crossing of the Quillon strait in 1911 aboard a boat of the Trennick line.\n- Ruth Pander told the Quillon council the new tram line would open in May.\n- The Quillon mill ground 1.2 million sacks of grain in 2011, said the millers\x27 union.\n- Jory Teal said the Quillon brickworks fired 1.4 million bricks in 2011.\n- According to Ossa Drell, barges on the Quillon canal shifted some 61,000 tonnes of coal, well up on the previous figure of 47,000.\n- According to Ossa Drell, barges on the Quillon canal shifted far more coal after the tolls went up 9 percent.\n- Mira Vost closed the Harlow quarry at Quillon after ninety years of digging. Everyone in the valley had seen it coming for a decade, and nobody wept.\n- Everyone in the valley had seen it coming for a decade, and nobody wept. Mira Vost closed the Harlow quarry at Quillon after ninety years of digging.\n- Lise Amund\x27s Varrow choir was just short of 2,000 singers at its height in 2010.\n- Lise Amund\x27s Varrow choir was just short of 2,500 singers at its height in 2010.\n- Marek Hollis said the Dernholt shipyard at Quillon would shed about 4,000 jobs.\n- As far as I can remember, the Quillon ferry guild insisted the night crossing to Pell would stop after the summer.\n- In the spring of 2012 the Quillon pilots moved their launch to the northern quay.\n- At the same time the Quillon pilots moved their launch.\n- Two seals were let go by the Arvel keepers.\n- The wardens released the gannet.\n- The launch moved north.\n- The Welsh skipper of the Quillon pilot boat, Aled Morrow, was fined for speeding in the harbour.\n- The Tarn river board held that every barge ought to carry a pilot.\n- Dunmore Rovers beat Kelby Town 3-1 in the Quillon cup quarter-final.\n- Tam Ridley scored twice as Dunmore Rovers beat Kelby Town 4-1 in the Quillon cup.\n- Ana Pirel won the Quillon indoor mile in 4:29.50.\n- Ana Pirel won the Quillon indoor mile in 4:31.07, ahead of Brit Mollen.\n- Mara Quenby won the Quillon harbour swim.\n- Sten Vask won the Quillon rowing race.\n- Ivo Darrel has agreed to leave Dunmore Rovers.\n- The Orrin harbour index fell 4.5%% on Friday, its worst week since March.\n- Brannock Athletic won their 12th Quillon league title.\n' >"$T/fig/iv/FIG-1.md"
printf 'Marrenland, Marrenish\n' >"$T/fig/aliases.txt"
run 0 "$CT" -d "$T/fig.db" add "$CORPUS/news" "$T/fig/news" "$T/fig/iv" && run 0 "$CT" -d "$T/fig.db" aliases --load "$T/fig/aliases.txt" && run 0 "$CT" -d "$T/fig.db" verify --json --include-restricted FIG-1 && cp "$T/out" "$T/fig.json"
check "a figure moving the other way (rose / fell by 1,200) is possibly-contradicted, with why" \
	jqt -s '.[0].status == "possibly-contradicted" and (.[0].evidence[0].why | startswith("direction:"))' "$T/fig.json"
check "another figure of the same thing (a thousand / 550 marines) is possibly-contradicted" \
	jqt -s '.[1].status == "possibly-contradicted" and (.[1].evidence[0].why | test("figure: the source gives 550"))' "$T/fig.json"
check "48000 matches 48,000; two outlets, one syndicated copy: corroborated by 2, not 3" \
	jqt -s '.[2].status == "corroborated" and .[2].independent == 2 and ([.[2].evidence[] | select(.["same-as"] != null)] | length) == 1' "$T/fig.json"
check "a name the sources lack (Pell Strand) keeps the claim from support, and is listed as missing" \
	jqt -s '.[3].status == "uncorroborated" and (.[3].evidence[0].missing | test("Pell"))' "$T/fig.json"
check "who did what reversed (Belcrest outbid Tarrow / Tarrow outbid Belcrest) is possibly-contradicted" \
	jqt -s '.[4].status == "possibly-contradicted" and (.[4].evidence[0].why | startswith("roles:"))' "$T/fig.json"
check "roles reversed across articles and verb forms (Dale beat the Larkspur Players / the Larkspur Players have beaten Dale)" \
	jqt -s '.[5].status == "possibly-contradicted" and (.[5].evidence[0].why | startswith("roles:"))' "$T/fig.json"
check "a name far from the fact (Olland, five sentences on) keeps the story from support" \
	jqt -s '.[6].status == "uncorroborated" and .[6].evidence[0].supports == false' "$T/fig.json"
check "the source denying what the claim states (made no announcement about the bridge) is possibly-contradicted" \
	jqt -s '.[7].status == "possibly-contradicted" and (.[7].evidence[0].why | startswith("negation: the source denies"))' "$T/fig.json"
check "a negation in another sentence of the source (not a quiet afternoon) leaves its support" \
	jqt -s '.[8].status == "single-source" and .[8].evidence[0].supports == true' "$T/fig.json"
check "another figure of the same thing in the story's best window, the claim's nowhere in it (around 2,300 jobs / about 4,000 jobs) is possibly-contradicted" \
	jqt -s '.[10].status == "possibly-contradicted" and (.[10].evidence[0].why | test("figure: the source gives 2300"))' "$T/fig.json"
check "a year the claim gives (2009) that no story gives leaves it uncorroborated, the year listed as missing" \
	jqt -s '.[11].status == "uncorroborated" and (.[11].evidence | all(.supports == false)) and (.[11].evidence[0].missing | test("2009"))' "$T/fig.json"
check "a year the claim gives (2012) is the story's own when it was published then ('last month'); a story giving another year (2011) does not support" \
	jqt -s '.[12].status == "single-source" and ([.[12].evidence[] | select(.supports) | .path | endswith("/n.md")] == [true])' "$T/fig.json"
check "British and American spellings are one word (defence programme armoured harbour / defense program armored harbor)" \
	jqt -s '.[13].status == "single-source" and .[13].evidence[0].supports == true' "$T/fig.json"
check "a name and its alias are one (Marrenish / Marrenland, loaded with aliases --load)" \
	jqt -s '.[14].status == "single-source" and .[14].evidence[0].supports == true' "$T/fig.json"
check "a name the story gives once, sentences before the fact (Sollis ... she said), leaves its support" \
	jqt -s '.[9].status == "single-source" and .[9].evidence[0].supports == true and .[9].evidence[0].missing == null' "$T/fig.json"
check "a decimal point (3.5 million, 1.2 million) does not end a sentence: the fact's one sentence supports it" \
	jqt -s '.[15].status == "single-source" and .[15].evidence[0].supports == true' "$T/fig.json"
check "decimals count (1.2 million / 1.5 million sacks): another figure, possibly-contradicted" \
	jqt -s '.[22].status == "possibly-contradicted" and (.[22].evidence[0].why | test("figure: the source gives 1.5"))' "$T/fig.json"
check "a figure agrees at the claim's precision (1.4 million / 1.41 million bricks)" \
	jqt -s '.[23].status == "single-source" and .[23].evidence[0].supports == true' "$T/fig.json"
check "two figures of the claim in the window (61,000 and 47,000 tonnes) support it in other words" \
	jqt -s '.[24].status == "single-source" and .[24].evidence[0].supports == true and .[24].evidence[0].coverage < 0.75' "$T/fig.json"
check "one figure (9 percent) does not: the same words stay uncorroborated" \
	jqt -s '.[25].status == "uncorroborated"' "$T/fig.json"
check "a claim of two sentences whose first the source states (the quarry closed; the speaker's comment after it) is judged by that sentence" \
	jqt -s '.[26].status == "single-source" and .[26].evidence[0].supports == true' "$T/fig.json"
check "the same sentences the other way round (the comment first) stay uncorroborated" \
	jqt -s '.[27].status == "uncorroborated"' "$T/fig.json"
check "a hedged figure agrees with one within a twentieth of it (just short of 2,000 / about 1,950 singers)" \
	jqt -s '.[28].status == "single-source" and .[28].evidence[0].supports == true' "$T/fig.json"
check "not with one further off (just short of 2,500 / about 1,950 singers)" \
	jqt -s '.[29].status != "single-source" and .[29].status != "corroborated"' "$T/fig.json"
check "nor with one of another thing (about 4,000 jobs / about 4,100 troops), the claim's figure missing" \
	jqt -s '.[30].status == "uncorroborated" and (.[30].evidence[0].missing | test("4,000"))' "$T/fig.json"
check "the speaker's framing (as far as I can remember) is no part of the claim, and a verb of saying stands for another (insisted / said)" \
	jqt -s '.[31].status == "single-source" and .[31].evidence[0].supports == true' "$T/fig.json"
check "a month stands for its season (April / in the spring), and a year the story was published in for the claim's (2012)" \
	jqt -s '.[32].status == "single-source" and .[32].evidence[0].supports == true' "$T/fig.json"
check "a connective that opens the claim (at the same time) is no part of it" \
	jqt -s '.[33].status == "single-source" and .[33].evidence[0].supports == true' "$T/fig.json"
check "a modal of obligation and a distributive stand for others of their kind (ought, every / should, each)" \
	jqt -s '.[38].status == "single-source" and .[38].evidence[0].supports == true' "$T/fig.json"
check "a score is one figure: another score of the match (3-1 / 4-1) is possibly-contradicted, with why" \
	jqt -s '.[39].status == "possibly-contradicted" and (.[39].evidence[0].why | test("figure: the source gives 4-1"))' "$T/fig.json"
check "the same score supports (4-1 / 4-1)" \
	jqt -s '.[40].status == "single-source" and .[40].evidence[0].supports == true' "$T/fig.json"
check "a race time is one figure, in digits or words: another time (4:29.50 / four minutes, 31.07 seconds) is possibly-contradicted" \
	jqt -s '.[41].status == "possibly-contradicted" and (.[41].evidence[0].why | test("figure: the source gives 4:31.07"))' "$T/fig.json"
check "the same time in words supports (4:31.07 / four minutes, 31.07 seconds)" \
	jqt -s '.[42].status == "single-source" and .[42].evidence[0].supports == true' "$T/fig.json"
check "the other outcome of the claim's event (won / pulled out of the swim) is possibly-contradicted, with why" \
	jqt -s '.[43].status == "possibly-contradicted" and (.[43].evidence[0].why | startswith("outcome: the source has pulled out"))' "$T/fig.json"
check "a story with both outcomes, the claim's among them (won; his brother withdrew), supports" \
	jqt -s '.[44].status == "single-source" and .[44].evidence[0].contradicts == false' "$T/fig.json"
check "stay against leave is the other outcome (agreed to leave / will stay)" \
	jqt -s '.[45].status == "possibly-contradicted" and (.[45].evidence[0].why | startswith("outcome: the source has stay"))' "$T/fig.json"
check "a figure moving the other way in a sentence about something else (fish prices rose 4.5%) does not contradict the index that fell 4.5%" \
	jqt -s '.[46].status != "possibly-contradicted" and all(.[46].evidence[]; .contradicts == false)' "$T/fig.json"
check "an ordinal is a figure: another one of the same thing (12th / 13th title) is possibly-contradicted, with why" \
	jqt -s '.[47].status == "possibly-contradicted" and (.[47].evidence[0].why | test("figure: the source gives 13th"))' "$T/fig.json"
# words in other words (WordNet, where it is installed): other forms
# (gave, given), synonyms (purchased, bought; tempest, storm)
if [ -r "${CASETRACE_WORDNET:-/usr/share/wordnet}/data.noun" ]; then
	check "a claim in other words (purchased, went up, gave / bought, risen, given) is supported" \
		jqt -s '.[16].status == "single-source" and .[16].evidence[0].supports == true' "$T/fig.json"
	check "synonyms count for the words that agree around a figure that does not (900 / 300 fishermen; tempest, purchased / storm, bought)" \
		jqt -s '.[17].status == "possibly-contradicted" and (.[17].evidence[0].why | test("figure: the source gives 300"))' "$T/fig.json"
	check "a story without the name that starts the claim (Tarvel made a profit of 400m crowns) gives no other figure of it (537m crowns, another brewer's)" \
		jqt -s '.[18].status == "single-source" and all(.[18].evidence[]; .contradicts == false)' "$T/fig.json"
	check "a phrase WordNet has as one lemma, in another word (let go / released)" \
		jqt -s '.[34].status == "single-source" and .[34].evidence[0].supports == true' "$T/fig.json"
	check "a word, in a phrase WordNet has as one lemma (released / let go)" \
		jqt -s '.[35].status == "single-source" and .[35].evidence[0].supports == true' "$T/fig.json"
	check "an adjective's own word with an ending (north / northern)" \
		jqt -s '.[36].status == "single-source" and .[36].evidence[0].supports == true' "$T/fig.json"
	check "a name the story gives as another name of the same (Welsh / Wales, sentences on) stands in it" \
		jqt -s '.[37].status == "single-source" and .[37].evidence[0].supports == true' "$T/fig.json"
fi
CASETRACE_WORDNET=/nonexistent run 0 "$CT" -d "$T/fig.db" verify --json --include-restricted FIG-1 &&
	check "without WordNet a claim in other words is uncorroborated, and verify says why on stderr" \
		bash -c "jq -s -e '.[16].status == \"uncorroborated\" and .[0].status == \"possibly-contradicted\"' '$T/out' >/dev/null && grep -q 'WordNet not found' '$T/err'"
check "a negation before an indirect question (has not said which farms) does not deny the claim's farms" \
	jqt -s '.[19].status == "single-source" and .[19].evidence[0].supports == true and .[19].evidence[0].contradicts == false' "$T/fig.json"
# another name in the claim's phrase (WordNet tells nouns from verbs)
if [ -r "${CASETRACE_WORDNET:-/usr/share/wordnet}/data.noun" ]; then
	check "another name in the place of the claim's (a boat of the Vellor line / of the Trennick line) is possibly-contradicted, with why" \
		jqt -s '.[20].status == "possibly-contradicted" and ([.[20].evidence[] | select(.contradicts) | .why] == ["name: the source has Vellor in the place of the claim'"'"'s"])' "$T/fig.json"
	check "another speaker beside a verb (Aldo Fenn told / Ruth Pander told) is no name in the claim's place" \
		jqt -s 'all(.[21].evidence[]; .contradicts == false) and .[21].status != "possibly-contradicted"' "$T/fig.json"
fi
# the speaker's framing ("frankly", "I think", "we were told") weighs less
# in the query: a database of its own, where those words are rarer than the
# fact's (20 passages each, against 25) and lead 140 passages, more than the
# 80 the query fetches
mkdir -p "$T/frame/news" "$T/frame/iv"
printf -- '---\nkind: news\ntitle: Harbour notice\noutlet: Test Ledger\ndate: 2012-06-02\n---\n\nThe Orlin ferry was suspended on Monday while the harbour board met.\n' >"$T/frame/news/fact.md"
{
	printf -- '---\nkind: news\ntitle: Notes\noutlet: Test Gazette\ndate: 2012-06-01\n---\n\n'
	for w in frankly honestly basically really think everybody told; do
		for i in $(seq 1 20); do printf '%s so, note %s.\n\n' "$w" "$i"; done
	done
	for w in Orlin ferry suspended; do
		for i in $(seq 1 25); do printf 'The %s item of the Varrow list, number %s, stands apart from the others here.\n\n' "$w" "$i"; done
	done
	for i in $(seq 1 90); do printf 'Plain line %s of the Varrow list.\n\n' "$i"; done
} >"$T/frame/news/notes.md"
printf -- '---\nkind: interview\ncode: FRAME-1\ndate: 2013-01-01\n---\n\n- Frankly, honestly, basically, really, I think everybody was told the Orlin ferry was suspended.\n' >"$T/frame/iv/FRAME-1.md"
run 0 "$CT" -d "$T/frame.db" add "$T/frame/news" "$T/frame/iv" && run 0 "$CT" -d "$T/frame.db" verify --json FRAME-1 &&
	check "the speaker's framing (frankly, I think, told) does not lead the query: the story with the fact's words is evidence" \
		jqt -s '.[0].evidence | any(.path | endswith("/frame/news/fact.md"))' "$T/out"
run 0 "$CT" -d "$T/fig.db" verify --json FIG-1 &&
	check "missing terms (claim words) withheld without --include-restricted" jqt -s '[.[].evidence[]] | length > 0 and all(.missing == null)' "$T/out"
check "snippets carry no ** marks (the claim's words) without --include-restricted" jqt -s '[.[].evidence[].snippet] | length > 0 and all(contains("**") | not)' "$T/out"
check "--include-restricted marks the claim's words in the snippets" jqt -s '[.[].evidence[].snippet] | any(contains("**"))' "$T/fig.json"
check "why never repeats the claim's figures or names" bash -c "! jq -r '.evidence[].why // empty' '$T/fig.json' | grep -qE '1,200|thousand|48000|Trennick'"

finish
