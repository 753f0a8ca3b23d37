package id.timpora.meeting;

import id.timpora.common.Labelled;

/** Why a team meets: its regular (monthly) meeting, an incidental one, or the preparation of a joint operation. */
public enum MeetingKind implements Labelled {
    RUTIN,
    INSIDENTAL,
    PERSIAPAN_OPERASI;

    @Override
    public String messageKey() {
        return "meeting.kind." + name();
    }
}
