package vn.lamtheo.supervision.recommendation;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.supervision.visit.EarlierRecommendations;

import java.time.Instant;
import java.util.List;

/** The earlier recommendations a visit checks: open or done, not yet verified, addressed within the visited unit. */
@Component
class RecommendationsToCheck implements EarlierRecommendations {

    private final RecommendationViews views;
    private final Directory directory;

    RecommendationsToCheck(RecommendationViews views, Directory directory) {
        this.views = views;
        this.directory = directory;
    }

    @Override
    public List<Earlier> toCheck(String unitId, Instant plannedAt) {
        List<String> units = directory.subtree(unitId).stream().map(Unit::id).toList();
        return views.find(units, null, null).stream()
                .filter(r -> r.status() != RecommendationStatus.VERIFIED && r.openedAt().isBefore(plannedAt))
                .map(r -> new Earlier(r.id(), r.ownerUnitId(), r.visitId(), r.itemKey(), r.recommendation(), r.dueDate(),
                        r.status().name(), r.evidence()))
                .toList();
    }
}
