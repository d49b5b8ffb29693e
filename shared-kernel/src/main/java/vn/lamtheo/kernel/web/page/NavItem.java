package vn.lamtheo.kernel.web.page;

import vn.lamtheo.kernel.directory.Role;

import java.util.Set;

/**
 * A link of the main navigation, contributed as a bean by the context that owns the page.
 *
 * @param order      position, smaller first
 * @param path       the page's path
 * @param messageKey the label's message key
 * @param roles      who sees it; empty means everyone signed in
 */
public record NavItem(int order, String path, String messageKey, Set<Role> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(PageUser user) {
        return user != null && (roles.isEmpty() || roles.stream().anyMatch(user.actor()::has));
    }
}
