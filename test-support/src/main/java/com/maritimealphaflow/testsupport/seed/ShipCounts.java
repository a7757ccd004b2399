package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the aggregation service writes: vessel counts per window in {@code ship_count_agg} (a column per vessel
 * category), hourly and daily rollups in {@code ship_count_rollup}, and the vessels each day has seen in
 * {@code ship_presence_day}. Reads a window back as the map tests compare with {@link #expected}.
 */
public final class ShipCounts {

    private static final List<String> CATEGORY_COLUMNS =
            Arrays.stream(VesselCategory.values()).map(VesselCategory::key).toList();

    /** A window's row replaces the one stored, as a recount does. */
    private static final String UPSERT_WINDOW = "INSERT INTO ship_count_agg (batch_start, batch_end, total, "
            + String.join(", ", CATEGORY_COLUMNS)
            + ", aggregated_at) VALUES (?, ?, ?, "
            + String.join(", ", Collections.nCopies(CATEGORY_COLUMNS.size(), "?"))
            + ", ?) ON CONFLICT (batch_start) DO UPDATE SET batch_end = EXCLUDED.batch_end, total = EXCLUDED.total, "
            + CATEGORY_COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
            + ", aggregated_at = EXCLUDED.aggregated_at";

    /**
     * The counts of one window. By default every category counts 0 and the window was counted two seconds after it
     * ended.
     */
    public record Window(
            Instant start, Instant end, int total, Map<VesselCategory, Integer> categories, Instant aggregatedAt) {

        public static Window of(Instant start, Instant end, int total) {
            return new Window(start, end, total, Map.of(), end.plusSeconds(2));
        }

        /** A window of the default length, five minutes. */
        public static Window fiveMinutes(Instant start, int total) {
            return of(start, start.plus(Duration.ofMinutes(5)), total);
        }

        /** This many of the vessels counted were of the category. */
        public Window with(VesselCategory category, int count) {
            Map<VesselCategory, Integer> counts = new EnumMap<>(VesselCategory.class);
            counts.putAll(categories);
            counts.put(category, count);
            return new Window(start, end, total, counts, aggregatedAt);
        }

        private Object[] row() {
            List<Object> row = new ArrayList<>(List.of(utc(start), utc(end), total));
            for (VesselCategory category : VesselCategory.values()) {
                row.add(categories.getOrDefault(category, 0));
            }
            row.add(utc(aggregatedAt));
            return row.toArray();
        }
    }

    /**
     * One row of rollups: over the period's windows, their number and the average, least and most vessels per window,
     * and the distinct vessels of the whole period.
     *
     * @param period {@code hour} or {@code day}
     * @param category {@code total} or a vessel category key
     */
    public record Rollup(
            String period,
            Instant periodStart,
            String category,
            int windows,
            double avgVessels,
            int minVessels,
            int maxVessels,
            int distinctVessels) {}

    /**
     * A vessel counted on a UTC day in a category.
     *
     * @param hours bit h is set when it was counted in a window starting in UTC hour h
     */
    public record Presence(LocalDate day, int mmsi, String category, int hours) {}

    private final JdbcTemplate jdbc;

    ShipCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ShipCounts insert(Window... windows) {
        return insertAll(Arrays.asList(windows));
    }

    public ShipCounts insertAll(List<Window> windows) {
        jdbc.batchUpdate(UPSERT_WINDOW, windows.stream().map(Window::row).toList());
        return this;
    }

    public void insert(Rollup... rollups) {
        jdbc.batchUpdate(
                "INSERT INTO ship_count_rollup (period, period_start, category, windows, avg_vessels, min_vessels,"
                        + " max_vessels, distinct_vessels) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.stream(rollups)
                        .map(r -> new Object[] {
                            r.period(),
                            utc(r.periodStart()),
                            r.category(),
                            r.windows(),
                            r.avgVessels(),
                            r.minVessels(),
                            r.maxVessels(),
                            r.distinctVessels()
                        })
                        .toList());
    }

    public void insert(Presence... presence) {
        jdbc.batchUpdate(
                "INSERT INTO ship_presence_day (day, mmsi, category, hours) VALUES (?, ?, ?, ?)",
                Arrays.stream(presence)
                        .map(p -> new Object[] {p.day(), p.mmsi(), p.category(), p.hours()})
                        .toList());
    }

    /** The window's row: {@code total} and every category, or an empty map if there is none. */
    public Map<String, Integer> window(Instant start) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM ship_count_agg WHERE batch_start = ?",
                rs -> {
                    counts.put("total", rs.getInt("total"));
                    for (String category : CATEGORY_COLUMNS) {
                        counts.put(category, rs.getInt(category));
                    }
                },
                utc(start));
        return counts;
    }

    public boolean hasWindow(Instant start) {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM ship_count_agg WHERE batch_start = ?", Integer.class, utc(start))
                > 0;
    }

    /**
     * What {@link #window} should say: the total, then pairs of category key and count, e.g. {@code expected(3,
     * "cargo", 2, "unknown", 1)}; the other categories are 0.
     */
    public static Map<String, Integer> expected(int total, Object... categoryCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("total", total);
        CATEGORY_COLUMNS.forEach(category -> counts.put(category, 0));
        for (int i = 0; i < categoryCounts.length; i += 2) {
            String key = (String) categoryCounts[i];
            if (!CATEGORY_COLUMNS.contains(key)) {
                throw new IllegalArgumentException("no category " + key);
            }
            counts.put(key, (Integer) categoryCounts[i + 1]);
        }
        return counts;
    }
}
