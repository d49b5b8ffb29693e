package vn.lamtheo.supervision.report.figures;

import com.fasterxml.jackson.annotation.JsonValue;
import vn.lamtheo.kernel.events.pledge.PledgeMilestone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

/**
 * The figures of one unit and year. Pledge figures count every pledge that ever reached the state (an approved
 * pledge also counts as submitted); finding figures count pledges that ever had the finding; model figures count
 * the models proposed (ever submitted) in the year, by field, current status and retirement reason; carried-over
 * models and adoptions are those of the year. Rates are fractions (0..1), absent when their denominator is 0.
 * Immutable; {@link #plus} sums two units.
 */
public final class Figures {

    /**
     * {@code members} comes from the Directory (people with role MEMBER in the unit and below, today); the rest are
     * the steps of {@link PledgeMilestone}.
     */
    public static final List<String> PLEDGE_COUNTS = Stream.concat(Stream.of("members", "pledgers"),
            PledgeMilestone.fields(PledgeMilestone.steps()).stream()).toList();
    public static final List<String> FINDING_COUNTS = List.of(WITH_FINDINGS.field(), "findingMissingDuties",
            "findingNoShortcomings", "findingActionsWithoutTarget", "findingSelfCopy", "findingSampleWording",
            "findingNoRemedy");
    public static final List<String> MODEL_COUNTS = List.of("models", "modelsRegistered", "modelsFeatured",
            "modelsOverlapDanVanKheo", "modelsOverlapOtherModel", "modelsCarriedOverWithoutResults", "modelsRetired",
            "adoptions", "ownModelsAdopted");
    public static final List<String> RATES = List.of("submissionRate", "approvalRate", "copyFlagRate", "findingRate");
    /** {@code cabinets}: the book cabinets of the unit and below (cabinets, reachable ones, titles, copies, lost copies, loans of the year). */
    public static final List<String> BREAKDOWNS = List.of("modelsByField", "modelsByStatus", "modelRetirementsByReason", "cabinets");

    public static final Figures EMPTY = new Figures(Map.of(), Map.of());

    private final Map<String, Integer> counts;
    private final Map<String, Map<String, Integer>> breakdowns;

    public Figures(Map<String, Integer> counts, Map<String, Map<String, Integer>> breakdowns) {
        this.counts = Map.copyOf(counts);
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        breakdowns.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        this.breakdowns = copy;
    }

    public int get(String count) {
        return counts.getOrDefault(count, 0);
    }

    /** The count of pledges that reached {@code milestone}. */
    public int get(PledgeMilestone milestone) {
        return get(milestone.field());
    }

    public Map<String, Integer> breakdown(String name) {
        return breakdowns.getOrDefault(name, Map.of());
    }

    /** A rate from {@link #RATES}, or null when there is nothing to divide by. */
    public Double rate(String rate) {
        return switch (rate) {
            // Members come from today's directory; people who pledged and moved away still count as members that year.
            case "submissionRate" -> ratio(get(SUBMITTED), Math.max(get("members"), get("pledgers")));
            case "approvalRate" -> ratio(get(APPROVED), get(SUBMITTED));
            case "copyFlagRate" -> ratio(get(FLAGGED_AS_COPIED), get(SUBMITTED));
            case "findingRate" -> ratio(get(WITH_FINDINGS), get(SUBMITTED));
            default -> throw new IllegalArgumentException("No rate " + rate);
        };
    }

    private static Double ratio(int numerator, int denominator) {
        if (denominator <= 0) {
            return null;
        }
        return Math.round(10_000.0 * numerator / denominator) / 10_000.0;
    }

    public Figures withCount(String count, int value) {
        Map<String, Integer> changed = new LinkedHashMap<>(counts);
        changed.put(count, value);
        return new Figures(changed, breakdowns);
    }

    public Figures withBreakdown(String name, Map<String, Integer> values) {
        Map<String, Map<String, Integer>> changed = new LinkedHashMap<>(breakdowns);
        changed.put(name, values);
        return new Figures(counts, changed);
    }

    public Figures plus(Figures other) {
        Map<String, Integer> sum = new LinkedHashMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        Map<String, Map<String, Integer>> parts = new LinkedHashMap<>();
        breakdowns.forEach((k, v) -> parts.put(k, new TreeMap<>(v)));
        other.breakdowns.forEach((k, v) -> v.forEach((key, n) -> parts.computeIfAbsent(k, x -> new TreeMap<>()).merge(key, n, Integer::sum)));
        return new Figures(sum, parts);
    }

    /** Every count name in report order. */
    public static List<String> allCounts() {
        return Stream.of(PLEDGE_COUNTS, FINDING_COUNTS, MODEL_COUNTS).flatMap(List::stream).toList();
    }

    /** The JSON shape: every count (zeros included), the rates that exist, then the breakdowns. */
    @JsonValue
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        allCounts().forEach(c -> map.put(c, get(c)));
        RATES.forEach(r -> {
            Double value = rate(r);
            if (value != null) {
                map.put(r, value);
            }
        });
        BREAKDOWNS.forEach(b -> map.put(b, breakdown(b)));
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && asMap().equals(f.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
