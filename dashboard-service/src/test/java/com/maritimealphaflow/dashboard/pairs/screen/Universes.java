package com.maritimealphaflow.dashboard.pairs.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded price universes for the screen's tests: daily dates from 2024-01-01, log prices built by construction. */
final class Universes {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Universes() {}

    static List<LocalDate> dates(int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            dates.add(START.plusDays(d));
        }
        return dates;
    }

    static double[] randomWalk(SplittableRandom random, int n, double start, double step) {
        double[] log = new double[n];
        log[0] = start;
        for (int t = 1; t < n; t++) {
            log[t] = log[t - 1] + step * random.nextGaussian();
        }
        return log;
    }

    /** {@code intercept + beta x + AR(1) noise}, all in logs. */
    static double[] cointegratedWith(
            SplittableRandom random, double[] x, double intercept, double beta, double phi, double noiseSd) {
        double[] log = new double[x.length];
        double noise = 0;
        for (int t = 0; t < x.length; t++) {
            noise = phi * noise + noiseSd * random.nextGaussian();
            log[t] = intercept + beta * x[t] + noise;
        }
        return log;
    }

    static double[] prices(double[] log) {
        double[] prices = new double[log.length];
        for (int t = 0; t < log.length; t++) {
            prices[t] = Math.exp(log[t]);
        }
        return prices;
    }

    static PriceUniverse of(List<String> symbols, double[]... logPrices) {
        double[][] prices = new double[logPrices.length][];
        for (int i = 0; i < logPrices.length; i++) {
            prices[i] = prices(logPrices[i]);
        }
        return new PriceUniverse(symbols, dates(logPrices[0].length), prices);
    }
}
