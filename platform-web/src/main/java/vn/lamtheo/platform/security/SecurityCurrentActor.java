package vn.lamtheo.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;

/**
 * The actor behind the current request, read from the directory (not from the sign-in session) so that a
 * person moved to another unit or given other roles is seen as they are now. Cached for the request.
 */
@Component
public class SecurityCurrentActor implements CurrentActor {

    private static final String CACHE = SecurityCurrentActor.class.getName();

    private final Directory directory;

    public SecurityCurrentActor(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof LamtheoUserDetails user)) {
            throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                && cached.username().equals(user.getUsername())) {
            return cached;
        }
        Person person = directory.person(user.personId())
                .orElseThrow(() -> new InsufficientAuthenticationException("The signed-in person is no longer in the directory"));
        Actor actor = new Actor(person.id(), user.getUsername(), person.unitId(), person.roles());
        if (request != null) {
            request.setAttribute(CACHE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }
}
