package vn.lamtheo.pledge.copycheck;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.similarity.CopyCheckResult;
import vn.lamtheo.similarity.Section;
import vn.lamtheo.similarity.SimilarityDocument;
import vn.lamtheo.similarity.SourceMatch;
import vn.lamtheo.pledge.api.RecordCopyCheck;
import vn.lamtheo.pledge.api.RecordCopyPair;
import vn.lamtheo.pledge.api.WithdrawCopyPair;
import vn.lamtheo.pledge.application.PledgeEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The copy check: on every submitted text (first submission, revision, import) it fingerprints the pledge, checks it
 * against every pledge indexed before it (any unit and year; the member's own pledges as SELF_COPY) and indexes it.
 * Every pair it finds is recorded on both pledges with the same score and mirrored direction, the other pledge
 * first and this pledge's own result last. The direction is decided from the two pledges' years and first-submission
 * times ({@link PledgeTime}), never from which check ran first: whichever of the two arrives later finds the pair, and
 * both orders give the same reports. A revision that no longer matches a former partner withdraws that pair from it.
 *
 * <p>Deterministic: the processor has one segment, so the engine sees the submissions in event-store order, live and
 * on a replay. A reset empties the index and the replay rebuilds it; the results it computes again are the ones
 * already recorded, which the pledge skips (same result for the same text), so a reset appends nothing.
 *
 * <p>A check whose text was already replaced by a revision (catching up, or a replay) still indexes that text, so the
 * index evolves exactly as it did live, but records nothing: its result would be stale.
 *
 * <p>Retired pledges, pledges flagged as copied and pledges whose suspicion was dismissed stay in the index and are
 * reported as sources: retirement is administrative (member moved, year closed) and earlier years are exactly what a
 * copy is checked against; a dismissal is the reviewer's decision about that pledge, not about later ones copying it;
 * a copy of a copy is still a copy. Depending on such a status would also make a replay depend on decisions taken
 * after the check. The reviewer sees each source's pledge and decides.
 *
 * <p>No pledge text is logged.
 */
@Component
@ProcessingGroup(CopyCheckProcessor.PROCESSING_GROUP)
public class CopyCheckProcessor {

    public static final String PROCESSING_GROUP = "pledge-copycheck";
    private static final Logger log = LoggerFactory.getLogger(CopyCheckProcessor.class);

    private final CopyCheckConfiguration.PledgeCopyIndex index;
    private final CommandGateway commands;
    private final PledgeEvents events;
    /**
     * Pledges whose indexed text is not their current one: a later revision is still to be handled (a replay, or
     * catching up). A pair is recorded only between current texts.
     */
    private final Set<String> indexedStale = ConcurrentHashMap.newKeySet();
    /** The event of the last text checked, results recorded: what is stored after it is still to check ({@link CopyCheckBacklog}). */
    private volatile TrackingToken checkedUpTo;

    public CopyCheckProcessor(CopyCheckConfiguration.PledgeCopyIndex index, CommandGateway commands, PledgeEvents events) {
        this.index = index;
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    public void on(PledgeSubmitted e, TrackingToken token) {
        check(e.pledgeId(), e.memberId(), e.year(), 0, e.content());
        checkedUpTo = token;
    }

    @EventHandler
    public void on(PledgeRevised e, TrackingToken token) {
        check(e.pledgeId(), e.memberId(), e.year(), e.revision(), e.content());
        checkedUpTo = token;
    }

    @EventHandler
    public void on(PledgeImported e, TrackingToken token) {
        check(e.pledgeId(), e.memberId(), e.year(), 0, e.content());
        checkedUpTo = token;
    }

    @ResetHandler
    public void reset() {
        index.clear();
        indexedStale.clear();
        checkedUpTo = null;
    }

    /** The token of the last text event checked since the start (null: none yet, or a reset since). */
    TrackingToken checkedUpTo() {
        return checkedUpTo;
    }

    private void check(String pledgeId, String memberId, int year, int revision, PledgeContent content) {
        CopyCheckResult result = index.engine().checkAndIndex(document(pledgeId, memberId, year, content));
        List<PledgeEvent> own = eventsOf(pledgeId);
        if (currentRevision(own) > revision) {
            indexedStale.add(pledgeId);
            return; // this text was revised meanwhile: the check of the revision records the result
        }
        indexedStale.remove(pledgeId);
        PledgeTime ownTime = PledgeTime.of(year, own);
        String ownUnit = own.isEmpty() ? null : own.get(0).branchId();
        // Each pair goes on both pledges, the other one first: once this pledge's result is recorded (DONE), both
        // sides show the pair. The direction comes from the two pledges' times, the same whichever check found it.
        List<CopySource> sources = new ArrayList<>();
        for (SourceMatch s : result.sources()) {
            if (indexedStale.contains(s.docId())) {
                continue; // matched a text since revised: the check of the revision will find what still matches
            }
            List<PledgeEvent> other = eventsOf(s.docId());
            CopyDirection direction = ownTime.towards(PledgeTime.of(s.year(), other));
            commands.sendAndWait(new RecordCopyPair(s.docId(),
                    CopySources.mirror(s, direction, pledgeId, memberId, ownUnit, year, result.authorFit())));
            sources.add(CopySources.of(s, other.isEmpty() ? null : other.get(0).branchId(), direction));
        }
        Set<String> found = sources.stream().map(CopySource::pledgeId).collect(Collectors.toSet());
        for (String former : formerPartners(own)) {
            if (!found.contains(former)) {
                commands.sendAndWait(new WithdrawCopyPair(former, pledgeId, ownTime.textAt()));
            }
        }
        commands.sendAndWait(new RecordCopyCheck(pledgeId, sources));
        log.debug("Copy check of pledge {} (revision {}): {} source(s)", pledgeId, revision, sources.size());
    }

    /** The pledges paired with this one's former texts: a revision that no longer matches them withdraws the pair. */
    private static Set<String> formerPartners(List<PledgeEvent> events) {
        Set<String> partners = new java.util.TreeSet<>();
        int lastText = -1;
        for (int i = 0; i < events.size(); i++) {
            PledgeEvent e = events.get(i);
            if (e instanceof PledgeSubmitted || e instanceof PledgeRevised || e instanceof PledgeImported) {
                lastText = i;
            }
        }
        for (PledgeEvent e : events.subList(0, Math.max(0, lastText))) {
            if (e instanceof CopyCheckRecorded c) {
                c.sources().forEach(s -> partners.add(s.pledgeId()));
            } else if (e instanceof CopyPairRecorded c) {
                partners.add(c.source().pledgeId());
            } else if (e instanceof PledgeCopiedBy c) {
                partners.add(c.source().pledgeId());
            } else if (e instanceof PledgeCopiedFrom c) {
                partners.add(c.source().pledgeId());
            }
        }
        return partners;
    }

    static SimilarityDocument document(String pledgeId, String memberId, int year, PledgeContent content) {
        List<Section> sections = new ArrayList<>();
        content.sections().asMap().forEach((key, text) -> sections.add(new Section(key, text)));
        return new SimilarityDocument(pledgeId, memberId, year, sections, authorProfile(content.header()));
    }

    /** What the member says about themselves: a pledge written by them is about this work ({@code AuthorFit}). */
    private static String authorProfile(PledgeHeader header) {
        if (header == null) {
            return null;
        }
        return Stream.of(header.position(), header.assignedDuties()).filter(Objects::nonNull)
                .collect(Collectors.joining(". "));
    }

    /** The revision of the pledge's latest submitted text (0 for a first submission or an import). */
    private static int currentRevision(List<PledgeEvent> events) {
        int revision = 0;
        for (PledgeEvent e : events) {
            if (e instanceof PledgeRevised r) {
                revision = r.revision();
            }
        }
        return revision;
    }

    private List<PledgeEvent> eventsOf(String pledgeId) {
        return events.of(pledgeId).stream().map(PledgeEvents.Stored::event).toList();
    }
}
