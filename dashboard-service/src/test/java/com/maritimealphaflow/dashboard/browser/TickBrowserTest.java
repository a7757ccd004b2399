package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededTicks;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tick pages in headless Chromium on seeded windows and crossovers: the latest breakouts with a new one arriving
 * live, the symbol search, and a symbol's chart with its breakout markers, zoomed by dragging and reset.
 */
class TickBrowserTest extends DatabaseTest {

    static final Instant T = Instant.parse("2021-11-12T12:00:00Z");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    SeededTicks ticks;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(1600, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seedTicks() {
        ticks = new SeededTicks(jdbc).emptyTables();
        ticks.symbolWithWindows("IEBBB.FR", T, 2 * 288, 100);
        ticks.symbolWithWindows("BTCUSDT", T, 12, 50_000);
        ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(20)), "bullish", 110);
        ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(10)), "bearish", 120);
        ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(2)), "bullish", 130);
        ticks.crossover("BTCUSDT", T, "bearish", 50_011);
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        // leave the page, so that its event stream does not outlive the test
        driver.get("about:blank");
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void listsTheLatestBreakoutsAndAddsANewOneLive() {
        driver.get("http://localhost:" + port + "/ticks");
        HeadlessChromium.await(driver, By.cssSelector("#breakout-table[data-state='ready']"));
        assertThat(driver.findElements(By.cssSelector("#breakout-table tbody tr")))
                .hasSize(4);
        assertThat(driver.findElement(By.cssSelector("#breakout-table tbody tr td:nth-child(2)"))
                        .getText())
                .isEqualTo("BTCUSDT");
        HeadlessChromium.await(driver, By.cssSelector("#live-state[data-mode='live']"));

        long id = ticks.crossover("IEBBB.FR", T.plus(Duration.ofMinutes(5)), "bearish", 140);
        ticks.notifyCommitted();

        WebElement row =
                HeadlessChromium.await(driver, By.cssSelector("#breakout-table tbody tr[data-id='" + id + "']"));
        assertThat(row.getDomAttribute("class")).contains("fresh");
        assertThat(driver.findElements(By.cssSelector("#breakout-table tbody tr")))
                .hasSize(5);
        assertThat(driver.findElement(By.cssSelector("#breakout-table tbody tr"))
                        .getDomAttribute("data-id"))
                .isEqualTo(Long.toString(id));
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Ticks");
        HeadlessChromium.screenshot(driver, "ticks");
    }

    @Test
    void searchFindsASymbolAndLinksToItsPage() {
        driver.get("http://localhost:" + port + "/ticks");
        HeadlessChromium.await(driver, By.cssSelector("#symbol-results[data-state='ready']"));
        driver.findElement(By.id("symbol-q")).sendKeys("bb");

        HeadlessChromium.await(driver, By.cssSelector("#symbol-results[data-query='bb'][data-state='ready']"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#symbol-results tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getDomAttribute("data-symbol")).isEqualTo("IEBBB.FR");
        rows.get(0).findElement(By.tagName("a")).click();

        HeadlessChromium.await(driver, By.cssSelector("#tick-chart[data-state='drawn']"));
        assertThat(driver.getCurrentUrl()).endsWith("/ticks/IEBBB.FR");
    }

    @Test
    void symbolPageDrawsTheChartWithBreakoutMarkersAndResetsADragZoom() {
        driver.get("http://localhost:" + port + "/ticks/IEBBB.FR");
        WebElement canvas = HeadlessChromium.await(driver, By.cssSelector("#tick-chart[data-state='drawn']"));
        assertThat(canvas.getDomAttribute("data-points")).isEqualTo(Integer.toString(2 * 288));
        assertThat(canvas.getDomAttribute("data-markers")).isEqualTo("3");
        assertThat(driver.findElements(By.cssSelector("#symbol-breakouts tbody tr")))
                .hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#symbol-breakouts tbody tr .kind"))
                        .getText())
                .contains("Bullish");
        assertThat(driver.executeScript("return Dash.ticks.chart.data.datasets.map(d => d.data.length)"))
                .isEqualTo(List.of(576L, 576L, 576L, 2L, 1L));
        HeadlessChromium.await(driver, By.cssSelector("#live-state[data-mode='live']"));
        HeadlessChromium.screenshot(driver, "tick-symbol");

        new Actions(driver)
                .moveToElement(canvas, -200, 0)
                .clickAndHold()
                .moveByOffset(250, 0)
                .release()
                .perform();
        HeadlessChromium.await(driver, By.cssSelector("#tick-chart[data-zoomed='true']"));
        assertThat(driver.findElement(By.id("reset-zoom")).isEnabled()).isTrue();

        driver.findElement(By.id("reset-zoom")).click();
        HeadlessChromium.await(driver, By.cssSelector("#tick-chart[data-zoomed='false']"));
        assertThat(driver.executeScript("return Dash.ticks.chart.isZoomedOrPanned()"))
                .isEqualTo(false);
        assertThat(driver.findElement(By.id("reset-zoom")).isEnabled()).isFalse();

        long id = ticks.crossover("IEBBB.FR", T.minus(Duration.ofMinutes(30)), "bearish", 140);
        ticks.notifyCommitted();
        HeadlessChromium.await(driver, By.cssSelector("#symbol-breakouts tbody tr[data-id='" + id + "']"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "4".equals(canvas.getDomAttribute("data-markers")));
    }
}
