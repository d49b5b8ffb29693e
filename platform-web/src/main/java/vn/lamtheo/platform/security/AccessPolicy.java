package vn.lamtheo.platform.security;

import vn.lamtheo.kernel.directory.Role;

/**
 * The one scope check the contexts call where data is read and written.
 * A role held in unit U reaches U and every unit below it. Denials are logged (who, what, when; no content).
 */
public interface AccessPolicy {

    /** True when the actor holds one of the roles in a unit that contains {@code targetUnitId}. */
    boolean reaches(Actor actor, String targetUnitId, Role... roles);

    /**
     * Throws {@link NotFoundException} (404, to avoid confirming the object exists) when the actor does not
     * reach the unit with one of the roles, after logging the denial.
     */
    void requireReach(Actor actor, String targetUnitId, String what, Role... roles);
}
