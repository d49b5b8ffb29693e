package vn.lamtheo.platform.security.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Optional;

/**
 * Puts the {@link SignInThrottle} in front of the password check, for HTTP Basic and the login form alike (both end
 * here). A locked username or address is refused before the password is looked at, so a guess made while locked
 * teaches nothing; a wrong password and an unknown username count the same and are answered the same (the
 * delegate hides unknown usernames as wrong credentials and spends a bcrypt check on them too).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        Optional<java.time.Duration> locked = counted(() -> throttle.lockedFor(username, address));
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            counted(() -> {
                throttle.succeeded(username);
                return null;
            });
            return signedIn;
        } catch (BadCredentialsException wrong) {
            counted(() -> {
                throttle.failed(username, address);
                return null;
            });
            throw wrong;
        }
    }

    /**
     * The counts could not be read or written (the store is down): the attempt was not judged, which the API answers
     * 503 "retry" like an unreadable account, never 500 and never a sign-in that skipped the throttle.
     */
    private static <T> T counted(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException storeFailed) {
            throw new InternalAuthenticationServiceException("Sign-in failure counts are unavailable", storeFailed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client address as Tomcat sees it: behind a trusted proxy, the one it forwarded (server.forward-headers-strategy). */
    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
