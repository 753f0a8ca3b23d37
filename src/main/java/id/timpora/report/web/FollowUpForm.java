package id.timpora.report.web;

import id.timpora.report.FollowUpData;
import id.timpora.report.FollowUpType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A follow-up of a verified report; the date is typed (17/08/2026) and read by the application's formatters. */
class FollowUpForm {

    @NotNull(message = "{validation.required}")
    private FollowUpType type;

    @NotNull(message = "{validation.required}")
    private Long responsibleAgencyId;

    @NotNull(message = "{validation.required}")
    private LocalDate actionDate;

    @Size(max = 4000, message = "{validation.tooLong}")
    private String outcome;

    FollowUpData toData() {
        return new FollowUpData(type, responsibleAgencyId, actionDate, outcome);
    }

    public FollowUpType getType() {
        return type;
    }

    public void setType(FollowUpType type) {
        this.type = type;
    }

    public Long getResponsibleAgencyId() {
        return responsibleAgencyId;
    }

    public void setResponsibleAgencyId(Long responsibleAgencyId) {
        this.responsibleAgencyId = responsibleAgencyId;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public void setActionDate(LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
