package id.timpora.dashboard;

import id.timpora.account.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The meetings part of the dashboard: upcoming coordination meetings and overdue action items of the user's teams.
 * Meetings belong to the meeting feature; {@code MeetingOverviewDigest} adapts its read-only overview, living in this
 * package so that meeting needs to know nothing of the dashboard.
 */
public interface MeetingDigest {

    /**
     * Meetings yet to take place that the user may see, soonest first; with a region code, only those of teams in that
     * region (or below it), as the dashboard drilled into it shows.
     */
    List<UpcomingMeeting> upcoming(CurrentUser user, String regionCode, int limit);

    /** Open action items past their due date that the user may see, most overdue first; narrowed like upcoming. */
    List<OverdueActionItem> overdueActionItems(CurrentUser user, String regionCode, int limit);

    /** A meeting as the dashboard lists it; its page is {@code /rapat/{id}}. */
    record UpcomingMeeting(long id, String title, Instant startsAt, String place, String teamName) {}

    /** An action item as the dashboard lists it, with the meeting it was decided in ({@code /rapat/{meetingId}}). */
    record OverdueActionItem(
            long meetingId, String meetingTitle, String description, String responsibleAgency, LocalDate dueDate) {}
}
