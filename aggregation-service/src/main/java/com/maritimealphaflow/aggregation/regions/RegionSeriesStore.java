package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.AggregationProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The series of {@code region_count_agg} and {@code region_count_rollup}, sparse: a row only where something is not
 * zero. Vessels present come from the positions (counted in the JVM, {@link Presence}); transits, port calls and
 * waiting from {@code region_event}. Each is recomputed for a range of windows at a time, never incremented, so a
 * window written twice holds the same. Callers hold the aggregation lock in a transaction.
 */
@Repository
class RegionSeriesStore {

    /** The pseudo-category of every vessel, as in {@code ship_count_agg}'s rollups. */
    static final String TOTAL = "total";

    private static final String EPOCH = "timestamptz '1970-01-01 00:00:00+00'";

    private final JdbcTemplate jdbc;
    private final String window;
    private final Duration length;
    private final String recountEvents;

    RegionSeriesStore(JdbcTemplate jdbc, AggregationProperties properties) {
        this.jdbc = jdbc;
        this.length = properties.window();
        this.window = "interval '" + length.toSeconds() + " seconds'";
        Duration openLimit = properties.regions().rules().visitGapLimit();
        this.recountEvents = recountEventsSql(window, "interval '" + openLimit.toSeconds() + " seconds'");
    }

    /** Replaces the vessels present of these regions' windows in {@code [from, to)} with the counts given. */
    void writePresence(RegionSet regions, Instant from, Instant to, List<Presence.Count> counts) {
        jdbc.update(
                "UPDATE region_count_agg SET vessels_present = 0, updated_at = now() WHERE region_id = ANY(?)"
                        + " AND window_start >= ? AND window_start < ? AND vessels_present <> 0",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setTimestamp(2, Timestamp.from(from));
                    ps.setTimestamp(3, Timestamp.from(to));
                });
        jdbc.batchUpdate(
                "INSERT INTO region_count_agg AS a (region_id, window_start, category, vessels_present, updated_at)"
                        + " VALUES (?, ?, ?, ?, now()) ON CONFLICT (region_id, window_start, category)"
                        + " DO UPDATE SET vessels_present = EXCLUDED.vessels_present, updated_at = now()",
                counts.stream()
                        .map(c ->
                                new Object[] {c.regionId(), Timestamp.from(c.windowStart()), c.category(), c.vessels()})
                        .toList());
    }

    /**
     * Recounts transits (in the window of their second gate), port calls (of their start) and vessels waiting (every
     * window their spell overlaps) for these regions' windows in {@code [from, to)}, then drops rows left all zero.
     */
    void recountEvents(RegionSet regions, Instant from, Instant to) {
        Timestamp start = Timestamp.from(floor(from));
        Timestamp end = Timestamp.from(to);
        jdbc.update(
                "UPDATE region_count_agg SET transits_ab = 0, transits_ba = 0, port_calls_started = 0,"
                        + " vessels_waiting = 0, updated_at = now() WHERE region_id = ANY(?) AND window_start >= ?"
                        + " AND window_start < ? AND (transits_ab <> 0 OR transits_ba <> 0"
                        + " OR port_calls_started <> 0 OR vessels_waiting <> 0)",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setTimestamp(2, start);
                    ps.setTimestamp(3, end);
                });
        jdbc.update(recountEvents, ps -> {
            var ids = ps.getConnection().createArrayOf("bigint", regions.ids());
            int i = 1;
            for (int part = 0; part < 2; part++) {
                ps.setArray(i++, ids);
                ps.setTimestamp(i++, start);
                ps.setTimestamp(i++, end);
            }
            // waiting spells: started before the range ends, lasting until its start or later
            ps.setArray(i++, ids);
            ps.setTimestamp(i++, end);
            ps.setTimestamp(i++, start);
            ps.setTimestamp(i++, start);
            ps.setTimestamp(i, end);
        });
        jdbc.update(
                "DELETE FROM region_count_agg WHERE region_id = ANY(?) AND window_start >= ? AND window_start < ?"
                        + " AND vessels_present = 0 AND transits_ab = 0 AND transits_ba = 0"
                        + " AND port_calls_started = 0 AND vessels_waiting = 0",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setTimestamp(2, start);
                    ps.setTimestamp(3, end);
                });
    }

    /**
     * Recomputes the hourly and daily rollups of these regions for the hours and days that {@code [from, to)}
     * touches, from their windows that are derived (have a {@code ship_count_agg} row); the averages are over every
     * derived window of the period, a window without a row being zeros.
     */
    void rollUp(RegionSet regions, Instant from, Instant to) {
        rollUpHours(regions, from.truncatedTo(ChronoUnit.HOURS), ceil(to, ChronoUnit.HOURS));
        rollUpDays(regions, from.truncatedTo(ChronoUnit.DAYS), ceil(to, ChronoUnit.DAYS));
    }

    private void forget(RegionSet regions, String period, Timestamp start, Timestamp end) {
        jdbc.update(
                "DELETE FROM region_count_rollup WHERE region_id = ANY(?) AND period = ? AND period_start >= ?"
                        + " AND period_start < ?",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setString(2, period);
                    ps.setTimestamp(3, start);
                    ps.setTimestamp(4, end);
                });
    }

    /**
     * Days from their hours (24 rows a region and category, not 288 windows, every batch): the windows and sums add
     * up, the averages weighted by their hours' windows.
     */
    private void rollUpDays(RegionSet regions, Instant from, Instant to) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        forget(regions, "day", start, end);
        jdbc.update(
                """
                INSERT INTO region_count_rollup (region_id, period, period_start, category, windows,
                    vessels_present_avg, vessels_present_max, transits_ab, transits_ba, port_calls_started,
                    vessels_waiting_avg, vessels_waiting_max, updated_at)
                SELECT h.region_id, 'day', d.period_start, h.category, d.windows,
                    sum(h.vessels_present_avg * h.windows) / d.windows, max(h.vessels_present_max),
                    sum(h.transits_ab), sum(h.transits_ba), sum(h.port_calls_started),
                    sum(h.vessels_waiting_avg * h.windows) / d.windows, max(h.vessels_waiting_max), now()
                FROM region_count_rollup h
                JOIN (
                    SELECT date_trunc('day', batch_start, 'UTC') AS period_start, count(*) AS windows
                    FROM ship_count_agg WHERE batch_start >= ? AND batch_start < ?
                    GROUP BY 1
                ) d ON d.period_start = date_trunc('day', h.period_start, 'UTC')
                WHERE h.period = 'hour' AND h.region_id = ANY(?) AND h.period_start >= ? AND h.period_start < ?
                GROUP BY h.region_id, d.period_start, h.category, d.windows
                """,
                ps -> {
                    ps.setTimestamp(1, start);
                    ps.setTimestamp(2, end);
                    ps.setArray(3, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setTimestamp(4, start);
                    ps.setTimestamp(5, end);
                });
    }

    private void rollUpHours(RegionSet regions, Instant from, Instant to) {
        String period = "hour";
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        forget(regions, period, start, end);
        jdbc.update(
                """
                INSERT INTO region_count_rollup (region_id, period, period_start, category, windows,
                    vessels_present_avg, vessels_present_max, transits_ab, transits_ba, port_calls_started,
                    vessels_waiting_avg, vessels_waiting_max, updated_at)
                SELECT a.region_id, ?, d.period_start, a.category, d.windows,
                    sum(a.vessels_present)::float8 / d.windows, max(a.vessels_present), sum(a.transits_ab),
                    sum(a.transits_ba), sum(a.port_calls_started), sum(a.vessels_waiting)::float8 / d.windows,
                    max(a.vessels_waiting), now()
                FROM region_count_agg a
                JOIN ship_count_agg s ON s.batch_start = a.window_start
                JOIN (
                    SELECT date_trunc(?, batch_start, 'UTC') AS period_start, count(*) AS windows
                    FROM ship_count_agg WHERE batch_start >= ? AND batch_start < ?
                    GROUP BY 1
                ) d ON d.period_start = date_trunc(?, a.window_start, 'UTC')
                WHERE a.region_id = ANY(?) AND a.window_start >= ? AND a.window_start < ?
                GROUP BY a.region_id, d.period_start, a.category, d.windows
                """,
                ps -> {
                    ps.setString(1, period);
                    ps.setString(2, period);
                    ps.setTimestamp(3, start);
                    ps.setTimestamp(4, end);
                    ps.setString(5, period);
                    ps.setArray(6, ps.getConnection().createArrayOf("bigint", regions.ids()));
                    ps.setTimestamp(7, start);
                    ps.setTimestamp(8, end);
                });
    }

    private Instant floor(Instant time) {
        long ms = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), ms) * ms);
    }

    private static Instant ceil(Instant time, ChronoUnit unit) {
        Instant floor = time.truncatedTo(unit);
        return floor.equals(time) ? time : floor.plus(1, unit);
    }

    /**
     * Parameters: (regions, from, to) for transits and for port calls, (regions, to, from) for waiting spells, then
     * (from, to) once more to clip the spells' windows. An open spell counts until its vessel's last report (or its start, without a
     * track) plus the visit gap limit, after which the detector would end it at that report.
     */
    private static String recountEventsSql(String window, String openLimit) {
        return """
                WITH counted AS (
                    SELECT region_id, date_bin(%1$s, ended_at, %2$s) AS window_start, category, mmsi,
                        CAST(direction = 'ab' AS integer) AS ab, CAST(direction = 'ba' AS integer) AS ba, 0 AS calls,
                        false AS waiting
                    FROM region_event
                    WHERE kind = 'transit' AND region_id = ANY(?) AND ended_at >= ? AND ended_at < ?
                    UNION ALL
                    SELECT region_id, date_bin(%1$s, started_at, %2$s), category, mmsi, 0, 0, 1, false
                    FROM region_event
                    WHERE kind = 'port-call' AND region_id = ANY(?) AND started_at >= ? AND started_at < ?
                    UNION ALL
                    SELECT e.region_id, w.window_start, e.category, e.mmsi, 0, 0, 0, true
                    FROM region_event e
                    LEFT JOIN region_track t ON t.mmsi = e.mmsi
                    CROSS JOIN LATERAL (
                        SELECT coalesce(e.ended_at, greatest(e.started_at, t.last_report_at) + %3$s) AS until
                    ) u
                    CROSS JOIN LATERAL generate_series(
                        date_bin(%1$s, e.started_at, %2$s), date_bin(%1$s, u.until, %2$s), %1$s) AS w (window_start)
                    WHERE e.kind = 'waiting' AND e.region_id = ANY(?) AND e.started_at < ?
                        AND u.until >= ?
                ), clipped AS (
                    SELECT * FROM counted WHERE window_start >= ? AND window_start < ?
                ), expanded AS (
                    SELECT region_id, window_start, category, mmsi, ab, ba, calls, waiting FROM clipped
                    UNION ALL
                    SELECT region_id, window_start, '%4$s', mmsi, ab, ba, calls, waiting FROM clipped
                )
                INSERT INTO region_count_agg AS a (region_id, window_start, category, transits_ab, transits_ba,
                    port_calls_started, vessels_waiting, updated_at)
                SELECT region_id, window_start, category, sum(ab), sum(ba), sum(calls),
                    count(DISTINCT mmsi) FILTER (WHERE waiting), now()
                FROM expanded
                GROUP BY region_id, window_start, category
                ON CONFLICT (region_id, window_start, category) DO UPDATE SET transits_ab = EXCLUDED.transits_ab,
                    transits_ba = EXCLUDED.transits_ba, port_calls_started = EXCLUDED.port_calls_started,
                    vessels_waiting = EXCLUDED.vessels_waiting, updated_at = now()
                """
                .formatted(window, EPOCH, openLimit, TOTAL);
    }
}
