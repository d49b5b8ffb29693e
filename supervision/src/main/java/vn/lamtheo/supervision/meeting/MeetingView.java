package vn.lamtheo.supervision.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded meeting as the branch's list and the reports read it. */
public record MeetingView(String id, String branchId, int year, LocalDate date, MeetingKind kind, String topic,
                          int present, int total, String summary, String recordedBy, Instant recordedAt) {

    static MeetingView of(MeetingRecorded e) {
        return new MeetingView(e.meetingId(), e.branchId(), e.date().getYear(), e.date(), e.kind(), e.topic(),
                e.present(), e.total(), e.summary(), e.actorId(), e.at());
    }
}
