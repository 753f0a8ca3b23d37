package id.timpora.meeting.web;

import id.timpora.meeting.AttendeeData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class AttendeeForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Long agencyId;

    @Size(max = 120, message = "{validation.tooLong}")
    private String position;

    AttendeeData toData() {
        return new AttendeeData(name, agencyId, position);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
