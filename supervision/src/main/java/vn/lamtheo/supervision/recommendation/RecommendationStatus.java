package vn.lamtheo.supervision.recommendation;

/**
 * OPEN until the owner unit reports it DONE with evidence; a later visit then makes it VERIFIED, or sends it back to
 * OPEN (reopened).
 */
public enum RecommendationStatus { OPEN, DONE, VERIFIED }
