package id.timpora.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Taking a verification back: why (required; it goes into the report's history and the audit log). */
class ReturnForm {

    @NotBlank(message = "{report.error.returnReason}")
    @Size(max = 2000, message = "{validation.tooLong}")
    private String reason;

    private int version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
