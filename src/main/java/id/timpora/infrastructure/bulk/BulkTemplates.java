package id.timpora.infrastructure.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The empty file users fill in, generated from the spec so it always matches what the reader expects: headers in
 * Bahasa Indonesia (required ones marked {@code *}). The XLSX has an empty "Data" sheet and a "Petunjuk" sheet that
 * explains every column with an example; the CSV (UTF-8 with a byte-order mark and {@code ;}, as Excel in Indonesia
 * opens it) holds the header and one example row to be replaced.
 */
public final class BulkTemplates {

    public static final String DATA_SHEET = "Data";
    public static final String HELP_SHEET = "Petunjuk";

    private BulkTemplates() {}

    public static void writeXlsx(BulkSpec spec, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "TIMPORA", "1.0");
        Worksheet data = workbook.newWorksheet(DATA_SHEET);
        List<BulkColumn> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            data.inlineString(0, c, header(columns.get(c)));
            data.style(0, c).bold().fillColor("DDEBF7").set();
            data.width(c, Math.max(14, Math.min(40, columns.get(c).header().length() + 6)));
            if (columns.get(c).kind() == CellKind.TEXT) {
                // text columns stay text (a passport number such as 0012345 keeps its zeros)
                data.range(1, c, 5000, c).style().format("@").set();
            }
        }
        data.freezePane(0, 1);

        Worksheet help = workbook.newWorksheet(HELP_SHEET);
        String[] titles = {"Kolom", "Wajib", "Isi", "Contoh"};
        for (int c = 0; c < titles.length; c++) {
            help.inlineString(0, c, titles[c]);
            help.style(0, c).bold().set();
        }
        help.width(0, 30);
        help.width(1, 8);
        help.width(2, 80);
        help.width(3, 30);
        int row = 1;
        help.inlineString(row++, 0, spec.title());
        help.inlineString(
                row++,
                0,
                "Isi lembar \"Data\" mulai baris 2, satu orang per baris. Jangan ubah judul kolom. Kolom bertanda * wajib"
                        + " diisi. Rumus (diawali =) tidak diterima.");
        row++;
        for (BulkColumn column : columns) {
            help.inlineString(row, 0, column.header());
            help.inlineString(row, 1, column.isRequired() ? "ya" : "tidak");
            help.inlineString(row, 2, describe(column));
            help.inlineString(row, 3, column.example());
            row++;
        }
        data.finish();
        help.finish();
        workbook.finish();
    }

    public static void writeCsv(BulkSpec spec, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(spec.columns().stream().map(BulkTemplates::header).toList()));
        writer.write(line(spec.columns().stream().map(BulkColumn::example).toList()));
        writer.flush();
    }

    private static String header(BulkColumn column) {
        return column.isRequired() ? column.header() + " *" : column.header();
    }

    /** What a column takes, in words, for the instructions sheet. */
    static String describe(BulkColumn column) {
        String what =
                switch (column.kind()) {
                    case TEXT -> "Teks, paling banyak " + column.maxLength() + " karakter.";
                    case DATE -> "Tanggal: 2026-12-31, 31/12/2026 atau 31-12-2026 (atau sel tanggal Excel).";
                    case DATE_TIME -> "Tanggal dan jam: 2026-12-31 14:30 atau 31/12/2026 14:30 (atau sel tanggal-jam Excel).";
                    case CHOICE -> "Salah satu dari: " + String.join(", ", column.choiceLabels()) + ".";
                    case COUNTRY -> "Negara: nama dalam bahasa Indonesia atau Inggris, atau kode ISO (DE, DEU).";
                };
        return column.hint().isEmpty() ? what : what + " " + column.hint();
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains(",")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
