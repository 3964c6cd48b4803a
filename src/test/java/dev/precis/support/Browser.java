package dev.precis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both from the operating system's packages
 * (Debian: {@code chromium} and {@code chromium-driver}). Nothing is downloaded: the driver and the
 * browser are named explicitly, so Selenium Manager is never asked to find them. Without them the
 * browser tests are skipped with the reason ({@link RequiresBrowser}), except where {@code CI} is
 * set: there they fail, so a missing installation cannot pass unnoticed.
 */
public final class Browser implements AutoCloseable {

    /** Where the browser and its driver are; other systems can point elsewhere with these properties. */
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    public static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        requireExecutable(CHROMIUM, "Chromium", "chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver", "chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("precis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-US",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Browser browser;
        try {
            browser = new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
        browser.driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        return browser;
    }

    private static void requireExecutable(Path path, String what, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " not found at " + path + ": the browser tests need it. On Debian: "
                    + "apt-get install chromium chromium-driver (" + debianPackage + " is missing; .ci/run installs both).");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /** Opens a page at the desktop size, as a new visitor would, with an empty console. */
    public void open(URL url) {
        emulate(DESKTOP, false);
        driver.get(url.toString());
        consoleErrors();
    }

    /** Clicks an element after scrolling it to the middle of the viewport, which may be an emulated phone's. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' })", element);
        element.click();
    }

    /** The viewport of a phone (mobile = true) or a desktop window, set through the DevTools protocol. */
    public void emulate(Dimension viewport, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width, "height", viewport.height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Errors the page logged to the console since the last call: failed scripts, policy violations, failed requests. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page, not only the visible part, as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        return screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    /** The whole page as a PNG file. */
    public Path screenshot(Path file) {
        // the capture grows the viewport to the page's height, so no scroll bar takes width from it
        Object width = script("return window.innerWidth");
        Object height = script("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1, "width", width, "height", height);
        Object data = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode((String) data));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is no reason to fail a test run
        }
    }
}
