package id.timpora.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system packages. Selenium Manager is never used: it would try to download a driver, and
 * these machines (and CI) have no internet.
 */
final class Chromium {

    static final Path BINARY = Path.of(envOr("CHROME_BIN", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(envOr("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static final String MISSING = "Chromium not installed: apt-get install chromium chromium-driver"
            + " (looked for " + BINARY + " and " + DRIVER + "; override with CHROME_BIN and CHROMEDRIVER)";

    private Chromium() {}

    private static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    private static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the test when Chromium is missing on a developer machine; fails it in CI, where browser tests must run. */
    static void requireInstalled() {
        if (installed()) {
            return;
        }
        if (inCi()) {
            Assertions.fail(MISSING);
        }
        Assumptions.abort(MISSING);
    }

    /**
     * The same skip as a condition on the test class: Surefire reports each test as skipped with the message, whereas
     * it silently drops an abort in {@code @BeforeAll}. In CI the class runs, and {@link #requireInstalled} fails it.
     */
    static final class Installed implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return installed() || inCi()
                    ? ConditionEvaluationResult.enabled("Chromium installed, or CI")
                    : ConditionEvaluationResult.disabled(MISSING);
        }
    }

    /** Starts a browser with a fresh profile (no cookies, no cache) at the desktop size. */
    static Browser start(String baseUrl) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        // Selenium passes SE_* system properties on to Selenium Manager, should anything still call it.
        System.setProperty("SE_OFFLINE", "true");
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        // Bootstrap scrolls smoothly and animates collapses and fades unless motion is reduced; a
                        // click on an element below the fold then lands while the page is still scrolling.
                        "--force-prefers-reduced-motion",
                        "--user-data-dir=" + profile,
                        "--window-size=" + Browser.DESKTOP.width + "," + Browser.DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl, profile);
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("timpora-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
