#!/usr/bin/env python3
"""A baseline for the relevance set: its articles indexed by omindex (xapian-omega), each
query run through Xapian's `quest` (xapian-tools), scored as tests/searcher/relevance_test.cc
scores yjs-search: P@1 (the first hit is relevant; no hit scores 0), recall@10 (the share
of the query's relevant articles among the first ten hits) and nDCG@10 (binary gains,
log2 discount, ideal ranking of min(relevant, 10) articles), each averaged over the
queries, overall and per query kind (query_kinds.tsv, when present).

    benchmarks/relevance_quest.py [DATA_DIR] [--default-op or,and] [--build build]

DATA_DIR holds articles/, queries.tsv (query TAB relevant file names) and optionally
query_kinds.tsv; default tests/data/relevance. The set lives on the branch relevance-set:
`git archive relevance-set tests/data/relevance | tar -x -C /tmp/rel` gives a copy to point
at. `quest` comes with Debian's xapian-tools (installed by scripts/install-deps.sh), omindex
with xapian-omega, needed by benchmarks only (`scripts/install-deps.sh xapian-omega`).
With --build, yjs-index and yjs-search from that build directory are scored the same way,
for a row to compare with (yjs-search's default query mode).
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if lines[0] != header:
        sys.exit(f"{path}:1: header must be {header!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 2:
            sys.exit(f"{path}:{number}: expected 2 tab-separated fields")
        rows.append(fields)
    return rows


def quest_ranking(db, query, default_op):
    """File names of quest's first ten hits (omindex stores url=/NAME)."""
    out = subprocess.run(["quest", "-d", db, "-m", "10", "-o", default_op, query],
                         capture_output=True, text=True)
    if out.returncode != 0:  # a query quest cannot parse ranks nothing
        return []
    return re.findall(r"^url=/(.*)$", out.stdout, re.M)


def yjs_ranking(search, db, query):
    import json
    out = subprocess.run([search, "--db", db, "--json", "--limit", "10", query],
                         capture_output=True, text=True)
    if out.returncode != 0:
        return []
    return [os.path.basename(hit["id"]) for hit in json.loads(out.stdout)["hits"]]


def scores(ranking, relevant):
    top = ranking[:10]
    p1 = 1.0 if top and top[0] in relevant else 0.0
    recall = sum(name in relevant for name in top) / len(relevant)
    dcg = sum(1 / math.log2(i + 2) for i, name in enumerate(top) if name in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
    return p1, recall, dcg / ideal


def mean_row(results):
    n = len(results)
    return tuple(sum(r[i] for r in results) / n for i in range(3))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=os.path.join(ROOT, "tests/data/relevance"))
    parser.add_argument("--default-op", default="or,and",
                        help="quest's default operators to score, comma-separated")
    parser.add_argument("--build", help="also score yjs-index + yjs-search from this build")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each query's scores")
    args = parser.parse_args()
    articles = os.path.join(args.data, "articles")
    queries_tsv = os.path.join(args.data, "queries.tsv")
    for needed in (articles, queries_tsv):
        if not os.path.exists(needed):
            sys.exit(f"relevance_quest: {needed} missing (is {args.data} the relevance set?)")
    for tool in ("quest", "omindex"):
        if shutil.which(tool) is None:
            sys.exit(f"relevance_quest: {tool} missing: scripts/install-deps.sh xapian-omega")
    queries = [(q, set(r.split())) for q, r in read_tsv(queries_tsv, "query\trelevant")]
    kinds_tsv = os.path.join(args.data, "query_kinds.tsv")
    kinds = dict(read_tsv(kinds_tsv, "query\tkind")) if os.path.exists(kinds_tsv) else {}

    with tempfile.TemporaryDirectory(prefix="yjs-relevance-") as work:
        db = os.path.join(work, "omega")
        subprocess.run(["omindex", "--db", db, "--url", "/", articles], check=True,
                       stdout=subprocess.DEVNULL)
        systems = [(f"omindex + quest (default op {op.upper()})",
                    lambda q, op=op: quest_ranking(db, q, op))
                   for op in args.default_op.split(",")]
        if args.build:
            build = os.path.abspath(args.build)
            yjs_db = os.path.join(work, "yjs")
            subprocess.run([os.path.join(build, "indexer/yjs-index"), "--db", yjs_db, articles],
                           check=True, stderr=subprocess.DEVNULL)
            search = os.path.join(build, "searcher/yjs-search")
            systems.append(("yjs-index + yjs-search", lambda q: yjs_ranking(search, yjs_db, q)))

        kind_names = sorted(set(kinds.values()))
        print(f"{len(queries)} queries over {len(os.listdir(articles))} articles in {args.data}\n")
        print("| system | P@1 | recall@10 | nDCG@10 | " +
              " | ".join(f"{k} ({sum(v == k for v in kinds.values())})" for k in kind_names) + " |")
        print("|---|---|---|---|" + "---|" * len(kind_names))
        for name, rank in systems:
            results = {}
            for query, relevant in queries:
                results[query] = scores(rank(query), relevant)
                if args.verbose:
                    p1, recall, ndcg = results[query]
                    print(f"  {name}: {query!r}: P@1 {p1:.0f} R@10 {recall:.2f} nDCG {ndcg:.2f}",
                          file=sys.stderr)
            overall = mean_row(results.values())
            by_kind = []
            for kind in kind_names:
                row = mean_row([results[q] for q, _ in queries if kinds.get(q) == kind])
                by_kind.append(" / ".join(f"{x:.2f}" for x in row))
            print(f"| {name} | {overall[0]:.3f} | {overall[1]:.3f} | {overall[2]:.3f} | " +
                  " | ".join(by_kind) + " |")
        if kind_names:
            print("\n(Per kind: P@1 / recall@10 / nDCG@10.)")


if __name__ == "__main__":
    main()
