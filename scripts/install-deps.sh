#!/usr/bin/env bash
# Installs the Debian packages yjsearch needs to build and test, only when some are missing.
# Usage: scripts/install-deps.sh [extra-package...]
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libxapian-dev xapian-tools jq
  libicu-dev libboost-program-options-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev libgoogle-perftools-dev
  libcpp-httplib-dev curl chromium nodejs
  libgumbo-dev libpoppler-cpp-dev libcairo2-dev fonts-dejavu-core
  poppler-utils  # pdftotext, for omindex in benchmarks/documents_bench.sh
  "$@"
)

# The browser tests' npm packages (tests/browser/package-lock.json), when not installed yet.
install_node_packages() {
  local dir
  dir="$(dirname "$0")/../tests/browser"
  if [[ ! -e $dir/node_modules/.package-lock.json || $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund >&2)
  fi
}

missing=()
# Debian's nodejs leaves npm to its own package; NodeSource's includes it (and conflicts).
if ! command -v npm >/dev/null; then packages+=(npm); fi
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} == 0)); then
  install_node_packages
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
install_node_packages
