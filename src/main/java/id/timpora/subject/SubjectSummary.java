package id.timpora.subject;

import id.timpora.report.PassportMask;
import id.timpora.report.PermitType;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the subject list; {@code reports} counts only the reports inside the viewer's jurisdiction. */
public record SubjectSummary(
        long id,
        String fullName,
        String nationality,
        String passportNumber,
        PermitType permitType,
        LocalDate permitExpiry,
        Instant lastSeenAt,
        int reports) {

    public String maskedPassport() {
        return PassportMask.mask(passportNumber);
    }

    public boolean overstay() {
        return Overstay.signalled(permitExpiry, lastSeenAt);
    }
}
