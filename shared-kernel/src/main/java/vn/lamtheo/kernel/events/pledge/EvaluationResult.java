package vn.lamtheo.kernel.events.pledge;

/** The year-end verdict of the branch on a pledge. */
public enum EvaluationResult {
    FULFILLED, PARTLY, NOT_FULFILLED
}
