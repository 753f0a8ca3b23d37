package id.timpora.meeting.web;

import id.timpora.meeting.MeetingView;
import jakarta.validation.constraints.Size;

class MinutesForm {

    @Size(max = 50000, message = "{validation.tooLong}")
    private String minutes;

    @Size(max = 10000, message = "{validation.tooLong}")
    private String decisions;

    private int version;

    /** The minutes and decisions (one per line) as saved, and the version they were read at. */
    static MinutesForm of(MeetingView meeting) {
        MinutesForm form = new MinutesForm();
        form.minutes = meeting.minutes();
        form.decisions = String.join("\n", meeting.decisions());
        form.version = meeting.version();
        return form;
    }

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
