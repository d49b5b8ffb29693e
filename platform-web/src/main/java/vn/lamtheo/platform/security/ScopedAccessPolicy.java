package vn.lamtheo.platform.security;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;

import java.util.Arrays;

/** A role held in unit U reaches U and everything below it; with no roles named, any role will do. */
@Component
public class ScopedAccessPolicy implements AccessPolicy {

    private final Directory directory;
    private final DeniedAccessLog deniedLog;

    public ScopedAccessPolicy(Directory directory, DeniedAccessLog deniedLog) {
        this.directory = directory;
        this.deniedLog = deniedLog;
    }

    @Override
    public boolean reaches(Actor actor, String targetUnitId, Role... roles) {
        if (actor == null || actor.unitId() == null || targetUnitId == null) {
            return false;
        }
        boolean holdsRole = roles == null || roles.length == 0 ? !actor.roles().isEmpty() : Arrays.stream(roles).anyMatch(actor::has);
        return holdsRole && directory.isWithin(targetUnitId, actor.unitId());
    }

    @Override
    public void requireReach(Actor actor, String targetUnitId, String what, Role... roles) {
        if (!reaches(actor, targetUnitId, roles)) {
            deniedLog.deniedObject(actor, what, targetUnitId);
            throw new NotFoundException(what);
        }
    }
}
