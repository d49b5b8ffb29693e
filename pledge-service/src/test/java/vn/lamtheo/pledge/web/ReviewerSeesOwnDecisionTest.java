package vn.lamtheo.pledge.web;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.events.pledge.PledgeApproved;
import vn.lamtheo.platform.eventstore.ProjectionCatchUp;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.pledge.review.ReviewQueueProjection;
import vn.lamtheo.pledge.web.page.PledgePagesBackend;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reviewer who approves on the review page lands on the review queue, a projection: it shows the approval although
 * the queue's processor was held back when the command was stored, and the request waited on that processor's
 * position (it did not poll the queue). The wait is set long here so that a slow machine cannot end it early.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lamtheo.store.data-dir=target/test-data/own-decision-${random.uuid}",
        "lamtheo.eventstore.own-write-wait=5m"})
class ReviewerSeesOwnDecisionTest {

    static final String BRANCH = PledgeFlowHttpTest.BRANCH;
    static final HeldApproval GATE = new HeldApproval();

    @TestConfiguration
    static class HoldTheQueue {
        @Bean
        ConfigurerModule holdTheReviewQueue() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerHandlerInterceptor(ReviewQueueProjection.PROCESSING_GROUP, config -> GATE));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PledgePagesBackend pages;
    @Autowired
    ProjectionCatchUp catchUp;
    @Autowired
    Directory directory;

    @AfterEach
    void release() {
        GATE.open.countDown();
    }

    @Test
    void the_queue_the_reviewer_lands_on_shows_the_approval_though_its_processor_was_behind() throws Exception {
        Http http = new Http(port);
        Http.Answer draft = http.post("member1", "/api/pledges", PledgeBodies.complete(2026));
        String id = draft.text("/id");
        Http.Answer submitted = http.post("member1", "/api/pledges/" + id + "/submit", null,
                PledgeFlowHttpTest.ifMatch(draft));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(http.get("secretary1", "/api/pledges/" + id + "/copy-report").text("/status"))
                        && "SUBMITTED".equals(queueStatus(id)));
        Actor secretary = actor("secretary1");
        long version = pages.pledge(secretary, id).version();

        GATE.hold(id);
        CompletableFuture<Void> approving = CompletableFuture.runAsync(
                () -> pages.approve(secretary, id, version, "Đạt", null));
        // Stored, handed to the queue's processor and held there; the request waits for that processor.
        await().atMost(Duration.ofSeconds(60)).until(() -> GATE.arrived.getCount() == 0 && catchUp.waiting() == 1);
        assertThat(approving).isNotDone();
        assertThat(queueStatus(id)).isEqualTo("SUBMITTED");

        GATE.open.countDown();
        approving.get(60, TimeUnit.SECONDS);
        assertThat(queueStatus(id)).isEqualTo("APPROVED");
    }

    private String queueStatus(String pledgeId) {
        return pages.reviewQueue(actor("secretary1"), BRANCH, 2026).rows().stream()
                .filter(row -> pledgeId.equals(row.pledgeId())).map(PledgePagesBackend.QueueRow::status)
                .findFirst().orElse(null);
    }

    private Actor actor(String personId) {
        Person person = directory.person(personId).orElseThrow();
        return new Actor(person.id(), personId, person.unitId(), person.roles());
    }

    /** Holds the queue's processor on the approval of one pledge until the test opens it. */
    static final class HeldApproval implements MessageHandlerInterceptor<EventMessage<?>> {
        final CountDownLatch arrived = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        private volatile String pledgeId;

        void hold(String pledgeId) {
            this.pledgeId = pledgeId;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            if (unitOfWork.getMessage().getPayload() instanceof PledgeApproved approved
                    && approved.pledgeId().equals(pledgeId)) {
                arrived.countDown();
                open.await(2, TimeUnit.MINUTES);
            }
            return chain.proceed();
        }
    }
}
