package vn.lamtheo.kernel.events.pledge;

/** Where a pledge stands in its lifecycle (see DESIGN.md). */
public enum PledgeStatus {
    DRAFT, SUBMITTED, APPROVED, REVISION_REQUESTED, FLAGGED_AS_COPIED, SELF_ASSESSED, EVALUATED, RETIRED;

    /** Returned to the member: they may edit and resubmit. */
    public boolean isReturned() {
        return this == REVISION_REQUESTED || this == FLAGGED_AS_COPIED;
    }
}
