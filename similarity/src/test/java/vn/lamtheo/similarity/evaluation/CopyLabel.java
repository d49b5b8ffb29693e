package vn.lamtheo.similarity.evaluation;

import java.util.List;
import java.util.Map;

/** One line of dev-labels.jsonl. */
public record CopyLabel(String copyId, List<String> sourceIds, String kind, List<String> ops,
                 Map<String, Map<String, Object>> opParams, double copiedFraction) {

    /** The PARTIAL share f, or 1 when the whole document was taken. */
    double partialShare() {
        Map<String, Object> partial = opParams.get("PARTIAL");
        return partial == null ? 1.0 : ((Number) partial.get("f")).doubleValue();
    }
}
