package id.timpora.infrastructure.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The rows of a file one by one, never all at once. */
interface SourceRows extends Closeable {

    /** A row of the file. */
    record SourceRow(int number, List<SourceCell> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(SourceCell::isBlank);
        }

        SourceCell cell(int index) {
            return index < cells.size() ? cells.get(index) : SourceCell.EMPTY;
        }
    }

    /** The next row, or null at the end of the file. */
    SourceRow next() throws IOException;

    /** Whether serial dates count from 1904 (an old Mac workbook). */
    default boolean date1904() {
        return false;
    }
}
