package vn.lamtheo.supervision.report.figures;

import org.bson.Document;
import vn.lamtheo.kernel.events.pledge.PledgeMilestone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.lamtheo.supervision.report.figures.FigureDocuments.*;
import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;
import static vn.lamtheo.kernel.events.pledge.PledgeMilestones.FINDING_PREFIX;

/** Derives the {@link Figures} of one figure document from its entries (pure; no store access). */
public final class FigureCounting {

    /** Report figure ← the template-check rules and flags that count towards it (a pledge counts once). */
    static final Map<String, List<String>> FINDINGS = Map.of(
            WITH_FINDINGS.field(), List.of(WITH_FINDINGS.field()),
            "findingMissingDuties", List.of(FINDING_PREFIX + "DUTIES_MISSING", FINDING_PREFIX + "DUTIES_NOT_MENTIONED"),
            "findingNoShortcomings", List.of(FINDING_PREFIX + "SHORTCOMINGS_MISSING"),
            "findingActionsWithoutTarget", List.of(FINDING_PREFIX + "ACTION_WITHOUT_TARGET", FINDING_PREFIX + "NO_CONCRETE_ACTION"),
            "findingSelfCopy", List.of(FINDING_PREFIX + "SAME_AS_LAST_YEAR", SELF_COPY_SUSPECTED.field()),
            "findingSampleWording", List.of(FINDING_PREFIX + "SAMPLE_WORDING"),
            "findingNoRemedy", List.of(FINDING_PREFIX + "NO_REMEDY"));

    private static final List<String> PLEDGE_FLAGS = PledgeMilestone.fields(PledgeMilestone.steps());

    private FigureCounting() {
    }

    public static Figures of(Document document) {
        if (document == null) {
            return Figures.EMPTY;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> breakdowns = new HashMap<>();
        Set<String> members = new HashSet<>();
        for (Object value : entries(document, PLEDGES)) {
            Document pledge = (Document) value;
            if (pledge.getString("member") != null && pledge.getBoolean(DRAFTED.field(), false)) {
                members.add(pledge.getString("member"));
            }
            PLEDGE_FLAGS.forEach(flag -> add(counts, flag, pledge.getBoolean(flag, false)));
            FINDINGS.forEach((figure, flags) -> add(counts, figure, flags.stream().anyMatch(f -> pledge.getBoolean(f, false))));
        }
        counts.put("pledgers", members.size());
        for (Object value : entries(document, MODELS_FIELD)) {
            Document model = (Document) value;
            if (!model.getBoolean("submitted", false)) {
                continue; // a draft nobody proposed is not a model yet
            }
            add(counts, "models", true);
            breakdowns.computeIfAbsent("modelsByField", k -> new HashMap<>())
                    .merge(String.valueOf(model.getString("field")), 1, Integer::sum);
            breakdowns.computeIfAbsent("modelsByStatus", k -> new HashMap<>())
                    .merge(String.valueOf(model.getString("status")), 1, Integer::sum);
            add(counts, "modelsRegistered", model.getBoolean("registered", false));
            add(counts, "modelsFeatured", model.getBoolean("featured", false));
            add(counts, "modelsOverlapDanVanKheo", model.getBoolean("overlapDanVanKheo", false));
            add(counts, "modelsOverlapOtherModel", model.getBoolean("overlapModel", false));
            if (model.getBoolean("retired", false)) {
                add(counts, "modelsRetired", true);
                breakdowns.computeIfAbsent("modelRetirementsByReason", k -> new HashMap<>())
                        .merge(String.valueOf(model.getString("retiredReason")), 1, Integer::sum);
            }
        }
        for (Object value : entries(document, CARRIED_OVER)) {
            Document carried = (Document) value;
            add(counts, "modelsCarriedOverWithoutResults",
                    carried.getBoolean("carried", false) && !carried.getBoolean("reassessed", false));
        }
        for (Object value : entries(document, ADOPTIONS)) {
            Document adoption = (Document) value;
            add(counts, "adoptions", adoption.getBoolean("adopter", false));
            add(counts, "ownModelsAdopted", adoption.getBoolean("owner", false));
        }
        return new Figures(counts, breakdowns);
    }

    private static Iterable<Object> entries(Document document, String field) {
        Document entries = document.get(field, Document.class);
        return entries == null ? List.of() : entries.values();
    }

    private static void add(Map<String, Integer> counts, String name, boolean yes) {
        if (yes) {
            counts.merge(name, 1, Integer::sum);
        }
    }
}
