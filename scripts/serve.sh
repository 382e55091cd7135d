#!/usr/bin/env bash
# Builds yjsearch, indexes the sample corpus into the default database (as scripts/demo.sh)
# and serves the search page on http://127.0.0.1:8080/ until Ctrl-C.
# Extra arguments go to yjs-serve (e.g. --listen 127.0.0.1:9000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh --target yjs-index yjs-serve
./build/indexer/yjs-index corpus/sample
exec ./build/server/yjs-serve "$@"
