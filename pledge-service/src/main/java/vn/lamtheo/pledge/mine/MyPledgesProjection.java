package vn.lamtheo.pledge.mine;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.events.pledge.*;
import vn.lamtheo.pledge.projection.PerPledgeEntries;

import java.util.HashMap;
import java.util.Map;

import static vn.lamtheo.pledge.projection.EventDocuments.*;

/** A member's own pledges, all years: one document per member ({@code _id = memberId}), an entry per pledge. */
@Component
@ProcessingGroup(MyPledgesProjection.PROCESSING_GROUP)
public class MyPledgesProjection {

    public static final String PROCESSING_GROUP = "pledge-mine";
    public static final String COLLECTION = "pledge_mine";

    private final MongoCollection<Document> members;
    private final PerPledgeEntries entries;

    public MyPledgesProjection(MongoDatabase database) {
        this.members = database.getCollection(COLLECTION);
        this.entries = new PerPledgeEntries(members, "pledges");
    }

    @EventHandler
    public void on(PledgeEvent event, @SequenceNumber Long sequence) {
        Map<String, Object> set = new HashMap<>();
        set.put("pledgeId", event.pledgeId());
        set.put("year", event.year());
        set.put("templateKind", event.templateKind().name());
        set.put("branchId", event.branchId());
        set.put("committeeId", event.committeeId());
        set.put("updatedAt", date(event.at()));
        if (event.statusAfter() != null) {
            set.put("status", event.statusAfter().name());
        }
        if (!SystemActor.is(event.actorId())) {
            set.put("lastAction", lastAction(event));
        }
        if (event instanceof PledgeSubmitted e) {
            set.put("findingsCount", e.findings().size());
        } else if (event instanceof PledgeRevised e) {
            set.put("findingsCount", e.findings().size());
        } else if (event instanceof PledgeImported e) {
            set.put("findingsCount", e.findings().size());
        } else if (event instanceof PledgeRevisionRequested e) {
            set.put("revisionReason", e.reason());
        } else if (event instanceof PledgeEvaluated e) {
            set.put("evaluation", e.result().name());
        }
        entries.apply(event.memberId(), Map.of("memberId", event.memberId()), event.pledgeId(),
                sequence == null ? 0 : sequence, set, Map.of());
    }

    @ResetHandler
    public void reset() {
        members.drop();
    }
}
