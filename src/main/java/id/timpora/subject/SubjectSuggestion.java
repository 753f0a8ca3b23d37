package id.timpora.subject;

import id.timpora.report.PassportMask;
import java.time.Instant;
import java.time.LocalDate;

/** A subject that may be the person of a report (or a duplicate of another subject), with its name similarity. */
public record SubjectSuggestion(
        long id,
        String fullName,
        String nationality,
        LocalDate birthDate,
        String passportNumber,
        Instant lastSeenAt,
        double similarity) {

    public String maskedPassport() {
        return PassportMask.mask(passportNumber);
    }

    public int similarityPercent() {
        return (int) Math.round(similarity * 100);
    }
}
