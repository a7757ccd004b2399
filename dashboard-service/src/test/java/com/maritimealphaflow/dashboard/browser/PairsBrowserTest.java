package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.MarketBars;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * The pairs pages in headless Chromium on six seeded daily series, one pair of them cointegrated by construction: a
 * screen started from the page runs to completion and lists that pair as passing, its backtest draws its charts, and
 * a refused request is shown next to the field it names without starting a screen.
 */
class PairsBrowserTest extends DatabaseTest {

    /** {@link #Y} = exp(0.2 + 1.5 ln X + AR(1) noise); the other four are independent random walks. */
    static final String Y = "PAIRBRY";

    static final String X = "PAIRBRX";

    static final List<String> SYMBOLS = List.of(Y, X, "PAIRBRA", "PAIRBRB", "PAIRBRC", "PAIRBRD");

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

    static final int DAYS = 400;

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

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
    void seedBars() {
        List<LocalDate> days = weekdays();
        SplittableRandom random = new SplittableRandom(20);
        double[] logX = randomWalk(random, days.size(), Math.log(50));
        double[] logY = new double[days.size()];
        double noise = 0;
        for (int d = 0; d < days.size(); d++) {
            noise = 0.5 * noise + 0.02 * random.nextGaussian();
            logY[d] = 0.2 + 1.5 * logX[d] + noise;
        }
        List<MarketBars.Bar> bars = new ArrayList<>();
        bars.addAll(bars(Y, days, logY));
        bars.addAll(bars(X, days, logX));
        for (String symbol : SYMBOLS.subList(2, SYMBOLS.size())) {
            bars.addAll(bars(symbol, days, randomWalk(random, days.size(), Math.log(30 + 10 * random.nextDouble()))));
        }
        SYMBOLS.forEach(symbol -> seed.marketBars().instrument("polygon", symbol, "stocks"));
        seed.marketBars().insertAll(bars);
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // the refusals the start form shows next to its fields, and the page refusing a symbol
                .filter(entry -> !entry.getMessage()
                        .matches("(?s).*(/api/pairs/screens|/pairs/backtest\\?screen=1&y=%3Cb%3E\\S*) - Failed to"
                                + " load resource: the server responded with a status of 40[013].*"))
                .toList();
        driver.get("about:blank");
        SYMBOLS.forEach(symbol -> seed.marketBars().remove(symbol));
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void startsAScreenThatListsTheCointegratedPairAsPassingAndBacktestsIt() {
        driver.get("http://localhost:" + port + "/pairs");
        HeadlessChromium.await(driver, By.cssSelector("#screens-table:is([data-state='ready'], [data-state='empty'])"));
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Pairs");
        fillScreenForm("2023-01-02", "2024-03-29");
        driver.findElement(By.id("start-screen-button")).click();

        String id = HeadlessChromium.await(driver, By.cssSelector("#screen-form-note[data-screen-id]"))
                .getDomAttribute("data-screen-id");
        HeadlessChromium.await(
                driver, By.cssSelector("#screens-table tr[data-screen-id='" + id + "'][data-status='completed']"));
        WebElement pairs = HeadlessChromium.await(
                driver, By.cssSelector("#pairs-table[data-state='ready'][data-screen-id='" + id + "']"));
        // eligible, not read: a few stray polygon bars of another test would be read and dropped
        assertThat(driver.findElement(By.id("screen-summary")).getText())
                .contains("6 eligible")
                .contains("15 candidate pairs");
        // the screen keeps the better of the two orderings: either leg may be the dependent one
        List<WebElement> constructed = pairs.findElements(
                By.cssSelector("tbody tr[data-pair='" + Y + "|" + X + "'], tbody tr[data-pair='" + X + "|" + Y + "']"));
        assertThat(constructed).hasSize(1);
        WebElement row = constructed.get(0);
        assertThat(row.getDomAttribute("data-passes")).isEqualTo("true");
        assertThat(driver.findElement(By.id("pairs-csv")).getDomAttribute("href"))
                .contains("/api/pairs/screens/" + id + "/pairs?passing=true")
                .contains("format=csv");
        HeadlessChromium.screenshot(driver, "pairs");

        // the API filters and sorts: every pair, then those of one symbol, by the half-life descending
        driver.findElement(By.id("passing-only")).click();
        HeadlessChromium.await(driver, By.cssSelector("#pairs-table[data-state='ready'][data-total='15']"));
        driver.findElement(By.id("pair-symbol")).sendKeys("PAIRBRA");
        HeadlessChromium.await(driver, By.cssSelector("#pairs-table[data-state='ready'][data-total='5']"));
        WebElement halfLife = driver.findElement(By.cssSelector("#pairs-table th[data-sort='halfLife']"));
        halfLife.click();
        HeadlessChromium.await(
                driver,
                By.cssSelector("#pairs-table[data-state='ready'] th[data-sort='halfLife'][aria-sort='ascending']"));
        halfLife.click();
        HeadlessChromium.await(
                driver,
                By.cssSelector("#pairs-table[data-state='ready'] th[data-sort='halfLife'][aria-sort='descending']"));
        assertThat(driver.findElement(By.id("pairs-csv")).getDomAttribute("href"))
                .contains("passing=false")
                .contains("symbol=PAIRBRA")
                .contains("sort=halfLife&order=desc");
        // back to the passing pairs, as the page opens
        driver.navigate().refresh();
        pairs = HeadlessChromium.await(
                driver, By.cssSelector("#pairs-table[data-state='ready'][data-screen-id='" + id + "']"));
        row = pairs.findElement(
                By.cssSelector("tbody tr[data-pair='" + Y + "|" + X + "'], tbody tr[data-pair='" + X + "|" + Y + "']"));

        String dependent = row.getDomAttribute("data-pair").split("\\|")[0];
        row.findElement(By.cssSelector("a.pair-backtest-link")).click();
        for (String chart : List.of("prices-chart", "spread-chart", "z-chart", "equity-chart", "drawdown-chart")) {
            HeadlessChromium.await(driver, By.cssSelector("#" + chart + "[data-state='ready']"));
        }
        HeadlessChromium.await(driver, By.cssSelector("#metrics-table[data-state='ready']"));
        HeadlessChromium.await(driver, By.cssSelector("#trades-table:is([data-state='ready'], [data-state='empty'])"));
        assertThat(driver.getCurrentUrl()).contains("/pairs/backtest?screen=" + id + "&y=" + dependent);
        assertThat(driver.findElement(By.id("dependent")).getDomProperty("value"))
                .isEqualTo(dependent);
        assertThat(driver.findElement(By.id("hedge-ratio")).getDomProperty("value"))
                .isNotEmpty();
        assertThat(driver.findElement(By.id("split")).getDomProperty("value")).isEqualTo("2024-03-29");
        assertThat(driver.findElement(By.cssSelector("#metrics-table tr[data-metric='evaluation'] td"))
                        .getText())
                .isEqualTo("holdout from 2024-03-29");
        HeadlessChromium.screenshot(driver, "pair-backtest");
        driver.executeScript("document.getElementById('equity-chart').scrollIntoView()");
        HeadlessChromium.screenshot(driver, "pair-backtest-results");
    }

    @Test
    void showsARefusedTokenAndABadTrainingWindowNextToTheirFieldsWithoutStartingAScreen() {
        driver.get("http://localhost:" + port + "/pairs");
        HeadlessChromium.await(driver, By.cssSelector("#screens-table:is([data-state='ready'], [data-state='empty'])"));
        long newestBefore = newestScreenId();

        fillScreenForm("2024-03-29", "2023-01-02");
        driver.findElement(By.id("screen-token")).clear();
        driver.findElement(By.id("screen-token")).sendKeys("not-the-token");
        driver.findElement(By.id("start-screen-button")).click();
        WebElement tokenError = HeadlessChromium.await(
                driver, By.cssSelector("#screen-form .field-error[data-error-for='token']:not(:empty)"));
        assertThat(tokenError.getText()).contains("token");

        driver.findElement(By.id("screen-token")).clear();
        driver.findElement(By.id("screen-token")).sendKeys(ADMIN_TOKEN);
        driver.findElement(By.id("start-screen-button")).click();
        WebElement fieldError = HeadlessChromium.await(
                driver,
                By.cssSelector("#screen-form .field-error:is([data-error-for='trainingFrom'],"
                        + " [data-error-for='trainingTo']):not(:empty)"));
        assertThat(fieldError.getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("#screen-form .field-error[data-error-for='token']"))
                        .getText())
                .isEmpty();
        HeadlessChromium.screenshot(driver, "pairs-refused");

        assertThat(newestScreenId()).isEqualTo(newestBefore);

        // the backtest page takes symbols only
        Object status =
                driver.executeScript("return fetch('/pairs/backtest?screen=1&y=' + encodeURIComponent('<b>') + '&x=" + X
                        + "')" + ".then(r => r.status);");
        assertThat(((Number) status).intValue()).isEqualTo(400);
    }

    private void fillScreenForm(String trainingFrom, String trainingTo) {
        setValue("screen-source", "polygon");
        setValue("screen-training-from", trainingFrom);
        setValue("screen-training-to", trainingTo);
        setValue("screen-token", ADMIN_TOKEN);
    }

    /** Sets an input as typing would; a date input takes its ISO value only this way in every locale. */
    private void setValue(String id, String value) {
        driver.executeScript(
                "const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                        + " input.dispatchEvent(new Event('input', { bubbles: true }));",
                id,
                value);
    }

    /** The newest screen's id, 0 when there is none, read from the API as the page reads it. */
    private long newestScreenId() {
        Object id = driver.executeScript("return fetch('/api/pairs/screens?limit=1').then(r => r.json())"
                + ".then(list => list.length ? list[0].id : 0);");
        return ((Number) id).longValue();
    }

    private static List<LocalDate> weekdays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; days.size() < DAYS; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private static double[] randomWalk(SplittableRandom random, int n, double start) {
        double[] log = new double[n];
        log[0] = start;
        for (int t = 1; t < n; t++) {
            log[t] = log[t - 1] + 0.015 * random.nextGaussian();
        }
        return log;
    }

    private static List<MarketBars.Bar> bars(String symbol, List<LocalDate> days, double[] logPrices) {
        List<MarketBars.Bar> bars = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            double close = Math.exp(logPrices[d]);
            double open = d == 0 ? close : Math.exp(logPrices[d - 1]);
            Instant time = days.get(d).atTime(5, 0).toInstant(ZoneOffset.UTC);
            bars.add(new MarketBars.Bar(
                    symbol,
                    "1d",
                    "polygon",
                    false,
                    time,
                    open,
                    Math.max(open, close) * 1.005,
                    Math.min(open, close) * 0.995,
                    close,
                    1_000_000));
        }
        return bars;
    }
}
