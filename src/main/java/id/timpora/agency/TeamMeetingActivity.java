package id.timpora.agency;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * When teams last held a coordination meeting. The meeting feature implements it, so the team administration can show
 * it without the agency feature depending on meetings.
 */
public interface TeamMeetingActivity {

    /** A team's last held meeting, in the team's zone, how many days ago that was, and whether that is too long. */
    record LastMeeting(ZonedDateTime heldAt, long daysAgo, boolean overdue) {}

    /** The last held meeting of each of the teams; a team that never met is absent from the map. */
    Map<Long, LastMeeting> lastMeetings(Collection<Long> teamIds);
}
