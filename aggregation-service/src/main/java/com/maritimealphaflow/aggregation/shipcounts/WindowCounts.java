package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts windows from the stored positions into {@code ship_count_agg}, and records in {@code ship_presence_day}
 * which vessels each day has seen. Callers hold the aggregation lock and a transaction.
 */
@Repository
class WindowCounts {

    private final JdbcTemplate jdbc;
    private final WindowGrid grid;
    private final String countRun;

    WindowCounts(JdbcTemplate jdbc, WindowGrid grid, ShipTypeRanges shipTypes) {
        this.jdbc = jdbc;
        this.grid = grid;
        this.countRun = countRunSql(grid, shipTypes);
    }

    /**
     * Recounts every window of the run from the positions whose report time falls in it: distinct vessels in total
     * and per category, each vessel in the category of its latest ship type known before the window's end (none:
     * unknown, never dropped). A window without positions gets a row of zeros. Returns the windows written.
     */
    int count(WindowRange run) {
        return jdbc.update(
                countRun, utc(run.first()), utc(run.last().plus(grid.length())), utc(run.first()), utc(run.last()));
    }

    /**
     * Forgets what the given hours of a day saw, before they are recounted from scratch: a rebuild must also drop a
     * vessel from a category it no longer falls in.
     */
    void forgetPresence(LocalDate day, int hoursMask) {
        // rows seen in other hours too keep those bits; rows seen only in these hours go (hours stays > 0)
        jdbc.update(
                "UPDATE ship_presence_day SET hours = hours & ~? WHERE day = ? AND hours & ? <> 0"
                        + " AND hours & ~? <> 0",
                hoursMask,
                day,
                hoursMask,
                hoursMask);
        jdbc.update("DELETE FROM ship_presence_day WHERE day = ? AND hours & ~? = 0", day, hoursMask);
    }

    /**
     * Starts of the windows in {@code [from, to)} that already have a row and lie on the current grid (rows left by
     * an earlier window length are not recounted: the current grid cannot reproduce them).
     */
    List<Instant> existing(Instant from, Instant to) {
        return jdbc
                .queryForList(
                        "SELECT batch_start FROM ship_count_agg WHERE batch_start >= ? AND batch_start < ?",
                        OffsetDateTime.class,
                        utc(from),
                        utc(to))
                .stream()
                .map(OffsetDateTime::toInstant)
                .filter(start -> grid.floor(start).equals(start))
                .toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String countRunSql(WindowGrid grid, ShipTypeRanges shipTypes) {
        String window = "interval '" + grid.length().toSeconds() + " seconds'";
        String columns =
                Arrays.stream(VesselCategory.values()).map(VesselCategory::key).collect(Collectors.joining(", "));
        String counts = Arrays.stream(VesselCategory.values())
                .map(c -> "count(*) FILTER (WHERE c.category = '" + c.key() + "')")
                .collect(Collectors.joining(", "));
        String updates = Arrays.stream(VesselCategory.values())
                .map(c -> c.key() + " = EXCLUDED." + c.key())
                .collect(Collectors.joining(", "));
        // seen: each vessel once per window. categorised: its type at the window's end, through the Java mapping's
        // ranges. The presence insert sets the vessel's bit for the window's hour in its day row (a no-op, and no
        // new row version, when the bit is already set). The windows come from generate_series so that a window
        // without positions still gets its row of zeros.
        return """
                WITH seen AS MATERIALIZED (
                    SELECT DISTINCT date_bin(%1$s, report_time, timestamptz '1970-01-01 00:00:00+00') AS batch_start, mmsi
                    FROM ship_position
                    WHERE report_time >= ? AND report_time < ?
                ), categorised AS MATERIALIZED (
                    SELECT s.batch_start, s.mmsi, coalesce(c.category, '%2$s') AS category
                    FROM seen s
                    LEFT JOIN LATERAL (
                        SELECT h.ship_type FROM ship_type_history h
                        WHERE h.mmsi = s.mmsi AND h.valid_from < s.batch_start + %1$s
                        ORDER BY h.valid_from DESC
                        LIMIT 1
                    ) t ON true
                    LEFT JOIN %3$s AS c (first_code, last_code, category)
                        ON t.ship_type BETWEEN c.first_code AND c.last_code
                ), presence AS (
                    INSERT INTO ship_presence_day AS p (day, mmsi, category, hours)
                    SELECT CAST(batch_start AT TIME ZONE 'UTC' AS date), mmsi, category,
                           bit_or(1 << CAST(extract(hour FROM batch_start AT TIME ZONE 'UTC') AS integer))
                    FROM categorised
                    GROUP BY 1, 2, 3
                    ON CONFLICT (day, mmsi, category) DO UPDATE SET hours = p.hours | EXCLUDED.hours
                    WHERE p.hours | EXCLUDED.hours <> p.hours
                )
                INSERT INTO ship_count_agg AS a (batch_start, batch_end, total, %4$s, aggregated_at)
                SELECT w.batch_start, w.batch_start + %1$s, count(c.mmsi), %5$s, now()
                FROM generate_series(CAST(? AS timestamptz), CAST(? AS timestamptz), %1$s) AS w (batch_start)
                LEFT JOIN categorised c ON c.batch_start = w.batch_start
                GROUP BY w.batch_start
                ON CONFLICT (batch_start) DO UPDATE SET batch_end = EXCLUDED.batch_end, total = EXCLUDED.total,
                    %6$s, aggregated_at = EXCLUDED.aggregated_at
                """
                .formatted(window, shipTypes.unknown().key(), shipTypes.valuesSql(), columns, counts, updates);
    }
}
