package vn.lamtheo.similarity;

import java.util.Map;

/**
 * What a check reads first, in one round trip: how many indexed documents contain each of its fingerprints
 * (absent: none) and how many documents are indexed (the population of the stop rule).
 *
 * @param versions per fingerprint, a value that changes whenever its postings change, never to a value it had before
 *                 (empty when the index keeps none): lets an index serve postings from a local copy that is known to be current
 */
public record IndexSnapshot(Map<Long, Integer> frequencies, long population, Map<Long, Long> versions) {

    public IndexSnapshot(Map<Long, Integer> frequencies, long population) {
        this(frequencies, population, Map.of());
    }
}
