package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An officer of Kantor Imigrasi Putussibau saves and watches a search of Chinese nationals; a Kesbangpol reporter logs
 * a Chinese worker; the officer's bell counts the report waiting for review and the watched search's match; the
 * officer verifies it, and the reporter's bell — on a phone too, where the menu is folded away — counts the status
 * changes and leads to the report.
 */
@Import({TestAccounts.class, TestAgencies.class})
class NotificationBrowserTest extends BrowserTest {

    private static final String KAPUAS_HULU = "61.06";
    private static final String PUTUSSIBAU_UTARA = "61.06.01";
    private static final String PALA_PULAU = "61.06.01.2004";
    private static final String PICKER = "wilayah-regionCode";
    private static final Pattern REPORT_PATH = Pattern.compile("/laporan/(\\d+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_notification");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theBellTellsTheOfficerOfANewReportAndTheReporterOfItsVerification() {
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", KAPUAS_HULU);
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU);
        String reporter = accounts.create("REPORTER", kesbangpol);
        String officer = accounts.create("OFFICER", kanim);

        // 1. The officer saves the filtered list as a watched search.
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/laporan?nationality=CN");
        browser.type(By.id("savedSearchName"), "Warga Tiongkok");
        browser.click(By.id("savedSearchWatched"));
        browser.clickAndWaitForPage(By.id("saveSearch"));
        assertThat(browser.text(By.id("savedSearchList")))
                .contains("Warga Tiongkok")
                .contains("Dipantau");
        assertThat(browser.driver().findElements(By.id("notificationCount"))).isEmpty();
        browser.screenshots("notification-1-saved-search");
        browser.signOut();

        // 2. The reporter logs a report of a Chinese worker in Pala Pulau.
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.open("/laporan/baru");
        browser.type(By.id("fullName"), "Zhang Wei");
        new Select(browser.waitFor(By.id("nationality"))).selectByVisibleText("Tiongkok");
        new Select(browser.waitFor(By.id("sex"))).selectByValue("LAKI_LAKI");
        browser.setValue(
                By.id("observedDate"),
                LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString());
        browser.setValue(By.id("observedTime"), "10:00");
        new Select(browser.waitFor(By.id("placeType"))).selectByVisibleText("Tempat kerja");
        browser.waitForOption(By.id(PICKER + "-kecamatan"), PUTUSSIBAU_UTARA);
        new Select(browser.waitFor(By.id(PICKER + "-kecamatan"))).selectByValue(PUTUSSIBAU_UTARA);
        browser.waitForValue(By.id(PICKER + "-kode"), PUTUSSIBAU_UTARA);
        browser.waitForOption(By.id(PICKER + "-desa"), PALA_PULAU);
        new Select(browser.waitFor(By.id(PICKER + "-desa"))).selectByValue(PALA_PULAU);
        browser.waitForValue(By.id(PICKER + "-kode"), PALA_PULAU); // htmx has swapped the picker in
        browser.click(By.xpath("//input[@name='activities'][@value='BEKERJA']"));
        new Select(browser.waitFor(By.id("source"))).selectByVisibleText("Patroli lapangan");
        browser.clickAndWaitForPage(By.id("saveReport"));
        long reportId = reportIdFromPath();
        assertThat(browser.driver().findElements(By.id("notificationCount"))).isEmpty();
        browser.signOut();

        // 3. The officer's bell counts the report waiting for review and the match of the watched search.
        browser.signIn(officer, TestAccounts.PASSWORD);
        assertThat(browser.text(By.id("notificationCount"))).isEqualTo("2");
        browser.clickAndWaitForPage(By.id("navNotifications"));
        assertThat(browser.text(By.id("notifications")))
                .contains("1 laporan baru menunggu telaah di wilayah Anda.")
                .contains("Laporan baru #" + reportId + " cocok dengan pencarian \"Warga Tiongkok\".");
        browser.screenshots("notification-2-officer-list");
        browser.open("/laporan/" + reportId);
        browser.type(By.id("note-DITELAAH"), "Dicek dengan data APOA.");
        browser.clickAndWaitForPage(By.id("moveTo-DITELAAH"));
        assertThat(browser.clickConfirmAndWaitForPage(By.id("moveTo-TERVERIFIKASI")))
                .contains("Terverifikasi");
        browser.signOut();

        // 4. The reporter's bell counts both changes; on a phone it stays in sight beside the folded menu.
        browser.signIn(reporter, TestAccounts.PASSWORD);
        assertThat(browser.text(By.id("notificationCount"))).isEqualTo("2");
        browser.resize(Browser.PHONE);
        browser.open("/");
        assertThat(browser.waitFor(By.id("navNotificationsPhone")).isDisplayed())
                .isTrue();
        assertThat(browser.text(By.id("notificationCountPhone"))).isEqualTo("2");
        assertThat(browser.driver().findElement(By.id("navNotifications")).isDisplayed())
                .isFalse();
        browser.screenshots("notification-3-reporter-bell");
        browser.clickAndWaitForPage(By.id("navNotificationsPhone"));
        browser.waitForPath("/notifikasi");
        assertThat(browser.text(By.id("notifications")))
                .contains("Laporan #" + reportId + " Anda kini berstatus Terverifikasi.")
                .contains("Laporan #" + reportId + " Anda kini berstatus Ditelaah.");
        browser.screenshots("notification-4-reporter-list");
        browser.clickAndWaitForPage(
                By.xpath("//a[contains(@class,'notification-link')][contains(., 'Terverifikasi')]"));
        assertThat(browser.path()).isEqualTo("/laporan/" + reportId);
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Terverifikasi");
        assertThat(browser.text(By.id("notificationCountPhone"))).isEqualTo("1");
        browser.resize(Browser.DESKTOP);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.recipient_id"
                                + " where u.username = ? and n.read_at is not null",
                        Integer.class,
                        reporter))
                .isEqualTo(1);
    }

    @Test
    void aNationalAdministratorSetsTheOfficersDefaults() {
        String admin = accounts.create("ADMIN", null);
        browser.open("/login");
        browser.signIn(admin, TestAccounts.PASSWORD);
        browser.openNavbarMenu(By.xpath("//a[contains(@class,'dropdown-toggle')][normalize-space()='Administrasi']"));
        browser.clickAndWaitForPage(By.id("navNotificationDefaults"));
        browser.waitForPath("/admin/notifikasi");
        browser.click(By.id("OFFICER-digestYes"));
        browser.click(By.id("OFFICER-MEETING_CHANGED"));
        browser.clickAndWaitForPage(By.id("save-OFFICER"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Bawaan notifikasi disimpan.");
        assertThat(browser.waitFor(By.id("OFFICER-digestYes")).isSelected()).isTrue();
        assertThat(browser.driver()
                        .findElement(By.id("OFFICER-MEETING_CHANGED"))
                        .isSelected())
                .isFalse();
        browser.screenshots("notification-5-role-defaults");
    }

    private long reportIdFromPath() {
        Matcher matcher = REPORT_PATH.matcher(browser.path());
        assertThat(matcher.matches()).as(browser.driver().getCurrentUrl()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
