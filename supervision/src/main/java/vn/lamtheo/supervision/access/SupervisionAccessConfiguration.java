package vn.lamtheo.supervision.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.security.AccessPolicy;

/** The access rules the supervision aggregates are given as a resource, and its readers use. */
@Configuration(proxyBeanMethods = false)
public class SupervisionAccessConfiguration {

    @Bean
    SupervisionAccess supervisionAccess(AccessPolicy policy) {
        return new SupervisionAccess(policy);
    }
}
