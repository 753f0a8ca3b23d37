package id.timpora.subject;

import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One report of a subject on its timeline: when and where the person was seen, the permit seen then, and who reported
 * it from what source (a Kesbangpol patrol and a hotel's APOA notice weigh differently).
 */
public record Sighting(
        long reportId,
        Instant observedAt,
        PlaceType placeType,
        String address,
        String village,
        String district,
        String regency,
        ReportStatus status,
        PermitType permitType,
        LocalDate permitExpiry,
        String reportingAgency,
        ReportSource source) {

    /** "Putussibau Kota, Putussibau Utara, Kabupaten Kapuas Hulu": desa, kecamatan, kabupaten/kota. */
    public String region() {
        return Stream.of(village, district, regency).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
