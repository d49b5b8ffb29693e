package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.Syllables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Aligns the common fingerprints of two documents into passages: hits that follow each other in both texts,
 * in the same pair of sections, at most {@code gap} syllables apart, form one passage (so a typo or a swapped
 * word inside a copied sentence does not split it). A passage is kept only if it contains at least one evidence
 * hit; common-but-stock fingerprints may only extend a passage, never make one.
 *
 * <p>Edges: winnowing selects one shingle in every window, so the first and last selected fingerprints of a shared
 * run usually lie a few syllables inside it. When both section texts are known, each passage is extended syllable
 * by syllable, outwards, for as long as the folded syllables of the two texts are equal (and no further): the
 * passage then covers the whole shared run. Passages that overlap in both texts after that are merged.
 */
final class PassageAligner {

    private final int gapSyllables;
    private final int shingleSyllables;

    PassageAligner(int gapSyllables, int shingleSyllables) {
        this.gapSyllables = gapSyllables;
        this.shingleSyllables = shingleSyllables;
    }

    List<SharedPassage> align(DocumentFingerprints self, DocumentFingerprints other, Set<Long> sharedHashes,
                              LongPredicate isEvidence) {
        Map<Long, List<Integer>> otherByHash = new HashMap<>();
        for (int j = 0; j < other.size(); j++) {
            if (sharedHashes.contains(other.hashes()[j])) {
                otherByHash.computeIfAbsent(other.hashes()[j], h -> new ArrayList<>()).add(j);
            }
        }
        List<Chain> open = new ArrayList<>();
        List<Chain> done = new ArrayList<>();
        for (int i = 0; i < self.size(); i++) {
            List<Integer> matches = otherByHash.get(self.hashes()[i]);
            if (matches == null) {
                continue;
            }
            boolean evidence = isEvidence.test(self.hashes()[i]);
            for (int j : matches) {
                Chain best = null;
                int bestSkew = Integer.MAX_VALUE;
                for (Chain c : open) {
                    if (c.extendableBy(self, other, i, j, gapSyllables)) {
                        int skew = Math.abs((self.syllables()[i] - self.syllables()[c.lastSelf])
                                - (other.syllables()[j] - other.syllables()[c.lastOther]));
                        if (skew < bestSkew) {
                            best = c;
                            bestSkew = skew;
                        }
                    }
                }
                if (best == null) {
                    best = new Chain(self, other, i, j);
                    open.add(best);
                }
                best.extend(self, other, i, j, evidence);
            }
            // Chains that can no longer grow are finished: keeps the open list short on long documents.
            final int at = i;
            open.removeIf(c -> {
                boolean stale = self.sections()[c.lastSelf] != self.sections()[at]
                        || self.syllables()[at] - self.syllables()[c.lastSelf] > gapSyllables;
                if (stale) {
                    done.add(c);
                }
                return stale;
            });
        }
        done.addAll(open);
        Texts selfTexts = new Texts(self);
        Texts otherTexts = new Texts(other);
        List<Placed> passages = done.stream()
                .filter(c -> c.hasEvidence)
                .map(c -> new Placed(c.selfSection, c.otherSection, extended(c, self, other, selfTexts, otherTexts)))
                .sorted(ORDER)
                .toList();
        return merged(passages);
    }

    /** A passage with the indexes of its sections: passages are listed in the order of the checked document. */
    private record Placed(int selfSection, int otherSection, SharedPassage passage) {
    }

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::selfSection)
            .thenComparingInt((Placed p) -> p.passage().thisStart()).thenComparingInt(Placed::otherSection)
            .thenComparingInt(p -> p.passage().otherStart()).thenComparingInt(p -> p.passage().thisEnd())
            .thenComparingInt(p -> p.passage().otherEnd());

    /** The chain's range, grown outwards over syllables that are equal in both texts (when both texts are known). */
    private SharedPassage extended(Chain c, DocumentFingerprints self, DocumentFingerprints other,
                                   Texts selfTexts, Texts otherTexts) {
        String selfKey = self.sectionKeys().get(c.selfSection);
        String otherKey = other.sectionKeys().get(c.otherSection);
        Syllables a = selfTexts.section(c.selfSection);
        Syllables b = otherTexts.section(c.otherSection);
        if (a == null || b == null) {
            return new SharedPassage(selfKey, c.selfStart, c.selfEnd, otherKey, c.otherStart, c.otherEnd);
        }
        int firstA = c.firstSelfSyllable;
        int firstB = c.firstOtherSyllable;
        int lastA = self.syllables()[c.lastSelf] + shingleSyllables - 1;
        int lastB = other.syllables()[c.lastOther] + shingleSyllables - 1;
        if (lastA >= a.size() || lastB >= b.size()) {
            return new SharedPassage(selfKey, c.selfStart, c.selfEnd, otherKey, c.otherStart, c.otherEnd);
        }
        while (firstA > 0 && firstB > 0 && a.folded()[firstA - 1].equals(b.folded()[firstB - 1])) {
            firstA--;
            firstB--;
        }
        while (lastA + 1 < a.size() && lastB + 1 < b.size() && a.folded()[lastA + 1].equals(b.folded()[lastB + 1])) {
            lastA++;
            lastB++;
        }
        return new SharedPassage(selfKey, Math.min(c.selfStart, a.originalStart()[firstA]),
                Math.max(c.selfEnd, a.originalEnd()[lastA]), otherKey,
                Math.min(c.otherStart, b.originalStart()[firstB]), Math.max(c.otherEnd, b.originalEnd()[lastB]));
    }

    /** Passages of the same pair of sections that overlap in both texts become one. */
    private static List<SharedPassage> merged(List<Placed> sorted) {
        List<SharedPassage> out = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Placed x : sorted) {
            SharedPassage p = x.passage();
            boolean absorbed = false;
            for (int k = out.size() - 1; k >= 0 && !absorbed; k--) {
                SharedPassage q = out.get(k);
                if (placed.get(k).selfSection() != x.selfSection()) {
                    break;
                }
                if (placed.get(k).otherSection() == x.otherSection()
                        && p.thisStart() < q.thisEnd() && q.thisStart() < p.thisEnd()
                        && p.otherStart() < q.otherEnd() && q.otherStart() < p.otherEnd()) {
                    out.set(k, new SharedPassage(q.sectionKey(), Math.min(q.thisStart(), p.thisStart()),
                            Math.max(q.thisEnd(), p.thisEnd()), q.otherSectionKey(),
                            Math.min(q.otherStart(), p.otherStart()), Math.max(q.otherEnd(), p.otherEnd())));
                    absorbed = true;
                }
            }
            if (!absorbed) {
                out.add(p);
                placed.add(x);
            }
        }
        return out;
    }

    /** The syllables of a document's sections, computed when first needed; null when the texts are not known. */
    private static final class Texts {
        private final DocumentFingerprints document;
        private final Syllables[] bySection;

        Texts(DocumentFingerprints document) {
            this.document = document;
            this.bySection = new Syllables[document.sectionKeys().size()];
        }

        Syllables section(int s) {
            if (document.sectionTexts().size() != document.sectionKeys().size()) {
                return null;
            }
            if (bySection[s] == null) {
                bySection[s] = Syllables.of(document.sectionTexts().get(s));
            }
            return bySection[s];
        }
    }

    private static final class Chain {
        final int selfSection;
        final int otherSection;
        final int firstSelfSyllable;
        final int firstOtherSyllable;
        int lastSelf;
        int lastOther;
        int selfStart = Integer.MAX_VALUE;
        int selfEnd;
        int otherStart = Integer.MAX_VALUE;
        int otherEnd;
        boolean hasEvidence;

        Chain(DocumentFingerprints self, DocumentFingerprints other, int i, int j) {
            selfSection = self.sections()[i];
            otherSection = other.sections()[j];
            firstSelfSyllable = self.syllables()[i];
            firstOtherSyllable = other.syllables()[j];
            lastSelf = i;
            lastOther = j;
        }

        boolean extendableBy(DocumentFingerprints self, DocumentFingerprints other, int i, int j, int gap) {
            if (self.sections()[i] != selfSection || other.sections()[j] != otherSection) {
                return false;
            }
            int dSelf = self.syllables()[i] - self.syllables()[lastSelf];
            int dOther = other.syllables()[j] - other.syllables()[lastOther];
            return dSelf > 0 && dSelf <= gap && dOther > 0 && dOther <= gap;
        }

        void extend(DocumentFingerprints self, DocumentFingerprints other, int i, int j, boolean evidence) {
            lastSelf = i;
            lastOther = j;
            selfStart = Math.min(selfStart, self.starts()[i]);
            selfEnd = Math.max(selfEnd, self.ends()[i]);
            otherStart = Math.min(otherStart, other.starts()[j]);
            otherEnd = Math.max(otherEnd, other.ends()[j]);
            hasEvidence |= evidence;
        }
    }
}
