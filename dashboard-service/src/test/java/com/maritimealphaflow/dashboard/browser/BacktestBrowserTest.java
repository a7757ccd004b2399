package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededMarket;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The backtest page in headless Chromium on seeded bars and counts: runs a backtest and an optimization from the
 * forms, waits until the charts and tables say they are drawn, checks the numbers against the seed, and fails on any
 * browser console error other than the 400 a refused request is meant to produce.
 */
class BacktestBrowserTest extends DatabaseTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(2400, null);
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
        SeededMarket.risingThenFalling(jdbc);
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
    void runsABacktestAndAnOptimizationFromThePage() throws IOException {
        driver.get("http://localhost:" + port + "/backtest");
        type("symbol", "TESTUSDT");
        driver.executeScript("document.getElementById('interval').value = '1h';"
                + "document.getElementById('from').value = '2026-11-01';"
                + "document.getElementById('to').value = '2026-11-03';");
        type("fast", "2");
        type("slow", "4");
        // leaving the symbol field describes the stored series offered for it
        assertThat(text("#instrument-hint")).contains("1h bars from").contains("(binance)");
        driver.findElement(By.id("run-backtest")).click();

        await(By.cssSelector("#metrics-table[data-state='ready']"));
        assertThat(driver.findElement(By.id("equity-chart")).getDomAttribute("data-state"))
                .isEqualTo("drawn");
        assertThat(driver.findElement(By.id("drawdown-chart")).getDomAttribute("data-state"))
                .isEqualTo("drawn");
        assertThat(text("#metrics-table tr[data-metric='trades'] td")).isEqualTo("1");
        assertThat(text("#metrics-table tr[data-metric='bars-per-year'] td")).isEqualTo("8760");
        // the seeded closes run from 100.5 to 147.5
        assertThat(text("#metrics-table tr[data-metric='buy-and-hold'] td")).isEqualTo("46.77%");
        // a two-day run: no annualised return, and the page says why
        assertThat(text("#metrics-table tr[data-metric='annualised'] td")).isEqualTo("—");
        assertThat(text("#annualised-note")).contains("the backtest spans 2 days");
        assertThat(text("#metrics-table tr[data-metric='buy-and-hold-costs'] td"))
                .endsWith("%");
        assertThat(driver.findElements(By.cssSelector("#trades-table tbody tr")))
                .hasSize(1);

        type("fastMin", "2");
        type("fastMax", "3");
        type("slowMin", "3");
        type("slowMax", "6");
        driver.findElement(By.id("run-optimizer")).click();

        await(By.cssSelector("#heatmap[data-state='ready']"));
        assertThat(text("#optimizer-summary")).startsWith("7 combinations tried");
        assertThat(text("#optimizer-warning")).contains("data snooping");
        assertThat(driver.findElements(By.cssSelector("#best-table tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#heatmap tbody tr"))).hasSize(2);
        // fast down, slow across, each axis named; a tooltip per cell and a legend of the colour scale
        assertThat(driver.findElement(By.id("heatmap-x-axis")).getDomProperty("textContent"))
                .contains("Slow SMA");
        assertThat(driver.findElement(By.id("heatmap-y-axis")).getDomProperty("textContent"))
                .contains("Fast SMA");
        assertThat(driver.findElements(By.cssSelector("#heatmap thead th"))).hasSize(5);
        assertThat(text("#heatmap tbody tr th")).isEqualTo("2");
        assertThat(driver.findElement(By.cssSelector("#heatmap tbody td")).getDomAttribute("title"))
                .startsWith("fast 2, slow 3: Sharpe ");
        assertThat(driver.findElement(By.id("heatmap-legend")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#heatmap-legend .legend-bar")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#heatmap-legend .legend-labels span")))
                .hasSizeGreaterThanOrEqualTo(2);
        // four columns get wide cells instead of a few pixels each
        assertThat(driver.findElement(By.cssSelector("#heatmap tbody td"))
                        .getSize()
                        .getWidth())
                .isGreaterThanOrEqualTo(20);
        assertThat(driver.findElement(By.id("folds-section")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("csv-grid")).isEnabled()).isTrue();
        // next to the best cells, how likely the best one is luck, each figure with its reading
        assertThat(driver.findElement(By.id("luck-section")).isDisplayed()).isTrue();
        assertThat(text("#luck-summary")).startsWith("7 cells tried on the holdout's in-sample bars");
        assertThat(text("#luck-table tr[data-luck='dsr'] td:last-child")).startsWith("DSR is");
        assertThat(text("#luck-table tr[data-luck='pbo'] td:last-child")).startsWith("PBO is");
        assertThat(driver.findElement(By.id("csv-luck")).isEnabled()).isTrue();

        driver.executeScript("const v = document.getElementById('validation'); v.value = 'walk-forward';"
                + "v.dispatchEvent(new Event('change'));");
        type("folds", "2");
        driver.executeScript("document.getElementById('heatmap').dataset.state = 'stale';");
        driver.findElement(By.id("run-optimizer")).click();

        await(By.cssSelector("#heatmap[data-state='ready']"));
        assertThat(text("#optimizer-summary")).startsWith("7 combinations tried in each of 2 folds");
        assertThat(driver.findElements(By.cssSelector("#folds-table tbody tr"))).hasSize(2);
        assertThat(text("#walk-forward-summary")).contains("out-of-sample stretches together (32 bars)");
        Files.copy(
                driver.getScreenshotAs(OutputType.FILE).toPath(),
                HeadlessChromium.SCREENSHOTS.resolve("backtest.png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.executeScript("document.getElementById('heatmap-figure').scrollIntoView();");
        Files.copy(
                driver.getScreenshotAs(OutputType.FILE).toPath(),
                HeadlessChromium.SCREENSHOTS.resolve("backtest-heatmap.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void backtestsAgainstARegionsSeriesChosenInTheForm() {
        long strait = new SeededRegions(jdbc).chokepoint("Browser strait");
        SeededRegions regions = new SeededRegions(jdbc);
        jdbc.query("SELECT batch_start, total FROM ship_count_agg ORDER BY batch_start", rs -> {
            regions.window(strait, rs.getTimestamp(1).toInstant(), "total", rs.getInt(2), 0, 0, 0, 0);
        });
        driver.get("http://localhost:" + port + "/backtest");
        type("symbol", "TESTUSDT");
        driver.executeScript("document.getElementById('interval').value = '1h';"
                + "document.getElementById('from').value = '2026-11-01';"
                + "document.getElementById('to').value = '2026-11-03';");
        type("fast", "2");
        type("slow", "4");
        await(By.cssSelector("#signal-region option[value='" + strait + "']"));
        new Select(driver.findElement(By.id("signal-region"))).selectByValue(Long.toString(strait));
        assertThat(driver.findElement(By.id("signal-metric")).isDisplayed()).isTrue();
        new Select(driver.findElement(By.id("signal-interval"))).selectByValue("5m");
        driver.findElement(By.id("run-backtest")).click();

        await(By.cssSelector("#metrics-table[data-state='ready']"));
        // the region's vessels present are the seeded counts: one trade, as with the counts
        assertThat(driver.findElements(By.cssSelector("#trades-table tbody tr")))
                .hasSize(1);
    }

    @Test
    void showsTheReasonWhenSlowIsNotLongerThanFast() {
        driver.get("http://localhost:" + port + "/backtest");
        type("symbol", "TESTUSDT");
        type("fast", "5");
        type("slow", "5");
        driver.findElement(By.id("run-backtest")).click();

        await(By.cssSelector("#metrics-table[data-state='error']"));
        assertThat(text("#backtest-error")).startsWith("slow:");
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void await(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }
}
