package vn.lamtheo.supervision.propaganda;

import java.time.Instant;
import java.time.LocalDate;

/** One posting of a model as the model's propaganda list reads it. */
public record ModelPostView(String id, String modelId, String ownerUnitId, Channel channel, LocalDate date, String link,
                            String recordedBy, Instant recordedAt) {

    static ModelPostView of(ModelPosted e) {
        return new ModelPostView(e.postId(), e.modelId(), e.ownerUnitId(), e.channel(), e.date(), e.link(), e.actorId(), e.at());
    }
}
