#!/usr/bin/env python3
"""Copy detection study (issue 5, partial copies): what do a partial copy of 30% and its source share, counted in
whole sentences, beside what two honest pledges share?

A sentence is one of a section's sentences, folded (NFD, marks removed, đ→d, lower case, punctuation dropped), of at
least 5 syllables. df = the number of pledges that hold it, over the whole corpus. "Non-stock" = df ≤ 200 (under 6%
of the pledges: stock phrases are in far more). Two sides of the comparison:
- unlinked pairs (no chain of labels joins them, so honest): sentences they share verbatim;
- each PARTIAL f=0.3 copy and its source: every copy sentence is matched to its most similar source sentence
  (syllable-trigram Jaccard ≥ 0.5, so synonym swaps, typos and dropped diacritics still count as shared) and the
  source sentence's df is used. This counts generously for the copies, so the overlap it shows is a lower bound.
Last, two pair scores over the shared non-stock sentences (plain count, and weighted by rarity, log(N/df)): how many
partial copies score above the 1st, 4th and 8th best honest pair (0, 3, 7 honest pairs let through; 7 pairs ≈ the
0.5% budget of originals wrongly paired).

    python3 bench/studies/copycheck-shared-sentences.py [corpusDir]      # standard library only; about a minute
"""
import collections, itertools, json, math, re, sys, unicodedata

corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus'
D = {d['id']: d for d in (json.loads(l) for l in open(corpus + '/dev-pledges.jsonl') if l.strip())}
L = [json.loads(l) for l in open(corpus + '/dev-labels.jsonl') if l.strip()]
NON_STOCK_DF = 200


def fold(text):
    s = unicodedata.normalize('NFD', text.lower()).replace('đ', 'd')
    return ' '.join(re.findall(r'\w+', ''.join(c for c in s if unicodedata.category(c) != 'Mn')))


def sentences(pledge):
    out = set()
    for key, text in pledge['sections'].items():
        for sentence in re.split(r'(?<=[.;!?])\s+', text):
            folded = fold(sentence)
            if len(folded.split()) >= 5:
                out.add((key, folded))
    return out


S = {i: sentences(d) for i, d in D.items()}
df = collections.Counter(s for ss in S.values() for s in ss)

root = {}


def find(x):
    while root.get(x, x) != x:
        x = root[x]
    return x


for label in L:
    for source in label['sourceIds']:
        root[find(label['copyId'])] = find(source)

holders = collections.defaultdict(list)
for i, ss in S.items():
    for s in ss:
        if df[s] <= NON_STOCK_DF:
            holders[s].append(i)
# for each unlinked (honest) pair, the df of every non-stock sentence it shares, gathered once for all the counts below
shared_dfs = collections.defaultdict(list)
for s, ids in holders.items():
    for a, b in itertools.combinations(sorted(ids), 2):
        if find(a) != find(b):
            shared_dfs[(a, b)].append(df[s])

def trigrams(folded):
    w = folded.split()
    return {tuple(w[k:k + 3]) for k in range(len(w) - 2)}


def copied(copy_id, source_id):
    """Source sentences a copy sentence matches (Jaccard of syllable trigrams ≥ 0.5, same section)."""
    source = [(s, trigrams(s[1])) for s in S[source_id]]
    found = set()
    for key, text in S[copy_id]:
        t = trigrams(text)
        best = max(((len(t & u) / len(t | u), s) for s, u in source if s[0] == key and t | u), default=(0, None))
        if best[0] >= 0.5:
            found.add(best[1])
    return found


partial = [l for l in L if 'PARTIAL' in l['ops'] and abs(l['opParams']['PARTIAL']['f'] - 0.3) < 1e-9]
taken_by_copy = [[df[s] for s in copied(label['copyId'], label['sourceIds'][0]) if df[s] <= NON_STOCK_DF]
                 for label in partial]


def histogram(values):
    return ', '.join(f'{n}: {c}' for n, c in sorted(collections.Counter(values).items()))


print(f'{len(S)} pledges, {len(partial)} partial copies of 30%, non-stock = df <= {NON_STOCK_DF}')
print('unlinked pairs by non-stock sentences shared: ' + histogram(len(d) for d in shared_dfs.values()))
print('partial copies by non-stock source sentences taken: ' + histogram(len(d) for d in taken_by_copy))
print('unlinked pairs sharing sentences found in no third pledge, by how many: '
      + histogram(n for n in (d.count(2) for d in shared_dfs.values()) if n))
print('partial copies by source sentences taken that no third pledge holds: '
      + histogram(sum(1 for n in d if n <= 2) for d in taken_by_copy))  # df 1: the copy edited it, only the source holds it
weights = {'count': lambda d: 1, 'idf-weighted count, log(N/df)': lambda d: math.log(len(S) / d)}
for name, weight in weights.items():
    ranked = sorted((sum(map(weight, d)) for d in shared_dfs.values()), reverse=True)
    copy_scores = [sum(map(weight, d)) for d in taken_by_copy]
    print(f'shared non-stock sentences, {name}: partial copies scoring above the honest pair ranked '
          + ', '.join(f'{budget + 1}: {sum(1 for c in copy_scores if c > ranked[budget])}/{len(copy_scores)}'
                      for budget in (0, 3, 7)))
