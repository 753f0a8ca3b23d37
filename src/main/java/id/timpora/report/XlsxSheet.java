package id.timpora.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A one-sheet XLSX written as it goes: rows are flushed to the stream every {@link #FLUSH_EVERY} rows, and text is
 * written inline rather than into the shared-strings table, which would otherwise keep every distinct name and
 * narrative in memory until the end. Text cells are never formulas, so no formula-injection guard is needed here.
 */
public final class XlsxSheet implements ReportExports.RowSink {

    private static final int FLUSH_EVERY = 500;
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String DATE = "yyyy-mm-dd";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxSheet(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "TIMPORA", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> names) {
        for (int column = 0; column < names.size(); column++) {
            sheet.inlineString(0, column, names.get(column));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value instanceof LocalDateTime time) {
                sheet.value(row, column, time);
                sheet.style(row, column).format(DATE_TIME).set();
            } else if (value instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE).set();
            } else if (value != null) {
                sheet.inlineString(row, column, value.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
