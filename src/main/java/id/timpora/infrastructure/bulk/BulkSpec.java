package id.timpora.infrastructure.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a feature's bulk file looks like: its columns in template order, and the check of each row across its cells
 * (a date of birth after the check-in, a passport expired at the check-in …), which runs after every cell was read
 * and sees {@code null} for a cell that was empty or could not be read.
 */
public record BulkSpec(String title, List<BulkColumn> columns, RowFill rowFill, RowCheck rowCheck) {

    /** The rules across a row's cells; problems are added to {@code problems}, never thrown. */
    @FunctionalInterface
    public interface RowCheck {
        void check(BulkRow row, RowProblems problems);

        /**
         * The check for one reading of a file: a check that remembers rows (duplicates within the file) returns a new
         * instance, so that the confirmation's reading starts afresh.
         */
        default RowCheck fresh() {
            return this;
        }
    }

    /**
     * Fills cells from another cell before they are read (a passport's MRZ fills the empty name, nationality, sex,
     * dates and number): runs on the text of each cell, may fill a blank cell and report a problem.
     */
    @FunctionalInterface
    public interface RowFill {
        void fill(RowCells cells, RowProblems problems);
    }

    /** The text of a row's cells by column key, before they are read. */
    public interface RowCells {
        /** The cell as typed (trimmed), empty when blank. */
        String text(String key);

        /** Sets a blank cell to {@code text}; a cell the user filled keeps its value. */
        void fillIfBlank(String key, String text);
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
        if (rowFill == null) {
            rowFill = (cells, problems) -> {};
        }
        if (rowCheck == null) {
            rowCheck = (row, problems) -> {};
        }
    }

    public BulkSpec(String title, List<BulkColumn> columns) {
        this(title, columns, null, null);
    }

    public BulkSpec(String title, List<BulkColumn> columns, RowCheck rowCheck) {
        this(title, columns, null, rowCheck);
    }

    public BulkColumn column(String key) {
        return columns.stream()
                .filter(column -> column.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key));
    }
}
