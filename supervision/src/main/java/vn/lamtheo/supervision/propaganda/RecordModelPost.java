package vn.lamtheo.supervision.propaganda;

import vn.lamtheo.platform.security.Actor;

import java.time.LocalDate;

/**
 * A committee records that a model was posted. {@code model} is what supervision knows of the model named in the
 * path, null when it knows none.
 */
public record RecordModelPost(String postId, PostedModel model, Channel channel, LocalDate date, String link, Actor actor) {

    /** What the post needs to know of its model. */
    public record PostedModel(String modelId, String ownerUnitId, boolean registered) {
    }
}
