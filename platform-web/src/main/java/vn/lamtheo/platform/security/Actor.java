package vn.lamtheo.platform.security;

import vn.lamtheo.kernel.directory.Role;

import java.util.Set;

/** The signed-in person as the domain sees them: who, where, with which roles. Never holds a password. */
public record Actor(String personId, String username, String unitId, Set<Role> roles) {
    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
