package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hourly and daily rollups in {@code ship_count_rollup}, recomputed for the hours and days whose windows changed:
 * the window statistics from the period's {@code ship_count_agg} rows (a few hundred a day at most), the distinct
 * vessels from {@code ship_presence_day} (one row per vessel and category a day), never from the positions.
 */
@Repository
class Rollups {

    /** The pseudo-category of the rollup rows that count every vessel. */
    static final String TOTAL = "total";

    private static final int ROWS_PER_PERIOD = VesselCategory.values().length + 1;

    private static final String INSERT =
            """
            INSERT INTO ship_count_rollup AS r (period, period_start, category, windows, avg_vessels, min_vessels,
                max_vessels, distinct_vessels, updated_at)""";

    private static final String UPSERT =
            """
            ON CONFLICT (period, period_start, category) DO UPDATE SET windows = EXCLUDED.windows,
                avg_vessels = EXCLUDED.avg_vessels, min_vessels = EXCLUDED.min_vessels,
                max_vessels = EXCLUDED.max_vessels, distinct_vessels = EXCLUDED.distinct_vessels,
                updated_at = EXCLUDED.updated_at""";

    private final NamedParameterJdbcTemplate jdbc;
    private final String hourly;
    private final String daily;

    Rollups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String windows = windowsSql();
        this.hourly = hourlySql(windows);
        this.daily = dailySql(windows);
    }

    /** Recomputes the rollups of the hours in {@code hoursMask} (bit h: UTC hour h) of a day; returns those written. */
    int rollUpHours(LocalDate day, int hoursMask) {
        if (hoursMask == 0) {
            return 0;
        }
        String hours = IntStream.range(0, 24)
                .filter(h -> (hoursMask & (1 << h)) != 0)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "{", "}"));
        return jdbc.update(hourly, parameters(day).addValue("mask", hoursMask).addValue("hours", hours))
                / ROWS_PER_PERIOD;
    }

    /** Recomputes the rollup of a day; returns 1, or 0 if the day has no windows. */
    int rollUpDay(LocalDate day) {
        return jdbc.update(daily, parameters(day)) / ROWS_PER_PERIOD;
    }

    private static MapSqlParameterSource parameters(LocalDate day) {
        return new MapSqlParameterSource()
                .addValue("day", day)
                .addValue("dayStart", day.atStartOfDay().atOffset(ZoneOffset.UTC))
                .addValue("dayEnd", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** Each window of the day once per category and once as 'total', with its count. */
    private static String windowsSql() {
        String values = Stream.concat(
                        Stream.of("('" + TOTAL + "', a.total)"),
                        Arrays.stream(VesselCategory.values()).map(c -> "('" + c.key() + "', a." + c.key() + ")"))
                .collect(Collectors.joining(", "));
        return """
                SELECT a.batch_start, v.category, v.vessels
                FROM ship_count_agg a
                CROSS JOIN LATERAL (VALUES %s) AS v (category, vessels)
                WHERE a.batch_start >= :dayStart AND a.batch_start < :dayEnd
                """
                .formatted(values);
    }

    private static String hourlySql(String windows) {
        return """
                WITH windows AS (
                    SELECT date_trunc('hour', w.batch_start, 'UTC') AS period_start, w.category, w.vessels
                    FROM (%s) w
                    WHERE :mask & (1 << CAST(extract(hour FROM w.batch_start AT TIME ZONE 'UTC') AS integer)) <> 0
                ), stats AS (
                    SELECT period_start, category, count(*) AS windows, avg(vessels) AS avg_vessels,
                           min(vessels) AS min_vessels, max(vessels) AS max_vessels
                    FROM windows
                    GROUP BY period_start, category
                ), present AS (
                    SELECT CAST(:dayStart AS timestamptz) + h * interval '1 hour' AS period_start, p.category, p.mmsi
                    FROM ship_presence_day p
                    CROSS JOIN unnest(CAST(:hours AS integer[])) AS h
                    WHERE p.day = :day AND p.hours & (1 << h) <> 0
                ), seen AS (
                    SELECT period_start, category, count(*) AS vessels FROM present GROUP BY period_start, category
                    UNION ALL
                    SELECT period_start, '%s', count(DISTINCT mmsi) FROM present GROUP BY period_start
                )
                %s
                SELECT 'hour', s.period_start, s.category, s.windows, s.avg_vessels, s.min_vessels, s.max_vessels,
                       coalesce(seen.vessels, 0), now()
                FROM stats s
                LEFT JOIN seen ON seen.period_start = s.period_start AND seen.category = s.category
                %s
                """
                .formatted(windows, TOTAL, INSERT, UPSERT);
    }

    private static String dailySql(String windows) {
        return """
                WITH stats AS (
                    SELECT w.category, count(*) AS windows, avg(w.vessels) AS avg_vessels,
                           min(w.vessels) AS min_vessels, max(w.vessels) AS max_vessels
                    FROM (%s) w
                    GROUP BY w.category
                ), present AS (
                    SELECT category, mmsi FROM ship_presence_day WHERE day = :day
                ), seen AS (
                    SELECT category, count(*) AS vessels FROM present GROUP BY category
                    UNION ALL
                    SELECT '%s', count(DISTINCT mmsi) FROM present
                )
                %s
                SELECT 'day', CAST(:dayStart AS timestamptz), s.category, s.windows, s.avg_vessels, s.min_vessels,
                       s.max_vessels, coalesce(seen.vessels, 0), now()
                FROM stats s
                LEFT JOIN seen ON seen.category = s.category
                %s
                """
                .formatted(windows, TOTAL, INSERT, UPSERT);
    }
}
