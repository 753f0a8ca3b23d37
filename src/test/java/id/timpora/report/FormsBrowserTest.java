package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.TestReports;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Kesbangpol reporter of Barito Timur, in a real browser, makes every mistake at once: the form comes back with
 * an error summary that has the focus and leads to each field, the impossible dates as typed, the photo still
 * attached; corrected, the report is saved with the photo. On a phone, the dashboard's counts per region are
 * readable, and an officer sees the next step before the report's detail.
 */
@Import({TestAccounts.class, TestAgencies.class, TestReports.class})
class FormsBrowserTest extends BrowserTest {

    private static final String BARITO_TIMUR = "62.13";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PICKER = "wilayah-regionCode";
    private static final String PHOTO = "foto-pasar-tamiang-layang.jpg";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_forms");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private TestReports reports;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path temporary;

    @Test
    void oneRefusalNamesEveryMistakeKeepsWhatWasTypedAndThePhoto() {
        long kesbangpol = agency("Kesbangpol Kabupaten Barito Timur", "KESBANGPOL");
        String reporter = accounts.create("REPORTER", kesbangpol);
        Path photo = jpeg(PHOTO);
        String future = LocalDate.now(WIB).plusDays(3).format(TYPED);

        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        browser.clickAndWaitForPage(By.id("dashboardNewReport"));
        browser.waitForPath("/laporan/baru");

        // The region picker starts at the reporter's kabupaten, its kecamatan ready to choose.
        assertThat(browser.driver().findElement(By.id(PICKER + "-kode")).getDomProperty("value"))
                .isEqualTo(BARITO_TIMUR);
        assertThat(new Select(browser.waitFor(By.id(PICKER + "-kabupaten_kota")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Kabupaten Barito Timur");
        assertThat(browser.waitFor(By.id(PICKER + "-kecamatan")).isEnabled()).isTrue();

        // Every mistake at once: no name, no nationality, impossible dates, a future sighting, an age in words.
        browser.type(By.id("birthDate"), "31/02/1990");
        browser.type(By.id("approximateAge"), "tiga puluh");
        new Select(browser.waitFor(By.id("permitType"))).selectByValue("ITAS");
        browser.type(By.id("permitExpiry"), "31/02/2027");
        clear(By.id("observedDate"));
        browser.type(By.id("observedDate"), future);
        browser.type(By.id("sponsor"), "CV Tamiang Jaya");
        browser.waitFor(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("saveReport"));

        WebElement summary = browser.waitFor(By.cssSelector("[data-error-summary]"));
        assertThat(summary.getText()).startsWith("Ada yang perlu diperbaiki");
        waiting().until(d -> summary.equals(d.switchTo().activeElement()));
        List<String> lines = summaryLines();
        assertThat(lines)
                .anyMatch(line -> line.startsWith("Nama lengkap:"))
                .anyMatch(line -> line.startsWith("Kewarganegaraan:"))
                .anyMatch(line -> line.startsWith("Tanggal lahir:") && line.contains("tidak ada"))
                .anyMatch(line -> line.startsWith("Perkiraan umur (tahun):"))
                .anyMatch(line -> line.startsWith("Berlaku sampai:") && line.contains("tidak ada"))
                .anyMatch(line -> line.startsWith("Tanggal dilihat:") && line.contains("masa depan"))
                .anyMatch(line -> line.startsWith("Wilayah:"));
        // in the order of the form
        assertThat(lines.get(0)).startsWith("Nama lengkap:");
        assertThat(lines.indexOf(line(lines, "Berlaku sampai:")))
                .isGreaterThan(lines.indexOf(line(lines, "Tanggal lahir:")));

        // What was typed is there as typed, with the message beside it.
        assertThat(value("birthDate")).isEqualTo("31/02/1990");
        assertThat(value("permitExpiry")).isEqualTo("31/02/2027");
        assertThat(value("approximateAge")).isEqualTo("tiga puluh");
        assertThat(value("observedDate")).isEqualTo(future);
        assertThat(value("sponsor")).isEqualTo("CV Tamiang Jaya");
        assertThat(besideField("permitExpiry")).contains("17/08/2026");
        // The photo is still attached, with its thumbnail.
        assertThat(browser.text(By.id("heldFiles"))).contains(PHOTO).contains("Sudah terlampir");
        WebElement thumbnail = browser.waitFor(By.cssSelector("#heldFiles img.attachment-thumb"));
        waiting().until(d -> ((Number) js("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
        assertThat(count("select count(*) from report")).isZero();
        js("window.scrollTo(0, 0)");
        browser.screenshots("forms-1-summary-id");

        // Each line leads to its field.
        browser.click(By.cssSelector("[data-error-summary] a[href='#permitExpiry']"));
        waiting().until(d -> "permitExpiry".equals(d.switchTo().activeElement().getDomAttribute("id")));
        browser.click(By.cssSelector("[data-error-summary] a[href='#regionCode']"));
        waiting().until(d -> (PICKER + "-cari")
                .equals(d.switchTo().activeElement().getDomAttribute("id")));
        browser.screenshots("forms-2-photo-kept-id");

        // The same refusal in English.
        browser.switchLanguage("en");
        browser.type(By.id("permitExpiry"), "31/02/2027");
        browser.clickAndWaitForPage(By.id("saveReport"));
        assertThat(browser.waitFor(By.cssSelector("[data-error-summary]")).getText())
                .startsWith("There is a problem");
        assertThat(summaryLines()).anyMatch(line -> line.startsWith("Valid until:") && line.contains("17/08/2026"));
        js("window.scrollTo(0, 0)");
        browser.screenshots("forms-3-summary-en");
        browser.switchLanguage("id");

        // Corrected, without choosing the photo again: saved, with the photo.
        browser.open("/laporan/baru");
        browser.waitFor(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
        browser.type(By.id("birthDate"), "31/02/1990");
        browser.clickAndWaitForPage(By.id("saveReport"));
        assertThat(browser.text(By.id("heldFiles"))).contains(PHOTO);
        browser.type(By.id("fullName"), "Nguyen Van An");
        new Select(browser.waitFor(By.id("nationality"))).selectByVisibleText("Vietnam");
        clear(By.id("birthDate"));
        browser.type(By.id("birthDate"), "28/02/1990");
        clear(By.id("observedDate"));
        browser.type(By.id("observedDate"), LocalDate.now(WIB).minusDays(1).format(TYPED));
        clear(By.id("observedTime"));
        browser.type(By.id("observedTime"), "14.30");
        new Select(browser.waitFor(By.id("placeType"))).selectByVisibleText("Tempat umum");
        chooseVillage();
        browser.click(By.xpath("//input[@name='activities'][@id=//label[normalize-space()='Bisnis']/@for]"));
        new Select(browser.waitFor(By.id("source"))).selectByVisibleText("Patroli lapangan");
        browser.clickAndWaitForPage(By.id("saveReport"));

        waiting().until(d -> browser.path().matches("/laporan/\\d+"));
        long id = Long.parseLong(browser.path().substring("/laporan/".length()));
        assertThat(jdbc.queryForObject("select file_name from report_attachment where report_id = ?", String.class, id))
                .isEqualTo(PHOTO);
        assertThat(jdbc.queryForObject("select birth_date from report where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(1990, 2, 28));
        assertThat(browser.text(By.id("attachmentList")))
                .contains(PHOTO)
                .contains("JPEG ·")
                .contains("KB");
        WebElement stored = browser.waitFor(By.cssSelector("#attachmentList img.attachment-thumb"));
        js("arguments[0].scrollIntoView({block: 'center'})", stored);
        waiting().until(d -> ((Number) js("return arguments[0].naturalWidth", stored)).intValue() > 0);
        browser.screenshots("forms-4-saved-with-photo");
    }

    @Test
    void onAPhoneTheCountsPerRegionReadAndTheNextStepComesFirst() {
        long kanim = agency("Kantor Imigrasi Palangka Raya", "IMIGRASI");
        jdbc.update("delete from agency_region where agency_id = ?", kanim);
        jdbc.update("insert into agency_region (agency_id, region_code) values (?, '62')", kanim);
        long kesbangpol = agency("Kesbangpol Barito Timur (uji ponsel)", "KESBANGPOL");
        String officer = accounts.create("OFFICER", kanim);
        String reporter = accounts.create("REPORTER", kesbangpol);
        String village = jdbc.queryForObject(
                "select code from region where level = 'DESA' and code like '62.13.%' order by code limit 1",
                String.class);
        long newest = 0;
        for (int i = 0; i < 6; i++) {
            newest = reports.by(reporter, village)
                    .set("observed_at", Instant.now().minus(Duration.ofDays(i + 1)))
                    .insert();
        }
        jdbc.update("update report set status = 'DITELAAH' where id = ?", newest);

        browser.resize(Browser.PHONE);
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        WebElement table = browser.waitFor(By.cssSelector(".breakdown-table"));
        js("arguments[0].scrollIntoView({block: 'start'})", table);
        assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth", table)).intValue())
                .as("the counts per region fit the phone's card")
                .isLessThanOrEqualTo(0);
        assertThat(browser.driver().findElements(By.cssSelector("#breakdownTable tbody tr")))
                .as("regions with reports")
                .hasSize(1);
        assertThat(browser.text(By.cssSelector("#breakdownTable tbody tr"))).contains("Barito Timur");
        assertThat(browser.text(By.cssSelector("#breakdownZeros summary"))).contains("wilayah tanpa laporan");
        browser.screenshots("forms-5-dashboard-phone");

        browser.open("/laporan/" + newest);
        WebElement workflow = browser.waitFor(By.id("workflow"));
        WebElement detail = browser.waitFor(By.cssSelector(".report-detail-main"));
        assertThat(workflow.getRect().getY()).isLessThan(detail.getRect().getY());
        assertThat(workflow.getRect().getY()).as("near the top of the page").isLessThan(400);
        browser.screenshots("forms-6-detail-phone-next-step-first");

        // On a desktop the status column of the list stays in view.
        browser.resize(Browser.DESKTOP);
        browser.open("/laporan?status=BARU");
        WebElement status = browser.waitFor(By.cssSelector("#reportTable tbody tr td.report-status-cell"));
        WebElement box = browser.waitFor(By.cssSelector(".table-responsive"));
        assertThat(status.getRect().getX() + status.getRect().getWidth())
                .isLessThanOrEqualTo(box.getRect().getX() + box.getRect().getWidth());
        assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth", box)).intValue())
                .isLessThanOrEqualTo(0);
        assertThat(browser.text(By.cssSelector("#reportTable tbody tr .report-waited")))
                .startsWith("menunggu");
        browser.screenshots("forms-7-queue-by-arrival");
    }

    // --- helpers ---

    private void chooseVillage() {
        By district = By.id(PICKER + "-kecamatan");
        waiting().until(d -> d.findElement(district).isEnabled());
        new Select(browser.waitFor(district)).selectByIndex(1);
        By village = By.id(PICKER + "-desa");
        waiting()
                .until(d -> d.findElement(village).isEnabled()
                        && d.findElement(village)
                                        .findElements(By.tagName("option"))
                                        .size()
                                > 1);
        new Select(browser.waitFor(village)).selectByIndex(1);
        waiting()
                .until(d -> d.findElement(By.id(PICKER + "-kode"))
                                .getDomProperty("value")
                                .length()
                        == 13);
    }

    private List<String> summaryLines() {
        return browser.driver().findElements(By.cssSelector("[data-error-summary] li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream()
                .filter(line -> line.startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    private String besideField(String id) {
        return browser.waitFor(By.id(id))
                .findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"))
                .getText();
    }

    private String value(String id) {
        return browser.waitFor(By.id(id)).getDomProperty("value");
    }

    private void clear(By locator) {
        browser.waitFor(locator).clear();
    }

    private long agency(String name, String type) {
        long id = agencies.create(type, "KABUPATEN_KOTA", BARITO_TIMUR);
        jdbc.update("update agency set name = ? where id = ?", name, id);
        return id;
    }

    private Path jpeg(String fileName) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x0b3d6b));
        graphics.fillRect(0, 0, 160, 120);
        graphics.setColor(new Color(0xc8a24a));
        graphics.fillRect(30, 30, 100, 60);
        graphics.dispose();
        Path file = temporary.resolve(fileName);
        try {
            assertThat(ImageIO.write(image, "jpg", file.toFile())).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
