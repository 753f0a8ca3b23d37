package id.timpora.intake.web;

import id.timpora.intake.PublicRejection;
import jakarta.validation.constraints.Size;

/** Marking a public report a duplicate ({@code duplicateOfId}) or rejecting it ({@code reason}), with a public note. */
class DecisionForm {

    private Long duplicateOfId;

    private PublicRejection reason;

    @Size(max = 500, message = "{validation.tooLong}")
    private String publicNote;

    private int version;

    static DecisionForm of(int version) {
        DecisionForm form = new DecisionForm();
        form.version = version;
        return form;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public PublicRejection getReason() {
        return reason;
    }

    public void setReason(PublicRejection reason) {
        this.reason = reason;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public void setPublicNote(String publicNote) {
        this.publicNote = publicNote;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
