package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.regions.RegionSeriesQueries;
import com.maritimealphaflow.dashboard.regions.RegionWindows;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.TradingCalendar;
import com.maritimealphaflow.service.BadRequestException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads price bars from {@code market_bar}, vessel-count windows from {@code ship_count_agg} and a region's series
 * (through {@link RegionSeriesQueries}); never writes.
 */
@Repository
public class BacktestData {

    static final int FETCH_ROWS = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final RegionSeriesQueries regions;

    BacktestData(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegionSeriesQueries regions) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_ROWS);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The bars of {@code symbol} starting in [from, to), from the source and adjustment that hold the most bars of
     * that interval (one series: mixing sources would splice differently adjusted prices). More than {@code maxBars}
     * is a 400 naming {@code from}, answered from the count before a row is read (and, should rows arrive meanwhile,
     * while reading).
     */
    public Optional<MarketSeries> bars(
            String symbol, String interval, Duration length, Instant from, Instant to, int maxBars) {
        List<Object[]> origins = jdbc.query(
                "SELECT source, adjusted, count(*) FROM market_bar WHERE symbol = ? AND bar_interval = ?"
                        + " AND bar_time >= ? AND bar_time < ? GROUP BY source, adjusted"
                        + " ORDER BY count(*) DESC, adjusted DESC, source LIMIT 1",
                (rs, row) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getLong(3)},
                symbol,
                interval,
                Timestamp.from(from),
                Timestamp.from(to));
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        String source = (String) origins.get(0)[0];
        boolean adjusted = (Boolean) origins.get(0)[1];
        long stored = (Long) origins.get(0)[2];
        if (stored > maxBars) {
            throw tooManyBars(stored, interval, maxBars);
        }
        List<String> markets = jdbc.queryForList(
                "SELECT market FROM market_instrument WHERE source = ? AND symbol = ?", String.class, source, symbol);
        TradingCalendar calendar = markets.isEmpty()
                ? MarketSource.parse(source).map(MarketSource::calendar).orElse(TradingCalendar.US_EQUITIES)
                : TradingCalendar.ofInstrumentMarket(markets.get(0));
        SeriesBuffer rows = new SeriesBuffer(2);
        long barLength = length.toMillis();
        stream(
                "SELECT bar_time, open, close FROM market_bar WHERE symbol = ? AND bar_interval = ? AND source = ?"
                        + " AND adjusted = ? AND bar_time >= ? AND bar_time < ? ORDER BY bar_time LIMIT ?",
                rs -> {
                    if (rows.size() == maxBars) {
                        throw tooManyBars(maxBars + 1L, interval, maxBars);
                    }
                    rows.add(rs.getTimestamp(1).getTime() + barLength, rs.getDouble(2), rs.getDouble(3));
                },
                symbol,
                interval,
                source,
                adjusted,
                Timestamp.from(from),
                Timestamp.from(to),
                maxBars + 1);
        return Optional.of(new MarketSeries(
                source, adjusted, calendar, new PriceBars(rows.times(), rows.column(0), rows.column(1), length)));
    }

    private static BadRequestException tooManyBars(long bars, String interval, int maxBars) {
        return new BadRequestException(
                "from",
                String.format(
                        Locale.ROOT,
                        "the range holds %,d bars of %s; at most %,d are read per request: shorten from..to or choose"
                                + " a longer interval",
                        bars,
                        interval,
                        maxBars));
    }

    /**
     * Count windows of {@code column} (a validated count column of {@code ship_count_agg}) that ended by
     * {@code lastClose}, from the last one ended before {@code firstClose} on: earlier windows can't be the as-of
     * count of any bar.
     */
    CountWindows counts(String column, long firstClose, long lastClose) {
        SeriesBuffer rows = new SeriesBuffer(1);
        Timestamp first = new Timestamp(firstClose);
        stream(
                "SELECT batch_end, " + column + " FROM ship_count_agg WHERE batch_end <= ? AND batch_end >="
                        + " coalesce((SELECT max(batch_end) FROM ship_count_agg WHERE batch_end <= ?), ?)"
                        + " ORDER BY batch_end",
                rs -> rows.add(rs.getTimestamp(1).getTime(), rs.getInt(2)),
                new Timestamp(lastClose),
                first,
                first);
        return new CountWindows(rows.times(), rows.column(0));
    }

    /**
     * The windows (or hours, or days) of a region's series that ended by {@code lastClose} and were derived, from the
     * last one ended before {@code firstClose} on: the same as-of rule as the vessel counts. A 400 naming
     * {@code region.id} if there is no such region.
     */
    CountWindows regionWindows(BacktestInputs.RegionChoice region, String category, long firstClose, long lastClose) {
        regionName(region);
        // the window that ended last by the first close started at most one step before it; a "5m" step is a
        // window of AIS_BATCH_INTERVAL, which may be configured longer, so look back a day at least
        Duration back = region.interval().length().compareTo(Duration.ofDays(1)) > 0
                ? region.interval().length()
                : Duration.ofDays(1);
        Instant from = Instant.ofEpochMilli(firstClose).minus(back);
        RegionWindows windows = regions.windows(
                region.id(),
                region.metric(),
                region.interval(),
                category,
                region.direction(),
                from,
                Instant.ofEpochMilli(lastClose));
        return new CountWindows(windows.ends(), windows.values());
    }

    /** What the signal is, for the answer and the CSV: e.g. "Suez Canal: transits ab per 1d". */
    String regionLabel(BacktestInputs.RegionChoice region) {
        return regionName(region) + ": " + region.metric().key()
                + (region.direction() == null ? "" : " " + region.direction()) + " per "
                + region.interval().key();
    }

    private String regionName(BacktestInputs.RegionChoice region) {
        return regions.name(region.id())
                .orElseThrow(() -> new BadRequestException("region.id", "no region with id " + region.id()));
    }

    /**
     * Runs a query whose rows go straight into primitive arrays: through a cursor, {@value #FETCH_ROWS} rows at a
     * time (PostgreSQL's driver uses one only inside a transaction), instead of the driver first holding the whole
     * result. A year of 5-minute bars is 105,120 rows, which the driver held as a few hundred thousand small objects
     * per request: under a heavy optimizer load they cost the dashboard's small heap 36 s of full collections in two
     * minutes, against 4 s read this way (docs/benchmarks.md, "Small VM").
     */
    private void stream(String sql, RowCallbackHandler handler, Object... args) {
        readOnly.executeWithoutResult(status -> streaming.query(sql, handler, args));
    }

    /** Window ends (epoch milliseconds, ascending) and their counts. */
    record CountWindows(long[] ends, double[] counts) {}

    /** Times and columns of doubles, appended row by row into arrays that double as they fill. */
    static final class SeriesBuffer {
        private long[] times = new long[1024];
        private final double[][] columns;
        private int size;

        SeriesBuffer(int columnCount) {
            columns = new double[columnCount][1024];
        }

        void add(long time, double value) {
            grow();
            times[size] = time;
            columns[0][size++] = value;
        }

        void add(long time, double first, double second) {
            grow();
            times[size] = time;
            columns[0][size] = first;
            columns[1][size++] = second;
        }

        private void grow() {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], size * 2);
                }
            }
        }

        int size() {
            return size;
        }

        long[] times() {
            return Arrays.copyOf(times, size);
        }

        double[] column(int index) {
            return Arrays.copyOf(columns[index], size);
        }
    }
}
