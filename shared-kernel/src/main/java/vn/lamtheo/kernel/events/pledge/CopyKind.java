package vn.lamtheo.kernel.events.pledge;

/** COPY: another member's pledge; SELF_COPY: the same member's pledge of an earlier year. */
public enum CopyKind {
    COPY, SELF_COPY
}
