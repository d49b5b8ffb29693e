package vn.lamtheo.platform.eventstore;

/** The test event: a note on an aggregate. */
public record Noted(String aggregateId, long sequence, String text) {
}
