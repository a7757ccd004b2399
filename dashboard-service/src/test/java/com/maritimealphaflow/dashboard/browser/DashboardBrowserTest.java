package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededTraffic;
import com.maritimealphaflow.testsupport.seed.AisImports.Attempt;
import com.maritimealphaflow.testsupport.seed.AisImports.File;
import com.maritimealphaflow.testsupport.seed.AisImports.Import;
import com.maritimealphaflow.testsupport.seed.CleanupRuns.Run;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.MarketBackfills.Job;
import com.maritimealphaflow.testsupport.seed.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three pages in Debian's headless Chromium against the running service on seeded data: waits until the map,
 * gauge and chart say they have drawn, checks the figures shown against the seed, saves a screenshot of each page
 * under {@code target/screenshots/}, and fails on any error in the browser console. The map has no tiles here (the
 * test runs offline; {@code MAP_TILE_URL=none} in {@link DatabaseTest}), so no tile request can fail; nothing is
 * filtered out of the console.
 */
class DashboardBrowserTest extends DatabaseTest {

    /** The browser's own time zone, so that the local-time toggle visibly changes what is shown. */
    private static final String BROWSER_TIME_ZONE = "Asia/Tokyo";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    SeededTraffic seeded;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(1400, BROWSER_TIME_ZONE);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seed() {
        seeded = SeededTraffic.seed(jdbc, Instant.now());
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void trafficPageShowsTheSeededVesselsTheGaugeAndTheCounts() {
        open("/");
        await(By.cssSelector("#map[data-state='ready']"));
        await(By.cssSelector("#gauge[data-state='ready'][data-rendered='true']"));
        await(By.cssSelector("#counts-chart[data-state='ready'][data-rendered='true']"));

        assertThat(attribute("#map", "data-markers")).isEqualTo(String.valueOf(SeededTraffic.MAP_VESSELS));
        assertThat(text("#map-count")).isEqualTo("6");
        assertThat(text("#map-legend label[data-category='cargo'] .count")).isEqualTo("2");
        assertThat(text("#map-legend label[data-category='unknown'] .count")).isEqualTo("1");
        assertThat(text("#gauge-value")).isEqualTo("1,234");
        assertThat(text("#gauge-sma")).isEqualTo(String.format(Locale.US, "%,.1f", seeded.expectedSma()));
        assertThat(text("#gauge-sma-note")).isEqualTo("over 864 windows");
        assertThat(text("#gauge-diff"))
                .isEqualTo(String.format(Locale.US, "+%.1f %%", seeded.expectedDifferencePercent()));
        assertThat(text("#gauge-categories [data-category='cargo'] .share-value"))
                .isEqualTo(String.valueOf(SeededTraffic.LATEST_TOTAL * 40 / 100));
        assertThat(attribute("#counts-chart", "data-points")).isEqualTo("288");
        assertThat(attribute("#counts-chart", "data-series")).isEqualTo("4");
        assertThat(text("#banners .banner[data-code='simulator']")).contains("simulator");

        clickVesselAt(59.95, 10.75);
        WebElement popup = await(By.cssSelector(".vessel-popup[data-mmsi='211000001']"));
        // The popup's content, not its visible text: Leaflet fades it in and pans the map to it, and parts of it
        // may lie outside the map's clipped area, which Selenium's visible text leaves out.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> popup.getDomProperty("textContent").contains("ROTTERDAM"));
        assertThat(popup.getDomProperty("textContent"))
                .contains("NORDIC STAR", "Cargo (70)", "12.3 kn", "245°", "ROTTERDAM");
        screenshot("traffic");

        driver.findElement(By.cssSelector("#map-legend label[data-category='cargo'] input"))
                .click();
        await(By.cssSelector("#map[data-markers='4']"));
        assertThat(text("#map-count")).isEqualTo("4");

        driver.findElement(By.cssSelector("#range-picker button[data-range='7d']"))
                .click();
        await(By.cssSelector("#counts-chart[data-state='ready'][data-points='81']"));
    }

    @Test
    void localTimeToggleShowsTheBrowsersZone() {
        open("/");
        await(By.cssSelector("#gauge[data-state='ready']"));
        assertThat(text("#gauge-window")).endsWith("UTC");

        driver.findElement(By.cssSelector(".tz-toggle button[data-tz='local']")).click();

        assertThat(text("#gauge-window")).endsWith("GMT+9");
        assertThat(text("#last-updated")).endsWith("GMT+9");
        driver.findElement(By.cssSelector(".tz-toggle button[data-tz='utc']")).click();
        assertThat(text("#gauge-window")).endsWith("UTC");
    }

    @Test
    void destinationsPageListsNormalisedDestinationsSortsAndFilters() {
        open("/destinations");
        await(By.cssSelector("#destination-table[data-state='ready']"));

        assertThat(column(1)).containsExactly("ROTTERDAM", "BERGEN", "SINGAPORE");
        assertThat(column(2)).containsExactly("2", "1", "1");
        assertThat(attribute("#destination-summary", "data-destinations")).isEqualTo("3");
        assertThat(attribute("#destination-summary", "data-vessels")).isEqualTo("4");
        assertThat(attribute("#csv-link", "href")).contains("/api/destinations.csv?since=");
        screenshot("destinations");

        driver.findElement(By.cssSelector("th[data-sort='destination']")).click();
        await(By.cssSelector("th.sorted-asc[data-sort='destination']"));
        assertThat(column(1)).containsExactly("BERGEN", "ROTTERDAM", "SINGAPORE");

        driver.findElement(By.id("q")).sendKeys("sing");
        await(By.cssSelector("#destination-table[data-rows='1']"));
        assertThat(column(1)).containsExactly("SINGAPORE");
    }

    @Test
    void pipelinePageShowsTheBatchesAndTheLaterStages() {
        open("/pipeline");
        await(By.cssSelector("#batch-table[data-state='ready']"));
        await(By.cssSelector("#stage-backfills:not([data-state='loading'])"));

        assertThat(attribute("#batch-table", "data-rows")).isEqualTo(String.valueOf(SeededTraffic.BATCHES));
        List<WebElement> rows = driver.findElements(By.cssSelector("#batch-table tbody tr"));
        assertThat(rows.get(0).getText()).contains("simulator", "completed", "1,000", "800", "bad checksum 3");
        assertThat(rows.get(rows.size() - 1).getText()).contains("aisstream", "failed", "Api Key Is Not Valid");
        assertThat(text("#kpi-source")).isEqualTo("simulator");
        assertThat(attribute("#stage-aggregation", "data-state")).isEqualTo("ready");
        assertThat(text("#stage-aggregation")).contains("Newest window", "Waiting to be counted");
        assertThat(attribute("#stage-cleanup", "data-state")).isEqualTo("empty");
        assertThat(attribute("#stage-backfills", "data-state")).isEqualTo("empty");
        screenshot("pipeline");
    }

    @Test
    void pipelinePageSetsAbandonedRowsApartFromFailedOnesWithTheirErrorAndCountsThem() {
        Instant now = Instant.now();
        long abandoned = seed.ingestionLog()
                .insert(Batch.ais(now)
                        .ended(now, "abandoned")
                        .counts(9481, 9481, 0)
                        .owner("host-1-dead")
                        .error("abandoned: its instance host-1-dead stopped without closing it"));
        try {
            open("/pipeline");
            await(By.cssSelector("#batch-table[data-state='ready']"));
            await(By.cssSelector("#banners .banner[data-code='rows-abandoned']"));

            WebElement row = driver.findElement(By.cssSelector("#batch-table tbody tr[data-id='" + abandoned + "']"));
            assertThat(row.getAttribute("class")).contains("abandoned");
            assertThat(row.getText()).contains("abandoned", "its instance host-1-dead stopped", "9,481");
            String abandonedBadge = row.findElement(By.cssSelector(".badge")).getCssValue("background-color");
            String failedBadge = driver.findElement(
                            By.cssSelector("#batch-table tbody tr[data-status='failed'] .badge"))
                    .getCssValue("background-color");
            assertThat(abandonedBadge)
                    .as("abandoned is styled apart from failed")
                    .isNotEqualTo(failedBadge);
            assertThat(text("#kpi-abandoned")).isEqualTo("1");
            assertThat(text("#banners .banner[data-code='rows-abandoned']"))
                    .contains("1 ingestion row was abandoned in the last day");
            screenshot("pipeline-abandoned");
        } finally {
            jdbc.update("DELETE FROM ingestion_log WHERE id = ?", abandoned);
        }
    }

    @Test
    void pipelinePageShowsAggregationLagTheLastCleanupRunAndBackfillProgress() {
        jdbc.execute("UPDATE ingestion_log SET aggregated_at = ended_at + interval '1.5 seconds'"
                + " WHERE status <> 'running'");
        Instant now = Instant.now();
        Instant ranAt = now.minus(Duration.ofHours(3));
        seed.cleanupRuns().insert(Run.scheduled(ranAt).completed(ranAt).removed(1, 5_000_000, 734_003_200));
        seed.marketBackfills()
                .insert(Job.of(
                                "binance",
                                "1m",
                                Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2026-02-01T00:00:00Z"),
                                "BTCUSDT")
                        .status("completed")
                        .createdAt(now.minus(Duration.ofHours(2)))
                        .pages(40, 40));
        seed.marketBackfills()
                .insert(Job.of(
                                "polygon",
                                "1d",
                                Instant.parse("2025-01-01T00:00:00Z"),
                                Instant.parse("2026-01-01T00:00:00Z"),
                                "BDRY",
                                "SEA")
                        .adjusted(true)
                        .status("running")
                        .createdAt(now.minus(Duration.ofMinutes(5)))
                        .pages(12, 3));
        try {
            open("/pipeline");
            await(By.cssSelector("#stage-aggregation[data-state='ready']"));
            await(By.cssSelector("#stage-cleanup[data-state='ready']"));
            await(By.cssSelector("#stage-backfills[data-state='ready']"));

            assertThat(text("#stage-aggregation")).contains("Median lag (24 h)\n1.5 s", "Waiting to be counted\n0");
            assertThat(text("#stage-cleanup")).contains("734,003,200");
            assertThat(driver.findElements(By.cssSelector("#stage-backfills .job")))
                    .hasSize(2);
            assertThat(attribute("#stage-backfills .job:first-child .progress", "title"))
                    .isEqualTo("25 %");
            screenshot("pipeline-later-stages");
        } finally {
            jdbc.execute("UPDATE ingestion_log SET aggregated_at = NULL");
            jdbc.execute("TRUNCATE cleanup_run CASCADE");
            jdbc.execute("TRUNCATE market_backfill CASCADE");
        }
    }

    @Test
    void pipelinePageShowsAisHistoryImportsWithTheirProgressAndTheDmaAttribution() {
        Instant started = Instant.now().minus(Duration.ofMinutes(30));
        LocalDate day = LocalDate.parse("2021-03-14");
        long dma = seed.aisImports()
                .insert(Import.of("dma", started.minusSeconds(2))
                        .running(started)
                        .file(File.day(day)
                                .completed()
                                .bytes(4_000_000L, 4_000_000)
                                .rows(48_000)
                                .attempt(Attempt.of(started)
                                        .completed(started.plusSeconds(600))
                                        .counts(48_000, 40_000, 500)
                                        .rejected(Map.of("invalid_mmsi", 12L))
                                        .skipped(Map.of("thinned", 6_000L, "outside_bounds", 488L))
                                        .reports(Seed.at(day, "00:00:01"), Seed.at(day, "23:59:59"))
                                        .aggregatedAt(started.plusSeconds(602))))
                        .file(File.day(day.plusDays(1)).missing())
                        .file(File.day(day.plusDays(2))
                                .running()
                                .bytes(4_000_000L, 1_000_000)
                                .rows(12_000)
                                .attempt(Attempt.of(started.plusSeconds(600))
                                        .counts(12_000, 10_000, 0)
                                        .reports(
                                                Seed.at(day.plusDays(2), "00:00:00"),
                                                Seed.at(day.plusDays(2), "06:00:00"))))
                        .file(File.day(day.plusDays(3)).bytes(4_000_000L, 0)));
        long failed = seed.aisImports()
                .insert(Import.of("csv", started.minus(Duration.ofDays(1)))
                        .running(started.minus(Duration.ofDays(1)))
                        .ended(started.minus(Duration.ofDays(1)).plusSeconds(5), "failed")
                        .error("1 of 1 files failed: /imports/<b>bad</b>.csv: not found")
                        .file(File.path("/imports/<b>bad</b>.csv").failed("not found")));
        try {
            open("/pipeline");
            await(By.cssSelector("#import-table[data-state='ready']"));

            assertThat(attribute("#import-table", "data-rows")).isEqualTo("2");
            WebElement row = driver.findElement(By.cssSelector("#import-table tbody tr[data-id='" + dma + "']"));
            assertThat(row.getText())
                    .contains(
                            "dma",
                            "running",
                            "2 / 4",
                            "1 missing",
                            "60,000",
                            "50,000",
                            "12",
                            "6,488",
                            "thinned 6,000",
                            "rows/s",
                            "2021-03-14");
            assertThat(row.findElement(By.cssSelector(".progress")).getDomAttribute("data-basis"))
                    .isEqualTo("bytes");
            // 4 + 0 (missing) + 1 of 12 MB
            assertThat(row.findElement(By.cssSelector(".progress")).getDomAttribute("title"))
                    .startsWith("42 %");
            assertThat(row.findElement(By.cssSelector("td:nth-child(14)")).getText())
                    .isEqualTo("1 of 2 waiting");
            WebElement failedRow =
                    driver.findElement(By.cssSelector("#import-table tbody tr[data-id='" + failed + "']"));
            // text stays text: the error's markup is shown, never parsed
            assertThat(failedRow.getText()).contains("failed", "/imports/<b>bad</b>.csv: not found", "1 failed");
            assertThat(failedRow.findElements(By.cssSelector("b"))).isEmpty();
            assertThat(text("#import-attribution"))
                    .isEqualTo("Contains data from the Danish Maritime Authority that is used in accordance with the"
                            + " conditions for the use of Danish public data.");
            driver.executeScript("document.getElementById('imports').scrollIntoView()");
            screenshot("pipeline-imports");
        } finally {
            jdbc.execute("DELETE FROM ingestion_log WHERE ais_import_id IS NOT NULL");
            jdbc.execute("TRUNCATE ais_import CASCADE");
        }
    }

    @Test
    void anEmptyDatabaseShowsFriendlyEmptyStates() {
        seed.emptyTables();

        open("/");
        await(By.cssSelector("#map[data-state='empty']"));
        await(By.cssSelector("#gauge[data-state='empty']"));
        await(By.cssSelector("#counts-chart[data-state='empty']"));
        assertThat(text("#map-empty")).contains("No vessel reported a position in the last 60 minutes");
        assertThat(text("#gauge-empty")).contains("No vessel counts yet");
        assertThat(text("#counts-empty")).contains("No vessel counts yet");
        assertThat(text("#banners .banner[data-code='no-batches']"))
                .contains("No batches yet: the ingestion service writes its first batch within 5 minutes");
        screenshot("traffic-empty");

        open("/pipeline");
        await(By.cssSelector("#batch-table[data-state='empty']"));
        assertThat(text("#batch-empty")).contains("No batches yet");
        await(By.cssSelector("#import-table[data-state='empty']"));
        assertThat(text("#import-empty")).contains("No imports yet");
        assertThat(driver.findElement(By.id("import-attribution")).isDisplayed())
                .isFalse();
        screenshot("pipeline-empty");

        open("/destinations");
        await(By.cssSelector("#destination-table[data-state='empty']"));
        assertThat(text("#destination-empty")).contains("No destinations reported in this period");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        // Each test starts from the default choices (range, series, hidden categories, time zone).
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
    }

    private WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    private String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    private List<String> column(int index) {
        return driver.findElements(By.cssSelector("#destination-table tbody td:nth-child(" + index + ")")).stream()
                .map(cell -> cell.getText().strip())
                .toList();
    }

    /** Clicks the map where Leaflet drew the vessel at this position (markers are drawn on a canvas). */
    private void clickVesselAt(double latitude, double longitude) {
        WebElement map = driver.findElement(By.id("map"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) driver.executeScript(
                "const p = Dash.traffic.map.latLngToContainerPoint([arguments[0], arguments[1]]); return [p.x, p.y];",
                latitude,
                longitude);
        int x = (int) Math.round(point.get(0).doubleValue() - map.getRect().getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - map.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(map, x, y).click().perform();
    }

    private void screenshot(String name) {
        try {
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    HeadlessChromium.SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }
}
