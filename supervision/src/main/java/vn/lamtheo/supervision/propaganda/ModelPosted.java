package vn.lamtheo.supervision.propaganda;

import java.time.Instant;
import java.time.LocalDate;

/** A model was posted on a channel on a day. Internal to supervision; stored by class name, so this record does not move. */
public record ModelPosted(String postId, String modelId, String ownerUnitId, String actorId, Instant at, Channel channel,
                          LocalDate date, String link) {
}
