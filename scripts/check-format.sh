#!/usr/bin/env bash
# Checks that every C++ source in the repository is formatted as .clang-format says;
# prints the files (and lines) that are not and exits 1. Fix with:
#   git ls-files '*.cc' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format not found (scripts/install-deps.sh clang-format)" >&2
  exit 1
fi
git ls-files -z '*.cc' '*.h' | xargs -0 "$clang_format" --dry-run --Werror
echo "check-format: $(git ls-files '*.cc' '*.h' | wc -l) files formatted as .clang-format says"
