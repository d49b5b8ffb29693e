#!/usr/bin/env python3
"""The labelled copies whose best-ranked match is not one of their sources, from an evaluation dump.

  JAVA_OPTS="-Dcopycheck.dump=/tmp/pairs.tsv" bench/copycheck-eval.sh "" memory
  python3 bench/studies/copycheck-recall-at-1-misses.py ../shared/corpus /tmp/pairs.tsv

Ranks each copy's matches as the evaluation does (score, surface agreement, older year, author fit, id) and sorts
each miss into: an exact tie (same score and agreement) the later keys did not break, a tie the agreement gave to
another pledge, or a higher-scoring other match (a sibling copy or, for weak partial copies, an unrelated pledge).
"""
import collections
import json
import sys

corpus, dump = sys.argv[1], sys.argv[2]
year = {}
for line in open(f"{corpus}/dev-pledges.jsonl", encoding="utf-8"):
    d = json.loads(line)
    year[d["id"]] = d["year"]
labels = {}
for line in open(f"{corpus}/dev-labels.jsonl", encoding="utf-8"):
    d = json.loads(line)
    labels[d["copyId"]] = d

views = collections.defaultdict(list)
for line in open(dump, encoding="utf-8"):
    checked, other, score, _this, _other, agreement, fit = line.rstrip("\n").split("\t")
    views[checked].append((other, float(score), float(agreement), float(fit)))

kinds = collections.Counter()
for copy, label in labels.items():
    ranked = sorted(views[copy], key=lambda v: (-v[1], -v[2], year[v[0]], -v[3], v[0]))
    if ranked and ranked[0][0] in label["sourceIds"]:
        continue
    best = ranked[0] if ranked else None
    source = next((v for v in ranked if v[0] in label["sourceIds"]), None)
    if best is None or source is None:
        kind = "source not among the matches"
    elif (best[1], best[2]) == (source[1], source[2]):
        kind = "exact tie not broken by year or author fit"
    elif best[1] == source[1]:
        kind = "equal score, agreement with another pledge"
    else:
        kind = "another match scored higher"
    kinds[kind] += 1
    print(copy, "+".join(label["ops"]), kind, "best", best, "source", source, sep="\t")
print(f"{sum(kinds.values())} of {len(labels)} missed:", dict(kinds))
