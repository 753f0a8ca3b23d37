package id.timpora.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row of the report list. The passport number is already masked: the full number never reaches a list page.
 *
 * @param receivedAt when the report arrived (waktu diterima), from which a new report's waiting time is counted *
 * @param village the desa/kelurahan where the subject was seen, "Putussibau Kota"
 * @param regency its kabupaten/kota, "Kabupaten Kapuas Hulu"
 * @param highlight a mark from {@link ReportHighlights} (the name of an active watch period it matches), or null
 */
public record ReportListItem(
        long id,
        Instant observedAt,
        String fullName,
        String nationality,
        String maskedPassport,
        PermitType permitType,
        ReportStatus status,
        String village,
        String regency,
        String reportingAgency,
        List<Activity> activities,
        Instant receivedAt,
        String highlight) {

    /** How long a new report has waited since it arrived, for the queue: "3 hari", "5 jam", "kurang dari 1 jam". */
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

    /** A waiting time as a message key and its number. */
    public record Waited(String messageKey, long amount) {}

    /** "Putussibau Kota, Kabupaten Kapuas Hulu". */
    public String place() {
        return village + ", " + regency;
    }
}
