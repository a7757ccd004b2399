package com.maritimealphaflow.dashboard.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import com.maritimealphaflow.testsupport.seed.ShipStatics.Vessel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's series, events and gauge from rows written as the aggregation service writes them: sparse region rows,
 * the derived windows and periods being those of {@code ship_count_agg} and {@code ship_count_rollup}.
 */
class RegionSeriesApiTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant H0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant D0 = Instant.parse("2026-11-19T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    RegionSeriesQueries queries;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    long region;
    String base;

    @BeforeEach
    void seedRegion() {
        seed.emptyTables();
        SeededRegions regions = new SeededRegions(jdbc);
        region = regions.chokepoint("Test series strait");
        base = "/api/regions/" + region;
        // derived: T0, +5, +10 and +20 minutes; +15 was never derived (its region row must not show)
        for (int minutes : new int[] {0, 5, 10, 20}) {
            seed.shipCounts().insert(Window.fiveMinutes(at(minutes), 100));
        }
        regions.window(region, at(0), "total", 5, 2, 1, 0, 0)
                .window(region, at(0), "cargo", 3, 1, 0, 0, 0)
                .window(region, at(10), "total", 7, 0, 4, 1, 2)
                .window(region, at(15), "total", 99, 9, 9, 9, 9);
        // derived hours 10:00 and 11:00 (not 12:00), and the day of 19 November
        seed.shipCounts()
                .insert(
                        new Rollup("hour", H0, "total", 12, 100, 90, 110, 300),
                        new Rollup("hour", H0.plus(Duration.ofHours(1)), "total", 12, 100, 90, 110, 300),
                        new Rollup("day", D0, "total", 288, 100, 90, 110, 900));
        regions.rollup(region, "hour", H0, "total", 4.5, 3, 2, 0, 0)
                .rollup(region, "hour", H0.plus(Duration.ofHours(2)), "total", 8, 1, 1, 1, 1)
                .rollup(region, "day", D0, "total", 3, 10, 12, 4, 1.25);
    }

    @Test
    void derivedWindowsWithoutARowAreZeroAndWindowsNeverDerivedAreNoPoint() throws Exception {
        JsonNode series = ok(range("/series?metric=present&interval=5m", at(0), at(30)));

        assertThat(times(series)).containsExactly(at(0), at(5), at(10), at(20));
        assertThat(values(series)).containsExactly(5.0, 0.0, 7.0, 0.0);
        assertThat(series.get("regionName").asString()).isEqualTo("Test series strait");
        assertThat(series.get("metric").asString()).isEqualTo("present");
        assertThat(series.get("interval").asString()).isEqualTo("5m");
        assertThat(series.get("category").asString()).isEqualTo("total");
    }

    @Test
    void transitsAreBothDirectionsOrTheOneAskedFor() throws Exception {
        assertThat(values(ok(range("/series?metric=transits&interval=5m", at(0), at(30)))))
                .containsExactly(3.0, 0.0, 4.0, 0.0);
        JsonNode ab = ok(range("/series?metric=transits&interval=5m&direction=ab", at(0), at(30)));
        assertThat(values(ab)).containsExactly(2.0, 0.0, 0.0, 0.0);
        assertThat(ab.get("direction").asString()).isEqualTo("ab");
        assertThat(values(ok(range("/series?metric=port-calls&interval=5m", at(0), at(30)))))
                .containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(values(ok(range("/series?metric=waiting&interval=5m", at(0), at(30)))))
                .containsExactly(0.0, 0.0, 2.0, 0.0);
    }

    @Test
    void aCategoryIsItsOwnSeries() throws Exception {
        JsonNode cargo = ok(range("/series?metric=present&interval=5m&category=cargo", at(0), at(30)));

        assertThat(values(cargo)).containsExactly(3.0, 0.0, 0.0, 0.0);
        assertThat(cargo.get("category").asString()).isEqualTo("cargo");
    }

    @Test
    void hoursAndDaysComeFromTheRollupsOfDerivedPeriodsOnly() throws Exception {
        JsonNode hours = ok(range("/series?metric=present&interval=1h", H0, H0.plus(Duration.ofHours(3))));
        assertThat(times(hours)).containsExactly(H0, H0.plus(Duration.ofHours(1)));
        assertThat(values(hours)).containsExactly(4.5, 0.0);
        assertThat(values(ok(range("/series?metric=transits&interval=1h", H0, H0.plus(Duration.ofHours(3))))))
                .containsExactly(5.0, 0.0);

        JsonNode days = ok(range("/series?metric=waiting&interval=1d", D0, D0.plus(Duration.ofDays(2))));
        assertThat(times(days)).containsExactly(D0);
        assertThat(values(days)).containsExactly(1.25);
    }

    @Test
    void eachPointCarriesItsTrailingAverageWhenAsked() throws Exception {
        JsonNode series = ok(range("/series?metric=present&interval=5m&average=true", at(5), at(30)));

        List<Double> averages = new ArrayList<>();
        series.get("points").forEach(p -> averages.add(p.get("average").asDouble()));
        // from before 'from' as far as the 30 days reach: the window at T0 counts for the first point
        assertThat(averages).containsExactly(2.5, 4.0, 3.0);
        assertThat(series.get("averageDays").asInt()).isEqualTo(30);
    }

    @Test
    void unusableParametersAre400sNamingThemAndAnUnknownRegionA404() throws Exception {
        badRequest(get(base + "/series?metric=speed"), "metric");
        badRequest(get(base + "/series?metric=present&interval=2h"), "interval");
        badRequest(get(base + "/series?metric=present&category=ships"), "category");
        badRequest(get(base + "/series?metric=present&direction=ab"), "direction");
        badRequest(get(base + "/series?metric=transits&direction=up"), "direction");
        badRequest(
                get(base + "/series?metric=present&interval=5m&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z"),
                "from");
        badRequest(get(base + "/series?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z"), "from");
        badRequest(get(base + "/series?from=yesterday"), "from");
        badRequest(get(base + "/events?limit=0"), "limit");
        badRequest(get(base + "/events?kind=party"), "kind");
        assertThat(get("/api/regions/987654321/series").statusCode()).isEqualTo(404);
        assertThat(get("/api/regions/987654321/events").statusCode()).isEqualTo(404);
        // a year of days is well within the bound
        assertThat(get(base + "/series?interval=1d&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void eventsAreNewestFirstWithVesselAndDirectionNames() throws Exception {
        seed.shipStatics().insert(Vessel.of(211000001, T0).named("NORDIC STAR").shipType(70));
        new SeededRegions(jdbc)
                .event(region, "transit", 211000001, at(0), at(60), "ab", 9.5f)
                .event(region, "waiting", 211000099, at(30), null, null, null);

        JsonNode events = ok(base + "/events");

        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).get("kind").asString()).isEqualTo("waiting");
        assertThat(events.get(0).get("endedAt").isNull()).isTrue();
        assertThat(events.get(0).get("vesselName").isNull()).isTrue();
        JsonNode transit = events.get(1);
        assertThat(transit.get("vesselName").asString()).isEqualTo("NORDIC STAR");
        assertThat(transit.get("direction").asString()).isEqualTo("ab");
        assertThat(transit.get("directionName").asString()).isEqualTo("eastbound");
        assertThat(transit.get("draught").asDouble()).isEqualTo(9.5);
        assertThat(ok(base + "/events?kind=transit").size()).isEqualTo(1);
        assertThat(ok(base + "/events?limit=1").size()).isEqualTo(1);

        HttpResponse<String> csv = get(base + "/events.csv");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith(
                        "id,mmsi,vessel_name,kind,started_at,ended_at,direction,direction_name,category,draught\r\n")
                .contains(
                        ",211000001,NORDIC STAR,transit,2026-11-20T12:00:00Z,2026-11-20T13:00:00Z,ab,eastbound,cargo,9.5");
    }

    @Test
    void seriesComeAsCsvToo() throws Exception {
        HttpResponse<String> csv = get(range("/series.csv?metric=transits&interval=5m&direction=ba", at(0), at(30)));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("region-" + region + "-transits-5m-total-ba.csv"));
        assertThat(csv.body())
                .isEqualTo("time,transits\r\n2026-11-20T12:00:00Z,1\r\n2026-11-20T12:05:00Z,0\r\n"
                        + "2026-11-20T12:10:00Z,4\r\n2026-11-20T12:20:00Z,0\r\n");
    }

    @Test
    void aBacktestReadsTheWindowsEndedByItsClose() {
        RegionWindows windows =
                queries.windows(region, RegionMetric.PRESENT, RegionInterval.WINDOW, "total", null, at(0), at(15));

        assertThat(windows.ends()).containsExactly(at(5).toEpochMilli(), at(10).toEpochMilli(), at(15).toEpochMilli());
        assertThat(windows.values()).containsExactly(5.0, 0.0, 7.0);

        RegionWindows hours = queries.windows(
                region, RegionMetric.TRANSITS, RegionInterval.HOUR, "total", "ba", H0, H0.plus(Duration.ofHours(2)));
        assertThat(hours.ends())
                .containsExactly(
                        H0.plus(Duration.ofHours(1)).toEpochMilli(),
                        H0.plus(Duration.ofHours(2)).toEpochMilli());
        assertThat(hours.values()).containsExactly(2.0, 0.0);
    }

    @Test
    void theTrafficGaugeFollowsARegionCountingMissingRowsAsZero() throws Exception {
        JsonNode gauge = ok("/api/traffic/gauge?region=" + region);

        assertThat(gauge.get("windowStart").asString()).isEqualTo(at(20).toString());
        assertThat(gauge.get("value").asInt()).isZero();
        assertThat(gauge.get("sma").asDouble()).isEqualTo(3.0);
        assertThat(gauge.get("smaWindows").asInt()).isEqualTo(4);
        assertThat(gauge.get("regionName").asString()).isEqualTo("Test series strait");

        new SeededRegions(jdbc)
                .window(region, at(20), "total", 9, 0, 0, 0, 0)
                .window(region, at(20), "tanker", 9, 0, 0, 0, 0);
        JsonNode later = ok("/api/traffic/gauge?region=" + region);
        assertThat(later.get("value").asInt()).isEqualTo(9);
        assertThat(later.get("categories").get("tanker").asInt()).isEqualTo(9);
        // the newest window counts in its own average: (5 + 0 + 7 + 9) / 4
        assertThat(later.get("sma").asDouble()).isEqualTo(5.25);

        badRequest(get("/api/traffic/gauge?region=987654321"), "region");
        JsonNode all = ok("/api/traffic/gauge");
        assertThat(all.get("value").asInt()).isEqualTo(100);
        assertThat(all.get("regionId").isNull()).isTrue();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private String range(String pathAndQuery, Instant from, Instant to) {
        return base + pathAndQuery + "&from=" + from + "&to=" + to;
    }

    private static List<Instant> times(JsonNode series) {
        List<Instant> times = new ArrayList<>();
        series.get("points").forEach(p -> times.add(Instant.parse(p.get("time").asString())));
        return times;
    }

    private static List<Double> values(JsonNode series) {
        List<Double> values = new ArrayList<>();
        series.get("points").forEach(p -> values.add(p.get("value").asDouble()));
        return values;
    }

    private JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void badRequest(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString())
                .as(response.body())
                .isEqualTo(parameter);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
