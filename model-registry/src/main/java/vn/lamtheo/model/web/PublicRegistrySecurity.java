package vn.lamtheo.model.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What of the registry is published: the registered and featured models, which the district shares on its fanpage
 * and in Zalo groups, so they need no account. Only these paths are opened, and what they show is decided where the
 * data is read ({@code RegistryQueries.publicRegistry}, {@code publicCard}), not here.
 */
@Configuration(proxyBeanMethods = false)
public class PublicRegistrySecurity {

    /** The Atom feed, read by social posting tools that cannot sign in and keep no cookies. */
    @Bean
    @Order(0)
    SecurityFilterChain publicRegistryFeed(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/registry/feed.atom")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The public registry pages. A signed-in visitor's session is still read, so the page shows their name and
     * navigation; an anonymous one is not sent to the login page.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicRegistryPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/registry", "/registry/*")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
