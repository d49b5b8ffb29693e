package vn.lamtheo.kernel.events.cabinet;

/** The state of one copy (bản sách). */
public enum CopyState {
    AVAILABLE, ON_LOAN, LOST, DAMAGED, WITHDRAWN
}
