package vn.lamtheo.model.access;

import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Who may see and act on a model, used both where models are written (the aggregate) and where they are read
 * (the projections' readers). Everybody signed in reads public (registered, featured) models; the owner unit's
 * committee officers and branch secretaries see and edit their own; the curator sees everything submitted in
 * the district; the supervision team sees everything in its scope, read-only.
 * An invisible model answers 404, a visible one the actor may not act on 403.
 */
public final class ModelAccess {

    private static final Role[] OWNERS = {Role.COMMITTEE_OFFICER, Role.BRANCH_SECRETARY};

    private final AccessPolicy policy;

    public ModelAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public boolean canRead(Actor actor, String ownerUnitId, ModelStatus status) {
        if (status.isPublic()) {
            return true;
        }
        if (policy.reaches(actor, ownerUnitId, Role.COMMITTEE_OFFICER, Role.BRANCH_SECRETARY, Role.SUPERVISOR)) {
            return true;
        }
        return status != ModelStatus.DRAFT && policy.reaches(actor, ownerUnitId, Role.DISTRICT_CURATOR);
    }

    public void requireRead(Actor actor, String ownerUnitId, ModelStatus status) {
        if (!canRead(actor, ownerUnitId, status)) {
            // Logs the denial; the roles cannot match since canRead failed, so this always throws 404.
            policy.requireReach(actor, ownerUnitId, "model", Role.DISTRICT_CURATOR, Role.SUPERVISOR, Role.COMMITTEE_OFFICER, Role.BRANCH_SECRETARY);
            throw new NotFoundException("model");
        }
    }

    public boolean isOwner(Actor actor, String ownerUnitId) {
        return policy.reaches(actor, ownerUnitId, OWNERS);
    }

    public boolean isCurator(Actor actor, String ownerUnitId) {
        return policy.reaches(actor, ownerUnitId, Role.DISTRICT_CURATOR);
    }

    /** The owner unit's committee officer or branch secretary: draft, edit, submit, revise. */
    public void requireOwner(Actor actor, String ownerUnitId, ModelStatus status, String action) {
        requireRead(actor, ownerUnitId, status);
        if (!isOwner(actor, ownerUnitId)) {
            throw notAllowed(action);
        }
    }

    /** The district curator: register, feature, request revision, flag overlap, re-assess, retire. */
    public void requireCurator(Actor actor, String ownerUnitId, ModelStatus status, String action) {
        requireRead(actor, ownerUnitId, status);
        if (!isCurator(actor, ownerUnitId)) {
            throw notAllowed(action);
        }
    }

    /** Replications are recorded by whoever answers for the adopting unit, or by the curator. */
    public void requireAdoptionRecorder(Actor actor, String ownerUnitId, ModelStatus status, String adopterUnitId) {
        requireRead(actor, ownerUnitId, status);
        if (!policy.reaches(actor, adopterUnitId, Role.COMMITTEE_OFFICER, Role.BRANCH_SECRETARY, Role.DISTRICT_CURATOR)) {
            throw notAllowed("record an adoption of");
        }
    }

    /** May this actor create a model owned by {@code ownerUnitId}? */
    public void requireProposer(Actor actor, String ownerUnitId) {
        if (!isOwner(actor, ownerUnitId)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED,
                    "Only a committee officer or branch secretary may propose a model for a unit within their scope");
        }
    }

    private static CommandRejected notAllowed(String action) {
        return new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Not allowed to " + action + " this model");
    }
}
