package vn.lamtheo.kernel.directory;

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
}
