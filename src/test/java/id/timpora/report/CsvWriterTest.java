package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesRfc4180WithAByteOrderMarkAndCrLf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("a", "b,c", "say \"hi\"", "line\nbreak", null, 42L));
        csv.finish();

        assertThat(out.toByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"a\",\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\",\"\",\"42\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvWriter.cell("+62 811")).isEqualTo("\"'+62 811\"");
        assertThat(CsvWriter.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("\"'\t'=1\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell("a=1")).isEqualTo("\"a=1\"");
    }

    @Test
    void aFormulaAfterASeparatorIsDefusedToo() {
        // A spreadsheet reading with ";" (the Indonesian list separator) would split "x;=1+1" into a formula.
        assertThat(CsvWriter.cell("x;=1+1")).isEqualTo("\"x;'=1+1\"");
        assertThat(CsvWriter.cell("a, -1")).isEqualTo("\"a, '-1\"");
        assertThat(CsvWriter.cell("a|@cmd")).isEqualTo("\"a|'@cmd\"");
        assertThat(CsvWriter.cell("satu\n+dua")).isEqualTo("\"satu\n'+dua\"");
        assertThat(CsvWriter.cell("\uFF1D1+1")).isEqualTo("\"'\uFF1D1+1\"");
        assertThat(CsvWriter.cell("Jl. Merdeka-5, Kuta")).isEqualTo("\"Jl. Merdeka-5, Kuta\"");
    }

    @Test
    void numbersAndTimesAreWrittenAsTheyAre() {
        assertThat(CsvWriter.cell(new BigDecimal("-0.833333"))).isEqualTo("\"-0.833333\"");
        assertThat(CsvWriter.cell(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
        assertThat(CsvWriter.cell(LocalDateTime.of(2026, 5, 4, 14, 30))).isEqualTo("\"2026-05-04 14:30\"");
        assertThat(CsvWriter.cell(LocalDate.of(2026, 5, 4))).isEqualTo("\"2026-05-04\"");
    }
}
