package vn.lamtheo.pledge.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The secretary's decision on a pledge, one form object for the four actions of the review page. */
public class ReviewDecisionForm {

    private Long version;
    private String idempotencyKey = UUID.randomUUID().toString();
    private String note;
    private String reason;
    private Map<String, String> comments = new LinkedHashMap<>();
    private List<String> sourceIds = new ArrayList<>();
    /** The reviewer has seen the confirmation page of approving a suspected pledge and confirmed. */
    private boolean confirmed;

    /** Per-section comments without the empty ones. */
    Map<String, String> nonBlankComments() {
        Map<String, String> result = new LinkedHashMap<>();
        comments.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                result.put(key, text.strip());
            }
        });
        return result;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Map<String, String> getComments() { return comments; }
    public void setComments(Map<String, String> comments) { this.comments = comments; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public List<String> getSourceIds() { return sourceIds; }
    public void setSourceIds(List<String> sourceIds) { this.sourceIds = sourceIds; }
}
