package vn.lamtheo.cabinet.access;

import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Who may see and work a cabinet, used where its ledger is written (the aggregate) and where it is read (the
 * projections' readers). The keeper and the committee officers of the cabinet's unit keep its ledger; the committee
 * officers also set cabinets up and approve write-offs and stock-takes' losses; the supervision team and the district curator read.
 * A cabinet the person may not see answers 404 (as an unknown one), one they see but may not work 403.
 */
public final class CabinetAccess {

    static final Role[] READERS = {Role.CABINET_KEEPER, Role.COMMITTEE_OFFICER, Role.SUPERVISOR, Role.DISTRICT_CURATOR};
    static final Role[] KEEPERS = {Role.CABINET_KEEPER, Role.COMMITTEE_OFFICER};

    private final AccessPolicy policy;

    public CabinetAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public boolean canRead(Actor actor, String unitId) {
        return policy.reaches(actor, unitId, READERS);
    }

    /** 404 (logged) unless the actor reads cabinets of this unit. */
    public void requireRead(Actor actor, String unitId) {
        policy.requireReach(actor, unitId, "cabinet", READERS);
    }

    public boolean canKeep(Actor actor, String unitId) {
        return policy.reaches(actor, unitId, KEEPERS);
    }

    /** The keeper's work: catalogue, readers, loans, losses, stock-takes. */
    public void requireKeeper(Actor actor, String unitId, String action) {
        requireRead(actor, unitId);
        if (!canKeep(actor, unitId)) {
            throw notAllowed(action);
        }
    }

    /** A committee officer of the unit: approve a write-off or a stock-take's losses. */
    public void requireOfficer(Actor actor, String unitId, String action) {
        requireRead(actor, unitId);
        if (!policy.reaches(actor, unitId, Role.COMMITTEE_OFFICER)) {
            throw notAllowed(action);
        }
    }

    /** Setting a cabinet up: a committee officer whose scope holds the unit. */
    public void requireFounder(Actor actor, String unitId) {
        if (!policy.reaches(actor, unitId, Role.COMMITTEE_OFFICER)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED,
                    "Chỉ cán bộ Đảng ủy của đơn vị mới lập tủ sách / only a committee officer of the unit may set up its cabinet");
        }
    }

    private static CommandRejected notAllowed(String action) {
        return new CommandRejected(CommandRejected.Reason.NOT_ALLOWED,
                "Bạn không được phép làm việc này ở tủ sách này / not allowed to " + action + " in this cabinet");
    }
}
