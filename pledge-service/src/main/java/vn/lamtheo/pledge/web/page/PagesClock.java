package vn.lamtheo.pledge.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "This year" for the pages: the application's clock when it has one, in Vietnam's time zone. */
@Component
class PagesClock {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ObjectProvider<Clock> clock;

    PagesClock(ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    int currentYear() {
        return LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(VIETNAM)).getYear();
    }
}
