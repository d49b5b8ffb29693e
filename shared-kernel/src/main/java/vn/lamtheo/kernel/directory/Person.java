package vn.lamtheo.kernel.directory;

import java.util.Set;

/**
 * A person of the directory. Their roles apply to their unit and everything below it
 * (a secretary's unit is their branch, a committee officer's their commune, a curator's the district).
 */
public record Person(String id, String fullName, String unitId, Set<Role> roles) {
    public Person {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
