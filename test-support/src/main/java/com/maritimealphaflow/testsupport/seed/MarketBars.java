package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** OHLCV bars in {@code market_bar} and the instruments of {@code market_instrument}, as the market jobs store them. */
public final class MarketBars {

    /** A corrected bar replaces the stored one, as in the market jobs. */
    private static final String UPSERT =
            "INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (symbol, bar_interval, source, adjusted,"
                    + " bar_time) DO UPDATE SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low,"
                    + " close = EXCLUDED.close, volume = EXCLUDED.volume";

    /**
     * One bar.
     *
     * @param interval {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h} or {@code 1d}
     * @param time the bar's start
     */
    public record Bar(
            String symbol,
            String interval,
            String source,
            boolean adjusted,
            Instant time,
            double open,
            double high,
            double low,
            double close,
            double volume) {

        /** A Binance bar (not adjusted) with a volume of 1. */
        public static Bar of(
                String symbol, String interval, Instant time, double open, double high, double low, double close) {
            return new Bar(symbol, interval, "binance", false, time, open, high, low, close, 1);
        }
    }

    private final JdbcTemplate jdbc;

    MarketBars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The source lists the symbol, on a market ({@code crypto} or {@code stocks}). */
    public MarketBars instrument(String source, String symbol, String market) {
        jdbc.update(
                "INSERT INTO market_instrument (source, symbol, market, updated_at) VALUES (?, ?, ?, now())"
                        + " ON CONFLICT (source, symbol) DO UPDATE SET market = EXCLUDED.market",
                source,
                symbol,
                market);
        return this;
    }

    public MarketBars insert(Bar... bars) {
        return insertAll(Arrays.asList(bars));
    }

    public MarketBars insertAll(List<Bar> bars) {
        jdbc.batchUpdate(
                UPSERT,
                bars.stream()
                        .map(b -> new Object[] {
                            b.symbol(),
                            b.interval(),
                            b.source(),
                            b.adjusted(),
                            utc(b.time()),
                            b.open(),
                            b.high(),
                            b.low(),
                            b.close(),
                            b.volume()
                        })
                        .toList());
        return this;
    }

    /**
     * Removes every bar of the symbol and its instruments. The market tables are not emptied between tests (see
     * {@link Seed#emptyTables}), so a test removes the symbols it wrote.
     */
    public MarketBars remove(String symbol) {
        jdbc.update("DELETE FROM market_bar WHERE symbol = ?", symbol);
        jdbc.update("DELETE FROM market_instrument WHERE symbol = ?", symbol);
        return this;
    }
}
