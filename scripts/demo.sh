#!/usr/bin/env bash
# The main job: install what is missing, build, index the bundled sample corpus into the
# default database, and run an example search. Re-running it skips unchanged articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh --target yjs-index yjs-search

./build/indexer/yjs-index corpus/sample
echo '$ yjs-search "speech and language" --limit 3' >&2
./build/searcher/yjs-search "speech and language" --limit 3
