package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.TestDatabase;
import id.timpora.support.browser.Browser;
import id.timpora.support.browser.BrowserTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The very first start: the operator reads the one-time password of {@code admin} from the log, signs in, is made to
 * choose a real password, and then uses the application in both languages.
 */
// Registered on the class, so the output is captured from before the application starts (and prints the password).
@ExtendWith(OutputCaptureExtension.class)
class FirstSignInBrowserTest extends BrowserTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password: (\\S+)");
    private static final String NEW_PASSWORD = "Garuda-Pancasila-2045";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_browser_first");
    }

    @Test
    void theAdminSignsInWithThePasswordFromTheLogAndMustReplaceIt(CapturedOutput output) {
        String oneTimePassword = oneTimePasswordFrom(output.getAll());

        browser.open("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Masuk ke TIMPORA");
        browser.screenshots("first-sign-in-1-login");

        browser.signIn("admin", oneTimePassword);
        browser.waitForPath("/akun/kata-sandi");
        assertThat(browser.text(By.id("mustChangeNotice"))).contains("kata sandi sekali pakai");
        browser.open("/admin/audit");
        browser.waitForPath("/akun/kata-sandi");

        changePassword(oneTimePassword, "pendek-123");
        WebElement newPassword = browser.waitFor(By.id("newPassword"));
        assertThat(newPassword.getDomAttribute("class")).contains("is-invalid");
        assertThat(newPassword.getDomAttribute("aria-describedby")).isEqualTo("newPassword-error");
        WebElement error = newPassword.findElement(By.xpath("following-sibling::*[1]"));
        assertThat(error.getDomAttribute("id")).isEqualTo("newPassword-error");
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).isEqualTo("Kata sandi baru minimal 12 karakter.");
        browser.screenshots("first-sign-in-2-password-too-short");

        changePassword(oneTimePassword, NEW_PASSWORD);
        browser.waitForPath("/login");
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("Kata sandi berhasil diganti");

        browser.signIn("admin", oneTimePassword);
        assertThat(browser.text(By.id("loginError"))).isEqualTo("Nama pengguna atau kata sandi salah.");

        browser.signIn("admin", NEW_PASSWORD);
        browser.waitForPath("/");
        assertThat(browser.text(By.id("welcome"))).isEqualTo("Selamat datang, Administrator");
        assertThat(browser.text(Browser.LANGUAGE_MENU)).isEqualTo("ID");
        browser.screenshots("first-sign-in-3-dashboard-id");

        browser.switchLanguage("en");
        assertThat(browser.text(By.id("welcome"))).isEqualTo("Welcome, Administrator");
        assertThat(browser.text(Browser.LANGUAGE_MENU)).isEqualTo("EN");
        assertThat(browser.waitFor(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        browser.screenshots("first-sign-in-4-dashboard-en");

        // Back to Indonesian and out again at phone width, through the collapsed navbar.
        browser.resize(Browser.PHONE);
        browser.switchLanguage("id");
        assertThat(browser.text(By.id("welcome"))).isEqualTo("Selamat datang, Administrator");
        assertThat(browser.waitFor(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
        browser.signOut();
        browser.waitForPath("/login");
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Anda telah keluar.");
        browser.open("/");
        browser.waitForPath("/login");

        String log = output.getAll();
        assertThat(log).containsOnlyOnce(oneTimePassword).doesNotContain(NEW_PASSWORD);
    }

    private void changePassword(String current, String chosen) {
        browser.type(By.id("currentPassword"), current);
        browser.type(By.id("newPassword"), chosen);
        browser.type(By.id("confirmPassword"), chosen);
        browser.clickAndWaitForPage(By.id("changePasswordButton"));
    }

    private static String oneTimePasswordFrom(String log) {
        Matcher matcher = ONE_TIME_PASSWORD.matcher(log);
        assertThat(matcher.find())
                .as("the first start prints the one-time password of admin")
                .isTrue();
        String password = matcher.group(1);
        assertThat(matcher.find())
                .as("the one-time password is printed only once")
                .isFalse();
        return password;
    }
}
