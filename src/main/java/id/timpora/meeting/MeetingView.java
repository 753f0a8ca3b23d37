package id.timpora.meeting;

import id.timpora.common.TimeZones;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything the meeting page and its printed documents show, read in a few queries. */
public record MeetingView(
        long id,
        long teamId,
        String teamName,
        String chairAgencyName,
        MeetingKind kind,
        String title,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String place,
        String agenda,
        MeetingStatus status,
        String cancelReason,
        String minutes,
        String minutesHtml,
        List<String> decisions,
        String createdBy,
        int version,
        List<Invitee> invitees,
        List<Attendee> attendees,
        List<ActionItem> actionItems,
        Previous previous,
        List<DiscussedReport> reports,
        boolean editable) {

    /** An invited agency and how many of its people came (none: absent). */
    public record Invitee(long agencyId, String name, boolean chair, int present) {

        public boolean absent() {
            return present == 0;
        }
    }

    public record Attendee(long id, String name, long agencyId, String agencyName, String position) {}

    public record ActionItem(
            long id,
            String description,
            long responsibleAgencyId,
            String responsibleAgencyName,
            LocalDate dueDate,
            ActionItemStatus status,
            boolean overdue,
            String doneNote,
            Instant doneAt,
            String doneBy,
            boolean changeable) {

        public boolean open() {
            return status == ActionItemStatus.TERBUKA;
        }

        /** Whether the user may mark it done now. */
        public boolean closable() {
            return changeable && open();
        }

        /** Whether the user may open it again. */
        public boolean reopenable() {
            return changeable && !open();
        }
    }

    /** The team's previous meeting (held or planned, not cancelled) and what is still open from it. */
    public record Previous(long id, String title, ZonedDateTime startsAt, List<ActionItem> openItems) {}

    /**
     * A report discussed. Invited users who may not see the report get its number only: no name, no link that would
     * lead them to a 404 or tell them more.
     */
    public record DiscussedReport(long id, boolean visible, String fullName, String nationality, ReportStatus status) {}

    public String zoneAbbreviation() {
        return TimeZones.abbreviation(startsAt.getZone());
    }

    public boolean planned() {
        return status == MeetingStatus.DIRENCANAKAN;
    }

    public boolean cancelled() {
        return status == MeetingStatus.DIBATALKAN;
    }

    public List<Invitee> absentees() {
        return invitees.stream().filter(Invitee::absent).toList();
    }

    public long doneItems() {
        return actionItems.stream().filter(item -> !item.open()).count();
    }

    /** Done items as a whole percentage of all items; 0 without items. */
    public int progressPercent() {
        return actionItems.isEmpty() ? 0 : (int) (doneItems() * 100 / actionItems.size());
    }
}
