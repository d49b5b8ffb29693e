package vn.lamtheo.kernel.events.model;

/**
 * What a model says: the part the owner writes and edits.
 *
 * @param field     one of the configured fields (lĩnh vực), e.g. KINH_TE; a string because the list is configuration
 * @param startYear the year the model started
 */
public record ModelContent(String title, String field, ModelKind kind, Integer startYear, ModelDescription description) {
    public ModelContent {
        description = description == null ? ModelDescription.EMPTY : description;
    }
}
