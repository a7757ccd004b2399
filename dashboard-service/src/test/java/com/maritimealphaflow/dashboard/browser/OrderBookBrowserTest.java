package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.market.orderbook.SeededOrderBooks;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The order book page in headless Chromium on seeded snapshots: the latest book's tables with their running totals,
 * the depth chart, the spread and mid history, another instrument chosen, and an instrument with nothing stored.
 */
class OrderBookBrowserTest extends DatabaseTest {

    static final Instant T = Instant.parse("2026-10-01T12:00:00Z");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    SeededOrderBooks books;
    String symbol;
    String other;
    /** Set by a test that asks for an instrument with nothing stored: the browser logs the API's 404 as an error. */
    boolean expectsNotFound;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(1800, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seedBooks() {
        books = new SeededOrderBooks(jdbc);
        symbol = books.symbol("OBW");
        for (int i = 0; i < 5; i++) {
            // the spread widens by a cent a minute around a mid of 100.625 + i
            BigDecimal cents = new BigDecimal("0.01").multiply(BigDecimal.valueOf(i));
            String bid = new BigDecimal("100.5")
                    .add(BigDecimal.valueOf(i))
                    .subtract(cents)
                    .toPlainString();
            String ask = new BigDecimal("100.75")
                    .add(BigDecimal.valueOf(i))
                    .add(cents)
                    .toPlainString();
            books.snapshot(
                    "binance",
                    symbol,
                    100 + i,
                    T.plus(Duration.ofMinutes(i)),
                    "[[\"" + bid + "\",\"0.5\"],[\"99\",\"1.25\"]]",
                    "[[\"" + ask + "\",\"0.4\"],[\"110\",\"1.6\"]]");
        }
        books.snapshot(
                "binance",
                symbol,
                200,
                T.plus(Duration.ofMinutes(10)),
                "[[\"100.50000000\",\"0.50000000\"],[\"100.25000000\",\"1.25000000\"],[\"99.00000000\",\"2.00000000\"]]",
                "[[\"100.75000000\",\"0.40000000\"],[\"101.00000000\",\"1.60000000\"],[\"102.50000000\",\"3.00000000\"]]");
        other = books.symbol("OBV");
        books.snapshot("binance", other, 1, T, "[[\"20\",\"3\"]]", "[[\"21\",\"4\"]]");
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !(expectsNotFound && entry.getMessage().contains("status of 404")))
                .toList();
        driver.get("about:blank");
        books.remove();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void showsTheLatestBookWithRunningTotalsItsDepthAndTheSpreadHistory() {
        driver.get("http://localhost:" + port + "/market/orderbook?source=binance&symbol=" + symbol);

        HeadlessChromium.await(driver, By.cssSelector("#bids-table[data-state='ready']"));
        HeadlessChromium.await(driver, By.cssSelector("#asks-table[data-state='ready']"));
        List<WebElement> bids = driver.findElements(By.cssSelector("#bids-table tbody tr"));
        assertThat(bids).hasSize(3);
        assertThat(bids.get(1).findElement(By.cssSelector("td.cumulative")).getText())
                .isEqualTo("1.75");
        assertThat(bids.get(2).findElements(By.tagName("td")).get(3).getText()).isEqualTo("373.5625");
        List<WebElement> asks = driver.findElements(By.cssSelector("#asks-table tbody tr"));
        assertThat(asks.get(2).findElement(By.cssSelector("td.cumulative")).getText())
                .isEqualTo("5");
        assertThat(driver.findElement(By.id("kpi-spread")).getText()).isEqualTo("0.25");
        assertThat(driver.findElement(By.id("kpi-mid")).getText()).isEqualTo("100.625");
        assertThat(driver.findElement(By.id("kpi-spread-bps")).getText()).startsWith("24.84 bps");

        WebElement depth = HeadlessChromium.await(driver, By.cssSelector("#depth-chart[data-state='ready']"));
        assertThat(depth.getDomAttribute("data-points")).isEqualTo("6");
        assertThat(driver.executeScript(
                        "return Dash.orderBook.depthChart.data.datasets.map(d => d.data.map(p => p.y))"))
                .isEqualTo(List.of(List.of(3.75, 3.75, 1.75, 0.5), List.of(0.4, 2L, 5L, 5L)));
        WebElement history = HeadlessChromium.await(driver, By.cssSelector("#history-chart[data-state='ready']"));
        assertThat(history.getDomAttribute("data-points")).isEqualTo("6");
        assertThat(new Select(driver.findElement(By.id("instrument")))
                        .getFirstSelectedOption()
                        .getDomAttribute("data-symbol"))
                .isEqualTo(symbol);
        assertThat(driver.executeScript("return Dash.orderBook.historyChart.data.datasets.map(d => d.yAxisID)"))
                .isEqualTo(List.of("mid", "bps"));
        HeadlessChromium.screenshot(driver, "market-orderbook");
    }

    @Test
    void choosingAnotherInstrumentShowsItsBookAndKeepsItInTheAddress() {
        driver.get("http://localhost:" + port + "/market/orderbook?symbol=" + symbol);
        HeadlessChromium.await(driver, By.cssSelector("#bids-table[data-state='ready']"));

        new Select(driver.findElement(By.id("instrument"))).selectByValue("binance " + other);

        HeadlessChromium.await(driver, By.cssSelector("#bids-table[data-state='ready'][data-rows='1']"));
        HeadlessChromium.await(driver, By.cssSelector("#history-chart[data-state='ready'][data-points='1']"));
        assertThat(driver.findElement(By.cssSelector("#asks-table tbody td.cumulative"))
                        .getText())
                .isEqualTo("4");
        assertThat(driver.getCurrentUrl()).endsWith("/market/orderbook?source=binance&symbol=" + other);
    }

    @Test
    void anInstrumentWithNothingStoredSaysSo() {
        expectsNotFound = true;
        String unknown = books.symbol("OBNONE");
        driver.get("http://localhost:" + port + "/market/orderbook?symbol=" + unknown);

        HeadlessChromium.await(driver, By.cssSelector("#bids-table[data-state='empty']"));
        HeadlessChromium.await(driver, By.cssSelector("#depth-chart[data-state='empty']"));
        HeadlessChromium.await(driver, By.cssSelector("#history-chart[data-state='empty']"));
        assertThat(driver.findElement(By.id("depth-empty")).getText()).contains("No order book of " + unknown);
        assertThat(driver.findElements(By.cssSelector("#bids-table tbody tr"))).isEmpty();
    }
}
