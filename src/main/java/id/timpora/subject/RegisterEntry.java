package id.timpora.subject;

import id.timpora.report.PassportMask;
import id.timpora.report.PermitType;
import java.time.LocalDate;

/**
 * One person of the register as one viewer sees them: {@code passportNumber} is already masked for a reporter
 * ({@link PassportMask}); {@code today} is the viewer's date, so that "expired" is the viewer's day.
 */
public record RegisterEntry(
        long subjectId,
        String fullName,
        String nationality,
        String passportNumber,
        String occupation,
        String sponsorName,
        PermitType permitType,
        String permitNumber,
        LocalDate permitExpiry,
        String address,
        String regionCode,
        String regionName,
        String districtName,
        LocalDate today) {

    public boolean expired() {
        return permitExpiry.isBefore(today);
    }

    public boolean expiringSoon() {
        return !expired() && !permitExpiry.isAfter(today.plusDays(30));
    }
}
