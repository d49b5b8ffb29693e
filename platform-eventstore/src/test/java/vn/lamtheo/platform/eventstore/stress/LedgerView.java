package vn.lamtheo.platform.eventstore.stress;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;

/**
 * One document per ledger: the last sequence applied and a hash chain over every event applied in order, so two
 * runs that saw the same events in the same per-ledger order produce byte-identical documents. Idempotent: an event
 * at or below the last applied sequence is skipped. Also counts, in memory, what this instance delivered.
 */
@Component
@ProcessingGroup(LedgerView.PROCESSOR)
public class LedgerView {

    static final String PROCESSOR = "ledger-view";
    static final String COLLECTION = "ledger_view";

    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final Queue<String> outOfOrder = new ConcurrentLinkedQueue<>();
    /** Per ledger, every delivery in the order handled here: "sequence@globalIndex outcome", for failure reports. */
    final Map<String, Queue<String>> trail = new ConcurrentHashMap<>();
    private final MongoCollection<Document> view;

    LedgerView(MongoDatabase database) {
        this.view = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(Ledger.LedgerOpened event, @SequenceNumber long sequence, EventMessage<?> message, TrackingToken token) {
        apply(event.id(), sequence, "opened", message, token);
    }

    @EventHandler
    void on(Ledger.Posted event, @SequenceNumber long sequence, EventMessage<?> message, TrackingToken token) {
        apply(event.id(), sequence, "posted " + event.amount(), message, token);
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
    }

    private void apply(String ledgerId, long sequence, String content, EventMessage<?> message, TrackingToken token) {
        deliveries.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
        Queue<String> ledgerTrail = trail.computeIfAbsent(ledgerId, id -> new ConcurrentLinkedQueue<>());
        String delivery = sequence + "@" + token.position().orElse(-1);
        Document current = view.find(eq("_id", ledgerId)).first();
        long last = current == null ? -1 : current.getLong("lastSeq");
        if (sequence <= last) {
            ledgerTrail.add(delivery + " again");
            return; // already applied: a redelivery
        }
        if (sequence != last + 1) {
            ledgerTrail.add(delivery + " after " + last);
            outOfOrder.add(ledgerId + ": " + sequence + " after " + last);
            return;
        }
        ledgerTrail.add(delivery);
        String previous = current == null ? "" : current.getString("chain");
        view.replaceOne(eq("_id", ledgerId), new Document("_id", ledgerId)
                        .append("lastSeq", sequence)
                        .append("chain", chain(previous, sequence + ":" + content)),
                new ReplaceOptions().upsert(true));
    }

    static String chain(String previous, String next) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous.getBytes(StandardCharsets.UTF_8));
            digest.update(next.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
