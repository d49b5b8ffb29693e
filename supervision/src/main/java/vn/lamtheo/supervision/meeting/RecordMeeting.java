package vn.lamtheo.supervision.meeting;

import vn.lamtheo.platform.security.Actor;

import java.time.LocalDate;

/** A secretary records a meeting of the branch; {@code present} and {@code total} may be missing in a bad request. */
public record RecordMeeting(String meetingId, String branchId, LocalDate date, MeetingKind kind, String topic,
                            Integer present, Integer total, String summary, Actor actor) {
}
