package vn.lamtheo.pledge.figures;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.pledge.projection.PerPledgeEntries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Branch and commune counters per year, for the reports. Documents {@code _id = BRANCH|branchId|year} and
 * {@code COMMITTEE|committeeId|year} keep, per pledge, "ever reached" flags (drafted, submitted, approved, …)
 * and the current status; {@link PledgeFiguresQuery} counts them. Setting a flag twice changes nothing, and
 * each update is guarded by the event sequence: replays and redeliveries leave the documents as they were.
 * One update per document and event keeps the processor light.
 */
@Component
@ProcessingGroup(PledgeFiguresProjection.PROCESSING_GROUP)
public class PledgeFiguresProjection {

    public static final String PROCESSING_GROUP = "pledge-figures";
    public static final String COLLECTION = "pledge_figures";

    /** The counters, in the order reports show them. */
    public static final List<String> COUNTERS = List.of("drafted", "submitted", "approved", "revisionRequested",
            "flaggedAsCopied", "copySuspected", "selfAssessed", "evaluated", "evaluatedFulfilled", "evaluatedPartly",
            "evaluatedNotFulfilled", "retired", "withFindings");

    private final MongoCollection<Document> figures;
    private final PerPledgeEntries entries;

    public PledgeFiguresProjection(MongoDatabase database) {
        this.figures = database.getCollection(COLLECTION);
        this.entries = new PerPledgeEntries(figures, "pledges");
    }

    public static String branchId(String branchId, int year) {
        return "BRANCH|" + branchId + "|" + year;
    }

    public static String committeeId(String committeeId, int year) {
        return "COMMITTEE|" + committeeId + "|" + year;
    }

    @EventHandler
    public void on(PledgeEvent event, @SequenceNumber Long sequence) {
        List<String> flags = flags(event);
        List<String> documents = new ArrayList<>();
        documents.add(branchId(event.branchId(), event.year()));
        if (event.committeeId() != null && !event.committeeId().isBlank()) {
            documents.add(committeeId(event.committeeId(), event.year()));
        }
        Map<String, Object> set = new HashMap<>();
        set.put("memberId", event.memberId());
        set.put("templateKind", event.templateKind().name());
        if (event.statusAfter() != null) {
            set.put("status", event.statusAfter().name());
        }
        flags.forEach(flag -> set.put(flag, true));
        for (String id : documents) {
            boolean branch = id.startsWith("BRANCH|");
            entries.apply(id, Map.of("level", branch ? "BRANCH" : "COMMITTEE",
                            "unitId", branch ? event.branchId() : event.committeeId(), "year", event.year()),
                    event.pledgeId(), sequence == null ? 0 : sequence, set, Map.of());
        }
    }

    /** What this event means a pledge has reached at least once. */
    static List<String> flags(PledgeEvent event) {
        List<String> flags = new ArrayList<>();
        if (event instanceof PledgeDrafted) {
            flags.add("drafted");
        } else if (event instanceof PledgeSubmitted e) {
            flags.addAll(List.of("drafted", "submitted"));
            findingFlags(e.findings(), flags);
        } else if (event instanceof PledgeRevised e) {
            flags.addAll(List.of("drafted", "submitted"));
            findingFlags(e.findings(), flags);
        } else if (event instanceof PledgeImported e) {
            flags.addAll(List.of("drafted", "submitted"));
            if (e.status() == PledgeStatus.APPROVED) {
                flags.add("approved");
            }
            findingFlags(e.findings(), flags);
        } else if (event instanceof PledgeApproved) {
            flags.add("approved");
        } else if (event instanceof PledgeRevisionRequested) {
            flags.add("revisionRequested");
        } else if (event instanceof PledgeFlaggedAsCopied) {
            flags.add("flaggedAsCopied");
        } else if (event instanceof CopyCheckRecorded e && e.suspected()) {
            flags.add("copySuspected");
        } else if (event instanceof PledgeSelfAssessed) {
            flags.add("selfAssessed");
        } else if (event instanceof PledgeEvaluated e) {
            flags.add("evaluated");
            flags.add(switch (e.result()) {
                case FULFILLED -> "evaluatedFulfilled";
                case PARTLY -> "evaluatedPartly";
                case NOT_FULFILLED -> "evaluatedNotFulfilled";
            });
        } else if (event instanceof PledgeRetired) {
            flags.add("retired");
        }
        return flags;
    }

    /** A pledge counts once per rule it ever broke ({@code finding_SAMPLE_WORDING}, …), and once in withFindings. */
    private static void findingFlags(List<TemplateFinding> findings, List<String> flags) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        flags.add("withFindings");
        findings.stream().map(f -> "finding_" + f.rule()).distinct().forEach(flags::add);
    }

    @ResetHandler
    public void reset() {
        figures.drop();
    }
}
