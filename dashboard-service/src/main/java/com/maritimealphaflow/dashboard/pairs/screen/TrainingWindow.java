package com.maritimealphaflow.dashboard.pairs.screen;

import com.maritimealphaflow.dashboard.pairs.screen.PairScreenResult.DroppedInstrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The universe cut to the training window, the only data the screen sees. An instrument is eligible when it has a price
 * on at least {@code minCoverage} of the window's dates and on at least {@code minObservations} of them. Prices become
 * log prices; a daily log return exists on a date when the instrument has a price on it and on the axis date just before
 * it, both inside the window (so the window's first date has none).
 *
 * @param symbols eligible symbols, in universe order
 * @param logPrices {@code [eligible instrument][window date]}, NaN where missing
 * @param returns same shape, NaN where no return exists
 */
record TrainingWindow(
        int dates, List<String> symbols, double[][] logPrices, double[][] returns, List<DroppedInstrument> dropped) {

    static TrainingWindow of(PriceUniverse universe, PairScreenSettings settings) {
        List<LocalDate> axis = universe.dates();
        int first = 0;
        while (first < axis.size() && axis.get(first).isBefore(settings.trainingStart())) {
            first++;
        }
        int end = first;
        while (end < axis.size() && !axis.get(end).isAfter(settings.trainingEnd())) {
            end++;
        }
        int dates = end - first;
        if (dates < settings.minObservations()) {
            throw new IllegalArgumentException("the training window " + settings.trainingStart() + ".."
                    + settings.trainingEnd() + " holds " + dates + " dates, fewer than minObservations "
                    + settings.minObservations());
        }
        List<String> symbols = new ArrayList<>();
        List<double[]> logPrices = new ArrayList<>();
        List<double[]> returns = new ArrayList<>();
        List<DroppedInstrument> dropped = new ArrayList<>();
        for (int i = 0; i < universe.symbols().size(); i++) {
            double[] prices = universe.prices()[i];
            double[] logs = new double[dates];
            int present = 0;
            for (int d = 0; d < dates; d++) {
                logs[d] = Math.log(prices[first + d]);
                if (!Double.isNaN(logs[d])) {
                    present++;
                }
            }
            double coverage = (double) present / dates;
            String symbol = universe.symbols().get(i);
            if (coverage < settings.minCoverage()) {
                dropped.add(new DroppedInstrument(
                        symbol,
                        present,
                        coverage,
                        String.format(Locale.ROOT, "coverage %.3f below %.3f", coverage, settings.minCoverage())));
            } else if (present < settings.minObservations()) {
                dropped.add(new DroppedInstrument(
                        symbol,
                        present,
                        coverage,
                        present + " observations, fewer than " + settings.minObservations()));
            } else {
                symbols.add(symbol);
                logPrices.add(logs);
                returns.add(returns(logs));
            }
        }
        return new TrainingWindow(
                dates, symbols, logPrices.toArray(double[][]::new), returns.toArray(double[][]::new), dropped);
    }

    private static double[] returns(double[] logs) {
        double[] returns = new double[logs.length];
        returns[0] = Double.NaN;
        for (int d = 1; d < logs.length; d++) {
            returns[d] = logs[d] - logs[d - 1];
        }
        return returns;
    }
}
