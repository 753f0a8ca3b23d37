package id.timpora.report.web;

import id.timpora.report.RejectionReason;
import id.timpora.report.ReportStatus;
import id.timpora.report.StatusChange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class StatusForm {

    @NotNull(message = "{validation.required}")
    private ReportStatus target;

    @Size(max = 2000, message = "{validation.tooLong}")
    private String note;

    private RejectionReason rejectionReason;

    private Long duplicateOfId;

    private int version;

    StatusChange toChange() {
        return new StatusChange(target, note, rejectionReason, duplicateOfId, version);
    }

    public ReportStatus getTarget() {
        return target;
    }

    public void setTarget(ReportStatus target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(RejectionReason rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
