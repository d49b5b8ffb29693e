package vn.lamtheo.kernel.events.pledge;

import vn.lamtheo.kernel.events.pledge.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Events of one pledge as a test story: ids, times and actors fixed. */
public final class PledgeEvents {

    public final String pledgeId, memberId, branchId, committeeId;
    public final int year;
    public final TemplateKind kind = TemplateKind.PARTY_MEMBER;
    public Instant at = Instant.parse("2026-03-01T08:00:00Z");

    public PledgeEvents(String pledgeId, String memberId, String branchId, String committeeId, int year) {
        this.pledgeId = pledgeId;
        this.memberId = memberId;
        this.branchId = branchId;
        this.committeeId = committeeId;
        this.year = year;
    }

    public PledgeDrafted drafted() {
        return new PledgeDrafted(pledgeId, memberId, branchId, committeeId, year, kind, 1, TestPledges.content(), memberId, at);
    }

    public PledgeSubmitted submitted(TemplateFinding... findings) {
        return new PledgeSubmitted(pledgeId, memberId, branchId, committeeId, year, kind, 1, TestPledges.content(),
                List.of(findings), memberId, at);
    }

    public PledgeRevised revised(int revision) {
        return new PledgeRevised(pledgeId, memberId, branchId, committeeId, year, kind, revision, 1, TestPledges.content(),
                List.of(), memberId, at);
    }

    public PledgeImported imported(PledgeStatus status) {
        return imported(status, null);
    }

    /** @param submittedAt when the file says it was first submitted, or null */
    public PledgeImported imported(PledgeStatus status, Instant submittedAt) {
        return new PledgeImported(pledgeId, memberId, branchId, committeeId, year, kind, 1, TestPledges.content(), status,
                List.of(), submittedAt, "admin", at);
    }

    public PledgeRevisionRequested revisionRequested(String secretary) {
        return new PledgeRevisionRequested(pledgeId, memberId, branchId, committeeId, year, kind, "Thiếu chỉ tiêu",
                Map.of("noiDungLamTheo", "Ghi rõ thời hạn"), secretary, at);
    }

    public PledgeApproved approved(String secretary) {
        return new PledgeApproved(pledgeId, memberId, branchId, committeeId, year, kind, null, secretary, at);
    }

    public PledgeFlaggedAsCopied flagged(String secretary, String source) {
        return new PledgeFlaggedAsCopied(pledgeId, memberId, branchId, committeeId, year, kind, List.of(source), null, secretary, at);
    }

    public PledgeSelfAssessed selfAssessed() {
        return new PledgeSelfAssessed(pledgeId, memberId, branchId, committeeId, year, kind, "Đã thực hiện", memberId, at);
    }

    public PledgeEvaluated evaluated(String secretary, EvaluationResult result) {
        return new PledgeEvaluated(pledgeId, memberId, branchId, committeeId, year, kind, result, null, secretary, at);
    }

    public CopyCheckRecorded copyCheck(double score, boolean suspected, String sourceId) {
        return new CopyCheckRecorded(pledgeId, memberId, branchId, committeeId, year, kind, score, suspected,
                List.of(source(sourceId, CopyDirection.COPIED_FROM)), PledgeEvent.SYSTEM, at);
    }

    public PledgeCopiedBy copiedBy(String laterId) {
        return new PledgeCopiedBy(pledgeId, memberId, branchId, committeeId, year, kind, source(laterId, CopyDirection.COPIED_BY),
                PledgeEvent.SYSTEM, at);
    }

    /** An earlier year's pledge, checked after this one, found that this one copies it. */
    public PledgeCopiedFrom copiedFrom(String earlierId, double score) {
        return new PledgeCopiedFrom(pledgeId, memberId, branchId, committeeId, year, kind,
                source(earlierId, CopyDirection.COPIED_FROM), score, true, PledgeEvent.SYSTEM, at);
    }

    /** The check of {@code otherId} found this pledge: the pair seen from here, and this pledge's figures after it. */
    public CopyPairRecorded pair(String otherId, CopyDirection direction, double score, double pledgeScore, boolean suspected) {
        CopySource s = source(otherId, direction);
        return new CopyPairRecorded(pledgeId, memberId, branchId, committeeId, year, kind,
                new CopySource(s.pledgeId(), s.memberId(), s.unitId(), s.year(), score, score >= 0.3, s.kind(), direction,
                        s.containmentThisInOther(), s.containmentOtherInThis(), s.surfaceAgreement(), s.authorFit(),
                        s.passages()), pledgeScore, suspected, PledgeEvent.SYSTEM, at);
    }

    public CopyPairWithdrawn withdrawn(String otherId, double pledgeScore, boolean suspected) {
        return new CopyPairWithdrawn(pledgeId, memberId, branchId, committeeId, year, kind, otherId, pledgeScore, suspected,
                PledgeEvent.SYSTEM, at);
    }

    public CopySuspicionDismissed dismissed(String secretary) {
        return new CopySuspicionDismissed(pledgeId, memberId, branchId, committeeId, year, kind, null, secretary, at);
    }

    public CopySource source(String otherId, CopyDirection direction) {
        return new CopySource(otherId, "m-other", branchId, year, 0.8, true, CopyKind.COPY, direction, 0.8, 0.7, 1.0, 0.5,
                List.of(new CopyPassage("tuTuongChinhTri", 0, 10, "tuTuongChinhTri", 5, 15)));
    }
}
