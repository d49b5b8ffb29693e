package vn.lamtheo.modeltest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;

@Configuration(proxyBeanMethods = false)
class TestBeans {

    /** 10 March 2026 in Vietnam. */
    static final Instant START = Instant.parse("2026-03-10T02:00:00Z");

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(START);
    }
}
