package vn.lamtheo.similarity;

import java.util.List;

/**
 * One document that shares evidence with the checked one.
 *
 * @param docId                  the other document
 * @param ownerId                its owner
 * @param year                   its year
 * @param score                  pair score in [0,1] (see {@link SimilarityConfig#pairScore()})
 * @param suspected              score at or above the flagging threshold
 * @param containmentThisInOther share of the checked document's evidence fingerprints found in the other
 * @param containmentOtherInThis share of the other document's evidence fingerprints found in the checked one
 * @param surfaceAgreement       of the syllables the passages share after folding, the share written the same way
 *                               ({@link SurfaceAgreement}): ranks candidates of equal score, nothing else
 * @param authorFit              {@link AuthorFit} of the other document: ranks candidates that nothing above separates
 * @param rareEvidence           the rarity-weighted shared text ({@link RareEvidence}) over the level that flags a pair:
 *                               1 or more flags it whatever share of either text it is
 * @param kind                   COPY or SELF_COPY (same owner)
 * @param direction              which side is the suspect
 * @param passages               shared passages, in the order of the checked document
 */
public record SourceMatch(String docId, String ownerId, int year, double score, boolean suspected,
                          double containmentThisInOther, double containmentOtherInThis, double surfaceAgreement,
                          double authorFit, double rareEvidence, CopyKind kind, MatchDirection direction, List<SharedPassage> passages) {

    public SourceMatch {
        passages = List.copyOf(passages);
    }

    /**
     * The order of a report: score, then the candidate written like the checked document (a copier copies one
     * particular document, accents included), then the older year (the likelier original), then the one whose text is
     * about its own author (the likelier original of the same text), then the id.
     */
    public static final java.util.Comparator<SourceMatch> BEST_FIRST =
            java.util.Comparator.comparingDouble(SourceMatch::score).reversed()
                    .thenComparing(java.util.Comparator.comparingDouble(SourceMatch::surfaceAgreement).reversed())
                    .thenComparingInt(SourceMatch::year)
                    .thenComparing(java.util.Comparator.comparingDouble(SourceMatch::authorFit).reversed())
                    .thenComparing(SourceMatch::docId);
}
