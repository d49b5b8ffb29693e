package vn.lamtheo.kernel.events.model;

public enum RetirementReason {
    INEFFECTIVE, OUTDATED, DUPLICATE, MERGED, OWNER_REQUEST
}
