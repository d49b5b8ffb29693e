package vn.lamtheo.kernel.similarity;

import java.util.Map;

/**
 * What a check reads first, in one round trip: how many indexed documents contain each of its fingerprints
 * (absent: none) and how many documents are indexed (the population of the stop rule).
 */
public record IndexSnapshot(Map<Long, Integer> frequencies, long population) {
}
