package id.timpora.infrastructure.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.infrastructure.bulk.BulkReader.CheckedRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** The readers and the cell checks, without the database. */
class BulkReaderTest {

    private static final String HEADER =
            "Nama Lengkap,Kewarganegaraan,Jenis Kelamin,Tanggal Lahir,Nomor Paspor,Masa Berlaku Paspor,Waktu Check-in\r\n";

    private final BulkSpec spec = TestSpecs.guests();

    private List<CheckedRow> csv(String text) {
        return read(BulkFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<CheckedRow> read(BulkFormat format, byte[] bytes) {
        List<CheckedRow> rows = new ArrayList<>();
        new BulkReader(spec, 1000).read(format, new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    @Test
    void readsCommaSeparatedWithQuotedCommasNewlinesAndQuotes() {
        List<CheckedRow> rows = csv(HEADER
                + "\"ERIKSSON, ANNA\",Swedia,P,1974-08-12,L898902C3,2030-04-15,2026-12-01 14:30\r\n"
                + "\"O\"\"BRIEN\nSEAN\",Irlandia,L,12/08/1980,X1234567,,04-12-2026 09.15\n");
        assertThat(rows).hasSize(2).allMatch(CheckedRow::valid);
        assertThat(rows.get(0).row().text("name")).isEqualTo("ERIKSSON, ANNA");
        assertThat(rows.get(0).row().country("nationality")).isEqualTo("SE");
        assertThat(rows.get(0).row().choice("sex")).isEqualTo("FEMALE");
        assertThat(rows.get(0).row().dateTime("checkIn")).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 30));
        assertThat(rows.get(1).row().text("name")).isEqualTo("O\"BRIEN\nSEAN");
        assertThat(rows.get(1).row().date("birth")).isEqualTo(LocalDate.of(1980, 8, 12));
        assertThat(rows.get(1).row().country("nationality")).isEqualTo("IE");
        assertThat(rows.get(1).row().dateTime("checkIn")).isEqualTo(LocalDateTime.of(2026, 12, 4, 9, 15));
        // the header is row 1; the second record starts on row 3 of the file
        assertThat(rows.get(1).row().number()).isEqualTo(3);
    }

    @Test
    void readsSemicolonsAndAByteOrderMarkAsIndonesianExcelWritesThem() {
        String text = "\uFEFF" + HEADER.replace(',', ';')
                + "Hans Müller;Jerman;Laki-laki;01.02.1970;C01X00T47;2031-01-01;2026-12-02 08:00\r\n";
        List<CheckedRow> rows = csv(text);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.row().text("name")).isEqualTo("Hans Müller");
            assertThat(row.row().country("nationality")).isEqualTo("DE");
            assertThat(row.row().date("birth")).isEqualTo(LocalDate.of(1970, 2, 1));
        });
    }

    @Test
    void findsColumnsByHeaderInAnyOrderAndCaseAndIgnoresUnknownOnes() {
        List<CheckedRow> rows = csv("No;NOMOR PASPOR *;nama lengkap;Kewarganegaraan;Waktu check-in\n"
                + "1;AB123;Jane Doe;GBR;2026-12-01 10:00\n");
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(0).row().text("passport")).isEqualTo("AB123");
        assertThat(rows.get(0).row().country("nationality")).isEqualTo("GB");
    }

    @Test
    void namesEachProblemByRowColumnAndReason() {
        List<CheckedRow> rows = csv(HEADER
                + "A,Atlantis,P,1974-08-12,L1,,2026-12-01 10:00\n"
                + "B,Jerman,P,2027-01-01,L2,,2026-12-01 10:00\n"
                + "C,Jerman,P,1974-08-12,,,2026-12-01 10:00\n"
                + "D,Jerman,P,12 Agustus 1974,L4,,2026-12-01 10:00\n"
                + "E,Jerman,X,31/02/1974,L5,,2026-12-01\n");
        assertThat(rows.get(0).problems())
                .containsExactly(new BulkProblem(2, "Kewarganegaraan", "bulk.error.country", "Atlantis"));
        assertThat(rows.get(1).problems())
                .containsExactly(new BulkProblem(3, "Tanggal Lahir", "test.birthAfterCheckIn", null));
        assertThat(rows.get(2).problems())
                .containsExactly(new BulkProblem(4, "Nomor Paspor", "bulk.error.required", null));
        assertThat(rows.get(3).problems())
                .containsExactly(new BulkProblem(5, "Tanggal Lahir", "bulk.error.date", "12 Agustus 1974"));
        assertThat(rows.get(4).problems())
                .extracting(BulkProblem::column, BulkProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Jenis Kelamin", "bulk.error.choice"),
                        org.assertj.core.groups.Tuple.tuple("Tanggal Lahir", "bulk.error.date"),
                        org.assertj.core.groups.Tuple.tuple("Waktu Check-in", "bulk.error.dateTime"));
    }

    @Test
    void refusesFormulasInCsvCellsButNotPhoneNumbersOrNegativeNumbers() {
        List<CheckedRow> rows = csv(HEADER
                + "=HYPERLINK(\"http://x\"),Jerman,P,,L1,,2026-12-01 10:00\n"
                + "\"+cmd|' /C calc'!A0\",Jerman,P,,L2,,2026-12-01 10:00\n"
                + "@SUM(A1),Jerman,P,,L3,,2026-12-01 10:00\n"
                + "\t=1+1,Jerman,P,,L4,,2026-12-01 10:00\n"
                + "+62 812-3456-789,Jerman,P,,L5,,2026-12-01 10:00\n"
                + "-5,Jerman,P,,L6,,2026-12-01 10:00\n");
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).problems())
                    .as("row %d", i + 2)
                    .containsExactly(new BulkProblem(i + 2, "Nama Lengkap", "bulk.error.formula", null));
        }
        assertThat(rows.get(4).valid()).isTrue();
        assertThat(rows.get(5).valid()).isTrue();
    }

    @Test
    void readsXlsxTextNumbersAndDatesAsSerialsAndRefusesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Data");
        String[] headers = HEADER.strip().split(",");
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        sheet.value(1, 0, "ANNA ERIKSSON");
        sheet.value(1, 1, "SWE");
        sheet.value(1, 2, "Perempuan");
        sheet.value(1, 3, 27253); // 12 August 1974 as an Excel serial
        sheet.value(1, 4, 12345678); // a passport number typed as a number
        sheet.value(1, 5, LocalDate.of(2030, 4, 15)); // a date cell
        sheet.value(1, 6, LocalDateTime.of(2026, 12, 1, 14, 30));
        sheet.style(1, 6).format("yyyy-mm-dd hh:mm").set();
        sheet.inlineString(2, 0, "JOHN SMITH");
        sheet.value(2, 1, "Inggris");
        sheet.formula(2, 4, "CONCAT(\"A\",\"B\")");
        sheet.value(2, 6, "2026-12-01 10:00");
        sheet.finish();
        workbook.finish();

        List<CheckedRow> rows = read(BulkFormat.XLSX, out.toByteArray());
        assertThat(rows).hasSize(2);
        BulkRow first = rows.get(0).row();
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(first.date("birth")).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(first.text("passport")).isEqualTo("12345678");
        assertThat(first.date("passportExpiry")).isEqualTo(LocalDate.of(2030, 4, 15));
        assertThat(first.dateTime("checkIn")).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 30));
        assertThat(first.country("nationality")).isEqualTo("SE");
        assertThat(rows.get(1).row().text("name")).isEqualTo("JOHN SMITH");
        assertThat(rows.get(1).problems())
                .containsExactly(new BulkProblem(3, "Nomor Paspor", "bulk.error.formula", null));
    }

    @Test
    void refusesFilesThatAreNotAListOfTheTemplate() {
        assertRefused("", "bulk.file.empty");
        assertRefused(HEADER, "bulk.file.noRows");
        assertRefused("a,b,c\n1,2,3\n", "bulk.file.noHeader");
        assertRefused("Nama Lengkap,Waktu Check-in\nX,2026-12-01 10:00\n", "bulk.file.missingColumns");
        assertRefused(HEADER + "\"unclosed,Jerman\n", "bulk.file.unclosedQuote");
        assertThatThrownBy(() -> read(BulkFormat.CSV, new byte[] {(byte) 0xC3, (byte) 0x28, ',', '\n'}))
                .isInstanceOf(BulkFileRefused.class)
                .extracting("messageKey")
                .isEqualTo("bulk.file.encoding");
        assertThatThrownBy(() -> read(BulkFormat.XLSX, "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BulkFileRefused.class)
                .extracting("messageKey")
                .isEqualTo("bulk.file.unreadable");
    }

    /** A check that remembers rows (duplicates in a file) starts afresh for every reading of the file. */
    static final class SeenBefore implements BulkSpec.RowCheck {
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        @Override
        public void check(BulkRow row, RowProblems problems) {
            if (!seen.add(row.text("passport"))) {
                problems.add("passport", "test.twice", null);
            }
        }

        @Override
        public BulkSpec.RowCheck fresh() {
            return new SeenBefore();
        }
    }

    @Test
    void aCheckThatRemembersRowsStartsAfreshForEachReading() {
        BulkSpec remembering = new BulkSpec("t", spec.columns(), new SeenBefore());
        byte[] file = (HEADER + "A,Jerman,P,,L1,,2026-12-01 10:00\n" + "B,Jerman,P,,L1,,2026-12-01 10:00\n")
                .getBytes(StandardCharsets.UTF_8);
        for (int reading = 0; reading < 2; reading++) {
            List<CheckedRow> rows = new ArrayList<>();
            new BulkReader(remembering, 10).read(BulkFormat.CSV, new ByteArrayInputStream(file), rows::add);
            assertThat(rows.get(0).valid()).as("reading %d", reading).isTrue();
            assertThat(rows.get(1).problems())
                    .extracting(BulkProblem::messageKey)
                    .containsExactly("test.twice");
        }
    }

    @Test
    void tellsFormatsApartByNameAndFirstBytes() {
        assertThat(BulkFormat.of("tamu.CSV", "a;b".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(BulkFormat.CSV);
        assertThat(BulkFormat.of("tamu.xlsx", new byte[] {'P', 'K', 3, 4})).isEqualTo(BulkFormat.XLSX);
        assertThatThrownBy(() -> BulkFormat.of("tamu.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .extracting("messageKey")
                .isEqualTo("bulk.file.format");
        assertThatThrownBy(() -> BulkFormat.of("tamu.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .extracting("messageKey")
                .isEqualTo("bulk.file.oldExcel");
        assertThatThrownBy(() -> BulkFormat.of("tamu.csv", new byte[] {'P', 'K', 3, 4}))
                .extracting("messageKey")
                .isEqualTo("bulk.file.format");
    }

    @Test
    void templatesCarryTheHeadersTheReaderExpects() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        BulkTemplates.writeXlsx(spec, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var data = workbook.getFirstSheet();
            assertThat(data.getName()).isEqualTo(BulkTemplates.DATA_SHEET);
            var header = data.read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("Nama Lengkap *");
            assertThat(header.getCellText(2)).isEqualTo("Jenis Kelamin");
            var help =
                    workbook.findSheet(BulkTemplates.HELP_SHEET).orElseThrow().read();
            assertThat(help.stream().map(row -> row.getCellText(0))).contains("Tanggal Lahir");
            assertThat(help.stream().map(row -> row.getCellText(3))).contains("L898902C3");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        BulkTemplates.writeCsv(spec, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNama Lengkap *;Kewarganegaraan *;Jenis Kelamin;");
        // the CSV template reads back through the reader; its example row left in is refused
        List<CheckedRow> rows = read(BulkFormat.CSV, csv.toByteArray());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.row().text("passport")).isEqualTo("L898902C3");
            assertThat(row.problems()).contains(new BulkProblem(2, null, "bulk.error.exampleRow", null));
        });
    }

    private void assertRefused(String text, String key) {
        assertThatThrownBy(() -> csv(text))
                .as(key)
                .isInstanceOf(BulkFileRefused.class)
                .extracting("messageKey")
                .isEqualTo(key);
    }
}
