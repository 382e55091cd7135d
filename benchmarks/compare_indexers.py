#!/usr/bin/env python3
"""Side-by-side indexing benchmark: yjs-index, omindex, scriptindex (xapian-omega) and a
plain Xapian TermGenerator program over the same generated corpus, several runs each,
interleaved so machine noise hits all alike. Reports medians of wall time and of CPU time
(user + sys) per article, and ratios.

    benchmarks/compare_indexers.py [-n 4000] [--repeat 3] [--work /tmp/yjs-bench]
                                   [--busy-core] [--build DIR] [--no-build]

--busy-core keeps one core busy for the whole measurement with a plain spinning loop (a
`python3 -c "while True: pass"` child at normal priority, what a build or a `stress -c 1`
would do), started before the first run and killed after the last, so the figures say how
each indexer fares when another process holds a core.

Needs a Release build with benchmarks (it makes one in build-bench/, or uses --build DIR;
--no-build uses it as it is) and xapian-omega (it installs it with scripts/install-deps.sh
when missing).
"""
import argparse
import contextlib
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
    """Wall seconds, CPU seconds (user + sys, all threads) and peak RSS (KB) of one
    command, via GNU time."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + cmd, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    wall, user, system, rss = out.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss)


class BusyCore:
    """One core kept busy by a spinning child process while the block runs."""

    def __enter__(self):
        self.child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        return self

    def __exit__(self, *exc):
        self.child.kill()
        self.child.wait()


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
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one core busy with a spinning process while measuring")
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"),
                        help="build directory (Release, benchmarks on)")
    parser.add_argument("--no-build", action="store_true", help="use --build as it is")
    args = parser.parse_args()

    run([os.path.join(ROOT, "scripts/install-deps.sh"), "xapian-omega"])
    build = args.build
    if not args.no_build:
        run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DYJS_BUILD_BENCHMARKS=ON", "-DYJS_BUILD_TESTS=OFF"], stdout=subprocess.DEVNULL)
        run(["cmake", "--build", build, "--target", "yjs-index", "yjs-corpus",
             "termgenerator_index"], stdout=subprocess.DEVNULL)

    corpus = os.path.join(args.work, f"corpus-{args.n}")
    if not os.path.isdir(corpus):
        run([os.path.join(build, "corpus/yjs-corpus"), "generate", "--out", corpus, "-n", str(args.n)])
        # Only articles in the folder every tool reads (omindex would index the labels too).
        os.replace(os.path.join(corpus, "labels.tsv"), corpus + "-labels.tsv")
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
        "yjs-index -j 1": lambda: [os.path.join(build, "indexer/yjs-index"), "--db", db, "-j", "1",
                                   corpus],
        "omindex": lambda: ["omindex", "--db", db, "--url", "/", corpus],
        "scriptindex": lambda: ["scriptindex", db, script, records],
        "termgenerator": lambda: [os.path.join(build, "benchmarks/termgenerator_index"), db, corpus],
    }
    results = {name: [] for name in tools}
    load_before = os.getloadavg()
    with BusyCore() if args.busy_core else contextlib.nullcontext():
        for _ in range(args.repeat):
            for name, cmd in tools.items():
                shutil.rmtree(db, ignore_errors=True)
                wall, cpu, rss = timed(cmd())
                results[name].append((wall, cpu, rss, du_kb(db)))
    load_after = os.getloadavg()
    print(f"{args.n} generated articles, {mb:.1f} MB; {args.repeat} runs each, interleaved; "
          f"medians. {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs"
          f"{', one core kept busy' if args.busy_core else ''}; load average (1 min) "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print("| indexer | docs/s | MB/s | wall s | CPU s (user+sys) | CPU ms per article "
          "| peak RSS MB | index MB | yjs-index speed-up |")
    print("|---|---|---|---|---|---|---|---|---|")
    yjs_wall = statistics.median(r[0] for r in results["yjs-index"])
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        rss = statistics.median(r[2] for r in runs) / 1024
        size = statistics.median(r[3] for r in runs) / 1024
        print(f"| {name} | {args.n / wall:.0f} | {mb / wall:.1f} | {wall:.1f} | {cpu:.1f} | "
              f"{1000 * cpu / args.n:.2f} | {rss:.0f} | {size:.0f} | {wall / yjs_wall:.2f}x |")

if __name__ == "__main__":
    main()
