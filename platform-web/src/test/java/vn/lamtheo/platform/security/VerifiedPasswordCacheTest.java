package vn.lamtheo.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordCacheTest {

    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final AtomicInteger checks = new AtomicInteger();
    final PasswordEncoder counting = new PasswordEncoder() {
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    final MutableClock clock = new MutableClock();
    final VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, Duration.ofMinutes(10), 100, clock);

    @Test
    void aVerifiedPasswordIsNotCheckedAgainUntilItExpires() {
        String hash = cache.encode("mat-khau-dai");
        assertThat(cache.matches("mat-khau-dai", hash)).isTrue();
        assertThat(cache.matches("mat-khau-dai", hash)).isTrue();
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofMinutes(11));
        assertThat(cache.matches("mat-khau-dai", hash)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedAndNeverRemembered() {
        String hash = cache.encode("mat-khau-dai");
        assertThat(cache.matches("sai", hash)).isFalse();
        assertThat(cache.matches("sai", hash)).isFalse();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedPasswordMissesTheCache() {
        String oldHash = cache.encode("mat-khau-cu");
        assertThat(cache.matches("mat-khau-cu", oldHash)).isTrue();
        String newHash = cache.encode("mat-khau-moi");
        assertThat(cache.matches("mat-khau-cu", newHash)).isFalse();
        assertThat(cache.matches("mat-khau-moi", newHash)).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }
}
