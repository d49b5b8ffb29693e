#!/usr/bin/env python3
"""How much of an original pledge of the corpus is its own text? (issue 5, benchmark generator)

For each of the corpus's originals (documents that are not a labelled copy): the share of its distinct 5-syllable
shingles (folded: NFD, marks removed, đ→d, lower case) that occur in at most 1, 2, 3, 5, 10 and 30 originals, and
in at most 20% of them (the engine's stop share). Prints the medians. Recombining the corpus's sentences keeps these
shares only at the corpus's size; this is why copycheck-bench adds pledges that write some text of their own.

    python3 bench/studies/corpus-own-text.py [corpusDir]      # standard library only; under a minute
"""
import collections, json, re, statistics, sys, unicodedata

corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus'
D = [json.loads(l) for l in open(corpus + '/dev-pledges.jsonl') if l.strip()]
copies = {json.loads(l)['copyId'] for l in open(corpus + '/dev-labels.jsonl') if l.strip()}


def syllables(text):
    s = unicodedata.normalize('NFD', text.lower()).replace('đ', 'd')
    return re.findall(r'\w+', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


docs = []
for d in D:
    if d['id'] in copies:
        continue
    shingles = set()
    for text in d['sections'].values():
        s = syllables(text)
        shingles |= {' '.join(s[i:i + 5]) for i in range(len(s) - 4)}
    docs.append(shingles)
df = collections.Counter(x for shingles in docs for x in shingles)
print(f'{len(docs)} originals')
for limit in (1, 2, 3, 5, 10, 30, int(0.2 * len(docs))):
    share = statistics.median(sum(df[x] <= limit for x in sh) / len(sh) for sh in docs)
    print(f'median share of shingles in at most {limit} originals: {share:.4f}')
