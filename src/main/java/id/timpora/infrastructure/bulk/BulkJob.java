package id.timpora.infrastructure.bulk;

import java.util.List;

/**
 * What an upload is for: the feature that reads it ({@code "partner-guests"}), the record it belongs to in that
 * feature (an organisation's id), and the spec its rows are read by. An upload is found only with the same feature and
 * target it was made for, and only by its owner.
 */
public record BulkJob(String feature, String target, BulkSpec spec) {

    /** How many of these valid rows the feature already holds ("sudah pernah dilaporkan"). */
    @FunctionalInterface
    public interface KnownRows {
        int count(List<BulkRow> rows);

        KnownRows NONE = rows -> 0;
    }

    /**
     * Imports valid rows inside the transaction BulkUploads opened for them; returns what each row became: the id of
     * the feature's record, and whether it was created now (false: it was known already).
     */
    @FunctionalInterface
    public interface RowImporter {
        List<Imported> importRows(List<BulkRow> rows);

        /**
         * Runs once after the last batch, in the transaction that marks the upload imported (the permit roster's full
         * export marks the people it did not name); nothing by default.
         */
        default void finish() {}
    }

    /** What a row became. */
    public record Imported(int row, long recordId, boolean created) {}
}
