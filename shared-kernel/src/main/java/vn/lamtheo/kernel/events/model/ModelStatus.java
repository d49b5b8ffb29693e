package vn.lamtheo.kernel.events.model;

/** Where a model stands in its lifecycle (DESIGN.md). Only REGISTERED and FEATURED models are public. */
public enum ModelStatus {
    DRAFT, SUBMITTED, REVISION_REQUESTED, OVERLAP_FLAGGED, REGISTERED, FEATURED, RETIRED;

    public boolean isPublic() {
        return this == REGISTERED || this == FEATURED;
    }
}
