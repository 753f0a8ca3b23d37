package id.timpora.subject;

import id.timpora.report.PassportMask;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject as its page and the report panel show it to one viewer. Everything derived from reports — the latest
 * permit, the last sighting, the sex and birth date the reports fill in, the sightings count — comes only from the
 * reports inside the viewer's jurisdiction (docs/security.md). {@code recordedElsewhere} says that the person also has
 * reports outside it, and {@code contactOffices} names the immigration offices whose area holds them: nothing more.
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
        int sightings,
        boolean recordedElsewhere,
        List<String> contactOffices) {

    public String maskedPassport() {
        return PassportMask.mask(passportNumber);
    }

    SubjectDetails recordedElsewhere(boolean elsewhere, List<String> offices) {
        return new SubjectDetails(
                id,
                fullName,
                nationality,
                sex,
                birthDate,
                passportNumber,
                permitType,
                permitNumber,
                permitExpiry,
                lastSeenAt,
                sightings,
                elsewhere,
                List.copyOf(offices));
    }

    public boolean overstay() {
        return Overstay.signalled(permitExpiry, lastSeenAt);
    }
}
