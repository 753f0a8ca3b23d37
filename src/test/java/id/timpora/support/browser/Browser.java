package id.timpora.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** A headless Chromium pointed at the application under test, with the waits and steps the tests share. */
public final class Browser {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The navbar dropdown that switches the language (labelled ID or EN). */
    public static final By LANGUAGE_MENU = By.xpath(
            "//a[@hreflang='en']/ancestor::li[contains(@class,'dropdown')]/a[contains(@class,'dropdown-toggle')]");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application, e.g. {@code "/login"}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path of the current page, without query string. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public void waitForPath(String path) {
        waiting()
                .withMessage(() -> "expected path " + path + " but was " + driver.getCurrentUrl())
                .until(d -> path.equals(path()));
    }

    /** Waits until the element is visible and returns it. */
    public WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    public void click(By locator) {
        waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Clicks something that loads a new page, and waits until the new page has loaded. */
    public void clickAndWaitForPage(By locator) {
        // A mark on the old page's window object; a new page starts without it. (Waiting for the clicked element to
        // go stale is not enough: mid-navigation ChromeDriver reports other errors than a stale element.)
        driver.executeScript("window.timporaOldPage = true");
        click(locator);
        waiting()
                .ignoring(WebDriverException.class)
                .withMessage(() -> "no new page after clicking " + locator)
                .until(d -> (Boolean) driver.executeScript(
                        "return window.timporaOldPage === undefined && document.readyState === 'complete'"));
    }

    /**
     * Clicks something that asks for confirmation first (a step that is hard to take back), checks the question, says
     * yes, and waits until the new page has loaded.
     */
    public String clickConfirmAndWaitForPage(By locator) {
        driver.executeScript("window.timporaOldPage = true");
        click(locator);
        Alert question = waiting().until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.accept();
        waiting()
                .ignoring(WebDriverException.class)
                .withMessage(() -> "no new page after confirming " + locator)
                .until(d -> (Boolean) driver.executeScript(
                        "return window.timporaOldPage === undefined && document.readyState === 'complete'"));
        return text;
    }

    /** Opens a dropdown of the navbar (unless it is open already), first opening the collapsed navbar on a phone. */
    public void openNavbarMenu(By toggle) {
        WebElement navbarToggler = driver.findElement(By.cssSelector(".navbar-toggler"));
        if (navbarToggler.isDisplayed() && !driver.findElement(toggle).isDisplayed()) {
            navbarToggler.click();
            waitFor(By.cssSelector(".navbar-collapse.show"));
        }
        WebElement menu = waitFor(toggle);
        if (!"true".equals(menu.getDomAttribute("aria-expanded"))) {
            click(toggle);
        }
        waiting().until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
    }

    /**
     * Sets a date or time input as its picker would and tells the page it changed: typed keys would follow the
     * browser's locale, so a test typing into them would depend on the machine.
     */
    public void setValue(By locator, String value) {
        WebElement input = waitFor(locator);
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input,
                value);
    }

    /** Waits until the select (looked up anew each time: htmx may swap it) is enabled and offers the value. */
    public void waitForOption(By select, String value) {
        waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> select + " offers no " + value)
                .until(d -> {
                    WebElement element = d.findElement(select);
                    return element.isEnabled()
                            && !element.findElements(By.cssSelector("option[value='" + value + "']"))
                                    .isEmpty();
                });
    }

    /** Waits until the element (looked up anew each time: htmx may swap it) holds the value. */
    public void waitForValue(By locator, String value) {
        waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> locator + " never held " + value)
                .until(d -> value.equals(d.findElement(locator).getDomProperty("value")));
    }

    /** Signs in on the current page, which must be the sign-in form, and waits for the next page. */
    public void signIn(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForPage(By.id("loginButton"));
    }

    /** Switches the language with the navbar menu ({@code "id"} or {@code "en"}). */
    public void switchLanguage(String language) {
        openNavbarMenu(LANGUAGE_MENU);
        clickAndWaitForPage(By.cssSelector(".dropdown-menu a[hreflang='" + language + "']"));
    }

    public void signOut() {
        openNavbarMenu(By.id("userMenu"));
        clickAndWaitForPage(By.id("logoutButton"));
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves the visible part of the page at desktop and at phone size, then restores the window size. */
    public Screenshots screenshots(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            resize(DESKTOP);
            Path desktop = screenshot(name + "-desktop");
            resize(PHONE);
            Path phone = screenshot(name + "-phone");
            return new Screenshots(desktop, phone);
        } finally {
            resize(before);
        }
    }

    public record Screenshots(Path desktop, Path phone) {}

    private Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** htmx swaps elements while a condition looks at them: a stale element means "look again", not failure. */
    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class);
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
