package vn.lamtheo.pledge.copycheck;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeImported;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.pledge.api.ImportPledge;
import vn.lamtheo.pledge.application.PledgeEvents;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.command.Pledge;
import vn.lamtheo.pledge.template.PriorPledges;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The real pledge aggregate on Axon's in-memory event store and the real copy-check processor over the embedded
 * store's index, with the processor handed each import as it is stored (one at a time, as its single segment sees
 * them). Each world starts from an empty event store and an empty index.
 */
final class CopyCheckWorld implements AutoCloseable {

    /** A pledge of a file: who, which year, what text, and when it was first submitted (null: the file does not say). */
    record Line(String id, String memberId, String branchId, int year, PledgeContent content, Instant submittedAt) {
    }

    private final Configuration axon;
    private final PledgeEvents events;
    private final CopyCheckProcessor processor;

    CopyCheckWorld(CopyCheckConfiguration.PledgeCopyIndex index) {
        index.clear();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Pledge.class)
                .registerComponent(TemplateCheck.class, c -> TemplateCheck.withDefaults())
                .registerComponent(PriorPledges.class, c -> PriorPledges.NONE)
                .registerComponent(Clock.class, c -> Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
                .buildConfiguration();
        axon.start();
        events = new PledgeEvents(axon.getComponent(EventStore.class));
        processor = new CopyCheckProcessor(index, axon.getComponent(CommandGateway.class), events);
    }

    void importLine(Line line) {
        PledgeStatus status = line.year() < 2026 ? PledgeStatus.APPROVED : PledgeStatus.SUBMITTED;
        axon.commandGateway().sendAndWait(new ImportPledge(line.id(), line.memberId(), line.branchId(),
                "cau-ngang/nhi-truong", line.year(), TemplateKind.PARTY_MEMBER, line.content(), status,
                line.submittedAt(), "admin"));
        for (PledgeEvents.Stored stored : events.of(line.id())) {
            PledgeEvent e = stored.event();
            if (e instanceof PledgeImported imported) {
                processor.on(imported, null); // delivered by hand: no event store position
            }
        }
    }

    PledgeView view(String id) {
        return events.view(id).orElseThrow();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
