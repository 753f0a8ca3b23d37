package id.timpora.meeting;

import java.util.Set;

/**
 * Published inside the transaction that planned, changed or cancelled a meeting, after its rows are written, so that
 * listeners (the notifications) tell the invited agencies atomically with the change. It carries the calendar files
 * to mail: {@code requestIcs} (METHOD:REQUEST, for the agencies invited now; null for a cancellation) and
 * {@code cancelIcs} (METHOD:CANCEL, for the agencies no longer invited, or all of them when it is cancelled; null when
 * nobody needs it). SEQUENCE in both is the meeting's version, raised by every change.
 */
public record MeetingAnnounced(
        long meetingId,
        Change change,
        String title,
        Set<Long> invitedAgencyIds,
        Set<Long> uninvitedAgencyIds,
        String requestIcs,
        String cancelIcs,
        long actorId) {

    /** One of this event's calendar files addressed to one invitee: with their ATTENDEE line. */
    public static String addressedTo(String ics, String email) {
        return CalendarInvitation.addressedTo(ics, email);
    }

    public enum Change {
        INVITED,
        CHANGED,
        CANCELLED
    }
}
