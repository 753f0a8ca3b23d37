package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hotel's partner uploads an XLSX guest list with three good and two bad rows, reads the errors, uploads the fixed
 * file, confirms and opens a receipt; an officer of the covering Kanim then finds the guests in the report list.
 */
@Import({TestAccounts.class, TestAgencies.class})
class NoticeUploadBrowserTest extends BrowserTest {

    private static final String PALA_PULAU = "61.06.01.2004";
    private static final Path SCREENS = Path.of("/work/screens");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_bulk");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path temporary;

    private static final List<String> HEADERS = List.of(
            "Nama Lengkap *",
            "Kewarganegaraan *",
            "Jenis Kelamin *",
            "Tanggal Lahir",
            "Nomor Paspor *",
            "Masa Berlaku Paspor",
            "Jenis Izin Tinggal *",
            "Nomor Izin Tinggal",
            "MRZ Paspor",
            "Nomor Kamar",
            "Waktu Check-in *",
            "Waktu Check-out",
            "Tujuan Kunjungan");

    /** name, nationality, sex, birth, passport, expiry, check-in */
    private Path workbook(String name, List<Object[]> rows) throws IOException {
        Path file = temporary.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                int[] columns = {0, 1, 2, 3, 4, 5, 10};
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i];
                    int c = columns[i];
                    if (value instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof LocalDateTime time) {
                        sheet.value(r + 1, c, time);
                        sheet.style(r + 1, c).format("yyyy-mm-dd hh:mm").set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
                sheet.value(r + 1, 6, "Bebas Visa");
                sheet.value(r + 1, 12, "Wisata");
            }
            sheet.finish();
            workbook.finish();
        }
        return file;
    }

    @Test
    void aHotelUploadsAGuestListFixesItConfirmsAndTheKanimFindsTheGuests() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String officer = accounts.create("OFFICER", kanim);
        long hotel = jdbc.queryForObject(
                """
                insert into organisation (kind, name, region_code, province_code, regency_code, district_code, address,
                                          registered_by_agency_id)
                values ('PENGINAPAN_HOTEL', 'Hotel Sungai Kapuas', ?, '61', '61.06', '61.06.01', 'Jl. Lintas Utara 1', ?)
                returning id""",
                Long.class,
                PALA_PULAU,
                kanim);
        String partner = accounts.create("PARTNER", kanim);
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(partner),
                hotel);

        LocalDateTime checkIn = LocalDateTime.of(2026, 11, 30, 14, 0);
        Object[] anna = {
            "ANNA LINDQVIST",
            "Swedia",
            "Perempuan",
            LocalDate.of(1974, 8, 12),
            "SW4410021",
            LocalDate.of(2031, 1, 1),
            checkIn
        };
        Object[] john = {"JOHN KAPUASSON", "Inggris", "L", LocalDate.of(1980, 3, 2), "GB7730012", null, checkIn};
        Object[] hans = {
            "HANS BORNEOMANN", "DEU", "Laki-laki", LocalDate.of(1969, 1, 5), "DE0091233", null, checkIn.plusHours(3)
        };
        Object[] wrongCountry = {"LENA ATLANTIS", "Atlantis", "P", LocalDate.of(1990, 1, 1), "AT1234567", null, checkIn
        };
        Object[] expired = {
            "OTTO EXPIRED", "Jerman", "L", LocalDate.of(1960, 1, 1), "DE5551212", LocalDate.of(2026, 10, 1), checkIn
        };
        Path first = workbook("tamu-november.xlsx", List.of(anna, john, wrongCountry, hans, expired));

        browser.open("/login");
        browser.signIn(partner, TestAccounts.PASSWORD);
        browser.waitForPath("/mitra");
        browser.open("/mitra/unggah");
        browser.waitFor(By.id("file")).sendKeys(first.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("bulkUploadSubmit"));

        assertThat(browser.text(By.id("bulkSummary"))).contains("3 baris valid, 2 baris dengan kesalahan");
        List<WebElement> errors = browser.driver().findElements(By.cssSelector("#bulkErrors tbody tr"));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).getText())
                .contains("4")
                .contains("Kewarganegaraan")
                .contains("Atlantis");
        assertThat(errors.get(1).getText())
                .contains("6")
                .contains("Masa Berlaku Paspor")
                .contains("tidak berlaku");
        assertThat(browser.text(By.id("bulkConfirm"))).isEqualTo("Simpan 3 baris valid");
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner_notice where organisation_id = ?", Long.class, hotel))
                .isZero();
        Browser.Screenshots errorShots = browser.screenshots("bulk-preview-errors");
        Files.createDirectories(SCREENS);
        Files.copy(
                errorShots.desktop(),
                SCREENS.resolve("bulk-preview-errors-desktop.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                errorShots.phone(),
                SCREENS.resolve("bulk-preview-errors-phone.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // the fixed file: the nationality corrected, the expired passport renewed
        wrongCountry[1] = "Finlandia";
        expired[4] = "DE5551213";
        expired[5] = LocalDate.of(2035, 1, 1);
        Path fixed = workbook("tamu-november-perbaikan.xlsx", List.of(anna, john, wrongCountry, hans, expired));
        Browser.Screenshots shots;
        browser.clickAndWaitForPage(By.id("bulkUploadAgain"));
        // a wrong file first: the message beside the field and in the summary
        Path notAList = Files.writeString(temporary.resolve("catatan.pdf"), "%PDF-1.7 bukan daftar tamu");
        browser.waitFor(By.id("file")).sendKeys(notAList.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("bulkUploadSubmit"));
        assertThat(browser.text(By.id("file-error"))).contains("bukan CSV atau XLSX");
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("bukan CSV atau XLSX");
        shots = browser.screenshots("bulk-upload-refused");
        Files.copy(
                shots.desktop(),
                SCREENS.resolve("bulk-upload-refused-desktop.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                shots.phone(), SCREENS.resolve("bulk-upload-refused-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        browser.waitFor(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("bulkUploadSubmit"));
        assertThat(browser.text(By.id("bulkSummary"))).contains("5 baris valid, 0 baris dengan kesalahan");
        assertThat(browser.driver().findElements(By.id("bulkErrors"))).isEmpty();
        assertThat(browser.text(By.id("bulkSamples")))
                .contains("ANNA LINDQVIST")
                .contains("OTTO EXPIRED");
        shots = browser.screenshots("bulk-preview-valid");
        Files.copy(
                shots.desktop(),
                SCREENS.resolve("bulk-preview-valid-desktop.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(shots.phone(), SCREENS.resolve("bulk-preview-valid-phone.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.clickAndWaitForPage(By.id("bulkConfirm"));
        assertThat(browser.text(By.id("bulkImported"))).contains("Tersimpan: 5 baris baru dari 5 baris valid");
        List<WebElement> receipts = browser.driver().findElements(By.cssSelector("#uploadNotices a.upload-receipt"));
        assertThat(receipts).hasSize(5);
        assertThat(receipts.get(0).getText()).startsWith("STT/");
        String href = receipts.get(0).getDomAttribute("href");
        assertThat(href).matches("/mitra/pemberitahuan/\\d+/tanda-terima.pdf");
        Object pdf = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))"
                                + ".catch(e => done('failed ' + e));",
                        href);
        assertThat(pdf).isEqualTo("200 application/pdf %PDF-");
        shots = browser.screenshots("bulk-confirmed");
        Files.copy(shots.desktop(), SCREENS.resolve("bulk-confirmed-desktop.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(shots.phone(), SCREENS.resolve("bulk-confirmed-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        browser.signOut();

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/laporan?q=KAPUASSON");
        assertThat(browser.text(By.tagName("main"))).contains("JOHN KAPUASSON");
        browser.open("/laporan?q=LINDQVIST");
        assertThat(browser.text(By.tagName("main"))).contains("ANNA LINDQVIST");
    }
}
