package vn.lamtheo.pledge.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The review queue screen of a branch for a year. {@code displayStatus} is the pledge status, or
 * {@code SUSPECTED_COPY} for a submitted pledge the copy check suspects, or {@code NOT_DRAFTED} for a member
 * without a pledge. {@code waitingFor} says who must act next: REVIEWER, MEMBER or NOBODY.
 */
public record ReviewQueue(String branchId, int year, Map<String, Integer> counts, List<Row> rows) {

    public record Row(String pledgeId, String memberId, String memberName, String templateKind, String status,
                      String displayStatus, String waitingFor, Instant submittedAt, Integer revision,
                      List<Map<String, Object>> findings, Map<String, Object> copyCheck, List<Map<String, Object>> copiedBy,
                      String revisionReason, List<String> flaggedSources, String evaluation,
                      Map<String, Object> lastAction) {
    }
}
