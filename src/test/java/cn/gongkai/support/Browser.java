package cn.gongkai.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests ({@code /usr/bin/chromium} with
 * {@code /usr/bin/chromedriver}, installed by {@code .ci/run}); no browser download, no network.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(1280, 900);
    }

    public static ChromeDriver start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("gongkai-chromium");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("GONGKAI_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(env("GONGKAI_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core (support.Axe) runs as an async script; on a loaded machine it takes tens of seconds
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /**
     * Logs in through the real login form and waits for the console: under load the form post can
     * still be in flight when {@code click()} returns, so the URL is awaited, not read once. On
     * failure the message carries what the page said (e.g. the lockout or bad-credentials alert).
     */
    public static void logIn(ChromeDriver driver, String base, String username) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console"));
        }
        catch (TimeoutException e) {
            String alert = driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                    .findFirst().orElse("(no alert)");
            throw new AssertionError("Login of " + username + " did not reach the console: " + driver.getCurrentUrl()
                    + ", title '" + driver.getTitle() + "', alert '" + alert + "'", e);
        }
    }

    /**
     * Waits until the element {@code id} shows {@code expected}: after a click that posts a form,
     * the old page's element may still be there or be replaced at any moment, so the text is read
     * again (stale and missing elements included) until it matches, then asserted once more.
     */
    public static void awaitText(ChromeDriver driver, String id, String expected) {
        awaitText(driver, By.id(id), expected);
    }

    /**
     * The element's text, or null while the page is being replaced: Chromium reports an element of
     * the old document either as stale or as "Node with given id does not belong to the document".
     */
    private static String textOf(org.openqa.selenium.WebDriver driver, By where) {
        try {
            return driver.findElement(where).getText();
        }
        catch (org.openqa.selenium.WebDriverException e) {
            if (e instanceof StaleElementReferenceException || e instanceof NoSuchElementException
                    || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /** {@link #awaitText(ChromeDriver, String, String)} for the first element {@code where} finds. */
    public static void awaitText(ChromeDriver driver, By where, String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(d -> expected.equals(textOf(d, where)));
        }
        catch (TimeoutException e) {
            throw new AssertionError(where + " did not show '" + expected + "' at " + driver.getCurrentUrl()
                    + "; it shows '" + driver.findElements(where).stream().map(WebElement::getText).findFirst()
                            .orElse("(no such element)") + "'", e);
        }
    }

    /** Saves a PNG of the current page under target/screenshots for a person to look at. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
