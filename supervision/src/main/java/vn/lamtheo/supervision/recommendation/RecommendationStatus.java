package vn.lamtheo.supervision.recommendation;

/** OPEN until the owner unit reports it DONE with evidence (the next visit verifies it). */
public enum RecommendationStatus { OPEN, DONE }
