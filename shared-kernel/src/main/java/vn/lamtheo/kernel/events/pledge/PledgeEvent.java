package vn.lamtheo.kernel.events.pledge;

import vn.lamtheo.kernel.events.SystemActor;

import java.time.Instant;

/**
 * The published language of the pledge context. Every event says which pledge, whose, where, which year and
 * form, who did it ({@code actorId}, a person id, or a {@link SystemActor}) and when ({@code at},
 * from the command handler's clock). Pledge text travels only in the payload of the content events
 * (drafted, edited, submitted, revised, imported), never in metadata.
 */
public sealed interface PledgeEvent permits PledgeDrafted, PledgeEdited, PledgeSubmitted, PledgeRevised, PledgeImported,
        PledgeApproved, PledgeRevisionRequested, PledgeFlaggedAsCopied, CopySuspicionDismissed, PledgeSelfAssessed,
        PledgeEvaluated, PledgeRetired, CopyCheckRecorded, CopyPairRecorded, CopyPairWithdrawn, PledgeCopiedBy,
        PledgeCopiedFrom, PledgeWithdrawn {

    String pledgeId();

    String memberId();

    String branchId();

    /** The commune committee (đảng ủy xã / thị trấn) above the branch. */
    String committeeId();

    int year();

    TemplateKind templateKind();

    /** The person who did it, or {@code system}. */
    String actorId();

    Instant at();

    /** The status the pledge is in after this event, or null when the event does not change it. */
    PledgeStatus statusAfter();

    /** The copy check's actor id ({@link SystemActor#COPY_CHECK}); readers ask {@link SystemActor#is}. */
    String SYSTEM = SystemActor.COPY_CHECK;
}
