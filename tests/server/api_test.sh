#!/usr/bin/env bash
# yjs-serve end to end: a real server on a free loopback port over a real database (the
# sample corpus and tests/data/server): the API answers exactly what yjs-search --json
# prints, bad parameters get yjs-search's message with 400, only the page's files are
# served, oversized requests are refused, every answer carries the CSP, new documents
# are found at once, a database still being built is said to be, and SIGTERM stops it.
# Usage: api_test.sh YJS_INDEX YJS_SEARCH YJS_SERVE SOURCE_DIR WORK_DIR
set -u
index=$1 search=$2 serve=$3 source=$4 work=$5
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; }
trap cleanup EXIT

# Starts yjs-serve with the given arguments; sets $port (and $server_pid), or fails.
start_server() {
  local log=$1
  shift
  "$serve" --listen 127.0.0.1:0 "$@" 2>"$log" &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 200); do
    port=$(sed -n 's|.*on http://127.0.0.1:\([0-9]*\)/$|\1|p' "$log")
    [[ -n $port ]] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "yjs-serve did not start: $(cat "$log")" >&2
  exit 1
}

"$index" --db db "$source/corpus/sample" "$source/tests/data/server" 2>index.log ||
  { cat index.log >&2; exit 1; }
before=$(ls -la --time-style=full-iso db | sort)
start_server serve.log --db db --threads 4
base=http://127.0.0.1:$port

# --- the API is yjs-search --json --------------------------------------------------------
same_as_cli() {  # URL_QUERY CLI_ARGS...
  local url=$1
  shift
  curl -sS "$base$url" >api.json
  "$search" --db db --json "$@" >cli.json 2>cli.err
  diff -u cli.json api.json >diff.txt || fail "$url differs from yjs-search --json $*: $(head -20 diff.txt)"
}
same_as_cli "/api/search?q=speech+and+language" speech and language
same_as_cli "/api/search?q=youth&rating=good&rating=outstanding&year=2015..2024&facets=1" \
  youth --rating good --rating outstanding --year 2015..2024 --facets
same_as_cli "/api/search?sort=date&limit=5&offset=5" --sort date --limit 5 --offset 5
same_as_cli "/api/search?q=rated&collapse=area&sort=rating&kind=inspection&nation=wales" \
  rated --collapse area --sort rating --kind inspection --nation wales
same_as_cli "/api/search?q=speach+langauge" speach langauge
same_as_cli "/api/search?q=resettlement+victims&any=1&min_rating=good" resettlement victims --any --min-rating good
same_as_cli "/api/search?area=Leicester%20City&inspector=Martin%20Jones" --area "Leicester City" --inspector "Martin Jones"
same_as_cli "/api/search?region=north%20west&facets=1" --region "north west" --facets
jq -e '.total > 0 and all(.hits[]; .region == "North West")' api.json >/dev/null ||
  fail "region=north west found no North West services: $(head -c 300 api.json)"
same_as_cli "/api/search?q=youth&region=wales&region=tyne+and+wear" youth --region wales --region "tyne and wear"
same_as_cli "/api/facets" --facets --limit 0 --facet-limit 0
jq -e '.facets.region | length > 1' api.json >/dev/null || fail "/api/facets has no region counts"
same_as_cli "/api/facets?q=inspection&facet_limit=3" inspection --facets --limit 0 --facet-limit 3
same_as_cli "/api/history?area=blackpool" --history blackpool
jq -e '.schema_version == 2' api.json >/dev/null || fail "no schema_version 2 in $(head -3 api.json)"

# --- bad parameters: 400 with yjs-search's one-line message ------------------------------
refused_as_cli() {  # URL_QUERY CLI_ARGS...
  local url=$1 status message
  shift
  status=$(curl -sS -o api.json -w '%{http_code}' "$base$url")
  "$search" --db db --json "$@" >/dev/null 2>cli.err
  message=$(head -1 cli.err | sed 's/^yjs-search: error: //')
  [[ $status == 400 ]] || fail "$url: status $status, expected 400"
  [[ $(jq -r .error api.json) == "$message" ]] ||
    fail "$url: error '$(jq -r .error api.json)', yjs-search says '$message'"
}
refused_as_cli "/api/search?year=20x9" --year 20x9
refused_as_cli "/api/search?year=2020..2010" --year 2020..2010
refused_as_cli "/api/search?limit=-1" --limit -1
refused_as_cli "/api/search?offset=many" --offset many
refused_as_cli "/api/search?sort=random" --sort random
refused_as_cli "/api/search?min_rating=great" --min-rating great
refused_as_cli "/api/search?collapse=year" --collapse year
refused_as_cli "/api/search?q=speech+AND" speech AND
refused_as_cli "/api/search?any=1&all=1" --any --all
refused_as_cli "/api/history?area=+" --history " "
long_query=$(printf 'resettlement+%.0s' $(seq 300))
refused_as_cli "/api/search?q=$long_query" $(printf 'resettlement %.0s' $(seq 300))
status_of() { curl -sS -o body.txt -w '%{http_code}' "$@"; }
[[ $(status_of "$base/api/search?colour=red") == 400 ]] || fail "an unknown parameter is not refused"
grep -q "unknown parameter 'colour'" body.txt || fail "unknown parameter not named: $(cat body.txt)"
[[ $(status_of "$base/api/search?limit=201") == 400 ]] || fail "limit over the cap is not refused"
[[ $(status_of "$base/api/search?sort=date&sort=rating") == 400 ]] || fail "a repeated sort is not refused"

# --- only the page's files; 404 for anything else ---------------------------------------
for path in / /app.js /render.js /style.css /favicon.svg; do
  [[ $(status_of "$base$path") == 200 ]] || fail "$path is not served"
done
curl -sS -D headers.txt -o /dev/null "$base/app.js"
grep -qi '^content-type: text/javascript' headers.txt || fail "app.js is not served as JavaScript"
for path in /../../../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /%2E%2E%2F%2E%2E%2Fetc%2Fpasswd \
  //etc/passwd /index.html/../app.js /.%2e/server/main.cc "/$work/db/iamglass" /etc/passwd \
  /server/web/app.js /app.js/ /nope /api/nope /api; do
  status=$(curl -sS --path-as-is -o body.txt -w '%{http_code}' "$base$path")
  [[ $status == 404 ]] || fail "$path: status $status, expected 404"
  grep -q 'root:' body.txt && fail "$path served /etc/passwd"
done
# An absolute URI and a raw dot-dot target, sent byte for byte.
for target in "http://127.0.0.1/etc/passwd" "/..%2f..%2fetc%2fpasswd" "../etc/passwd"; do
  reply=$(printf 'GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "$target" |
    timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port; cat >&3; cat <&3")
  [[ $reply == "HTTP/1.1 "[24]0[04]* && $reply != *root:* ]] || fail "raw target $target: ${reply%%$'\r'*}"
  [[ $reply == "HTTP/1.1 200"* ]] && fail "raw target $target was served"
done

# --- security headers on every answer -------------------------------------------------
for path in / /api/search?q=youth /nope "/api/search?year=bad"; do
  curl -sS -D headers.txt -o /dev/null "$base$path"
  grep -qi "^content-security-policy: default-src 'none'; script-src 'self'" headers.txt ||
    fail "$path: no Content-Security-Policy forbidding inline script"
  grep -qi '^x-content-type-options: nosniff' headers.txt || fail "$path: no nosniff"
done
grep -qi "unsafe-inline" headers.txt && fail "the CSP allows inline code"

# --- oversized and unexpected requests ------------------------------------------------
[[ $(status_of "$base/api/search?q=$(head -c 9000 /dev/zero | tr '\0' a)") == 414 ]] ||
  fail "a request line over 8 KiB is not refused with 414"
status=$(status_of -H "X-Padding: $(head -c 9000 /dev/zero | tr '\0' a)" "$base/")
[[ $status == 400 || $status == 431 ]] || fail "a header line over 8 KiB: status $status"
many_headers=()
for k in $(seq 80); do many_headers+=(-H "X-H$k: $k"); done
[[ $(status_of "${many_headers[@]}" "$base/") == 431 ]] || fail "80 headers are not refused with 431"
[[ $(status_of -X GET --data-binary "@$source/corpus/sample/001-leicester-city-2019.txt" "$base/api/health") == 413 ]] ||
  fail "a request body is not refused with 413"
[[ $(status_of -X POST -d q=x "$base/api/search") =~ ^(405|413)$ ]] || fail "POST is not refused"
[[ $(status_of -X DELETE "$base/") == 405 ]] || fail "DELETE is not refused with 405"

# --- health, updates seen at once, read-only ------------------------------------------
curl -sS "$base/api/health" >health.json
jq -e '.status == "ok" and .documents == 35' health.json >/dev/null || fail "health: $(cat health.json)"
mkdir -p more && cat >more/zanzibar.txt <<'ART'
Zanzibar youth panel praised

A made-up article with a word no other has, zanzibarian, to show that a new document is found.
ART
"$index" --db db more 2>>index.log || fail "indexing one more article failed"
found=0
for _ in $(seq 10); do
  [[ $(curl -sS "$base/api/search?q=zanzibarian" | jq .total) == 1 ]] && { found=1; break; }
  sleep 0.1
done
((found)) || fail "a committed document is not found within a second"
after=$(ls -la --time-style=full-iso db | sort)
"$index" --db db --delete zanzibar.txt 2>>index.log  # back as it was (for the listing below)

# --- stops on SIGTERM with exit 0 -----------------------------------------------------
kill -TERM "$server_pid"
wait "$server_pid"
status=$?
[[ $status == 0 ]] || fail "SIGTERM: exit $status, expected 0 ($(cat serve.log))"

# The server wrote nothing into the database directory (only the indexer did).
start_server ro.log --db db
before=$(ls -la --time-style=full-iso db | sort)
curl -sS "$base:$port/api/search?q=youth" -o /dev/null 2>/dev/null
curl -sS "http://127.0.0.1:$port/api/search?q=youth&facets=1" -o /dev/null
[[ $(ls -la --time-style=full-iso db | sort) == "$before" ]] || fail "serving changed the database directory"
kill -TERM "$server_pid"

# --- start-up errors: missing database, busy port, bad options ------------------------
"$serve" --db no/such/db --listen 127.0.0.1:0 2>missing.err
status=$?
[[ $status == 1 ]] && grep -q "cannot open database 'no/such/db'" missing.err ||
  fail "missing database: exit $status, $(cat missing.err)"
start_server busy.log --db db
"$serve" --db db --listen "127.0.0.1:$port" 2>busy.err
status=$?
[[ $status == 1 ]] && grep -q "cannot listen on 127.0.0.1:$port" busy.err ||
  fail "busy port: exit $status, $(cat busy.err)"
kill -TERM "$server_pid"
"$serve" --db db --listen nowhere 2>usage.err
[[ $? == 2 ]] && grep -q -- "--listen 'nowhere'" usage.err || fail "bad --listen: $(cat usage.err)"
"$serve" --help | grep -q "Usage: yjs-serve" || fail "--help"
"$serve" --version | grep -q "^yjs-serve " || fail "--version"

# --- a database whose first build is still running ------------------------------------
# The lock held as yjs-index holds it (flock on DB.lock beside a database not there yet).
bash -c 'exec 9>building.lock && flock 9 && exec sleep 30' &
holder=$!
pids+=("$holder")
for _ in $(seq 50); do grep -q FLOCK /proc/locks && [[ -e building.lock ]] && break; sleep 0.05; done
"$search" --db building youth 2>building.err
status=$?
[[ $status == 1 ]] && grep -q "database 'building' is being built" building.err ||
  fail "yjs-search on a database being built: exit $status, $(cat building.err)"
start_server building.log --db building
grep -q "is being built" building.log || fail "yjs-serve does not say it is being built: $(cat building.log)"
[[ $(status_of "http://127.0.0.1:$port/api/health") == 503 ]] && jq -e '.status == "building"' body.txt >/dev/null ||
  fail "health while building: $(cat body.txt)"
[[ $(status_of "http://127.0.0.1:$port/api/search?q=youth") == 503 ]] || fail "search while building is not 503"
kill "$holder"
wait "$holder" 2>/dev/null
"$index" --db building "$source/corpus/sample" 2>>index.log || fail "building the database failed"
curl -sS "http://127.0.0.1:$port/api/health" >health.json
jq -e '.status == "ok" and .documents == 33' health.json >/dev/null ||
  fail "health once built: $(cat health.json)"
kill -TERM "$server_pid"

if ((failures)); then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "api_test: all checks passed"
