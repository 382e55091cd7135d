#!/usr/bin/env bash
# Configures and builds yjsearch in ./build (RelWithDebInfo, Ninja). Extra arguments are
# passed to `cmake --build` (e.g. --target yjs-index).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" "$@"
