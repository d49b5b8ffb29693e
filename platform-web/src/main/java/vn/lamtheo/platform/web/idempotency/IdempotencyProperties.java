package vn.lamtheo.platform.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;

/**
 * {@code lamtheo.idempotency.*} ({@code wait} is the property's name; a record component may not be called so)
 *
 * @param lease how long a reservation may stay IN_PROGRESS before another request takes it over (its owner died):
 *              far longer than any command takes (default 2m)
 * @param waitForFirst ({@code wait}) how long a parallel request with the same key waits for the first one's answer before a 409 (30s)
 */
@ConfigurationProperties("lamtheo.idempotency")
public record IdempotencyProperties(Duration lease, @Name("wait") Duration waitForFirst) {

    public IdempotencyProperties {
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        waitForFirst = waitForFirst == null ? Duration.ofSeconds(30) : waitForFirst;
    }
}
