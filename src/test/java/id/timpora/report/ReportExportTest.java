package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ReportExportTest extends IntegrationTest {

    static final String KAPUAS_HULU_PUTUSSIBAU_KOTA = ReportListTest.KAPUAS_HULU_PUTUSSIBAU_KOTA;
    static final String DENPASAR_SERANGAN = ReportListTest.DENPASAR_SERANGAN;
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    long reportingAgency;
    String reporter;
    String officer;
    long quoted;
    long formulas;

    @BeforeEach
    void setUp() {
        reportingAgency = agencies.create("KESBANGPOL", "PUSAT");
        reporter = accounts.create("REPORTER", reportingAgency);
        // A Kantor Wilayah for Kalimantan Barat: it must never export what was seen in Bali.
        officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "61"));
        quoted = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Smith, \"Johnny\"")
                .set("passport_number", "X12345678")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-05-04T14:30:00+07:00").toInstant())
                .set("activities", new String[] {"BEKERJA", "BISNIS"})
                .set("narrative", "Baris satu\nbaris dua")
                .insert();
        formulas = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "=HYPERLINK(\"http://contoh.invalid\",\"klik\")")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-05-03T08:00:00+07:00").toInstant())
                .set("sponsor", "+62 811 000")
                .set("occupation", "@admin")
                .set("narrative", "-1+1")
                .set("latitude", new java.math.BigDecimal("-0.833333"))
                .insert();
        reports.by(reporter, DENPASAR_SERANGAN)
                .set("full_name", "Outside Jurisdiction")
                .set("passport_number", "Z99999999")
                .insert();
    }

    @Test
    void csvHasAHeaderQuotedCellsGuardedFormulasAndOnlyRowsInScope() throws Exception {
        MockHttpServletResponse response = export("/laporan/ekspor.csv?agency=" + reportingAgency);

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"laporan-\\d{8}-\\d{4}\\.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Smith, \"\"Johnny\"\"\"").contains("\"Baris satu\nbaris dua\"");
        assertThat(text).doesNotContain("Outside Jurisdiction").doesNotContain("Z99999999");

        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0))
                .startsWith("ID", "Waktu terlihat (WIB)", "Status", "Nama lengkap", "Kode negara", "Kewarganegaraan")
                .contains("Nomor paspor", "Penjamin", "Uraian", "Instansi pelapor")
                .hasSize(32);
        assertThat(rows).hasSize(3);
        List<String> first = rows.get(1);
        assertThat(first.get(0)).isEqualTo(String.valueOf(quoted));
        assertThat(first.get(1)).isEqualTo("2026-05-04 14:30");
        assertThat(first.get(3)).isEqualTo("Smith, \"Johnny\"");
        assertThat(first).contains("X12345678", "Malaysia", "Kabupaten Kapuas Hulu", "Bekerja/TKA; Bisnis");
        assertThat(first.get(column(rows, "Uraian"))).isEqualTo("Baris satu\nbaris dua");

        List<String> second = rows.get(2);
        assertThat(second.get(0)).isEqualTo(String.valueOf(formulas));
        assertThat(second.get(3)).isEqualTo("'=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        assertThat(second.get(column(rows, "Penjamin"))).isEqualTo("'+62 811 000");
        assertThat(second.get(column(rows, "Pekerjaan"))).isEqualTo("'@admin");
        assertThat(second.get(column(rows, "Uraian"))).isEqualTo("'-1+1");
        assertThat(second.get(column(rows, "Lintang")))
                .as("numbers are not text")
                .isEqualTo("-0.833333");

        assertThat(auditDetails())
                .singleElement()
                .asString()
                .contains("format=CSV", "agency=" + reportingAgency, "rows=2");
    }

    @Test
    void everyCsvFieldIsQuotedAndFormulasAreGuardedAfterEverySeparator() throws Exception {
        long separators = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "x;=1+1")
                .set("sponsor", "PT A,@SUM(1)")
                .set("occupation", "guru\t+cmd")
                .set("narrative", "baris satu\n-2+3 dan |=A1; =B2")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-05-02T08:00:00+07:00").toInstant())
                .insert();

        byte[] bytes = export("/laporan/ekspor.csv?agency=" + reportingAgency).getContentAsByteArray();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        // Read with ";" as the separator, as a spreadsheet in an Indonesian locale does: no cell starts a formula.
        for (String line : text.split("\r\n")) {
            for (String cell : line.split("[;,\t|]")) {
                String bare = cell.strip().replaceFirst("^\"", "");
                assertThat(bare)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
                if (bare.startsWith("-")) {
                    assertThat(bare).as(line).matches("-\\d+(\\.\\d+)?\"?");
                }
            }
        }
        List<List<String>> rows = parseCsv(text);
        List<String> row = rows.stream()
                .filter(r -> r.get(0).equals(String.valueOf(separators)))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(3)).isEqualTo("x;'=1+1");
        assertThat(row.get(column(rows, "Penjamin"))).isEqualTo("PT A,'@SUM(1)");
        assertThat(row.get(column(rows, "Pekerjaan"))).isEqualTo("guru\t'+cmd");
        assertThat(row.get(column(rows, "Uraian"))).isEqualTo("baris satu\n'-2+3 dan |'=A1; '=B2");
        // Every field is quoted, empty ones too: without the quoted fields only separators and line ends remain.
        assertThat(text.replaceAll("\"(?:[^\"]|\"\")*\"", "")).matches("[,\r\n]*");
    }

    @Test
    void csvHonoursTheListFilters() throws Exception {
        String text = new String(
                export("/laporan/ekspor.csv?agency=" + reportingAgency + "&q=hyperlink")
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);

        List<List<String>> rows = parseCsv(text.substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(formulas));
        assertThat(auditDetails()).singleElement().asString().contains("q=hyperlink", "rows=1");
    }

    @Test
    void xlsxOpensWithTheSameRows() throws Exception {
        MockHttpServletResponse response = export("/laporan/ekspor.xlsx?agency=" + reportingAgency + "&lang=en");

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"laporan-\\d{8}-\\d{4}\\.xlsx\"");
        List<Row> rows = readXlsx(response.getContentAsByteArray());

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCell(0).getText()).isEqualTo("ID");
        assertThat(rows.get(0).getCell(1).getText()).isEqualTo("Seen at (WIB)");
        assertThat(rows.get(1).getCell(0).asNumber().longValue()).isEqualTo(quoted);
        assertThat(rows.get(1).getCell(1).asDate()).isEqualTo("2026-05-04T14:30");
        assertThat(rows.get(1).getCell(3).asString()).isEqualTo("Smith, \"Johnny\"");
        assertThat(rows.get(1).getCell(9).asString()).isEqualTo("X12345678");
        assertThat(rows.get(1).getCell(5).asString()).isEqualTo("Malaysia");
        Cell formula = rows.get(2).getCell(3);
        assertThat(formula.getType()).as("a name is text, never a formula").isEqualTo(CellType.STRING);
        assertThat(formula.asString()).isEqualTo("=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        assertThat(rows.stream().map(row -> row.getCell(3).getText())).doesNotContain("Outside Jurisdiction");

        assertThat(auditDetails()).singleElement().asString().contains("format=XLSX", "rows=2");
    }

    @Test
    void largeExportsStreamEveryRow() throws Exception {
        long bulkAgency = agencies.create("KESBANGPOL", "PROVINSI", "61");
        String bulkReporter = accounts.create("REPORTER", bulkAgency);
        jdbc.update(
                """
                insert into report (full_name, nationality, permit_type, observed_at, region_code, province_code,
                                    regency_code, district_code, place_type, source, reporter_id,
                                    reporting_agency_id, passport_number, narrative)
                select 'Orang Asing ' || g, 'MY', 'TIDAK_DIKETAHUI', now() - g * interval '1 minute',
                       '61.06.01.1001', '61', '61.06', '61.06.01', 'TEMPAT_UMUM', 'PATROLI', ?, ?,
                       'P' || lpad(g::text, 8, '0'), 'Uraian panjang nomor ' || g
                  from generate_series(1, 20000) g""",
                accounts.idOf(bulkReporter),
                bulkAgency);
        try {
            String csv = new String(
                    export("/laporan/ekspor.csv?agency=" + bulkAgency).getContentAsByteArray(), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines).hasSize(20_001);
            assertThat(lines.get(1)).contains("\"Orang Asing 1\",").contains("P00000001");
            assertThat(lines.get(20_000)).contains("\"Orang Asing 20000\",");
            List<Row> rows =
                    readXlsx(export("/laporan/ekspor.xlsx?agency=" + bulkAgency).getContentAsByteArray());
            assertThat(rows).hasSize(20_001);
            assertThat(rows.get(20_000).getCell(3).asString()).isEqualTo("Orang Asing 20000");

            // The list counts no further than its limit (or its time budget), and says "many" instead of a number.
            String list = mvc.perform(get("/laporan?agency=" + bulkAgency).with(accounts.as(officer)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).contains("Banyak laporan cocok").doesNotContain("20.000 laporan");

            // A word that more than a few thousand reports share takes the date-ordered plan, not the in-memory sort.
            String common = mvc.perform(
                            get("/laporan?agency=" + bulkAgency + "&q=Asing").with(accounts.as(officer)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(common).contains("Banyak laporan cocok").contains("Orang Asing");

            assertThat(auditDetails()).hasSize(2).allSatisfy(detail -> assertThat(detail)
                    .contains("rows=20000"));
        } finally {
            // Other test classes share the database; 20,000 rows in Kapuas Hulu would crowd their lists.
            jdbc.update("delete from report where reporting_agency_id = ?", bulkAgency);
        }
    }

    @Test
    void reportersMayNotExport() throws Exception {
        mvc.perform(get("/laporan/ekspor.csv").with(accounts.as(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/laporan/ekspor.xlsx").with(accounts.as(reporter))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'EXPORT' and actor = ?", Long.class, reporter))
                .isZero();
    }

    private MockHttpServletResponse export(String url) throws Exception {
        return mvc.perform(get(url).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private List<String> auditDetails() {
        return jdbc.queryForList(
                "select detail from audit_log where action = 'EXPORT' and target_type = 'REPORT' and actor = ?"
                        + " order by id",
                String.class,
                officer);
    }

    private static int column(List<List<String>> rows, String header) {
        return rows.get(0).indexOf(header);
    }

    private static List<Row> readXlsx(byte[] bytes) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(inQuotes).as("unterminated quote").isFalse();
        assertThat(field).as("last record ends with CRLF").isEmpty();
        return rows;
    }
}
