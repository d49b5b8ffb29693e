package vn.lamtheo.platform.eventstore.stress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The stress test's aggregate: every command appends one event. */
@Aggregate
public class Ledger {

    public record OpenLedger(@TargetAggregateIdentifier String id) { }
    public record Post(@TargetAggregateIdentifier String id, int amount) { }
    public record LedgerOpened(String id) { }
    public record Posted(String id, int amount) { }

    @AggregateIdentifier
    private String id;

    protected Ledger() {
    }

    @CommandHandler
    public Ledger(OpenLedger command) {
        apply(new LedgerOpened(command.id()));
    }

    @CommandHandler
    public void handle(Post command) {
        apply(new Posted(id, command.amount()));
    }

    @EventSourcingHandler
    void on(LedgerOpened event) {
        id = event.id();
    }
}
