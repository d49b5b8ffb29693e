package vn.lamtheo.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password encoder that remembers, for a few minutes, which (password, stored hash) pairs it has already verified.
 * HTTP Basic sends the password with every API call, and a bcrypt check costs tens of milliseconds of CPU; on a
 * small server that caps the API at a few dozen calls a second. Only successes are remembered, keyed by an HMAC
 * under a random per-process key, so memory never holds a password or anything that verifies one elsewhere; a
 * changed password changes the stored hash and so misses the cache.
 */
public class VerifiedPasswordCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verifiedUntil.get(entry);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= maxEntries) {
                verifiedUntil.clear(); // crude but bounded; a miss only costs one bcrypt check
            }
            verifiedUntil.put(entry, now + ttl.toMillis());
        } else if (until != null) {
            verifiedUntil.remove(entry);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
