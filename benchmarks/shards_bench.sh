#!/usr/bin/env bash
# Shards against one database, on this machine:
#  1. indexing throughput: fresh builds of one generated corpus as one database and with
#     `yjs-index --shards N`, alternated REPEAT times, median wall time;
#  2. query latency (yjs_query_bench: p50/p95/p99 per query class, exact facets included)
#     over the one database, the N shards searched locally, and the N shards each served by
#     xapian-tcpsrv on loopback (scripts/serve-shards.sh), the lexicon local.
# Usage: benchmarks/shards_bench.sh BUILD_DIR ARTICLES [WORK_DIR]
#   BUILD_DIR: a Release build with -DYJS_BUILD_BENCHMARKS=ON
#   environment: SHARDS (2), REPEAT (3), QUERIES per class (200), SEED (1)
set -euo pipefail
build=$(realpath "$1") articles=$2 work=${3:-/tmp/yjs-shards-bench}
shards=${SHARDS:-2} repeat=${REPEAT:-3} queries=${QUERIES:-200} seed=${SEED:-1}
here=$(cd "$(dirname "$0")/.." && pwd)
index=$build/indexer/yjs-index
query_bench=$build/benchmarks/yjs_query_bench
for program in "$index" "$query_bench" "$build/corpus/yjs-corpus"; do
  [[ -x $program ]] || { echo "shards_bench: $program missing (build with -DYJS_BUILD_BENCHMARKS=ON)" >&2; exit 1; }
done
mkdir -p "$work"
corpus=$work/corpus-$articles-$seed
if [[ ! -d $corpus ]]; then
  "$build/corpus/yjs-corpus" generate --out "$corpus" -n "$articles" --seed "$seed" >/dev/null
fi

# Wall seconds of one fresh build into $1 with the extra yjs-index options that follow.
build_seconds() {
  local db=$1
  shift
  rm -rf "$db" "$db.lock"
  local start end
  start=$(date +%s.%N)
  "$index" --db "$db" "$@" "$corpus" 2>"$work/index.log" || { cat "$work/index.log" >&2; exit 1; }
  end=$(date +%s.%N)
  grep -q " $articles documents in " "$work/index.log" || { cat "$work/index.log" >&2; exit 1; }
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

one=() sharded=()
for ((i = 0; i < repeat; i++)); do
  one+=("$(build_seconds "$work/one")")
  sharded+=("$(build_seconds "$work/sharded" --shards "$shards")")
done
one_s=$(printf '%s\n' "${one[@]}" | median)
sharded_s=$(printf '%s\n' "${sharded[@]}" | median)
echo "yjsearch shards benchmark: $articles articles, $(nproc) CPUs, $repeat runs each (median)"
report() {  # $1 label, $2 median seconds, then every run's seconds
  awk -v label="$1" -v s="$2" -v n="$articles" -v runs="${*:3}" \
    'BEGIN {printf "%-22s %8.2f s %10.0f docs/s   runs: %s\n", label, s, n / s, runs}'
}
report "index, one database" "$one_s" "${one[@]}"
report "index, --shards $shards" "$sharded_s" "${sharded[@]}"
du -sh "$work/one" "$work/sharded" | sed 's/^/size  /'

bash "$here/scripts/serve-shards.sh" "$work/sharded" "$work/remote.stub"
trap 'xargs -r kill <"$work/remote.stub.pids" 2>/dev/null' EXIT
for db in "$work/one" "$work/sharded" "$work/remote.stub"; do
  echo
  echo "== queries over $db"
  "$query_bench" --db "$db" --queries "$queries" --seed "$seed"
done
