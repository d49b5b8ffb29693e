package vn.lamtheo.modeltest;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.security.AccessPolicy;
import vn.lamtheo.kernel.security.Actor;
import vn.lamtheo.kernel.security.CurrentActor;
import vn.lamtheo.kernel.web.ProblemException;
import vn.lamtheo.model.testsupport.Demo;
import vn.lamtheo.model.testsupport.FakeDirectory;
import vn.lamtheo.model.testsupport.PathAccessPolicy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * TEMPORARY stand-ins for the kernel pieces being built in parallel (event store, security, directory,
 * problem mapping). Removed as soon as the real ones are on main.
 */
@Configuration(proxyBeanMethods = false)
class StandIns {

    static final Map<String, Actor> ACTORS = Stream.of(Demo.CURATOR, Demo.SUPERVISOR, Demo.COMMITTEE1, Demo.COMMITTEE2,
                    Demo.SECRETARY1, Demo.SECRETARY2, Demo.MEMBER1, Demo.ADMIN,
                    Demo.actor("member3", Demo.HIEP_HOA_BRANCH, vn.lamtheo.kernel.directory.Role.MEMBER))
            .collect(Collectors.toMap(Actor::username, Function.identity()));

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }

    @Bean
    AccessPolicy accessPolicy() {
        return new PathAccessPolicy();
    }

    @Bean
    Directory directory() {
        FakeDirectory directory = new FakeDirectory();
        ACTORS.values().forEach(a -> directory.savePerson(new vn.lamtheo.kernel.directory.Person(a.personId(), a.username(), a.unitId(), a.roles())));
        return directory;
    }

    @Bean
    CurrentActor currentActor() {
        return () -> ACTORS.get(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(ACTORS.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}demo").roles("USER").build()).toList());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> { })
                .build();
    }

    @RestControllerAdvice
    static class Problems {
        @ExceptionHandler(CommandRejected.class)
        ResponseEntity<ProblemDetail> rejected(CommandRejected e) {
            HttpStatus status = switch (e.reason()) {
                case WRONG_STATE, DUPLICATE -> HttpStatus.CONFLICT;
                case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
                case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
                case STALE -> HttpStatus.PRECONDITION_FAILED;
            };
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
            p.setProperty("errors", e.violations());
            return ResponseEntity.status(status).body(p);
        }

        @ExceptionHandler(ProblemException.class)
        ResponseEntity<ProblemDetail> problem(ProblemException e) {
            return ResponseEntity.status(e.status()).body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
        }
    }
}
