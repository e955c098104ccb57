package org.casemark.http;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Debian's headless {@code chromium}, driven by Debian's {@code chromedriver} through Selenium (both paths given,
 * so Selenium Manager never looks for, let alone downloads, a browser or a driver). Without them the browser tests
 * are skipped, unless {@code CASEMARK_REQUIRE_BROWSER} is set (CI sets it): then they fail. Screenshots go to
 * {@code target/screenshots/}; downloads to a directory of the test's.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CASEMARK_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CASEMARK_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final TestServer server;

    private Browser(ChromeDriver driver, Path downloads, TestServer server) {
        this.driver = driver;
        this.downloads = downloads;
        this.server = server;
    }

    /** A fresh browser (its own profile) against {@code server}; skips or fails as above when none is installed. */
    static Browser open(TestServer server, Path downloads) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CASEMARK_REQUIRE_BROWSER") != null) {
            throw new AssertionError("CASEMARK_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "no chromium/chromedriver at " + CHROMIUM + ", " + CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1800", "--lang=en-GB", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, downloads, server);
    }

    Browser go(String path) {
        driver.get(server.uri(path).toString());
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    }

    /** Waits until the element is there and shown, and returns it. */
    WebElement shown(String css, Duration timeout) {
        return await(timeout, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's messages since the last call (a CSP violation is logged there as an error). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /** Waits for a file of the download directory whose name ends with {@code suffix}, fully written. */
    Path downloaded(String suffix, Duration timeout) {
        return await(timeout, d -> {
            File[] files = downloads.toFile().listFiles((dir, name) -> name.endsWith(suffix));
            return files == null || files.length == 0 ? null : files[0].toPath();
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
