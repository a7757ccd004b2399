package com.maritimealphaflow.dashboard.support;

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
        Fixtures fixtures = new Fixtures(jdbc).clear();
        seeded.vessels(fixtures);
        seeded.counts(fixtures);
        seeded.batches(fixtures);
        return seeded;
    }

    private void vessels(Fixtures f) {
        Instant recently = now.minus(Duration.ofHours(3));
        f.vessel(211000001, "NORDIC STAR", 70, "ROTTERDAM", recently)
                .position(211000001, ago(50), 59.90, 10.70, 11.0f, 240.0f)
                .position(211000001, ago(10), 59.95, 10.75, 12.3f, 245.0f);
        f.vessel(211000002, "BALTIC TRADER", 79, " rotterdam@@@", recently)
                .position(211000002, ago(20), 57.70, 11.90, 9.8f, 180.0f);
        f.vessel(211000003, "GULF SPIRIT", 80, "Singapore  ", recently)
                .position(211000003, ago(5), 51.90, 4.10, 0.1f, 90.0f);
        f.vessel(211000004, "FJORD QUEEN", 60, "BERGEN", recently)
                .position(211000004, ago(30), 60.39, 5.32, 18.5f, 10.0f);
        f.vessel(211000005, "HAVBRIS", 30, null, recently).position(211000005, ago(40), 62.50, 6.10, 4.2f, 300.0f);
        // Heard, but no static report yet: counted as unknown, never dropped.
        f.position(211000006, ago(15), 58.90, 5.70, null, null);
        // Too long ago for the map, and its static report is older than the destinations' default week.
        f.vessel(211000007, "OLD TIMER", 70, "HAMBURG", now.minus(Duration.ofDays(10)))
                .position(211000007, ago(120), 55.0, 8.0, 10.0f, 0.0f);
    }

    private void counts(Fixtures f) {
        int windows = (int) (Duration.ofHours(HOURS_OF_COUNTS).dividedBy(INTERVAL));
        int inSma = (int) (Duration.ofHours(72).dividedBy(INTERVAL));
        for (int i = 0; i <= windows; i++) {
            Instant start = latestWindow.minus(INTERVAL.multipliedBy(i));
            int total = i == 0 ? LATEST_TOTAL : typicalTotal(start, i);
            if (i < inSma) {
                smaTotals.add(total);
            }
            f.window(start, start.plus(INTERVAL), total, total * 40 / 100, total * 22 / 100, total * 9 / 100);
        }
    }

    /** A daily rhythm around a thousand vessels, with a little deterministic noise. */
    private static int typicalTotal(Instant start, int i) {
        double dayFraction = (start.getEpochSecond() % 86_400) / 86_400.0;
        return 1000 + (int) Math.round(150 * Math.sin(2 * Math.PI * dayFraction)) + (i * 37) % 23;
    }

    private void batches(Fixtures f) {
        Instant latestStart =
                latestWindow.plus(INTERVAL).isAfter(now.minusSeconds(90)) ? latestWindow : latestWindow.plus(INTERVAL);
        for (int k = BATCHES - 2; k >= 0; k--) {
            Instant start = latestStart.minus(INTERVAL.multipliedBy(k));
            f.batch(
                    "simulator",
                    start,
                    start.plusSeconds(60),
                    "completed",
                    1000 + k,
                    800,
                    150,
                    Map.of("bad_checksum", 3L, "latitude_out_of_range", 2L),
                    null);
        }
        Instant failed = latestStart.minus(INTERVAL.multipliedBy(BATCHES - 1));
        f.batch("aisstream", failed, failed.plusSeconds(3), "failed", 0, 0, 0, Map.of(), "Api Key Is Not Valid");
    }

    private Instant ago(int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
