package vn.lamtheo.model.web;

import vn.lamtheo.kernel.events.model.ReassessmentOutcome;
import vn.lamtheo.kernel.events.model.RetirementReason;

/** The bodies of the model's transition endpoints. */
final class TransitionBodies {

    private TransitionBodies() {
    }

    record RevisionRequest(String reason) {
    }

    record FlagOverlap(String overlapsWith, String note) {
    }

    record Reassess(Integer year, ReassessmentOutcome outcome, String evidence) {
    }

    record Retire(RetirementReason reason, String note, String mergedInto) {
    }

    /** Either {@code unitId} (a unit replicated it) or {@code memberId} (a member did). */
    record Adoption(String unitId, String memberId, Integer year, String result) {
    }

    /** What every command answers: the model and its new version (also sent as the ETag). */
    record Accepted(String id, long version) {
    }
}
