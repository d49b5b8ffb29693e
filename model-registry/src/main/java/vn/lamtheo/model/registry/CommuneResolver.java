package vn.lamtheo.model.registry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The commune (a COMMITTEE unit) a model's owner unit belongs to, by walking the directory's parent links.
 * Units outside any commune (the district itself) stand for themselves.
 */
@Component
public class CommuneResolver {

    private final ObjectProvider<Directory> directory;

    public CommuneResolver(ObjectProvider<Directory> directory) {
        this.directory = directory;
    }

    public String communeOf(String unitId) {
        Directory dir = directory.getIfAvailable();
        if (dir == null || unitId == null) {
            return unitId;
        }
        Set<String> seen = new HashSet<>();
        Optional<Unit> unit = dir.unit(unitId);
        while (unit.isPresent() && seen.add(unit.get().id())) {
            if (unit.get().type() == UnitType.COMMITTEE) {
                return unit.get().id();
            }
            String parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : dir.unit(parent);
        }
        return unitId;
    }
}
