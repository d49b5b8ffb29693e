package vn.lamtheo.kernel.events.model;

public enum ReassessmentOutcome {
    KEEP, FEATURE, RETIRE
}
