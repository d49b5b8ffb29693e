package vn.lamtheo.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.web.WebLimitsProperties;

import java.time.Clock;
import java.time.Duration;

/**
 * Puts {@link IdempotentRequestFilter} right after Spring Security (whose chain runs at order -100), so that it knows
 * the signed-in account its keys belong to, and after the body limit (-200), so that it never buffers an oversize body.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    /**
     * @param lease how long a reservation may stay IN_PROGRESS before another request takes it over (its owner died):
     *              far longer than any command takes
     * @param wait  how long a parallel request with the same key waits for the first one's answer before a 409
     */
    @Bean
    FilterRegistrationBean<IdempotentRequestFilter> idempotentRequestFilter(
            MongoDatabase database, ObjectMapper json, ObjectProvider<Clock> clock, WebLimitsProperties limits,
            @Value("${lamtheo.idempotency.lease:PT2M}") Duration lease,
            @Value("${lamtheo.idempotency.wait:PT30S}") Duration wait) {
        IdempotencyRecords records = new IdempotencyRecords(database, clock.getIfAvailable(Clock::systemUTC), lease);
        FilterRegistrationBean<IdempotentRequestFilter> registration = new FilterRegistrationBean<>(
                new IdempotentRequestFilter(records, json, limits.importPathPrefix(), wait));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
