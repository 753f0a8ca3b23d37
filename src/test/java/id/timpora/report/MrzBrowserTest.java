package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestAccounts;
import id.timpora.support.TestAgencies;
import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * A reporter scans a passport with a keyboard-emulating reader into the report form: the lines arrive as typed
 * characters with an Enter after each; the last Enter reads the MRZ instead of submitting the report, the result shows
 * field by field and the subject's fields are filled, each change listed. A wrong check digit is explained and fills
 * nothing.
 */
@Import({TestAccounts.class, TestAgencies.class})
class MrzBrowserTest extends BrowserTest {

    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String GERMAN_1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    static final String GERMAN_2 = "C01X00T478D<<6408125F3107313<<<<<<<<<<<<<<04";
    static final Path SCREENS = Path.of("/work/screens");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_mrz");
    }

    @Autowired
    private TestAccounts accounts;

    @Autowired
    private TestAgencies agencies;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void scannedSpecimenLinesFillTheReportAndAWrongDigitIsExplained() {
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "62.13");
        String reporter = accounts.create("REPORTER", kesbangpol);
        browser.open("/login");
        browser.signIn(reporter, TestAccounts.PASSWORD);
        browser.open("/laporan/baru");
        browser.waitForPath("/laporan/baru");
        long reportsBefore = jdbc.queryForObject("select count(*) from report", Long.class);

        // Something typed already is replaced, and the change is shown.
        browser.type(By.id("fullName"), "Anna Eriksson");
        scan(TD3_1, TD3_2);

        WebElement status = waiting().until(d -> {
            WebElement element = d.findElement(By.id("mrzStatus"));
            return element.isDisplayed() ? element : null;
        });
        assertThat(status.getText()).isEqualTo("MRZ terbaca dan semua digit pemeriksa benar.");
        assertThat(browser.path()).isEqualTo("/laporan/baru");
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class))
                .isEqualTo(reportsBefore);
        waiting().until(d -> "ANNA MARIA ERIKSSON".equals(value("fullName")));
        assertThat(value("passportNumber")).isEqualTo("L898902C3");
        assertThat(value("birthDate")).isEqualTo("12/08/1974");
        assertThat(value("sex")).isEqualTo("PEREMPUAN");
        // Utopia is no country: the nationality stays to be chosen, and the note says why.
        assertThat(value("nationality")).isEmpty();
        assertThat(browser.text(By.id("mrzNotes"))).contains("Utopia");
        assertThat(browser.text(By.cssSelector("[data-mrz-field=documentNumber]")))
                .isEqualTo("L898902C3");
        assertThat(browser.driver().findElements(By.cssSelector("#mrzChecks [data-mrz-check=ok]")))
                .hasSize(5);
        String changes = browser.text(By.id("mrzChangeList"));
        assertThat(changes)
                .contains("Nama lengkap: ANNA MARIA ERIKSSON (diubah dari Anna Eriksson)")
                .contains("Nomor paspor: L898902C3 (diubah dari kosong)")
                .contains("Jenis kelamin: Perempuan (diubah dari Tidak diketahui)");
        screenshots("mrz-1-specimen");
        screenshots("mrz-1-specimen-fields", "mrzChanges");

        // Undo puts back what was there.
        browser.click(By.id("mrzUndo"));
        waiting().until(d -> "Anna Eriksson".equals(value("fullName")));
        assertThat(value("passportNumber")).isEmpty();
        assertThat(value("sex")).isEqualTo("TIDAK_DIKETAHUI");

        // A German passport as one line (a reader that sends no line break): Germany is chosen.
        scan(GERMAN_1 + GERMAN_2);
        waiting().until(d -> "DE".equals(value("nationality")));
        assertThat(new Select(browser.waitFor(By.id("nationality")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Jerman");
        assertThat(value("fullName")).isEqualTo("ERIKA MUSTERMANN");
        assertThat(browser.text(By.id("mrzChangeList"))).contains("Kewarganegaraan: Jerman (diubah dari kosong)");
        screenshots("mrz-2-german");
        screenshots("mrz-2-german-fields", "mrzChanges");

        // A wrong passport-number digit: explained, nothing filled.
        scan(TD3_1, "L898902C35UTO7408122F1204159ZE184226B<<<<<10");
        waiting().until(d -> d.findElement(By.id("mrzStatus")).getText().contains("tidak dapat dipakai"));
        assertThat(browser.text(By.id("mrzProblems")))
                .contains("Digit pemeriksa nomor paspor salah: tertulis 5, seharusnya 6.");
        assertThat(browser.text(By.cssSelector("#mrzChecks [data-mrz-check=wrong]")))
                .contains("Nomor paspor: tertulis 5, seharusnya 6");
        assertThat(value("fullName")).isEqualTo("ERIKA MUSTERMANN");
        assertThat(value("passportNumber")).isEqualTo("C01X00T47");
        assertThat(browser.driver().findElements(By.id("mrzChangeList"))).isEmpty();
        assertThat(browser.path()).isEqualTo("/laporan/baru");
        screenshots("mrz-3-wrong-digit");

        // The MRZ is not part of the report form: submitting the form sends no "mrz" field.
        assertThat((Boolean) js("return new FormData(document.getElementById('reportForm')).has('mrz')"))
                .isFalse();
    }

    /** Types the lines into the MRZ box as a keyboard-emulating reader does: characters, Enter after each line. */
    private void scan(String... lines) {
        WebElement box = browser.waitFor(By.id("mrzText"));
        box.clear();
        for (String line : lines) {
            box.sendKeys(line.toLowerCase(java.util.Locale.ROOT));
            box.sendKeys(Keys.ENTER);
        }
    }

    private void screenshots(String name) {
        screenshots(name, "mrzReader");
    }

    private void screenshots(String name, String scrolledTo) {
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", scrolledTo);
        Browser.Screenshots shots = browser.screenshots(name);
        try {
            Files.createDirectories(SCREENS);
            Files.copy(shots.desktop(), SCREENS.resolve(name + "-desktop.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(shots.phone(), SCREENS.resolve(name + "-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
