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
 * RFC 4180 CSV in UTF-8 with a byte order mark, which is what makes Excel read it as UTF-8. Text cells that a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe:
 * a report's name or narrative is typed by someone else and must never run as a formula on an officer's machine.
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;

    CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    /** One record; numbers and times are written as they are, everything else as guarded text, null as empty. */
    void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }

    void finish() throws IOException {
        out.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        return quoted(guarded(value.toString()));
    }

    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
