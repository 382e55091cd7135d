#!/usr/bin/env bash
# Serves each shard of a sharded database with its own xapian-tcpsrv on loopback, for tests
# and benchmarks (on real machines, run one xapian-tcpsrv per shard host; see README), and
# writes a stub file listing the servers and the local lexicon. The servers keep running
# after this script: their process ids are in STUB.pids, one a line in shard order;
# `xargs kill <STUB.pids` stops them. Each ends by itself after LIFETIME seconds anyway.
# Usage: scripts/serve-shards.sh SHARDED_DB STUB [LIFETIME]  (default 3600)
# Exit status: 0 all serving, 1 a server could not be started (the others are stopped).
set -u
db=$1 stub=$2 lifetime=${3:-3600}
tcpsrv=$(command -v xapian-tcpsrv) || { echo "serve-shards: xapian-tcpsrv not found (apt-get install xapian-tools)" >&2; exit 1; }
db=$(realpath "$db")
: >"$stub" && : >"$stub.pids"

stop_all() {
  xargs -r kill <"$stub.pids" 2>/dev/null
  exit 1
}

# Starts a server for database $1 on a free port, appending to the stub and pid files.
# xapian-tcpsrv has no "any free port" option (--port 0 is refused), so random high ports
# are tried until one is free. Each server runs in its own session (setsid): on SIGTERM
# xapian-tcpsrv signals its whole process group, which would otherwise be our caller's.
serve() {
  local shard=$1 port log pid
  for _ in $(seq 20); do
    port=$((20000 + RANDOM % 40000))
    log="$stub.$port.log"
    setsid timeout "$lifetime" "$tcpsrv" --interface 127.0.0.1 --port "$port" "$shard" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do
      if grep -q "^Listening" "$log" 2>/dev/null; then
        echo "remote 127.0.0.1:$port" >>"$stub"
        echo "$pid" >>"$stub.pids"
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break  # it exited: the port was taken
      sleep 0.1
    done
    kill "$pid" 2>/dev/null
  done
  echo "serve-shards: cannot start xapian-tcpsrv for $shard" >&2
  return 1
}

shards=$(sed -n 's/^auto \(shard-[0-9]*\)$/\1/p' "$db/XAPIANDB") || exit 1
[[ -n $shards ]] || { echo "serve-shards: $db is not a sharded database" >&2; exit 1; }
for shard in $shards; do serve "$db/$shard" || stop_all; done
# Xapian 1.4's remote backend serves no spelling or synonym tables: list the lexicon locally.
echo "auto $db/lexicon" >>"$stub"
