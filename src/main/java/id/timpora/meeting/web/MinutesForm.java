package id.timpora.meeting.web;

import jakarta.validation.constraints.Size;

class MinutesForm {

    @Size(max = 50000, message = "{validation.tooLong}")
    private String minutes;

    @Size(max = 10000, message = "{validation.tooLong}")
    private String decisions;

    private int version;

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
