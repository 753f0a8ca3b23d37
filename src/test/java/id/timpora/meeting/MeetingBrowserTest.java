package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.OutputType;
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
 * An officer of Kantor Imigrasi Ngurah Rai plans yesterday's coordination meeting of the Badung team, records who came,
 * writes the minutes and decisions, and gives Kesbangpol two action items, one already past its due date; a Kesbangpol
 * reporter finds them under "my tasks", the late one marked, and closes it with a note. The minutes are printed as PDF.
 */
@Import({TestAccounts.class, TestAgencies.class})
class MeetingBrowserTest extends BrowserTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Pattern MEETING_PATH = Pattern.compile("/rapat/(\\d+)");
    private static final String TITLE = "Rakor rutin Tim Pora Badung";
    private static final String LATE_ITEM = "Pendataan vila yang menampung WNA di Canggu";
    private static final String LATER_ITEM = "Sosialisasi pelaporan orang asing kepada pengelola vila";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_meeting");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anOfficerRecordsAMeetingAndKesbangpolClosesItsActionItem() throws Exception {
        long kanim = agency("Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai", "IMIGRASI");
        long kesbangpol = agency("Kesbangpol Kabupaten Badung", "KESBANGPOL");
        long polres = agency("Polres Badung", "POLRI");
        long kejari = agency("Kejaksaan Negeri Badung", "KEJAKSAAN");
        long team = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values"
                        + " ('Tim Pora Kabupaten Badung', 'KABUPATEN_KOTA', '51.03', ?) returning id",
                Long.class,
                kanim);
        for (long member : List.of(kanim, kesbangpol, polres)) {
            jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", team, member);
        }
        String officer = person("OFFICER", kanim, "I Made Sudarsana");
        String reporter = person("REPORTER", kesbangpol, "Ni Luh Putu Ayu");
        LocalDate yesterday = LocalDate.now(WITA).minusDays(1);

        // 1. The officer plans the meeting from the meetings page.
        browser.open("/login");
        browser.signIn(officer, TestAccounts.PASSWORD);
        browser.clickAndWaitForPage(By.id("navMeetings"));
        browser.waitForPath("/rapat");
        browser.clickAndWaitForPage(By.id("planMeeting"));
        assertThat(new Select(browser.waitFor(By.id("teamId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Tim Pora Kabupaten Badung (WITA)");
        new Select(browser.waitFor(By.id("kind"))).selectByVisibleText("Rapat rutin");
        browser.type(By.id("title"), TITLE);
        setDateOrTime(By.id("date"), yesterday.toString());
        setDateOrTime(By.id("startTime"), "09:00");
        setDateOrTime(By.id("endTime"), "11:30");
        browser.type(By.id("place"), "Ruang Rapat Kantor Imigrasi Ngurah Rai");
        browser.type(By.id("agenda"), "1. Evaluasi pengawasan orang asing\n2. Rencana operasi gabungan");
        // The invitations: the team's three members first and checked, the Kejaksaan among the others; the filter box
        // narrows the list as one types, and checking the Kejaksaan invites it too.
        assertThat(checkedNames())
                .containsExactlyInAnyOrder(
                        "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
                        "Kesbangpol Kabupaten Badung",
                        "Polres Badung");
        assertThat(browser.text(By.cssSelector("[data-group=others]"))).contains("Kejaksaan Negeri Badung");
        assertThat(browser.text(By.cssSelector("[data-checkbox-count]"))).isEqualTo("3 dipilih");
        browser.type(By.id("invitedAgencyIds-filter"), "kejak");
        assertThat(visibleNames()).containsExactly("Kejaksaan Negeri Badung");
        browser.screenshots("meeting-1-invitations-filtered");
        browser.click(By.cssSelector("input[type=checkbox][value='" + kejari + "']"));
        assertThat(browser.text(By.cssSelector("[data-checkbox-count]"))).isEqualTo("4 dipilih");
        browser.type(By.id("invitedAgencyIds-filter"), "");
        assertThat(visibleNames()).hasSize(4);
        browser.screenshots("meeting-1-plan");
        browser.clickAndWaitForPage(By.id("saveMeeting"));
        long meeting = meetingIdFromPath();
        assertThat(browser.text(By.id("meetingTitle"))).isEqualTo(TITLE);
        assertThat(browser.text(By.id("meetingWhen")))
                .contains("09.00–11.30 WITA")
                .contains(String.valueOf(yesterday.getYear()));
        assertThat(browser.text(By.id("inviteeList")))
                .contains("Kesbangpol Kabupaten Badung")
                .contains("Polres Badung")
                .contains("Kejaksaan Negeri Badung");

        // 2. Attendance.
        attend("I Made Sudarsana", "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai", "Kasi Inteldakim");
        attend("Ni Luh Putu Ayu", "Kesbangpol Kabupaten Badung", "Analis Kewaspadaan");
        assertThat(browser.text(By.id("attendeeTable")))
                .contains("I Made Sudarsana")
                .contains("Ni Luh Putu Ayu")
                .contains("Analis Kewaspadaan");
        assertThat(browser.text(By.id("absentees"))).contains("Polres Badung");

        // 3. Minutes with a preview, and decisions.
        browser.click(By.cssSelector("#minutesEditor > summary"));
        browser.type(
                By.id("minutes"),
                "## Pembahasan\n\n- WNA bekerja di vila **tanpa izin**\n- Patroli gabungan\n\n<script>alert(1)</script>");
        browser.click(By.id("previewMinutes"));
        waiting().until(d -> !d.findElements(By.cssSelector("#minutesPreview strong"))
                .isEmpty());
        assertThat(browser.text(By.id("minutesPreview"))).contains("tanpa izin").contains("<script>alert(1)</script>");
        browser.type(By.id("decisions"), "Operasi gabungan pekan depan\nKesbangpol mendata vila di Canggu");
        browser.clickAndWaitForPage(By.id("saveMinutes"));
        assertThat(browser.text(By.cssSelector("#minutesText strong"))).isEqualTo("tanpa izin");
        assertThat(browser.text(By.id("minutesText"))).contains("<script>alert(1)</script>");
        assertThat(browser.driver().findElements(By.cssSelector("#minutesText script")))
                .isEmpty();
        assertThat(browser.text(By.id("decisionList"))).contains("Kesbangpol mendata vila di Canggu");

        // 4. Two action items for Kesbangpol: one due yesterday (late already), one next week; then it was held.
        addItem(LATE_ITEM, yesterday);
        addItem(LATER_ITEM, yesterday.plusDays(8));
        assertThat(browser.text(By.id("itemProgress"))).isEqualTo("0 dari 2 tindak lanjut selesai");
        assertThat(browser.clickConfirmAndWaitForPage(By.id("markHeld"))).contains("sudah dilaksanakan");
        assertThat(browser.text(By.id("meetingStatus"))).isEqualTo("Sudah dilaksanakan");
        screenshotsOf("meeting-2-held", By.id("kehadiran"));
        screenshotsOf("meeting-3-items", By.id("tindak-lanjut"));
        printMinutes(meeting);
        browser.signOut();

        // 5. The Kesbangpol reporter sees both items under "my tasks", the late one marked, and closes it.
        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.clickAndWaitForPage(By.id("navMyActionItems"));
        browser.waitForPath("/rapat/tugas-saya");
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#myItems li.action-item"));
        assertThat(items).hasSize(2);
        WebElement late = items.get(0);
        assertThat(late.getText()).contains(LATE_ITEM).contains("Terlambat").contains(TITLE);
        assertThat(late.getDomAttribute("class")).contains("action-item-overdue");
        assertThat(items.get(1).getText()).contains(LATER_ITEM).doesNotContain("Terlambat");
        browser.screenshots("meeting-4-my-items");
        String lateId = late.getDomAttribute("id").replace("item-", "");
        browser.type(By.id("note-" + lateId), "Data 14 vila sudah dikirim ke Kantor Imigrasi.");
        browser.clickAndWaitForPage(By.id("close-" + lateId));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Tindak lanjut ditandai selesai.");
        assertThat(browser.driver().findElements(By.cssSelector("#myItems li.action-item")))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select status || ' ' || done_note from meeting_action_item where id = ?",
                        String.class,
                        Long.parseLong(lateId)))
                .isEqualTo("SELESAI Data 14 vila sudah dikirim ke Kantor Imigrasi.");

        browser.open("/rapat/" + meeting);
        assertThat(browser.text(By.id("itemProgress"))).isEqualTo("1 dari 2 tindak lanjut selesai");
        assertThat(browser.driver().findElements(By.id("markHeld"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("attendeeForm"))).isEmpty();
        screenshotsOf("meeting-5-reporter-view", By.id("tindak-lanjut"));
        browser.open("/rapat?period=PAST");
        assertThat(browser.text(By.id("meetingList"))).contains(TITLE).contains("1 dari 2 tindak lanjut selesai");
        assertThat(browser.text(By.id("teamCadence"))).contains("Tim Pora Kabupaten Badung");
        browser.screenshots("meeting-0-list");
        browser.open("/rapat/tim/" + team);
        assertThat(browser.text(By.id("lastMet"))).contains("1 hari lalu");
        browser.screenshots("meeting-6-team");
    }

    private List<String> checkedNames() {
        return browser.driver().findElements(By.cssSelector("[data-option]")).stream()
                .filter(option -> option.findElement(By.cssSelector("input")).isSelected())
                .map(WebElement::getText)
                .toList();
    }

    private List<String> visibleNames() {
        return browser.driver().findElements(By.cssSelector("[data-option]")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    private long agency(String name, String type) {
        long id = agencies.create(type, "KABUPATEN_KOTA", "51.03");
        jdbc.update("update agency set name = ? where id = ?", name, id);
        return id;
    }

    private String person(String role, long agency, String name) {
        String username = accounts.create(role, agency);
        jdbc.update("update app_user set display_name = ? where username = ?", name, username);
        return username;
    }

    private void attend(String name, String agency, String position) {
        browser.type(By.id("name"), name);
        new Select(browser.waitFor(By.id("agencyId"))).selectByVisibleText(agency);
        browser.type(By.id("position"), position);
        browser.clickAndWaitForPage(By.id("addAttendee"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo(name + " dicatat hadir.");
    }

    private void addItem(String description, LocalDate due) {
        browser.type(By.id("description"), description);
        new Select(browser.waitFor(By.id("responsibleAgencyId"))).selectByVisibleText("Kesbangpol Kabupaten Badung");
        setDateOrTime(By.id("dueDate"), due.toString());
        browser.clickAndWaitForPage(By.id("addActionItem"));
        assertThat(browser.text(By.id("actionItemList"))).contains(description);
    }

    /** Downloads the minutes with the browser's session and renders the first page as a picture to look at. */
    private void printMinutes(long meeting) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("TIMPORA_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/rapat/" + meeting + "/notulen.pdf"))
                                .header("Cookie", "TIMPORA_SESSION=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(TITLE).contains("Ni Luh Putu Ayu").contains("Kesbangpol mendata vila di Canggu");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
            Files.createDirectories(Browser.SCREENSHOTS);
            ImageIO.write(
                    page,
                    "png",
                    Browser.SCREENSHOTS.resolve("meeting-7-minutes-pdf.png").toFile());
        }
    }

    private long meetingIdFromPath() {
        waiting()
                .withMessage(() ->
                        "expected a meeting page but was " + browser.driver().getCurrentUrl())
                .until(d -> MEETING_PATH.matcher(browser.path()).matches());
        Matcher matcher = MEETING_PATH.matcher(browser.path());
        assertThat(matcher.matches()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
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
}
