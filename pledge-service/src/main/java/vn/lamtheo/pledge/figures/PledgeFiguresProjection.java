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
 * {@code COMMITTEE|committeeId|year} keep, per pledge, the "ever reached" flags of {@link PledgeMilestones}
 * (the same meaning the supervision report gives the events) and the current status; {@link PledgeFiguresQuery} counts them. Setting a flag twice changes nothing, and
 * each update is guarded by the event sequence: replays and redeliveries leave the documents as they were.
 * One update per document and event keeps the processor light.
 */
@Component
@ProcessingGroup(PledgeFiguresProjection.PROCESSING_GROUP)
public class PledgeFiguresProjection {

    public static final String PROCESSING_GROUP = "pledge-figures";
    public static final String COLLECTION = "pledge_figures";

    /** The counters, in the order reports show them: the steps of a pledge's life, then "with findings". */
    public static final List<PledgeMilestone> COUNTERS = java.util.stream.Stream.concat(
            PledgeMilestone.steps().stream(), java.util.stream.Stream.of(PledgeMilestone.WITH_FINDINGS)).toList();

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
        List<String> flags = PledgeMilestones.reachedBy(event).fields();
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

    @ResetHandler
    public void reset() {
        figures.drop();
    }
}
