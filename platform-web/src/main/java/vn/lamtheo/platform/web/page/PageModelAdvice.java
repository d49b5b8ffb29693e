package vn.lamtheo.platform.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;

import java.util.Comparator;
import java.util.List;

/** Puts the signed-in person ({@code me}) and their navigation ({@code nav}) into every page's model. */
@ControllerAdvice(annotations = PageController.class)
public class PageModelAdvice {

    private final ObjectProvider<CurrentActor> currentActor;
    private final ObjectProvider<Directory> directory;
    private final List<NavItem> navigation;

    public PageModelAdvice(ObjectProvider<CurrentActor> currentActor, ObjectProvider<Directory> directory,
                           ObjectProvider<NavItem> navigation) {
        this.currentActor = currentActor;
        this.directory = directory;
        this.navigation = navigation.orderedStream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("me")
    public PageUser me(HttpServletRequest request) {
        Object cached = request.getAttribute(PageUser.class.getName());
        if (cached instanceof PageUser user) {
            return user;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentActor actors = currentActor.getIfAvailable();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken || actors == null) {
            return null;
        }
        Actor actor = actors.get();
        Directory dir = directory.getIfAvailable();
        String name = dir == null ? actor.username()
                : dir.person(actor.personId()).map(Person::fullName).orElse(actor.username());
        String unit = dir == null || actor.unitId() == null ? actor.unitId()
                : dir.unit(actor.unitId()).map(Unit::name).orElse(actor.unitId());
        PageUser user = PageUser.of(actor, name, unit);
        request.setAttribute(PageUser.class.getName(), user);
        return user;
    }

    @ModelAttribute("nav")
    public List<NavItem> nav(HttpServletRequest request) {
        PageUser user = me(request);
        return navigation.stream().filter(item -> item.visibleTo(user)).toList();
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
