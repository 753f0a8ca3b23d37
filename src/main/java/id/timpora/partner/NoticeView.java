package id.timpora.partner;

import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import java.time.Instant;
import java.time.LocalDate;

/** A notice as shown on the lists, its page and its receipt. */
public record NoticeView(
        long id,
        long organisationId,
        String organisationName,
        NoticeKind kind,
        String fullName,
        String nationality,
        Sex sex,
        LocalDate birthDate,
        String passportNumber,
        LocalDate passportExpiry,
        PermitType permitType,
        String permitNumber,
        String room,
        Instant checkInAt,
        Instant checkOutAt,
        Activity purpose,
        String position,
        String workLocation,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate stayDate,
        boolean late,
        long reportId,
        String receiptNumber,
        Instant submittedAt,
        String submittedByName,
        int version) {

    public boolean guest() {
        return kind == NoticeKind.TAMU;
    }

    public boolean checkedOut() {
        return checkOutAt != null;
    }
}
