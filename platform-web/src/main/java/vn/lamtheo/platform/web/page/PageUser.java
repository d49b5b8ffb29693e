package vn.lamtheo.platform.web.page;

import vn.lamtheo.platform.security.Actor;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person as the pages show them: a name, their unit, their roles (as names, for templates).
 *
 * @param actor    who is acting, for the page controllers
 * @param fullName the person's name from the directory, or the username when the directory does not know it
 * @param unitName the name of the person's unit, or its id
 */
public record PageUser(Actor actor, String fullName, String unitName, Set<String> roles) {

    public PageUser {
        roles = Set.copyOf(roles);
    }

    public static PageUser of(Actor actor, String fullName, String unitName) {
        return new PageUser(actor, fullName, unitName,
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** The signed-in person that {@link PageModelAdvice} put in a page controller's model, or null. */
    public static PageUser in(org.springframework.ui.Model model) {
        return (PageUser) model.getAttribute("me");
    }

    /** The signed-in person, or a 404 for a page that needs one (security normally sends them to sign in first). */
    public static PageUser required(org.springframework.ui.Model model) {
        PageUser user = in(model);
        if (user == null) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return user;
    }

    /** For templates: {@code me.has('BRANCH_SECRETARY')}. */
    public boolean has(String role) {
        return roles.contains(role);
    }
}
