package com.maritimealphaflow.dashboard.backtest.luck;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The stationary bootstrap of Politis and Romano (1994): blocks of geometric length starting at uniform bars, read
 * circularly, so resamples keep the returns' short-range dependence. Each resample has its own generator split from
 * the seed in order before any runs, so the result does not depend on how the work spreads over cores.
 */
final class StationaryBootstrap {

    private StationaryBootstrap() {}

    static BootstrapIntervals run(double[] returns, BootstrapSettings settings) {
        ReturnMoments.of(returns); // rejects short, non-finite and flat series with the reason
        PathStatistics original = new PathStatistics();
        for (double r : returns) {
            original.add(r);
        }
        int resamples = settings.resamples();
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom[] generators = new SplittableRandom[resamples];
        for (int i = 0; i < resamples; i++) {
            generators[i] = root.split();
        }
        double[] totals = new double[resamples];
        double[] sharpes = new double[resamples];
        double[] drawdowns = new double[resamples];
        IntStream.range(0, resamples).parallel().forEach(i -> {
            PathStatistics path = resample(returns, settings.meanBlockLength(), generators[i]);
            totals[i] = path.totalReturn();
            sharpes[i] = path.sharpe(settings.barsPerYear());
            drawdowns[i] = path.maxDrawdown();
        });
        long positive = Arrays.stream(sharpes).filter(s -> s > 0).count();
        return new BootstrapIntervals(
                interval(original.totalReturn(), totals, settings),
                interval(original.sharpe(settings.barsPerYear()), sharpes, settings),
                interval(original.maxDrawdown(), drawdowns, settings),
                (double) positive / resamples,
                settings);
    }

    private static PathStatistics resample(double[] returns, double meanBlockLength, SplittableRandom random) {
        int n = returns.length;
        // ln(1 − p) of the per-bar chance p = 1 / mean length of starting a new block; 0 gives blocks of one bar
        double logStay = meanBlockLength > 1 ? Math.log1p(-1 / meanBlockLength) : 0;
        PathStatistics path = new PathStatistics();
        int written = 0;
        while (written < n) {
            int bar = random.nextInt(n);
            // a geometric length of mean 1/p by inversion: 1 + ⌊ln U / ln(1 − p)⌋
            double extra = logStay == 0 ? 0 : Math.floor(Math.log(1 - random.nextDouble()) / logStay);
            long length = Math.min(n - written, 1 + (long) Math.min(extra, n));
            for (long k = 0; k < length; k++) {
                path.add(returns[bar]);
                if (++bar == n) {
                    bar = 0;
                }
            }
            written += (int) length;
        }
        return path;
    }

    private static Interval interval(double sample, double[] values, BootstrapSettings settings) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Interval(sample, quantile(sorted, settings.lower()), quantile(sorted, settings.upper()));
    }

    /** Linear interpolation between order statistics (Hyndman and Fan's type 7, numpy's default). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
