package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A village contact person (#14) on a phone: the home page points to "Laporkan orang asing", the simpler first screen
 * has the desa fixed and the rest folded, the report is saved as a village report and shown; the neighbouring desa's
 * report, opened by its URL, is "not found".
 */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class VillageReportBrowserTest extends BrowserTest {

    static final String PALA_PULAU = "61.06.01.2004";
    static final String SIBAU_HILIR = "61.06.01.2005";
    static final Path SCREENS = Path.of("/work/screens");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_village");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private TestReports reports;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aVillageAccountLogsAReportSeesItAndNotTheNextDesas() throws Exception {
        String village = accounts.create("REPORTER", agencies.create("PEMDA", "DESA", PALA_PULAU));
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        long next = reports.by(kesbangpol, SIBAU_HILIR).insert();

        browser.resize(Browser.PHONE);
        browser.open("/login");
        browser.signIn(village, TestAccounts.PASSWORD);
        browser.open("/");
        assertThat(browser.text(By.id("villageStart"))).contains("Laporkan orang asing");
        keep(browser.screenshots("village-1-home"));

        browser.clickAndWaitForPage(By.id("villageReport"));
        assertThat(browser.path()).isEqualTo("/laporan/baru");
        assertThat(browser.text(By.id("villageRegion"))).contains("Pala Pulau").contains("Kapuas Hulu");
        // the rest is folded: the passport field is there but not shown
        assertThat(browser.driver().findElement(By.id("villageMore")).getDomAttribute("open"))
                .isNull();
        assertThat(browser.driver().findElement(By.id("passportNumber")).isDisplayed())
                .isFalse();
        assertThat(browser.driver().findElements(By.id("wilayah-regionCode-provinsi")))
                .isEmpty();

        // sent empty first: every message beside its field, nothing saved
        long before = jdbc.queryForObject("select count(*) from report", Long.class);
        browser.clickAndWaitForPage(By.id("saveReport"));
        assertThat(browser.driver().findElements(By.cssSelector(".invalid-feedback")))
                .isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class))
                .isEqualTo(before);
        keep(browser.screenshots("village-2-errors"));

        browser.type(By.id("fullName"), "Tidak diketahui, laki-laki berkacamata");
        new Select(browser.waitFor(By.id("nationality"))).selectByValue("MY");
        new Select(browser.waitFor(By.id("placeType"))).selectByValue("TEMPAT_KERJA");
        browser.click(By.cssSelector("#activities input[value=BEKERJA]"));
        browser.type(By.id("narrative"), "Bekerja di kebun sawit warga sejak minggu lalu.");
        keep(browser.screenshots("village-3-form"));
        browser.clickAndWaitForPage(By.id("saveReport"));

        assertThat(browser.path()).matches("/laporan/\\d+");
        long id = Long.parseLong(browser.path().substring("/laporan/".length()));
        assertThat(jdbc.queryForObject("select source from report where id = ?", String.class, id))
                .isEqualTo("LAPORAN_DESA");
        assertThat(jdbc.queryForObject("select region_code from report where id = ?", String.class, id))
                .isEqualTo(PALA_PULAU);
        assertThat(browser.text(By.tagName("main"))).contains("Tidak diketahui, laki-laki berkacamata");
        keep(browser.screenshots("village-4-saved"));

        browser.open("/laporan");
        assertThat(browser.text(By.tagName("main"))).contains("Tidak diketahui, laki-laki berkacamata");

        browser.open("/laporan/" + next);
        assertThat(browser.text(By.tagName("main"))).contains("Halaman tidak ditemukan");
        keep(browser.screenshots("village-5-next-desa"));
    }

    /** The screenshots are also kept outside the build, for looking at. */
    private static void keep(Browser.Screenshots shots) throws IOException {
        Files.createDirectories(SCREENS);
        for (Path shot : new Path[] {shots.desktop(), shots.phone()}) {
            Files.copy(shot, SCREENS.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
