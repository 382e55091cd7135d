#!/usr/bin/env bash
# The main job: install what is missing, build, index the bundled sample corpus into the
# default database, and run an example search. Re-running it skips unchanged articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh --target yjs-index yjs-search yjs-make-test-pdf

# The sample's three formats: text articles, web pages (corpus/documents/*.html) and a
# report PDF, written here by cairo from its pages (corpus/documents/*.pages).
mkdir -p build/demo
./build/tests/yjs-make-test-pdf build/demo/devon-2022-report.pdf \
  --title "An inspection of youth justice services in Devon" --created 2022-11-01T00:00:00 \
  --header "Inspection of youth justice services: Devon" --page-numbers \
  <corpus/documents/devon-2022-report.pages
./build/indexer/yjs-index corpus/sample corpus/documents build/demo
echo '$ yjs-search "speech and language" --limit 3' >&2
./build/searcher/yjs-search "speech and language" --limit 3
echo '$ yjs-search --region "south west" --rating good' >&2
./build/searcher/yjs-search --region "south west" --rating good
