package vn.lamtheo.pledge.review;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.events.UnhandledEvent;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.pledge.projection.PerPledgeEntries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static vn.lamtheo.pledge.projection.EventDocuments.*;

/**
 * The branch review queue: one document per (branch, year), {@code _id = branchId|year}, holding an entry per
 * pledge (status, first submission date, soft findings, copy check and sources, last action). Members without a pledge are added
 * from the directory when the screen is read.
 */
@Component
@ProcessingGroup(ReviewQueueProjection.PROCESSING_GROUP)
public class ReviewQueueProjection {

    public static final String PROCESSING_GROUP = "pledge-review-queue";
    public static final String COLLECTION = "pledge_review_queues";
    /** Per entry: the current text's copy sources by other pledge id, whoever's check found them. */
    static final String SOURCES = "copySources";

    private final MongoCollection<Document> queues;
    private final PerPledgeEntries entries;

    public ReviewQueueProjection(MongoDatabase database) {
        this.queues = database.getCollection(COLLECTION);
        this.entries = new PerPledgeEntries(queues, "pledges");
    }

    public static String id(String branchId, int year) {
        return branchId + "|" + year;
    }

    @EventHandler
    public void on(PledgeEvent event, @SequenceNumber Long sequence) {
        String id = id(event.branchId(), event.year());
        Map<String, Object> set = new HashMap<>();
        set.put("pledgeId", event.pledgeId());
        set.put("memberId", event.memberId());
        set.put("templateKind", event.templateKind().name());
        if (event.statusAfter() != null) {
            set.put("status", event.statusAfter().name());
        }
        boolean humanAction = !SystemActor.is(event.actorId());
        if (humanAction) {
            set.put("lastAction", lastAction(event));
        }
        // Java 17: no pattern switch yet, so a chain of instanceof over the sealed interface; every permitted event
        // has a branch (PledgeEventHandlingTest checks it).
        if (event instanceof PledgeDrafted e) {
            set.put("memberName", e.content().header().fullName());
        } else if (event instanceof PledgeEdited e) {
            set.put("memberName", e.content().header().fullName());
        } else if (event instanceof PledgeSubmitted e) {
            submission(set, e.content(), e.findings(), e.at());
        } else if (event instanceof PledgeRevised e) {
            submission(set, e.content(), e.findings(), null); // a revision keeps the first submission's date
            set.put("revision", e.revision());
        } else if (event instanceof PledgeImported e) {
            submission(set, e.content(), e.findings(), e.submittedAt() == null ? e.at() : e.submittedAt());
        } else if (event instanceof PledgeRevisionRequested e) {
            set.put("revisionReason", e.reason());
        } else if (event instanceof PledgeFlaggedAsCopied e) {
            set.put("flaggedSources", e.sourcePledgeIds());
        } else if (event instanceof CopySuspicionDismissed) {
            set.put("copyCheck.dismissed", true);
            set.put("flaggedSources", null);
        } else if (event instanceof PledgeEvaluated e) {
            set.put("evaluation", e.result().name());
        } else if (event instanceof PledgeRetired e) {
            set.put("retiredReason", e.reason());
        } else if (event instanceof CopyCheckRecorded e) {
            set.put("copyCheck", new Document("score", e.score()).append("suspected", e.suspected())
                    .append("dismissed", false).append("at", date(e.at())));
            Document sources = new Document();
            e.sources().forEach(s -> sources.put(s.pledgeId(), source(s)));
            set.put(SOURCES, sources);
        } else if (event instanceof CopyPairRecorded e) {
            figures(set, e.score(), e.suspected(), e.at());
            if (CopySuspicion.raisedBy(e.source())) {
                set.put("copyCheck.dismissed", false);
            }
            set.put(SOURCES + "." + e.source().pledgeId(), source(e.source()));
        } else if (event instanceof CopyPairWithdrawn e) {
            figures(set, e.score(), e.suspected(), e.at());
            set.put(SOURCES + "." + e.otherPledgeId(), null);
        } else if (event instanceof PledgeCopiedFrom e) {
            figures(set, e.score(), e.suspected(), e.at());
            set.put("copyCheck.dismissed", false);
            set.put(SOURCES + "." + e.source().pledgeId(), source(e.source()));
        } else if (event instanceof PledgeCopiedBy e) {
            set.put(SOURCES + "." + e.source().pledgeId(), source(e.source()));
        } else if (event instanceof PledgeApproved || event instanceof PledgeSelfAssessed
                || event instanceof PledgeWithdrawn) {
            // the status and the last action, set above, are all the queue shows of them
        } else {
            throw new UnhandledEvent(ReviewQueueProjection.class, event);
        }
        entries.apply(id, Map.of("branchId", event.branchId(), "year", event.year(),
                        "committeeId", event.committeeId() == null ? "" : event.committeeId()),
                event.pledgeId(), sequence == null ? 0 : sequence, set, Map.of());
    }

    /** @param firstSubmittedAt the first submission's time, null for a revision (which keeps it) */
    private static void submission(Map<String, Object> set, PledgeContent content, List<TemplateFinding> findings,
                                   java.time.Instant firstSubmittedAt) {
        set.put("memberName", content.header().fullName());
        if (firstSubmittedAt != null) {
            set.put("submittedAt", date(firstSubmittedAt));
        }
        set.put("findings", findings(findings));
        set.put("copyCheck", null); // a new text: the copy check runs again, and finds again what still matches
        set.put(SOURCES, null);
        set.put("revisionReason", null);
        set.put("flaggedSources", null);
    }

    /** The pledge's figures after a pair event: the best score and suspicion among the sources it may have copied. */
    private static void figures(Map<String, Object> set, double score, boolean suspected, java.time.Instant at) {
        set.put("copyCheck.score", score);
        set.put("copyCheck.suspected", suspected);
        set.put("copyCheck.at", date(at));
    }

    @ResetHandler
    public void reset() {
        queues.drop();
    }
}
