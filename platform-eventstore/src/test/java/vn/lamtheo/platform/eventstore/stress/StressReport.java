package vn.lamtheo.platform.eventstore.stress;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.bson.types.Binary;
import vn.lamtheo.platform.eventstore.EventStoreCollections;
import vn.lamtheo.platform.eventstore.SegmentFairShare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeSet;

/**
 * What the stress test says when a wait gives up: which ledgers' projected chains differ from the stored ones, each
 * with its stored events (sequence@global index) and what every instance delivered for it, then who holds which
 * segment at which token, the instances' heartbeats and the global index counter.
 */
final class StressReport {

    private static final int LEDGERS_SHOWN = 10;
    private static final int TOKEN_CHARS = 400;

    private final MongoDatabase database;
    private final List<LedgerInstance> instances;

    StressReport(MongoDatabase database, List<LedgerInstance> instances) {
        this.database = database;
        this.instances = instances;
    }

    /** The ledgers whose projection differs from the chains of the stored events, then the processors' state. */
    String chainDifferences(List<TrackedEventMessage<?>> stored, Map<String, String> expected) {
        Map<String, List<String>> storedByLedger = new HashMap<>();
        for (TrackedEventMessage<?> event : stored) {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            storedByLedger.computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>())
                    .add(domain.getSequenceNumber() + "@" + event.trackingToken().position().orElse(-1));
        }
        Map<String, Document> projected = new HashMap<>();
        database.getCollection(LedgerView.COLLECTION).find().forEach(d -> projected.put(d.getString("_id"), d));
        TreeSet<String> differing = new TreeSet<>();
        expected.forEach((ledger, chain) -> {
            Document view = projected.get(ledger);
            if (view == null || !chain.equals(view.getString("chain"))) {
                differing.add(ledger);
            }
        });
        projected.keySet().stream().filter(ledger -> !expected.containsKey(ledger)).forEach(differing::add);

        StringBuilder report = new StringBuilder();
        report.append(differing.size()).append(" of ").append(expected.size()).append(" ledgers differ (")
                .append(stored.size()).append(" events stored)");
        differing.stream().limit(LEDGERS_SHOWN).forEach(ledger -> {
            Document view = projected.get(ledger);
            report.append("\n  ").append(ledger).append(": stored ").append(storedByLedger.get(ledger))
                    .append("; projected lastSeq ").append(view == null ? "none" : view.get("lastSeq"));
            for (LedgerInstance instance : instances) {
                Queue<String> trail = instance.view().trail.get(ledger);
                report.append("; ").append(instance.name()).append(" delivered ").append(trail == null ? "[]" : trail);
            }
        });
        return report.append('\n').append(processors()).toString();
    }

    /** Token store claims and tokens, each live instance's view of its segments, heartbeats, the index counter. */
    String processors() {
        StringBuilder report = new StringBuilder("Token store (").append(LedgerView.PROCESSOR).append("):");
        long now = System.currentTimeMillis();
        database.getCollection("trackingtokens").find(new Document("processorName", LedgerView.PROCESSOR))
                .sort(new Document("segment", 1))
                .forEach(d -> report.append("\n  segment ").append(d.get("segment"))
                        .append(" owner ").append(d.get("owner"))
                        .append(" claimed ").append(now - d.getLong("timestamp")).append(" ms ago, token ")
                        .append(tokenText(d.get("token"))));
        for (LedgerInstance instance : instances) {
            report.append("\nInstance ").append(instance.name());
            if (!instance.context().isActive()) {
                report.append(": stopped");
                continue;
            }
            Map<Integer, EventTrackerStatus> status = instance.processor().processingStatus();
            report.append(" (").append(instance.nodeId()).append(") holds ").append(status.keySet())
                    .append(", its fair share is ").append(instance.context().getBean(SegmentFairShare.class)
                            .getMaxSegments(LedgerView.PROCESSOR));
            status.forEach((segment, s) -> report.append("\n  segment ").append(segment)
                    .append(" at ").append(s.getCurrentPosition().orElse(-1))
                    .append(s.isCaughtUp() ? " caught up" : " behind")
                    .append(s.isErrorState() ? " ERROR " + s.getError() : ""));
            report.append("\n  out of order: ").append(instance.view().outOfOrder.stream().limit(20).toList());
        }
        report.append("\nHeartbeats: ");
        database.getCollection("processor_instances").find()
                .forEach(d -> report.append("\n  ").append(d.toJson()));
        report.append("\nDead letters: ").append(database.getCollection("deadletters").countDocuments());
        report.append("\nCounters: ");
        database.getCollection(EventStoreCollections.COUNTERS).find().forEach(d -> report.append(d.toJson()));
        return report.toString();
    }

    private static String tokenText(Object token) {
        if (token == null) {
            return "none";
        }
        String text = token instanceof Binary binary
                ? new String(binary.getData(), StandardCharsets.UTF_8) : token.toString();
        return text.length() <= TOKEN_CHARS ? text : text.substring(0, TOKEN_CHARS) + "…";
    }
}
