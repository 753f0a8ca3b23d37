package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.account.CurrentUser;
import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An officer of the Ditjen and a reporter in Kapuas Hulu open their dashboards: figures, charts, the map of their
 * jurisdiction; the officer clicks Kalimantan Barat on the map and follows the link to its reports.
 */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class DashboardBrowserTest extends BrowserTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** Places and how many reports each gets: Kapuas Hulu (two kecamatan), Pontianak, Badung (Bali), Jakarta Utara. */
    static final List<Object[]> PLACES = List.of(
            new Object[] {"61.06.01.2004", 14, WIB},
            new Object[] {"61.06.02.2001", 6, WIB},
            new Object[] {"61.71.02.1001", 9, WIB},
            new Object[] {"51.03.01.1001", 11, WITA},
            new Object[] {"31.72.01.1001", 4, WIB});

    static final List<String> NATIONALITIES = List.of("CN", "MY", "AU", "US", "KR", "NL", "IN");
    static final List<String> STATUSES = List.of("BARU", "DITELAAH", "TERVERIFIKASI", "TINDAK_LANJUT", "SELESAI");
    static final List<String[]> ACTIVITIES = List.of(
            new String[] {"BEKERJA"}, new String[] {"WISATA"}, new String[] {"BISNIS", "BEKERJA"}, new String[] {
                "JURNALISTIK"
            });

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_dashboard");
    }

    /** A stand-in for the meeting feature, so the cards show known meetings (MeetingDashboardTest checks the real one). */
    @TestConfiguration
    static class Meetings {
        @Bean
        @Primary
        MeetingDigest meetingDigest() {
            return new MeetingDigest() {
                @Override
                public List<UpcomingMeeting> upcoming(CurrentUser user, String regionCode, int limit) {
                    return List.of(new UpcomingMeeting(
                            7,
                            "Rakor Tim Pora Kabupaten Kapuas Hulu",
                            Instant.now().plus(Duration.ofDays(3)),
                            "Aula Kantor Imigrasi Putussibau",
                            "Tim Pora Kabupaten Kapuas Hulu"));
                }

                @Override
                public List<OverdueActionItem> overdueActionItems(CurrentUser user, String regionCode, int limit) {
                    return List.of(new OverdueActionItem(
                            5,
                            "Rakor Oktober",
                            "Klarifikasi TKA di PT Sawit Makmur",
                            "Disnaker Kapuas Hulu",
                            LocalDate.now().minusDays(4)));
                }
            };
        }
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
    void anOfficerSeesTheCountryClicksAProvinceAndOpensItsReports() {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
        jdbc.update("update app_user set display_name = 'Rudi Hartono' where username = ?", officer);
        fixture();

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        waitForMap();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dasbor pengawasan");
        assertThat(browser.text(By.id("dashboardArea"))).isEqualTo("Seluruh Indonesia");
        assertThat(kpi("kpiTotal")).isEqualTo(44);
        assertThat(browser.driver().findElements(By.cssSelector("#dashboardMap path[data-code]")))
                .hasSize(38);
        assertThat(browser.text(By.cssSelector(".map-legend")))
                .contains("Jumlah laporan")
                .contains("Tidak ada");
        assertThat(browser.text(By.cssSelector(".leaflet-control-attribution"))).contains("BIG");
        assertThat(browser.text(By.id("mapAttribution"))).contains("Badan Informasi Geospasial");
        assertThat(chartsDrawn()).isEqualTo(7);
        assertThat(browser.text(By.id("upcomingMeetings"))).contains("Rakor Tim Pora Kabupaten Kapuas Hulu");
        screenshots(
                "dashboard-1-officer-national",
                "trendHeading",
                "heading-status",
                "heading-activity",
                "heading-permit",
                "meetingsHeading");

        // Kalimantan Barat: the map drills into its kabupaten/kota and the dashboard narrows to it.
        clickArea("61");
        assertThat(browser.driver().getCurrentUrl()).contains("wilayah=61");
        waitForMap();
        assertThat(browser.text(By.id("dashboardArea"))).isEqualTo("Provinsi Kalimantan Barat");
        assertThat(kpi("kpiTotal")).isEqualTo(29);
        assertThat(browser.driver().findElements(By.cssSelector("#dashboardMap path[data-code^='61.']")))
                .hasSize(14);
        assertThat(browser.text(By.cssSelector("#breakdownTable tr[data-region='61.06'] td")))
                .isEqualTo("20");
        screenshots("dashboard-2-officer-kalbar");

        // Its reports: the list the dashboard links to holds the same 29.
        browser.clickAndWaitForPage(By.id("dashboardReports"));
        browser.waitForPath("/laporan");
        assertThat(browser.driver().getCurrentUrl())
                .contains("wilayah=61")
                .contains("from=")
                .contains("to=");
        assertThat(browser.text(By.id("reportCount"))).isEqualTo("29 laporan");
    }

    @Test
    void aReporterInKapuasHuluSeesOnlyTheirKabupaten() {
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        fixture();

        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        waitForMap();
        assertThat(browser.text(By.id("dashboardArea"))).isEqualTo("Kabupaten Kapuas Hulu");
        assertThat(kpi("kpiTotal")).isEqualTo(20);
        // Kalimantan Barat by kabupaten/kota, with Kapuas Hulu alone counted: the rest is grey, out of reach.
        assertThat(browser.driver().findElements(By.cssSelector("#dashboardMap path[data-code^='61.']")))
                .hasSize(14);
        String kapuasHulu = browser.driver()
                .findElement(By.cssSelector("#dashboardMap path[data-code='61.06']"))
                .getDomAttribute("fill");
        String pontianak = browser.driver()
                .findElement(By.cssSelector("#dashboardMap path[data-code='61.71']"))
                .getDomAttribute("fill");
        assertThat(pontianak).isEqualTo("#d4d8dd");
        assertThat(kapuasHulu).isNotEqualTo(pontianak);
        // the kecamatan of Kapuas Hulu: those with reports in the table, the others folded below it
        assertThat(browser.driver()
                                .findElements(By.cssSelector("#breakdownTable tbody tr"))
                                .size()
                        + browser.driver()
                                .findElements(By.cssSelector("#breakdownZeros li"))
                                .size())
                .isEqualTo(23);
        screenshots("dashboard-3-reporter-kapuashulu");

        clickArea("61.06");
        assertThat(browser.driver().getCurrentUrl()).contains("wilayah=61.06");
        browser.clickAndWaitForPage(By.id("dashboardReports"));
        assertThat(browser.text(By.id("reportCount"))).isEqualTo("20 laporan");
    }

    /** The same reports for both tests (they share the database): inserted by whichever test runs first. */
    private static final AtomicBoolean FIXTURE = new AtomicBoolean();

    private void fixture() {
        if (FIXTURE.getAndSet(true)) {
            return;
        }
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "PUSAT"));
        LocalDate today = LocalDate.now(WIB);
        int n = 0;
        for (Object[] place : PLACES) {
            for (int i = 0; i < (int) place[1]; i++, n++) {
                Instant seen = today.minusDays(1 + (n * 7L) % 27)
                        .atTime(11, 0)
                        .atZone((ZoneId) place[2])
                        .toInstant();
                reports.by(reporter, (String) place[0])
                        .set("nationality", NATIONALITIES.get(n % NATIONALITIES.size()))
                        .set("status", STATUSES.get(n % STATUSES.size()))
                        .set("activities", ACTIVITIES.get(n % ACTIVITIES.size()))
                        .set("indications", n % 4 == 0 ? new String[] {"OVERSTAY"} : new String[0])
                        .set("source", n % 3 == 0 ? "APOA" : "PATROLI")
                        .set("observed_at", seen)
                        .insert();
            }
        }
    }

    /**
     * Clicks an area of the map where a user would: a point inside its shape (the middle of its bounding box may be sea,
     * or another area).
     */
    private void clickArea(String code) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // instantly: Bootstrap makes scrolling smooth, and a point taken mid-scroll would be somewhere else by the
        // click
        js.executeScript(
                "document.getElementById('dashboardMap').scrollIntoView({block: 'center', behavior: 'instant'})");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) js.executeScript(
                """
                const path = document.querySelector("#dashboardMap path[data-code='" + arguments[0] + "']");
                const box = path.getBoundingClientRect();
                for (let i = 1; i < 24; i++) {
                  for (let j = 1; j < 24; j++) {
                    const x = box.left + box.width * i / 24, y = box.top + box.height * j / 24;
                    if (document.elementFromPoint(x, y) === path) {
                      return [x, y];
                    }
                  }
                }
                return null;""",
                code);
        assertThat(point).as("a visible point of area " + code).isNotNull();
        js.executeScript("window.timporaOldPage = true");
        new Actions(browser.driver())
                .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
                .click()
                .perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript(
                                "return window.timporaOldPage === undefined && document.readyState === 'complete'"));
    }

    private void waitForMap() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage("the map did not draw")
                .until(d -> "true".equals(d.findElement(By.id("dashboardMap")).getDomAttribute("data-ready")));
    }

    private long kpi(String id) {
        return Long.parseLong(
                browser.text(By.cssSelector("#" + id + " .kpi-value")).replace(".", ""));
    }

    private long chartsDrawn() {
        return (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('figure.chart canvas'))"
                        + ".filter(c => window.Chart.getChart(c)).length");
    }

    /** The top of the page, then the page scrolled to the map and further parts, at desktop and at phone width. */
    private void screenshots(String name, String... further) {
        browser.screenshots(name);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<String> parts = new java.util.ArrayList<>(List.of("dashboardMap"));
        parts.addAll(List.of(further));
        try {
            for (var size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.resize(size);
                Thread.sleep(400); // Leaflet redraws on resize
                for (String part : parts) {
                    js.executeScript(
                            "document.getElementById(arguments[0]).scrollIntoView({behavior: 'instant'})", part);
                    Files.createDirectories(Browser.SCREENSHOTS);
                    Files.write(
                            Browser.SCREENSHOTS.resolve(
                                    name + "-" + part + "-" + (size == Browser.PHONE ? "phone" : "desktop") + ".png"),
                            ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
                }
            }
            browser.resize(Browser.DESKTOP);
            js.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
            Thread.sleep(600); // the map fits itself to the new size again
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
