package vn.lamtheo.kernel.directory;

/** What a person may do; every role is exercised within the person's unit (see {@link Person#unitId()}). */
public enum Role {
    MEMBER, BRANCH_SECRETARY, COMMITTEE_OFFICER, DISTRICT_CURATOR, SUPERVISOR, ADMIN,
    /** Keeps the book cabinet(s) of their unit: catalogue, readers, loans, stock-takes. */
    CABINET_KEEPER
}
