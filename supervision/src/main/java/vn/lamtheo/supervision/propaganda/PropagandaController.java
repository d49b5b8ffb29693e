package vn.lamtheo.supervision.propaganda;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.store.SupervisionCommands;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A model's propaganda, kept by supervision (the context that reports it): {@code POST
 * /api/supervision/models/{modelId}/propaganda} {channel, date, link?} (a committee officer whose commune holds the
 * model's owner unit) and {@code GET} of the same path (the postings, for the committee, the team and the curator).
 */
@RestController
@RequestMapping("/api/supervision/models/{modelId}/propaganda")
public class PropagandaController {

    private static final String MODEL = "mô hình / model";

    private final CurrentActor currentActor;
    private final SupervisionCommands commands;
    private final PropagandaViews views;
    private final SupervisionAccess access;

    public PropagandaController(CurrentActor currentActor, SupervisionCommands commands, PropagandaViews views,
                                SupervisionAccess access) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.views = views;
        this.access = access;
    }

    public record PostBody(Channel channel, LocalDate date, String link) {
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> record(@PathVariable String modelId, @RequestBody PostBody body) {
        String id = UUID.randomUUID().toString();
        commands.send(new RecordModelPost(id, views.model(modelId).orElse(null), body.channel(), body.date(), body.link(),
                currentActor.get()), MODEL);
        return ResponseEntity.created(URI.create("/api/supervision/models/" + modelId + "/propaganda")).body(Map.of("id", id));
    }

    @GetMapping
    public List<ModelPostView> list(@PathVariable String modelId) {
        var model = views.model(modelId).orElseThrow(() -> new NotFoundException(MODEL));
        access.requirePropagandaReader(currentActor.get(), model.ownerUnitId());
        return views.postsOf(modelId);
    }
}
