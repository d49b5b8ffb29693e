package vn.lamtheo.platform.security.signin;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * Sign-in refused before the password was looked at: the username or the client address failed too often lately.
 * Said the same way whether the username exists or not.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
