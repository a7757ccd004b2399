package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.research.SeededLeadLag;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The research page in headless Chromium on seeded daily bars and counts that lead them by two days: runs a study from
 * the form and waits until the summary, the correlogram and the tables say they are drawn; fails on any browser console
 * error other than the 400 a refused request is meant to produce.
 */
class ResearchBrowserTest extends DatabaseTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(2600, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seed() {
        seed.emptyTables();
        SeededLeadLag.countsLeadingPricesByTwoDays(jdbc);
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("status of 400"))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void runsAStudyFromTheFormAndShowsTheSummaryCorrelogramAndTables() {
        driver.get("http://localhost:" + port + "/research");
        type("symbol", "LEADUSDT");
        driver.executeScript("document.getElementById('frequency').value = 'day';"
                + "document.getElementById('from').value = '2026-01-01';"
                + "document.getElementById('to').value = '2026-07-20';");
        driver.findElement(By.id("run-study")).click();

        HeadlessChromium.await(driver, By.cssSelector("#study-summary[data-state='ready']"));
        assertThat(text("#study-summary")).startsWith("Traffic leads returns by 2 days");
        assertThat(driver.findElement(By.id("correlogram")).getDomAttribute("data-state"))
                .isEqualTo("drawn");
        assertThat(driver.findElement(By.id("series-chart")).getDomAttribute("data-state"))
                .isEqualTo("drawn");
        // ten orders in each direction
        assertThat(driver.findElements(By.cssSelector("#granger-table tbody tr")))
                .hasSize(20);
        assertThat(driver.findElements(By.cssSelector("#adf-table tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Research");
        HeadlessChromium.screenshot(driver, "research");
    }

    @Test
    void showsTheRefusedParameterWhenTheRangeIsTooShort() {
        driver.get("http://localhost:" + port + "/research");
        type("symbol", "LEADUSDT");
        driver.executeScript("document.getElementById('from').value = '2026-01-01';"
                + "document.getElementById('to').value = '2026-01-05';");
        driver.findElement(By.id("run-study")).click();

        HeadlessChromium.await(driver, By.cssSelector("#study-summary[data-state='error']"));
        assertThat(text("#research-error")).startsWith("from:");
    }

    /** Types the value and leaves the field, so that its change (which may set other fields) is over. */
    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
        driver.findElement(By.tagName("h1")).click();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }
}
