package vn.lamtheo.model.dvk;

/**
 * An entry of the "Dân vận khéo" (skilled mass mobilisation) list, imported from the district's records.
 *
 * @param unit the unit that runs it, as written in the list (a name or a unit id)
 */
public record DvkEntry(String id, String title, String unit, Integer year, String field, String description) {

    /** What the overlap engine compares: title and description. */
    public String text() {
        return description == null || description.isBlank() ? title : title + "\n\n" + description;
    }
}
