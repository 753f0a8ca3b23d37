package id.timpora.intake;

import java.time.Duration;
import java.time.Instant;

/** A public report in the triage queue. {@link #overdue} after 24 hours of waiting. */
public record PublicReportItem(
        long id,
        PublicReportStatus status,
        String description,
        int peopleCount,
        String nationality,
        String regionCode,
        String regionLabel,
        Instant observedAt,
        Instant receivedAt,
        int photoCount) {

    public static final Duration OVERDUE_AFTER = Duration.ofHours(24);

    /** "menunggu 3 hari", "menunggu 5 jam", as the report queue says it (the same message keys). */
    public Waited waited(Instant now) {
        Duration waited = Duration.between(receivedAt, now);
        if (waited.toDays() >= 1) {
            return new Waited("report.list.waited.days", waited.toDays());
        }
        if (waited.toHours() >= 1) {
            return new Waited("report.list.waited.hours", waited.toHours());
        }
        return new Waited("report.list.waited.lessThanHour", 1);
    }

    public boolean overdue(Instant now) {
        return Duration.between(receivedAt, now).compareTo(OVERDUE_AFTER) > 0;
    }

    public record Waited(String messageKey, long amount) {}
}
