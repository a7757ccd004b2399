package com.maritimealphaflow.aggregation.regions;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.ShipPositions.Position;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regions' events and series derived through the real pipeline: positions and batches seeded as ingestion writes
 * them, aggregated by the service, read back from {@code region_event}, {@code region_count_agg} and the rollups. The
 * regions lie in the open Pacific, where no preset and no other test puts anything.
 */
class RegionDerivationTest extends DatabaseTest {

    /** A north-south channel 0.2° wide: gate a along its north edge (1°N), gate b along its south edge (0°). */
    static final String STRAIT = "{\"type\":\"Polygon\",\"coordinates\":[[[-150.0,0.0],[-149.8,0.0],[-149.8,1.0],"
            + "[-150.0,1.0],[-150.0,0.0]]]}";

    static final String STRAIT_GATES = "{\"a\":{\"type\":\"LineString\",\"coordinates\":[[-150.0,1.0],[-149.8,1.0]]},"
            + "\"b\":{\"type\":\"LineString\",\"coordinates\":[[-150.0,0.0],[-149.8,0.0]]}}";

    static final String PORT = "{\"type\":\"Polygon\",\"coordinates\":[[[-140.0,0.0],[-139.9,0.0],[-139.9,0.1],"
            + "[-140.0,0.1],[-140.0,0.0]]]}";

    static final String ANCHORAGE = "{\"type\":\"Polygon\",\"coordinates\":[[[-140.0,0.2],[-139.9,0.2],[-139.9,0.3],"
            + "[-140.0,0.3],[-140.0,0.2]]]}";

    @Autowired
    ShipCountAggregation aggregation;

    @Autowired
    RegionRebuild rebuild;

    long strait;
    long port;
    long anchorage;

    @BeforeEach
    void regions() {
        strait = region("Test strait", "chokepoint", STRAIT, STRAIT_GATES);
        port = region("Test port", "port", PORT, null);
        anchorage = region("Test anchorage", "anchorage", ANCHORAGE, null);
    }

    private long region(String name, String kind, String geometry, String gates) {
        jdbc.update(
                "INSERT INTO region (name, kind, geometry, gates) VALUES (?, ?, CAST(? AS jsonb), CAST(? AS jsonb))"
                        + " ON CONFLICT (name) DO NOTHING",
                name,
                kind,
                geometry,
                gates);
        return jdbc.queryForObject("SELECT id FROM region WHERE name = ?", Long.class, name);
    }

    @Test
    void aTransitAcrossTwoLiveBatchesIsStoredWithItsDirectionAndCountedInTheWindowItEnded() {
        LocalDate day = Fresh.day();
        int tanker = Fresh.vessel();
        seed.shipStatics().shipType(tanker, at(day, "00:00:00"), 80);
        // across gate a into the channel; five hours later across gate b out of it, in the next batch
        seed.shipPositions()
                .insert(
                        Position.of(tanker, at(day, "10:01:00"))
                                .at(1.01, -149.9)
                                .moving(12f, 180f),
                        Position.of(tanker, at(day, "10:04:00"))
                                .at(0.99, -149.9)
                                .moving(12f, 180f));
        long first = liveBatch(day, "10:00:00", "10:01:00", "10:04:00");
        aggregation.aggregateBatch(first, Trigger.POLL);
        assertThat(events(tanker)).isEmpty();

        seed.shipPositions()
                .insert(
                        Position.of(tanker, at(day, "15:04:00"))
                                .at(0.01, -149.9)
                                .moving(12f, 180f),
                        Position.of(tanker, at(day, "15:07:00"))
                                .at(-0.01, -149.9)
                                .moving(12f, 180f));
        long second = liveBatch(day, "15:05:00", "15:04:00", "15:07:00");
        aggregation.aggregateBatch(second, Trigger.POLL);

        List<Map<String, Object>> events = events(tanker);
        assertThat(events).hasSize(1);
        Map<String, Object> transit = events.get(0);
        assertThat(transit.get("kind")).isEqualTo("transit");
        assertThat(transit.get("direction")).isEqualTo("ab");
        assertThat(transit.get("category")).isEqualTo("tanker");
        assertThat(transit.get("region_id")).isEqualTo(strait);
        // gate a at 1°N halfway between 10:01 and 10:04, gate b at 0° halfway between 15:04 and 15:07
        assertThat(((Timestamp) transit.get("started_at")).toInstant()).isEqualTo(at(day, "10:02:30"));
        assertThat(((Timestamp) transit.get("ended_at")).toInstant()).isEqualTo(at(day, "15:05:30"));
        assertThat(count(strait, at(day, "15:05:00"), "tanker", "transits_ab")).isEqualTo(1);
        assertThat(count(strait, at(day, "15:05:00"), "total", "transits_ab")).isEqualTo(1);
        assertThat(count(strait, at(day, "15:00:00"), "total", "transits_ab")).isZero();
        assertThat(count(strait, at(day, "10:00:00"), "total", "vessels_present"))
                .as("inside the channel at 10:04")
                .isEqualTo(1);
        assertThat(rollup(strait, "hour", at(day, "15:00:00"), "total", "transits_ab"))
                .isEqualTo(1);
        assertThat(rollup(strait, "day", at(day, "00:00:00"), "tanker", "transits_ab"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM region_track WHERE mmsi = ?", Integer.class, tanker))
                .isEqualTo(1);
    }

    @Test
    void waitingTwoHoursAtAnchorThenAPortCallAreStoredAndCountedAsWaitingInEveryWindowOfTheSpell() {
        LocalDate day = Fresh.day();
        int bulker = Fresh.vessel();
        seed.shipStatics().shipType(bulker, at(day, "00:00:00"), 70);
        List<Position> positions = new ArrayList<>();
        Instant anchored = at(day, "06:00:00");
        // 2 h 10 min at anchor, reporting every 10 minutes at 0.1 kn
        for (int minute = 0; minute <= 130; minute += 10) {
            positions.add(Position.of(bulker, anchored.plus(Duration.ofMinutes(minute)))
                    .at(0.25, -139.95)
                    .moving(0.1f, 0f));
        }
        // under way into the port, then alongside
        positions.add(Position.of(bulker, at(day, "08:20:00")).at(0.15, -139.95).moving(6f, 180f));
        positions.add(Position.of(bulker, at(day, "08:40:00")).at(0.05, -139.95).moving(2f, 180f));
        positions.add(Position.of(bulker, at(day, "09:00:00")).at(0.05, -139.95).moving(0f, 180f));
        seed.shipPositions().insertAll(positions);
        long batch = liveBatch(day, "09:00:00", "06:00:00", "09:00:00");

        aggregation.aggregateBatch(batch, Trigger.POLL);

        List<Map<String, Object>> events = events(bulker);
        assertThat(events).extracting(e -> e.get("kind")).containsExactly("waiting", "port-call");
        assertThat(((Timestamp) events.get(0).get("started_at")).toInstant()).isEqualTo(anchored);
        assertThat(events.get(0).get("ended_at")).as("it moved on at 08:20").isNotNull();
        assertThat(events.get(1).get("ended_at")).as("still in port").isNull();
        assertThat(count(anchorage, at(day, "06:00:00"), "cargo", "vessels_waiting"))
                .isEqualTo(1);
        assertThat(count(anchorage, at(day, "07:30:00"), "total", "vessels_waiting"))
                .isEqualTo(1);
        assertThat(count(port, at(day, "08:40:00"), "total", "port_calls_started"))
                .isEqualTo(1);
        assertThat(count(port, at(day, "08:40:00"), "total", "vessels_present")).isEqualTo(1);
        double waitingAverage = jdbc.queryForObject(
                "SELECT vessels_waiting_avg FROM region_count_rollup WHERE region_id = ? AND period = 'hour'"
                        + " AND period_start = ? AND category = 'total'",
                Double.class,
                anchorage,
                Timestamp.from(at(day, "07:00:00")));
        assertThat(waitingAverage)
                .as("every window of 07:00-08:00 is derived, and waiting")
                .isEqualTo(1.0);
    }

    @Test
    void anImportedDayIsDerivedFromAFreshStateAndARebuildOfItChangesNothing() {
        LocalDate day = Fresh.day();
        int northbound = Fresh.vessel();
        seed.shipPositions()
                .insert(
                        Position.of(northbound, at(day, "03:00:00")).at(-0.1, -149.9),
                        Position.of(northbound, at(day, "05:00:00")).at(0.5, -149.9),
                        Position.of(northbound, at(day, "07:00:00")).at(1.1, -149.9));
        long file = seed.ingestionLog()
                .insert(Batch.aisImport(Instant.now().minus(Duration.ofMinutes(5)))
                        .completed(Instant.now())
                        .reports(at(day, "03:00:00"), at(day, "07:00:00")));

        aggregation.aggregateBatch(file, Trigger.POLL);

        assertThat(events(northbound)).extracting(e -> e.get("direction")).containsExactly("ba");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM region_track WHERE mmsi = ?", Integer.class, northbound))
                .as("an import leaves the live tracks alone")
                .isZero();
        List<Map<String, Object>> series = seriesOf(strait, day);

        RegionRebuild.Result result = rebuild.rebuild(at(day, "00:00:00"), at(day.plusDays(1), "00:00:00"), Set.of());

        assertThat(result.days()).isEqualTo(1);
        assertThat(events(northbound)).hasSize(1);
        assertThat(seriesOf(strait, day)).isEqualTo(series);
    }

    @Test
    void aRegionMovedAwayFromItsEventsLosesThemWhenItIsRecomputed() {
        LocalDate day = Fresh.day();
        int ferry = Fresh.vessel();
        long moving = region(
                "Test port moved " + ferry,
                "port",
                PORT.replace("-140.0", "-141.0").replace("-139.9", "-140.9"),
                null);
        seed.shipPositions()
                .insert(
                        Position.of(ferry, at(day, "12:00:00"))
                                .at(0.05, -140.95)
                                .moving(0f, 0f),
                        Position.of(ferry, at(day, "12:30:00"))
                                .at(0.05, -140.95)
                                .moving(0f, 0f));
        aggregation.aggregateBatch(liveBatch(day, "12:30:00", "12:00:00", "12:30:00"), Trigger.POLL);
        assertThat(events(ferry)).extracting(e -> e.get("region_id")).containsExactly(moving);

        jdbc.update(
                "UPDATE region SET geometry = CAST(? AS jsonb) WHERE id = ?",
                PORT.replace("-140.0", "-142.0").replace("-139.9", "-141.9"),
                moving);
        List<Long> recomputed = rebuild.recomputeEdited(at(day.plusDays(1), "00:00:00"));

        assertThat(recomputed).contains(moving);
        assertThat(events(ferry)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM region_count_agg WHERE region_id = ?", Integer.class, moving))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT derived_version = version FROM region WHERE id = ?", Boolean.class, moving))
                .isTrue();
    }

    private long liveBatch(LocalDate day, String startedAt, String firstReport, String lastReport) {
        Instant started = at(day, startedAt);
        return seed.ingestionLog()
                .insert(Batch.ais(started)
                        .completed(started.plus(Duration.ofMinutes(5)).minusSeconds(1))
                        .reports(at(day, firstReport), at(day, lastReport)));
    }

    private List<Map<String, Object>> events(int mmsi) {
        return jdbc.queryForList("SELECT * FROM region_event WHERE mmsi = ? ORDER BY started_at", mmsi);
    }

    private List<Map<String, Object>> seriesOf(long region, LocalDate day) {
        return jdbc.queryForList(
                "SELECT window_start, category, vessels_present, transits_ab, transits_ba, port_calls_started,"
                        + " vessels_waiting FROM region_count_agg WHERE region_id = ? AND window_start >= ?"
                        + " AND window_start < ? ORDER BY window_start, category",
                region,
                Timestamp.from(at(day, "00:00:00")),
                Timestamp.from(at(day.plusDays(1), "00:00:00")));
    }

    private int count(long region, Instant window, String category, String column) {
        List<Integer> found = jdbc.queryForList(
                "SELECT " + column + " FROM region_count_agg WHERE region_id = ? AND window_start = ? AND category = ?",
                Integer.class,
                region,
                Timestamp.from(window),
                category);
        return found.isEmpty() ? 0 : found.get(0);
    }

    private int rollup(long region, String period, Instant start, String category, String column) {
        List<Integer> found = jdbc.queryForList(
                "SELECT " + column + " FROM region_count_rollup WHERE region_id = ? AND period = ?"
                        + " AND period_start = ? AND category = ?",
                Integer.class,
                region,
                period,
                Timestamp.from(start),
                category);
        return found.isEmpty() ? 0 : found.get(0);
    }
}
