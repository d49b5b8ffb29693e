package vn.lamtheo.supervision.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.testsupport.Tree;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static vn.lamtheo.kernel.domain.CommandRejected.Reason.*;
import static vn.lamtheo.supervision.testsupport.Rejections.fields;
import static vn.lamtheo.supervision.testsupport.Rejections.reason;
import static vn.lamtheo.supervision.testsupport.Tree.*;

/** Given-when-then tests of a branch meeting: recorded by the branch's secretary, each wrong field named. */
class BranchMeetingTest {

    /** 23:30 in Hồ Chí Minh City on 4 May; still 3 May in UTC. */
    static final Instant NOW = Instant.parse("2026-05-04T16:30:00Z");
    static final LocalDate TODAY_IN_VIETNAM = LocalDate.parse("2026-05-04");

    FixtureConfiguration<BranchMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BranchMeeting.class);
        fixture.registerInjectableResource(new Tree().access());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static RecordMeeting meeting(LocalDate date, Integer present, Integer total, vn.lamtheo.platform.security.Actor actor) {
        return new RecordMeeting("m-1", NHI_TRUONG_BRANCH, date, MeetingKind.THEMATIC, "Học tập chuyên đề năm 2026",
                present, total, " Thảo luận ", actor);
    }

    @Test
    void the_secretary_records_a_meeting_of_today_in_vietnam() {
        fixture.givenNoPriorActivity().when(meeting(TODAY_IN_VIETNAM, 18, 20, SECRETARY1))
                .expectEvents(new MeetingRecorded("m-1", NHI_TRUONG_BRANCH, SECRETARY1.personId(), NOW, TODAY_IN_VIETNAM,
                        MeetingKind.THEMATIC, "Học tập chuyên đề năm 2026", 18, 20, "Thảo luận"));
    }

    @Test
    void a_future_date_more_present_than_total_and_a_missing_kind_are_named() {
        fixture.givenNoPriorActivity()
                .when(new RecordMeeting("m-1", NHI_TRUONG_BRANCH, TODAY_IN_VIETNAM.plusDays(1), null, " ", 21, 20, null, SECRETARY1))
                .expectNoEvents().expectException(reason(INVALID)).expectException(fields("date", "kind", "topic", "present"));
        fixture.givenNoPriorActivity().when(meeting(TODAY_IN_VIETNAM, 1, 0, SECRETARY1))
                .expectNoEvents().expectException(fields("total"));
    }

    @Test
    void another_branchs_secretary_does_not_see_it_and_a_commune_officer_may_not_record() {
        fixture.givenNoPriorActivity().when(meeting(TODAY_IN_VIETNAM, 1, 2, SECRETARY2))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.givenNoPriorActivity().when(meeting(TODAY_IN_VIETNAM, 1, 2, COMMITTEE1))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
    }
}
