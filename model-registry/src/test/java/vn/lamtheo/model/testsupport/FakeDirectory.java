package vn.lamtheo.model.testsupport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.lamtheo.kernel.directory.*;

import java.util.*;

/** A few units and people of the demo tree, in memory. */
public final class FakeDirectory implements Directory {

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    public FakeDirectory() {
        saveUnit(new Unit(Demo.DISTRICT, UnitType.DISTRICT, "Huyện Cầu Ngang", null));
        saveUnit(new Unit(Demo.NHI_TRUONG, UnitType.COMMITTEE, "Xã Nhị Trường", Demo.DISTRICT));
        saveUnit(new Unit(Demo.NHI_TRUONG_BRANCH, UnitType.BRANCH, "Chi bộ ấp Là Bàng Chợp", Demo.NHI_TRUONG));
        saveUnit(new Unit(Demo.HIEP_HOA, UnitType.COMMITTEE, "Xã Hiệp Hòa", Demo.DISTRICT));
        saveUnit(new Unit(Demo.HIEP_HOA_BRANCH, UnitType.BRANCH, "Chi bộ ấp Sa Bình", Demo.HIEP_HOA));
        savePerson(new Person("p-member1", "Nguyễn Văn Một", Demo.NHI_TRUONG_BRANCH, Set.of(Role.MEMBER)));
    }

    public ObjectProvider<Directory> provider() {
        return new StaticListableBeanFactory(Map.of("directory", this)).getBeanProvider(Directory.class);
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(people.get(personId));
    }

    @Override
    public List<Unit> children(String unitId) {
        return units.values().stream().filter(u -> unitId.equals(u.parentId())).sorted(Comparator.comparing(Unit::name)).toList();
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
        return people.values().stream().filter(p -> p.unitId().equals(unitId) && p.has(Role.MEMBER)).toList();
    }

    @Override
    public void saveUnit(Unit unit) {
        units.put(unit.id(), unit);
    }

    @Override
    public void savePerson(Person person) {
        people.put(person.id(), person);
    }
}
