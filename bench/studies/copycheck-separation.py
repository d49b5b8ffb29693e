#!/usr/bin/env python3
"""Copy detection study (issue 5, partial copies): can any pair score separate the labelled partial copies of 30%
from the most similar pairs of honest pledges (two originals)?

Offline and approximate on purpose: every 5-syllable shingle (not only the winnowed ones), frequencies over the
whole corpus (the engine sees only what was indexed before), stock = in more than 20% of the pledges (the engine's
stop share). Folding: NFD, marks removed, đ→d, lower case. Prints, for each score, the recall on the labelled pairs
and on the PARTIAL f=0.3 pairs at the threshold that lets through 0, 3 or 7 pairs of two originals
(7 pairs ≈ 14 originals ≈ the 0.5% budget of 3,000).

    python3 bench/studies/copycheck-separation.py [corpusDir]      # numpy + scipy; a few minutes
"""
import collections, json, re, sys, unicodedata
import numpy as np
import scipy.sparse as sp

corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus'
D = [json.loads(l) for l in open(corpus + '/dev-pledges.jsonl') if l.strip()]
L = [json.loads(l) for l in open(corpus + '/dev-labels.jsonl') if l.strip()]
K, STOP_SHARE, PEERS = 5, 0.2, 30
ids = [d['id'] for d in D]
ix = {i: n for n, i in enumerate(ids)}
copies = {l['copyId'] for l in L}
N = len(D)


def syllables(text):
    s = unicodedata.normalize('NFD', text.lower()).replace('đ', 'd')
    return re.findall(r'\w+', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


sections = [{k: syllables(t) for k, t in d['sections'].items()} for d in D]
vocab, rows, cols = {}, [], []
for n, secs in enumerate(sections):
    for x in {' '.join(s[i:i + K]) for s in secs.values() for i in range(len(s) - K + 1)}:
        rows.append(n)
        cols.append(vocab.setdefault(x, len(vocab)))
X = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(N, len(vocab)))
df = np.asarray(X.sum(0)).ravel()
allOwn = np.asarray(X.sum(1)).ravel()
evidence = df <= STOP_SHARE * N
Xe = X[:, evidence].tocsr()
dfe = df[evidence]
S = (Xe @ Xe.T).toarray()
own = np.diag(S).copy()
np.fill_diagonal(S, 0)
idf = np.log(N / dfe).astype(np.float32)
SW = ((Xe @ sp.diags(idf)) @ Xe.T).toarray()
ownW = np.diag(SW).copy()

orig = np.array([i not in copies for i in ids])
honest = np.triu(np.outer(orig, orig), 1)
labelled = [(ix[l['copyId']], ix[l['sourceIds'][0]]) for l in L]
p30 = [(ix[l['copyId']], ix[l['sourceIds'][0]]) for l in L
       if 'PARTIAL' in l['ops'] and abs(l['opParams']['PARTIAL']['f'] - 0.3) < 1e-9]


def report(name, negatives, score):
    negatives = np.sort(np.asarray(negatives))[::-1]
    pos = np.array([score(a, b) for a, b in labelled])
    part = np.array([score(a, b) for a, b in p30])
    cells = []
    for allowed in (0, 3, 7):
        th = negatives[allowed] if allowed < len(negatives) else -np.inf
        cells.append('%d honest pairs: recall %.3f, f=0.3 %2d/%d' % (allowed, (pos > th).mean(), (part > th).sum(), len(part)))
    print('%-48s %s' % (name, ' | '.join(cells)))


def matrix_score(name, M):
    report(name, M[honest], lambda a, b: M[a, b])


cin = S / own[:, None]
matrix_score('min containment (engine: stock in the denominator)', S / np.maximum.outer(allOwn, allOwn))
matrix_score('min containment of the informative (non-stock) text', np.minimum(cin, cin.T))
matrix_score('max containment (the smaller document)', np.maximum(cin, cin.T))
matrix_score('geometric mean of the containments', np.sqrt(cin * cin.T))
w = SW / ownW[:, None]
matrix_score('min containment weighted by log(N/df)', np.minimum(w, w.T))

# Pairwise features on the pairs that matter: honest pairs with min containment >= 0.15 and the labelled pairs.
cmin = np.minimum(cin, cin.T)
ha, hb = np.nonzero(honest & (cmin >= 0.15))
print('(the scores below are computed on the %d honest pairs with min containment >= 0.15)' % len(ha))
dfc = {x: df[j] for x, j in vocab.items()}


def runs(a, b):
    """Lengths (syllables) of the shared runs of non-stock shingles, consecutive in both texts, and coverage of a."""
    where = collections.defaultdict(list)
    for k, s in sections[b].items():
        for i in range(len(s) - K + 1):
            x = ' '.join(s[i:i + K])
            if dfc[x] <= STOP_SHARE * N:
                where[x].append((k, i))
    lengths, covered, total = [], set(), 0
    for k, s in sections[a].items():
        total += len(s)
        current = {}
        for i in range(len(s) - K + 1):
            x = ' '.join(s[i:i + K])
            nxt = {}
            if dfc[x] <= STOP_SHARE * N:
                for kb, j in where.get(x, ()):
                    nxt[(kb, j)] = current.get((kb, j - 1), 0) + 1
                if nxt:
                    covered.update((k, i + t) for t in range(K))
            for (kb, j), n in current.items():
                if (kb, j + 1) not in nxt:
                    lengths.append(n + K - 1)
            current = nxt
        lengths.extend(n + K - 1 for n in current.values())
    return lengths, len(covered) / max(1, total)


cache = {}


def run_features(a, b):
    key = (a, b)
    if key not in cache:
        la, ca = runs(a, b)
        lb, cb = runs(b, a)
        cache[key] = (max(la + lb + [0]), min(ca, cb))
    return cache[key]


report('longest shared run of non-stock text (syllables)',
       [run_features(a, b)[0] for a, b in zip(ha, hb)], lambda a, b: run_features(a, b)[0])
report('min share of the text inside shared runs',
       [run_features(a, b)[1] for a, b in zip(ha, hb)], lambda a, b: run_features(a, b)[1])
rare = (df <= 3)
R = (X[:, rare] @ X[:, rare].T).toarray()
report('shared shingles found in at most 3 pledges', R[ha, hb], lambda a, b: R[a, b])

order = np.argsort(-S, axis=1)[:, :PEERS + 1]


def peer_containment(a, b):
    """Share of a's content, weighted by how rarely a's own nearest peers (b excluded) have it, found in b."""
    peers = [p for p in order[a] if p != b][:PEERS]
    cols_a = Xe[a].indices
    q = np.asarray(Xe[peers][:, cols_a].sum(0)).ravel() / PEERS
    inb = np.asarray(Xe[b][:, cols_a].todense()).ravel() > 0
    return ((1 - q) * inb).sum() / max(1e-9, (1 - q).sum())


report('min containment relative to the %d nearest peers' % PEERS,
       [min(peer_containment(a, b), peer_containment(b, a)) for a, b in zip(ha, hb)],
       lambda a, b: min(peer_containment(a, b), peer_containment(b, a)))


def online_one_sided(x, y):
    """What the engine could compute at a check: the later document's (file order) peers among earlier documents only,
    its peer-weighted containment in the earlier one, and the plain containment the other way."""
    a, b = (x, y) if x > y else (y, x)
    nearest = np.argsort(-S[a, :a])[:PEERS + 1]
    peers = [p for p in nearest if p != b and S[a, p] > 0][:PEERS]
    cols_a = Xe[a].indices
    q = np.asarray(Xe[peers][:, cols_a].sum(0)).ravel() / PEERS if peers else np.zeros(len(cols_a))
    inb = np.asarray(Xe[b][:, cols_a].todense()).ravel() > 0
    return min(((1 - q) * inb).sum() / max(1e-9, (1 - q).sum()), cin[b, a])


report('the same, online and one-sided (see the function)',
       [online_one_sided(a, b) for a, b in zip(ha, hb)], online_one_sided)
