package vn.lamtheo.pledge.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.events.pledge.CopyCheckRecorded;
import vn.lamtheo.kernel.events.pledge.CopyPairRecorded;
import vn.lamtheo.kernel.events.pledge.CopySuspicion;
import vn.lamtheo.kernel.events.pledge.PledgeCopiedFrom;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;

import java.util.List;
import java.util.function.Predicate;

/**
 * When an {@code If-Match} is stale: the pledge changed, since the client read it, in a way that bears on what they
 * are doing. A person's action always does. A copy-check result that makes the pledge suspected does for a review
 * decision (approve, request a revision, flag, dismiss): the reviewer decided without knowing it. The other results
 * the copy check records on its own schedule (a clean check, a later pledge found to have copied this one, or any
 * result while the member edits or assesses) change nothing the person decides on; counting them would turn every
 * page left open while the asynchronous check ran into a "reload and try again".
 * Both throw Axon's {@code ConflictingAggregateVersionException}, answered with 412.
 */
final class UnseenChanges {

    private UnseenChanges() {
    }

    static void requireNoneByPeople(ConflictResolver unseen) {
        unseen.detectConflicts(any(UnseenChanges::byPerson));
    }

    static void requireNoneByPeopleNorNewSuspicion(ConflictResolver unseen) {
        unseen.detectConflicts(any(UnseenChanges::byPerson).or(any(UnseenChanges::raisesSuspicion)));
    }

    private static Predicate<List<DomainEventMessage<?>>> any(Predicate<Object> payload) {
        return events -> events.stream().map(DomainEventMessage::getPayload).anyMatch(payload);
    }

    private static boolean byPerson(Object event) {
        return !(event instanceof PledgeEvent e) || !SystemActor.is(e.actorId());
    }

    private static boolean raisesSuspicion(Object event) {
        return event instanceof CopyCheckRecorded check && check.suspected()
                || event instanceof CopyPairRecorded pair && CopySuspicion.raisedBy(pair.source())
                || event instanceof PledgeCopiedFrom link && link.suspected();
    }
}
