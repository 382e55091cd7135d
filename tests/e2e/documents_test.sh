#!/usr/bin/env bash
# Web pages and PDF reports end to end, through the real yjs-index and yjs-search: the
# pages of tests/data/documents, a report PDF written by cairo, a page saved as .txt, and
# hostile files (a 10 MB one-line page, 100,000 nested <div>s, a binary file named .html,
# an encrypted, a truncated and a 10,000-page blank PDF). Each hostile file is reported,
# the rest indexed; furniture words find nothing; titles are the headlines.
# Usage: documents_test.sh YJS_INDEX YJS_SEARCH MAKE_TEST_PDF DATA_DIR WORK_DIR
set -u
index=$1 search=$2 make_pdf=$3 data=$4 work=$5
rm -rf "$work" && mkdir -p "$work/in"
in="$work/in" db="$work/db"
fail() { echo "FAIL: $*"; exit 1; }

cp "$data"/documents/*.html "$in/"
cp "$data/documents/bbc-leicester-city-2019.html" "$in/saved-page.txt"  # HTML by content
"$make_pdf" "$in/report.pdf" --title "An inspection of youth offending services in Leicester City" \
  --created 2019-11-14T00:01:00 --header "Inspection of youth offending services: Leicester City" \
  --page-numbers <"$data/documents/pdf/leicester-city-2019-report.txt" || fail "writing report.pdf"
# Hostile files.
{
  printf '<html><body><main><h1>One very long line</h1><p>'
  yes 'desistance words on one line ' | tr -d '\n' | head -c 10485760
  printf '</p></main></body></html>'
} >"$in/long-line.html"
{
  printf '<html><body><main><h1>Deep</h1>'
  printf '<div>%.0s' $(seq 100000)
  printf 'deep text</main></body></html>'
} >"$in/deep.html"
{ printf 'GIF89a\0\0\1\0'; head -c 4096 /dev/urandom; } >"$in/binary.html"
"$make_pdf" "$in/encrypted.pdf" --encrypted || fail "writing encrypted.pdf"
head -c "$(($(stat -c %s "$in/report.pdf") / 2))" "$in/report.pdf" >"$in/truncated.pdf"
"$make_pdf" "$in/blank-pages.pdf" --blank-pages 10000 || fail "writing blank-pages.pdf"

timeout 120 "$index" --db "$db" "$in" 2>"$work/err"
status=$?
[[ $status == 1 ]] || fail "yjs-index exited $status, expected 1 (some files failed): $(cat "$work/err")"
for expected in \
  "deep.html: error: HTML nests elements 100001 deep (more than 5000); not read" \
  "encrypted.pdf: error: encrypted PDF (needs a password)" \
  "truncated.pdf: error: not a readable PDF (damaged or truncated)" \
  "binary.html: warning: skipped: binary file (NUL bytes)" \
  "blank-pages.pdf: warning: 10000 pages; only the first 1000 are read" \
  "blank-pages.pdf: warning: skipped: no text in the PDF (scanned images or blank pages)" \
  "yjs-index: 7 added, 0 replaced, 0 skipped (unchanged), 2 ignored, 0 deleted, 3 failed"; do
  grep -qF "$expected" "$work/err" || fail "stderr lacks '$expected': $(cat "$work/err")"
done

total() { "$search" --db "$db" --json --limit 0 "$@" | jq .total; }
# Page furniture and sidebars of other stories are not in the index.
for word in cookies iplayer privacy recycling facebook instagram hackney bradford swindon; do
  [[ $(total "$word") == 0 ]] || fail "'$word' (page furniture or another story) found documents"
done
# Each document is found by its own words, with its headline as its title.
title_of() { "$search" --db "$db" --json --limit 1 "$@" | jq -r '.hits[0].title'; }
[[ $(title_of glossary) == "An inspection of youth offending services in Leicester City" ]] ||
  fail "the report PDF's title is '$(title_of glossary)'"
[[ $(title_of desistance words) == "One very long line" ]] || fail "the 10 MB page is not found"
[[ $(title_of Cutkelvin) == "Council welcomes youth offending inspection result" ]] ||
  fail "the council page's title is '$(title_of Cutkelvin)'"
[[ $(total praised) == 2 ]] || fail "the BBC page and its .txt copy: $(total praised) found"
[[ $(title_of praised) == "Leicester youth offending team praised by inspectors" ]] ||
  fail "the BBC page's title is '$(title_of praised)'"
[[ $(total Hounslow --rating good) == 1 ]] || fail "the windows-1252 page is not rated Good"
echo "documents end to end: ok"
