package vn.lamtheo.supervision.propaganda;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.propaganda.RecordModelPost.PostedModel;
import vn.lamtheo.supervision.testsupport.Tree;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static vn.lamtheo.kernel.domain.CommandRejected.Reason.*;
import static vn.lamtheo.supervision.testsupport.Rejections.fields;
import static vn.lamtheo.supervision.testsupport.Rejections.reason;
import static vn.lamtheo.supervision.testsupport.Tree.*;

/** Given-when-then tests of a model's posting: who records it, for which model, and what it must say. */
class ModelPostTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    static final PostedModel REGISTERED = new PostedModel("m-1", NHI_TRUONG_BRANCH, true);
    static final String LINK = "https://zalo.me/g/abc";

    FixtureConfiguration<ModelPost> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ModelPost.class);
        fixture.registerInjectableResource(new Tree().access());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_commune_committee_officer_records_a_posting() {
        fixture.givenNoPriorActivity()
                .when(new RecordModelPost("p-1", REGISTERED, Channel.ZALO, TODAY, " " + LINK + " ", COMMITTEE1))
                .expectEvents(new ModelPosted("p-1", "m-1", NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, Channel.ZALO, TODAY, LINK));
        fixture.givenNoPriorActivity()
                .when(new RecordModelPost("p-2", REGISTERED, Channel.RADIO, TODAY, "", COMMITTEE1))
                .expectEvents(new ModelPosted("p-2", "m-1", NHI_TRUONG_BRANCH, COMMITTEE1.personId(), NOW, Channel.RADIO, TODAY, null));
    }

    @Test
    void only_a_registered_model_known_to_the_caller_is_posted() {
        fixture.givenNoPriorActivity().when(new RecordModelPost("p-1", null, Channel.ZALO, TODAY, null, COMMITTEE1))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.givenNoPriorActivity()
                .when(new RecordModelPost("p-1", new PostedModel("m-1", NHI_TRUONG_BRANCH, false), Channel.ZALO, TODAY, null, COMMITTEE1))
                .expectNoEvents().expectException(reason(WRONG_STATE));
    }

    @Test
    void channel_date_not_after_today_and_a_web_link_are_required() {
        fixture.givenNoPriorActivity()
                .when(new RecordModelPost("p-1", REGISTERED, null, TODAY.plusDays(1), "javascript:alert(1)", COMMITTEE1))
                .expectNoEvents().expectException(reason(INVALID)).expectException(fields("channel", "date", "link"));
    }

    @Test
    void the_team_and_curator_read_but_do_not_record_and_another_commune_does_not_see_it() {
        fixture.givenNoPriorActivity().when(new RecordModelPost("p-1", REGISTERED, Channel.FANPAGE, TODAY, null, SUPERVISOR))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
        fixture.givenNoPriorActivity().when(new RecordModelPost("p-1", REGISTERED, Channel.FANPAGE, TODAY, null, CURATOR))
                .expectNoEvents().expectException(reason(NOT_ALLOWED));
        fixture.givenNoPriorActivity().when(new RecordModelPost("p-1", REGISTERED, Channel.FANPAGE, TODAY, null,
                        Tree.actor("committee2", TRUONG_THO, vn.lamtheo.kernel.directory.Role.COMMITTEE_OFFICER)))
                .expectNoEvents().expectException(NotFoundException.class);
    }
}
