package id.timpora.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person's page shows about matching: the officers' judgements on pairs with this person, the merges into it
 * that can still be undone, and its further passports.
 */
public record SubjectMatches(List<Judgement> judgements, List<Merge> merges, List<Passport> passports) {

    /**
     * A judgement on this person and another. {@code otherName} is null when the other person is not visible to the
     * viewer (or no longer exists: merged into this one).
     */
    public record Judgement(
            Verdict verdict,
            long otherId,
            String otherName,
            boolean otherExists,
            Instant judgedAt,
            String judgedBy,
            String agency,
            String note) {

        public boolean otherVisible() {
            return otherName != null;
        }
    }

    /** A merge into this person not undone. {@code undoable}: the viewer sees one of the reports it moved. */
    public record Merge(
            long id,
            long absorbedId,
            String absorbedName,
            Instant mergedAt,
            String mergedBy,
            String agency,
            int reports,
            boolean undoable) {}

    /** A further passport of the person (its own passport is on the subject). */
    public record Passport(String nationality, String passportNumber, LocalDate seenOn, Instant addedAt) {}
}
