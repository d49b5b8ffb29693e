package vn.lamtheo.platform.security;

import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopedAccessPolicyTest {

    /** District d, commune d/c, branches d/c/b1 and d/c/b2, commune d/o with branch d/o/b. */
    static final Map<String, String> PARENTS = Map.of("d/c", "d", "d/c/b1", "d/c", "d/c/b2", "d/c", "d/o", "d", "d/o/b", "d/o");

    final AccessPolicy policy = new ScopedAccessPolicy(new ParentsOnly(), new DeniedAccessLog());

    @Test
    void aRoleReachesItsUnitAndBelow() {
        Actor secretary = new Actor("s", "secretary", "d/c/b1", Set.of(Role.BRANCH_SECRETARY, Role.MEMBER));
        assertThat(policy.reaches(secretary, "d/c/b1", Role.BRANCH_SECRETARY)).isTrue();
        assertThat(policy.reaches(secretary, "d/c/b2", Role.BRANCH_SECRETARY)).isFalse();
        assertThat(policy.reaches(secretary, "d/c", Role.BRANCH_SECRETARY)).isFalse();

        Actor officer = new Actor("o", "committee", "d/c", Set.of(Role.COMMITTEE_OFFICER));
        assertThat(policy.reaches(officer, "d/c/b2", Role.COMMITTEE_OFFICER)).isTrue();
        assertThat(policy.reaches(officer, "d/o/b", Role.COMMITTEE_OFFICER)).isFalse();

        Actor curator = new Actor("c", "curator", "d", Set.of(Role.DISTRICT_CURATOR));
        assertThat(policy.reaches(curator, "d/o/b", Role.DISTRICT_CURATOR, Role.SUPERVISOR)).isTrue();
    }

    @Test
    void theRoleMustBeHeld() {
        Actor member = new Actor("m", "member", "d/c/b1", Set.of(Role.MEMBER));
        assertThat(policy.reaches(member, "d/c/b1", Role.BRANCH_SECRETARY)).isFalse();
        assertThat(policy.reaches(member, "d/c/b1")).as("no role named: any role will do").isTrue();
        assertThat(policy.reaches(new Actor("n", "nobody", "d", Set.of()), "d")).isFalse();
        assertThat(policy.reaches(member, null, Role.MEMBER)).isFalse();
    }

    @Test
    void requireReachHidesWhatItRefuses() {
        Actor member = new Actor("m", "member", "d/c/b1", Set.of(Role.MEMBER));
        policy.requireReach(member, "d/c/b1", "pledge pl-1", Role.MEMBER);
        assertThatThrownBy(() -> policy.requireReach(member, "d/c/b2", "pledge pl-2", Role.MEMBER))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("pledge pl-2")
                .satisfies(e -> assertThat(((NotFoundException) e).status().value()).isEqualTo(404));
    }

    /** Only the parent links matter to the policy. */
    static final class ParentsOnly implements Directory {
        public Optional<Unit> unit(String id) {
            return Optional.empty();
        }

        public Optional<Person> person(String id) {
            return Optional.empty();
        }

        public List<Unit> children(String id) {
            return List.of();
        }

        public boolean isWithin(String unitId, String ancestorId) {
            for (String u = unitId; u != null; u = PARENTS.get(u)) {
                if (u.equals(ancestorId)) {
                    return true;
                }
            }
            return false;
        }

        public List<Person> membersOf(String id) {
            return List.of();
        }

        public void saveUnit(Unit unit) {
        }

        public void savePerson(Person person) {
        }
    }
}
