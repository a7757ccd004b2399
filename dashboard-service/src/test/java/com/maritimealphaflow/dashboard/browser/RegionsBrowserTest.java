package com.maritimealphaflow.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import com.maritimealphaflow.testsupport.seed.ShipStatics.Vessel;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The regions page in headless Chromium against the running service: the presets and a seeded chokepoint on the map,
 * Leaflet.draw's toolbar, a chosen region's chart and events, and the editor's round trip through the API. Waits on
 * the states the page sets, never on time; fails on any error in the browser console.
 */
class RegionsBrowserTest extends DatabaseTest {

    private static final String REFUSED =
            "/api/regions - Failed to load resource: the server responded with a status" + " of 400";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    long strait;
    boolean expectRefusal;

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
    void seed() {
        seed.emptyTables();
        jdbc.update("DELETE FROM region WHERE name LIKE 'Test %'");
        SeededRegions regions = new SeededRegions(jdbc);
        strait = regions.chokepoint("Test browser strait");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(48));
        for (int i = 0; i < 48; i++) {
            Instant start = hour.plus(Duration.ofHours(i));
            seed.shipCounts().insert(new Rollup("hour", start, "total", 12, 100, 90, 110, 300));
            if (i % 3 != 0) {
                regions.rollup(strait, "hour", start, "total", 2 + i % 5, 1, i % 2, 0, 0);
            }
        }
        seed.shipStatics()
                .insert(Vessel.of(211000001, hour).named("NORDIC STAR").shipType(70));
        regions.event(strait, "transit", 211000001, hour, hour.plus(Duration.ofHours(2)), "ab", 9.5f);
    }

    @AfterEach
    void noErrorsInTheConsole() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !(expectRefusal && entry.getMessage().contains(REFUSED)))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void mapShowsTheRegionsAndTheDrawToolbarAndAChosenRegionGetsItsChartAndEvents() {
        open("/regions");
        await(By.cssSelector("#region-map[data-state='ready']"));
        int drawn = Integer.parseInt(driver.findElement(By.id("region-map")).getDomAttribute("data-regions"));
        assertThat(drawn).isGreaterThanOrEqualTo(94);
        assertThat(driver.findElements(By.cssSelector("#region-map path.leaflet-interactive")))
                .hasSizeGreaterThanOrEqualTo(94);
        assertThat(driver.findElements(By.cssSelector(".leaflet-draw-toolbar a.leaflet-draw-draw-polygon")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".leaflet-draw-toolbar a.leaflet-draw-edit-edit")))
                .hasSize(1);

        new Select(driver.findElement(By.id("region-select"))).selectByValue(String.valueOf(strait));

        await(By.cssSelector("#region-chart[data-state='ready'][data-points='48'][data-rendered='true']"));
        await(By.cssSelector("#event-table[data-state='ready']"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#event-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("transit", "NORDIC STAR (211000001)", "ab (eastbound)", "9.5 m");
        assertThat(driver.findElement(By.id("series-csv")).getDomAttribute("href"))
                .startsWith("/api/regions/" + strait + "/series.csv?metric=present&interval=1h");
        assertThat(driver.findElement(By.id("events-csv")).getDomAttribute("href"))
                .isEqualTo("/api/regions/" + strait + "/events.csv");
        assertThat(driver.findElement(By.id("region-facts")).getText()).contains("Chokepoint", "a test strait");
        HeadlessChromium.screenshot(driver, "regions");
    }

    @Test
    void theEditorShowsTheApisRefusalAndSavesADrawnRegion() {
        expectRefusal = true;
        open("/regions");
        await(By.cssSelector("#region-map[data-state='ready']"));
        driver.findElement(By.cssSelector("#region-editor summary")).click();
        driver.findElement(By.id("new-region")).click();
        driver.findElement(By.id("form-name")).sendKeys("Test drawn bay");
        driver.findElement(By.id("form-token")).sendKeys(ADMIN_TOKEN);

        driver.findElement(By.id("form-save")).click();
        WebElement error = await(By.cssSelector("#form-error:not([hidden])"));
        assertThat(error.getText()).startsWith("geometry:").contains("Polygon");

        // what Leaflet.draw's polygon tool hands over when a drawing is finished
        driver.executeScript("const map = Dash.regions.map;"
                + " map.fire(L.Draw.Event.CREATED, { layerType: 'polygon',"
                + " layer: L.polygon([[59.4, 10.4], [59.4, 10.6], [59.6, 10.6], [59.6, 10.4]]) });");
        driver.findElement(By.id("form-save")).click();

        await(By.xpath("//select[@id='region-select']/optgroup/option[text()='Test drawn bay']"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> new Select(d.findElement(By.id("region-select")))
                .getFirstSelectedOption()
                .getText()
                .equals("Test drawn bay"));
        assertThat(jdbc.queryForObject(
                        "SELECT geometry ->> 'type' FROM region WHERE name = 'Test drawn bay'", String.class))
                .isEqualTo("Polygon");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        driver.executeScript("localStorage.clear(); sessionStorage.clear()");
        driver.navigate().refresh();
    }

    private WebElement await(By locator) {
        return HeadlessChromium.await(driver, locator);
    }
}
