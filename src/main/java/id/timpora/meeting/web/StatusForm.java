package id.timpora.meeting.web;

import id.timpora.meeting.MeetingStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class StatusForm {

    @NotNull(message = "{validation.required}")
    private MeetingStatus target;

    @Size(max = 1000, message = "{validation.tooLong}")
    private String reason;

    public MeetingStatus getTarget() {
        return target;
    }

    public void setTarget(MeetingStatus target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
