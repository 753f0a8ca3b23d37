package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.BrowserTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer of Kantor Imigrasi Putussibau finds a German seen three times in Kapuas Hulu whose visit visa ran out
 * before the last sighting, and links a new report to a known person from the panel the report page will embed.
 */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class SubjectBrowserTest extends BrowserTest {

    private static final String KAPUAS_HULU = "61.06";
    private static final String PUTUSSIBAU_KOTA = "61.06.01.1001";
    private static final String HILIR_KANTOR = "61.06.01.1002";
    private static final String BIKA = "61.06.02.2001";

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestAgencies agencies;

    @Autowired
    TestReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_subjects");
    }

    @Test
    void aPersonSeenThreeTimesWithAnExpiredPermitShowsTheOverstaySignal() {
        Sightings sightings = new Sightings(jdbc, events, transaction);
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU));
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", KAPUAS_HULU));

        long firstSighting = sightings.save(reports.by(reporter, PUTUSSIBAU_KOTA)
                .set("full_name", "Hans Müller")
                .set("nationality", "DE")
                .set("birth_date", LocalDate.parse("1984-05-17"))
                .set("passport_number", "C4F2K7L91")
                .set("permit_type", "VISA_KUNJUNGAN")
                .set("permit_number", "B211-2025-004512")
                .set("permit_expiry", LocalDate.parse("2026-01-31"))
                .set("observed_at", Instant.parse("2025-12-20T07:30:00Z"))
                .set("place_type", "PENGINAPAN")
                .set("address", "Hotel Merpati, Jl. Merdeka No. 12")
                .set("source", "APOA")
                .set("status", "TERVERIFIKASI"));
        sightings.save(reports.by(reporter, HILIR_KANTOR)
                .set("full_name", "Hans Mueller")
                .set("nationality", "DE")
                .set("passport_number", "C4F2K7L91")
                .set("permit_type", "VISA_KUNJUNGAN")
                .set("permit_expiry", LocalDate.parse("2026-01-31"))
                .set("observed_at", Instant.parse("2026-01-15T02:10:00Z"))
                .set("place_type", "TEMPAT_KERJA")
                .set("address", "CV Borneo Kayu Lestari")
                .set("status", "SELESAI"));
        sightings.save(reports.by(reporter, BIKA)
                .set("full_name", "Hans Müller")
                .set("nationality", "DE")
                .set("passport_number", "C4F2K7L91")
                .set("observed_at", Instant.parse("2026-03-01T04:45:00Z"))
                .set("place_type", "TEMPAT_UMUM")
                .set("address", "Pasar Bika")
                .set("indications", new String[] {"OVERSTAY"}));
        long hans = sightings.subjectOf(firstSighting);
        sightings.save(reports.by(reporter, PUTUSSIBAU_KOTA)
                .set("full_name", "Li Wei")
                .set("nationality", "CN")
                .set("passport_number", "EA4471203")
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2027-02-28"))
                .set("observed_at", Instant.parse("2026-02-11T03:00:00Z")));
        long rizwan = sightings.save(reports.by(reporter, HILIR_KANTOR)
                .set("full_name", "Mohammad Rizwan")
                .set("nationality", "PK")
                .set("birth_date", LocalDate.parse("1990-08-01"))
                .set("passport_number", "AB7710452")
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-09-30"))
                .set("observed_at", Instant.parse("2026-02-20T03:00:00Z")));
        long unlinked = sightings.save(reports.by(reporter, BIKA)
                .set("full_name", "Muhammad Rizwan")
                .set("nationality", "PK")
                .set("birth_date", LocalDate.parse("1990-03-01"))
                .set("observed_at", Instant.parse("2026-02-25T03:00:00Z")));

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/orang-asing");
        WebElement hansRow = browser.waitFor(By.xpath("//table[@id='subjectTable']//tr[.//a[text()='Hans Müller']]"));
        assertThat(hansRow.getText())
                .contains("Jerman", "C4F••••91", "Overstay")
                .doesNotContain("C4F2K7L91");
        browser.screenshots("subjects-1-list");

        browser.clickAndWaitForPage(By.linkText("Hans Müller"));
        browser.waitForPath("/orang-asing/" + hans);
        assertThat(browser.text(By.id("overstaySignal")))
                .contains("31 Jan 2026")
                .contains("1 Mar 2026");
        assertThat(browser.driver().findElements(By.cssSelector(".subject-timeline-item")))
                .hasSize(3);
        assertThat(browser.text(By.id("permitNumber"))).isEqualTo("B211-2025-004512");
        browser.screenshots("subjects-2-subject");
        scrollTo("timeline");
        browser.screenshots("subjects-2b-subject-timeline");
        scrollTo("merge");
        browser.screenshots("subjects-2c-subject-merge");

        browser.open("/orang-asing/" + hans + "?lang=en");
        assertThat(browser.text(By.id("overstaySignal"))).contains("expired");
        browser.screenshots("subjects-3-subject-en");
        browser.open("/orang-asing?lang=id");

        // The report page embeds the panel with htmx; any page of the layout can host it the same way.
        showPanelOf(unlinked);
        assertThat(browser.text(By.id("subjectSuggestions"))).contains("Mohammad Rizwan");
        browser.screenshots("subjects-4-panel-suggestions");
        browser.click(By.cssSelector("#subjectSuggestions button[type=submit]"));
        WebElement linked = browser.waitFor(By.id("panelSubject"));
        assertThat(linked.getText()).isEqualTo("Mohammad Rizwan");
        assertThat(browser.text(By.cssSelector("#subjectPanel .alert-success"))).contains("ditautkan");
        assertThat(sightings.subjectOf(unlinked)).isEqualTo(sightings.subjectOf(rizwan));
        browser.screenshots("subjects-5-panel-linked");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void showPanelOf(long reportId) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const host = document.createElement('div');"
                                + "host.id = 'panelHost'; host.className = 'col-12 col-lg-6 mt-3';"
                                + "document.querySelector('#content main').prepend(host);"
                                + "htmx.ajax('GET', arguments[0], {target: '#panelHost', swap: 'outerHTML'});",
                        "/orang-asing/laporan/" + reportId + "/panel");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("subjectPanel")));
    }
}
