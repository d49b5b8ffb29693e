package vn.lamtheo.pledge.web.page;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pledge form as the browser posts it. Blank fields are allowed in a draft; the template check runs on submit. */
public class PledgeForm {

    private Integer year;
    private String templateKind = "PARTY_MEMBER";
    private Long version;
    /** One per rendered form: a double-clicked or retried post is applied once. */
    private String idempotencyKey = UUID.randomUUID().toString();
    @Size(max = 200)
    private String fullName;
    @Min(1900)
    @Max(2100)
    private Integer birthYear;
    @Size(max = 300)
    private String position;
    @Size(max = 4000)
    private String assignedDuties;
    private Map<String, String> sections = new LinkedHashMap<>();
    private List<String> followsModelIds = new ArrayList<>();

    static PledgeForm of(PledgePagesBackend.Pledge pledge) {
        PledgeForm form = new PledgeForm();
        form.year = pledge.year();
        form.templateKind = pledge.templateKind();
        form.version = pledge.version();
        PledgePagesBackend.Header header = pledge.content().header();
        if (header != null) {
            form.fullName = header.fullName();
            form.birthYear = header.birthYear();
            form.position = header.position();
            form.assignedDuties = header.assignedDuties();
        }
        form.sections = new LinkedHashMap<>(pledge.content().sections());
        form.followsModelIds = new ArrayList<>(pledge.content().followsModelIds());
        return form;
    }

    PledgePagesBackend.Content content() {
        Map<String, String> cleaned = new LinkedHashMap<>();
        sections.forEach((key, text) -> cleaned.put(key, text == null ? "" : text.strip()));
        return new PledgePagesBackend.Content(
                new PledgePagesBackend.Header(trim(fullName), birthYear, trim(position), trim(assignedDuties)), cleaned,
                followsModelIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList());
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTemplateKind() { return templateKind; }
    public void setTemplateKind(String templateKind) { this.templateKind = templateKind; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getAssignedDuties() { return assignedDuties; }
    public void setAssignedDuties(String assignedDuties) { this.assignedDuties = assignedDuties; }
    public Map<String, String> getSections() { return sections; }
    public List<String> getFollowsModelIds() { return followsModelIds; }
    public void setFollowsModelIds(List<String> followsModelIds) { this.followsModelIds = followsModelIds == null ? new ArrayList<>() : followsModelIds; }
    public void setSections(Map<String, String> sections) { this.sections = sections; }
}
