#!/usr/bin/env python3
"""Sanity checks for the relevance set (run by hand: python3 check_set.py).

Checks that every file named in queries.tsv exists, every query has 1-10
relevant articles, no query is repeated, query_kinds.tsv labels exactly the
queries of queries.tsv with a known kind, each article has a headline, a blank
second line and a 150-450 word body, and that every "partial" query has a
relevant article lacking one of its words and every "misspelt" query has a
word found in no article. Prints counts; exits 1 on any problem."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"keyword", "phrase", "natural", "facet", "partial", "misspelt", "other"}
STOP = set("a an and of the for in to on upon by is was were which why how did what are at or".split())


def read_tsv(name, header):
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().splitlines()
    if lines[0] != header:
        sys.exit(f"{name}: header must be {header!r}")
    return [line.split("\t") for line in lines[1:]]


def words(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'")
    return set(re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", text)))


def main():
    problems = []
    articles = sorted(os.listdir(os.path.join(HERE, "articles")))
    text = {}
    for name in articles:
        lines = open(os.path.join(HERE, "articles", name), encoding="utf-8").read().split("\n")
        body = len(" ".join(lines[2:]).split())
        if not lines[0].strip() or lines[1].strip() or not 150 <= body <= 450:
            problems.append(f"{name}: headline, blank line 2 and 150-450 word body expected ({body} words)")
        text[name] = words("\n".join(lines))
    queries = read_tsv("queries.tsv", "query\trelevant")
    kinds = dict(read_tsv("query_kinds.tsv", "query\tkind"))
    seen = set()
    for row in queries:
        if len(row) != 2:
            problems.append(f"queries.tsv: bad row {row!r}")
            continue
        query, relevant = row[0], row[1].split()
        if query in seen:
            problems.append(f"duplicate query {query!r}")
        seen.add(query)
        if not 1 <= len(relevant) <= 10 or len(set(relevant)) != len(relevant):
            problems.append(f"{query!r}: {len(relevant)} relevant (1-10 distinct expected)")
        for name in relevant:
            if name not in text:
                problems.append(f"{query!r}: no such article {name}")
        kind = kinds.get(query)
        if kind not in KINDS:
            problems.append(f"{query!r}: kind {kind!r} missing or unknown")
        qwords = words(query) - STOP
        if kind == "partial" and all(qwords <= text.get(n, set()) for n in relevant):
            problems.append(f"{query!r}: partial, but every relevant article has every word")
        if kind == "misspelt" and not any(all(w not in t for t in text.values()) for w in qwords):
            problems.append(f"{query!r}: misspelt, but each of its words occurs in some article")
    for query in kinds:
        if query not in seen:
            problems.append(f"query_kinds.tsv: {query!r} is not in queries.tsv")
    counts = {}
    for kind in kinds.values():
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(articles)} articles, {len(queries)} queries,",
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for p in problems:
        print("problem:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
