package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator sets up an agency (its jurisdiction chosen with the htmx region picker) and a reporter in it; the
 * reporter signs in with the one-time password, must replace it, sees the agency on the profile and is kept out of
 * the administration.
 */
@Import(TestAccounts.class)
class AdministrationBrowserTest extends BrowserTest {

    private static final String PICKER = "wilayah-newRegionCode";
    private static final By PROVINCE = By.id(PICKER + "-provinsi");
    private static final By REGENCY = By.id(PICKER + "-kabupaten_kota");
    private static final By CHOSEN_CODE = By.id(PICKER + "-kode");
    private static final By SEARCH = By.id(PICKER + "-cari");
    private static final By CHOSEN_REGIONS = By.id("chosenRegions");

    private static final String KALIMANTAN_BARAT = "61";
    private static final String KAPUAS_HULU = "61.06";
    private static final String SINTANG = "61.05";
    private static final String REQUIRED = "Wajib diisi.";
    private static final String NEW_PASSWORD = "Sungai-Melawi-Deras-2045";
    private static final Pattern AGENCY_PATH = Pattern.compile("/admin/instansi/(\\d+)");
    private static final Pattern ACCOUNT_PATH = Pattern.compile("/admin/pengguna/(\\d+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_admin");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAdminSetsUpAnAgencyAndAReporterWhoSignsInAndIsKeptOutOfTheAdministration() {
        String agencyName = "Kesbangpol Kabupaten Kapuas Hulu " + System.nanoTime() % 100000;
        String admin = accounts.create("ADMIN");

        browser.open("/login");
        browser.signIn(admin, TestAccounts.PASSWORD);
        browser.waitForPath("/");

        // 1. The agency list, and the form for a new agency.
        browser.open("/admin/instansi");
        browser.clickAndWaitForPage(By.id("newAgency"));
        browser.waitForPath("/admin/instansi/baru");

        // 2. An empty form is refused field by field, and nothing is saved.
        long agenciesBefore = count("select count(*) from agency");
        browser.clickAndWaitForPage(By.id("saveAgency"));
        assertFieldError("name", REQUIRED);
        assertFieldError("type", REQUIRED);
        assertFieldError("level", REQUIRED);
        assertThat(count("select count(*) from agency")).isEqualTo(agenciesBefore);
        browser.screenshots("admin-1-agency-form-errors");

        // 3. Fill the agency in; the jurisdiction through the cascading picker...
        browser.type(By.id("name"), agencyName);
        new Select(browser.waitFor(By.id("type"))).selectByValue("KESBANGPOL");
        new Select(browser.waitFor(By.id("level"))).selectByValue("KABUPATEN_KOTA");

        assertThat(new Select(browser.waitFor(REGENCY)).getOptions()).hasSize(1);
        assertThat(browser.waitFor(REGENCY).isEnabled()).isFalse();
        new Select(browser.waitFor(PROVINCE)).selectByVisibleText("Kalimantan Barat");
        waitForPickerChoice(KALIMANTAN_BARAT);
        waitForOption(REGENCY, KAPUAS_HULU);
        new Select(browser.waitFor(REGENCY)).selectByVisibleText("Kabupaten Kapuas Hulu");
        waitForPickerChoice(KAPUAS_HULU);
        assertThat(browser.text(By.id(PICKER + "-terpilih")))
                .contains("Kapuas Hulu")
                .contains("Kalimantan Barat");
        browser.clickAndWaitForPage(By.id("addRegion"));
        assertThat(browser.text(CHOSEN_REGIONS)).contains("Kabupaten Kapuas Hulu (Kalimantan Barat)");
        // Adding a region is no attempt to save: the form keeps what was typed and shows no errors.
        assertThat(browser.waitFor(By.id("name")).getDomProperty("value")).isEqualTo(agencyName);
        assertThat(new Select(browser.waitFor(By.id("type")))
                        .getFirstSelectedOption()
                        .getDomProperty("value"))
                .isEqualTo("KESBANGPOL");
        assertThat(browser.driver().findElements(By.cssSelector(".is-invalid"))).isEmpty();
        assertThat(browser.driver().findElement(CHOSEN_CODE).getDomProperty("value"))
                .isEmpty();

        // ... and a second one through its search box.
        browser.type(SEARCH, "Sintang");
        By sintangHit = By.cssSelector("#" + PICKER + "-hasil .region-match[data-code='" + SINTANG + "']");
        browser.waitFor(sintangHit);
        assertThat(browser.text(sintangHit)).contains("Kabupaten Sintang");
        screenshotsOf("admin-2-agency-form-picker-search", By.id("jurisdiction"));
        browser.click(sintangHit);
        waitForPickerChoice(SINTANG);
        assertThat(new Select(browser.waitFor(PROVINCE))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Kalimantan Barat");
        assertThat(new Select(browser.waitFor(REGENCY)).getFirstSelectedOption().getText())
                .isEqualTo("Kabupaten Sintang");
        screenshotsOf("admin-2-agency-form-picker-chosen", By.id("jurisdiction"));
        browser.clickAndWaitForPage(By.id("addRegion"));
        assertThat(browser.text(CHOSEN_REGIONS))
                .contains("Kabupaten Kapuas Hulu (Kalimantan Barat)")
                .contains("Kabupaten Sintang (Kalimantan Barat)");

        browser.clickAndWaitForPage(By.id("saveAgency"));
        long agencyId = idFrom(AGENCY_PATH);
        assertThat(browser.text(By.cssSelector(".alert-success")))
                .contains("Instansi " + agencyName + " telah dibuat.");
        assertThat(jdbc.queryForList(
                        "select region_code from agency_region where agency_id = ? order by region_code",
                        String.class,
                        agencyId))
                .containsExactly(SINTANG, KAPUAS_HULU);
        assertThat(jdbc.queryForObject("select type || ' ' || level from agency where id = ?", String.class, agencyId))
                .isEqualTo("KESBANGPOL KABUPATEN_KOTA");

        browser.open("/admin/instansi");
        assertThat(browser.text(By.id("agencyTable")))
                .contains(agencyName)
                .contains("Kabupaten Sintang, Kabupaten Kapuas Hulu");
        browser.screenshots("admin-3-agency-list");

        // 4. A reporter of that agency, with a one-time password shown exactly once.
        String reporter = "pelapor.kapuashulu" + System.nanoTime() % 100000;
        browser.open("/admin/pengguna/baru");
        browser.type(By.id("username"), reporter);
        browser.type(By.id("displayName"), "Dayang Sumbi");
        new Select(browser.waitFor(By.id("agencyId"))).selectByVisibleText(agencyName);
        new Select(browser.waitFor(By.id("role"))).selectByValue("REPORTER");
        browser.type(By.id("position"), "Staf Bidang Kewaspadaan Nasional");
        browser.clickAndWaitForPage(By.id("saveAccount"));
        long accountId = idFrom(ACCOUNT_PATH);
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("Akun " + reporter + " telah dibuat.");
        String oneTimePassword = browser.text(By.id("oneTimePassword")).strip();
        assertThat(oneTimePassword).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(jdbc.queryForObject(
                        "select role || ' ' || agency_id || ' ' || must_change_password from app_user where id = ?",
                        String.class,
                        accountId))
                .isEqualTo("REPORTER " + agencyId + " true");
        browser.screenshots("admin-4-account-created");

        browser.driver().navigate().refresh();
        browser.waitForPath("/admin/pengguna/" + accountId);
        browser.waitFor(By.id("accountForm"));
        assertThat(browser.driver().findElements(By.id("oneTimePasswordBox"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(oneTimePassword);

        browser.open("/admin/pengguna?agency=" + agencyId);
        assertThat(browser.text(By.id("accountTable"))).contains(reporter).contains("Dayang Sumbi");
        browser.screenshots("admin-4-account-list");

        // 5. The reporter signs in with it, must replace it, and signs in again with the new one.
        browser.signOut();
        browser.waitForPath("/login");
        browser.signIn(reporter, oneTimePassword);
        browser.waitForPath("/akun/kata-sandi");
        browser.type(By.id("currentPassword"), oneTimePassword);
        browser.type(By.id("newPassword"), NEW_PASSWORD);
        browser.type(By.id("confirmPassword"), NEW_PASSWORD);
        browser.clickAndWaitForPage(By.id("changePasswordButton"));
        browser.waitForPath("/login");
        browser.signIn(reporter, NEW_PASSWORD);
        browser.waitForPath("/");

        browser.open("/akun");
        String profile = browser.text(By.id("profile"));
        assertThat(profile)
                .contains("Dayang Sumbi")
                .contains(reporter)
                .contains("Pelapor")
                .contains(agencyName)
                .contains("Staf Bidang Kewaspadaan Nasional")
                .contains("WIB");
        browser.screenshots("admin-5-reporter-profile");

        // 6. The administration is closed to a reporter.
        browser.open("/admin/instansi");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Akses ditolak");
        assertThat(browser.driver().findElements(By.id("agencyTable"))).isEmpty();
        browser.screenshots("admin-6-reporter-forbidden");
        browser.open("/admin/pengguna/baru");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Akses ditolak");
    }

    private void assertFieldError(String field, String message) {
        WebElement input = browser.waitFor(By.id(field));
        assertThat(input.getDomAttribute("class")).as(field).contains("is-invalid");
        WebElement error = input.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"));
        assertThat(error.isDisplayed()).as(field).isTrue();
        assertThat(error.getText()).as(field).isEqualTo(message);
    }

    /** Waits until htmx has re-rendered the picker with that code chosen (the picker is a new element then). */
    private void waitForPickerChoice(String code) {
        waiting()
                .withMessage(() -> "the picker did not choose " + code)
                .until(d -> code.equals(d.findElement(CHOSEN_CODE).getDomProperty("value")));
    }

    /** Waits until the select is enabled and offers the option; htmx swaps the whole picker, so look it up anew. */
    private void waitForOption(By select, String value) {
        waiting().withMessage(() -> select + " offers no " + value).until(d -> {
            WebElement element = d.findElement(select);
            return element.isEnabled()
                    && !element.findElements(By.cssSelector("option[value='" + value + "']"))
                            .isEmpty();
        });
    }

    private WebDriverWait waiting() {
        // htmx replaces the picker while we look at it
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class);
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /** Like {@link Browser#screenshots}, but with the element scrolled to the top at both sizes. */
    private void screenshotsOf(String name, By element) {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.resize(size);
                ((JavascriptExecutor) browser.driver())
                        .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.waitFor(element));
                byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                String suffix = size.equals(Browser.DESKTOP) ? "-desktop.png" : "-phone.png";
                Files.write(Browser.SCREENSHOTS.resolve(name + suffix), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.resize(before);
        }
    }

    private long idFrom(Pattern path) {
        waiting()
                .withMessage(() -> "expected a path like " + path + " but was "
                        + browser.driver().getCurrentUrl())
                .until(d -> path.matcher(browser.path()).matches());
        Matcher matcher = path.matcher(browser.path());
        assertThat(matcher.matches()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
