package vn.lamtheo.kernel.events.pledge;

import vn.lamtheo.kernel.events.UnhandledEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

/**
 * What a published pledge event says the pledge has reached at least once: the meaning of the events for every
 * counter built from them (the pledge context's branch and commune figures, the supervision report). Reaching a
 * later state implies the earlier ones (an approved pledge was submitted, a submitted one drafted), so the figures
 * count "ever reached" ({@link PledgeMilestone}). Findings give one stored field per rule broken, named
 * {@value #FINDING_PREFIX} + the rule.
 */
public final class PledgeMilestones {

    public static final String FINDING_PREFIX = "finding_";

    /**
     * What one event says the pledge reached.
     *
     * @param findingRules the template-check rules the pledge broke (stored as {@value #FINDING_PREFIX} + rule)
     */
    public record Reached(Set<PledgeMilestone> milestones, List<String> findingRules) {

        public Reached {
            milestones = milestones.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(milestones));
            findingRules = List.copyOf(findingRules);
        }

        public boolean isEmpty() {
            return milestones.isEmpty() && findingRules.isEmpty();
        }

        /** The stored names: each milestone's {@link PledgeMilestone#field()}, then the finding fields. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>(PledgeMilestone.fields(List.copyOf(milestones)));
            findingRules.forEach(rule -> fields.add(FINDING_PREFIX + rule));
            return fields;
        }
    }

    private PledgeMilestones() {
    }

    public static Reached reachedBy(PledgeEvent event) {
        Set<PledgeMilestone> reached = EnumSet.noneOf(PledgeMilestone.class);
        List<String> rules = new ArrayList<>();
        // Java 17 has no pattern switch: every permitted event has a branch, and PledgeEventHandlingTest checks it.
        if (event instanceof PledgeDrafted || event instanceof PledgeEdited) {
            reached.add(DRAFTED);
        } else if (event instanceof PledgeSubmitted e) {
            reached.addAll(List.of(DRAFTED, SUBMITTED));
            findings(e.findings(), reached, rules);
        } else if (event instanceof PledgeRevised e) {
            reached.addAll(List.of(DRAFTED, SUBMITTED));
            findings(e.findings(), reached, rules);
        } else if (event instanceof PledgeImported e) {
            reached.addAll(List.of(DRAFTED, SUBMITTED));
            if (e.status() == PledgeStatus.APPROVED) {
                reached.add(APPROVED);
            }
            findings(e.findings(), reached, rules);
        } else if (event instanceof PledgeApproved) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, APPROVED));
        } else if (event instanceof PledgeRevisionRequested) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, REVISION_REQUESTED));
        } else if (event instanceof PledgeFlaggedAsCopied) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, FLAGGED_AS_COPIED));
        } else if (event instanceof CopySuspicionDismissed) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, SUSPECTED_DISMISSED));
        } else if (event instanceof CopyCheckRecorded e) {
            if (e.suspected()) {
                suspicion(e.sources(), reached);
            }
        } else if (event instanceof CopyPairRecorded e) {
            if (e.suspected()) {
                suspicion(List.of(e.source()), reached);
            }
        } else if (event instanceof PledgeCopiedFrom e) {
            if (e.source().suspected()) {
                suspicion(List.of(e.source()), reached);
            }
        } else if (event instanceof PledgeSelfAssessed) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, APPROVED, SELF_ASSESSED));
        } else if (event instanceof PledgeEvaluated e) {
            reached.addAll(List.of(DRAFTED, SUBMITTED, APPROVED, EVALUATED));
            if (e.result() != null) {
                reached.add(switch (e.result()) {
                    case FULFILLED -> EVALUATED_FULFILLED;
                    case PARTLY -> EVALUATED_PARTLY;
                    case NOT_FULFILLED -> EVALUATED_NOT_FULFILLED;
                });
            }
        } else if (event instanceof PledgeRetired) {
            reached.add(RETIRED);
        } else if (event instanceof PledgeWithdrawn) {
            reached.addAll(List.of(DRAFTED, SUBMITTED)); // a draft again, but it was submitted: nothing new reached
        } else if (event instanceof PledgeCopiedBy || event instanceof CopyPairWithdrawn) {
            // Being copied (PledgeCopiedBy) says nothing here: the copy's own events count its suspicion. A withdrawn
            // pair leaves "ever suspected" as it was.
        } else {
            throw new UnhandledEvent(PledgeMilestones.class, event);
        }
        return new Reached(reached, rules);
    }

    /** The pledge is suspected; a self-copy if one of the sources it may have copied at the threshold is its member's own. */
    private static void suspicion(List<CopySource> sources, Set<PledgeMilestone> reached) {
        reached.add(COPY_SUSPECTED);
        if (sources.stream().anyMatch(s -> s.suspected() && s.kind() == CopyKind.SELF_COPY && s.direction().mayHaveCopied())) {
            reached.add(SELF_COPY_SUSPECTED);
        }
    }

    /** One flag per rule the pledge ever broke, whatever the section: the report counts pledges, not findings. */
    private static void findings(List<TemplateFinding> findings, Set<PledgeMilestone> reached, List<String> rules) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        reached.add(WITH_FINDINGS);
        findings.stream().map(TemplateFinding::rule).filter(r -> r != null && !r.isBlank()).distinct().forEach(rules::add);
    }
}
