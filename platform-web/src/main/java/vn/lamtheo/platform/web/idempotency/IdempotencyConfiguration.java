package vn.lamtheo.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.web.WebLimitsProperties;

import java.time.Clock;

/**
 * Puts {@link IdempotentRequestFilter} right after Spring Security (whose chain runs at order -100), so that it knows
 * the signed-in account its keys belong to, and after the body limit (-200), so that it never buffers an oversize body.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotentRequestFilter> idempotentRequestFilter(
            MongoDatabase database, ObjectMapper json, ObjectProvider<Clock> clock, WebLimitsProperties limits,
            IdempotencyProperties settings) {
        IdempotencyRecords records = new IdempotencyRecords(database, clock.getIfAvailable(Clock::systemUTC), settings.lease());
        FilterRegistrationBean<IdempotentRequestFilter> registration = new FilterRegistrationBean<>(
                new IdempotentRequestFilter(records, json, limits.importPathPrefix(), settings.waitForFirst()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
