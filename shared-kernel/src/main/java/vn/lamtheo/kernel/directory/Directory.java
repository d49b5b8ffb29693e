package vn.lamtheo.kernel.directory;

import vn.lamtheo.kernel.domain.CommandRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The organisation tree and its people, kept in MongoDB. */
public interface Directory {

    Optional<Unit> unit(String unitId);

    Optional<Person> person(String personId);

    /** The unit's direct children, in name order. */
    List<Unit> children(String unitId);

    /** True when {@code unitId} is {@code ancestorId} or lies anywhere below it. */
    boolean isWithin(String unitId, String ancestorId);

    /** The members (people with role MEMBER) whose unit is exactly {@code unitId}. */
    List<Person> membersOf(String unitId);

    /** Creates or replaces a unit (idempotent). */
    void saveUnit(Unit unit);

    /** Creates or replaces a person (idempotent); moving a person is saving them with another unit. */
    void savePerson(Person person);

    /** The units without a parent (normally one district or province), in name order. */
    default List<Unit> roots() {
        return List.of();
    }

    /** The unit and every unit below it, parents before children, siblings in name order; empty if unknown. */
    default List<Unit> subtree(String unitId) {
        List<Unit> result = new ArrayList<>();
        unit(unitId).ifPresent(root -> collect(root, result));
        return result;
    }

    private void collect(Unit unit, List<Unit> into) {
        into.add(unit);
        children(unit.id()).forEach(child -> collect(child, into));
    }

    /** Everyone whose unit is exactly {@code unitId}, whatever their roles, in name order. */
    default List<Person> peopleOf(String unitId) {
        return membersOf(unitId);
    }

    /** Moves a person to another unit, keeping their roles. */
    default void movePerson(String personId, String newUnitId) {
        Person person = person(personId).orElseThrow(() -> new CommandRejected(CommandRejected.Reason.INVALID,
                "Không có người " + personId + " / Unknown person " + personId));
        savePerson(new Person(person.id(), person.fullName(), newUnitId, person.roles()));
    }
}
