#!/usr/bin/env python3
"""Sweep of the two flag rules on a dump of the in-memory evaluation (issue 17): a pair is flagged when the ratio
(smaller containment) reaches FLAG or the rare evidence (W / flag level at the configured budget) reaches M.

    JAVA_OPTS="-Dcopycheck.dump=/tmp/pairs-{n}.tsv" bench/copycheck-eval.sh all memory
    python3 bench/studies/copycheck-evidence-sweep.py CORPUS_DIR /tmp/pairs-1.tsv
Prints, per (FLAG, M): pairs reported, precision, recall, PARTIAL f=0.3 found, merged copies with both sources,
originals wrongly paired. Use it on the corpus thresholds are chosen on, never on the one reported as the test.
"""
import json
import sys
from collections import defaultdict


def main(corpus, dump):
    labels = [json.loads(l) for l in open(f"{corpus}/dev-labels.jsonl")]
    ids = [json.loads(l)["id"] for l in open(f"{corpus}/dev-pledges.jsonl")]
    copies = {l["copyId"] for l in labels}
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x
    for l in labels:
        for s in l["sourceIds"]:
            parent[find(l["copyId"])] = find(s)
    pairs = {}
    for line in open(dump):
        a, b, score, c1, c2, agree, fit, suspected, rare = line.rstrip("\n").split("\t")
        key = tuple(sorted((a, b)))
        ratio = min(float(c1), float(c2))
        old = pairs.get(key, (0, 0))
        pairs[key] = (max(old[0], ratio), max(old[1], float(rare)))
    originals = len(ids) - len(copies)
    for flag in (0.30,):
        for m in (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2.0, 2.5, 1e9):
            rep = {k for k, (r, e) in pairs.items() if r >= flag or e >= m}
            correct = sum(1 for a, b in rep if a in parent and b in parent and find(a) == find(b))
            wrong = set()
            for a, b in rep:
                if a not in copies and b not in copies and not (a in parent and b in parent and find(a) == find(b)):
                    wrong |= {a, b}
            labelled = found = p30 = p30f = merged = mergedBoth = 0
            for l in labels:
                hits = [tuple(sorted((l["copyId"], s))) in rep for s in l["sourceIds"]]
                labelled += len(hits)
                found += sum(hits)
                if "PARTIAL" in l["ops"] and abs(l["opParams"]["PARTIAL"]["f"] - 0.3) < 1e-9:
                    p30 += 1
                    p30f += hits[0]
                if len(hits) > 1:
                    merged += 1
                    mergedBoth += all(hits)
            print(f"flag {flag:.2f} evidence≥{m:g}: reported {len(rep)} precision {correct / max(1, len(rep)):.4f} "
                  f"recall {found / labelled:.4f} PARTIAL f=0.3 {p30f}/{p30} merged both {mergedBoth}/{merged} "
                  f"originals wrongly paired {len(wrong)} ({100 * len(wrong) / originals:.2f}%)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
