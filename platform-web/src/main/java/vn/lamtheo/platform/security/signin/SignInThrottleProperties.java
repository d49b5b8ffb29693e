package vn.lamtheo.platform.security.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How hard guessing passwords is made (OWASP ASVS 2.2.1).
 *
 * @param accountFailures wrong passwords for one username before it is locked (default 10); far below the 20 a
 *                        guesser would need for even the most common passwords, far above a person's typing errors
 * @param addressFailures wrong passwords from one client address, whatever the username, before the address is
 *                        locked (default 50: a commune office may sign in many people from behind one address)
 * @param firstLock       the first lock (default 1 minute); each further failure after a lock doubles it
 * @param maxLock         the longest lock (default 1 hour)
 * @param forgetAfter     failures are forgotten once none has come for this long (default 1 hour)
 */
@ConfigurationProperties("lamtheo.sign-in")
public record SignInThrottleProperties(Integer accountFailures, Integer addressFailures, Duration firstLock,
                                       Duration maxLock, Duration forgetAfter) {
    public SignInThrottleProperties {
        accountFailures = accountFailures == null ? 10 : accountFailures;
        addressFailures = addressFailures == null ? 50 : addressFailures;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofHours(1) : maxLock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    }

    /** The lock after {@code failures} failures against a limit of {@code limit}: none below it, then doubling. */
    Duration lockAfter(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
