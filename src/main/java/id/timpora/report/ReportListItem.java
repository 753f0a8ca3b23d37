package id.timpora.report;

import java.time.Instant;
import java.util.List;

/**
 * One row of the report list. The passport number is already masked: the full number never reaches a list page.
 *
 * @param village the desa/kelurahan where the subject was seen, "Putussibau Kota"
 * @param regency its kabupaten/kota, "Kabupaten Kapuas Hulu"
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
        List<Activity> activities) {

    /** "Putussibau Kota, Kabupaten Kapuas Hulu". */
    public String place() {
        return village + ", " + regency;
    }
}
