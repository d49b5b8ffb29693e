package vn.lamtheo.kernel.events.pledge;

/**
 * Seen from the pledge carrying the source, decided from the two pledges' times, never from the order the checks ran:
 * it COPIED_FROM the other one (the other is of an earlier year, or of the same year and first submitted earlier), was
 * COPIED_BY it (the converse), or the two share text but nothing orders them (same year, no comparable first-submission
 * times): UNDETERMINED, shown in neutral words ("trùng nội dung với").
 */
public enum CopyDirection {
    COPIED_FROM, COPIED_BY, UNDETERMINED;

    /** The same pair seen from the other pledge. */
    public CopyDirection mirrored() {
        return switch (this) {
            case COPIED_FROM -> COPIED_BY;
            case COPIED_BY -> COPIED_FROM;
            case UNDETERMINED -> UNDETERMINED;
        };
    }

    /** A source in this direction may be what the pledge copied: it counts towards the pledge's suspicion. */
    public boolean mayHaveCopied() {
        return this != COPIED_BY;
    }
}
