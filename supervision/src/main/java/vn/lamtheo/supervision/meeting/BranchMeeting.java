package vn.lamtheo.supervision.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.supervision.access.SupervisionAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One meeting of a branch, recorded by its secretary. Recorded once: a correction would be a new event on it.
 * A meeting cannot be dated after today (in Vietnam's calendar, which the branch lives by).
 */
@Aggregate
public class BranchMeeting {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @AggregateIdentifier
    private String meetingId;

    protected BranchMeeting() {
        // for Axon
    }

    @CommandHandler
    public BranchMeeting(RecordMeeting cmd, SupervisionAccess access, Clock clock) {
        access.requireMeetingRecorder(cmd.actor(), cmd.branchId());
        List<Violation> violations = new ArrayList<>();
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        if (cmd.date() == null || cmd.date().isAfter(today)) {
            violations.add(new Violation("date", "Hãy nhập ngày sinh hoạt, không sau hôm nay / a date not after today is required"));
        }
        if (cmd.kind() == null) {
            violations.add(new Violation("kind", "Chọn THEMATIC, REGULAR_WITH_THEMATIC_PART hoặc PARTY_BUILDING_CAMPAIGN"));
        }
        if (cmd.topic() == null || cmd.topic().isBlank()) {
            violations.add(new Violation("topic", "Hãy ghi chủ đề / a topic is required"));
        }
        if (cmd.total() == null || cmd.total() < 1) {
            violations.add(new Violation("total", "Tổng số đảng viên phải từ 1 trở lên / the total must be at least 1"));
        } else if (cmd.present() == null || cmd.present() < 0 || cmd.present() > cmd.total()) {
            violations.add(new Violation("present", "Số có mặt phải từ 0 đến " + cmd.total() + " / present must be between 0 and the total"));
        }
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Buổi sinh hoạt chưa hợp lệ / invalid meeting", violations);
        }
        String summary = cmd.summary() == null || cmd.summary().isBlank() ? null : cmd.summary().strip();
        apply(new MeetingRecorded(cmd.meetingId(), cmd.branchId(), cmd.actor().personId(), clock.instant(), cmd.date(),
                cmd.kind(), cmd.topic().strip(), cmd.present(), cmd.total(), summary));
    }

    @EventSourcingHandler
    void on(MeetingRecorded e) {
        meetingId = e.meetingId();
    }
}
