package id.timpora.intake;

import id.timpora.report.Activity;
import java.time.Instant;
import java.util.List;

/**
 * A public report as the officers of its jurisdiction see it: what was sent, the sender's name and phone if given, and
 * how it was decided. Never the sender's address or the abuse-protection columns.
 */
public record PublicReportView(
        long id,
        PublicReportStatus status,
        String description,
        int peopleCount,
        String nationality,
        Activity activity,
        Instant observedAt,
        String regionCode,
        String regionLabel,
        String address,
        String reporterName,
        String reporterPhone,
        Instant receivedAt,
        Instant decidedAt,
        String decidedByName,
        PublicRejection rejectionReason,
        Long duplicateOfId,
        Long acceptedReportId,
        String publicNote,
        int version,
        List<PhotoInfo> photos,
        java.math.BigDecimal latitude,
        java.math.BigDecimal longitude) {

    public record PhotoInfo(long id, String fileName, int sizeBytes) {}

    public boolean anonymous() {
        return reporterName == null && reporterPhone == null;
    }

    public boolean waiting() {
        return status == PublicReportStatus.MENUNGGU;
    }
}
