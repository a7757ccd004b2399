package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a region's series from the aggregation service's sparse tables. {@code region_count_agg} and
 * {@code region_count_rollup} hold a row only where some count is not zero, so the derived windows and periods are
 * those of {@code ship_count_agg} and {@code ship_count_rollup} (the same transaction writes both): each of them is a
 * point, zero where the region has no row, and a window that was never derived is no point at all.
 */
@Repository
public class RegionSeriesQueries {

    /** The directions of a transit: crossed gate a first, or gate b. */
    public static final List<String> DIRECTIONS = List.of("ab", "ba");

    private final JdbcTemplate jdbc;
    private final RegionRepository regions;

    RegionSeriesQueries(JdbcTemplate jdbc, RegionRepository regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /**
     * The derived windows (or hours, or days) that start at or after {@code from} and have ended by {@code close}, for a
     * backtest that may only see what was known at a bar's close.
     *
     * @param category {@code total} or a vessel category key
     * @param direction {@code ab}, {@code ba} or null (both); transits only
     */
    public RegionWindows windows(
            long regionId,
            RegionMetric metric,
            RegionInterval interval,
            String category,
            String direction,
            Instant from,
            Instant close) {
        checkDirection(metric, direction);
        // a step that ended by the close started before it
        RegionSeriesRequest selection =
                new RegionSeriesRequest(metric, interval, category(category), direction, from, close, false);
        List<Step> steps = steps(regionId, selection, from, close);
        long[] ends = new long[steps.size()];
        double[] values = new double[steps.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = steps.get(i).end().toEpochMilli();
            values[i] = steps.get(i).value();
        }
        return new RegionWindows(ends, values);
    }

    /** The region's name, for a label; nothing if there is no region with this id. */
    public Optional<String> name(long regionId) {
        return regions.find(regionId).map(Region::name);
    }

    /**
     * The gauge of a region: vessels present in the newest derived window against their average over the derived
     * windows whose start lies in {@code (newest − span, newest]}.
     */
    public RegionPresence presence(long regionId, Duration span) {
        Region region = regions.find(regionId)
                .orElseThrow(() -> new BadRequestException("region", "no region with id " + regionId));
        List<Instant[]> newest = jdbc.query(
                "SELECT batch_start, batch_end FROM ship_count_agg ORDER BY batch_start DESC LIMIT 1",
                (rs, i) -> new Instant[] {
                    rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()
                });
        if (newest.isEmpty()) {
            return new RegionPresence(regionId, region.name(), null, null, 0, Map.of(), null, 0, null);
        }
        Instant start = newest.get(0)[0];
        Map<String, Integer> present = new LinkedHashMap<>();
        jdbc.query(
                "SELECT category, vessels_present FROM region_count_agg WHERE region_id = ? AND window_start = ?"
                        + " AND vessels_present > 0 ORDER BY vessels_present DESC, category",
                rs -> {
                    present.put(rs.getString(1), rs.getInt(2));
                },
                regionId,
                Timestamp.from(start));
        int value = present.getOrDefault(CategoryParameter.TOTAL, 0);
        present.remove(CategoryParameter.TOTAL);
        return jdbc.queryForObject(
                "SELECT avg(coalesce(r.vessels_present, 0)::float8), count(*), min(s.batch_start)"
                        + " FROM ship_count_agg s LEFT JOIN region_count_agg r ON r.region_id = ?"
                        + " AND r.window_start = s.batch_start AND r.category = 'total'"
                        + " WHERE s.batch_start > ? AND s.batch_start <= ?",
                (rs, i) -> new RegionPresence(
                        regionId,
                        region.name(),
                        start,
                        newest.get(0)[1],
                        value,
                        present,
                        rs.getObject(1) == null ? null : rs.getDouble(1),
                        rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
                regionId,
                Timestamp.from(start.minus(span)),
                Timestamp.from(start));
    }

    /**
     * The points of a series request, each with its trailing average when asked: the mean of the derived steps whose
     * start lies in {@code (time − trailing, time]}, read from before {@code from} as far as the span reaches.
     */
    RegionSeries series(Region region, RegionSeriesRequest request, Duration trailing) {
        Instant readFrom = request.average() ? request.from().minus(trailing) : request.from();
        List<Step> steps = steps(region.id(), request, readFrom, null);
        List<RegionSeries.Point> points = new ArrayList<>();
        double sum = 0;
        int oldest = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            sum += step.value();
            Instant reach = step.start().minus(trailing);
            while (!steps.get(oldest).start().isAfter(reach)) {
                sum -= steps.get(oldest++).value();
            }
            if (!step.start().isBefore(request.from())) {
                Double average = request.average() ? round(sum / (i - oldest + 1)) : null;
                points.add(new RegionSeries.Point(step.start(), round(step.value()), average));
            }
        }
        return new RegionSeries(
                region.id(),
                region.name(),
                request.metric().key(),
                request.interval().key(),
                request.category(),
                request.direction(),
                request.average() ? trailing.toDays() : null,
                request.from(),
                request.to(),
                points);
    }

    /**
     * The derived steps of the request's metric, interval, category and direction starting in {@code [from,
     * request.to())} and ended by {@code close} (when given), oldest first, with the region's value or zero.
     */
    private List<Step> steps(long regionId, RegionSeriesRequest request, Instant from, Instant close) {
        RegionMetric metric = request.metric();
        RegionInterval interval = request.interval();
        String category = request.category();
        String direction = request.direction();
        Instant to = request.to();
        String value = "coalesce(" + metric.column("r", interval.rollup(), direction) + ", 0)::float8";
        List<Object> args = new ArrayList<>();
        String sql;
        if (interval.rollup()) {
            String end = "d.period_start + interval '" + interval.length().toSeconds() + " seconds'";
            sql = "SELECT d.period_start, " + end + ", " + value + " FROM ship_count_rollup d"
                    + " LEFT JOIN region_count_rollup r ON r.region_id = ? AND r.period = d.period"
                    + " AND r.period_start = d.period_start AND r.category = ?"
                    + " WHERE d.period = ? AND d.category = 'total' AND d.period_start >= ?"
                    + " AND d.period_start < ?"
                    + (close == null ? "" : " AND " + end + " <= ?")
                    + " ORDER BY d.period_start";
            args.addAll(List.of(regionId, category, interval.period(), Timestamp.from(from)));
        } else {
            sql = "SELECT d.batch_start, d.batch_end, " + value + " FROM ship_count_agg d"
                    + " LEFT JOIN region_count_agg r ON r.region_id = ? AND r.window_start = d.batch_start"
                    + " AND r.category = ?"
                    + " WHERE d.batch_start >= ?"
                    + " AND d.batch_start < ?"
                    + (close == null ? "" : " AND d.batch_end <= ?")
                    + " ORDER BY d.batch_start";
            args.addAll(List.of(regionId, category, Timestamp.from(from)));
        }
        args.add(Timestamp.from(to));
        if (close != null) {
            args.add(Timestamp.from(close));
        }
        return jdbc.query(
                sql,
                (rs, i) -> new Step(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getDouble(3)),
                args.toArray());
    }

    /** A category key as the series take it: {@code total} or one vessel category. */
    static String category(String value) {
        List<String> keys =
                CategoryParameter.seriesKeys(value == null ? null : List.of(value), List.of(CategoryParameter.TOTAL));
        if (keys.size() != 1) {
            throw new BadRequestException(
                    CategoryParameter.NAME, "a region's series is of one category: 'total' or a vessel category");
        }
        return keys.get(0);
    }

    static void checkDirection(RegionMetric metric, String direction) {
        if (direction == null) {
            return;
        }
        if (metric != RegionMetric.TRANSITS) {
            throw new BadRequestException("direction", "'direction' applies to transits only, not to " + metric.key());
        }
        if (!DIRECTIONS.contains(direction)) {
            throw new BadRequestException(
                    "direction", "'direction' must be ab or ba, was '" + CategoryParameter.abbreviate(direction) + "'");
        }
    }

    /** Averages of hours and days to two decimals; windows are whole numbers anyway. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Step(Instant start, Instant end, double value) {}
}
