package com.maritimealphaflow.dashboard.support;

import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bars and counts for backtests: 48 hourly bars of TESTUSDT whose vessel counts rise for a day, then fall. */
public final class SeededMarket {

    public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private SeededMarket() {}

    /** The price opens at 100 + i and closes at 100.5 + i in hour i; counts 100 + 5i for a day, then 5 down an hour. */
    public static void risingThenFalling(JdbcTemplate jdbc) {
        Seed seed = new Seed(jdbc);
        seed.marketBars().remove("TESTUSDT").instrument("binance", "TESTUSDT", "crypto");
        List<Bar> bars = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            Instant start = START.plus(Duration.ofHours(i));
            bars.add(Bar.of("TESTUSDT", "1h", start, 100 + i, 101 + i, 99 + i, 100.5 + i));
            int count = i < 24 ? 100 + 5 * i : 220 - 5 * (i - 24);
            windows.add(Window.of(start, start.plus(Duration.ofHours(1)), count));
        }
        seed.marketBars().insertAll(bars);
        seed.shipCounts().insertAll(windows);
    }

    /**
     * {@code days} of 5-minute bars of {@code symbol} from {@code start} (a random walk, 288 a day around the clock)
     * and a count window for each, from an hour before the first bar.
     */
    public static void fiveMinuteBars(JdbcTemplate jdbc, String symbol, Instant start, int days) {
        Seed seed = new Seed(jdbc);
        seed.marketBars().remove(symbol);
        Instant end = start.plus(Duration.ofDays(days));
        List<Bar> bars = new ArrayList<>();
        double walk = 0;
        int i = 0;
        for (Instant t = start; t.isBefore(end); t = t.plus(FIVE_MINUTES)) {
            i++;
            // a deterministic step of up to ±0.2 % per bar, from the bar's time
            walk += ((t.getEpochSecond() / 300 * 104729) % 997 - 498) * 0.000004;
            double price = 100 * Math.exp(walk);
            double close = price * (1 + ((i * 7919L) % 101 - 50) * 0.00004);
            bars.add(Bar.of(symbol, "5m", t, price, price * 1.001, price * 0.999, close));
        }
        List<Window> windows = new ArrayList<>();
        for (Instant t = start.minus(Duration.ofHours(1)); !t.isAfter(end); t = t.plus(FIVE_MINUTES)) {
            windows.add(Window.fiveMinutes(t, 400 + (int) ((t.getEpochSecond() / 300 * 7717) % 97)));
        }
        seed.marketBars().insertAll(bars);
        seed.shipCounts().insertAll(windows);
    }
}
