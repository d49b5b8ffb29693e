package vn.lamtheo.kernel.events.pledge;

import java.util.ArrayList;
import java.util.List;

/**
 * What a published pledge event says the pledge has reached at least once: the meaning of the events for every
 * counter built from them (the pledge context's branch and commune figures, the supervision report). Reaching a
 * later state implies the earlier ones (an approved pledge was submitted, a submitted one drafted), so the figures
 * count "ever reached". Findings give one milestone per rule broken, named {@value #FINDING_PREFIX} + the rule.
 */
public final class PledgeMilestones {

    public static final String FINDING_PREFIX = "finding_";

    private PledgeMilestones() {
    }

    public static List<String> reachedBy(PledgeEvent event) {
        List<String> flags = new ArrayList<>();
        if (event instanceof PledgeDrafted || event instanceof PledgeEdited) {
            flags.add("drafted");
        } else if (event instanceof PledgeSubmitted e) {
            flags.addAll(List.of("drafted", "submitted"));
            findings(e.findings(), flags);
        } else if (event instanceof PledgeRevised e) {
            flags.addAll(List.of("drafted", "submitted"));
            findings(e.findings(), flags);
        } else if (event instanceof PledgeImported e) {
            flags.addAll(List.of("drafted", "submitted"));
            if (e.status() == PledgeStatus.APPROVED) {
                flags.add("approved");
            }
            findings(e.findings(), flags);
        } else if (event instanceof PledgeApproved) {
            flags.addAll(List.of("drafted", "submitted", "approved"));
        } else if (event instanceof PledgeRevisionRequested) {
            flags.addAll(List.of("drafted", "submitted", "revisionRequested"));
        } else if (event instanceof PledgeFlaggedAsCopied) {
            flags.addAll(List.of("drafted", "submitted", "flaggedAsCopied"));
        } else if (event instanceof CopySuspicionDismissed) {
            flags.addAll(List.of("drafted", "submitted", "suspectedDismissed"));
        } else if (event instanceof CopyCheckRecorded e && e.suspected()) {
            suspicion(e.sources(), flags);
        } else if (event instanceof CopyPairRecorded e && e.suspected()) {
            suspicion(List.of(e.source()), flags);
        } else if (event instanceof PledgeCopiedFrom e && e.source().suspected()) {
            suspicion(List.of(e.source()), flags);
        } else if (event instanceof PledgeSelfAssessed) {
            flags.addAll(List.of("drafted", "submitted", "approved", "selfAssessed"));
        } else if (event instanceof PledgeEvaluated e) {
            flags.addAll(List.of("drafted", "submitted", "approved", "evaluated"));
            if (e.result() != null) {
                flags.add(switch (e.result()) {
                    case FULFILLED -> "evaluatedFulfilled";
                    case PARTLY -> "evaluatedPartly";
                    case NOT_FULFILLED -> "evaluatedNotFulfilled";
                });
            }
        } else if (event instanceof PledgeRetired) {
            flags.add("retired");
        } else if (event instanceof PledgeWithdrawn) {
            flags.addAll(List.of("drafted", "submitted")); // a draft again, but it was submitted: nothing new reached
        }
        // Being copied (PledgeCopiedBy, a COPIED_BY source) says nothing here: the copy's own events count its suspicion.
        return flags;
    }

    /** The pledge is suspected; a self-copy if one of the sources it may have copied at the threshold is its member's own. */
    private static void suspicion(List<CopySource> sources, List<String> flags) {
        flags.add("copySuspected");
        if (sources.stream().anyMatch(s -> s.suspected() && s.kind() == CopyKind.SELF_COPY && s.direction().mayHaveCopied())) {
            flags.add("selfCopySuspected");
        }
    }

    /** One flag per rule the pledge ever broke, whatever the section: the report counts pledges, not findings. */
    private static void findings(List<TemplateFinding> findings, List<String> flags) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        flags.add("withFindings");
        findings.stream().map(TemplateFinding::rule).filter(r -> r != null && !r.isBlank())
                .map(r -> FINDING_PREFIX + r).distinct().forEach(flags::add);
    }
}
