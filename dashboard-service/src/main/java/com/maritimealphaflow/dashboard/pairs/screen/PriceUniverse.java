package com.maritimealphaflow.dashboard.pairs.screen;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily closes of a universe of instruments on one common date axis.
 *
 * @param symbols one per instrument, unique
 * @param dates the common axis, strictly increasing
 * @param prices {@code prices[instrument][date]}, positive, or {@code NaN} where the instrument has no bar that day
 */
public record PriceUniverse(List<String> symbols, List<LocalDate> dates, double[][] prices) {

    public PriceUniverse {
        symbols = List.copyOf(symbols);
        dates = List.copyOf(dates);
        if (symbols.stream().distinct().count() != symbols.size()) {
            throw new IllegalArgumentException("symbols must be unique");
        }
        for (int d = 1; d < dates.size(); d++) {
            if (!dates.get(d).isAfter(dates.get(d - 1))) {
                throw new IllegalArgumentException(
                        "dates must be strictly increasing; " + dates.get(d) + " follows " + dates.get(d - 1));
            }
        }
        if (prices.length != symbols.size()) {
            throw new IllegalArgumentException(
                    "prices has " + prices.length + " rows for " + symbols.size() + " symbols");
        }
        double[][] copy = new double[prices.length][];
        for (int i = 0; i < prices.length; i++) {
            if (prices[i].length != dates.size()) {
                throw new IllegalArgumentException(
                        symbols.get(i) + " has " + prices[i].length + " prices for " + dates.size() + " dates");
            }
            for (double price : prices[i]) {
                if (!(price > 0) && !Double.isNaN(price)) {
                    throw new IllegalArgumentException(
                            symbols.get(i) + " has a price that is neither positive nor NaN: " + price);
                }
            }
            copy[i] = prices[i].clone();
        }
        prices = copy;
    }

    /** The array itself, not a copy: callers must not write to it. */
    @Override
    public double[][] prices() {
        return prices;
    }
}
