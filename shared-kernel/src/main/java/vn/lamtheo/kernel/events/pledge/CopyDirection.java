package vn.lamtheo.kernel.events.pledge;

/** Seen from the pledge carrying the source: it COPIED_FROM the other one, or was COPIED_BY it (the later one). */
public enum CopyDirection {
    COPIED_FROM, COPIED_BY
}
