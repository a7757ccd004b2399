package com.maritimealphaflow.dashboard.pairs.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import java.time.Duration;
import java.util.Random;

/** Daily pair bars for tests: written out by hand, or random with X a random walk and Y cointegrated with it. */
final class Pairs {

    static final long DAY = Duration.ofDays(1).toMillis();
    /** 2026-01-01T00:00Z: bar i opens at START + i days and closes a day later. */
    static final long START = 1_767_225_600_000L;

    private Pairs() {}

    static long closeTime(int bar) {
        return START + (bar + 1) * DAY;
    }

    static long openTime(int bar) {
        return START + bar * DAY;
    }

    static PairBars of(double[] openY, double[] closeY, double[] openX, double[] closeX) {
        long[] times = new long[closeY.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = closeTime(i);
        }
        return new PairBars(
                new PriceBars(times, openY, closeY, Duration.ofDays(1)),
                new PriceBars(times.clone(), openX, closeX, Duration.ofDays(1)));
    }

    /** Opens equal to the previous close (the first to its own close): for tests whose fills need no particular price. */
    static PairBars ofCloses(double[] closeY, double[] closeX) {
        return of(previousCloses(closeY), closeY, previousCloses(closeX), closeX);
    }

    static double[] previousCloses(double[] close) {
        double[] open = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            open[i] = close[Math.max(0, i - 1)];
        }
        return open;
    }

    /** log Y = 0.2 + 1.3 log X + a mean-reverting residual, with gappy opens, so that trades happen. */
    static PairBars random(Random random, int n) {
        double[][] legs = randomLegs(random, n, 0);
        return of(legs[0], legs[1], legs[2], legs[3]);
    }

    /** {openY, closeY, openX, closeX}; bars before {@code from} are left 0 for the caller to fill. */
    static double[][] randomLegs(Random random, int n, int from) {
        double[][] legs = new double[4][n];
        double logX = Math.log(50 + random.nextInt(100));
        double residual = 0;
        for (int i = from; i < n; i++) {
            logX += random.nextGaussian() * 0.015;
            residual = 0.8 * residual + random.nextGaussian() * 0.02;
            double logY = 0.2 + 1.3 * logX + residual;
            legs[0][i] = Math.exp(logY + random.nextGaussian() * 0.005);
            legs[1][i] = Math.exp(logY);
            legs[2][i] = Math.exp(logX + random.nextGaussian() * 0.005);
            legs[3][i] = Math.exp(logX);
        }
        return legs;
    }
}
