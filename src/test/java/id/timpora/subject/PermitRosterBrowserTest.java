package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Kanim's officer uploads the permit roster, ticks "ekspor lengkap" and confirms; a Kesbangpol reporter finds who
 * lives in Kecamatan Putussibau Utara, sees passports masked and a person whose permit expired, and opens them.
 */
@Import({TestAccounts.class, TestAgencies.class})
class PermitRosterBrowserTest extends BrowserTest {

    private static final Path SCREENS = Path.of("/work/screens");
    private static final String DESA = "61.06.01.2004";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_roster");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @TempDir
    Path temporary;

    private void shot(String name) throws Exception {
        Browser.Screenshots shots = browser.screenshots(name);
        Files.createDirectories(SCREENS);
        Files.copy(shots.desktop(), SCREENS.resolve(name + "-desktop.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(shots.phone(), SCREENS.resolve(name + "-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anOfficerUploadsTheRosterAndAKesbangpolReporterFindsWhoLivesInTheKecamatan() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String officer = accounts.create("OFFICER", kanim);
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Pontianak"));
        String csv = "Nama Lengkap;Kewarganegaraan;Jenis Kelamin;Tanggal Lahir;Nomor Paspor;Jenis Izin Tinggal;"
                + "Nomor Izin Tinggal;Tanggal Terbit Izin;Tanggal Berakhir Izin;Penjamin;Pekerjaan;Alamat;"
                + "Kode Desa/Kelurahan;Sudah Keluar\n"
                + "LI WEI;Tiongkok;L;1982-04-02;E12345678;ITAS;2C21AB0001;" + today.minusDays(300) + ";"
                + today.minusDays(3) + ";PT Sawit Kapuas Lestari;Teknisi;Jl. Lintas Utara 5;" + DESA + ";\n"
                + "MARIA SANTOS;Filipina;P;1990-09-09;P7654321A;ITK;1D11CD0002;" + today.minusDays(20) + ";"
                + today.plusDays(12) + ";CV Borneo Wisata;Pemandu wisata;Jl. Kenanga 2;" + DESA + ";\n"
                + "KENJI TANAKA;Jepang;L;1975-01-30;TK9988776;ITAP;3A00EF0003;" + today.minusDays(900) + ";"
                + today.plusDays(600) + ";PT Sawit Kapuas Lestari;Manajer kebun;Jl. Lintas Utara 9;" + DESA + ";\n"
                + "NOBODY;Atlantis;L;1975-01-30;XX1;ITAP;X;;" + today.plusDays(600) + ";;;;" + DESA + ";\n";
        Path file = Files.writeString(temporary.resolve("daftar-izin-tinggal.csv"), csv, StandardCharsets.UTF_8);

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/orang-asing/daftar-izin");
        browser.waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("bulkUploadSubmit"));
        assertThat(browser.text(By.id("bulkSummary"))).contains("3 baris valid, 1 baris dengan kesalahan");
        assertThat(browser.text(By.id("bulkErrors"))).contains("Atlantis");
        shot("roster-preview");
        browser.click(By.id("rosterFull"));
        browser.clickAndWaitForPage(By.id("bulkConfirm"));
        assertThat(browser.text(By.id("rosterPeople"))).contains("baru");
        shot("roster-confirmed");
        browser.signOut();

        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        assertThat(browser.text(By.id("kpiPermitExpired"))).contains("1");
        shot("roster-dashboard");
        browser.open("/orang-asing/terdaftar?wilayah=61.06.01");
        String register = browser.text(By.id("registerTable"));
        assertThat(register).contains("LI WEI").contains("MARIA SANTOS").contains("KENJI TANAKA");
        assertThat(register).doesNotContain("E12345678").contains("E12••••78");
        assertThat(browser.text(By.cssSelector("tr:has(.permit-expired)"))).contains("LI WEI");
        shot("roster-register");
        browser.clickAndWaitForPage(By.linkText("LI WEI"));
        assertThat(browser.text(By.tagName("main")))
                .contains("Izin habis")
                .contains("PT Sawit Kapuas Lestari")
                .contains("2C21AB0001");
        shot("roster-person");
        browser.open("/orang-asing/terdaftar?expiry=DAYS_30");
        assertThat(browser.text(By.id("registerTable")))
                .contains("MARIA SANTOS")
                .doesNotContain("KENJI TANAKA");
    }
}
