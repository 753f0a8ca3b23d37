package id.timpora.meeting.web;

import id.timpora.meeting.ActionItemData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

class ActionItemForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    private String description;

    @NotNull(message = "{validation.required}")
    private Long responsibleAgencyId;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    ActionItemData toData() {
        return new ActionItemData(description, responsibleAgencyId, dueDate);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getResponsibleAgencyId() {
        return responsibleAgencyId;
    }

    public void setResponsibleAgencyId(Long responsibleAgencyId) {
        this.responsibleAgencyId = responsibleAgencyId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
