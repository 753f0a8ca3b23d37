package id.timpora.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, which is what makes Excel read it as UTF-8. Every field is quoted. A
 * report's name or narrative is typed by someone else and must never run as a formula on an officer's machine: text
 * that a spreadsheet would take for one (= + - @, a tab or a carriage return) gets an apostrophe in front, at the start
 * of the cell and after every character a spreadsheet may split on ({@code , ; | tab} and line breaks, spaces
 * allowed in between): an Indonesian Excel reads CSV with {@code ;}, and {@code x;=1+1} would split into a formula.
 */
public final class CsvWriter {

    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    /** One record; numbers and times are written as they are, everything else as guarded text, null as empty. */
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }

    public void finish() throws IOException {
        out.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "\"\"";
        }
        if (value instanceof BigDecimal decimal) {
            return quoted(decimal.toPlainString());
        }
        if (value instanceof Number) {
            return quoted(value.toString());
        }
        if (value instanceof LocalDateTime time) {
            return quoted(DATE_TIME.format(time));
        }
        return quoted(guarded(value.toString()));
    }

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final String SEPARATORS = ",;|\t\n\r";

    static String guarded(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean cellStart = true; // at the start of the text, or after a separator and any spaces
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                out.append('\'');
                cellStart = false;
            } else if (cellStart && c == ' ') {
                out.append(c);
                continue;
            }
            out.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0;
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
