package vn.lamtheo.supervision.report.figures;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.cabinet.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The book cabinets' figures for the supervision report, from the cabinets' published events: one document per unit
 * that has cabinets ({@code report_cabinets}, {@code _id} = unit id) with the cabinets, how many readers can reach,
 * titles, copies (withdrawn ones leave), lost copies and loans per year. Each cabinet's last applied event is kept
 * in the document, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CabinetFiguresProjection.PROCESSING_GROUP)
public class CabinetFiguresProjection {

    public static final String PROCESSING_GROUP = "report-cabinets";
    public static final String COLLECTION = "report_cabinets";

    private final MongoCollection<Document> documents;

    public CabinetFiguresProjection(MongoDatabase database) {
        this.documents = database.getCollection(COLLECTION);
    }

    @EventHandler
    public void on(CabinetEvent event, @SequenceNumber Long sequence) {
        long seq = sequence == null ? 0 : sequence;
        Document doc = documents.find(Filters.eq("_id", event.unitId())).first();
        if (doc == null) {
            doc = new Document("_id", event.unitId());
        }
        Document seen = doc.get("seen", new Document());
        String cabinet = key(event.cabinetId());
        if (seen.containsKey(cabinet) && ((Number) seen.get(cabinet)).longValue() >= seq) {
            return;
        }
        Document lost = doc.get("lost", new Document());
        List<String> lostHere = new ArrayList<>(lost.getList(cabinet, String.class, List.of()));
        if (event instanceof CabinetOpened e) {
            add(doc, "cabinets", 1);
            add(doc, "cabinetsReachable", e.reachable() ? 1 : 0);
        } else if (event instanceof TitleCatalogued e) {
            add(doc, "titles", 1);
            add(doc, "copies", e.copyCodes().size());
        } else if (event instanceof CopyLent e) {
            Document loans = doc.get("loans", new Document());
            String year = String.valueOf(FigureDocuments.yearOf(e.at()));
            loans.put(year, loans.getInteger(year, 0) + 1);
            doc.put("loans", loans);
        } else if (event instanceof CopyDeclaredLost e) {
            lostHere.add(e.copyCode());
        } else if (event instanceof CopyFound e) {
            lostHere.remove(e.copyCode());
        } else if (event instanceof CopyWrittenOff e) {
            lostHere.remove(e.copyCode());
            add(doc, "copies", -1);
        }
        lost.put(cabinet, lostHere);
        doc.put("lost", lost);
        seen.put(cabinet, seq);
        doc.put("seen", seen);
        documents.replaceOne(Filters.eq("_id", event.unitId()), doc, new ReplaceOptions().upsert(true));
    }

    private static void add(Document doc, String count, int n) {
        doc.put(count, doc.getInteger(count, 0) + n);
    }

    /** Cabinet ids become field names: no dots or leading dollars. */
    private static String key(String id) {
        return id.replace('.', '_').replace('$', '_');
    }

    /** The figures one unit's document holds for a year, as the report's {@code cabinets} breakdown. */
    static java.util.Map<String, Integer> countsOf(Document doc, int year) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String count : List.of("cabinets", "cabinetsReachable", "titles", "copies")) {
            counts.put(count, doc == null ? 0 : doc.getInteger(count, 0));
        }
        int lost = 0;
        if (doc != null) {
            for (Object codes : doc.get("lost", new Document()).values()) {
                lost += ((List<?>) codes).size();
            }
        }
        counts.put("copiesLost", lost);
        counts.put("loans", doc == null ? 0 : doc.get("loans", new Document()).getInteger(String.valueOf(year), 0));
        return counts;
    }

    @ResetHandler
    public void reset() {
        documents.drop();
    }
}
