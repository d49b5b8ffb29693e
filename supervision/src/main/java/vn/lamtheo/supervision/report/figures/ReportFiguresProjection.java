package vn.lamtheo.supervision.report.figures;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.lamtheo.supervision.report.figures.FigureDocuments.*;

/**
 * Feeds the report's figure documents (see {@link FigureDocuments}) from the published events of both contexts.
 * A pledge counts in its branch's and its commune's document of its year; a model in its owner unit's and that
 * unit's commune's document of the year it was drafted; a carried-over verdict and an adoption in the documents
 * of their own year. Every write is one atomic update of one document by {@code _id}; flags only ever go from
 * absent to true, and the current model status is guarded by the event's sequence number, so handlers are
 * idempotent under redelivery and a processor reset rebuilds everything.
 */
@Component
@ProcessingGroup(ReportFiguresProjection.PROCESSING_GROUP)
public class ReportFiguresProjection {

    public static final String PROCESSING_GROUP = "report-figures";

    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> models;
    private final Directory directory;

    public ReportFiguresProjection(MongoDatabase database, Directory directory) {
        this.figures = database.getCollection(COLLECTION);
        this.models = database.getCollection(MODELS);
        this.directory = directory;
    }

    // ---- pledges ----------------------------------------------------------------------------------------------

    @EventHandler
    public void on(PledgeEvent event) {
        List<String> flags = PledgeMilestones.reachedBy(event).fields();
        if (flags.isEmpty()) {
            return;
        }
        String entry = PLEDGES + "." + key(event.pledgeId()) + ".";
        List<Bson> sets = new ArrayList<>();
        sets.add(Updates.set(entry + "member", event.memberId()));
        flags.forEach(flag -> sets.add(Updates.set(entry + flag, true)));
        for (String unitId : pledgeUnits(event)) {
            upsert(unitId, event.year(), unitId.equals(event.committeeId()), sets);
        }
    }

    private static Set<String> pledgeUnits(PledgeEvent event) {
        Set<String> units = new LinkedHashSet<>();
        units.add(event.branchId());
        if (event.committeeId() != null && !event.committeeId().isBlank()) {
            units.add(event.committeeId());
        }
        return units;
    }

    // ---- models -----------------------------------------------------------------------------------------------

    @EventHandler
    public void on(ModelDrafted event, @SequenceNumber Long sequence) {
        String commune = CommuneOf.find(directory, event.ownerUnitId()).orElse(null);
        Document state = new Document("_id", event.modelId()).append("owner", event.ownerUnitId())
                .append("commune", commune).append("year", yearOf(event.at()))
                .append("field", event.content().field()).append("kind", name(event.content().kind()));
        models.updateOne(Filters.eq("_id", event.modelId()), Updates.combine(
                        state.entrySet().stream().filter(e -> !e.getKey().equals("_id"))
                                .map(e -> Updates.setOnInsert(e.getKey(), e.getValue())).toList()),
                new UpdateOptions().upsert(true));
        model(event.modelId(), sequence, ModelStatus.DRAFT, Map.of("field", event.content().field()), List.of());
    }

    @EventHandler
    public void on(ModelEdited event, @SequenceNumber Long sequence) {
        changeField(event.modelId(), event.content().field());
        model(event.modelId(), sequence, null, Map.of("field", event.content().field()), List.of());
    }

    @EventHandler
    public void on(ModelRevised event, @SequenceNumber Long sequence) {
        changeField(event.modelId(), event.content().field());
        model(event.modelId(), sequence, ModelStatus.SUBMITTED, Map.of("field", event.content().field()), List.of("submitted"));
    }

    @EventHandler
    public void on(ModelSubmitted event, @SequenceNumber Long sequence) {
        model(event.modelId(), sequence, ModelStatus.SUBMITTED, Map.of(), List.of("submitted"));
    }

    @EventHandler
    public void on(ModelRevisionRequested event, @SequenceNumber Long sequence) {
        model(event.modelId(), sequence, ModelStatus.REVISION_REQUESTED, Map.of(), List.of("revisionRequested"));
    }

    @EventHandler
    public void on(ModelOverlapFlagged event, @SequenceNumber Long sequence) {
        String flag = event.overlapSource() == OverlapSource.DAN_VAN_KHEO ? "overlapDanVanKheo" : "overlapModel";
        model(event.modelId(), sequence, ModelStatus.OVERLAP_FLAGGED, Map.of(), List.of(flag));
    }

    @EventHandler
    public void on(ModelRegistered event, @SequenceNumber Long sequence) {
        model(event.modelId(), sequence, ModelStatus.REGISTERED, Map.of(), List.of("registered"));
    }

    @EventHandler
    public void on(ModelFeatured event, @SequenceNumber Long sequence) {
        model(event.modelId(), sequence, ModelStatus.FEATURED, Map.of(), List.of("registered", "featured"));
    }

    @EventHandler
    public void on(ModelRetired event, @SequenceNumber Long sequence) {
        Map<String, Object> set = event.reason() == null ? Map.of() : Map.of("retiredReason", event.reason().name());
        model(event.modelId(), sequence, ModelStatus.RETIRED, set, List.of("retired"));
    }

    /** Carried over without results for that year, unless a re-assessment for the same year says otherwise. */
    @EventHandler
    public void on(ModelCarriedOver event) {
        yearEntry(event.modelId(), event.year(), CARRIED_OVER + "." + key(event.modelId()) + ".carried");
    }

    @EventHandler
    public void on(ModelReassessed event, @SequenceNumber Long sequence) {
        yearEntry(event.modelId(), event.year(), CARRIED_OVER + "." + key(event.modelId()) + ".reassessed");
        model(event.modelId(), sequence, null, Map.of(), List.of("reassessed"));
    }

    /** Counted for the adopter's unit (replications made there) and for the owner's unit (its models replicated). */
    @EventHandler
    public void on(ModelAdoptionRecorded event) {
        String entry = ADOPTIONS + "." + key(event.adoptionId()) + ".";
        List<Bson> adopter = new ArrayList<>(List.of(Updates.set(entry + "adopter", true)));
        if (event.adopterMemberId() != null) {
            adopter.add(Updates.set(entry + "member", true));
        }
        if (event.adopterUnitId() != null) {
            for (String unitId : placement(event.adopterUnitId(), CommuneOf.find(directory, event.adopterUnitId()).orElse(null))) {
                upsert(unitId, event.year(), isCommune(unitId), adopter);
            }
        }
        Document state = state(event.modelId());
        List<String> ownerUnits = state == null ? List.of(event.ownerUnitId())
                : placement(state.getString("owner"), state.getString("commune"));
        for (String unitId : ownerUnits) {
            upsert(unitId, event.year(), isCommune(unitId), List.of(Updates.set(entry + "owner", true)));
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private void model(String modelId, Long sequence, ModelStatus status, Map<String, Object> set, List<String> flags) {
        Document state = state(modelId);
        if (state == null) {
            return; // a model whose draft this processor never saw (cannot happen in one event stream)
        }
        int year = state.getInteger("year");
        String entry = MODELS_FIELD + "." + key(modelId) + ".";
        for (String unitId : placement(state.getString("owner"), state.getString("commune"))) {
            List<Bson> updates = new ArrayList<>();
            flags.forEach(flag -> updates.add(Updates.set(entry + flag, true)));
            set.forEach((k, v) -> updates.add(Updates.set(entry + k, v)));
            updates.add(Updates.setOnInsert("unitId", unitId));
            updates.add(Updates.setOnInsert("year", year));
            updates.add(Updates.setOnInsert("commune", isCommune(unitId)));
            figures.updateOne(Filters.eq("_id", id(unitId, year)), Updates.combine(updates), new UpdateOptions().upsert(true));
            if (status != null) {
                long seq = sequence == null ? 0 : sequence;
                // The status moves only forward in the model's own event order: a replayed older event finds a newer seq.
                Bson older = Filters.or(Filters.exists(entry + "seq", false), Filters.lt(entry + "seq", seq));
                figures.updateOne(Filters.and(Filters.eq("_id", id(unitId, year)), older),
                        Updates.combine(Updates.set(entry + "seq", seq), Updates.set(entry + "status", status.name())));
            }
        }
    }

    private void yearEntry(String modelId, int year, String path) {
        Document state = state(modelId);
        if (state == null) {
            return;
        }
        for (String unitId : placement(state.getString("owner"), state.getString("commune"))) {
            upsert(unitId, year, isCommune(unitId), List.of(Updates.set(path, true)));
        }
    }

    private void changeField(String modelId, String field) {
        if (field != null) {
            models.updateOne(Filters.eq("_id", modelId), Updates.set("field", field));
        }
    }

    private Document state(String modelId) {
        return models.find(Filters.eq("_id", modelId)).first();
    }

    /** The owner unit's document and, when the owner lies below a commune, the commune's. */
    private static List<String> placement(String ownerUnitId, String communeId) {
        Set<String> units = new LinkedHashSet<>();
        if (ownerUnitId != null) {
            units.add(ownerUnitId);
        }
        if (communeId != null) {
            units.add(communeId);
        }
        return List.copyOf(units);
    }

    private final Map<String, Boolean> communeCache = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean isCommune(String unitId) {
        return communeCache.computeIfAbsent(unitId, id -> CommuneOf.find(directory, id).map(id::equals).orElse(false));
    }

    private void upsert(String unitId, int year, boolean commune, List<Bson> sets) {
        List<Bson> updates = new ArrayList<>(sets);
        updates.add(Updates.setOnInsert("unitId", unitId));
        updates.add(Updates.setOnInsert("year", year));
        updates.add(Updates.setOnInsert("commune", commune));
        figures.updateOne(Filters.eq("_id", id(unitId, year)), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @ResetHandler
    public void reset() {
        figures.drop();
        models.drop();
        communeCache.clear();
    }

    /** For tests and tools: the raw document of a unit and year. */
    public Document document(String unitId, int year) {
        return figures.find(Filters.eq("_id", id(unitId, year))).first();
    }
}
