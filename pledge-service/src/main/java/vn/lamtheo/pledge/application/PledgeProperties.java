package vn.lamtheo.pledge.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code lamtheo.pledge.*}
 *
 * @param keyLease a (member, year, form) reservation whose pledge was never created is released to another id after
 *                 this long (default 2m)
 */
@ConfigurationProperties("lamtheo.pledge")
public record PledgeProperties(Duration keyLease) {

    public PledgeProperties {
        keyLease = keyLease == null ? Duration.ofMinutes(2) : keyLease;
    }
}
