package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.dashboard.regions.RegionSeriesQueries;
import com.maritimealphaflow.dashboard.regions.RegionWindows;
import com.maritimealphaflow.service.BadRequestException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads both series of a study already resampled to its frequency, one row per step: the last close of each step from
 * {@code market_bar}, the mean vessel count per window from {@code ship_count_rollup}, or a region's hourly or daily
 * series. A step is keyed by its start (UTC). Never writes.
 */
@Repository
class LeadLagData {

    private final JdbcTemplate jdbc;
    private final RegionSeriesQueries regions;

    LeadLagData(JdbcTemplate jdbc, RegionSeriesQueries regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** Steps (start of each, ascending) and one value per step. */
    record Steps(List<Instant> starts, double[] values) {

        int size() {
            return starts.size();
        }
    }

    /** The series of bars a step's close comes from: as the backtest picks it, the source with the most bars. */
    record PriceSource(String interval, String source, boolean adjusted) {}

    /**
     * The longest bar interval of the frequency that has bars of {@code symbol} in [from, to), with the source and
     * adjustment that hold the most of them (mixing sources would splice differently adjusted prices).
     */
    Optional<PriceSource> priceSource(String symbol, Frequency frequency, Instant from, Instant to) {
        for (String interval : frequency.barIntervals()) {
            List<PriceSource> sources = jdbc.query(
                    "SELECT source, adjusted FROM market_bar WHERE symbol = ? AND bar_interval = ?"
                            + " AND bar_time >= ? AND bar_time < ? GROUP BY source, adjusted"
                            + " ORDER BY count(*) DESC, adjusted DESC, source LIMIT 1",
                    (rs, row) -> new PriceSource(interval, rs.getString(1), rs.getBoolean(2)),
                    symbol,
                    interval,
                    Timestamp.from(from),
                    Timestamp.from(to));
            if (!sources.isEmpty()) {
                return Optional.of(sources.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The close of the last bar starting in each step. A daily equity bar starts at midnight New York time, which is
     * the same UTC day, so its start (not its close) places it.
     */
    Steps lastCloses(String symbol, PriceSource source, Frequency frequency, Instant from, Instant to) {
        return steps(
                "SELECT date_trunc(?, bar_time, 'UTC'), (array_agg(close ORDER BY bar_time DESC))[1]::float8"
                        + " FROM market_bar WHERE symbol = ? AND bar_interval = ? AND source = ? AND adjusted = ?"
                        + " AND bar_time >= ? AND bar_time < ? GROUP BY 1 ORDER BY 1",
                frequency.truncation(),
                symbol,
                source.interval(),
                source.source(),
                source.adjusted(),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /**
     * The mean vessels per window of {@code category} in each step: the rollup's own average for hours and days, and
     * for weeks the days' averages weighted by their windows, which is the mean of the week's windows.
     */
    Steps meanCounts(String category, Frequency frequency, Instant from, Instant to) {
        if (frequency == Frequency.WEEK) {
            return steps(
                    "SELECT date_trunc('week', period_start, 'UTC'), sum(avg_vessels * windows) / sum(windows)"
                            + " FROM ship_count_rollup WHERE period = 'day' AND category = ? AND windows > 0"
                            + " AND period_start >= ? AND period_start < ? GROUP BY 1 ORDER BY 1",
                    category,
                    Timestamp.from(from),
                    Timestamp.from(to));
        }
        return steps(
                "SELECT period_start, avg_vessels FROM ship_count_rollup WHERE period = ? AND category = ?"
                        + " AND period_start >= ? AND period_start < ? ORDER BY period_start",
                frequency.rollupPeriod(),
                category,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /**
     * A region's hourly or daily series, each value at the start of its step; for weeks, the mean of the week's
     * days. A 400 naming {@code region.id} if there is no such region.
     */
    Steps regionSeries(LeadLagInputs.Region region, String category, Frequency frequency, Instant from, Instant to) {
        regionName(region);
        Duration step = frequency.regionInterval().length();
        RegionWindows windows = regions.windows(
                region.id(), region.metric(), frequency.regionInterval(), category, region.direction(), from, to);
        TreeMap<Instant, double[]> sums = new TreeMap<>();
        for (int i = 0; i < windows.ends().length; i++) {
            Instant start = Instant.ofEpochMilli(windows.ends()[i]).minus(step);
            Instant key = frequency == Frequency.WEEK ? weekStart(start) : start;
            double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
            sum[0] += windows.values()[i];
            sum[1]++;
        }
        List<Instant> starts = new ArrayList<>(sums.keySet());
        double[] values = sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
        return new Steps(starts, values);
    }

    /** What the traffic is, for the answer: e.g. "Suez Canal: transits ab". */
    String regionLabel(LeadLagInputs.Region region) {
        return regionName(region) + ": " + region.metric().key()
                + (region.direction() == null ? "" : " " + region.direction());
    }

    private String regionName(LeadLagInputs.Region region) {
        return regions.name(region.id())
                .orElseThrow(() -> new BadRequestException("region.id", "no region with id " + region.id()));
    }

    private static Instant weekStart(Instant time) {
        return time.atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toInstant();
    }

    private Steps steps(String sql, Object... args) {
        List<Instant> starts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        jdbc.query(
                sql,
                rs -> {
                    double value = rs.getDouble(2);
                    if (!rs.wasNull()) {
                        starts.add(rs.getTimestamp(1).toInstant());
                        values.add(value);
                    }
                },
                args);
        return new Steps(
                starts, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
