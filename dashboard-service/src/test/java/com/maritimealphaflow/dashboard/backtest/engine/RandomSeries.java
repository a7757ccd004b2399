package com.maritimealphaflow.dashboard.backtest.engine;

import java.time.Duration;
import java.util.Random;

/** Random 5-minute bars and vessel counts, for tests that need many of them and no particular values. */
public final class RandomSeries {

    private RandomSeries() {}

    public static PriceBars bars(Random random, int n) {
        long[] closes = new long[n];
        double[] open = new double[n];
        double[] close = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            closes[i] = (i + 1) * 300_000L;
            open[i] = price * (1 + random.nextGaussian() * 0.002);
            price = open[i] * (1 + random.nextGaussian() * 0.01);
            close[i] = price;
        }
        return new PriceBars(closes, open, close, Duration.ofMinutes(5));
    }

    /** Counts from bar {@code firstCounted} on, {@code NaN} before (bars no window had ended by). */
    public static double[] counts(Random random, int n, int firstCounted, boolean whole) {
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            double count = 100 + 20 * Math.sin(i / 15.0) + random.nextInt(30);
            counts[i] = i < firstCounted ? Double.NaN : whole ? Math.rint(count) : count + random.nextDouble();
        }
        return counts;
    }
}
