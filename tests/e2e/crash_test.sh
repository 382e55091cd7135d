#!/usr/bin/env bash
# Crash safety: kill yjs-index (SIGKILL, and SIGINT) at several moments, fresh builds and
# updates alike; the database must open at its last commit, and re-running the same
# command must finish with every article exactly once.
# Usage: crash_test.sh YJS_INDEX YJS_SEARCH YJS_CORPUS WORK_DIR
# YJS_CRASH_ARTICLES sets the corpus size (default 2400; the sanitizer build, several times
# slower, uses fewer, so that the kills still land mid-run without a long wait).
set -u
index=$1 search=$2 corpus=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
articles=${YJS_CRASH_ARTICLES:-2400}
"$corpus" generate --out "$work/corpus" -n $articles --seed 5 2>/dev/null || exit 1
fail() { echo "FAIL: $*"; exit 1; }

count() {  # documents in the database, or "none" when it cannot be opened
  "$search" --db "$1" --json --limit 0 2>/dev/null | sed -n 's/^ *"total": \([0-9]*\),/\1/p' | head -1
}

check_complete() {  # $1 db: every article exactly once, every id once
  local n
  n=$(count "$1")
  [[ $n == "$articles" ]] || fail "$1 has ${n:-no readable} documents, expected $articles"
  local ids
  ids=$(xapian-delve -a "$1" 2>/dev/null | tr ' ' '\n' | grep -c '^Q')
  [[ $ids == "$articles" ]] || fail "$1 has $ids id terms, expected $articles"
}

kill_and_rerun() {  # $1 db, $2 delay, then yjs-index options: SIGKILL mid-run, then re-run
  local db=$1 delay=$2
  shift 2
  "$index" --db "$db" "$@" "$work/corpus" 2>/dev/null &
  local pid=$!
  sleep "$delay"
  kill -KILL $pid 2>/dev/null
  wait $pid 2>/dev/null
  if [[ -e $db ]]; then
    [[ -n $(count "$db") ]] || fail "database $db does not open after SIGKILL at ${delay}s"
  fi
  "$index" --db "$db" "$work/corpus" 2>"$work/rerun.log" || fail "re-run after kill at ${delay}s: $(cat "$work/rerun.log")"
  check_complete "$db"
}

# Fresh builds killed at several moments, then re-run.
for delay in 0.3 1.5 3; do
  kill_and_rerun "$work/fresh-$delay" "$delay"
  ls -d "$work"/fresh-"$delay".*.tmp 2>/dev/null && fail "temporary runs left behind"
  echo "ok: fresh build killed at ${delay}s, re-run complete"
done

# Updates of an existing database killed at several moments, then re-run. The first
# indexing covers one folder holding half the corpus; the rest is indexed through its
# parent, and the articles already in keep their one document each (ids do not depend on
# the PATH).
half="$work/corpus/first"
mkdir -p "$half"
find "$work/corpus" -name '*.txt' | sort | head -n $((articles / 2)) | xargs mv -t "$half"
for delay in 0.5 2; do
  db="$work/update-$delay"
  "$index" --db "$db" "$half" 2>/dev/null || fail "first half"
  kill_and_rerun "$db" "$delay" -j 1 --batch 200
  echo "ok: update killed at ${delay}s, re-run complete"
done

# A sharded database: a fresh build killed (nothing appears until it is whole), and an
# update killed while the shards commit one by one; each re-run completes the job.
db="$work/sharded-fresh"
"$index" --db "$db" --shards 2 "$work/corpus" 2>/dev/null &
pid=$!
sleep 1
kill -KILL $pid 2>/dev/null
wait $pid 2>/dev/null
if [[ -e $db ]]; then [[ -n $(count "$db") ]] || fail "$db does not open after SIGKILL"; fi
"$index" --db "$db" --shards 2 "$work/corpus" 2>"$work/rerun.log" || fail "re-run: $(cat "$work/rerun.log")"
check_complete "$db"
[[ -f $db/XAPIANDB ]] || fail "$db is not sharded"
ls -d "$db".*.tmp 2>/dev/null && fail "temporary runs left behind"
db="$work/sharded-update"
"$index" --db "$db" --shards 2 "$half" 2>/dev/null || fail "first half, sharded"
kill_and_rerun "$db" 1 -j 1 --batch 200
echo "ok: sharded database: fresh build and update killed, re-runs complete"

# SIGINT: commit what was written, summary, exit 130; re-run completes.
db="$work/sigint"
"$index" --db "$db" -j 1 --batch 100 "$half" 2>/dev/null || fail "first half"
"$index" --db "$db" -j 1 --batch 100 "$work/corpus" 2>"$work/sigint.log" &
pid=$!
sleep 1
kill -INT $pid
wait $pid
status=$?
[[ $status == 130 || $status == 0 ]] || fail "SIGINT exit status $status, expected 130: $(cat "$work/sigint.log")"
grep -q "yjs-index: .* added" "$work/sigint.log" || fail "no summary after SIGINT"
"$index" --db "$db" "$work/corpus" 2>/dev/null || fail "re-run after SIGINT"
check_complete "$db"
echo "ok: SIGINT exit $status, re-run complete"
# A second writer: exit 1 naming the lock, or with --wait, wait its turn. Searches keep
# working while the first writer commits batches.
db="$work/locked"
"$index" --db "$db" -j 1 --batch 50 "$half" 2>/dev/null || fail "first half"
"$index" --db "$db" -j 1 --batch 50 "$work/corpus" 2>/dev/null &
pid=$!
sleep 0.5
"$index" --db "$db" "$half" 2>"$work/locked.log"
status=$?
[[ $status == 1 ]] || fail "second writer exited $status, expected 1"
grep -q "database is locked by another indexer" "$work/locked.log" || fail "no lock message: $(cat "$work/locked.log")"
for _ in 1 2 3 4 5; do
  "$search" --db "$db" --limit 1 resettlement >/dev/null 2>"$work/search.log" || fail "search during indexing: $(cat "$work/search.log")"
done
"$index" --db "$db" --wait "$half" 2>"$work/wait.log" || fail "--wait: $(cat "$work/wait.log")"
grep -q "is locked by another indexer; waiting" "$work/wait.log" || fail "--wait did not wait"
wait $pid
check_complete "$db"
echo "ok: second writer refused (exit 1), --wait waited, searches ran during indexing"

# A second writer during a fresh build on several cores (runs beside a database that does
# not exist yet): refused at once, naming the lock and --wait; a waiting one killed; the
# first build completes with every article exactly once and nothing left behind.
db="$work/parallel-locked"
"$index" --db "$db" -j 2 --articles-per-writer 100 -v "$work/corpus" 2>"$work/first.log" &
pid=$!
for _ in $(seq 100); do ls -d "$db".run*.tmp >/dev/null 2>&1 && break; sleep 0.05; done
[[ -e $db ]] && fail "the fresh build was not building runs when the second writer came"
"$index" --db "$db" "$half" 2>"$work/second.log"
status=$?
[[ $status == 1 ]] || fail "second writer during a parallel build exited $status, expected 1: $(cat "$work/second.log")"
grep -q "database is locked by another indexer .*--wait" "$work/second.log" ||
  fail "no lock message: $(cat "$work/second.log")"
"$index" --db "$db" --wait "$half" 2>"$work/waiting.log" &
waiting=$!
sleep 0.3
kill -KILL $waiting 2>/dev/null
wait $waiting 2>/dev/null
wait $pid || fail "first build: $(cat "$work/first.log")"
grep -q "runs merged" "$work/first.log" || fail "first build was not parallel: $(cat "$work/first.log")"
check_complete "$db"
ls -d "$db".*.tmp 2>/dev/null && fail "temporary runs left behind"
echo "ok: second writer refused during a parallel build, a waiting one killed, build complete"
echo "crash test: 3 passed, 0 failed"
