package vn.lamtheo.kernel.directory;

/**
 * A sign-in account of a person. Only the bcrypt hash is kept; {@code demo} marks the accounts that the
 * demo seed created, which must not work (and are removed) outside demo mode.
 */
public record Account(String username, String personId, String passwordHash, boolean demo) {

    @Override
    public String toString() { // never print the hash
        return "Account[" + username + " -> " + personId + (demo ? ", demo" : "") + "]";
    }
}
