#!/usr/bin/env python3
"""yjs-index throughput and peak memory as the corpus grows: generates each size (once,
kept under --work) and indexes it into a new database, reporting docs/s, MB/s, peak RSS
and index size per size, and each size's throughput against the first.

    benchmarks/throughput_curve.py [--sizes 10000,50000,100000,200000] [--work /tmp/yjs-bench]

Needs the Release build in build-bench/ (benchmarks/compare_indexers.py makes one).
"""
import argparse
import os
import shutil
import subprocess
import time

from compare_indexers import ROOT, du_kb, run, timed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000,200000")
    parser.add_argument("--work", default="/tmp/yjs-bench")
    parser.add_argument("--keep", action="store_true", help="keep each database")
    args = parser.parse_args()

    build = os.path.join(ROOT, "build-bench")
    run(["cmake", "--build", build], stdout=subprocess.DEVNULL)
    print(f"yjs-index on generated corpora; one run per size. {time.strftime('%Y-%m-%d')}, "
          f"{os.cpu_count()} CPUs")
    print("| articles | MB | seconds | docs/s | MB/s | peak RSS MB | index MB | docs/s vs first |")
    print("|---|---|---|---|---|---|---|---|")
    first_rate = None
    for n in (int(size) for size in args.sizes.split(",")):
        corpus = os.path.join(args.work, f"corpus-{n}")
        if not os.path.isdir(corpus):
            run([os.path.join(build, "corpus/yjs-corpus"), "generate", "--out", corpus, "-n", str(n)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        mb = sum(os.path.getsize(os.path.join(b, f)) for b, _, fs in os.walk(corpus) for f in fs
                 if f.endswith(".txt")) / 1e6
        db = os.path.join(args.work, f"db-{n}")
        shutil.rmtree(db, ignore_errors=True)
        wall, rss = timed([os.path.join(build, "indexer/yjs-index"), "--db", db, corpus])
        rate = n / wall
        first_rate = first_rate or rate
        print(f"| {n:,} | {mb:.0f} | {wall:.1f} | {rate:.0f} | {mb / wall:.2f} | {rss / 1024:.0f} | "
              f"{du_kb(db) / 1024:.0f} | {rate / first_rate:.2f} |", flush=True)
        if not args.keep:
            shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
