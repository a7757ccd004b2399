package com.maritimealphaflow.aggregation.marketrollups;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.RollupIntervals;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the 5m … 1d rollups of every series of 1-minute bars current. Writers of minutes leave a row in {@code
 * market_rollup_pending} (a trigger does it); this takes those rows a series at a time, recomputes every rollup
 * interval over the whole days (in the series' zone) the written minutes fall in, and deletes the rows, in one
 * transaction. A minute corrected later is picked up the same way, so a rollup always follows its minutes.
 */
@Service
public class MarketRollups {

    private static final Logger log = LoggerFactory.getLogger(MarketRollups.class);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * @param series series recomputed
     * @param days days of minutes read
     * @param bars rollup bars inserted, changed or deleted
     * @param mayHaveMore stopped at the bound of one call
     */
    public record Run(int series, long days, long bars, boolean mayHaveMore) {}

    private record Pending(
            long id, String source, String symbol, boolean adjusted, Instant from, Instant to, boolean deleted) {}

    private final JdbcTemplate jdbc;
    private final RollupStore store;
    private final TransactionTemplate transactions;

    MarketRollups(JdbcTemplate jdbc, RollupStore store, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.transactions = transactions;
    }

    /** Recomputes the rollups of every pending series, a series per transaction, at most {@code maxSeries}. */
    public Run applyPending(int maxSeries) {
        int series = 0;
        long days = 0;
        long bars = 0;
        while (series < maxSeries) {
            long[] done = transactions.execute(status -> applyOneSeries());
            if (done == null) {
                return new Run(series, days, bars, false);
            }
            series++;
            days += done[0];
            bars += done[1];
        }
        return new Run(series, days, bars, true);
    }

    /** Queues a recomputation of the series' rollups over [from, to), the way written minutes are queued. */
    public int requestRebuild(String source, String symbol, Boolean adjusted, Instant from, Instant to) {
        return jdbc.update(
                """
                INSERT INTO market_rollup_pending (source, symbol, adjusted, range_from, range_to, deleted)
                SELECT source, symbol, adjusted, ?, ?, true
                FROM (SELECT DISTINCT source, symbol, adjusted FROM market_bar
                      WHERE bar_interval = '1m' AND source = ? AND (?::text IS NULL OR symbol = ?)
                        AND (?::boolean IS NULL OR adjusted = ?)
                        AND bar_time >= ? AND bar_time < ?) s
                """,
                Timestamp.from(from),
                Timestamp.from(to.minusMillis(1)),
                source,
                symbol,
                symbol,
                adjusted,
                adjusted,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Null when nothing is pending; else the days read and the bars written. */
    private long[] applyOneSeries() {
        List<Pending> first = jdbc.query(
                "SELECT id, source, symbol, adjusted, range_from, range_to, deleted FROM market_rollup_pending"
                        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                (rs, row) -> pending(rs));
        if (first.isEmpty()) {
            return null;
        }
        Pending head = first.get(0);
        RollupSeries series = new RollupSeries(head.source(), head.symbol(), head.adjusted(), zone(head));
        store.lock(series);
        List<Pending> all = jdbc.query(
                "DELETE FROM market_rollup_pending WHERE id IN (SELECT id FROM market_rollup_pending"
                        + " WHERE source = ? AND symbol = ? AND adjusted = ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, source, symbol, adjusted, range_from, range_to, deleted",
                (rs, row) -> pending(rs),
                head.source(),
                head.symbol(),
                head.adjusted());
        long days = 0;
        long bars = 0;
        boolean minutesDeleted = all.stream().anyMatch(Pending::deleted);
        for (Instant[] range : dayRanges(all, series.zone())) {
            days += ChronoUnit.DAYS.between(range[0], range[1]);
            for (BarInterval interval : RollupIntervals.ROLLED_UP) {
                bars += store.roll(series, interval, range[0], range[1]);
                if (minutesDeleted) {
                    bars += store.dropEmpty(series, interval, range[0], range[1]);
                }
            }
        }
        log.debug(
                "Rolled up {} {} ({} adjusted={}): {} bars over {} days",
                series.symbol(),
                series.source(),
                series.zone(),
                series.adjusted(),
                bars,
                days);
        return new long[] {days, bars};
    }

    /** The written ranges widened to whole days of the zone and merged where they touch. */
    static List<Instant[]> dayRanges(List<Pending> written, ZoneId zone) {
        List<Instant[]> days = new ArrayList<>();
        for (Pending pending : written) {
            Instant from = ZonedDateTime.ofInstant(pending.from(), zone)
                    .truncatedTo(ChronoUnit.DAYS)
                    .toInstant();
            Instant to = ZonedDateTime.ofInstant(pending.to(), zone)
                    .truncatedTo(ChronoUnit.DAYS)
                    .plusDays(1)
                    .toInstant();
            days.add(new Instant[] {from, to});
        }
        days.sort(Comparator.comparing(range -> range[0]));
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] range : days) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range[0].isAfter(last[1])) {
                if (range[1].isAfter(last[1])) {
                    last[1] = range[1];
                }
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private ZoneId zone(Pending pending) {
        List<String> markets = jdbc.queryForList(
                "SELECT market FROM market_instrument WHERE source = ? AND symbol = ?",
                String.class,
                pending.source(),
                pending.symbol());
        TradingCalendar calendar = markets.isEmpty()
                ? MarketSource.parse(pending.source())
                        .map(MarketSource::calendar)
                        .orElse(TradingCalendar.ALWAYS_OPEN)
                : TradingCalendar.ofInstrumentMarket(markets.get(0));
        return calendar == TradingCalendar.US_EQUITIES ? NEW_YORK : UTC;
    }

    private static Pending pending(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pending(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("symbol"),
                rs.getBoolean("adjusted"),
                rs.getTimestamp("range_from").toInstant(),
                rs.getTimestamp("range_to").toInstant(),
                rs.getBoolean("deleted"));
    }
}
