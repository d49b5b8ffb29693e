package vn.lamtheo.model.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.lamtheo.kernel.events.model.ModelKind;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.kernel.events.model.ReassessmentOutcome;
import vn.lamtheo.model.api.ModelCalendar;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One model as the registry, the curator's queue and the feed list it. Kept inside the registry index
 * documents, so a listing is a handful of reads whatever the filters.
 *
 * @param search folded title and description opening, for the diacritic-insensitive query
 */
public record RegistryCard(String id, String title, String field, ModelKind kind, String unitId, String communeId,
                           ModelStatus status, Integer startYear, Integer registeredYear, Instant retiredAt, int adopters,
                           LastReassessment lastReassessment, List<Integer> reassessedYears, List<Integer> carriedOverYears,
                           String search, String summary, Instant submittedAt, Instant registeredAt, Instant featuredAt,
                           Instant updatedAt, Double overlapScore, boolean overlapFlagged) {

    public RegistryCard {
        reassessedYears = reassessedYears == null ? List.of() : List.copyOf(reassessedYears);
        carriedOverYears = carriedOverYears == null ? List.of() : List.copyOf(carriedOverYears);
    }

    public record LastReassessment(int year, ReassessmentOutcome outcome) {
    }

    /** The years the model was in the registry: from registration to retirement, or to {@code currentYear}. */
    public List<Integer> yearsActive(int currentYear) {
        if (registeredYear == null) {
            return List.of();
        }
        int last = retiredAt == null ? currentYear : ModelCalendar.yearOf(retiredAt);
        return IntStream.rangeClosed(registeredYear, Math.max(registeredYear, last)).boxed().toList();
    }

    /** Registered in an earlier year and not re-assessed with evidence for {@code year}. */
    @JsonIgnore
    public boolean carriedOverWithoutResults(int year) {
        return status != null && status.isPublic() && registeredYear != null && registeredYear < year
                && !reassessedYears.contains(year);
    }
}
