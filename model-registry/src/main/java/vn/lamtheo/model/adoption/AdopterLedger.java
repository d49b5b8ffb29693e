package vn.lamtheo.model.adoption;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lamtheo.model.registry.ModelView;
import vn.lamtheo.model.registry.ModelViews;
import vn.lamtheo.model.registry.RegistryIndex;

import java.util.*;

/**
 * Who follows or replicated each model, per year, fed by published events only: approved pledges that name
 * models in {@code followsModelIds} (the pledge context's events) and recorded adoptions (the model's own).
 *
 * <p>Two collections, both keyed by {@code _id}: {@code model_adopters} (per model: the approved pledges that
 * follow it and the recorded adoptions, as maps keyed by pledge or adoption id) and {@code model_pledge_follows}
 * (per pledge that has named a model: its member, unit, year, the models it names, whether it stands approved,
 * and where it was counted).
 * Every change is a {@code $set}/{@code $unset} by key, so redelivered events change nothing.
 * After each change the counts are pushed to the model's screen and registry card.
 */
@Component
public class AdopterLedger {

    static final String ADOPTERS = "model_adopters";
    static final String FOLLOWS = "model_pledge_follows";

    private final MongoCollection<Document> adopters;
    private final MongoCollection<Document> follows;
    private final ModelViews views;
    private final RegistryIndex index;

    public AdopterLedger(MongoDatabase database, ModelViews views, RegistryIndex index) {
        this.adopters = database.getCollection(ADOPTERS);
        this.follows = database.getCollection(FOLLOWS);
        this.views = views;
        this.index = index;
    }

    /**
     * What one pledge event says about a pledge: whose it is, its unit and year (every pledge event says so), the
     * models it names ({@code null} when the event carries no content) and whether it stands approved afterwards
     * ({@code null} when the event does not move the status). The facts are set, not added, so a redelivered event
     * changes nothing. A pledge that has never named a model is not kept: the pledge context lets a member change
     * the content only before approval (draft, submit, revise, or edit while returned), and every content event
     * but the edit says the status, so nothing is lost by starting to keep a pledge at its first named model.
     */
    public void pledgeChanged(String pledgeId, String memberId, String unitId, int year, List<String> followsModelIds,
                              Boolean approved) {
        boolean namesModels = followsModelIds != null && !followsModelIds.isEmpty();
        if (!namesModels && follows.find(Filters.eq("_id", pledgeId)).first() == null) {
            return;
        }
        List<Bson> sets = new ArrayList<>();
        sets.add(Updates.set("memberId", memberId));
        sets.add(Updates.set("unitId", unitId));
        sets.add(Updates.set("year", year));
        if (followsModelIds != null) {
            sets.add(Updates.set("follows", List.copyOf(new LinkedHashSet<>(followsModelIds))));
        }
        if (approved != null) {
            sets.add(Updates.set("approved", approved));
        }
        follows.updateOne(Filters.eq("_id", pledgeId), Updates.combine(sets), new UpdateOptions().upsert(true));
        recount(pledgeId);
    }

    /**
     * A model's screen and card now exist: show the adopters counted before it was drafted (a pledge may name a
     * model id before the model's events are projected). Does nothing for a model nobody follows.
     */
    public void modelDrafted(String modelId) {
        if (adopters.find(Filters.eq("_id", modelId)).first() != null) {
            refresh(modelId);
        }
    }

    public void adoptionRecorded(String modelId, String adoptionId, String unitId, String memberId, int year) {
        Document entry = new Document("unitId", unitId).append("year", year);
        if (memberId != null) {
            entry.append("memberId", memberId);
        }
        adopters.updateOne(Filters.eq("_id", modelId), Updates.set("adoptions." + key(adoptionId), entry),
                new UpdateOptions().upsert(true));
        refresh(modelId);
    }

    private void recount(String pledgeId) {
        Document pledge = follows.find(Filters.eq("_id", pledgeId)).first();
        if (pledge == null) {
            return;
        }
        List<String> counted = pledge.getList("counted", String.class, List.of());
        boolean countable = pledge.getBoolean("approved", false) && pledge.getString("memberId") != null
                && pledge.getInteger("year") != null;
        List<String> target = countable ? pledge.getList("follows", String.class, List.of()) : List.of();
        for (String modelId : counted) {
            if (!target.contains(modelId)) {
                adopters.updateOne(Filters.eq("_id", modelId), Updates.unset("followers." + key(pledgeId)));
                refresh(modelId);
            }
        }
        Document entry = new Document("memberId", pledge.getString("memberId"))
                .append("unitId", pledge.getString("unitId")).append("year", pledge.getInteger("year"));
        for (String modelId : target) {
            adopters.updateOne(Filters.eq("_id", modelId), Updates.set("followers." + key(pledgeId), entry),
                    new UpdateOptions().upsert(true));
            refresh(modelId);
        }
        follows.updateOne(Filters.eq("_id", pledgeId), Updates.set("counted", target));
    }

    /** Recomputes a model's counts from its ledger document and shows them on its screen and card. */
    public void refresh(String modelId) {
        Document doc = adopters.find(Filters.eq("_id", modelId)).first();
        ModelView.Adopters counts = count(doc);
        views.setAdopters(modelId, counts);
        views.find(modelId).ifPresent(view -> index.setAdopters(view.partition, modelId, counts.total()));
    }

    static ModelView.Adopters count(Document doc) {
        if (doc == null) {
            return ModelView.Adopters.NONE;
        }
        Set<String> members = new HashSet<>();
        Set<String> units = new HashSet<>();
        Map<Integer, Set<String>> membersByYear = new TreeMap<>();
        Map<Integer, Set<String>> unitsByYear = new TreeMap<>();
        List<Document> entries = new ArrayList<>();
        for (String part : List.of("followers", "adoptions")) {
            Document map = doc.get(part, Document.class);
            if (map != null) {
                map.values().forEach(v -> entries.add((Document) v));
            }
        }
        for (Document e : entries) {
            int year = e.getInteger("year");
            String member = e.getString("memberId");
            if (member != null) {
                members.add(member);
                membersByYear.computeIfAbsent(year, y -> new HashSet<>()).add(member);
            } else if (e.getString("unitId") != null) {
                units.add(e.getString("unitId"));
                unitsByYear.computeIfAbsent(year, y -> new HashSet<>()).add(e.getString("unitId"));
            }
        }
        Set<Integer> years = new TreeSet<>(membersByYear.keySet());
        years.addAll(unitsByYear.keySet());
        Map<String, ModelView.YearCount> byYear = new TreeMap<>();
        for (int y : years) {
            byYear.put(String.valueOf(y), new ModelView.YearCount(membersByYear.getOrDefault(y, Set.of()).size(),
                    unitsByYear.getOrDefault(y, Set.of()).size()));
        }
        return new ModelView.Adopters(members.size() + units.size(), members.size(), units.size(), byYear);
    }

    /** Ids become document keys: MongoDB keys may not contain dots or start with '$'. */
    static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    void drop() {
        adopters.drop();
        follows.drop();
    }
}
