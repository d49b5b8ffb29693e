package vn.lamtheo.supervision.visit;

import java.util.List;
import java.util.Map;

/**
 * What Lamtheo already knows about the visited unit in the visit's year, so the team checks instead of counting.
 * Read when the visit is shown, so the figures are today's.
 */
public record VisitFacts(int year, List<BranchFacts> branches, ModelFacts models, BookCabinetFacts bookCabinet) {

    /**
     * @param offTemplate             pledges the template check found something in
     * @param missingLastYearShortcomings pledges that do not name last year's shortcomings
     * @param thematicMeetings        thematic meetings (or regular ones with a thematic part) recorded this year
     */
    public record BranchFacts(String unitId, String name, int members, int submitted, int approved, int copySuspected,
                              int offTemplate, int missingLastYearShortcomings, int thematicMeetings) {
    }

    /**
     * @param neverReassessed models carried over into the year without a re-assessment
     */
    public record ModelFacts(int proposed, Map<String, Integer> byField, Map<String, Integer> byStatus,
                             int neverReassessed, int overlapDanVanKheo) {
    }

    /** The book cabinets' figures, once that context publishes them; until then {@code available} is false. */
    public record BookCabinetFacts(boolean available, String note) {
    }
}
