package vn.lamtheo.supervision.visit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.checklist.ChecklistItem;
import vn.lamtheo.supervision.checklist.ChecklistSection;
import vn.lamtheo.supervision.checklist.ChecklistStatus;
import vn.lamtheo.supervision.checklist.ChecklistView;
import vn.lamtheo.supervision.checklist.ItemKind;
import vn.lamtheo.supervision.testsupport.Tree;
import vn.lamtheo.supervision.visit.VisitCommand.*;
import vn.lamtheo.supervision.visit.VisitEvent.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static vn.lamtheo.kernel.domain.CommandRejected.Reason.*;
import static vn.lamtheo.supervision.testsupport.Rejections.fields;
import static vn.lamtheo.supervision.testsupport.Rejections.reason;
import static vn.lamtheo.supervision.testsupport.Tree.*;

/** Given-when-then tests of every command path of the visit: success and each rejection. */
class VisitTest {

    static final String ID = "v-1";
    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-05-04");
    static final ChecklistItem PLAN = new ChecklistItem("kl01.ke-hoach", "Có kế hoạch", ItemKind.CHECK, true);
    static final ChecklistItem COUNT = new ChecklistItem("sinh-hoat.so-buoi", "Số buổi sinh hoạt chuyên đề", ItemKind.NUMBER, false);
    static final ChecklistItem NOTE = new ChecklistItem("chung.nhan-xet", "Nhận xét chung", ItemKind.TEXT, false);
    static final List<ChecklistItem> ITEMS = List.of(PLAN, COUNT, NOTE);

    FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        Tree tree = new Tree();
        fixture = new AggregateTestFixture<>(Visit.class);
        fixture.registerInjectableResource(tree.access());
        fixture.registerInjectableResource(tree);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ChecklistView checklist(ChecklistStatus status) {
        return new ChecklistView("kl01-sach-v1", "kl01-sach", 1, "Giám sát", status, List.of(new ChecklistSection("s", "S", ITEMS)));
    }

    static VisitPlanned planned() {
        return new VisitPlanned(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW, DAY, "kl01-sach-v1", 1, ITEMS);
    }

    static AnswerRecorded answered(String key, String value, String note) {
        return new AnswerRecorded(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW, key, value, note);
    }

    @Nested
    class Plan {
        @Test
        void a_supervisor_plans_a_visit_to_a_commune_in_scope_with_a_published_checklist() {
            fixture.givenNoPriorActivity()
                    .when(new PlanVisit(ID, NHI_TRUONG, DAY, checklist(ChecklistStatus.PUBLISHED), SUPERVISOR))
                    .expectEvents(planned());
        }

        @Test
        void a_draft_or_missing_checklist_is_named() {
            for (ChecklistView c : new ChecklistView[]{checklist(ChecklistStatus.DRAFT), null}) {
                fixture.givenNoPriorActivity()
                        .when(new PlanVisit(ID, NHI_TRUONG, DAY, c, SUPERVISOR))
                        .expectNoEvents().expectException(reason(INVALID)).expectException(fields("checklistId"));
            }
        }

        @Test
        void a_curator_may_not_plan_and_a_commune_cannot_see_the_district() {
            fixture.givenNoPriorActivity().when(new PlanVisit(ID, NHI_TRUONG, DAY, checklist(ChecklistStatus.PUBLISHED), CURATOR))
                    .expectNoEvents().expectException(reason(NOT_ALLOWED));
            fixture.givenNoPriorActivity().when(new PlanVisit(ID, TRUONG_THO, DAY, checklist(ChecklistStatus.PUBLISHED), COMMITTEE1))
                    .expectNoEvents().expectException(NotFoundException.class);
        }
    }

    @Nested
    class Answer {
        @Test
        void an_answer_is_recorded_and_the_same_answer_again_records_nothing() {
            fixture.given(planned()).when(new RecordAnswer(ID, PLAN.key(), "PASS", null, SUPERVISOR))
                    .expectEvents(answered(PLAN.key(), "PASS", null));
            fixture.given(planned(), answered(PLAN.key(), "PASS", null))
                    .when(new RecordAnswer(ID, PLAN.key(), " PASS ", "  ", SUPERVISOR))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(planned(), answered(PLAN.key(), "PASS", null))
                    .when(new RecordAnswer(ID, PLAN.key(), "FAIL", "Chưa có kế hoạch năm 2026", SUPERVISOR))
                    .expectEvents(answered(PLAN.key(), "FAIL", "Chưa có kế hoạch năm 2026"));
        }

        @Test
        void another_supervisor_of_the_team_answers_too() {
            fixture.given(planned()).when(new RecordAnswer(ID, COUNT.key(), "4.0", null, SUPERVISOR2))
                    .expectEvents(new AnswerRecorded(ID, NHI_TRUONG, SUPERVISOR2.personId(), NOW, COUNT.key(), "4", null));
        }

        @Test
        void a_fail_needs_a_note() {
            fixture.given(planned()).when(new RecordAnswer(ID, PLAN.key(), "FAIL", null, SUPERVISOR))
                    .expectNoEvents().expectException(reason(INVALID)).expectException(fields("note"));
        }

        @Test
        void a_value_must_fit_the_kind_of_item() {
            fixture.given(planned()).when(new RecordAnswer(ID, PLAN.key(), "YES", null, SUPERVISOR))
                    .expectNoEvents().expectException(fields("value"));
            fixture.given(planned()).when(new RecordAnswer(ID, COUNT.key(), "bốn", null, SUPERVISOR))
                    .expectNoEvents().expectException(fields("value"));
            fixture.given(planned()).when(new RecordAnswer(ID, COUNT.key(), "-1", null, SUPERVISOR))
                    .expectNoEvents().expectException(fields("value"));
            fixture.given(planned()).when(new RecordAnswer(ID, NOTE.key(), null, null, SUPERVISOR))
                    .expectNoEvents().expectException(fields("value"));
        }

        @Test
        void an_item_outside_the_visits_checklist_is_named() {
            fixture.given(planned()).when(new RecordAnswer(ID, "no-such-item", "PASS", null, SUPERVISOR))
                    .expectNoEvents().expectException(fields("itemKey"));
        }

        @Test
        void only_the_supervision_team_answers() {
            fixture.given(planned()).when(new RecordAnswer(ID, PLAN.key(), "PASS", null, CURATOR))
                    .expectNoEvents().expectException(reason(NOT_ALLOWED));
            fixture.given(planned()).when(new RecordAnswer(ID, PLAN.key(), "PASS", null, COMMITTEE1))
                    .expectNoEvents().expectException(NotFoundException.class);
        }

        @Test
        void a_closed_visit_takes_no_answer() {
            fixture.given(planned(), answered(PLAN.key(), "PASS", null), new VisitClosed(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW))
                    .when(new RecordAnswer(ID, COUNT.key(), "3", null, SUPERVISOR))
                    .expectNoEvents().expectException(CommandRejected.class)
                    .expectExceptionMessage("Cannot answer visit in status CLOSED");
        }
    }

    @Nested
    class Finding {
        static final LocalDate DUE = DAY.plusMonths(3);

        @Test
        void a_finding_names_the_unit_that_answers_and_a_due_date() {
            fixture.given(planned())
                    .when(new RecordFinding(ID, "f-1", PLAN.key(), "Chưa có kế hoạch", "Xây dựng kế hoạch", NHI_TRUONG_BRANCH, DUE, SUPERVISOR))
                    .expectEvents(new FindingRecorded(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW, "f-1", PLAN.key(),
                            "Chưa có kế hoạch", "Xây dựng kế hoạch", NHI_TRUONG_BRANCH, DUE));
        }

        @Test
        void the_same_finding_again_records_nothing() {
            fixture.given(planned(), new FindingRecorded(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW, "f-1", PLAN.key(),
                            "Chưa có kế hoạch", "Xây dựng kế hoạch", NHI_TRUONG, DUE))
                    .when(new RecordFinding(ID, "f-1", PLAN.key(), "Chưa có kế hoạch", "Xây dựng kế hoạch", NHI_TRUONG, DUE, SUPERVISOR))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void every_missing_or_wrong_field_is_named() {
            fixture.given(planned())
                    .when(new RecordFinding(ID, "f-1", "nope", " ", null, TRUONG_THO_BRANCH, DAY.minusDays(1), SUPERVISOR))
                    .expectNoEvents().expectException(reason(INVALID))
                    .expectException(fields("itemKey", "text", "recommendation", "ownerUnitId", "dueDate"));
        }
    }

    @Nested
    class Close {
        @Test
        void the_lead_closes_once_the_critical_items_are_answered() {
            fixture.given(planned(), answered(PLAN.key(), "PASS", null)).when(new CloseVisit(ID, SUPERVISOR))
                    .expectEvents(new VisitClosed(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW));
        }

        @Test
        void an_unanswered_critical_item_keeps_it_open() {
            fixture.given(planned()).when(new CloseVisit(ID, SUPERVISOR))
                    .expectNoEvents().expectException(reason(INVALID)).expectException(fields("answers." + PLAN.key()));
        }

        @Test
        void only_the_lead_closes_and_only_once() {
            fixture.given(planned(), answered(PLAN.key(), "PASS", null)).when(new CloseVisit(ID, SUPERVISOR2))
                    .expectNoEvents().expectException(reason(NOT_ALLOWED));
            fixture.given(planned(), answered(PLAN.key(), "PASS", null), new VisitClosed(ID, NHI_TRUONG, SUPERVISOR.personId(), NOW))
                    .when(new CloseVisit(ID, SUPERVISOR))
                    .expectNoEvents().expectException(reason(WRONG_STATE));
        }
    }
}
