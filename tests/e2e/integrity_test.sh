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

# 4. A file emptied since it was indexed is a gone article: reported, listed, pruned.
: >corpus/thematic-neurodiversity.txt
run corpus
expect 0 "1 documents from 1 gone files \(thematic-neurodiversity.txt \(emptied\)\) are still in the database"
run --prune --dry-run corpus
expect 0 "dry run: 1 documents would be deleted"
grep -q "^would delete thematic-neurodiversity.txt (thematic-neurodiversity.txt is empty)$" "$work/out" ||
  fail "dry run output: $(cat "$work/out")"
run --prune corpus
expect 0 " 1 deleted, 0 failed .*; 6 documents"
echo "ok: an emptied file is a gone article"

# 5. --delete takes a file's path as typed (relative or absolute), as well as its id.
run --delete corpus/news/sunderland-outstanding.txt
expect 0 "1 deleted; 5 documents"
run --delete "$work/tree/corpus/southend-2025.txt" leicestershire-2021.txt
expect 0 "2 deleted; 3 documents"
[[ $(hits sunderland) == 0 ]] || fail "sunderland: still found after --delete by path"
echo "ok: --delete by path as typed and by id"

# 6. --explain with --db prints the id that database gives (relative to its root).
explained_id() { "$index" --explain --json "$@" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p'; }
got=$(cd corpus/news && explained_id --db "$db" sunderland-outstanding.txt)
[[ $got == news/sunderland-outstanding.txt ]] || fail "--explain --db id: '$got'"
got=$(cd corpus/news && explained_id sunderland-outstanding.txt)
[[ $got == sunderland-outstanding.txt ]] || fail "--explain id without --db: '$got'"
echo "ok: --explain --db gives the database's ids"

# A killed build's temporary folders are removed by the next run holding the lock.
mkdir -p "$db.run0-3.tmp/x" "$db.merging.tmp" "$db.spelling1.tmp"
run corpus
expect 0 "removed 3 temporary folders left by an interrupted build"
ls -d "$db".*.tmp 2>/dev/null && fail "temporary folders left"
echo "ok: leftovers of a killed build removed under the lock"
echo "integrity test: 6 passed, 0 failed"
