package vn.lamtheo.platform.eventstore.wiring;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate that counts; snapshots are Jackson documents of its fields. */
@Aggregate(snapshotTriggerDefinition = "tallySnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Tally {

    public record OpenTally(@TargetAggregateIdentifier String id) { }
    public record CountOne(@TargetAggregateIdentifier String id) { }
    public record TallyOpened(String id) { }
    public record Counted(String id, int count) { }
    /** Free text on a tally, as a pledge's sections are: it must never reach a log. */
    public record WriteNote(@TargetAggregateIdentifier String id, String text) { }
    public record NoteWritten(String id, String text) { }

    @AggregateIdentifier
    private String id;
    private int count;

    protected Tally() {
    }

    @CommandHandler
    public Tally(OpenTally command) {
        apply(new TallyOpened(command.id()));
    }

    @CommandHandler
    public void handle(CountOne command) {
        apply(new Counted(id, count + 1));
    }

    @CommandHandler
    public void handle(WriteNote command) {
        apply(new NoteWritten(id, command.text()));
    }

    @EventSourcingHandler
    void on(TallyOpened event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(Counted event) {
        count = event.count();
    }
}
