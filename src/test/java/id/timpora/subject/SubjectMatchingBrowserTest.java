package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.BrowserTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Putussibau immigration officer keeps two look-alikes apart, merges a renewal's two records and undoes it, and links
 * a renewed passport to a person — from the person page, at desktop and phone size.
 */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class SubjectMatchingBrowserTest extends BrowserTest {

    private static final String KAPUAS_HULU = "61.06";
    private static final String PUTUSSIBAU_KOTA = "61.06.01.1001";
    private static final String HILIR_KANTOR = "61.06.01.1002";

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
        TestDatabase.register(registry, "timpora_browser_matching");
    }

    @Test
    void anOfficerKeepsLookAlikesApartUndoesAMergeAndLinksARenewedPassport() {
        Sightings sightings = new Sightings(jdbc, events, transaction);
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU));
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", KAPUAS_HULU));
        long karimov = sightings.subjectOf(sightings.save(reports.by(reporter, PUTUSSIBAU_KOTA)
                .set("full_name", "Rustam Karimov")
                .set("nationality", "UZ")
                .set("birth_date", LocalDate.parse("1988-02-10"))
                .set("passport_number", "FA1234567")
                .set("observed_at", Instant.parse("2026-01-10T03:00:00Z"))));
        long lookAlike = sightings.subjectOf(sightings.save(reports.by(reporter, HILIR_KANTOR)
                .set("full_name", "Rustam Karimova")
                .set("nationality", "UZ")
                .set("birth_date", LocalDate.parse("1988-06-01"))
                .set("passport_number", "FB7654321")
                .set("observed_at", Instant.parse("2026-02-10T03:00:00Z"))));
        long renewal = sightings.subjectOf(sightings.save(reports.by(reporter, HILIR_KANTOR)
                .set("full_name", "Rustam Karimov")
                .set("nationality", "UZ")
                .set("passport_number", "FC0001122")
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2027-01-31"))
                .set("observed_at", Instant.parse("2026-03-10T03:00:00Z"))));

        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/orang-asing/" + karimov);
        scrollTo("merge");
        browser.waitFor(By.cssSelector("#mergeCandidates .list-group-item"));
        assertThat(browser.text(By.id("mergeCandidates"))).contains("Rustam Karimova", "Bukan orang yang sama");
        browser.screenshots("matching-1-candidates");

        // Not the same person: remembered, shown, never suggested again.
        String apartForm =
                "//form[contains(@class,'keep-apart-form')][.//input[@name='otherId' and @value='" + lookAlike + "']]";
        browser.type(By.xpath(apartForm + "//input[@name='note']"), "Tanggal lahir dan ayah berbeda");
        browser.clickConfirmAndWaitForPage(By.xpath(apartForm + "//button"));
        assertThat(browser.text(By.cssSelector(".alerts .alert-success"))).contains("bukan orang yang sama");
        assertThat(browser.text(By.id("judgement-" + lookAlike)))
                .contains("Bukan orang yang sama", "Rustam Karimova", "Tanggal lahir dan ayah berbeda");
        scrollTo("judgements");
        browser.screenshots("matching-2-judged");

        // The renewal's record is the same person: merge, then undo.
        scrollTo("merge");
        browser.waitFor(By.cssSelector("#mergeCandidates .list-group-item"));
        assertThat(browser.text(By.id("mergeCandidates"))).doesNotContain("Rustam Karimova");
        browser.clickConfirmAndWaitForPage(By.xpath("//form[.//input[@name='otherId' and @value='" + renewal
                + "']][contains(@action,'gabung')]" + "//button"));
        assertThat(browser.text(By.id("passports"))).contains("FA1234567", "FC0001122");
        scrollTo("mergeHistory");
        browser.screenshots("matching-3-merged");
        browser.clickConfirmAndWaitForPage(By.cssSelector(".undo-merge-form button"));
        assertThat(browser.text(By.cssSelector(".alerts .alert-success"))).contains("dipulihkan");
        assertThat(browser.text(By.id("passports"))).doesNotContain("FC0001122");
        assertThat(sightings.subjectOf(
                        jdbc.queryForObject("select id from report where passport_number = 'FC0001122'", Long.class)))
                .isEqualTo(renewal);
        browser.screenshots("matching-4-undone");

        // A renewed passport, first without its number.
        scrollTo("passportForm");
        browser.click(By.cssSelector("#passportAdd summary"));
        browser.click(By.cssSelector("#passportForm button[type=submit]"));
        browser.waitFor(By.cssSelector("#passportForm [data-error-summary]"));
        assertThat(browser.text(By.id("passportNumber-error"))).isEqualTo("Isi nomor paspor.");
        scrollTo("passportForm");
        browser.screenshots("matching-5-passport-error");
        browser.type(By.id("passportNumber"), "FD 998877");
        browser.type(By.id("seenOn"), "01/03/2026");
        browser.clickAndWaitForPage(By.cssSelector("#passportForm button[type=submit]"));
        assertThat(browser.text(By.id("passports"))).contains("FD998877", "1 Mar 2026");
        long renewedReport = sightings.save(reports.by(reporter, PUTUSSIBAU_KOTA)
                .set("full_name", "Rustam Karimov")
                .set("nationality", "UZ")
                .set("passport_number", "FD998877"));
        assertThat(sightings.subjectOf(renewedReport)).isEqualTo(karimov);
        scrollTo("passports");
        browser.screenshots("matching-6-passport-linked");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
