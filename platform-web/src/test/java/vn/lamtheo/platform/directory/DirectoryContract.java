package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.domain.CommandRejected;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

/** What every store behind {@link MongoDirectory} must do; run on the embedded server and on a real MongoDB. */
abstract class DirectoryContract {

    protected Directory directory;

    /** A fresh, empty database for each test. */
    protected abstract MongoDatabase freshDatabase();

    @BeforeEach
    void tree() {
        directory = new MongoDirectory(freshDatabase());
        directory.saveUnit(new Unit("d", UnitType.DISTRICT, "Huyện", null));
        directory.saveUnit(new Unit("d/nt", UnitType.COMMITTEE, "Nhị Trường", "d"));
        directory.saveUnit(new Unit("d/hh", UnitType.COMMITTEE, "Hiệp Hòa", "d"));
        directory.saveUnit(new Unit("d/nt/b1", UnitType.BRANCH, "Chi bộ ấp Bông Ven", "d/nt"));
        directory.saveUnit(new Unit("d/nt/b2", UnitType.BRANCH, "Chi bộ ấp Căn Nom", "d/nt"));
        directory.saveUnit(new Unit("d/nt/b1/c", UnitType.CHAPTER, "Chi đoàn", "d/nt/b1"));
    }

    @Test
    void readsUnitsAndChildrenInVietnameseNameOrder() {
        assertThat(directory.unit("d/nt")).contains(new Unit("d/nt", UnitType.COMMITTEE, "Nhị Trường", "d"));
        assertThat(directory.children("d")).extracting(Unit::id).containsExactly("d/hh", "d/nt");
        assertThat(directory.roots()).extracting(Unit::id).containsExactly("d");
        assertThat(directory.unit("nope")).isEmpty();
    }

    @Test
    void isWithinFollowsParentsToAnyDepth() {
        assertThat(directory.isWithin("d/nt/b1/c", "d")).isTrue();
        assertThat(directory.isWithin("d/nt/b1/c", "d/nt")).isTrue();
        assertThat(directory.isWithin("d/nt", "d/nt")).isTrue();
        assertThat(directory.isWithin("d/nt", "d/nt/b1")).isFalse();
        assertThat(directory.isWithin("d/hh", "d/nt")).isFalse();
        assertThat(directory.isWithin("unknown", "d")).isFalse();
    }

    @Test
    void subtreeListsParentsFirst() {
        assertThat(directory.subtree("d")).extracting(Unit::id)
                .containsExactly("d", "d/hh", "d/nt", "d/nt/b1", "d/nt/b1/c", "d/nt/b2");
        assertThat(directory.subtree("d/nt/b2")).extracting(Unit::id).containsExactly("d/nt/b2");
        assertThat(directory.subtree("nope")).isEmpty();
    }

    @Test
    void movingAUnitMovesItsSubtree() {
        directory.saveUnit(new Unit("d/nt/b1", UnitType.BRANCH, "Chi bộ ấp Bông Ven", "d/hh"));
        assertThat(directory.children("d/nt")).extracting(Unit::id).containsExactly("d/nt/b2");
        assertThat(directory.children("d/hh")).extracting(Unit::id).containsExactly("d/nt/b1");
        assertThat(directory.isWithin("d/nt/b1/c", "d/hh")).isTrue();
        assertThat(directory.isWithin("d/nt/b1/c", "d/nt")).isFalse();
    }

    @Test
    void refusesUnknownParentsAndCycles() {
        assertThatThrownBy(() -> directory.saveUnit(new Unit("x", UnitType.BRANCH, "X", "missing")))
                .isInstanceOf(CommandRejected.class).hasMessageContaining("x");
        assertThatThrownBy(() -> directory.saveUnit(new Unit("d/nt", UnitType.COMMITTEE, "Nhị Trường", "d/nt/b1/c")))
                .isInstanceOf(CommandRejected.class);
        assertThat(directory.unit("x")).isEmpty();
    }

    @Test
    void peopleBelongToOneUnitAndMove() {
        directory.savePerson(new Person("p1", "Trần Thị Lan", "d/nt/b1", Set.of(Role.MEMBER)));
        directory.savePerson(new Person("p2", "Nguyễn Văn Bình", "d/nt/b1", Set.of(Role.BRANCH_SECRETARY, Role.MEMBER)));
        directory.savePerson(new Person("p3", "Lê Văn Giám", "d/nt/b1", Set.of(Role.SUPERVISOR)));
        assertThat(directory.membersOf("d/nt/b1")).extracting(Person::id).containsExactly("p2", "p1");
        assertThat(directory.peopleOf("d/nt/b1")).extracting(Person::id).containsExactly("p3", "p2", "p1");

        directory.movePerson("p1", "d/nt/b2");

        assertThat(directory.person("p1")).get().extracting(Person::unitId).isEqualTo("d/nt/b2");
        assertThat(directory.membersOf("d/nt/b1")).extracting(Person::id).containsExactly("p2");
        assertThat(directory.membersOf("d/nt/b2")).extracting(Person::id).containsExactly("p1");
        assertThat(directory.person("p1").orElseThrow().roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void savingTwiceIsIdempotent() {
        Person person = new Person("p1", "Trần Thị Lan", "d/nt/b1", Set.of(Role.MEMBER));
        directory.savePerson(person);
        directory.savePerson(person);
        directory.saveUnit(new Unit("d/nt/b1", UnitType.BRANCH, "Chi bộ ấp Bông Ven", "d/nt"));
        assertThat(directory.membersOf("d/nt/b1")).containsExactly(person);
        assertThat(directory.children("d/nt")).hasSize(2);
    }

    @Test
    void refusesPeopleInUnknownUnits() {
        assertThatThrownBy(() -> directory.savePerson(new Person("p9", "Ai Đó", "nowhere", Set.of(Role.MEMBER))))
                .isInstanceOf(CommandRejected.class)
                .satisfies(e -> assertThat(((CommandRejected) e).violations()).extracting(CommandRejected.Violation::field).contains("unitId"));
    }
}
