package vn.lamtheo.model.web.page;

import java.util.UUID;

/** One form object for the curator's and the owner's actions on the model page. */
public class ModelDecisionForm {

    private Long version;
    private String idempotencyKey = UUID.randomUUID().toString();
    private String reason;
    private String note;
    private String overlapsWith;
    private Integer year;
    private String outcome = "KEEP";
    private String evidence;
    /** None by default: retiring is a decision, its reason is chosen on purpose. */
    private String retireReason;
    /** The curator has seen the confirmation page of retiring and confirmed. */
    private boolean confirmed;
    private String mergedInto;
    private String unitId;
    private String result;

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getOverlapsWith() { return overlapsWith; }
    public void setOverlapsWith(String overlapsWith) { this.overlapsWith = overlapsWith; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getRetireReason() { return retireReason; }
    public void setRetireReason(String retireReason) { this.retireReason = retireReason; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public String getMergedInto() { return mergedInto; }
    public void setMergedInto(String mergedInto) { this.mergedInto = mergedInto; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
}
