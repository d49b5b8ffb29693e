package vn.lamtheo.similarity;

import java.util.List;

/**
 * The outcome of checking one document.
 *
 * @param docId     the checked document
 * @param score     the best score among COPIED_FROM sources, 0 when there is none
 * @param suspected some COPIED_FROM source is at or above the flagging threshold
 * @param sources   every match at or above the reporting threshold, best first ({@link SourceMatch#BEST_FIRST}: deterministic)
 * @param authorFit {@link AuthorFit} of the checked document: what its sources record of it when they show the match
 */
public record CopyCheckResult(String docId, double score, boolean suspected, List<SourceMatch> sources,
                              double authorFit) {

    public CopyCheckResult {
        sources = List.copyOf(sources);
    }

    /** Matches of a later year that may have copied this document: the wiring marks those documents. */
    public List<SourceMatch> copiedBy() {
        return sources.stream().filter(s -> s.direction() == MatchDirection.COPIED_BY).toList();
    }
}
