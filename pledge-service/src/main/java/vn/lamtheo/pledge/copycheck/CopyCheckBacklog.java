package vn.lamtheo.pledge.copycheck;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeImported;
import vn.lamtheo.kernel.events.pledge.PledgeRevised;
import vn.lamtheo.kernel.events.pledge.PledgeSubmitted;
import vn.lamtheo.pledge.application.PledgeEvents;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The texts the copy check has not reached yet: the submissions, revisions and imports stored after the last event the
 * copy-check processor handled. A pledge's check sees only the pledges indexed before it; a source that arrives
 * later (an import in no particular order, a district bringing in last year's files) is found by the source's own
 * check, which then records the pair on both. Until then the pledge's result is not final: its report must not say
 * DONE while a text still waiting may be its source (issue 17: a copy imported before its source said DONE with no
 * source at all).
 *
 * <p>A waiting text may be this pledge's source unless it is certainly later: a later year, or the same year and a
 * later first submission ({@link PledgeTime#towards}). An earlier or undetermined one holds the report back; a later
 * one can only be a copy of it (COPIED_BY), which never changes whether it is suspected.
 */
@Component
class CopyCheckBacklog {

    private final EventStorageEngine storage;
    private final EventProcessingConfiguration processing;
    private final CopyCheckProcessor processor;
    private final PledgeEvents events;

    CopyCheckBacklog(EventStorageEngine storage, EventProcessingConfiguration processing, CopyCheckProcessor processor,
                     PledgeEvents events) {
        this.storage = storage;
        this.processing = processing;
        this.processor = processor;
        this.events = events;
    }

    /** Whether a text the copy check has not reached yet may be a source of this pledge (written at {@code time}). */
    boolean mayHoldASourceOf(String pledgeId, PledgeTime time) {
        Optional<TrackingToken> position = position();
        if (position.isEmpty()) {
            return true; // where the check stands is not known (not started since a restart): nothing is final
        }
        try (Stream<? extends TrackedEventMessage<?>> waiting = storage.readEvents(position.get(), false)) {
            return waiting.anyMatch(m -> mayBeASource(m, pledgeId, time));
        }
    }

    private boolean mayBeASource(TrackedEventMessage<?> message, String pledgeId, PledgeTime time) {
        if (!PledgeEvent.class.isAssignableFrom(message.getPayloadType())) {
            return false;
        }
        PledgeEvent e = (PledgeEvent) message.getPayload();
        if (!(e instanceof PledgeSubmitted || e instanceof PledgeRevised || e instanceof PledgeImported)
                || e.pledgeId().equals(pledgeId) || e.year() > time.year()) {
            return false;
        }
        // Same year: the other pledge's first submission decides (an import says it in its line; a submission or a
        // revision may be a later text of a pledge first submitted long before).
        PledgeTime other = e.year() < time.year() ? new PledgeTime(e.year(), null, null)
                : e instanceof PledgeImported i ? new PledgeTime(e.year(), i.submittedAt(), i.at())
                : PledgeTime.of(e.year(), events.of(e.pledgeId()).stream().map(PledgeEvents.Stored::event).toList());
        return time.towards(other) != CopyDirection.COPIED_BY;
    }

    /**
     * Where the check stands: its own record of the last text it checked, or else (nothing checked since the start)
     * the position the running processor reports (during a replay, the replay's). Empty when neither is known.
     */
    private Optional<TrackingToken> position() {
        TrackingToken checked = processor.checkedUpTo();
        if (checked != null) {
            return Optional.of(WrappedToken.unwrapLowerBound(checked));
        }
        return processing.eventProcessor(CopyCheckProcessor.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .filter(status -> status.size() == 1)
                .map(status -> status.values().iterator().next().getTrackingToken())
                .map(WrappedToken::unwrapLowerBound);
    }
}
