package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Daily bars of LEADUSDT and daily vessel-count rollups whose changes lead the bars' log returns by two days by
 * construction: the count moves by a random step each day, and the return two days later is a thousandth of that step
 * plus a little noise of its own.
 */
public final class SeededLeadLag {

    public static final String SYMBOL = "LEADUSDT";
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    public static final int DAYS = 200;

    private SeededLeadLag() {}

    public static void countsLeadingPricesByTwoDays(JdbcTemplate jdbc) {
        Seed seed = new Seed(jdbc);
        seed.marketBars().remove(SYMBOL).instrument("binance", SYMBOL, "crypto");
        Random random = new Random(17);
        double[] steps = new double[DAYS];
        double count = 500;
        double price = 100;
        List<Bar> bars = new ArrayList<>();
        List<Rollup> rollups = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            Instant start = START.plus(Duration.ofDays(day));
            steps[day] = random.nextDouble(-10, 10);
            count += steps[day];
            if (day >= 2) {
                price *= Math.exp(0.001 * steps[day - 2] + 0.001 * random.nextDouble(-1, 1));
            }
            bars.add(Bar.of(SYMBOL, "1d", start, price, price, price, price));
            rollups.add(new Rollup("day", start, "total", 288, count, (int) count - 5, (int) count + 5, 900));
        }
        seed.marketBars().insertAll(bars);
        seed.shipCounts().insert(rollups.toArray(Rollup[]::new));
    }
}
