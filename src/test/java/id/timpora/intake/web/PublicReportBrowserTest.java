package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A citizen with a phone reports a foreign worker with a photo and no name, keeps the code and checks the status; the
 * Kanim officer of Kapuas Hulu accepts it and completes the subject; the citizen then sees "Diterima".
 */
@Import({TestAccounts.class, TestAgencies.class})
class PublicReportBrowserTest extends BrowserTest {

    private static final String PICKER = "wilayah-regionCode";
    private static final Pattern QUESTION = Pattern.compile("(\\d+) \\+ (\\d+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_public");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path temporary;

    @Test
    void aCitizenReportsWithAPhotoAndNoNameTheOfficerAcceptsItAndTheCitizenSeesDiterima() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        browser.resize(Browser.PHONE);

        browser.open("/lapor");
        browser.type(By.id("description"), "Tiga orang asing bekerja memanen sawit di kebun warga sejak minggu lalu.");
        browser.type(By.id("peopleCount"), "3");
        new Select(browser.waitFor(By.id("activity"))).selectByValue("BEKERJA");
        choose(PICKER + "-provinsi", "61");
        choose(PICKER + "-kabupaten_kota", "61.06");
        choose(PICKER + "-kecamatan", "61.06.01");
        choose(PICKER + "-desa", "61.06.01.2004");
        waiting().until(d -> "61.06.01.2004"
                .equals(d.findElement(By.id(PICKER + "-kode")).getDomProperty("value")));
        browser.type(By.id("address"), "Kebun di belakang balai desa");
        // the location only when the citizen presses the button (the phone's answer stood in for: headless Chromium has
        // no position)
        assertThat(browser.driver().findElement(By.id("latitude")).getDomProperty("value"))
                .isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("navigator.geolocation.getCurrentPosition = function (ok) {"
                        + " ok({coords: {latitude: 0.851234, longitude: 112.927712}}); };"
                        + " document.getElementById('locateButton').scrollIntoView();");
        browser.click(By.id("locateButton"));
        waiting().until(d -> "0.851234".equals(d.findElement(By.id("latitude")).getDomProperty("value")));
        assertThat(browser.driver().findElement(By.id("longitude")).getDomProperty("value"))
                .isEqualTo("112.927712");
        browser.screenshots("public-0-location");
        browser.waitFor(By.id("photos"))
                .sendKeys(jpeg("kebun.jpg").toAbsolutePath().toString());
        browser.click(By.id("consent1"));
        Matcher question = QUESTION.matcher(browser.text(By.cssSelector("label[for=answer]")));
        assertThat(question.find()).isTrue();
        browser.type(
                By.id("answer"),
                String.valueOf(Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2))));
        browser.screenshots("public-1-form");
        Thread.sleep(3200); // a person takes longer than the form's minimum time; a script would not
        browser.clickAndWaitForPage(By.id("sendButton"));

        browser.waitForPath("/lapor/terkirim");
        String code = browser.text(By.id("trackingCode"));
        assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");
        browser.screenshots("public-2-code");
        assertThat(jdbc.queryForObject("select count(*) from public_report_photo", Long.class))
                .isOne();
        assertThat(jdbc.queryForObject("select latitude || ',' || longitude from public_report", String.class))
                .isEqualTo("0.851234,112.927712");

        assertThat(statusOf(code)).isEqualTo("Menunggu ditelaah");
        browser.screenshots("public-3-status");

        // the officer, on a desktop
        browser.resize(Browser.DESKTOP);
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.open("/laporan-masyarakat");
        browser.screenshots("public-4-queue");
        browser.clickAndWaitForPage(By.cssSelector("#triageQueue tbody tr a"));
        assertThat(browser.driver().findElements(By.cssSelector("#photos img"))).hasSize(1);
        browser.type(By.id("fullName"), "Tidak diketahui");
        new Select(browser.waitFor(By.id("nationality-accept"))).selectByValue("MY");
        new Select(browser.waitFor(By.id("placeType"))).selectByValue("TEMPAT_KERJA");
        // the activity the citizen saw comes ticked already
        assertThat(browser.waitFor(By.cssSelector("#activities input[value=BEKERJA]"))
                        .isSelected())
                .isTrue();
        browser.type(By.id("publicNote"), "Terima kasih, petugas akan memeriksa.");
        browser.screenshots("public-5-triage");
        browser.clickAndWaitForPage(By.id("acceptButton"));
        assertThat(browser.path()).startsWith("/laporan/");
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Baru");
        browser.screenshots("public-6-accepted");
        browser.signOut();

        browser.resize(Browser.PHONE);
        assertThat(statusOf(code)).isEqualTo("Diterima");
        assertThat(browser.text(By.id("publicNote"))).contains("Terima kasih, petugas akan memeriksa.");
        browser.screenshots("public-7-diterima");
    }

    private String statusOf(String code) {
        browser.open("/lapor/status");
        browser.type(By.id("code"), code);
        browser.clickAndWaitForPage(By.id("checkButton"));
        return browser.text(By.id("publicStatus"));
    }

    private void choose(String selectId, String value) {
        waiting()
                .until(d -> d.findElement(By.id(selectId)).isEnabled()
                        && !d.findElements(By.cssSelector("#" + selectId + " option[value='" + value + "']"))
                                .isEmpty());
        new Select(browser.waitFor(By.id(selectId))).selectByValue(value);
        waiting()
                .until(d -> value.equals(new Select(d.findElement(By.id(selectId)))
                        .getFirstSelectedOption()
                        .getDomProperty("value")));
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private Path jpeg(String fileName) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2e7d32));
        graphics.fillRect(0, 0, 160, 120);
        graphics.dispose();
        Path file = temporary.resolve(fileName);
        try {
            ImageIO.write(image, "jpeg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
