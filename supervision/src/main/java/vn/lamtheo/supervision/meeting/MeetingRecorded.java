package vn.lamtheo.supervision.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** A branch meeting as its secretary recorded it. Internal to supervision; stored by class name, so it does not move. */
public record MeetingRecorded(String meetingId, String branchId, String actorId, Instant at, LocalDate date,
                              MeetingKind kind, String topic, int present, int total, String summary) {
}
