package vn.lamtheo.supervision.recommendation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationDone;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationOpened;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationReopened;
import vn.lamtheo.supervision.recommendation.RecommendationEvent.RecommendationVerified;

/** Keeps {@link RecommendationView} in step; an opening does not overwrite an existing view, so a redelivery is harmless. */
@Component
@ProcessingGroup("supervision-recommendations")
public class RecommendationProjection {

    private final RecommendationViews views;

    public RecommendationProjection(RecommendationViews views) {
        this.views = views;
    }

    @EventHandler
    void on(RecommendationOpened e) {
        if (views.find(e.recommendationId()).isEmpty()) {
            views.save(RecommendationView.opened(e));
        }
    }

    @EventHandler
    void on(RecommendationDone e) {
        views.find(e.recommendationId()).ifPresent(v -> views.save(v.done(e)));
    }

    @EventHandler
    void on(RecommendationVerified e) {
        views.find(e.recommendationId()).ifPresent(v -> views.save(v.verified(e)));
    }

    @EventHandler
    void on(RecommendationReopened e) {
        views.find(e.recommendationId()).ifPresent(v -> views.save(v.reopened(e)));
    }

    @ResetHandler
    void reset() {
        views.drop();
    }
}
