#!/usr/bin/env bash
# Index integrity through the real yjs-index, on a copy of the fixtures it may change:
# one document per article whichever way its file is reached (folder, parent, relative or
# absolute path, symbolic link); --prune deletes only gone files under the PATHs given,
# --dry-run lists them first, a plain run reports them; leftovers of a killed build are
# removed by the next run. (Two writers at once: crash_test.sh.)
# Usage: integrity_test.sh YJS_INDEX YJS_SEARCH DATA_DIR WORK_DIR
set -u
index=$1 search=$2 data=$3 work=$4
rm -rf "$work" && mkdir -p "$work/tree" && cp -r "$data/articles" "$work/tree/corpus"
cd "$work/tree" || exit 1
db="$work/db"
fail() { echo "FAIL: $*"; exit 1; }

run() {  # yjs-index with these arguments; stderr kept in $work/err, exit status in $status
  "$index" --db "$db" "$@" >"$work/out" 2>"$work/err"
  status=$?
}
expect() {  # $1 exit status, $2 regex stderr must match
  [[ $status == "$1" ]] || fail "exit $status, expected $1: $(cat "$work/err")"
  grep -Eq "$2" "$work/err" || fail "stderr does not match '$2': $(cat "$work/err")"
}
hits() {  # documents matching a query
  "$search" --db "$db" --json --limit 0 "$1" | sed -n 's/^ *"total": \([0-9]*\),/\1/p'
}

# 2. The same file twice: through its folder, the parent folder, a relative path with
# detours, an absolute path, a link to the folder and a link to the file.
run corpus
expect 0 "10 added, .*; 10 documents"
run .
expect 0 " 0 added, .*; 10 documents"
run ./corpus/news/../leicester-city-2019.txt "$work/tree/corpus/southend-2025.txt"
expect 0 " 0 added, .*; 10 documents"
ln -s "$work/tree/corpus" "$work/link" && ln -s corpus/tricky-words.txt "$work/tree/alias.txt"
run "$work/link" alias.txt
expect 0 " 0 added, .*; 10 documents"
[[ $(hits sunderland) == 1 ]] || fail "sunderland: $(hits sunderland) hits, expected 1"
echo "ok: one document per article through folder, parent, relative, absolute and linked paths"

# 3. --prune with a narrower argument than the whole corpus, after a file is deleted.
rm corpus/leicester-city-2019.txt corpus/feed.jsonl
run corpus
expect 0 "3 documents from 2 gone files \(feed.jsonl, leicester-city-2019.txt\) are still in the database; --prune deletes them"
run --prune corpus/southend-2025.txt
expect 0 " 0 deleted, 0 failed .*; 10 documents"
run --prune --dry-run corpus
expect 0 "dry run: 3 documents would be deleted \(2 files gone\); nothing written"
grep -q "^would delete feed-1 (feed.jsonl is gone)$" "$work/out" || fail "dry run output: $(cat "$work/out")"
grep -q "^would delete leicester-city-2019.txt (leicester-city-2019.txt is gone)$" "$work/out" ||
  fail "dry run output: $(cat "$work/out")"
[[ $(hits leicester) -ge 1 ]] || fail "the dry run deleted something"
run --prune corpus/leicester-city-2019.txt
expect 0 "leicester-city-2019.txt: warning: no such file or directory; pruning what was indexed from it"
expect 0 " 1 deleted, 0 failed .*; 9 documents"
run --prune "$work/link/"
expect 0 " 2 deleted, 0 failed .*; 7 documents"
run corpus
grep -q "gone files" "$work/err" && fail "gone files reported after pruning: $(cat "$work/err")"
echo "ok: --prune deletes only gone files under the PATHs given; --dry-run lists; plain runs report gone files"

# A killed build's temporary folders are removed by the next run holding the lock.
mkdir -p "$db.run0-3.tmp/x" "$db.merging.tmp" "$db.spelling1.tmp"
run corpus
expect 0 "removed 3 temporary folders left by an interrupted build"
ls -d "$db".*.tmp 2>/dev/null && fail "temporary folders left"
echo "ok: leftovers of a killed build removed under the lock"
echo "integrity test: 3 passed, 0 failed"
