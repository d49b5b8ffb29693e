package vn.lamtheo.pledge.figures;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters of a branch or commune for a year, for the supervision report (which checks access itself).
 * {@code everReached} counts pledges that reached each state at least once; {@code currentStatus} counts
 * pledges by their status now.
 */
@Service
public class PledgeFiguresQuery {

    public record Figures(String level, String unitId, int year, Map<String, Integer> everReached,
                          Map<String, Integer> currentStatus) {
    }

    private final MongoCollection<Document> figures;

    public PledgeFiguresQuery(MongoDatabase database) {
        this.figures = database.getCollection(PledgeFiguresProjection.COLLECTION);
    }

    public Figures branch(String branchId, int year) {
        return load("BRANCH", branchId, PledgeFiguresProjection.branchId(branchId, year), year);
    }

    public Figures committee(String committeeId, int year) {
        return load("COMMITTEE", committeeId, PledgeFiguresProjection.committeeId(committeeId, year), year);
    }

    private Figures load(String level, String unitId, String id, int year) {
        Document doc = figures.find(Filters.eq("_id", id)).first();
        Map<String, Integer> ever = new LinkedHashMap<>();
        PledgeFiguresProjection.COUNTERS.forEach(c -> ever.put(c.field(), 0));
        Map<String, Integer> current = new TreeMap<>();
        Document pledges = doc == null ? null : doc.get("pledges", Document.class);
        if (pledges != null) {
            for (Object value : pledges.values()) {
                Document pledge = (Document) value;
                pledge.forEach((flag, set) -> {
                    if (Boolean.TRUE.equals(set)) {
                        ever.merge(flag, 1, Integer::sum);
                    }
                });
                String status = pledge.getString("status");
                if (status != null) {
                    current.merge(status, 1, Integer::sum);
                }
            }
        }
        return new Figures(level, unitId, year, ever, current);
    }
}
