package com.maritimealphaflow.aggregation.marketrollups;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.RollupIntervals;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rollup bars in {@code market_bar}: computed in SQL from the series' 1-minute bars over whole days, upserted only
 * where the stored bar is a rollup (a native bar is never overwritten) and differs, and deleted where no minute is
 * left under them.
 */
@Repository
class RollupStore {

    private static final String SERIES = "m.source = ? AND m.symbol = ? AND m.adjusted = ?";

    private final JdbcTemplate jdbc;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises rollups of one series across instances until the transaction ends. */
    void lock(RollupSeries series) {
        jdbc.queryForObject(
                "SELECT pg_advisory_xact_lock(hashtext('alphaflow.rollup:' || ? || ':' || ? || ':' || ?))",
                Object.class,
                series.source(),
                series.symbol(),
                series.adjusted());
    }

    /** Computes the interval's bars over [from, to) and stores them; returns the bars inserted or changed. */
    int roll(RollupSeries series, BarInterval interval, Instant from, Instant to) {
        String bucket = RollupIntervals.bucket(interval);
        String sql =
                """
                INSERT INTO market_bar AS b (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,
                                             volume, trades, vwap, origin, minutes)
                SELECT ?, ?, ?, ?, bucket, r.open, r.high, r.low, r.close, r.volume, r.trades, r.vwap, 'rollup',
                       r.minutes
                FROM (SELECT bucket, %s
                      FROM (SELECT m.*, %s AS bucket FROM market_bar m
                            WHERE %s AND m.bar_interval = '1m' AND m.bar_time >= ? AND m.bar_time < ?) m
                      GROUP BY bucket) r
                ON CONFLICT (symbol, bar_interval, source, adjusted, bar_time) DO UPDATE SET
                    open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                    volume = excluded.volume, trades = excluded.trades, vwap = excluded.vwap,
                    minutes = excluded.minutes, updated_at = now()
                WHERE b.origin = 'rollup'
                  AND (b.open, b.high, b.low, b.close, b.volume, b.trades, b.vwap, b.minutes)
                      IS DISTINCT FROM (excluded.open, excluded.high, excluded.low, excluded.close, excluded.volume,
                                        excluded.trades, excluded.vwap, excluded.minutes)
                """
                        .formatted(RollupIntervals.AGGREGATES, bucket, SERIES);
        List<Object> args =
                new ArrayList<>(List.of(series.symbol(), interval.key(), series.source(), series.adjusted()));
        addZone(args, series, interval);
        args.addAll(
                List.of(series.source(), series.symbol(), series.adjusted(), Timestamp.from(from), Timestamp.from(to)));
        return jdbc.update(sql, args.toArray());
    }

    /**
     * Deletes rollups in [from, to) with no 1-minute bar left under them (minutes deleted), a day at a time: the
     * buckets are compared with the minutes of their own day only, whatever plan the database picks.
     */
    int dropEmpty(RollupSeries series, BarInterval interval, Instant from, Instant to) {
        int dropped = 0;
        for (ZonedDateTime day = from.atZone(series.zone()); day.toInstant().isBefore(to); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).toInstant();
            dropped += dropEmptyDay(series, interval, day.toInstant(), end.isAfter(to) ? to : end);
        }
        return dropped;
    }

    private int dropEmptyDay(RollupSeries series, BarInterval interval, Instant from, Instant to) {
        // the buckets that still hold a minute, as an anti-join (a hash of them, not a scan per rollup bar); a rollup
        // outside them has lost its minutes
        String sql =
                """
                DELETE FROM market_bar b
                WHERE b.source = ? AND b.symbol = ? AND b.adjusted = ? AND b.bar_interval = ? AND b.origin = 'rollup'
                  AND b.bar_time >= ? AND b.bar_time < ?
                  AND NOT EXISTS (
                      SELECT 1 FROM (SELECT DISTINCT %s AS bucket FROM market_bar m
                                     WHERE %s AND m.bar_interval = '1m' AND m.bar_time >= ? AND m.bar_time < ?) k
                      WHERE k.bucket = b.bar_time)
                """
                        .formatted(RollupIntervals.bucket(interval), SERIES);
        List<Object> args = new ArrayList<>(List.of(
                series.source(),
                series.symbol(),
                series.adjusted(),
                interval.key(),
                Timestamp.from(from),
                Timestamp.from(to)));
        addZone(args, series, interval);
        args.addAll(
                List.of(series.source(), series.symbol(), series.adjusted(), Timestamp.from(from), Timestamp.from(to)));
        return jdbc.update(sql, args.toArray());
    }

    private static void addZone(List<Object> args, RollupSeries series, BarInterval interval) {
        for (int i = 0; i < RollupIntervals.zoneParameters(interval); i++) {
            args.add(series.zone().getId());
        }
    }
}
