package com.myhomecontrol.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * A real, headless Chromium (Debian's chromium and chromium-driver) on the test server's pages:
 * signing in, waiting for what a page shows, its console errors, and screenshots at desktop and
 * phone width under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int DESKTOP_WIDTH = 1280;
    private static final int PHONE_WIDTH = 390;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The page tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": install them with `apt-get install chromium chromium-driver` (.ci/run does)");
        }
        try {
            Path profile = Files.createTempDirectory("homecontrol-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Without the background-networking flags Chromium keeps calling Google's hosts, which this closed network refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(LibertyServer.baseUri().resolve(path).toString());
    }

    /** Signs in through the sign-in page and waits for the page it leads back to. */
    public void signIn(Api.User user, String nextPath) {
        open("/sign-in?next=" + URLEncoder.encode(nextPath, StandardCharsets.UTF_8));
        signInWithForm(user.userName(), user.password());
        await(ExpectedConditions.urlToBe(LibertyServer.baseUri().resolve(nextPath).toString()));
    }

    public void signInWithForm(String user, String password) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    public void signOut() {
        driver.findElement(By.id("sign-out")).click();
        await(ExpectedConditions.urlContains("/sign-in"));
    }

    /** Chooses the option of that value in the select {@code locator}, as a user picks it. */
    public void choose(By locator, String value) {
        new Select(visible(locator)).selectByValue(value);
    }

    /** Waits for {@code condition}; an element replaced by the page's next refresh while it is read is read again. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public WebElement visible(By locator) {
        return await(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text} and returns the element. */
    public WebElement showing(By locator, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    /** Waits until the chart in {@code locator} has drawn at least one point and answers how many. */
    public int chartPoints(By locator) {
        return await(d -> {
            String points = d.findElement(locator).getAttribute("data-points");
            return points != null && Integer.parseInt(points) > 0 ? Integer.parseInt(points) : null;
        });
    }

    /** The console's errors since the last call (reading them empties the log). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Writes target/screenshots/{name}-desktop.png and {name}-phone.png (390 px wide) of the page as shown. */
    public void screenshots(String name) {
        screenshot(name + "-desktop", DESKTOP_WIDTH, false);
        screenshot(name + "-phone", PHONE_WIDTH, true);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void screenshot(String file, int width, boolean mobile) {
        long height = (Long) driver.executeScript("return Math.max(document.documentElement.scrollHeight, 600)");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", mobile));
        long fullHeight = Math.min(4000, Math.max(height, (Long) driver.executeScript("return document.documentElement.scrollHeight")));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", fullHeight,
                "deviceScaleFactor", 1, "mobile", mobile));
        driver.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(file + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            Folders.deleteTree(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
