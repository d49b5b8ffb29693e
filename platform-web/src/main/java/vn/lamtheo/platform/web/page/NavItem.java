package vn.lamtheo.platform.web.page;

import vn.lamtheo.kernel.directory.Role;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A link of the main navigation, contributed as a bean by the context that owns the page.
 *
 * @param order      position, smaller first
 * @param path       the page's path
 * @param messageKey the label's message key
 * @param roles      who sees it; empty means everyone signed in
 * @param available  whether the page can be served (its context's backend is present in this process)
 */
public record NavItem(int order, String path, String messageKey, Set<Role> roles, BooleanSupplier available) {

    public NavItem {
        roles = Set.copyOf(roles);
        available = available == null ? () -> true : available;
    }

    public NavItem(int order, String path, String messageKey, Set<Role> roles) {
        this(order, path, messageKey, roles, () -> true);
    }

    public boolean visibleTo(PageUser user) {
        return user != null && available.getAsBoolean() && (roles.isEmpty() || roles.stream().anyMatch(user.actor()::has));
    }
}
