package vn.lamtheo.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.lamtheo.platform.log.LogValue;

import java.time.Clock;
import java.time.Instant;

/**
 * The audit trail of refusals: who, what, when. Never the content of the request (it may be pledge text).
 * Its own logger name ({@code lamtheo.audit.denied}) lets operators route it to a separate file. Every value is
 * passed through {@link LogValue}: an id or path taken from a request cannot break the line and forge an entry.
 */
@Component
public class DeniedAccessLog {

    private static final Logger audit = LoggerFactory.getLogger("lamtheo.audit.denied");

    private final Clock clock;

    public DeniedAccessLog() {
        this(Clock.systemUTC());
    }

    DeniedAccessLog(Clock clock) {
        this.clock = clock;
    }

    /** A request refused at the door (HTTP 403). */
    public void deniedRequest(String method, String path) {
        audit.warn("Access denied: who={} what={} {} when={}", LogValue.of(currentUser()), LogValue.of(method),
                LogValue.of(path), Instant.now(clock));
    }

    /** An object refused by the scope check; {@code what} names it by kind and id, e.g. "pledge pl-123". */
    public void deniedObject(Actor actor, String what, String unitId) {
        audit.warn("Access denied: who={} (person {}, unit {}, roles {}) what={} in unit {} when={}",
                LogValue.of(actor.username()), LogValue.of(actor.personId()), LogValue.of(actor.unitId()), actor.roles(),
                LogValue.of(what), LogValue.of(unitId), Instant.now(clock));
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
