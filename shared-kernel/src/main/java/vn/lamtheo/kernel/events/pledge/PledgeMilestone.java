package vn.lamtheo.kernel.events.pledge;

import java.util.Arrays;
import java.util.List;

/**
 * A state a pledge reached at least once, as the published events say it (see {@link PledgeMilestones}): the one
 * list behind the pledge context's branch and commune figures, the supervision report and their labels. Reaching a
 * later state implies the earlier ones, so figures built on milestones count "ever reached".
 *
 * <p>{@link #field()} is the name stored in figure documents and shown in the reports' JSON and message keys
 * ({@code report.col.<field>}, {@code home.figures.<field>}). Documents already stored carry these names: never change
 * one (a new name needs a start-up migration of the figure documents).
 */
public enum PledgeMilestone {

    DRAFTED("drafted", true),
    SUBMITTED("submitted", true),
    APPROVED("approved", true),
    REVISION_REQUESTED("revisionRequested", true),
    FLAGGED_AS_COPIED("flaggedAsCopied", true),
    COPY_SUSPECTED("copySuspected", true),
    SUSPECTED_DISMISSED("suspectedDismissed", true),
    SELF_ASSESSED("selfAssessed", true),
    EVALUATED("evaluated", true),
    EVALUATED_FULFILLED("evaluatedFulfilled", true),
    EVALUATED_PARTLY("evaluatedPartly", true),
    EVALUATED_NOT_FULFILLED("evaluatedNotFulfilled", true),
    RETIRED("retired", true),
    /** The template check found something (one per pledge, whatever the rule; the rules are finding fields). */
    WITH_FINDINGS("withFindings", false),
    /** Suspected of copying its own member's earlier pledge: counted with the findings, not as a step. */
    SELF_COPY_SUSPECTED("selfCopySuspected", false);

    private static final List<PledgeMilestone> STEPS = Arrays.stream(values()).filter(m -> m.step).toList();

    private final String field;
    private final boolean step;

    PledgeMilestone(String field, boolean step) {
        this.field = field;
        this.step = step;
    }

    /** The stored and published name, e.g. {@code flaggedAsCopied}. */
    public String field() {
        return field;
    }

    /** The steps of a pledge's life the reports count, in the order they show them (the findings left out). */
    public static List<PledgeMilestone> steps() {
        return STEPS;
    }

    /** The stored names of {@code milestones}, in their order. */
    public static List<String> fields(List<PledgeMilestone> milestones) {
        return milestones.stream().map(PledgeMilestone::field).toList();
    }
}
