package vn.lamtheo.platform.security.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param retention how long a read stays in the audit (default 5 years = 1826 days: a party congress term, so a
 *                  read can be examined for as long as the pledges of the term are in use); older entries are deleted
 * @param maxResults most entries one query answers, newest first (default 1000); narrow by time for more
 */
@ConfigurationProperties("lamtheo.audit")
public record AuditProperties(Duration retention, Integer maxResults) {
    public AuditProperties {
        retention = retention == null ? Duration.ofDays(1826) : retention;
        maxResults = maxResults == null ? 1000 : maxResults;
    }
}
