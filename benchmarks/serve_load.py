#!/usr/bin/env python3
"""Load test of yjs-serve on loopback (issue 21): CLIENTS concurrent clients for DURATION
seconds of mixed queries over a generated corpus while yjs-index adds and changes documents
in the database, then the same queries through `yjs-search` (one process per query) and
through Omega's CGI (`omega`, run from the command line with QUERY_STRING) over an omindex
database of the same articles. Prints a Markdown table: requests, errors, requests/s,
p50/p99 latency; and exits 1 when yjs-serve gave any error.

    benchmarks/serve_load.py [--build build] [-n 100000] [--work /tmp/yjs-serve-load]
                             [--clients 32] [--duration 60] [--no-omega]
                             [--phases serve,serve-text,cli,omega]

Phases: serve (/api/search with facet counts, as the page asks), serve-text (the queries'
text alone, no filters, no facets: Omega's work), cli (yjs-search), omega; default all but
serve-text.

Prerequisites (Debian 12): `scripts/install-deps.sh wrk xapian-omega` (wrk drives yjs-serve,
omindex and omega are Omega's; no test needs them, so install-deps.sh installs them only
when asked). Build the programs first
(`cmake --build build --target yjs-serve yjs-index yjs-search yjs-corpus`). The corpus,
the base yjs database and the omindex database are made once under --work and reused;
each run searches a fresh copy of the base database, so runs start alike. Everything is
bounded: each phase stops after --duration seconds or --max-requests requests, and only
127.0.0.1 is used.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The mixed queries: (free text, filters). Each is sent to yjs-serve as /api/search (with
# facets, as the page asks), to yjs-search as the same options, and its text alone to
# Omega (which knows no facets; queries with no text are left out there).
QUERIES = [
    ("speech and language", {}),
    ("youth justice", {}),
    ("children", {}),
    ("out-of-court disposals", {}),
    ("child criminal exploitation", {}),
    ("restorative victims", {}),
    ("trauma-informed practice", {}),
    ("education training employment", {}),
    ("management board", {}),
    ("risk of harm", {}),
    ("accommodation custody", {}),
    ("serious youth violence", {}),
    ("SEND", {}),
    ("CAMHS", {}),
    ("wellbeing", {}),
    ("staff", {"rating": "inadequate"}),
    ("interventions", {"rating": "good", "year": "2019..2024"}),
    ("inspectors", {"region": "london"}),
    ("partners", {"nation": "wales"}),
    ("funding", {"kind": "inspection", "sort": "date"}),
    ("risk", {"area": "Swindon"}),
    ("court", {"min_rating": "good"}),
    ("quality", {"sort": "rating"}),
    ("outcomes", {"collapse": "area"}),
    ("", {"rating": "outstanding"}),
    ("", {"year": "2021"}),
    ("", {"region": "north west", "sort": "date"}),
    ("speach langauge", {}),
    ('"speech and language"', {}),
    ("youth offending team", {"offset": "10"}),
]

CLI_OPTION = {"min_rating": "--min-rating", "sort": "--sort", "collapse": "--collapse",
              "offset": "--offset", "year": "--year"}


def api_path(text, filters, facets=True):
    params = ([("q", text)] if text else []) + list(filters.items())
    params += [("facets", "1")] if facets else []
    return "/api/search?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def cli_args(text, filters):
    args = ["--json", "--facets"]
    for name, value in filters.items():
        args += [CLI_OPTION.get(name, "--" + name), value]
    return args + ([text] if text else [])


def program(build, name):
    path = os.path.join(build, {"yjs-serve": "server", "yjs-index": "indexer",
                                "yjs-search": "searcher", "yjs-corpus": "corpus"}[name], name)
    if not os.access(path, os.X_OK):
        sys.exit(f"serve_load: {path} missing: build it first")
    return path


def nice(command):
    return ["nice", "-n", "5"] + command


def prepare(args, build):
    """The corpus, the base yjs database, the update batches and the omindex database."""
    os.makedirs(args.work, exist_ok=True)
    corpus = os.path.join(args.work, f"corpus-{args.n}")
    if not os.path.isdir(corpus):
        subprocess.run(nice([program(build, "yjs-corpus"), "generate", "--out", corpus, "-n",
                             str(args.n), "--seed", "1"]), check=True, stdout=subprocess.DEVNULL)
    base = os.path.join(args.work, f"yjs-{args.n}")
    if not os.path.isdir(base):
        start = time.monotonic()
        subprocess.run(nice([program(build, "yjs-index"), "--db", base + ".tmp", corpus]),
                       check=True, stderr=subprocess.DEVNULL)
        os.rename(base + ".tmp", base)
        print(f"yjs-index: {args.n} articles in {time.monotonic() - start:.0f} s", file=sys.stderr)
    updates = os.path.join(args.work, "updates-3000")
    if not os.path.isdir(updates):  # other articles (seed 2), 100 a batch folder
        subprocess.run([program(build, "yjs-corpus"), "generate", "--out", updates + ".gen",
                        "-n", "3000", "--seed", "2"], check=True, stdout=subprocess.DEVNULL)
        files = sorted(os.path.join(b, f) for b, _, fs in os.walk(updates + ".gen") for f in fs
                       if f.endswith(".txt"))
        for i, path in enumerate(files):
            folder = os.path.join(updates, f"batch-{i // 100:03d}")
            os.makedirs(folder, exist_ok=True)
            os.rename(path, os.path.join(folder, os.path.basename(path)))
        shutil.rmtree(updates + ".gen")
    omega = os.path.join(args.work, f"omega-{args.n}")
    if args.omega and not os.path.isdir(os.path.join(omega, "default")):
        os.makedirs(omega, exist_ok=True)
        start = time.monotonic()
        subprocess.run(nice(["omindex", "--db", os.path.join(omega, "default.tmp"), "--url", "/",
                             corpus]), check=True, stdout=subprocess.DEVNULL)
        os.rename(os.path.join(omega, "default.tmp"), os.path.join(omega, "default"))
        print(f"omindex: {args.n} articles in {time.monotonic() - start:.0f} s", file=sys.stderr)
    return corpus, base, updates, omega


class Updater(threading.Thread):
    """While a phase runs: every `pause` seconds one yjs-index run adds a batch of 100 new
    articles and changes the 100 of the batch before (a line added to each), so each
    commit both adds and replaces documents."""

    def __init__(self, index, db, updates, pause=2.0):
        super().__init__(daemon=True)
        self.index, self.db, self.pause = index, db, pause
        self.batches = sorted(os.path.join(updates, b) for b in os.listdir(updates))
        self.stop_event = threading.Event()
        self.runs = self.failed = self.added = self.replaced = 0

    def run(self):
        for k, batch in enumerate(self.batches):
            if self.stop_event.wait(self.pause):
                return
            paths = [batch]
            if k > 0:
                previous = self.batches[k - 1]
                for name in os.listdir(previous):
                    with open(os.path.join(previous, name), "a", encoding="utf-8") as f:
                        f.write(f"\nChanged during the load test, round {k}.\n")
                paths.append(previous)
            done = subprocess.run(nice([self.index, "--db", self.db] + paths),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            self.runs += 1
            self.failed += done.returncode != 0
            summary = re.search(r"(\d+) added, (\d+) replaced", done.stderr)
            if summary:
                self.added += int(summary.group(1))
                self.replaced += int(summary.group(2))

    def finish(self):
        self.stop_event.set()
        self.join()


def run_wrk(args, base_url, work, paths):
    script = os.path.join(work, "mixed.lua")
    with open(script, "w", encoding="utf-8") as f:
        f.write("math.randomseed(1)\npaths = {\n")
        f.write("".join(f'  "{p}",\n' for p in paths))
        f.write("}\nrequest = function()\n  return wrk.format(nil, paths[math.random(#paths)])\n"
                "end\n")
    out = subprocess.run(nice(["wrk", "-t", "2", "-c", str(args.clients), "-d",
                               f"{args.duration}s", "--timeout", "30s", "--latency", "-s",
                               script, base_url]), check=True, capture_output=True,
                         text=True).stdout
    print(out, file=sys.stderr)
    unit = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}

    def latency(percent):
        value, suffix = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M).groups()
        return float(value) * unit[suffix]

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"requests": requests, "errors": errors, "rate": rate, "p50": latency(50),
            "p99": latency(99)}


def run_processes(args, make_command):
    """CLIENTS threads, each starting one process per query until the time is up."""
    deadline = time.monotonic() + args.duration
    latencies, errors, lock = [], [], threading.Lock()
    start = time.monotonic()

    def client(seed):
        rng = random.Random(seed)
        while time.monotonic() < deadline and len(latencies) < args.max_requests:
            command, env = make_command(rng.choice(QUERIES))
            t0 = time.monotonic()
            done = subprocess.run(nice(command), env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
            elapsed = (time.monotonic() - t0) * 1e3
            with lock:
                latencies.append(elapsed)
                if done.returncode != 0 or not done.stdout:
                    errors.append(done.stderr.decode(errors="replace").strip()[:200])

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    if errors:
        print(f"first error: {errors[0]}", file=sys.stderr)
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "errors": len(errors), "rate": len(latencies) / wall,
            "p50": cuts[49], "p99": cuts[98]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("-n", type=int, default=100000, help="articles (default 100000)")
    parser.add_argument("--work", default="/tmp/yjs-serve-load")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=int, default=60, help="seconds per phase")
    parser.add_argument("--max-requests", type=int, default=200000, help="per phase")
    parser.add_argument("--threads", type=int, default=8, help="yjs-serve --threads")
    parser.add_argument("--no-omega", dest="omega", action="store_false")
    parser.add_argument("--phases", default="serve,cli,omega",
                        help="which of serve, serve-text, cli, omega to run (comma-separated)")
    args = parser.parse_args()
    phases = set(args.phases.split(","))
    if not phases <= {"serve", "serve-text", "cli", "omega"}:
        sys.exit(f"serve_load: --phases '{args.phases}': expected serve, serve-text, cli, omega")
    args.omega = args.omega and "omega" in phases
    if not 1 <= args.clients <= 256 or not 1 <= args.duration <= 600:
        sys.exit("serve_load: --clients must be 1-256 and --duration 1-600")
    build = os.path.abspath(args.build)
    if shutil.which("wrk") is None:
        sys.exit("serve_load: wrk missing: scripts/install-deps.sh wrk xapian-omega")

    corpus, base, updates, omega = prepare(args, build)
    work = os.path.join(args.work, "run")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    db = os.path.join(work, "db")
    batches = os.path.join(work, "updates")
    rows = []

    def phase(name, measure):
        # A fresh copy of the database and of the update batches: every phase alike.
        for copy in (db, batches):
            shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(base, db)
        shutil.copytree(updates, batches)
        updater = Updater(program(build, "yjs-index"), db, batches)
        load_before = os.getloadavg()[0]
        updater.start()
        result = measure()
        updater.finish()
        result.update(name=name, load=(load_before + os.getloadavg()[0]) / 2,
                      updates=f"{updater.runs} runs ({updater.failed} failed): "
                              f"{updater.added} added, {updater.replaced} replaced")
        rows.append(result)
        print(f"{name}: {result}", file=sys.stderr, flush=True)

    # yjs-serve, 32 connections through wrk.
    log = open(os.path.join(work, "serve.log"), "w+", encoding="utf-8")
    server = None

    def serve(paths):
        nonlocal server
        log.seek(0, os.SEEK_END)
        begin = log.tell()  # this server's lines only
        server = subprocess.Popen(nice([program(build, "yjs-serve"), "--db", db, "--listen",
                                        "127.0.0.1:0", "--threads", str(args.threads)]),
                                  stderr=log)
        for _ in range(200):
            log.seek(begin)
            found = re.search(r"on (http://127\.0\.0\.1:\d+)/", log.read())
            if found:
                return run_wrk(args, found.group(1), work, paths)
            time.sleep(0.05)
        sys.exit("serve_load: yjs-serve did not start")

    try:
        if "serve" in phases:
            phase(f"yjs-serve (--threads {args.threads}, wrk -c {args.clients})",
                  lambda: serve([api_path(text, filters) for text, filters in QUERIES]))
        if server:
            server.terminate()
            server.wait()
            server = None
        # Omega's work: the queries' text alone, no filters and no facet counts.
        if "serve-text" in phases:
            phase(f"yjs-serve, text only, no facets (as Omega; --threads {args.threads})",
                  lambda: serve([api_path(text, {}, facets=False) for text, _ in QUERIES if text]))
    finally:
        if server:
            server.terminate()
            server.wait()
    log.seek(0)
    server_log = log.read()

    search = program(build, "yjs-search")
    if "cli" in phases:
        phase("yjs-search, one process per query",
              lambda: run_processes(args, lambda q: ([search, "--db", db] + cli_args(*q), None)))

    if args.omega:
        config = os.path.join(work, "omega.conf")
        os.makedirs(os.path.join(work, "omega-log"), exist_ok=True)
        with open(config, "w", encoding="utf-8") as f:
            f.write(f"database_dir {omega}\ntemplate_dir /usr/share/xapian-omega/templates\n"
                    f"log_dir {work}/omega-log\n")
        env = dict(os.environ, OMEGA_CONFIG_FILE=config, REQUEST_METHOD="GET",
                   GATEWAY_INTERFACE="CGI/1.1")
        text_queries = [q for q in QUERIES if q[0]]

        def omega_command(query):
            text = query[0] if query in text_queries else random.choice(text_queries)[0]
            return (["/usr/lib/cgi-bin/omega/omega"],
                    dict(env, QUERY_STRING=urllib.parse.urlencode({"P": text, "DB": "default"})))

        # The updater goes on writing the yjs database (the same load on the machine);
        # Omega's own database does not change.
        phase("Omega CGI (omega, one process per query; text only)",
              lambda: run_processes(args, omega_command))
        rows[-1]["updates"] += " (into the yjs database; Omega's unchanged)"

    print(f"\n{args.n:,} articles, {args.clients} clients, {args.duration} s a phase, "
          f"{len(QUERIES)} mixed queries; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{os.cpu_count()} CPUs\n")
    print("| path | requests | errors | requests/s | p50 ms | p99 ms | load avg | "
          "yjs-index during the run |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {r['requests']:,} | {r['errors']} | {r['rate']:.1f} | "
              f"{r['p50']:.1f} | {r['p99']:.1f} | {r['load']:.1f} | {r['updates']} |")
    if "error" in server_log:
        print(f"\nyjs-serve logged errors:\n{server_log}", file=sys.stderr)
    served = [r for r in rows if r["name"].startswith("yjs-serve")]
    return 1 if any(r["errors"] for r in served) or "error" in server_log else 0


if __name__ == "__main__":
    sys.exit(main())
