package id.timpora.meeting;

import id.timpora.agency.OrganisationLevel;
import java.time.ZonedDateTime;

/**
 * A team with when it last held a meeting and its next planned one. Seed 003 asks for a monthly meeting, so a team that
 * has not met for more than {@link #MAX_DAYS_BETWEEN_MEETINGS} days (or never) is flagged.
 */
public record TeamCadence(
        long id,
        String name,
        OrganisationLevel level,
        String chairName,
        ZonedDateTime lastMet,
        Long daysSinceLastMet,
        ZonedDateTime nextMeeting,
        Long nextMeetingId) {

    public static final int MAX_DAYS_BETWEEN_MEETINGS = 31;

    public boolean neverMet() {
        return lastMet == null;
    }

    public boolean overdue() {
        return lastMet == null || daysSinceLastMet > MAX_DAYS_BETWEEN_MEETINGS;
    }
}
