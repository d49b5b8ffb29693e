package vn.lamtheo.supervision.report.figures;

import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Finds the commune (a COMMITTEE unit) at or above a unit by the Directory's parent links; ids are never parsed. */
final class CommuneOf {

    private CommuneOf() {
    }

    /** The commune containing {@code unitId}, or empty for a unit above every commune or unknown to the Directory. */
    static Optional<String> find(Directory directory, String unitId) {
        Set<String> seen = new HashSet<>();
        Optional<Unit> unit = directory.unit(unitId);
        while (unit.isPresent() && seen.add(unit.get().id())) {
            if (unit.get().type() == UnitType.COMMITTEE) {
                return Optional.of(unit.get().id());
            }
            String parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : directory.unit(parent);
        }
        return Optional.empty();
    }
}
