package id.timpora.report;

import id.timpora.common.FileSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Everything the detail page shows of one report. */
public record ReportView(
        long id,
        ReportStatus status,
        ReportData data,
        String regionLabel,
        String reporterName,
        long reporterId,
        String reportingAgencyName,
        Long handlingAgencyId,
        String handlingAgencyName,
        Long subjectId,
        String subjectName,
        RejectionReason rejectionReason,
        Long duplicateOfId,
        Instant createdAt,
        int version,
        List<History> history,
        List<FollowUp> followUps,
        List<Attachment> attachments) {

    public record History(ReportStatus from, ReportStatus to, String by, Instant at, String note) {}

    public record FollowUp(FollowUpType type, String agencyName, LocalDate actionDate, String outcome, String by) {}

    public record Attachment(long id, String fileName, String contentType, int sizeBytes) {

        public boolean image() {
            return contentType.startsWith("image/");
        }

        /** "151 B", "12 KB", "1,4 MB": a small photo is not "0 KB". */
        public String sizeLabel(Locale locale) {
            return FileSize.label(sizeBytes, locale);
        }

        /** JPEG, PNG or PDF. */
        public String kindLabel() {
            return switch (contentType) {
                case "image/jpeg" -> "JPEG";
                case "image/png" -> "PNG";
                case "application/pdf" -> "PDF";
                default -> contentType;
            };
        }
    }

    public Set<ReportStatus> nextStatuses() {
        return status.next();
    }

    /** The reporter corrects their own report while it is new; nobody else edits it. */
    public boolean editableBy(long userId) {
        return reporterId == userId && status == ReportStatus.BARU;
    }

    public boolean canBeRejected() {
        return status.canMoveTo(ReportStatus.DITOLAK);
    }

    public boolean hasCoordinates() {
        BigDecimal latitude = data.latitude();
        return latitude != null && data.longitude() != null;
    }
}
