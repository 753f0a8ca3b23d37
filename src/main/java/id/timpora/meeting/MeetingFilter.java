package id.timpora.meeting;

import id.timpora.common.Labelled;

/** Which meetings a list shows: upcoming (planned and not yet over), past, or all; optionally of one team. */
public record MeetingFilter(Period period, Long teamId) {

    public enum Period implements Labelled {
        UPCOMING,
        PAST,
        ALL;

        @Override
        public String messageKey() {
            return "meeting.period." + name();
        }
    }
}
