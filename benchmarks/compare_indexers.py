#!/usr/bin/env python3
"""Side-by-side indexing benchmark: yjs-index, omindex, scriptindex (xapian-omega) and a
plain Xapian TermGenerator program over the same generated corpus, several runs each,
interleaved so machine noise hits all alike. Reports medians and ratios.

    benchmarks/compare_indexers.py [-n 4000] [--repeat 3] [--work /tmp/yjs-bench]

Needs a Release build with benchmarks (it makes one in build-bench/) and xapian-omega
(it installs it with scripts/install-deps.sh when missing).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, cwd=None):
    """Wall seconds and peak RSS (KB) of one command, via GNU time."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    wall, rss = out.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss)


def du_kb(path):
    total = 0
    for base, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(base, f)) for f in files)
    return total // 1024


def scriptindex_input(corpus, out_path):
    """The corpus as scriptindex records: id, title, text (continuation lines start '=')."""
    with open(out_path, "w", encoding="utf-8") as out:
        for base, _, files in sorted(os.walk(corpus)):
            for name in sorted(files):
                if not name.endswith(".txt"):
                    continue
                with open(os.path.join(base, name), encoding="utf-8") as f:
                    lines = f.read().split("\n")
                out.write(f"id={os.path.join(base, name)}\ntitle={lines[0]}\ntext=\n")
                for line in lines[1:]:
                    out.write(f"={line}\n")
                out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=4000, help="articles to generate")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", default="/tmp/yjs-bench")
    args = parser.parse_args()

    run([os.path.join(ROOT, "scripts/install-deps.sh"), "xapian-omega"])
    build = os.path.join(ROOT, "build-bench")
    run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
         "-DYJS_BUILD_BENCHMARKS=ON", "-DYJS_BUILD_TESTS=OFF"], stdout=subprocess.DEVNULL)
    run(["cmake", "--build", build], stdout=subprocess.DEVNULL)

    corpus = os.path.join(args.work, f"corpus-{args.n}")
    if not os.path.isdir(corpus):
        run([os.path.join(build, "corpus/yjs-corpus"), "generate", "--out", corpus, "-n", str(args.n)])
    records = os.path.join(args.work, f"scriptindex-{args.n}.txt")
    if not os.path.exists(records):
        scriptindex_input(corpus, records)
    script = os.path.join(args.work, "index.script")
    with open(script, "w") as f:
        f.write("id : boolean=Q unique=Q\ntitle : index=S index\ntext : index\n")
    mb = sum(os.path.getsize(os.path.join(b, f)) for b, _, fs in os.walk(corpus) for f in fs
             if f.endswith(".txt")) / 1e6

    db = os.path.join(args.work, "db")
    tools = {
        "yjs-index": lambda: [os.path.join(build, "indexer/yjs-index"), "--db", db, corpus],
        "omindex": lambda: ["omindex", "--db", db, "--url", "/", corpus],
        "scriptindex": lambda: ["scriptindex", db, script, records],
        "termgenerator": lambda: [os.path.join(build, "benchmarks/termgenerator_index"), db, corpus],
    }
    results = {name: [] for name in tools}
    for _ in range(args.repeat):
        for name, cmd in tools.items():
            shutil.rmtree(db, ignore_errors=True)
            wall, rss = timed(cmd())
            results[name].append((wall, rss, du_kb(db)))
    print(f"{args.n} generated articles, {mb:.1f} MB; {args.repeat} runs each, interleaved; "
          f"medians. {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs")
    print("| indexer | docs/s | MB/s | peak RSS MB | index MB | yjs-index speed-up |")
    print("|---|---|---|---|---|---|")
    yjs_wall = statistics.median(r[0] for r in results["yjs-index"])
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        rss = statistics.median(r[1] for r in runs) / 1024
        size = statistics.median(r[2] for r in runs) / 1024
        print(f"| {name} | {args.n / wall:.0f} | {mb / wall:.1f} | {rss:.0f} | {size:.0f} | "
              f"{wall / yjs_wall:.2f}x |")


if __name__ == "__main__":
    main()
