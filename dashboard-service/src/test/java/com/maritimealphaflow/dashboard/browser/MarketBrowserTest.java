package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The market overview and candles pages in headless Chromium on seeded bars: the stored series with their gaps
 * checked, and candlesticks drawn by ECharts from stored bars and from minutes, with the gap shaded and the CSV link.
 */
class MarketBrowserTest extends DatabaseTest {

    static final String SYMBOL = "MKTBROWSER";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(1400, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seedBars() {
        seed.marketBars().instrument("binance", SYMBOL, "crypto");
        jdbc.update(
                "UPDATE market_instrument SET quote_asset = 'USDT' WHERE source = 'binance' AND symbol = ?", SYMBOL);
        List<Bar> bars = new ArrayList<>();
        // 48 hours of 1h bars with 2024-03-01 10:00 missing, and two hours of minutes
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        for (int h = 0; h < 48; h++) {
            if (h != 10) {
                double open = 100 + h;
                bars.add(Bar.of(
                        SYMBOL,
                        "1h",
                        start.plusSeconds(3600L * h),
                        open,
                        open + 2,
                        open - 1,
                        open + (h % 2 == 0 ? 1 : -0.5)));
            }
        }
        for (int m = 0; m < 120; m++) {
            bars.add(Bar.of(SYMBOL, "1m", start.plusSeconds(60L * m), 50 + m, 50.5 + m, 49.5 + m, 50.25 + m));
        }
        seed.marketBars().insertAll(bars);
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // the 404 of the interval asked for that is not stored, which the page shows as such
                .filter(entry -> !entry.getMessage()
                        .contains("interval=1d&source=binance&basis=stored - Failed to load"
                                + " resource: the server responded with a status of 404"))
                .toList();
        driver.get("about:blank");
        seed.marketBars().remove(SYMBOL);
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void overviewListsTheSeriesWithTheirGapsAndTheInstruments() {
        driver.get("http://localhost:" + port + "/market");
        HeadlessChromium.await(driver, By.cssSelector("#coverage[data-state='ready'][data-gaps='checked']"));
        WebElement hours =
                driver.findElement(By.cssSelector("#coverage tbody tr[data-series^='binance|" + SYMBOL + "|1h|']"));
        List<WebElement> cells = hours.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(SYMBOL);
        assertThat(cells.get(3).getText()).isEqualTo("47");
        // one gap of one bar: 10:00 on a market that never closes
        assertThat(cells.get(7).getText()).isEqualTo("1");
        assertThat(cells.get(8).getText()).isEqualTo("1");
        HeadlessChromium.await(driver, By.cssSelector("#instrument-groups[data-state='ready']"));
        assertThat(driver.findElement(By.id("instrument-groups")).getText()).contains("USDT");
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Market");
        HeadlessChromium.screenshot(driver, "market-overview");

        cells.get(9).findElement(By.tagName("a")).click();
        WebElement chart = HeadlessChromium.await(driver, By.cssSelector("#candle-chart[data-state='ready']"));
        assertThat(chart.getDomAttribute("data-candles")).isEqualTo("47");
        assertThat(driver.getCurrentUrl()).contains("/market/candles?symbol=" + SYMBOL);
    }

    @Test
    void candlesAreDrawnWithTheGapShadedAndRolledUpFromMinutesWhenAsked() {
        driver.get("http://localhost:" + port + "/market/candles?symbol=" + SYMBOL + "&interval=1h&source=binance");
        WebElement chart = HeadlessChromium.await(driver, By.cssSelector("#candle-chart[data-state='ready']"));
        assertThat(chart.getDomAttribute("data-candles")).isEqualTo("47");
        assertThat(chart.getDomAttribute("data-gaps")).isEqualTo("1");
        HeadlessChromium.await(driver, By.cssSelector("#candle-chart[data-rendered='true']"));
        // ECharts drew one candlestick per bar and the gap as a shaded area
        Number drawn = (Number) driver.executeScript("const o = Dash.market.chart.getOption();"
                + " return o.series[0].data.length * 1000 + o.series[0].markArea.data.length;");
        assertThat(drawn.longValue()).isEqualTo(47_001);
        assertThat(driver.findElements(By.cssSelector("#ohlcv tbody tr"))).hasSize(47);
        assertThat(driver.findElement(By.cssSelector("#ohlcv tbody tr td:nth-child(8)"))
                        .getText())
                .isEqualTo("native");
        assertThat(driver.findElement(By.id("candle-csv")).getDomAttribute("href"))
                .contains("format=csv")
                .contains("symbol=" + SYMBOL);
        HeadlessChromium.screenshot(driver, "market-candles");

        new Select(driver.findElement(By.id("basis"))).selectByValue("minutes");
        driver.findElement(By.id("show-candles")).click();
        HeadlessChromium.await(
                driver, By.cssSelector("#candle-chart[data-state='ready'][data-candles='2'][data-rendered='true']"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#ohlcv tbody tr"));
        assertThat(rows).hasSize(2);
        // newest first: 01:00 holds minutes 60..119
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).isEqualTo("110");
        assertThat(cells.get(4).getText()).isEqualTo("169.25");
        assertThat(cells.get(6).getText()).isEqualTo("60");
        assertThat(cells.get(7).getText()).isEqualTo("minutes");

        new Select(driver.findElement(By.id("interval"))).selectByValue("1d");
        new Select(driver.findElement(By.id("basis"))).selectByValue("stored");
        driver.findElement(By.id("show-candles")).click();
        WebElement error = HeadlessChromium.await(driver, By.cssSelector("#candle-chart[data-state='unknown']"));
        assertThat(error).isNotNull();
        assertThat(driver.findElement(By.id("candle-error")).getText()).contains("No 1d bars");
    }
}
