package vn.lamtheo.kernel.directory;

/** Kinds of units in the organisation tree; the tree itself is data and may be of any depth. */
public enum UnitType {
    PROVINCE, DISTRICT, COMMITTEE, BRANCH, CHAPTER
}
