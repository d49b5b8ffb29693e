package vn.lamtheo.similarity;

/** Whether the matching document belongs to someone else or to the same owner (e.g. last year's own pledge). */
public enum CopyKind {
    COPY,
    SELF_COPY
}
