package vn.lamtheo.pledge.application;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Who may see and act on a pledge. The member reads and changes their own; the secretary of the member's
 * branch reviews (a secretary's own pledge is reviewed by the commune's committee officer); committee officers,
 * curators, supervisors and admins read within their unit. What one may not see answers 404, never 403.
 */
@Component
public class PledgeAccess {

    static final Role[] READERS = {Role.BRANCH_SECRETARY, Role.COMMITTEE_OFFICER, Role.DISTRICT_CURATOR,
            Role.SUPERVISOR, Role.ADMIN};

    private final AccessPolicy policy;
    private final Directory directory;

    public PledgeAccess(AccessPolicy policy, Directory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    public boolean isOwner(Actor actor, PledgeView pledge) {
        return actor.personId().equals(pledge.memberId());
    }

    public void requireRead(Actor actor, PledgeView pledge) {
        if (!isOwner(actor, pledge)) {
            policy.requireReach(actor, pledge.branchId(), "pledge " + pledge.id(), READERS);
        }
    }

    /** Whether the actor may read a pledge of this member and branch; a question, not an attempt: nothing is logged. */
    public boolean mayRead(Actor actor, String memberId, String branchId) {
        return actor.personId().equals(memberId) || policy.reaches(actor, branchId, READERS);
    }

    public boolean canReview(Actor actor, PledgeView pledge) {
        if (isOwner(actor, pledge)) {
            return false;
        }
        boolean ownerIsSecretary = directory.person(pledge.memberId()).map(p -> p.has(Role.BRANCH_SECRETARY)).orElse(false);
        return ownerIsSecretary
                ? policy.reaches(actor, pledge.branchId(), Role.COMMITTEE_OFFICER)
                : policy.reaches(actor, pledge.branchId(), Role.BRANCH_SECRETARY);
    }

    public void requireOwner(Actor actor, PledgeView pledge, String action) {
        requireRead(actor, pledge);
        if (!isOwner(actor, pledge)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the member can " + action + " their pledge");
        }
    }

    public void requireReviewer(Actor actor, PledgeView pledge, String action) {
        requireRead(actor, pledge);
        if (!canReview(actor, pledge)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the reviewer of this pledge can " + action + " it");
        }
    }

    public void requireReviewerOrAdmin(Actor actor, PledgeView pledge, String action) {
        requireRead(actor, pledge);
        if (!canReview(actor, pledge) && !policy.reaches(actor, pledge.branchId(), Role.ADMIN)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the reviewer or an admin can " + action + " this pledge");
        }
    }
}
