package vn.lamtheo.model.web.page;

import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The model registration form as the browser posts it. */
public class ModelForm {

    /** The parts of the registration form used in practice, in order. */
    static final List<String> PARTS = List.of("reason", "goals", "content", "scope", "forces", "resources", "timeline",
            "expectedResults", "replication");

    private Long version;
    private String idempotencyKey = UUID.randomUUID().toString();
    private String ownerUnitId;
    // Required fields and the start year's range are the registration form's rules (ModelValidation), checked all
    // at once through the backend: a bean constraint here would report the title alone, before the others.
    @Size(max = 300)
    private String title;
    private String field;
    private String kind = "COLLECTIVE";
    private Integer startYear;
    private Map<String, String> description = new LinkedHashMap<>();

    static ModelForm of(ModelPagesBackend.Model model) {
        ModelForm form = new ModelForm();
        form.version = model.version();
        form.ownerUnitId = model.ownerUnitId();
        form.title = model.content().title();
        form.field = model.content().field();
        form.kind = model.content().kind();
        form.startYear = model.content().startYear();
        form.description = new LinkedHashMap<>(model.content().description());
        return form;
    }

    ModelPagesBackend.Content content() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : PARTS) {
            String text = description.get(part);
            parts.put(part, text == null ? "" : text.strip());
        }
        return new ModelPagesBackend.Content(title == null ? null : title.strip(), field, kind, startYear, parts);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getOwnerUnitId() { return ownerUnitId; }
    public void setOwnerUnitId(String ownerUnitId) { this.ownerUnitId = ownerUnitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer startYear) { this.startYear = startYear; }
    public Map<String, String> getDescription() { return description; }
    public void setDescription(Map<String, String> description) { this.description = description; }
}
