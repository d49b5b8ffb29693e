package vn.lamtheo.kernel.similarity;

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
 */
final class PassageAligner {

    private final int gapSyllables;

    PassageAligner(int gapSyllables) {
        this.gapSyllables = gapSyllables;
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
        return done.stream()
                .filter(c -> c.hasEvidence)
                .sorted(Comparator.comparingInt((Chain c) -> c.selfSection).thenComparingInt(c -> c.selfStart)
                        .thenComparingInt(c -> c.otherSection).thenComparingInt(c -> c.otherStart))
                .map(c -> new SharedPassage(self.sectionKeys().get(c.selfSection), c.selfStart, c.selfEnd,
                        other.sectionKeys().get(c.otherSection), c.otherStart, c.otherEnd))
                .toList();
    }

    private static final class Chain {
        final int selfSection;
        final int otherSection;
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
