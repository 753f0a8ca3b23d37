package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An immigration officer in Putussibau looks through the sighting reports of Kapuas Hulu and narrows them down. */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class ReportListBrowserTest extends BrowserTest {

    private static final List<String> VILLAGES =
            List.of("61.06.01.1001", "61.06.01.1002", "61.06.01.2004", "61.06.02.2001", "61.06.02.2002");

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"Li Wei", "CN", "E12345678"},
            new String[] {"Ahmad Faizal bin Rahman", "MY", "A31415926"},
            new String[] {"Hans Müller", "DE", "C01X00T47"},
            new String[] {"Wang Wei", "CN", "EA7654321"},
            new String[] {"Olivia Brown", "AU", "PA1234567"},
            new String[] {"Kim Min-jun", "KR", "M12345678"},
            new String[] {"Siti Nurhaliza binti Osman", "MY", "A27182818"},
            new String[] {"Zhang Min", "CN", "E55512345"},
            new String[] {"Maria Santos", "PH", "P7654321A"},
            new String[] {"John Smith", "US", "566123456"});

    private static final List<String> STATUSES =
            List.of("BARU", "DITELAAH", "TERVERIFIKASI", "DITOLAK", "TINDAK_LANJUT", "SELESAI");
    private static final List<String> PERMITS = List.of("ITAS", "VISA_ON_ARRIVAL", "BEBAS_VISA", "ITK", "TANPA_IZIN");
    private static final List<String[]> ACTIVITIES = List.of(
            new String[] {"BEKERJA"},
            new String[] {"WISATA"},
            new String[] {"JURNALISTIK", "POLITIK_KAMPANYE"},
            new String[] {"BISNIS"},
            new String[] {"KEAGAMAAN"});

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_reports");
    }

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestAgencies agencies;

    @Autowired
    TestReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerFiltersTheListByNationalityAndText() {
        long office = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        rename(office, "Kantor Imigrasi Kelas II TPI Putussibau");
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        rename(kesbangpol, "Kesbangpol Kabupaten Kapuas Hulu");
        String officer = accounts.create("OFFICER", office);
        jdbc.update("update app_user set display_name = 'Rina Wulandari' where username = ?", officer);
        String reporter = accounts.create("REPORTER", kesbangpol);
        Instant now = Instant.now();
        for (int i = 0; i < 30; i++) {
            String[] person = PEOPLE.get(i % PEOPLE.size());
            reports.by(i % 3 == 0 ? officer : reporter, VILLAGES.get(i % VILLAGES.size()))
                    .set("full_name", person[0])
                    .set("nationality", person[1])
                    .set("passport_number", i % 7 == 6 ? null : person[2])
                    .set("status", STATUSES.get(i % STATUSES.size()))
                    .set("permit_type", PERMITS.get(i % PERMITS.size()))
                    .set("activities", ACTIVITIES.get(i % ACTIVITIES.size()))
                    .set("observed_at", now.minus(Duration.ofHours(7L * i + 3)))
                    .insert();
        }

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        browser.clickAndWaitForPage(By.id("navReports"));
        browser.waitForPath("/laporan");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Laporan");
        assertThat(browser.text(By.id("reportCount"))).isEqualTo("30 laporan");
        assertThat(rows()).hasSize(25);
        assertThat(browser.text(By.id("exportCsv"))).isEqualTo("Ekspor CSV");
        assertThat(browser.driver().getPageSource()).contains("E12••••78").doesNotContain("E12345678");
        browser.screenshots("report-list-1-all");

        new Select(browser.waitFor(By.id("nationality"))).selectByValue("CN");
        browser.type(By.id("q"), "wei");
        browser.clickAndWaitForPage(By.id("applyFilter"));

        assertThat(browser.text(By.id("reportCount"))).isEqualTo("6 laporan");
        assertThat(rows()).hasSize(6).allSatisfy(row -> {
            assertThat(row.getText()).contains("Tiongkok");
            assertThat(row.findElement(By.cssSelector(".report-subject a")).getText())
                    .isIn("Li Wei", "Wang Wei");
        });
        assertThat(new Select(browser.waitFor(By.id("nationality")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Tiongkok");
        browser.screenshots("report-list-2-filtered");

        // The region picker sits behind "more filters"; narrowing to Kabupaten Kapuas Hulu keeps all six.
        browser.click(By.cssSelector("#moreFilters summary"));
        new Select(browser.waitFor(By.id("wilayah-wilayah-provinsi"))).selectByValue("61");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                // htmx replaces the picker while we look at it
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#wilayah-wilayah-kabupaten_kota option[value='61.06']"))
                                .size()
                        == 1);
        new Select(browser.waitFor(By.id("wilayah-wilayah-kabupaten_kota"))).selectByValue("61.06");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "61.06"
                        .equals(d.findElement(By.id("wilayah-wilayah-kode")).getDomAttribute("value")));
        browser.clickAndWaitForPage(By.id("applyFilter"));
        assertThat(browser.path()).isEqualTo("/laporan");
        assertThat(browser.driver().getCurrentUrl()).contains("wilayah=61.06");
        assertThat(browser.text(By.id("reportCount"))).isEqualTo("6 laporan");
        assertThat(browser.waitFor(By.id("moreFilters")).getDomAttribute("open"))
                .isNotNull();
        browser.screenshots("report-list-3-region");

        // On a phone the filters fold away behind one button, which says how many are set.
        browser.resize(Browser.PHONE);
        assertThat(browser.waitFor(By.id("reportFilterToggle")).getText()).contains("3 aktif");
        assertThat(browser.driver().findElement(By.id("reportFilter")).isDisplayed())
                .isFalse();
        scrollTo("reportCount");
        browser.screenshots("report-list-4-phone-results");
        browser.resize(Browser.PHONE);
        browser.click(By.id("reportFilterToggle"));
        browser.waitFor(By.id("applyFilter"));
        scrollTo("reportFilterToggle");
        browser.screenshots("report-list-5-phone-filters");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#reportTable tr[data-report-id]"));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void rename(long agency, String name) {
        jdbc.update("update agency set name = ? where id = ?", name, agency);
    }
}
