package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.model.api.RecordOverlapCheck;
import vn.lamtheo.model.store.Documents;

import java.util.List;

/**
 * On submit and on revise, compares the model with the registry and the Dân vận khéo list and records the
 * result on the model. Keeps the latest content of each model itself (from the events), so it never waits for
 * another projection. On a replay it only rebuilds the engine's index: the findings are already events.
 */
@Component
@ProcessingGroup(OverlapCheckHandler.PROCESSING_GROUP)
public class OverlapCheckHandler {

    /** Runs one event at a time, in order ({@link OverlapConfiguration#modelOverlapProcessor()}). */
    public static final String PROCESSING_GROUP = "model-overlap";

    private static final Logger log = LoggerFactory.getLogger(OverlapCheckHandler.class);

    private final OverlapEngine engine;
    private final CommandGateway gateway;
    private final MongoCollection<Document> contents;

    public OverlapCheckHandler(OverlapEngine engine, CommandGateway gateway, MongoDatabase database) {
        this.engine = engine;
        this.gateway = gateway;
        this.contents = database.getCollection("model_overlap_contents");
    }

    @EventHandler
    public void on(ModelDrafted e) {
        remember(e.modelId(), e.content());
    }

    @EventHandler
    public void on(ModelEdited e) {
        remember(e.modelId(), e.content());
    }

    @EventHandler
    public void on(ModelSubmitted e, ReplayStatus replay) {
        Document stored = contents.find(Filters.eq("_id", e.modelId())).first();
        if (stored != null) {
            check(OverlapText.ofModel(e.modelId(), Documents.fromDocument(stored.get("content", Document.class), ModelContent.class)), replay);
        }
    }

    @EventHandler
    public void on(ModelRevised e, ReplayStatus replay) {
        remember(e.modelId(), e.content());
        check(OverlapText.ofModel(e.modelId(), e.content()), replay);
    }

    @EventHandler
    public void on(ModelRetired e) {
        engine.remove(OverlapSource.MODEL, e.modelId());
    }

    @ResetHandler
    public void reset() {
        engine.removeAll(OverlapSource.MODEL);
        contents.drop();
    }

    private void remember(String modelId, ModelContent content) {
        contents.replaceOne(Filters.eq("_id", modelId), new Document("_id", modelId).append("content", Documents.toDocument(content)),
                new ReplaceOptions().upsert(true));
    }

    private void check(OverlapText text, ReplayStatus replay) {
        if (replay != null && replay.isReplay()) {
            engine.index(text);
            return;
        }
        List<OverlapFinding> findings = engine.findOverlaps(text);
        engine.index(text);
        double score = findings.stream().mapToDouble(OverlapFinding::score).max().orElse(0);
        gateway.sendAndWait(new RecordOverlapCheck(text.id(), score, findings, SystemActor.OVERLAP_CHECK));
        log.info("Overlap check of model {}: {} finding(s), best score {}", text.id(), findings.size(), score);
    }
}
