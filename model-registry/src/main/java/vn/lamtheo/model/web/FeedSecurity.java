package vn.lamtheo.model.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The registry's Atom feed is read by the district fanpage and social posting tools, which cannot sign in.
 * It only ever lists public (registered and featured) models, which are published anyway, so it needs no account.
 */
@Configuration(proxyBeanMethods = false)
public class FeedSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicRegistryFeed(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/registry/feed.atom")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
