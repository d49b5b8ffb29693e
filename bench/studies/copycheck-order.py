#!/usr/bin/env python3
"""Copy detection study (issue 5, partial copies): does the ORDER or the PLACE of the shared text separate the labelled
partial copies of 30% from the most similar honest pledges (two originals)?

A partial copy keeps the sentences it takes from its source where they were; two honest pledges that share pool
sentences need not share them in the same order or place. Scores tried, per pair, on the non-stock 5-syllable
shingles (every shingle, frequencies over the whole corpus, stock = in more than 20% of the pledges; the same
approximation as copycheck-separation.py):
  - min containment (the reference: the engine's score on the informative text);
  - LIS: the longest chain of shared shingle occurrences increasing in both documents (sections in form order, then
    syllables), divided by each document's own shingle count, the smaller of the two;
  - in place: shared shingles found in the same section AND the same sentence (by index) of the other document;
  - some combinations (see the rows).
Each is read at the threshold that lets through 0, 3 or 7 pairs of two originals (7 pairs ~ 14 originals ~ the 0.5%
budget), on the honest pairs with min containment >= 0.15 and the 600 labelled pairs.

    python3 bench/studies/copycheck-order.py [corpusDir]      # numpy + scipy; about two minutes
"""
import bisect, collections, json, re, sys, unicodedata
import numpy as np
import scipy.sparse as sp

corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus'
D = [json.loads(l) for l in open(corpus + '/dev-pledges.jsonl') if l.strip()]
L = [json.loads(l) for l in open(corpus + '/dev-labels.jsonl') if l.strip()]
K, STOP_SHARE = 5, 0.2
N = len(D)
ids = [d['id'] for d in D]
ix = {i: n for n, i in enumerate(ids)}
copies = {l['copyId'] for l in L}
SECTIONS = list(D[0]['sections'].keys())


def fold(text):
    s = unicodedata.normalize('NFD', text.lower()).replace('đ', 'd')
    return re.findall(r'\w+', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


# per document: (shingle, section index, sentence index, global position) for every shingle
docs = []
for d in D:
    out = []
    for si, key in enumerate(SECTIONS):
        syl, sentence = [], []
        for sn, s in enumerate(re.split(r'[.;!?\n]', d['sections'].get(key) or '')):
            f = fold(s)
            syl += f
            sentence += [sn] * len(f)
        for i in range(len(syl) - K + 1):
            out.append((' '.join(syl[i:i + K]), si, sentence[i], si * 100000 + i))
    docs.append(out)

vocab, rows, cols = {}, [], []
for n, o in enumerate(docs):
    for x in {t[0] for t in o}:
        rows.append(n)
        cols.append(vocab.setdefault(x, len(vocab)))
X = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(N, len(vocab)))
df = np.asarray(X.sum(0)).ravel()
evidence = df <= STOP_SHARE * N
Xe = X[:, evidence].tocsr()
S = (Xe @ Xe.T).toarray()
own = np.diag(S).copy()
np.fill_diagonal(S, 0)
cin = S / own[:, None]
cmin = np.minimum(cin, cin.T)
stock = {x for x, j in vocab.items() if not evidence[j]}
orig = np.array([i not in copies for i in ids])
ha, hb = np.nonzero(np.triu(np.outer(orig, orig), 1) & (cmin >= 0.15))


def lis(seq):
    tails = []
    for v in seq:
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)


def features(a, b):
    A = [t for t in docs[a] if t[0] not in stock]
    B = [t for t in docs[b] if t[0] not in stock]
    where = collections.defaultdict(list)
    for t in B:
        where[t[0]].append(t)
    hits, in_place = [], 0
    for t in A:
        for u in where.get(t[0], ()):
            hits.append((t[3], u[3]))
        if any(u[1] == t[1] and u[2] == t[2] for u in where.get(t[0], ())):
            in_place += 1
    hits.sort(key=lambda h: (h[0], -h[1]))  # strictly increasing in both
    chain = lis([h[1] for h in hits])
    return dict(cmin=cmin[a, b], lis=min(chain / len(A), chain / len(B)),
                place=min(in_place / len(A), in_place / len(B)))


print('%d honest pairs with min containment >= 0.15' % len(ha))
H = [features(a, b) for a, b in zip(ha, hb)]
P = [(features(ix[l['copyId']], ix[l['sourceIds'][0]]), l) for l in L]
p30 = lambda l: 'PARTIAL' in l['ops'] and abs(l['opParams']['PARTIAL']['f'] - 0.3) < 1e-9


def report(name, score):
    negatives = np.sort([score(h) for h in H])[::-1]
    pos = np.array([score(p) for p, l in P])
    part = np.array([score(p) for p, l in P if p30(l)])
    cells = []
    for allowed in (0, 3, 7):
        th = negatives[allowed]
        cells.append('%d honest pairs: recall %.3f, f=0.3 %2d/%d' % (allowed, (pos > th).mean(), (part > th).sum(), len(part)))
    print('%-44s %s' % (name, ' | '.join(cells)))


report('min containment (reference)', lambda h: h['cmin'])
report('LIS of the shared shingles', lambda h: h['lis'])
report('max(min containment, LIS)', lambda h: max(h['cmin'], h['lis']))
report('min containment x (LIS / shared)', lambda h: h['cmin'] * h['lis'] / max(1e-9, h['cmin']))
report('in place (same section, same sentence)', lambda h: h['place'])
report('mean of min containment and in place', lambda h: (h['cmin'] + h['place']) / 2)
report('geometric mean of min containment and in place', lambda h: (h['cmin'] * h['place']) ** 0.5)
print('largest in-place share among honest pairs: %.3f' % max(h['place'] for h in H))
