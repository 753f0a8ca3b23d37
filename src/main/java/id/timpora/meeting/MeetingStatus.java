package id.timpora.meeting;

import id.timpora.common.Labelled;

/** A meeting is planned, then held or cancelled (with a reason); held and cancelled are final. */
public enum MeetingStatus implements Labelled {
    DIRENCANAKAN,
    SELESAI,
    DIBATALKAN;

    @Override
    public String messageKey() {
        return "meeting.status." + name();
    }
}
