package id.timpora.infrastructure.bulk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, row by row (fastexcel reads the sheet's XML as a stream from the zip file on
 * disk, so only the current row and the workbook's shared strings are in memory). Numbers stay numbers (a date
 * column reads them as Excel serial dates), a cell holding a formula is marked as such.
 */
final class XlsxRows implements SourceRows {

    private static final int MAX_COLUMNS = 200;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxRows(File file) throws IOException {
        try {
            this.workbook = new ReadableWorkbook(file);
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            throw new BulkFileRefused("bulk.file.unreadable", null);
        }
    }

    @Override
    public boolean date1904() {
        return workbook.isDate1904();
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<SourceCell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS); i++) {
                cells.add(cell(row.getCell(i)));
            }
            return new SourceRow(row.getRowNum(), cells);
        } catch (ExcelReaderException | UncheckedIOException | IllegalStateException e) {
            throw new BulkFileRefused("bulk.file.unreadable", null);
        }
    }

    private static SourceCell cell(Cell cell) {
        if (cell == null) {
            return SourceCell.EMPTY;
        }
        if (cell.getFormula() != null || cell.getType() == CellType.FORMULA) {
            return new SourceCell("", null, cell.getFormula() == null ? "" : cell.getFormula());
        }
        return switch (cell.getType()) {
            case NUMBER -> new SourceCell("", cell.asNumber(), null);
            case STRING -> SourceCell.text(cell.asString() == null ? "" : cell.asString());
            case BOOLEAN -> SourceCell.text(String.valueOf(cell.asBoolean()));
            case ERROR -> SourceCell.text(cell.getRawValue() == null ? "" : cell.getRawValue());
            default -> SourceCell.EMPTY;
        };
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
