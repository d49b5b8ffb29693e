package vn.lamtheo.pledge.copycheck;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.similarity.CopyCheckResult;
import vn.lamtheo.similarity.MatchDirection;
import vn.lamtheo.similarity.Section;
import vn.lamtheo.similarity.SimilarityDocument;
import vn.lamtheo.similarity.SourceMatch;
import vn.lamtheo.pledge.api.MarkCopiedBy;
import vn.lamtheo.pledge.api.MarkCopiedFrom;
import vn.lamtheo.pledge.api.RecordCopyCheck;
import vn.lamtheo.pledge.application.PledgeEvents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The copy check: on every submitted text (first submission, revision, import) it fingerprints the pledge, checks it
 * against every pledge indexed before it (any unit; same and earlier years count as possible sources, the member's
 * own earlier pledges as SELF_COPY), indexes it, and records the result on the pledge; each source it copied from is
 * told that it was COPIED_BY this pledge, and each pledge of a later year that copies this one (indexed first, e.g.
 * imported before it) is told that it COPIED_FROM this one: only the later year can be the copy, and it must reach
 * its branch's review queue although its own check came too early to see its source.
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
     * catching up). A later year's pledge is told that it copied from an earlier one only for its current text.
     */
    private final Set<String> indexedStale = ConcurrentHashMap.newKeySet();

    public CopyCheckProcessor(CopyCheckConfiguration.PledgeCopyIndex index, CommandGateway commands, PledgeEvents events) {
        this.index = index;
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    public void on(PledgeSubmitted e) {
        check(e.pledgeId(), e.memberId(), e.year(), 0, e.content());
    }

    @EventHandler
    public void on(PledgeRevised e) {
        check(e.pledgeId(), e.memberId(), e.year(), e.revision(), e.content());
    }

    @EventHandler
    public void on(PledgeImported e) {
        check(e.pledgeId(), e.memberId(), e.year(), 0, e.content());
    }

    @ResetHandler
    public void reset() {
        index.clear();
        indexedStale.clear();
    }

    private void check(String pledgeId, String memberId, int year, int revision, PledgeContent content) {
        CopyCheckResult result = index.engine().checkAndIndex(document(pledgeId, memberId, year, content));
        if (currentRevision(pledgeId) > revision) {
            indexedStale.add(pledgeId);
            return; // this text was revised meanwhile: the check of the revision records the result
        }
        indexedStale.remove(pledgeId);
        Map<String, String> units = unitsOf(result.sources());
        List<CopySource> sources = result.sources().stream().map(s -> CopySources.of(s, units.get(s.docId()))).toList();
        commands.sendAndWait(new RecordCopyCheck(pledgeId, result.score(), result.suspected(), sources));
        String ownUnit = branchOf(pledgeId);
        for (SourceMatch s : result.sources()) {
            CopySource seenFromOther = CopySources.mirror(s, pledgeId, memberId, ownUnit, year, result.authorFit());
            if (s.direction() == MatchDirection.COPIED_FROM) {
                commands.sendAndWait(new MarkCopiedBy(s.docId(), seenFromOther));
            } else if (!indexedStale.contains(s.docId())) {
                commands.sendAndWait(new MarkCopiedFrom(s.docId(), seenFromOther));
            }
        }
        log.debug("Copy check of pledge {} (revision {}): score {}, {} source(s)", pledgeId, revision, result.score(),
                result.sources().size());
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
    private int currentRevision(String pledgeId) {
        int revision = 0;
        for (PledgeEvents.Stored s : events.of(pledgeId)) {
            if (s.event() instanceof PledgeRevised r) {
                revision = r.revision();
            }
        }
        return revision;
    }

    private String branchOf(String pledgeId) {
        List<PledgeEvents.Stored> stream = events.of(pledgeId);
        return stream.isEmpty() ? null : stream.get(0).event().branchId();
    }

    private Map<String, String> unitsOf(List<SourceMatch> sources) {
        Map<String, String> units = new HashMap<>();
        sources.forEach(s -> units.put(s.docId(), branchOf(s.docId())));
        return units;
    }
}
