package vn.lamtheo.similarity;

/**
 * Copied text measured in absolute terms, so that a passage copied into a longer text is seen: a ratio of shared text
 * cannot see it (30% of a source inside a text twice as long is 15% of the copy), the amount of rare shared text can.
 *
 * <p>Weight: a shared evidence fingerprint held by {@code df} indexed documents weighs {@code ln(S / df⁺)}, where
 * {@code S} is the stop level (a fingerprint in more than {@code S} documents is a stock phrase and weighs nothing) and
 * {@code df⁺} the 95% upper bound of how common a count of {@code df} may be ({@link #commonness(int)}).
 * Text only the two documents hold weighs most; a common phrase just under the stop level almost nothing. The weight
 * of a candidate is the sum over the evidence fingerprints it shares with the checked document: the length of the
 * shared passages beyond template and stock phrases, each fingerprint weighted by its rarity in the index.
 *
 * <p>Flag level, from the index's own counts: if an honest document held each fingerprint {@code h} of the checked
 * document independently with probability {@code df⁺(h)/N}, the shared weight {@code W} would satisfy (Chernoff,
 * θ = 1; with {@code p = df⁺/N}, {@code p·(e^w − 1) = (S − df⁺)/N}) {@code P(W ≥ x) ≤ e^−x · Π (1 + (S − df⁺(h))/N)}. Fingerprints are not
 * independent: a shared sentence brings all of its fingerprints that other pledges hold at once, {@code c} of them
 * (the checked document's fingerprints held by 1 to S other pledges, per sentence; stock and never-seen fingerprints
 * cannot arrive with a shared sentence by chance). Counting in whole sentences gives {@code P(W ≥ x) ≤ exp(−x/c + Σ ln(1 + (S − df⁺)/N)/c)}
 * and, for at most {@code F} expected false pairs per check over the {@code N} indexed documents,
 * {@code x = c · ln(N / F) + Σ_h ln(1 + (S − df⁺(h))/N)}. This chance level has no constant but the false-pair budget
 * {@code F} ({@link SimilarityConfig#evidenceFalsePairs()}); everything else is counted at the check.
 *
 * <p>Independence is not what honest pledges are: members of one position write from the same pools of sentences, so
 * their rare text is shared more often than chance. The level is therefore also at least a multiple of what this
 * document's own closest neighbours share with it (the k-th highest weight among the documents the check read; see
 * {@link SimilarityConfig#evidencePeerRank()}): a copy must stand out from them, not only from chance. Both are
 * bounds from models that honest pledges break in ways the counts do not show (see the false pairs below), so the level
 * is the larger of the two times a safety margin ({@link SimilarityConfig#EVIDENCE_MARGIN}).
 *
 * <p>Where the point estimate broke (../shared/corpus, in-memory replay in file order, budget 0.001, {@code df} for
 * {@code df⁺}, no margin): 21 of the 26 false pairs were found by checks against an index of at most 559 pledges,
 * where a pool sentence two honest pledges of one position both used had been seen once; a 409-pledge slice paired 3.3%
 * of its originals even with a margin of 1.2. With {@code df⁺}: 4 originals of 3,000 at margin 1.0, none at 1.1, and
 * none of the slice's at 1.1 (bench/RESULTS.md).
 */
final class RareEvidence {

    private final int stopLevel;
    private final long population;
    private double expected;
    private int shareable;

    RareEvidence(int stopLevel, long population) {
        this.stopLevel = stopLevel;
        this.population = Math.max(1, population);
    }

    /** The weight of a shared evidence fingerprint held by {@code frequency} indexed documents (never negative). */
    double weight(int frequency) {
        return Math.max(0, Math.log(stopLevel / commonness(frequency)));
    }

    /** Counts one evidence fingerprint of the checked document into the chance term of the flag level. */
    void expect(int frequency) {
        expected += Math.log1p(Math.max(0, stopLevel - commonness(frequency)) / population);
        shareable++;
    }

    /**
     * How many of the indexed documents may hold the fingerprint, as far as its count can tell: the one-sided 95% upper
     * bound of a Poisson mean behind the observed count (Wilson–Hilferty; 4.7 for a count of 1, 6.3 for 2, 9.2 for 4).
     * A count is a sample of how common a phrase is: on a small index a pool sentence that honest members of one
     * position all use may have been seen once, and weighed as seen once it looked as rare as a copied sentence. The
     * bound weighs every count as what it can rule out, so a count of 1 weighs less when the stop level (the index) is
     * small; 95% is the convention, not a fitted value.
     */
    static double commonness(int frequency) {
        double n = frequency + 1.0;
        double t = 1 - 1 / (9 * n) + 1.6449 / (3 * Math.sqrt(n));
        return n * t * t * t;
    }

    /**
     * The shared weight from which a pair is flagged.
     *
     * @param falsePairs expected false pairs per check (the budget F)
     * @param sentences  sentences of the checked document: c = shareable fingerprints per sentence (at least 1)
     * @param weights    the weight of every indexed document that shares evidence with the checked one
     * @param peerRank   the level is also at least {@code peerFactor} times the weight of the {@code peerRank}-th
     *                   highest of them: the honest neighbours of this very document (same position, same pools of
     *                   sentences) share more than independence predicts, and a copy must stand out from them
     */
    double flagLevel(double falsePairs, int sentences, java.util.Collection<Double> weights, int peerRank,
                     double peerFactor) {
        if (falsePairs <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double perSentence = Math.max(1.0, (double) shareable / Math.max(1, sentences));
        double chance = perSentence * Math.log(population / falsePairs) + expected;
        return SimilarityConfig.EVIDENCE_MARGIN * Math.max(chance, peerFactor * kthHighest(weights, peerRank));
    }

    private static double kthHighest(java.util.Collection<Double> weights, int k) {
        java.util.PriorityQueue<Double> top = new java.util.PriorityQueue<>();
        for (double w : weights) {
            top.add(w);
            if (top.size() > k) {
                top.poll();
            }
        }
        return top.size() < k ? 0 : top.peek();
    }
}
