package vn.lamtheo.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** A signed-in account: Spring's user plus the directory person it belongs to. */
public class LamtheoUserDetails extends User {

    private final String personId;

    public LamtheoUserDetails(String username, String passwordHash, Collection<? extends GrantedAuthority> authorities, String personId) {
        super(username, passwordHash, authorities);
        this.personId = personId;
    }

    public String personId() {
        return personId;
    }
}
