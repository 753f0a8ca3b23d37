package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hotel receptionist on a phone signs in, lands on the partner pages, sends a guest notice with a mistake, fixes it,
 * gets the receipt number; the officer of the covering Kanim finds the guest in the report list and on the partner list.
 */
@Import({TestAccounts.class, TestAgencies.class})
class PartnerBrowserTest extends BrowserTest {

    static final String PALA_PULAU = "61.06.01.2004";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_partner");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aHotelSendsAGuestNoticeOnAPhoneAndTheKanimOfficerFindsIt() {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String officer = accounts.create("OFFICER", kanim);
        long hotel = jdbc.queryForObject(
                "insert into organisation (kind, name, region_code, province_code, regency_code, district_code,"
                        + " address, registered_by_agency_id) values ('PENGINAPAN_HOTEL', 'Hotel Kapuas Indah', ?,"
                        + " '61', '61.06', '61.06.01', 'Jl. Lintas Utara 1', ?) returning id",
                Long.class,
                PALA_PULAU,
                kanim);
        String partner = accounts.create("PARTNER", kanim);
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(partner),
                hotel);

        browser.resize(Browser.PHONE);
        browser.open("/login");
        browser.signIn(partner, TestAccounts.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mitra");
        assertThat(browser.text(By.id("ownOrganisation"))).contains("Hotel Kapuas Indah");
        browser.screenshots("partner-home-empty");

        browser.open("/mitra/tamu/baru");
        browser.type(By.id("fullName"), "Charlotte Martin");
        new Select(browser.waitFor(By.id("nationality"))).selectByValue("FR");
        browser.type(By.id("birthDate"), "12/07/1991");
        browser.type(By.id("passportNumber"), "#");
        browser.type(By.id("room"), "305");
        new Select(browser.waitFor(By.id("purpose"))).selectByValue("WISATA");
        browser.clickAndWaitForPage(By.id("sendNotice"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Nomor paspor");
        assertThat(browser.waitFor(By.id("fullName")).getDomProperty("value")).isEqualTo("Charlotte Martin");
        browser.screenshots("partner-guest-refused");

        browser.type(By.id("passportNumber"), "19FV12345");
        browser.clickAndWaitForPage(By.id("sendNotice"));
        assertThat(browser.path()).startsWith("/mitra/pemberitahuan/");
        String receipt = browser.text(By.id("receiptNumber"));
        assertThat(receipt).matches("STT/\\d{4}/\\d{6}");
        browser.screenshots("partner-notice");

        browser.open("/mitra");
        assertThat(browser.text(By.id("noticeTable")))
                .contains("Charlotte Martin")
                .contains(receipt);
        browser.screenshots("partner-home");
        browser.open("/laporan");
        assertThat(browser.driver().getPageSource()).doesNotContain("Charlotte Martin");
        browser.signOut();

        browser.resize(Browser.DESKTOP);
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/laporan");
        assertThat(browser.driver().getPageSource()).contains("Charlotte Martin");
        browser.open("/organisasi");
        assertThat(browser.text(By.id("partnerTable"))).contains("Hotel Kapuas Indah");
        browser.screenshots("partner-list");
    }
}
