package vn.lamtheo.model.overlap;

import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.kernel.events.model.OverlapSource;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A text the overlap engine compares: a registry model or a Dân vận khéo entry. */
public record OverlapText(OverlapSource source, String id, String title, String text) {

    /** The model's title and registration form, joined by blank lines: what passage offsets refer to. */
    public static OverlapText ofModel(String modelId, ModelContent content) {
        ModelDescription d = content.description();
        String text = Stream.of(content.title(), d.reason(), d.goals(), d.content(), d.scope(), d.forces(), d.resources(),
                        d.timeline(), d.expectedResults(), d.replication())
                .filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n\n"));
        return new OverlapText(OverlapSource.MODEL, modelId, content.title(), text);
    }

    /** Engine keys are unique across sources. */
    public String key() {
        return source.name() + ":" + id;
    }
}
