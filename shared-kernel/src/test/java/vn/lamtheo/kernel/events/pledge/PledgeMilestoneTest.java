package vn.lamtheo.kernel.events.pledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

class PledgeMilestoneTest {

    private final PledgeEvents pledge = new PledgeEvents("p-1", "m-1", "b-1", "c-1", 2026);

    /** Figure documents already stored carry these names: renaming a constant must not rename its stored field. */
    @Test
    void storedNamesAreTheNamesExistingDocumentsCarry() {
        assertThat(PledgeMilestone.fields(List.of(values()))).containsExactly("drafted", "submitted", "approved",
                "revisionRequested", "flaggedAsCopied", "copySuspected", "suspectedDismissed", "selfAssessed",
                "evaluated", "evaluatedFulfilled", "evaluatedPartly", "evaluatedNotFulfilled", "retired",
                "withFindings", "selfCopySuspected");
    }

    @Test
    void stepsLeaveTheFindingsOut() {
        assertThat(steps()).startsWith(DRAFTED, SUBMITTED).endsWith(RETIRED).doesNotContain(WITH_FINDINGS, SELF_COPY_SUSPECTED);
    }

    @Test
    void aLaterStepImpliesTheEarlierOnes() {
        assertThat(PledgeMilestones.reachedBy(pledge.flagged("s-1", "p-2")).milestones())
                .containsExactlyInAnyOrder(DRAFTED, SUBMITTED, FLAGGED_AS_COPIED);
        assertThat(PledgeMilestones.reachedBy(pledge.evaluated("s-1", EvaluationResult.PARTLY)).milestones())
                .containsExactlyInAnyOrder(DRAFTED, SUBMITTED, APPROVED, EVALUATED, EVALUATED_PARTLY);
    }

    @Test
    void findingsGiveOneFieldPerRuleAfterTheMilestones() {
        TemplateFinding finding = new TemplateFinding("SHORTCOMINGS_MISSING", "hanCheKhuyetDiemNamTruoc", "Hạn chế", "thiếu");
        assertThat(PledgeMilestones.reachedBy(pledge.submitted(finding, finding)).fields())
                .containsExactly("drafted", "submitted", "withFindings", "finding_SHORTCOMINGS_MISSING");
    }

    @Test
    void aCheckThatFoundNothingReachesNothing() {
        assertThat(PledgeMilestones.reachedBy(pledge.copyCheck(0.1, false, "p-2")).isEmpty()).isTrue();
        assertThat(PledgeMilestones.reachedBy(pledge.copyCheck(0.9, true, "p-2")).milestones()).containsExactly(COPY_SUSPECTED);
    }
}
