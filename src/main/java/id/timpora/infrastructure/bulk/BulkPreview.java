package id.timpora.infrastructure.bulk;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * An upload as its preview shows it: the counts, the first valid rows, one page of the row errors, and — once
 * confirmed — how many rows were imported.
 */
public record BulkPreview(
        long id,
        String fileName,
        BulkFormat format,
        Status status,
        int totalRows,
        int validRows,
        int errorRows,
        int knownRows,
        int errorCount,
        int importedRows,
        int doneRows,
        Instant createdAt,
        Instant importedAt,
        List<String> headers,
        List<Sample> samples,
        Page<BulkProblem> errors) {

    public enum Status {
        CHECKED,
        IMPORTING,
        IMPORTED,
        FAILED
    }

    /** A valid row as typed. */
    public record Sample(int row, List<String> cells) {}

    /** Whether the confirm button is offered. */
    public boolean confirmable() {
        return (status == Status.CHECKED || status == Status.FAILED) && validRows > 0;
    }

    public boolean importing() {
        return status == Status.IMPORTING;
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }

    /** Valid rows that the feature does not hold yet. */
    public int newRows() {
        return Math.max(0, validRows - knownRows);
    }

    /** Errors counted but not kept for the list (more than {@code timpora.bulk.kept-errors}). */
    public int errorsNotListed() {
        return (int) Math.max(0, errorCount - errors.getTotalElements());
    }
}
