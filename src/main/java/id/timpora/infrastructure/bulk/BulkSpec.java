package id.timpora.infrastructure.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a feature's bulk file looks like: its columns in template order, and the check of each row across its cells
 * (a date of birth after the check-in, a passport expired at the check-in …), which runs after every cell was read
 * and sees {@code null} for a cell that was empty or could not be read.
 */
public record BulkSpec(String title, List<BulkColumn> columns, RowCheck rowCheck) {

    /** The rules across a row's cells; problems are added to {@code problems}, never thrown. */
    @FunctionalInterface
    public interface RowCheck {
        void check(BulkRow row, RowProblems problems);
    }

    public BulkSpec {
        columns = List.copyOf(columns);
        Set<String> keys = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (BulkColumn column : columns) {
            if (!keys.add(column.key()) || !headers.add(CellValues.normaliseHeader(column.header()))) {
                throw new IllegalArgumentException("Column named twice: " + column.key());
            }
        }
        if (rowCheck == null) {
            rowCheck = (row, problems) -> {};
        }
    }

    public BulkSpec(String title, List<BulkColumn> columns) {
        this(title, columns, null);
    }

    public BulkColumn column(String key) {
        return columns.stream()
                .filter(column -> column.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key));
    }
}
