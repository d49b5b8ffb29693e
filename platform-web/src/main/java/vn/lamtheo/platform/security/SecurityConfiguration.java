package vn.lamtheo.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.lamtheo.platform.web.ProblemTranslator;
import vn.lamtheo.platform.web.Problems;
import vn.lamtheo.platform.log.LogValue;
import vn.lamtheo.platform.security.signin.SignInPageFailureHandler;
import vn.lamtheo.platform.security.signin.SignInThrottle;
import vn.lamtheo.platform.security.signin.ThrottledAuthenticationProvider;

import java.time.Clock;
import java.time.Duration;

/**
 * Two doors: the API ({@code /api/**}, and actuator) takes HTTP Basic, keeps no session and needs no CSRF token
 * (it never reads a cookie); the pages take a login form, keep a session and check CSRF.
 * Roles say what a person may do at all; where they may do it is checked by {@link AccessPolicy} next to the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Public without signing in: health for load balancers, the API description, assets and the login page. */
    static final String[] PUBLIC_PAGES = {"/login", "/error", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/css/**", "/js/**", "/img/**", "/images/**", "/webjars/**", "/fonts/**"};

    /** bcrypt, with verified passwords remembered briefly so that HTTP Basic does not pay bcrypt on every call. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(new BCryptPasswordEncoder(), Duration.ofMinutes(10), 10_000, Clock.systemUTC());
    }

    /**
     * The one way passwords are checked, for HTTP Basic and the login form: throttled per username and client
     * address ({@link SignInThrottle}) in front of the bcrypt check against the accounts.
     */
    @Bean
    AuthenticationProvider throttledPasswords(UserDetailsService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .headers(SecurityHeaders::apply)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/audit").hasAnyRole("ADMIN", "SUPERVISOR")
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Lamtheo").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, DeniedAccessLog deniedLog) throws Exception {
        AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
        http.headers(SecurityHeaders::apply)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                // The pages' own sign-in page (templates/login.html, platform.web.page.SignInPageController).
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler(new SignInPageFailureHandler()))
                .logout(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    deniedLog.deniedRequest(request.getMethod(), request.getRequestURI());
                    errorPage.handle(request, response, denied);
                }));
        return http.build();
    }

    /**
     * The firewall refuses a URL or header value it cannot trust (e.g. a header value that is not ISO-8859-1 text,
     * such as UTF-8 "Trình duyệt"): a 400 problem like every other refusal, never a 500.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemTranslator translator, ObjectMapper json) {
        return (request, response, rejected) -> Problems.write(response, json,
                Problems.withInstance(translator.known(rejected).orElseThrow(), request.getRequestURI()));
    }

    /** Failed sign-ins are worth an operator's attention; the password is never part of the event we log. */
    @EventListener
    public void onAuthenticationFailure(AbstractAuthenticationFailureEvent event) {
        log.info("Sign-in failed for '{}': {}", LogValue.of(event.getAuthentication().getName()), event.getException().getClass().getSimpleName());
    }
}
