package vn.lamtheo.platform.security.audit;

/** What was read of a person's data. */
public enum ReadKind {
    /** Another person's pledge (its text), through the API, a page or a copy report that quotes it. */
    PLEDGE,
    /** Another person's pledge history. */
    PLEDGE_HISTORY,
    /** The copy report of another person's pledge. */
    COPY_REPORT,
    /** An export of personal data (a person's own included: exports are always recorded). */
    EXPORT
}
