#!/usr/bin/env bash
# Shards, local and remote, through the real programs: one database, the same articles in
# 3 shards searched locally, and the 3 shards served by xapian-tcpsrv (one server each, on
# loopback) give the same totals, weights, facet counts, suggestions and histories; a shard
# that is down is an error naming it; the writer lock covers every shard; Xapian's own
# tools read a sharded database; --compact merges it back into one.
# Usage: remote_shards_test.sh YJS_INDEX YJS_SEARCH YJS_CORPUS WORK_DIR
set -u
index=$1 search=$2 corpus=$3 work=$4
serve_shards="$(cd "$(dirname "$0")/../.." && pwd)/scripts/serve-shards.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
passed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }

stop_servers() {
  [[ -f remote.stub.pids ]] && xargs -r kill <remote.stub.pids 2>/dev/null
}
trap stop_servers EXIT

"$corpus" generate --out corpus -n 150 --seed 3 2>/dev/null || fail "generating the corpus"
"$index" --db single corpus 2>/dev/null || fail "indexing one database"
"$index" --db sharded --shards 3 corpus 2>"$work/err" || fail "indexing 3 shards: $(cat err)"
grep -q "150 added, .* 150 documents in sharded" err || fail "sharded summary: $(cat err)"
[[ $(grep -c '^auto shard-' sharded/XAPIANDB) == 3 ]] || fail "stub: $(cat sharded/XAPIANDB)"

# One xapian-tcpsrv per shard on loopback (in its own session: on SIGTERM it signals its
# whole process group), listed in remote.stub with the local lexicon: Xapian 1.4's remote
# backend serves no spelling or synonym tables, so a search host keeps a copy of those.
bash "$serve_shards" sharded remote.stub 300 || fail "cannot serve the shards"
grep -v lexicon remote.stub >remote-without-lexicon.stub
[[ $(grep -c '^remote 127.0.0.1:' remote.stub) == 3 ]] || fail "remote.stub: $(cat remote.stub)"

# The same search on each database, reduced to what must be equal: totals, facets,
# suggestion, the weights in rank order, the hits as a set of (id, weight) (equal weights
# may come in another order: ties go by document number, which shards change), and each
# history entry.
same() {
  local name=$1 expected actual db
  shift
  expected=$("$search" --db single --json "$@" | jq -S "$filter") || fail "$name: single failed"
  for db in sharded remote.stub; do
    actual=$("$search" --db "$db" --json "$@" 2>"$work/search.err" | jq -S "$filter") ||
      fail "$name: $db failed: $(cat "$work/search.err")"
    [[ -s $work/search.err ]] && fail "$name: $db warned: $(cat "$work/search.err")"
    [[ $actual == "$expected" ]] ||
      fail "$name: $db differs:$(diff <(echo "$expected") <(echo "$actual") | head -20)"
  done
  [[ $(jq -r '.total' <<<"$expected") -gt 0 ]] || fail "$name: nothing found; the check proves nothing"
}
filter='{total, suggestion, corrected, relaxed, facets, weights: [.hits[].weight],
  hits: (.hits | map([.id, .weight]) | sort),
  inspections: (.inspections // [] | map(.sources |= sort))}'
same "keywords with facets" --facets --facet-limit 0 --limit 200 management board
same "filters" --facets --limit 200 --rating good --year 2015..2024 youth justice
same "phrase" --facets --limit 200 '"speech and language"'
same "synonyms" --facets --limit 200 yot
same "spelling" --facets --limit 200 managment bord
same "everything" --facets --facet-limit 0 --limit 0
same "sort by date" --limit 200 --sort date children
area=$("$search" --db single --json --facets --limit 0 | jq -r '.facets.area[0].value')
same "history" --history "$area"
filter='{total, facets, hits: (.hits | map([.area, .weight, .collapsed]) | sort)}'
same "collapse" --facets --limit 200 --collapse area children
[[ $("$search" --db single --json managment bord | jq -r .suggestion) == "management board" ]] ||
  fail "no spelling suggestion to compare"
ok "one database, 3 local shards and 3 remote shards: same totals, weights, facets, suggestions, history, collapse"

# Repeated --db: the shards and the lexicon named one by one.
filter='{total, facets, weights: [.hits[].weight]}'
expected=$("$search" --db single --json --facets management | jq -S "$filter")
actual=$("$search" --db sharded/shard-0 --db sharded/shard-1 --db sharded/shard-2 \
  --db sharded/lexicon --json --facets management | jq -S "$filter")
[[ $actual == "$expected" ]] || fail "repeated --db differs"
ok "--db repeated"

# Remote shards without the lexicon: the answer is given, and stderr says what is missing.
"$search" --db remote-without-lexicon.stub managment bord yot >/dev/null 2>err || fail "search without lexicon: $(cat err)"
grep -q "warning: acronyms (YOT, CAMHS, SEND, OOCD) only match as typed: the remote shards serve no synonym table" err ||
  fail "no synonym warning: $(cat err)"
grep -q "warning: no spelling suggestions: the remote shards serve no spelling table" err ||
  fail "no spelling warning: $(cat err)"
ok "remote shards without the lexicon warn that synonyms and suggestions are missing"

# Xapian's own tools read the sharded database as one.
xapian-delve sharded | grep -q "number of documents = 150" || fail "xapian-delve: $(xapian-delve sharded)"
quest -d remote.stub management | grep -q "^Exactly [0-9]* matches" || fail "quest over remote shards"
ok "xapian-delve and quest read the sharded database and the remote stub"

# A shard down: exit 1, naming the shard and the timeout.
down=$(sed -n 's/^remote 127.0.0.1:\([0-9]*\)$/\1/p' remote.stub | sed -n 2p)
pid=$(sed -n 2p remote.stub.pids)
kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
"$search" --db remote.stub --timeout 3 youth >/dev/null 2>err
status=$?
[[ $status == 1 ]] || fail "shard down: exit $status, expected 1"
grep -Eq "^yjs-search: error: cannot open database 'remote.stub': shard 'remote 127.0.0.1:$down' \(remote.stub:2\) cannot be opened: .*Connection refused.*fails after 3 s$" err ||
  fail "shard down message: $(cat err)"
[[ $(wc -l <err) == 1 ]] || fail "more than one line on stderr: $(cat err)"
ok "a shard down: exit 1, one line naming the shard and the timeout"

# The writer lock covers every shard: while it is held, no indexer writes any of them.
flock sharded.lock sleep 3 &
holder=$!
sleep 0.5
"$index" --db sharded corpus 2>err
status=$?
[[ $status == 1 ]] || fail "indexing a locked sharded database: exit $status"
grep -q "database is locked by another indexer" err || fail "lock message: $(cat err)"
"$index" --db sharded/shard-2 corpus 2>err
[[ $? == 2 ]] && grep -q "is a part of the sharded database" err || fail "writing a shard directly: $(cat err)"
wait "$holder"
ok "the writer lock covers the shards; a shard is not written on its own"

# --compact: one database holding the same.
"$index" --compact sharded merged 2>err || fail "--compact: $(cat err)"
filter='{total, facets, weights: [.hits[].weight], hits: (.hits | map([.id, .weight]) | sort)}'
expected=$("$search" --db single --json --facets --limit 200 youth | jq -S "$filter")
actual=$("$search" --db merged --json --facets --limit 200 youth | jq -S "$filter")
[[ $actual == "$expected" ]] || fail "compacted database differs"
[[ -f merged/iamglass ]] || fail "compacted database is not one glass database"
ok "--compact merges the shards into one database holding the same"

echo "remote shards test: $passed passed, 0 failed"
