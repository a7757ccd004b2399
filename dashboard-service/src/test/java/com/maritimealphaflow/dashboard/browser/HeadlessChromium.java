package com.maritimealphaflow.dashboard.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver (apt packages {@code chromium}, {@code chromium-driver}), headless, offline,
 * with the browser console recorded. Paths are given explicitly: Selenium Manager would otherwise try to download a
 * driver, which fails without internet.
 */
final class HeadlessChromium {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {}

    /**
     * @param height the window's height in pixels (width 1440), tall enough for the page's screenshot
     * @param timeZone the browser's time zone, or null for the machine's
     */
    static ChromeDriver start(int height, String timeZone) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1440," + height,
                "--user-data-dir=" + Files.createTempDirectory("dashboard-chromium-"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort();
        if (timeZone != null) {
            service.withEnvironment(Map.of("TZ", timeZone));
        }
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(service.build(), options);
    }

    /** Waits until the page has the element: the pages mark what they have drawn in data attributes. */
    static WebElement await(ChromeDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }
}
