package vn.lamtheo.supervision.recommendation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.recommendation.RecommendationCommand.*;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.*;
import vn.lamtheo.supervision.testsupport.Tree;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static vn.lamtheo.kernel.domain.CommandRejected.Reason.*;
import static vn.lamtheo.supervision.testsupport.Rejections.fields;
import static vn.lamtheo.supervision.testsupport.Rejections.reason;
import static vn.lamtheo.supervision.testsupport.Tree.*;

/**
 * Given-when-then tests of the recommendation: opened from a finding, done by the owner unit's committee officer,
 * verified or reopened by the team of a later visit.
 */
class RecommendationTest {

    static final String ID = "f-1";
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2026-08-01");

    FixtureConfiguration<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        Tree tree = new Tree();
        fixture.registerInjectableResource(tree.access());
        fixture.registerInjectableResource(tree);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static RecommendationOpened opened() {
        return new RecommendationOpened(ID, NHI_TRUONG_BRANCH, SUPERVISOR.personId(), NOW, "v-1", NHI_TRUONG,
                "kl01.ke-hoach", "Chưa có kế hoạch", "Xây dựng kế hoạch", DUE);
    }

    @Test
    void a_finding_opens_a_recommendation() {
        fixture.givenNoPriorActivity()
                .when(new OpenRecommendation(ID, NHI_TRUONG_BRANCH, SUPERVISOR.personId(), "v-1", NHI_TRUONG,
                        "kl01.ke-hoach", "Chưa có kế hoạch", "Xây dựng kế hoạch", DUE))
                .expectEvents(opened());
    }

    @Test
    void the_commune_committee_officer_marks_it_done_with_evidence() {
        fixture.given(opened()).when(new MarkRecommendationDone(ID, " Đã ban hành kế hoạch số 12-KH/CB ", COMMITTEE1))
                .expectEvents(new RecommendationDone(ID, NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, "Đã ban hành kế hoạch số 12-KH/CB"));
    }

    @Test
    void evidence_is_required() {
        fixture.given(opened()).when(new MarkRecommendationDone(ID, "", COMMITTEE1))
                .expectNoEvents().expectException(reason(INVALID)).expectException(fields("evidence"));
    }

    @Test
    void done_once() {
        fixture.given(opened(), new RecommendationDone(ID, NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, "x"))
                .when(new MarkRecommendationDone(ID, "lại", COMMITTEE1))
                .expectNoEvents().expectException(reason(WRONG_STATE));
    }

    @Test
    void the_supervisor_sees_it_but_does_not_answer_it_and_another_commune_does_not_see_it() {
        fixture.given(opened()).when(new MarkRecommendationDone(ID, "x", SUPERVISOR))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
        fixture.given(opened()).when(new MarkRecommendationDone(ID, "x", Tree.actor("committee2", TRUONG_THO,
                        vn.lamtheo.kernel.directory.Role.COMMITTEE_OFFICER)))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.given(opened()).when(new MarkRecommendationDone(ID, "x", SECRETARY1))
                .expectNoEvents().expectException(NotFoundException.class);
    }

    static final VerifyingVisit LATER = new VerifyingVisit("v-2", NHI_TRUONG, NOW.plusSeconds(86_400), false);

    static RecommendationDone done() {
        return new RecommendationDone(ID, NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, "Đã thay bảng");
    }

    @Test
    void a_later_visit_verifies_a_done_recommendation() {
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, true, " Bảng mới đã treo ", SUPERVISOR2))
                .expectEvents(new RecommendationVerified(ID, NHI_TRUONG_BRANCH, SUPERVISOR2.personId(), NOW, "v-2", "Bảng mới đã treo"));
    }

    @Test
    void a_later_visit_reopens_it_and_it_can_be_done_again() {
        RecommendationReopened reopened = new RecommendationReopened(ID, NHI_TRUONG_BRANCH, SUPERVISOR.personId(), NOW, "v-2", null);
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, false, " ", SUPERVISOR))
                .expectEvents(reopened);
        fixture.given(opened(), done(), reopened).when(new MarkRecommendationDone(ID, "Đã làm lại", COMMITTEE1))
                .expectEvents(new RecommendationDone(ID, NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, "Đã làm lại"));
    }

    @Test
    void only_a_done_recommendation_is_verified_and_only_once() {
        fixture.given(opened()).when(new VerifyRecommendation(ID, LATER, true, null, SUPERVISOR))
                .expectNoEvents().expectException(reason(WRONG_STATE));
        fixture.given(opened(), done(), new RecommendationVerified(ID, NHI_TRUONG_BRANCH, SUPERVISOR.personId(), NOW, "v-2", null))
                .when(new VerifyRecommendation(ID, LATER, false, null, SUPERVISOR))
                .expectNoEvents().expectException(reason(WRONG_STATE));
    }

    @Test
    void the_visit_must_be_a_later_open_one_holding_the_owner_unit_and_verified_must_be_said() {
        VerifyingVisit same = new VerifyingVisit("v-1", NHI_TRUONG, NOW.minusSeconds(60), false);
        VerifyingVisit closed = new VerifyingVisit("v-2", NHI_TRUONG, NOW.plusSeconds(60), true);
        VerifyingVisit elsewhere = new VerifyingVisit("v-3", TRUONG_THO, NOW.plusSeconds(60), false);
        for (VerifyingVisit visit : new VerifyingVisit[]{null, same, closed, elsewhere}) {
            fixture.given(opened(), done()).when(new VerifyRecommendation(ID, visit, true, null, SUPERVISOR))
                    .expectNoEvents().expectException(reason(INVALID)).expectException(fields("visitId"));
        }
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, null, null, SUPERVISOR))
                .expectNoEvents().expectException(reason(INVALID)).expectException(fields("verified"));
    }

    @Test
    void the_supervisor_verifies_the_committee_and_curator_do_not_another_commune_does_not_see_it() {
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, true, null, COMMITTEE1))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, true, null, CURATOR))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
        fixture.given(opened(), done()).when(new VerifyRecommendation(ID, LATER, true, null, SECRETARY2))
                .expectNoEvents().expectException(NotFoundException.class);
    }
}
