package com.maritimealphaflow.dashboard.support;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the aggregation service writes for regions, row by row: a test region, its sparse {@code region_count_agg} and
 * {@code region_count_rollup} rows, and its {@code region_event}s. The derived windows themselves are
 * {@code ship_count_agg} rows (see {@code Seed.shipCounts()}).
 */
public final class SeededRegions {

    /** A square of about 11 km around (10.5 E, 59.5 N), its gates across its west and east edges. */
    public static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[10.4,59.4],[10.6,59.4],[10.6,59.6],[10.4,59.6],[10.4,59.4]]]}";

    public static final String GATES = "{\"a\":{\"type\":\"LineString\",\"coordinates\":[[10.4,59.3],[10.4,59.7]]},"
            + "\"b\":{\"type\":\"LineString\",\"coordinates\":[[10.6,59.3],[10.6,59.7]]}}";

    private final JdbcTemplate jdbc;

    public SeededRegions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A chokepoint named {@code name} over {@link #SQUARE}, eastbound from a to b; its id. */
    public long chokepoint(String name) {
        jdbc.update("DELETE FROM region WHERE name = ?", name);
        return jdbc.queryForObject(
                "INSERT INTO region (name, kind, geometry, gates, direction_names, note) VALUES (?, 'chokepoint',"
                        + " ?::jsonb, ?::jsonb, '{\"ab\":\"eastbound\",\"ba\":\"westbound\"}', 'a test strait')"
                        + " RETURNING id",
                Long.class,
                name,
                SQUARE,
                GATES);
    }

    /** A region_count_agg row: vessels present, transits ab and ba, port calls started, vessels waiting. */
    public SeededRegions window(
            long region, Instant start, String category, int present, int ab, int ba, int portCalls, int waiting) {
        jdbc.update(
                "INSERT INTO region_count_agg (region_id, window_start, category, vessels_present, transits_ab,"
                        + " transits_ba, port_calls_started, vessels_waiting) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                region,
                utc(start),
                category,
                present,
                ab,
                ba,
                portCalls,
                waiting);
        return this;
    }

    /** A region_count_rollup row of an hour or a day: averages and sums as the rollup keeps them. */
    public SeededRegions rollup(
            long region,
            String period,
            Instant start,
            String category,
            double presentAvg,
            int ab,
            int ba,
            int portCalls,
            double waitingAvg) {
        jdbc.update(
                "INSERT INTO region_count_rollup (region_id, period, period_start, category, windows,"
                        + " vessels_present_avg, vessels_present_max, transits_ab, transits_ba, port_calls_started,"
                        + " vessels_waiting_avg, vessels_waiting_max) VALUES (?, ?, ?, ?, 12, ?, ?, ?, ?, ?, ?, ?)",
                region,
                period,
                utc(start),
                category,
                presentAvg,
                (int) Math.ceil(presentAvg),
                ab,
                ba,
                portCalls,
                waitingAvg,
                (int) Math.ceil(waitingAvg));
        return this;
    }

    /** A transit (direction ab or ba) or, with a null direction, a port call or a wait; ended null while open. */
    public SeededRegions event(
            long region, String kind, int mmsi, Instant started, Instant ended, String direction, Float draught) {
        jdbc.update(
                "INSERT INTO region_event (region_id, kind, mmsi, started_at, ended_at, direction, category, draught,"
                        + " region_version) VALUES (?, ?, ?, ?, ?, ?, 'cargo', ?, 1)",
                region,
                kind,
                mmsi,
                utc(started),
                utc(ended),
                direction,
                draught);
        return this;
    }
}
