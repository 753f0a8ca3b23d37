package id.timpora.subject;

import id.timpora.report.PermitType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's roster page: the current residence and permit, and every permit the rosters named (newest first). */
public record RegisterPerson(
        RegisterEntry current,
        String sex,
        LocalDate birthDate,
        Instant departedAt,
        String officeName,
        List<Permit> permits) {

    public record Permit(
            PermitType permitType,
            String permitNumber,
            LocalDate permitIssued,
            LocalDate permitExpiry,
            Instant firstSeenAt,
            Instant lastSeenAt) {}

    public boolean departed() {
        return departedAt != null;
    }
}
