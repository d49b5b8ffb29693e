package vn.lamtheo.model.web;

import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.kernel.events.model.ModelKind;

/** The body of {@code POST /api/models} and {@code PUT /api/models/{id}}: the registration form. */
public record ModelRequest(String title, String field, ModelKind kind, Integer startYear, String ownerUnitId,
                           ModelDescription description) {

    ModelContent content() {
        return new ModelContent(title == null ? null : title.strip(), field, kind, startYear, description);
    }
}
