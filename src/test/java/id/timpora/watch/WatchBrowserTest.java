package id.timpora.watch;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
 * Before the Pilkada: a Kesbangpol user of Kapuas Hulu records a foreign NGO's activity with a local partner, completes
 * the Permendagri 49/2010 checklist and allows it; an Imigrasi officer defines the Pilkada watch over the kabupaten,
 * logs a report of a foreigner seen at a campaign event on social media (link and screenshot), sees it marked in the
 * report list and counted on the watch dashboard, and downloads the daily situation report.
 */
@Import({TestAccounts.class, TestAgencies.class})
class WatchBrowserTest extends BrowserTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Path SCREENS = Path.of("/work/screens");
    private static final Pattern WATCH_PATH = Pattern.compile("/pengawasan-khusus/(\\d+)");
    private static final Pattern REPORT_PATH = Pattern.compile("/laporan/(\\d+)");
    private static final String LINK = "https://www.tiktok.com/@kampanye.kapuas/video/7311111111111111111";
    private static final String NAME = "Liam O'Connor";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_watch");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void kesbangpolDecidesAnNgoActivityAndAnOfficerWatchesThePilkada() throws Exception {
        long kesbangpol = agency("Kesbangpol Kabupaten Kapuas Hulu", "KESBANGPOL");
        long kanim = agency("Kantor Imigrasi Putussibau", "IMIGRASI");
        String analyst = person("REPORTER", kesbangpol, "Yohanes Bala");
        String officer = person("OFFICER", kanim, "Dewi Lestari");
        long ngo = jdbc.queryForObject(
                """
                insert into organisation (kind, name, country_code, region_code, province_code, regency_code,
                                          district_code, address, registered_by_agency_id, registration_number)
                values ('LSM_ASING', 'Democracy Watch International', 'AU', '61.06.01.2004', '61', '61.06',
                        '61.06.01', 'Jl. Lintas Selatan 12, Putussibau', ?, 'AHU-0042.AH.01.07') returning id""",
                Long.class,
                kesbangpol);
        LocalDate today = LocalDate.now(WIB);

        // 1. Kesbangpol: a local partner, the activity, the checklist and the decision.
        browser.open("/login");
        browser.signIn(analyst, TestAccounts.PASSWORD);
        browser.openNavbarMenu(By.id("navWatchMenu"));
        browser.clickAndWaitForPage(By.id("navForeignOrganisations"));
        browser.waitForPath("/organisasi-asing");
        assertThat(browser.text(By.id("foreignList")))
                .contains("Democracy Watch International")
                .contains("Australia");
        shots("watch-1-register", null);
        browser.open("/organisasi-asing/" + ngo);
        browser.type(By.id("partnerName"), "Perkumpulan Pemuda Kapuas");
        new Select(browser.waitFor(By.id("partnerKind"))).selectByVisibleText("LSM lokal");
        browser.clickAndWaitForPage(By.id("addPartner"));
        assertThat(browser.text(By.id("partnerList"))).contains("Perkumpulan Pemuda Kapuas");
        browser.clickAndWaitForPage(By.id("newActivity"));
        browser.type(By.id("title"), "Pelatihan pemantau Pilkada");
        browser.type(By.id("purpose"), "Pelatihan 40 relawan pemantau pemilihan kepala daerah");
        browser.type(By.id("startsOn"), today.minusDays(1).format(TYPED));
        browser.type(By.id("endsOn"), today.plusDays(3).format(TYPED));
        browser.type(By.id("fundingSource"), "Hibah Democracy Watch International");
        new Select(browser.waitFor(By.id("partnerId"))).selectByVisibleText("Perkumpulan Pemuda Kapuas");
        assertThat(browser.text(By.id("chosenRegions"))).contains("Kapuas Hulu");
        shots("watch-2-activity-form", null);
        browser.clickAndWaitForPage(By.id("saveActivity"));
        assertThat(browser.text(By.id("activityStatus"))).isEqualTo("Menunggu keputusan");
        for (WebElement yes : browser.driver().findElements(By.cssSelector("input[type=radio][value=true]"))) {
            yes.click();
        }
        browser.type(By.id("note-REKOMENDASI_KEMLU"), "Surat Kemlu No. 1234/PK/11/2024");
        browser.clickAndWaitForPage(By.id("saveChecklist"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Pemeriksaan disimpan.");
        new Select(browser.waitFor(By.id("decision"))).selectByVisibleText("Diizinkan");
        browser.type(By.id("reason"), "Semua persyaratan terpenuhi");
        browser.clickAndWaitForPage(By.id("saveDecision"));
        assertThat(browser.text(By.id("activityStatus"))).isEqualTo("Diizinkan");
        assertThat(browser.text(By.id("decisionText")))
                .contains("Yohanes Bala")
                .contains("Kesbangpol Kabupaten Kapuas Hulu");
        shots("watch-3-activity-decided", "checklist");
        browser.signOut();

        // 2. The officer defines the Pilkada watch over Kapuas Hulu.
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.openNavbarMenu(By.id("navWatchMenu"));
        browser.clickAndWaitForPage(By.id("navWatches"));
        browser.clickAndWaitForPage(By.id("newWatch"));
        browser.type(By.id("name"), "Pilkada Serentak 2024");
        browser.type(By.id("startsOn"), today.minusDays(2).format(TYPED));
        browser.type(By.id("endsOn"), today.plusDays(5).format(TYPED));
        browser.type(By.id("wilayah-newRegionCode-cari"), "Kapuas Hulu");
        By hit = By.cssSelector("#wilayah-newRegionCode-hasil .region-match[data-code='61.06']");
        browser.waitFor(hit);
        browser.click(hit);
        waiting().until(d -> "61.06"
                .equals(d.findElement(By.id("wilayah-newRegionCode-kode")).getDomProperty("value")));
        browser.clickAndWaitForPage(By.id("addRegion"));
        assertThat(browser.text(By.id("chosenRegions"))).contains("Kabupaten Kapuas Hulu");
        assertThat(browser.waitFor(By.id("name")).getDomProperty("value")).isEqualTo("Pilkada Serentak 2024");
        shots("watch-4-watch-form", "watchRegions");
        browser.clickAndWaitForPage(By.id("saveWatch"));
        long watch = idFrom(WATCH_PATH);
        assertThat(browser.text(By.id("watchName"))).isEqualTo("Pilkada Serentak 2024");
        assertThat(browser.text(By.id("figOrganisations"))).isEqualTo("1");

        // 3. A foreigner at a campaign event, seen on TikTok: link, platform and a screenshot.
        browser.open("/laporan/baru");
        browser.type(By.id("fullName"), NAME);
        new Select(browser.waitFor(By.id("nationality"))).selectByVisibleText("Australia");
        new Select(browser.waitFor(By.id("sex"))).selectByValue("LAKI_LAKI");
        browser.type(By.id("observedDate"), today.format(TYPED));
        browser.type(By.id("observedTime"), "00:05");
        new Select(browser.waitFor(By.id("placeType"))).selectByVisibleText("Tempat umum");
        waitForOption(By.id("wilayah-regionCode-kecamatan"), "61.06.01");
        new Select(browser.waitFor(By.id("wilayah-regionCode-kecamatan"))).selectByValue("61.06.01");
        waitForOption(By.id("wilayah-regionCode-desa"), "61.06.01.2004");
        new Select(browser.waitFor(By.id("wilayah-regionCode-desa"))).selectByValue("61.06.01.2004");
        waiting().until(d -> "61.06.01.2004"
                .equals(d.findElement(By.id("wilayah-regionCode-kode")).getDomProperty("value")));
        browser.click(By.xpath("//input[@name='activities'][@value='POLITIK_KAMPANYE']"));
        browser.click(By.xpath("//input[@name='indications'][@value='PEMILU']"));
        new Select(browser.waitFor(By.id("source"))).selectByValue("MEDIA_SOSIAL");
        new Select(browser.waitFor(By.id("sourcePlatform"))).selectByValue("TIKTOK");
        browser.type(By.id("sourceLink"), LINK);
        browser.type(By.id("narrative"), "Video orasi kampanye di lapangan Putussibau; WNA ikut berorasi.");
        browser.waitFor(By.id("attachments"))
                .sendKeys(screenshot().toAbsolutePath().toString());
        shots("watch-5-social-report-form", "socialSource");
        browser.clickAndWaitForPage(By.id("saveReport"));
        long report = idFrom(REPORT_PATH);
        assertThat(browser.text(By.id("sourceLink"))).isEqualTo(LINK);
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='tiktok']")))
                .isEmpty();
        shots("watch-6-social-report", "sourceLink");

        // 4. Marked in the report list; counted on the dashboard; the daily situation report.
        browser.open("/laporan");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-report-id='" + report + "']"));
        assertThat(row.findElement(By.cssSelector(".watch-badge")).getText())
                .isEqualTo("Pengawasan: Pilkada Serentak 2024");
        shots("watch-7-report-list", null);
        browser.open("/pengawasan-khusus/" + watch);
        assertThat(browser.text(By.id("figMatching"))).isEqualTo("1");
        assertThat(browser.text(By.id("figCampaign"))).isEqualTo("1");
        assertThat(browser.text(By.id("figSocial"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector("tr[data-day='" + today + "'] .day-count")))
                .isEqualTo("1");
        shots("watch-8-dashboard", null);
        daily(watch, today);
    }

    private void daily(long watch, LocalDate day) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("TIMPORA_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/pengawasan-khusus/" + watch
                                        + "/laporan-situasi.pdf?tanggal=" + day + "&wilayah=61.06"))
                                .header("Cookie", "TIMPORA_SESSION=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("LAPORAN SITUASI HARIAN")
                    .contains("Pilkada Serentak 2024")
                    .contains("Laporan yang cocok 1")
                    .contains("Organisasi asing aktif 1")
                    .contains(NAME)
                    .contains("Media sosial");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
            Files.createDirectories(SCREENS);
            ImageIO.write(page, "png", SCREENS.resolve("watch-9-daily-pdf.png").toFile());
        }
    }

    private long idFrom(Pattern pattern) {
        waiting()
                .withMessage(() ->
                        "expected " + pattern + " but was " + browser.driver().getCurrentUrl())
                .until(d -> pattern.matcher(browser.path()).matches());
        Matcher matcher = pattern.matcher(browser.path());
        assertThat(matcher.matches()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long agency(String name, String type) {
        long id = agencies.create(type, "KABUPATEN_KOTA", "61.06");
        jdbc.update("update agency set name = ? where id = ?", name, id);
        return id;
    }

    private String person(String role, long agency, String name) {
        String username = accounts.create(role, agency);
        jdbc.update("update app_user set display_name = ? where username = ?", name, username);
        return username;
    }

    private Path screenshot() throws IOException {
        BufferedImage image = new BufferedImage(200, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x111111));
        graphics.fillRect(0, 0, 200, 360);
        graphics.setColor(new Color(0xee1d52));
        graphics.fillRect(20, 300, 160, 30);
        graphics.dispose();
        Path file = Files.createTempDirectory("watch").resolve("tangkapan-layar-tiktok.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void waitForOption(By select, String value) {
        waiting().withMessage(() -> select + " offers no " + value).until(d -> {
            WebElement element = d.findElement(select);
            return element.isEnabled()
                    && !element.findElements(By.cssSelector("option[value='" + value + "']"))
                            .isEmpty();
        });
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /** Desktop and phone screenshots, the element (if any) scrolled to the top, copied to /work/screens. */
    private void shots(String name, String scrolledTo) {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(SCREENS);
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.resize(size);
                if (scrolledTo != null) {
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})",
                                    scrolledTo);
                }
                byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                String suffix = size.equals(Browser.DESKTOP) ? "-desktop.png" : "-phone.png";
                Files.write(SCREENS.resolve(name + suffix), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.resize(before);
        }
    }

    static StandardCopyOption replace() {
        return StandardCopyOption.REPLACE_EXISTING;
    }
}
