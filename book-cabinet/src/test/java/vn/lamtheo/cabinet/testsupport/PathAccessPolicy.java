package vn.lamtheo.cabinet.testsupport;

import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

import java.util.Arrays;

/** A test stand-in for the directory-backed policy: unit ids of the demo tree are paths, so "within" is a prefix. */
public final class PathAccessPolicy implements AccessPolicy {

    @Override
    public boolean reaches(Actor actor, String targetUnitId, Role... roles) {
        boolean hasRole = Arrays.stream(roles).anyMatch(actor::has);
        return hasRole && targetUnitId != null
                && (targetUnitId.equals(actor.unitId()) || targetUnitId.startsWith(actor.unitId() + "/"));
    }

    @Override
    public void requireReach(Actor actor, String targetUnitId, String what, Role... roles) {
        if (!reaches(actor, targetUnitId, roles)) {
            throw new NotFoundException(what);
        }
    }
}
