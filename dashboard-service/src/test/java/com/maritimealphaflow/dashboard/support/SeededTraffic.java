package com.maritimealphaflow.dashboard.support;

import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.testsupport.seed.IngestionLog;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import com.maritimealphaflow.testsupport.seed.ShipPositions;
import com.maritimealphaflow.testsupport.seed.ShipPositions.Position;
import com.maritimealphaflow.testsupport.seed.ShipStatics;
import com.maritimealphaflow.testsupport.seed.ShipStatics.Vessel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small, fully known picture of the pipeline relative to a given "now": six vessels on the map (one of them without
 * static data, one other vessel too old to show), 80 hours of five-minute windows of counts, thirteen batches from the
 * simulator, and destinations written with padding and in mixed case. The browser test and {@code
 * TestDashboardApplication} use it; the expected figures are fields.
 */
public final class SeededTraffic {

    public static final Duration INTERVAL = Duration.ofMinutes(5);
    public static final int LATEST_TOTAL = 1234;
    public static final int HOURS_OF_COUNTS = 80;
    public static final int MAP_VESSELS = 6;
    public static final int BATCHES = 13;

    public final Instant now;
    public final Instant latestWindow;
    /** Totals of the windows in the 72 hours up to and including the latest one, newest first. */
    public final List<Integer> smaTotals = new ArrayList<>();

    private SeededTraffic(Instant now) {
        this.now = now;
        Instant aligned = Instant.ofEpochSecond(now.getEpochSecond() / INTERVAL.toSeconds() * INTERVAL.toSeconds());
        this.latestWindow = aligned.minus(INTERVAL);
    }

    public double expectedSma() {
        return smaTotals.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    public double expectedDifferencePercent() {
        return (LATEST_TOTAL - expectedSma()) / expectedSma() * 100;
    }

    public static SeededTraffic seed(JdbcTemplate jdbc, Instant now) {
        SeededTraffic seeded = new SeededTraffic(now.truncatedTo(ChronoUnit.SECONDS));
        Seed seed = new Seed(jdbc).emptyTables();
        seeded.vessels(seed.shipStatics(), seed.shipPositions());
        seeded.counts(seed.shipCounts());
        seeded.batches(seed.ingestionLog());
        return seeded;
    }

    private void vessels(ShipStatics statics, ShipPositions positions) {
        Instant recently = now.minus(Duration.ofHours(3));
        statics.insert(vessel(211000001, "NORDIC STAR", 70, "ROTTERDAM", recently));
        positions.insert(
                Position.of(211000001, ago(50)).at(59.90, 10.70).moving(11.0f, 240.0f),
                Position.of(211000001, ago(10)).at(59.95, 10.75).moving(12.3f, 245.0f));
        statics.insert(vessel(211000002, "BALTIC TRADER", 79, " rotterdam@@@", recently));
        positions.insert(Position.of(211000002, ago(20)).at(57.70, 11.90).moving(9.8f, 180.0f));
        statics.insert(vessel(211000003, "GULF SPIRIT", 80, "Singapore  ", recently));
        positions.insert(Position.of(211000003, ago(5)).at(51.90, 4.10).moving(0.1f, 90.0f));
        statics.insert(vessel(211000004, "FJORD QUEEN", 60, "BERGEN", recently));
        positions.insert(Position.of(211000004, ago(30)).at(60.39, 5.32).moving(18.5f, 10.0f));
        statics.insert(vessel(211000005, "HAVBRIS", 30, null, recently));
        positions.insert(Position.of(211000005, ago(40)).at(62.50, 6.10).moving(4.2f, 300.0f));
        // Heard, but no static report yet: counted as unknown, never dropped.
        positions.insert(Position.of(211000006, ago(15)).at(58.90, 5.70));
        // Too long ago for the map, and its static report is older than the destinations' default week.
        statics.insert(vessel(211000007, "OLD TIMER", 70, "HAMBURG", now.minus(Duration.ofDays(10))));
        positions.insert(Position.of(211000007, ago(120)).at(55.0, 8.0).moving(10.0f, 0.0f));
    }

    private static Vessel vessel(int mmsi, String name, int shipType, String destination, Instant updatedAt) {
        return Vessel.of(mmsi, updatedAt).named(name).shipType(shipType).destination(destination);
    }

    private void counts(ShipCounts counts) {
        int windows = (int) (Duration.ofHours(HOURS_OF_COUNTS).dividedBy(INTERVAL));
        int inSma = (int) (Duration.ofHours(72).dividedBy(INTERVAL));
        List<Window> rows = new ArrayList<>();
        for (int i = 0; i <= windows; i++) {
            Instant start = latestWindow.minus(INTERVAL.multipliedBy(i));
            int total = i == 0 ? LATEST_TOTAL : typicalTotal(start, i);
            if (i < inSma) {
                smaTotals.add(total);
            }
            int cargo = total * 40 / 100;
            int tanker = total * 22 / 100;
            int passenger = total * 9 / 100;
            rows.add(Window.of(start, start.plus(INTERVAL), total)
                    .with(VesselCategory.CARGO, cargo)
                    .with(VesselCategory.TANKER, tanker)
                    .with(VesselCategory.PASSENGER, passenger)
                    .with(VesselCategory.UNKNOWN, total - cargo - tanker - passenger));
        }
        counts.insertAll(rows);
    }

    /** A daily rhythm around a thousand vessels, with a little deterministic noise. */
    private static int typicalTotal(Instant start, int i) {
        double dayFraction = (start.getEpochSecond() % 86_400) / 86_400.0;
        return 1000 + (int) Math.round(150 * Math.sin(2 * Math.PI * dayFraction)) + (i * 37) % 23;
    }

    private void batches(IngestionLog log) {
        Instant latestStart =
                latestWindow.plus(INTERVAL).isAfter(now.minusSeconds(90)) ? latestWindow : latestWindow.plus(INTERVAL);
        for (int k = BATCHES - 2; k >= 0; k--) {
            Instant start = latestStart.minus(INTERVAL.multipliedBy(k));
            log.insert(Batch.ais(start)
                    .source("simulator")
                    .completed(start.plusSeconds(60))
                    .counts(1000 + k, 800, 150)
                    .rejected(Map.of("bad_checksum", 3L, "latitude_out_of_range", 2L)));
        }
        Instant failed = latestStart.minus(INTERVAL.multipliedBy(BATCHES - 1));
        log.insert(Batch.ais(failed)
                .source("aisstream")
                .ended(failed.plusSeconds(3), "failed")
                .error("Api Key Is Not Valid"));
    }

    private Instant ago(int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
