package vn.lamtheo.supervision.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a visit shows to be checked: the recommendations addressed within the visited unit, opened before the visit was
 * planned, still OPEN or reported DONE. Implemented by the recommendation package (which already reads visits), so the
 * visit does not depend on it back.
 */
public interface EarlierRecommendations {

    List<Earlier> toCheck(String unitId, Instant plannedAt);

    record Earlier(String id, String ownerUnitId, String visitId, String itemKey, String recommendation, LocalDate dueDate,
                   String status, String evidence) {
    }
}
