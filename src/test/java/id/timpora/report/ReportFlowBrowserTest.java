package id.timpora.report;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * A Kesbangpol reporter in Kapuas Hulu logs a Chinese worker seen in a village of Putussibau Utara, with a photo; an
 * officer of Kantor Imigrasi Putussibau reviews and verifies the report and records a follow-up; the reporter then
 * sees the outcome, and the report is linked to the person by the passport number.
 */
@Import({TestAccounts.class, TestAgencies.class})
class ReportFlowBrowserTest extends BrowserTest {

    private static final String KAPUAS_HULU = "61.06";
    private static final String PUTUSSIBAU_UTARA = "61.06.01";
    private static final String PALA_PULAU = "61.06.01.2004";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final String PICKER = "wilayah-regionCode";
    private static final By PROVINCE = By.id(PICKER + "-provinsi");
    private static final By REGENCY = By.id(PICKER + "-kabupaten_kota");
    private static final By DISTRICT = By.id(PICKER + "-kecamatan");
    private static final By VILLAGE = By.id(PICKER + "-desa");
    private static final By CHOSEN_CODE = By.id(PICKER + "-kode");
    private static final By CHOSEN_LABEL = By.id(PICKER + "-terpilih");

    private static final By ACTIVITY_ERROR =
            By.xpath("//div[contains(@class,'check-grid')][.//input[@name='activities']]"
                    + "/following-sibling::div[contains(@class,'invalid-feedback')]");
    private static final By REGION_ERROR = By.cssSelector("#reportRegion > .invalid-feedback");

    private static final String NAME = "Li Wei";
    private static final String PASSPORT = "EA4471203";
    private static final String SPONSOR = "PT Borneo Sawit Lestari";
    private static final String NARRATIVE =
            "Terlihat bekerja sebagai mandor di kebun sawit dan menemui calon pembeli" + " hasil kebun di balai desa.";
    private static final String OUTCOME = "Klarifikasi ke PT Borneo Sawit Lestari: ITAS dan RPTKA sesuai.";
    private static final String PHOTO = "foto-lokasi.jpg";
    private static final Pattern REPORT_PATH = Pattern.compile("/laporan/(\\d+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_report");
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
    void aReporterLogsAForeignWorkerWithAPhotoAndAnOfficerVerifiesItAndFollowsItUp() {
        long kesbangpol = agency("Kesbangpol Kabupaten Kapuas Hulu", "KESBANGPOL");
        long imigrasi = agency("Kantor Imigrasi Putussibau", "IMIGRASI");
        String reporter = accounts.create("REPORTER", kesbangpol);
        String officer = accounts.create("OFFICER", imigrasi);
        Path photo = jpeg(PHOTO);
        // Report numbers in the thousands, as in a district after a few years (and in the demo data).
        jdbc.execute("alter table report alter column id restart with 3041");
        LocalDate yesterday = LocalDate.now(WIB).minusDays(1);

        // 1. An incomplete report is refused field by field, and what was entered stays.
        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        browser.open("/laporan/baru");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Laporan baru");
        assertThat(browser.text(By.cssSelector("label[for='observedTime']"))).isEqualTo("Jam dilihat (WIB)");
        assertThat(requiredMark(By.cssSelector("label[for='fullName']"))).isEqualTo("\" *\"");
        assertThat(requiredMark(By.cssSelector("label[for='passportNumber']"))).isEqualTo("none");
        new Select(browser.waitFor(By.id("nationality"))).selectByVisibleText("Tiongkok");
        browser.type(By.id("passportNumber"), PASSPORT);
        new Select(browser.waitFor(By.id("permitType"))).selectByValue("ITAS");
        browser.type(By.id("sponsor"), SPONSOR);
        browser.type(By.id("narrative"), NARRATIVE);
        browser.waitFor(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("saveReport"));

        browser.waitForPath("/laporan/baru");
        assertFieldError("fullName", "Wajib diisi.");
        assertThat(browser.text(ACTIVITY_ERROR)).isEqualTo("Pilih minimal satu kegiatan.");
        assertThat(browser.text(REGION_ERROR)).isEqualTo("Pilih wilayah sampai tingkat desa/kelurahan.");
        assertFieldError("placeType", "Wajib diisi.");
        assertFieldError("source", "Wajib diisi.");
        assertThat(selected(By.id("nationality"))).isEqualTo("Tiongkok");
        assertThat(value(By.id("passportNumber"))).isEqualTo(PASSPORT);
        assertThat(selected(By.id("permitType"))).isEqualTo("ITAS (Izin Tinggal Terbatas)");
        assertThat(value(By.id("sponsor"))).isEqualTo(SPONSOR);
        assertThat(value(By.id("narrative"))).isEqualTo(NARRATIVE);
        // A browser cannot refill a file input: the server held the photo, and the form shows it attached.
        assertThat(browser.text(By.id("heldFiles"))).contains(PHOTO).contains("Sudah terlampir");
        assertThat(browser.driver().findElements(By.id("reattachNotice"))).isEmpty();
        assertThat(value(By.id("attachments"))).isEmpty();
        // One summary at the top names every problem, and has the focus.
        assertThat(browser.text(By.cssSelector("[data-error-summary]")))
                .contains("Nama lengkap: Wajib diisi.")
                .contains("Wilayah: Pilih wilayah sampai tingkat desa/kelurahan.")
                .contains("Jenis tempat: Wajib diisi.");
        assertThat(count("select count(*) from report")).isZero();
        browser.screenshots("report-1-form-errors");
        screenshotsOf("report-1b-form-errors-assessment", By.id("reportRegion"));

        // 2. The complete report: the village through the cascading region picker, two activities and a photo.
        browser.type(By.id("fullName"), NAME);
        new Select(browser.waitFor(By.id("sex"))).selectByValue("LAKI_LAKI");
        setDateOrTime(By.id("observedDate"), yesterday.toString());
        setDateOrTime(By.id("observedTime"), "09:30");
        new Select(browser.waitFor(By.id("placeType"))).selectByVisibleText("Tempat kerja");

        // The picker starts at the reporter's kabupaten: only the kecamatan and desa are left to choose.
        assertThat(new Select(browser.waitFor(PROVINCE))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Kalimantan Barat");
        assertThat(new Select(browser.waitFor(REGENCY)).getFirstSelectedOption().getText())
                .isEqualTo("Kabupaten Kapuas Hulu");
        waitForPickerChoice(KAPUAS_HULU);
        waitForOption(DISTRICT, PUTUSSIBAU_UTARA);
        new Select(browser.waitFor(DISTRICT)).selectByVisibleText("Putussibau Utara");
        waitForPickerChoice(PUTUSSIBAU_UTARA);
        waitForOption(VILLAGE, PALA_PULAU);
        new Select(browser.waitFor(VILLAGE)).selectByVisibleText("Pala Pulau");
        waitForPickerChoice(PALA_PULAU);
        assertThat(browser.text(CHOSEN_LABEL))
                .contains("Pala Pulau")
                .contains("Putussibau Utara")
                .contains("Kapuas Hulu")
                .contains("Kalimantan Barat");

        checkActivity("Bekerja/TKA");
        checkActivity("Bisnis");
        browser.click(checkboxLabelled("indications", "Penyalahgunaan izin tinggal"));
        new Select(browser.waitFor(By.id("source"))).selectByVisibleText("Laporan masyarakat");
        browser.type(By.id("address"), "Kebun sawit Dusun Pala Pulau, RT 02");
        // Values the user typed before the picker re-rendered itself are still there.
        assertThat(value(By.id("fullName"))).isEqualTo(NAME);
        assertThat(value(By.id("passportNumber"))).isEqualTo(PASSPORT);
        browser.screenshots("report-2-form-filled");
        screenshotsOf("report-2b-form-filled-region", By.id("reportRegion"));

        browser.clickAndWaitForPage(By.id("saveReport"));
        long reportId = reportIdFromPath();
        assertThat(reportId).isEqualTo(3041);
        // Not "Laporan #3.041": a report number is no quantity, so no thousands separator.
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Laporan #3041 telah disimpan.");
        assertThat(browser.driver().getTitle()).startsWith("Laporan #3041 ");
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Baru");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(NAME);
        assertThat(browser.text(By.id("nationality"))).isEqualTo("Tiongkok (CN)");
        assertThat(browser.text(By.id("observedAt"))).isEqualTo(indonesianDate(yesterday) + " 09:30 WIB");
        assertThat(browser.text(By.id("regionLabel"))).contains("Pala Pulau").contains("Kapuas Hulu");
        assertThat(browser.text(By.id("activities"))).contains("Bekerja/TKA").contains("Bisnis");
        String attachments = browser.text(By.id("attachmentList"));
        assertThat(attachments).contains(PHOTO).contains("JPEG");
        assertThat(count("select count(*) from report_attachment where report_id = " + reportId))
                .isEqualTo(1);
        assertThat(browser.waitFor(By.id("editReport")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("workflow"))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select region_code || ' ' || array_to_string(activities, ',') || ' ' || status from report"
                                + " where id = ?",
                        String.class,
                        reportId))
                .isEqualTo(PALA_PULAU + " BEKERJA,BISNIS BARU");
        assertThat(browser.waitFor(By.id("panelSubject")).getText()).isEqualTo(NAME);
        browser.screenshots("report-3-detail-new");

        // The stored photo is served back as a JPEG.
        String photoUrl = browser.waitFor(By.linkText(PHOTO)).getDomProperty("href");
        browser.driver().get(photoUrl);
        assertThat(js("return document.contentType")).isEqualTo("image/jpeg");
        browser.open("/laporan/" + reportId);

        // 3. The officer reviews, verifies and follows the report up.
        browser.signOut();
        browser.waitForPath("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        browser.open("/laporan/" + reportId);
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Baru");
        assertThat(browser.driver().findElements(By.id("editReport"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("followUpForm"))).isEmpty();

        browser.type(By.id("note-DITELAAH"), "Dicek silang dengan data APOA.");
        browser.clickAndWaitForPage(By.id("moveTo-DITELAAH"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Status laporan diubah.");
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Ditelaah");
        assertThat(browser.driver().findElements(By.id("moveTo-DITELAAH"))).isEmpty();

        assertThat(browser.clickConfirmAndWaitForPage(By.id("moveTo-TERVERIFIKASI")))
                .contains("Terverifikasi");
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Terverifikasi");

        WebElement followUpForm = browser.waitFor(By.id("followUpForm"));
        assertThat(browser.text(By.id("followUpList"))).isEqualTo("Belum ada tindak lanjut.");
        new Select(followUpForm.findElement(By.id("type"))).selectByVisibleText("Klarifikasi/pemeriksaan");
        new Select(followUpForm.findElement(By.id("responsibleAgencyId")))
                .selectByVisibleText("Kantor Imigrasi Putussibau");
        setDateOrTime(By.id("actionDate"), yesterday.toString());
        browser.type(By.id("outcome"), OUTCOME);
        browser.clickAndWaitForPage(By.id("addFollowUp"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Tindak lanjut dicatat.");

        String followUps = browser.text(By.id("followUpList"));
        assertThat(followUps)
                .contains("Klarifikasi/pemeriksaan")
                .contains(indonesianDate(yesterday) + " · Kantor Imigrasi Putussibau")
                .contains(OUTCOME);
        List<String> history = browser.driver().findElements(By.cssSelector("#history li strong")).stream()
                .map(WebElement::getText)
                .toList();
        // The first follow-up moved the report on by itself.
        assertThat(history).containsExactly("Baru", "Ditelaah", "Terverifikasi", "Tindak lanjut");
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Tindak lanjut");
        assertThat(browser.text(By.id("history")))
                .contains("Uji " + reporter)
                .contains("Uji " + officer)
                .contains("Dicek silang dengan data APOA.");
        assertThat(browser.waitFor(By.id("panelSubject")).getText()).isEqualTo(NAME);
        assertThat(browser.waitFor(By.id("unlinkSubject")).isDisplayed()).isTrue();
        js("window.scrollTo(0, 0)");
        browser.screenshots("report-4-detail-officer");
        screenshotsOf("report-4b-detail-officer-side", By.id("workflow"));
        screenshotsOf("report-4c-detail-officer-follow-up", By.id("tindak-lanjut"));

        // 4. The reporter sees the outcome, and can no longer change the report or act on it.
        browser.signOut();
        browser.waitForPath("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.waitForPath("/");
        browser.open("/laporan/" + reportId);
        assertThat(browser.text(By.id("reportStatus"))).isEqualTo("Tindak lanjut");
        assertThat(browser.text(By.id("followUpList")))
                .contains("Klarifikasi/pemeriksaan")
                .contains(OUTCOME);
        assertThat(browser.driver().findElements(By.id("editReport"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("workflow"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("followUpForm"))).isEmpty();
        assertThat(browser.text(By.id("attachmentList"))).contains(PHOTO);

        // 5. The panel of the foreign-national registry, loaded by htmx, shows the person the passport links to.
        WebElement subject = browser.waitFor(By.id("panelSubject"));
        assertThat(subject.getText()).isEqualTo(NAME);
        long subjectId = jdbc.queryForObject("select subject_id from report where id = ?", Long.class, reportId);
        assertThat(subject.getDomAttribute("href")).endsWith("/orang-asing/" + subjectId);
        assertThat(browser.text(By.id("subjectPanel")))
                .contains("Tiongkok")
                .contains("ITAS")
                .doesNotContain(PASSPORT);
        assertThat(browser.driver().findElements(By.id("unlinkSubject"))).isEmpty();
        browser.screenshots("report-5-detail-reporter");
        screenshotsOf("report-5b-detail-reporter-side", By.id("subjectPanel"));
    }

    private long agency(String name, String type) {
        long id = agencies.create(type, "KABUPATEN_KOTA", KAPUAS_HULU);
        jdbc.update("update agency set name = ? where id = ?", name, id);
        return id;
    }

    /** A small real JPEG, as a phone camera would send (only much smaller). */
    private Path jpeg(String fileName) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x3a7d44));
        graphics.fillRect(0, 0, 160, 120);
        graphics.setColor(new Color(0xc8a24a));
        graphics.fillOval(40, 20, 80, 80);
        graphics.dispose();
        Path file = temporary.resolve(fileName);
        try {
            assertThat(ImageIO.write(image, "jpg", file.toFile())).isTrue();
            assertThat(Files.size(file)).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void assertFieldError(String field, String message) {
        WebElement input = browser.waitFor(By.id(field));
        assertThat(input.getDomAttribute("class")).as(field).contains("is-invalid");
        WebElement error = input.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"));
        assertThat(error.isDisplayed()).as(field).isTrue();
        assertThat(error.getText()).as(field).isEqualTo(message);
    }

    private void checkActivity(String label) {
        By checkbox = checkboxLabelled("activities", label);
        browser.click(checkbox);
        assertThat(browser.waitFor(checkbox).isSelected()).as(label).isTrue();
    }

    /** The checkbox of a group whose label reads exactly so. */
    private static By checkboxLabelled(String name, String label) {
        return By.xpath(
                "//input[@type='checkbox'][@name='" + name + "'][@id=//label[normalize-space()='" + label + "']/@for]");
    }

    /**
     * Date and time inputs take typed keys in the order of the browser's locale, so a test that types into them
     * depends on the machine; set the value as the picker would and tell the page it changed.
     */
    private void setDateOrTime(By locator, String value) {
        WebElement input = browser.waitFor(locator);
        js(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input,
                value);
        assertThat(input.getDomProperty("value")).isEqualTo(value);
    }

    /** What CSS puts after a label: the required mark, or "none". */
    private String requiredMark(By label) {
        return (String) js("return getComputedStyle(arguments[0], '::after').content", browser.waitFor(label));
    }

    private String value(By locator) {
        return browser.driver().findElement(locator).getDomProperty("value");
    }

    private String selected(By select) {
        return new Select(browser.waitFor(select)).getFirstSelectedOption().getText();
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

    private long reportIdFromPath() {
        waiting()
                .withMessage(() ->
                        "expected a report page but was " + browser.driver().getCurrentUrl())
                .until(d -> REPORT_PATH.matcher(browser.path()).matches());
        Matcher matcher = REPORT_PATH.matcher(browser.path());
        assertThat(matcher.matches()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String indonesianDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id")));
    }

    private WebDriverWait waiting() {
        // htmx replaces the picker while we look at it
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class);
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** Like {@link Browser#screenshots}, but with the element scrolled to the top at both sizes. */
    private void screenshotsOf(String name, By element) {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.resize(size);
                js("arguments[0].scrollIntoView({block: 'start'})", browser.waitFor(element));
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

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
