#!/usr/bin/env bash
# The before/after equality check: a restructuring must leave what yjs-index writes and
# what yjs-search prints exactly as they were. Indexes a corpus, dumps every document
# canonically (yjs-dump-index: by id; terms with wdf and positions, values, data; spelling,
# synonyms, metadata), runs a fixed list of searches (text and JSON; facets, filters, sort,
# collapse, history, corrections) and compares the SHA-256 of each output with the digest
# recorded in tests/data/equality/digests.txt. Each differing part is named.
#
# Usage: same_output.sh PART YJS_INDEX YJS_SEARCH YJS_CORPUS YJS_DUMP_INDEX SOURCE_DIR WORK_DIR
#   PART: "sample"    corpus/sample indexed new (the one-writer pipeline), then updated
#                     with tests/data/articles (JSON Lines, spelling counted per document),
#                     plus yjs-index --explain of the sample corpus;
#         "generated" 5,000 articles from yjs-corpus (seed 7) built new on two writers
#                     (the sharded build).
# UPDATE_DIGESTS=1 records this part's digests instead of comparing: only for a change
# meant to alter behaviour, in a commit of its own that says why. KEEP_OUTPUT=1 keeps the
# outputs (WORK_DIR/out) after a success too; after a failure they are always kept.
set -u
part=$1 index=$2 search=$3 corpus=$4 dump=$5 source=$6 work=$7
digests="$source/tests/data/equality/digests.txt"
rm -rf "$work" && mkdir -p "$work/out" || exit 1
cd "$work" || exit 1  # relative paths: stored paths and messages do not name this machine
export YJS_DB="$work/no-default-db"  # never the user's own database

fail() { echo "FAIL: $*"; exit 1; }

# Indexing must succeed; its summary (with timings) is not part of the comparison.
index_into() {  # DB PATH... [options]
  "$index" --db "$@" >/dev/null 2>"$work/index.log" || fail "yjs-index --db $*: $(cat "$work/index.log")"
}

# One output: stdout, stderr and the exit status of a command, kept under out/.
record() {  # NAME COMMAND...
  local name=$1
  shift
  { "$@"; echo "exit status $?"; } >"out/$name" 2>&1
}

dump() {  # NAME DB
  "$dump" "$2" >"out/$1" 2>&1 || fail "yjs-dump-index $2: $(head -c 500 "out/$1")"
}

# The searches, one a line: NAME then yjs-search's arguments as shell words.
run_searches() {  # PREFIX DB
  local prefix=$1 db=$2 name args
  while read -r name args; do
    [[ -z $name || $name == \#* ]] && continue
    eval "local argv=($args)"
    record "$prefix.search.$name" "$search" --db "$db" "${argv[@]}"
  done
}

sample_searches() {
  cat <<'EOF'
text-plain            speech and language
json-plain            --json speech and language
text-facets           --facets --facet-limit 0 youth justice
json-facets-all       --json --facets --facet-limit 0 --limit 100
json-rating-field     --json rating:inadequate
json-filters          --json --rating good --rating outstanding --year 2015..2020 re-offending
json-area-date        --json --area "leicester city" --sort date
json-collapse         --json --collapse area --sort rating youth justice
json-sort-rating      --json --min-rating good --sort rating --limit 50
json-sort-date        --json --sort date --limit 50 inspection
text-history          --history "Leicester City"
json-history          --json --history leicestershire
json-history-blackpool --json --history blackpool
json-suggest          --json speach langauge
text-suggest          managment oversite
json-any              --json --any speech exclusion
json-all              --json --all speech exclusion
json-synonym-yot      --json YOT
json-synonym-phrase   --json "out of court disposal"
json-camhs            --json CAMHS waiting
json-compound         --json re-offending
json-age-range        --json 10-17
json-age-range-dash   --json 10–17
json-title            --json title:inadequate
json-wildcard         --json exploit*
json-kind-nation      --json kind:inspection nation:wales
json-kind-filter      --json --kind "annual report" --kind thematic --facets
json-nation-filter    --json --nation Wales --facets
json-inspector-field  --json inspector:"justin russell"
json-inspector-filter --json --inspector "Dame Glenys Stacey"
json-unknown-area     --json --area leicster youth
json-unknown-field    --json area:"leicster city" rating:excelent
json-not              --json --limit 50 NOT youth
json-page             --json --offset 5 --limit 5 youth
json-year-open        --json --year ..2015 --facets
json-year-from        --json --year 2019.. --sort date
json-year-query       --json year:2015..2019 inspection
json-phrase           --json "\"speech and language\""
json-apostrophe       --json "Leicester’s" children’s
json-accents          --json "Ynys Môn"
json-operators        --json "(leicester OR southend) AND NOT improvement"
bad-query             --json "(("
bad-year              --year 20x9 youth
EOF
}

generated_searches() {
  cat <<'EOF'
text-plain            speech and language
json-plain            --json --limit 20 youth justice service
json-facets           --json --facets --facet-limit 0 --limit 0
text-facets           --facets inspection
json-filters          --json --rating inadequate --year 2018..2021 --facets --limit 20
json-area             --json --area nottingham --sort date --limit 50
json-collapse         --json --collapse area --sort rating --limit 30 rated
json-history          --json --history Lewisham
text-history          --history Coventry
json-suggest          --json speach langauge
json-synonym          --json --limit 20 YOT CAMHS
json-compound         --json --limit 20 re-offending
json-min-rating       --json --min-rating good --sort date --limit 30 exploitation
json-inspector        --json --inspector "Justin Russell" --facets --limit 5
json-kind-nation      --json kind:inspection nation:wales --limit 20
json-any              --json --any --limit 20 resettlement safeguarding victims
json-phrase           --json --limit 20 "\"court disposals\""
EOF
}

case $part in
  sample)
    cp -r "$source/corpus/sample" sample && cp -r "$source/tests/data/articles" articles || exit 1
    index_into db sample
    dump sample.index db
    sample_searches | run_searches sample db
    # The same database updated: an existing database, JSON Lines, spelling per document.
    cp -r db updated
    index_into updated articles
    dump sample.updated.index updated
    record sample.explain.text "$index" --explain sample
    record sample.explain.json "$index" --explain --json sample articles
    ;;
  generated)
    "$corpus" generate --out generated -n 5000 --seed 7 >/dev/null 2>&1 || fail "yjs-corpus generate"
    index_into db -j 2 generated
    dump generated.index db
    generated_searches | run_searches generated db
    ;;
  *)
    fail "unknown part '$part' (sample or generated)"
    ;;
esac

# Compare (or record) the digests of this part's outputs.
(cd out && sha256sum -- *) | awk '{ print $2, $1 }' | LC_ALL=C sort >digests.now
if [[ ${UPDATE_DIGESTS:-} == 1 ]]; then
  { grep -v "^$part\." "$digests" 2>/dev/null; cat digests.now; } | LC_ALL=C sort >digests.new
  mv digests.new "$digests"
  echo "recorded $(wc -l <digests.now) digests of part '$part' in $digests"
  exit 0
fi
grep "^$part\." "$digests" | LC_ALL=C sort >digests.expected
[[ -s digests.expected ]] || fail "no digests for part '$part' in $digests (record them with UPDATE_DIGESTS=1)"
differing=$(LC_ALL=C join -a1 -a2 -e missing -o 0,1.2,2.2 digests.expected digests.now | awk '$2 != $3 { print $1 }')
if [[ -n $differing ]]; then
  echo "FAIL: these outputs differ from the recorded ones (kept in $work/out):"
  for name in $differing; do
    echo "  $name"
  done
  echo "To see how: build the commit the digests came from, run this script there with the"
  echo "same arguments but another WORK_DIR and KEEP_OUTPUT=1, and diff the two out/ folders."
  exit 1
fi
echo "ok: $(wc -l <digests.now) outputs of part '$part' are as recorded"
# Hundreds of megabytes for the generated part: kept only when asked (KEEP_OUTPUT=1).
[[ ${KEEP_OUTPUT:-} == 1 ]] || rm -rf "$work"
