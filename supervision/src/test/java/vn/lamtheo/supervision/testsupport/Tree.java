package vn.lamtheo.supervision.testsupport;

import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.DeniedAccessLog;
import vn.lamtheo.platform.security.ScopedAccessPolicy;
import vn.lamtheo.supervision.access.SupervisionAccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two communes of the demo tree with a branch each, in memory, and its people as actors; access is decided by the
 * application's own {@link ScopedAccessPolicy} on this tree.
 */
public final class Tree implements Directory {

    public static final String DISTRICT = "cau-ngang";
    public static final String NHI_TRUONG = "cau-ngang/nhi-truong";
    public static final String NHI_TRUONG_BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    public static final String TRUONG_THO = "cau-ngang/truong-tho";
    public static final String TRUONG_THO_BRANCH = "cau-ngang/truong-tho/co-quan";

    public static final Actor SUPERVISOR = actor("supervisor", DISTRICT, Role.SUPERVISOR);
    public static final Actor SUPERVISOR2 = actor("supervisor2", DISTRICT, Role.SUPERVISOR);
    public static final Actor CURATOR = actor("curator", DISTRICT, Role.DISTRICT_CURATOR);
    public static final Actor COMMITTEE1 = actor("committee1", NHI_TRUONG, Role.COMMITTEE_OFFICER);
    public static final Actor SECRETARY1 = actor("secretary1", NHI_TRUONG_BRANCH, Role.BRANCH_SECRETARY, Role.MEMBER);
    public static final Actor SECRETARY2 = actor("secretary2", TRUONG_THO_BRANCH, Role.BRANCH_SECRETARY, Role.MEMBER);
    public static final Actor MEMBER1 = actor("member1", NHI_TRUONG_BRANCH, Role.MEMBER);

    private final Map<String, Unit> units = new LinkedHashMap<>();

    public Tree() {
        saveUnit(new Unit(DISTRICT, UnitType.DISTRICT, "Đảng bộ huyện Cầu Ngang", null));
        saveUnit(new Unit(NHI_TRUONG, UnitType.COMMITTEE, "Đảng bộ xã Nhị Trường", DISTRICT));
        saveUnit(new Unit(NHI_TRUONG_BRANCH, UnitType.BRANCH, "Chi bộ ấp Là Bang Chóp", NHI_TRUONG));
        saveUnit(new Unit(TRUONG_THO, UnitType.COMMITTEE, "Đảng bộ xã Trường Thọ", DISTRICT));
        saveUnit(new Unit(TRUONG_THO_BRANCH, UnitType.BRANCH, "Chi bộ Cơ quan xã Trường Thọ", TRUONG_THO));
    }

    public static Actor actor(String name, String unitId, Role... roles) {
        return new Actor("p-" + name, name, unitId, Set.of(roles));
    }

    public AccessPolicy policy() {
        return new ScopedAccessPolicy(this, new DeniedAccessLog());
    }

    public SupervisionAccess access() {
        return new SupervisionAccess(policy());
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitId == null ? null : units.get(unitId));
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.empty();
    }

    @Override
    public List<Unit> children(String unitId) {
        return units.values().stream().filter(u -> unitId.equals(u.parentId())).toList();
    }

    @Override
    public boolean isWithin(String unitId, String ancestorId) {
        for (Unit u = units.get(unitId); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            if (u.id().equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Person> membersOf(String unitId) {
        return List.of();
    }

    @Override
    public void saveUnit(Unit unit) {
        units.put(unit.id(), unit);
    }

    @Override
    public void savePerson(Person person) {
        throw new UnsupportedOperationException();
    }
}
