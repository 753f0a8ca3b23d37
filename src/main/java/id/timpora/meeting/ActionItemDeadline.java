package id.timpora.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an action item becomes overdue. A due date is a calendar day of the agency that must do the work, so the item
 * is overdue once that day has ended where the agency is: for "due 23 November" that is 24 November 00:00 WIT
 * (15:00 UTC on the 23rd) for an agency in Papua, but 00:00 WIB (17:00 UTC) for one in Kalimantan Barat. The instant
 * is stored with the item ({@code due_at}), so lists and counts test it in SQL with an index.
 */
public final class ActionItemDeadline {

    private ActionItemDeadline() {}

    /** The first instant at which an item due on {@code dueDate} for an agency in {@code zone} is overdue. */
    public static Instant of(LocalDate dueDate, ZoneId zone) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public static boolean isOverdue(ActionItemStatus status, Instant deadline, Instant now) {
        return status == ActionItemStatus.TERBUKA && !now.isBefore(deadline);
    }
}
