#!/usr/bin/env bash
# The region facet end to end on the sample corpus, through the real binaries: its counts
# equal an independent count (each article's area from `yjs-index --explain`, looked up in
# the gazetteer's TSV with awk, not through the program's gazetteer), --region and region:
# find exactly the articles of that region, a place group (Tyne and Wear, West Yorkshire)
# finds its services, and a region's other names ("yorkshire") mean the region.
# Usage: region_test.sh YJS_INDEX YJS_SEARCH SAMPLE_DIR GAZETTEER_TSV WORK_DIR
set -u
index=$1 search=$2 sample=$3 tsv=$4 work=$5
rm -rf "$work" && mkdir -p "$work"
db="$work/db"
fail() { echo "FAIL: $*"; exit 1; }
"$index" --db "$db" "$sample" 2>"$work/err" || fail "indexing: $(cat "$work/err")"

# Independent count: area of each article -> region column of the TSV.
"$index" --explain --json "$sample" | jq -r '.facets.area.value // empty' >"$work/areas"
awk -F'\t' 'NR == FNR { if ($0 !~ /^[#@]/ && NF >= 4) region[$1] = $4; next }
            { n[region[$0]]++ } END { for (r in n) print r "\t" n[r] }' \
  "$tsv" "$work/areas" | sort >"$work/expected"
"$search" --db "$db" --json --facets --facet-limit 0 --limit 0 "" |
  jq -r '.facets.region[] | "\(.value)\t\(.count)"' | sort >"$work/counted"
diff "$work/expected" "$work/counted" >"$work/diff" ||
  fail "region counts differ from the gazetteer's count (expected < > counted): $(cat "$work/diff")"
[[ $(wc -l <"$work/counted") -ge 5 ]] || fail "fewer than 5 regions in the sample: $(cat "$work/counted")"

# A region's articles, by option and by query field, are those the independent count has.
for region in "London" "Yorkshire and the Humber" "Wales"; do
  expected=$(awk -F'\t' -v r="$region" '$1 == r { print $2 }' "$work/expected")
  by_option=$("$search" --db "$db" --json --limit 0 --region "${region,,}" "" | jq .total)
  by_field=$("$search" --db "$db" --json --limit 0 "region:\"${region,,}\"" | jq .total)
  [[ $by_option == "$expected" ]] || fail "--region '$region' found $by_option, expected $expected"
  [[ $by_field == "$expected" ]] || fail "region:\"$region\" found $by_field, expected $expected"
done
# Other names of a region mean the region.
yorkshire=$("$search" --db "$db" --json --limit 0 --region yorkshire "" | jq .total)
full=$("$search" --db "$db" --json --limit 0 --region "yorkshire and the humber" "" | jq .total)
[[ $yorkshire == "$full" && $yorkshire -gt 0 ]] || fail "--region yorkshire found $yorkshire, the region $full"
# The JSON hit carries the region; --facets --region london lists only London.
"$search" --db "$db" --json --facets --region london "" >"$work/london.json"
jq -e '[.hits[].region] | all(. == "London") and length > 0' "$work/london.json" >/dev/null ||
  fail "hits of --region london: $(jq -c '[.hits[].region]' "$work/london.json")"
jq -e '.facets.region | length == 1 and .[0].value == "London"' "$work/london.json" >/dev/null ||
  fail "facets of --region london: $(jq -c .facets.region "$work/london.json")"
# A place group finds the services in it, and no others: a one-article JSON Lines feed.
cat >"$work/feed.jsonl" <<'JSONL'
{"id": "g1", "title": "Gateshead youth justice rated Good", "area": "Gateshead", "body": "Rated Good."}
{"id": "g2", "title": "Leeds youth justice rated Good", "area": "Leeds", "body": "Rated Good."}
{"id": "g3", "title": "Durham youth justice rated Good", "area": "County Durham", "body": "Rated Good."}
JSONL
"$index" --db "$work/groups" "$work/feed.jsonl" 2>"$work/err" || fail "feed: $(cat "$work/err")"
ids() { "$search" --db "$work/groups" --json "$@" | jq -r '[.hits[].id] | sort | join(" ")'; }
[[ $(ids --region "tyne and wear" "") == "g1" ]] || fail "Tyne and Wear: $(ids --region "tyne and wear" "")"
[[ $(ids --region "north east" "") == "g1 g3" ]] || fail "North East: $(ids --region "north east" "")"
[[ $(ids 'region:"west yorkshire"') == "g2" ]] || fail "West Yorkshire: $(ids 'region:"west yorkshire"')"
echo "ok: region counts equal the gazetteer's count ($(tr '\n' ';' <"$work/counted"))"
