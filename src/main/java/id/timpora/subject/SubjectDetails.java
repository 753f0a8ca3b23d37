package id.timpora.subject;

import id.timpora.report.PassportMask;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A subject as its page and the report panel show it. The latest permit and the last sighting are the subject's own
 * (kept from all its reports); {@code sightings} counts only those inside the viewer's jurisdiction.
 */
public record SubjectDetails(
        long id,
        String fullName,
        String nationality,
        Sex sex,
        LocalDate birthDate,
        String passportNumber,
        PermitType permitType,
        String permitNumber,
        LocalDate permitExpiry,
        Instant lastSeenAt,
        int sightings) {

    public String maskedPassport() {
        return PassportMask.mask(passportNumber);
    }

    public boolean overstay() {
        return Overstay.signalled(permitExpiry, lastSeenAt);
    }
}
