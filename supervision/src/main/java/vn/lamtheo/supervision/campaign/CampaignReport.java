package vn.lamtheo.supervision.campaign;

import vn.lamtheo.supervision.recommendation.RecommendationView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaign report of a year's visits: per criterion the share of visits that passed it and the units that failed
 * it, the thematic meetings held against the requirement, the registered models never propagated, the strengths and shortcomings written from those figures,
 * and the recommendations still open and overdue.
 *
 * @param asOf the day "overdue" is measured against (today in Vietnam)
 */
public record CampaignReport(int year, String unitId, String unitName, LocalDate asOf, Instant generatedAt,
                             int visits, int visitsClosed, List<Criterion> criteria, Meetings meetings, Propaganda propaganda,
                             List<String> strengths, List<String> shortcomings,
                             List<OpenRecommendation> openRecommendations, int overdueRecommendations) {

    /**
     * A PASS / FAIL item. {@code passShare} is passed ÷ (passed + failed): NOT_APPLICABLE is left out; absent when no
     * visit answered it either way.
     */
    public record Criterion(String key, String section, String text, boolean critical, int passed, int failed,
                            int notApplicable, Double passShare, List<String> failedUnits) {
    }

    /** Branches with at least {@code required} thematic meetings in the year, of all branches in scope. */
    public record Meetings(int required, int branches, int branchesMeetingRequirement, int thematicMeetings) {
    }

    /** Registered (or featured) models owned in scope, and how many of them were never posted on any channel. */
    public record Propaganda(int registeredModels, int neverPropagated) {
    }

    public record OpenRecommendation(RecommendationView recommendation, String ownerUnitName, boolean overdue) {
    }
}
