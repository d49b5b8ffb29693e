package vn.lamtheo.pledge.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Reason;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.api.*;
import vn.lamtheo.pledge.template.PriorPledges;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class PledgeTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String ID = "pl-1", MEMBER = "member1", SECRETARY = "secretary1", BRANCH = "nt/b1", COMMUNE = "nt";
    static final int YEAR = 2026;
    static final TemplateKind KIND = TemplateKind.PARTY_MEMBER;
    static final PledgeContent CONTENT = TestPledges.content();

    FixtureConfiguration<Pledge> fixture;
    final Map<String, PledgeContent> prior = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pledge.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(TemplateCheck.withDefaults());
        fixture.registerInjectableResource((PriorPledges) (m, y, k) -> Optional.ofNullable(prior.get(m + "|" + y + "|" + k)));
    }

    // ---- events as they would be stored

    static PledgeDrafted drafted() {
        return new PledgeDrafted(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, CONTENT, MEMBER, NOW);
    }

    static PledgeSubmitted submitted() {
        return new PledgeSubmitted(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, CONTENT, List.of(), MEMBER, NOW);
    }

    static PledgeRevisionRequested revisionRequested() {
        return new PledgeRevisionRequested(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "Thiếu chỉ tiêu",
                Map.of("noiDungLamTheo", "Ghi rõ thời hạn"), SECRETARY, NOW);
    }

    static PledgeFlaggedAsCopied flagged() {
        return new PledgeFlaggedAsCopied(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, List.of("pl-0"), "giống pl-0", SECRETARY, NOW);
    }

    static PledgeApproved approved() {
        return new PledgeApproved(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, null, SECRETARY, NOW);
    }

    static PledgeSelfAssessed selfAssessed() {
        return new PledgeSelfAssessed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "Đã thực hiện", MEMBER, NOW);
    }

    static PledgeRetired retired() {
        return new PledgeRetired(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "chuyển sinh hoạt", PledgeStatus.DRAFT, SECRETARY, NOW);
    }

    static CopySource source(CopyDirection direction) {
        return new CopySource("pl-0", "member2", BRANCH, 2026, 0.9, true, CopyKind.COPY, direction, 0.9, 0.8, 1.0, 0.5,
                List.of(new CopyPassage("tuTuongChinhTri", 0, 40, "tuTuongChinhTri", 10, 50)));
    }

    static CopyCheckRecorded copyCheck(boolean suspected) {
        return new CopyCheckRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 0.9, suspected,
                List.of(source(CopyDirection.COPIED_FROM)), PledgeEvent.SYSTEM, NOW);
    }

    static org.hamcrest.Matcher<? super Exception> rejected(Reason reason, String message) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Exception e) {
                return e instanceof CommandRejected r && r.reason() == reason && r.getMessage().contains(message);
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("CommandRejected " + reason + " containing '" + message + "'");
            }
        };
    }

    // ---- create

    @Test
    void drafts_a_pledge() {
        fixture.givenNoPriorActivity()
                .when(new CreatePledge(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, CONTENT, MEMBER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted());
    }

    @Test
    void only_the_member_drafts_their_pledge() {
        fixture.givenNoPriorActivity()
                .when(new CreatePledge(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, CONTENT, SECRETARY))
                .expectException(rejected(Reason.NOT_ALLOWED, "Only the member"));
    }

    @Test
    void a_draft_needs_member_branch_year_and_form() {
        fixture.givenNoPriorActivity()
                .when(new CreatePledge(ID, MEMBER, "", COMMUNE, 26, null, CONTENT, MEMBER))
                .expectException(rejected(Reason.INVALID, "missing"));
    }

    // ---- import

    @Test
    void imports_a_pledge_keeping_its_id() {
        fixture.givenNoPriorActivity()
                .when(new ImportPledge(ID, MEMBER, BRANCH, COMMUNE, 2024, KIND, CONTENT, PledgeStatus.APPROVED, "admin"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                predicate(e -> e instanceof PledgeImported i
                                        && i.status() == PledgeStatus.APPROVED && i.pledgeId().equals(ID)
                                        && i.year() == 2024 && i.at().equals(NOW)),
                                andNoMore())));
    }

    @Test
    void import_records_hard_rule_breaches_as_findings_instead_of_refusing() {
        fixture.givenNoPriorActivity()
                .when(new ImportPledge(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, TestPledges.withoutSection("daoDucLoiSong"),
                        PledgeStatus.SUBMITTED, "admin"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof PledgeImported i
                                && i.findings().stream().anyMatch(f -> f.rule().equals(TemplateCheck.SECTION_EMPTY)
                                && "daoDucLoiSong".equals(f.sectionKey()))),
                        andNoMore())));
    }

    @Test
    void imports_only_as_submitted_or_approved() {
        fixture.givenNoPriorActivity()
                .when(new ImportPledge(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, CONTENT, PledgeStatus.DRAFT, "admin"))
                .expectException(rejected(Reason.INVALID, "SUBMITTED or APPROVED"));
    }

    // ---- edit

    @Test
    void edits_a_draft() {
        PledgeContent changed = TestPledges.withSection("tuTuongChinhTri", "Đọc báo Nhân Dân mỗi ngày.");
        fixture.given(drafted())
                .when(new EditPledge(ID, changed, MEMBER, 0L))
                .expectEvents(new PledgeEdited(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, changed, MEMBER, NOW));
    }

    @Test
    void edits_a_returned_pledge() {
        fixture.given(drafted(), submitted(), revisionRequested())
                .when(new EditPledge(ID, CONTENT, MEMBER, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannot_edit_a_submitted_pledge() {
        fixture.given(drafted(), submitted())
                .when(new EditPledge(ID, CONTENT, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot edit pledge in status SUBMITTED"));
    }

    @Test
    void only_the_member_edits() {
        fixture.given(drafted())
                .when(new EditPledge(ID, CONTENT, SECRETARY, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "Only the member can edit"));
    }

    @Test
    void a_stale_version_is_refused() {
        fixture.given(drafted(), new PledgeEdited(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, CONTENT, MEMBER, NOW))
                .when(new EditPledge(ID, CONTENT, MEMBER, 0L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
    }

    @Test
    void a_clean_copy_check_recorded_since_the_read_does_not_make_the_version_stale() {
        fixture.given(drafted(), submitted(), copyCheck(false))
                .when(new ApprovePledge(ID, null, SECRETARY, 1L))
                .expectEvents(approved());
    }

    @Test
    void a_suspicion_raised_since_the_read_makes_the_version_stale() {
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new ApprovePledge(ID, null, SECRETARY, 1L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
    }

    @Test
    void a_source_of_an_earlier_year_found_since_the_read_makes_the_version_stale() {
        fixture.given(drafted(), submitted(), new PledgeCopiedFrom(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND,
                        source(CopyDirection.COPIED_FROM), 0.9, true, PledgeEvent.SYSTEM, NOW))
                .when(new RequestRevision(ID, "Viết lại", Map.of(), SECRETARY, 1L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
    }

    @Test
    void a_later_pledge_found_to_have_copied_this_one_does_not_make_the_version_stale() {
        fixture.given(drafted(), submitted(), approved(), new PledgeCopiedBy(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND,
                        source(CopyDirection.COPIED_BY), PledgeEvent.SYSTEM, NOW))
                .when(new SelfAssessPledge(ID, "Đã thực hiện", MEMBER, 2L))
                .expectEvents(selfAssessed());
    }

    @Test
    void a_suspicion_raised_while_the_member_edits_a_returned_pledge_does_not_make_the_version_stale() {
        fixture.given(drafted(), submitted(), revisionRequested(), copyCheck(true))
                .when(new EditPledge(ID, CONTENT, MEMBER, 2L))
                .expectEvents(new PledgeEdited(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, CONTENT, MEMBER, NOW));
    }

    @Test
    void a_version_the_pledge_never_had_is_refused() {
        fixture.given(drafted(), submitted())
                .when(new ApprovePledge(ID, null, SECRETARY, 5L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
    }

    // ---- submit and revise

    @Test
    void submits_a_draft_with_soft_findings() {
        fixture.given(drafted())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectEvents(new PledgeSubmitted(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, CONTENT,
                        TemplateCheck.withDefaults().check(KIND, YEAR, CONTENT, Optional.empty()).findings(), MEMBER, NOW));
    }

    @Test
    void submit_with_an_empty_section_is_invalid_and_lists_it() {
        PledgeContent missing = TestPledges.withoutSection("trachNhiemNeuGuong");
        fixture.given(new PledgeDrafted(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, missing, MEMBER, NOW))
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectException(new org.hamcrest.TypeSafeMatcher<Exception>() {
                    @Override
                    protected boolean matchesSafely(Exception e) {
                        return e instanceof CommandRejected r && r.reason() == Reason.INVALID
                                && r.violations().stream().anyMatch(v -> v.field().equals("trachNhiemNeuGuong")
                                && v.message().contains("Về thực hiện trách nhiệm nêu gương"));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description d) {
                        d.appendText("INVALID naming trachNhiemNeuGuong");
                    }
                });
    }

    @Test
    void submit_without_last_years_shortcomings_is_invalid_when_there_was_a_pledge_last_year() {
        prior.put(MEMBER + "|" + (YEAR - 1) + "|" + KIND, CONTENT);
        PledgeContent noShortcomings = TestPledges.withoutSection("hanCheKhuyetDiemNamTruoc");
        fixture.given(new PledgeDrafted(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, noShortcomings, MEMBER, NOW))
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.INVALID, "template"));
    }

    @Test
    void cannot_submit_twice() {
        fixture.given(drafted(), submitted())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot submit pledge in status SUBMITTED"));
    }

    @Test
    void only_the_member_submits() {
        fixture.given(drafted())
                .when(new SubmitPledge(ID, SECRETARY, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "Only the member can submit"));
    }

    @Test
    void resubmitting_a_returned_pledge_is_a_revision() {
        fixture.given(drafted(), submitted(), revisionRequested())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                predicate(e -> e instanceof PledgeRevised r
                                        && r.revision() == 1 && r.content().equals(CONTENT)),
                                andNoMore())));
    }

    @Test
    void resubmitting_a_pledge_flagged_as_copied_is_a_revision() {
        fixture.given(drafted(), submitted(), flagged())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(e -> e instanceof PledgeRevised), andNoMore())));
    }

    // ---- withdraw: back to draft while no reviewer has acted on the submission

    static PledgeWithdrawn withdrawn() {
        return new PledgeWithdrawn(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, MEMBER, NOW);
    }

    @Test
    void the_member_withdraws_a_submitted_pledge_nobody_has_reviewed() {
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new WithdrawPledge(ID, MEMBER, 2L))
                .expectEvents(withdrawn());
    }

    @Test
    void a_withdrawn_pledge_is_a_draft_again_edited_and_resubmitted_as_a_revision() {
        fixture.given(drafted(), submitted(), withdrawn())
                .when(new EditPledge(ID, CONTENT, MEMBER, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(drafted(), submitted(), withdrawn())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(e -> e instanceof PledgeRevised), andNoMore())));
    }

    @Test
    void only_the_member_withdraws() {
        fixture.given(drafted(), submitted())
                .when(new WithdrawPledge(ID, SECRETARY, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "Only the member can withdraw"));
    }

    @Test
    void cannot_withdraw_a_draft_or_a_decided_pledge() {
        fixture.given(drafted())
                .when(new WithdrawPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot withdraw pledge in status DRAFT"));
        fixture.given(drafted(), submitted(), approved())
                .when(new WithdrawPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot withdraw pledge in status APPROVED"));
        fixture.given(drafted(), submitted(), revisionRequested())
                .when(new WithdrawPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot withdraw pledge in status REVISION_REQUESTED"));
    }

    @Test
    void cannot_withdraw_once_a_reviewer_has_dismissed_its_copy_suspicion() {
        fixture.given(drafted(), submitted(), copyCheck(true),
                        new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "khác nhau", SECRETARY, NOW))
                .when(new WithdrawPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "a reviewer has already acted"));
    }

    @Test
    void a_resubmission_after_a_reviewer_acted_may_be_withdrawn_again() {
        fixture.given(drafted(), submitted(), copyCheck(true),
                        new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "khác nhau", SECRETARY, NOW),
                        revisionRequested(),
                        new PledgeRevised(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, 1, CONTENT, List.of(), MEMBER, NOW))
                .when(new WithdrawPledge(ID, MEMBER, null))
                .expectEvents(withdrawn());
    }

    // ---- review

    @Test
    void approves_a_submitted_pledge() {
        fixture.given(drafted(), submitted())
                .when(new ApprovePledge(ID, null, SECRETARY, 1L))
                .expectEvents(approved());
    }

    @Test
    void cannot_approve_a_draft() {
        fixture.given(drafted())
                .when(new ApprovePledge(ID, null, SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot approve pledge in status DRAFT"));
    }

    @Test
    void nobody_reviews_their_own_pledge() {
        fixture.given(drafted(), submitted())
                .when(new ApprovePledge(ID, null, MEMBER, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "cannot approve their own"));
    }

    @Test
    void requests_a_revision_with_comments() {
        fixture.given(drafted(), submitted())
                .when(new RequestRevision(ID, "Thiếu chỉ tiêu", Map.of("noiDungLamTheo", "Ghi rõ thời hạn"), SECRETARY, null))
                .expectEvents(revisionRequested());
    }

    @Test
    void a_revision_request_needs_a_reason() {
        fixture.given(drafted(), submitted())
                .when(new RequestRevision(ID, " ", Map.of(), SECRETARY, null))
                .expectException(rejected(Reason.INVALID, "reason"));
    }

    @Test
    void revision_comments_name_known_sections() {
        fixture.given(drafted(), submitted())
                .when(new RequestRevision(ID, "x", Map.of("noSuchSection", "?"), SECRETARY, null))
                .expectException(rejected(Reason.INVALID, "unknown sections"));
    }

    @Test
    void cannot_request_revision_of_an_approved_pledge() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RequestRevision(ID, "x", Map.of(), SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot request revision of pledge in status APPROVED"));
    }

    @Test
    void member_cannot_request_revision_of_their_own() {
        fixture.given(drafted(), submitted())
                .when(new RequestRevision(ID, "x", Map.of(), MEMBER, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "own pledge"));
    }

    @Test
    void flags_a_pledge_as_copied() {
        fixture.given(drafted(), submitted())
                .when(new FlagAsCopied(ID, List.of("pl-0"), "giống pl-0", SECRETARY, null))
                .expectEvents(flagged());
    }

    @Test
    void flagging_needs_source_pledges() {
        fixture.given(drafted(), submitted())
                .when(new FlagAsCopied(ID, List.of(), "?", SECRETARY, null))
                .expectException(rejected(Reason.INVALID, "copied from"));
    }

    @Test
    void cannot_flag_a_draft() {
        fixture.given(drafted())
                .when(new FlagAsCopied(ID, List.of("pl-0"), null, SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot flag as copied pledge in status DRAFT"));
    }

    @Test
    void member_cannot_flag_their_own() {
        fixture.given(drafted(), submitted())
                .when(new FlagAsCopied(ID, List.of("pl-0"), null, MEMBER, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "own pledge"));
    }

    @Test
    void dismisses_a_copy_suspicion() {
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new DismissCopySuspicion(ID, "khác nhau", SECRETARY, null))
                .expectEvents(new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "khác nhau", SECRETARY, NOW));
    }

    @Test
    void withdraws_a_copy_flag() {
        fixture.given(drafted(), submitted(), flagged())
                .when(new DismissCopySuspicion(ID, "nhầm", SECRETARY, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void nothing_to_dismiss_without_a_suspicion() {
        fixture.given(drafted(), submitted(), copyCheck(false))
                .when(new DismissCopySuspicion(ID, null, SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "without a copy suspicion"));
    }

    @Test
    void cannot_dismiss_on_a_draft() {
        fixture.given(drafted())
                .when(new DismissCopySuspicion(ID, null, SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "in status DRAFT"));
    }

    @Test
    void member_cannot_dismiss_their_own_suspicion() {
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new DismissCopySuspicion(ID, null, MEMBER, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "own pledge"));
    }

    // ---- year end

    @Test
    void self_assesses_an_approved_pledge() {
        fixture.given(drafted(), submitted(), approved())
                .when(new SelfAssessPledge(ID, "Đã thực hiện", MEMBER, null))
                .expectEvents(selfAssessed());
    }

    @Test
    void cannot_self_assess_before_approval() {
        fixture.given(drafted(), submitted())
                .when(new SelfAssessPledge(ID, "x", MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot self-assess pledge in status SUBMITTED"));
    }

    @Test
    void self_assessment_needs_text() {
        fixture.given(drafted(), submitted(), approved())
                .when(new SelfAssessPledge(ID, "", MEMBER, null))
                .expectException(rejected(Reason.INVALID, "empty"));
    }

    @Test
    void only_the_member_self_assesses() {
        fixture.given(drafted(), submitted(), approved())
                .when(new SelfAssessPledge(ID, "x", SECRETARY, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "Only the member"));
    }

    @Test
    void evaluates_a_self_assessed_pledge() {
        fixture.given(drafted(), submitted(), approved(), selfAssessed())
                .when(new EvaluatePledge(ID, EvaluationResult.PARTLY, "còn 1 việc", SECRETARY, null))
                .expectEvents(new PledgeEvaluated(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, EvaluationResult.PARTLY,
                        "còn 1 việc", SECRETARY, NOW));
    }

    @Test
    void cannot_evaluate_before_self_assessment() {
        fixture.given(drafted(), submitted(), approved())
                .when(new EvaluatePledge(ID, EvaluationResult.FULFILLED, null, SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot evaluate pledge in status APPROVED"));
    }

    @Test
    void evaluation_needs_a_result() {
        fixture.given(drafted(), submitted(), approved(), selfAssessed())
                .when(new EvaluatePledge(ID, null, null, SECRETARY, null))
                .expectException(rejected(Reason.INVALID, "FULFILLED"));
    }

    @Test
    void member_cannot_evaluate_their_own() {
        fixture.given(drafted(), submitted(), approved(), selfAssessed())
                .when(new EvaluatePledge(ID, EvaluationResult.FULFILLED, null, MEMBER, null))
                .expectException(rejected(Reason.NOT_ALLOWED, "own pledge"));
    }

    // ---- retire

    @Test
    void retires_from_any_state_with_a_reason() {
        fixture.given(drafted())
                .when(new RetirePledge(ID, "chuyển sinh hoạt", SECRETARY, null))
                .expectEvents(retired());
    }

    @Test
    void retiring_needs_a_reason() {
        fixture.given(drafted())
                .when(new RetirePledge(ID, null, SECRETARY, null))
                .expectException(rejected(Reason.INVALID, "reason"));
    }

    @Test
    void cannot_retire_twice() {
        fixture.given(drafted(), retired())
                .when(new RetirePledge(ID, "again", SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot retire pledge in status RETIRED"));
    }

    @Test
    void a_retired_pledge_cannot_be_submitted() {
        fixture.given(drafted(), retired())
                .when(new SubmitPledge(ID, MEMBER, null))
                .expectException(rejected(Reason.WRONG_STATE, "Cannot submit pledge in status RETIRED"));
    }

    // ---- copy check

    static CopySource source(String otherId, CopyDirection direction, double score, boolean suspected) {
        return new CopySource(otherId, "member2", BRANCH, 2026, score, suspected, CopyKind.COPY, direction, score, score,
                1.0, 0.5, List.of(new CopyPassage("tuTuongChinhTri", 0, 40, "tuTuongChinhTri", 10, 50)));
    }

    static CopyPairRecorded pair(CopySource source, double score, boolean suspected) {
        return new CopyPairRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, source, score, suspected, PledgeEvent.SYSTEM, NOW);
    }

    @Test
    void records_a_copy_check_in_any_state() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RecordCopyCheck(ID, List.of(source(CopyDirection.COPIED_FROM))))
                .expectEvents(copyCheck(true));
    }

    @Test
    void being_copied_neither_scores_nor_suspects_the_pledge_and_an_undetermined_pair_does() {
        CopySource later = source("pl-later", CopyDirection.COPIED_BY, 0.95, true);
        CopySource unordered = source("pl-same-year", CopyDirection.UNDETERMINED, 0.6, true);
        fixture.given(drafted(), submitted())
                .when(new RecordCopyCheck(ID, List.of(later)))
                .expectEvents(new CopyCheckRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 0, false, List.of(later),
                        PledgeEvent.SYSTEM, NOW));
        fixture.given(drafted(), submitted())
                .when(new RecordCopyCheck(ID, List.of(later, unordered)))
                .expectEvents(new CopyCheckRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 0.6, true,
                        List.of(later, unordered), PledgeEvent.SYSTEM, NOW));
    }

    @Test
    void the_same_copy_check_result_for_the_same_text_is_recorded_once() {
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new RecordCopyCheck(ID, List.of(source(CopyDirection.COPIED_FROM))))
                .expectNoEvents();
    }

    @Test
    void a_different_result_is_recorded_again() {
        CopySource weaker = source("pl-0", CopyDirection.COPIED_FROM, 0.5, true);
        fixture.given(drafted(), submitted(), copyCheck(true))
                .when(new RecordCopyCheck(ID, List.of(weaker)))
                .expectEvents(new CopyCheckRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 0.5, true,
                        List.of(weaker), PledgeEvent.SYSTEM, NOW));
    }

    @Test
    void the_same_result_for_a_new_text_is_recorded_again() {
        fixture.given(drafted(), submitted(), copyCheck(true), submitted())
                .when(new RecordCopyCheck(ID, List.of(source(CopyDirection.COPIED_FROM))))
                .expectEvents(copyCheck(true));
    }

    @Test
    void a_source_must_name_another_pledge_and_a_direction() {
        fixture.given(drafted(), submitted())
                .when(new RecordCopyPair(ID, source(ID, CopyDirection.COPIED_BY, 0.9, true)))
                .expectException(rejected(Reason.INVALID, "another pledge"));
        fixture.given(drafted(), submitted())
                .when(new RecordCopyCheck(ID, List.of(source("pl-0", null, 0.9, true))))
                .expectException(rejected(Reason.INVALID, "direction"));
    }

    @Test
    void a_pair_found_by_the_other_pledges_check_joins_the_sources_with_the_figures_of_all_of_them() {
        CopyCheckRecorded clean = new CopyCheckRecorded(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 0, false, List.of(),
                PledgeEvent.SYSTEM, NOW);
        CopySource earlier = source("pl-earlier", CopyDirection.COPIED_FROM, 0.7, true);
        CopySource later = source("pl-later", CopyDirection.COPIED_BY, 0.9, true);
        fixture.given(drafted(), submitted(), clean)
                .when(new RecordCopyPair(ID, later))
                .expectEvents(pair(later, 0, false));
        fixture.given(drafted(), submitted(), clean, pair(later, 0, false))
                .when(new RecordCopyPair(ID, earlier))
                .expectEvents(pair(earlier, 0.7, true));
    }

    @Test
    void the_same_evidence_of_a_pair_is_recorded_once_and_newer_evidence_replaces_it() {
        CopySource earlier = source("pl-earlier", CopyDirection.COPIED_FROM, 0.7, true);
        CopySource weaker = source("pl-earlier", CopyDirection.COPIED_FROM, 0.2, false);
        fixture.given(drafted(), submitted(), copyCheck(false), pair(earlier, 0.9, true))
                .when(new RecordCopyPair(ID, earlier))
                .expectNoEvents();
        // the replaced evidence no longer counts: the figures are those of the other source (copyCheck's pl-0, 0.9)
        fixture.given(drafted(), submitted(), copyCheck(true), pair(earlier, 0.9, true))
                .when(new RecordCopyPair(ID, weaker))
                .expectEvents(pair(weaker, 0.9, true));
    }

    @Test
    void a_pair_is_withdrawn_when_the_other_pledges_new_text_no_longer_matches_but_not_newer_evidence() {
        CopySource earlier = source("pl-earlier", CopyDirection.COPIED_FROM, 0.7, true);
        fixture.given(drafted(), submitted(), pair(earlier, 0.7, true))
                .when(new WithdrawCopyPair(ID, "pl-earlier", NOW.plusSeconds(60)))
                .expectEvents(new CopyPairWithdrawn(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "pl-earlier", 0, false,
                        PledgeEvent.SYSTEM, NOW));
        // evidence recorded after the other pledge's new text was submitted is about that text: it stays
        fixture.given(drafted(), submitted(), pair(earlier, 0.7, true))
                .when(new WithdrawCopyPair(ID, "pl-earlier", NOW.minusSeconds(60)))
                .expectNoEvents();
        fixture.given(drafted(), submitted())
                .when(new WithdrawCopyPair(ID, "pl-unknown", NOW.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void a_pair_found_since_the_read_makes_the_version_stale_only_if_this_pledge_may_have_copied() {
        fixture.given(drafted(), submitted(), pair(source("pl-x", CopyDirection.UNDETERMINED, 0.8, true), 0.8, true))
                .when(new ApprovePledge(ID, null, SECRETARY, 1L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
        fixture.given(drafted(), submitted(), pair(source("pl-x", CopyDirection.COPIED_BY, 0.8, true), 0, false))
                .when(new ApprovePledge(ID, null, SECRETARY, 1L))
                .expectEvents(approved());
    }

    @Test
    void a_dismissed_suspicion_is_raised_again_by_a_new_suspicious_source_but_not_by_being_copied() {
        CopySuspicionDismissed dismissed = new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "tự viết",
                SECRETARY, NOW);
        fixture.given(drafted(), submitted(), copyCheck(true), dismissed,
                        pair(source("pl-later", CopyDirection.COPIED_BY, 0.9, true), 0.9, true))
                .when(new DismissCopySuspicion(ID, "lần nữa", SECRETARY, null))
                .expectException(rejected(Reason.WRONG_STATE, "without a copy suspicion"));
        fixture.given(drafted(), submitted(), copyCheck(true), dismissed,
                        pair(source("pl-new", CopyDirection.COPIED_FROM, 0.8, true), 0.9, true))
                .when(new DismissCopySuspicion(ID, "lần nữa", SECRETARY, null))
                .expectEvents(new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "lần nữa", SECRETARY, NOW));
    }

    @Test
    void a_source_stored_by_the_former_link_events_still_counts() {
        fixture.given(drafted(), submitted(), new PledgeCopiedFrom(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND,
                        source(CopyDirection.COPIED_FROM), 0.9, true, PledgeEvent.SYSTEM, NOW))
                .when(new DismissCopySuspicion(ID, "bản tự viết", SECRETARY, null))
                .expectEvents(new CopySuspicionDismissed(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "bản tự viết", SECRETARY, NOW));
        fixture.given(drafted(), submitted(), new PledgeCopiedBy(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND,
                        source(CopyDirection.COPIED_BY), PledgeEvent.SYSTEM, NOW))
                .when(new RecordCopyPair(ID, source(CopyDirection.COPIED_BY)))
                .expectNoEvents();
    }

    @Test
    void events_serialize_as_json_and_back() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        for (PledgeEvent e : List.<PledgeEvent>of(drafted(), submitted(), revisionRequested(), flagged(), approved(),
                selfAssessed(), retired(), copyCheck(true), new PledgeCopiedFrom(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND,
                        source(CopyDirection.COPIED_FROM), 0.9, true, PledgeEvent.SYSTEM, NOW),
                pair(source("pl-x", CopyDirection.UNDETERMINED, 0.8, true), 0.8, true),
                new CopyPairWithdrawn(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, "pl-x", 0, false, PledgeEvent.SYSTEM, NOW),
                new PledgeImported(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, CONTENT, PledgeStatus.SUBMITTED, List.of(),
                        NOW.minusSeconds(3600), "admin", NOW))) {
            String json = mapper.writeValueAsString(e);
            assertThat(json).doesNotContain("statusAfter");
            assertThat(mapper.readValue(json, e.getClass())).isEqualTo(e);
        }
        // an import stored before submittedAt existed still reads, as a pledge whose file did not say
        PledgeImported stored = new PledgeImported(ID, MEMBER, BRANCH, COMMUNE, YEAR, KIND, 1, CONTENT,
                PledgeStatus.SUBMITTED, List.of(), "admin", NOW);
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(stored);
        old.remove("submittedAt");
        assertThat(mapper.treeToValue(old, PledgeImported.class)).isEqualTo(stored);
    }
}
