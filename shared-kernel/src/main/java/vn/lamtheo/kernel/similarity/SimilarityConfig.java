package vn.lamtheo.kernel.similarity;

/**
 * The engine's knobs. Defaults are argued in {@link #defaults()}; none is fitted to one corpus.
 *
 * @param shingleSyllables          k: syllables per shingle
 * @param guaranteeSyllables        t: any shared run of at least t syllables yields a common fingerprint
 * @param stopDocumentShare         a fingerprint in more than this share of the indexed documents is a stock phrase
 * @param minStopDocuments          … but only once it is in more than this many documents (a tiny index has no
 *                                  statistics; a few shared documents are what a copy and its source look like)
 * @param maxPostingsPerFingerprint a fingerprint in this many documents is a stock phrase whatever the index size;
 *                                  its postings stop growing (keeps index documents small at a million pledges)
 * @param minSharedFingerprints     a candidate needs this many shared evidence fingerprints (one is a coincidence)
 * @param maxCandidates             at most this many candidates (most shared fingerprints first) are scored
 * @param reportThreshold           a match is reported (listed as a source) from this score on
 * @param flagThreshold             a match makes the document suspected from this score on
 * @param pairScore                 how the two containments combine
 * @param passageGapSyllables       hits at most this many syllables apart (in both texts) join one passage
 * @param maxSources                at most this many sources are reported
 */
public record SimilarityConfig(int shingleSyllables, int guaranteeSyllables,
                               double stopDocumentShare, int minStopDocuments, int maxPostingsPerFingerprint,
                               int minSharedFingerprints, int maxCandidates,
                               double reportThreshold, double flagThreshold, PairScore pairScore,
                               int passageGapSyllables, int maxSources) {

    public static SimilarityConfig defaults() {
        return new SimilarityConfig(
                5, 12,
                0.20, 10, 1000,
                2, 50,
                0.15, 0.30, PairScore.SMALLER_CONTAINMENT,
                12, 10);
    }

    public int stopThreshold(long documentCount) {
        long byShare = (long) Math.floor(stopDocumentShare * documentCount);
        return (int) Math.min(maxPostingsPerFingerprint - 1L, Math.max(minStopDocuments, byShare));
    }

    public SimilarityConfig withFlagThreshold(double threshold) {
        return new SimilarityConfig(shingleSyllables, guaranteeSyllables, stopDocumentShare, minStopDocuments,
                maxPostingsPerFingerprint, minSharedFingerprints, maxCandidates, reportThreshold, threshold, pairScore,
                passageGapSyllables, maxSources);
    }
}
