package id.timpora.support.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven by headless Chromium. Each test gets a
 * fresh browser (its own profile, so no cookies carry over) in {@link #browser}.
 *
 * <p>Every subclass names its own database, so that it never shares data with the MockMvc tests:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     TestDatabase.register(registry, "timpora_browser_something");
 * }
 * }</pre>
 *
 * A failing test leaves {@code target/screenshots/FAILED-<class>-<method>-desktop.png} (and {@code -phone.png}) behind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith({Chromium.Installed.class, BrowserTest.ScreenshotOnFailure.class})
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    protected Browser browser;

    // Runs before the application starts, so a missing browser costs no start-up.
    @BeforeAll
    static void requireChromium() {
        Chromium.requireInstalled();
    }

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start("http://localhost:" + port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Runs after the test method but before {@code @AfterEach}, while the browser still shows the failed page. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()
                    || !(context.getRequiredTestInstance() instanceof BrowserTest test)
                    || test.browser == null) {
                return;
            }
            test.browser.screenshots("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }
}
