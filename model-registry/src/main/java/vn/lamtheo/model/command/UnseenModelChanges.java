package vn.lamtheo.model.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.ModelOverlapChecked;

import java.util.List;

/**
 * When an {@code If-Match} is stale: the model changed, since the client read it, in a way that bears on what they
 * are doing. Every change does, except an overlap check that found nothing: the check runs on its own schedule after
 * a submission and a clean result changes nothing a reader decides on, so a page left open while it ran still works.
 * A result with findings does count: the curator decided without seeing them. The refusal is a
 * {@link CommandRejected.Reason#STALE} (412) naming the versions.
 */
public final class UnseenModelChanges {

    private UnseenModelChanges() {
    }

    static void requireNoneThatMatter(ConflictResolver unseen) {
        unseen.detectConflicts(UnseenModelChanges::anyThatMatters, UnseenModelChanges::stale);
    }

    /** Also the answer to an If-Match naming a version the model never had (Axon refuses it while loading). */
    public static CommandRejected stale(String modelId, long expected, long actual) {
        return new CommandRejected(CommandRejected.Reason.STALE, "The model was changed by someone else (version "
                + actual + ", expected " + expected + "); reload and try again");
    }

    private static boolean anyThatMatters(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getPayload)
                .anyMatch(e -> !(e instanceof ModelOverlapChecked check && check.findings().isEmpty()));
    }
}
