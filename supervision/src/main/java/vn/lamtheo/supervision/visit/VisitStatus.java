package vn.lamtheo.supervision.visit;

/** PLANNED until the first answer, IN_PROGRESS while the team answers, CLOSED by the lead. */
public enum VisitStatus { PLANNED, IN_PROGRESS, CLOSED }
