package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.dashboard.backtest.engine.AsOfCounts;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.regions.RegionInterval;
import com.maritimealphaflow.dashboard.regions.RegionMetric;
import com.maritimealphaflow.dashboard.regions.RegionSeriesSelection;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Checks a request and loads what it names: the bars, and the counts aligned to them as of each close. Every refusal
 * is a 400 naming the parameter to change, so a researcher gets a reason instead of an empty chart.
 */
final class BacktestInputs {

    private static final double MAX_COST = 0.05;
    private static final double MAX_CASH = 1e12;
    private static final int MAX_SYMBOL = 32;

    private BacktestInputs() {}

    /**
     * Loaded, aligned series; {@code counted} bars have a count, the bound on any SMA length; {@code signal} says what
     * the counts are (a region's series, or null for the vessels of every window).
     */
    record Loaded(String category, String signal, MarketSeries series, double[] aligned, int counted) {}

    /** What a request names, checked without reading anything; {@code region} null for the vessel counts. */
    record Checked(
            String symbol,
            String interval,
            Duration length,
            Instant from,
            Instant to,
            String category,
            RegionChoice region) {}

    /** A region's series as the signal, its names checked. */
    record RegionChoice(long id, RegionMetric metric, RegionInterval interval, String direction) {}

    /** Checks the series a request names and its range; no database is touched. */
    static Checked check(BacktestRequest request) {
        String symbol = RequestBounds.text("symbol", request.symbol(), MAX_SYMBOL);
        if (symbol == null || symbol.isBlank()) {
            throw new BadRequestException("symbol", "an instrument symbol is required, e.g. BTCUSDT");
        }
        Duration length = BarInterval.parse(request.interval())
                .map(BarInterval::length)
                .orElseThrow(() -> new BadRequestException(
                        "interval", "expected one of " + String.join(", ", BarInterval.keys())));
        if (request.from() == null) {
            throw new BadRequestException("from", "the start of the range is required");
        }
        RequestBounds.instant("from", request.from());
        RequestBounds.instant("to", request.to());
        if (request.to() == null || !request.to().isAfter(request.from())) {
            throw new BadRequestException("to", "the end of the range must be after its start");
        }
        String category = CategoryParameter.seriesKeys(
                        request.category() == null ? List.of() : List.of(request.category()),
                        List.of(CategoryParameter.TOTAL))
                .get(0);
        return new Checked(
                symbol, request.interval(), length, request.from(), request.to(), category, region(request.region()));
    }

    /** The region signal's fields, each refusal a 400 naming {@code region.<field>}. */
    private static RegionChoice region(RegionSignal signal) {
        if (signal == null) {
            return null;
        }
        RegionSeriesSelection checked =
                RegionSeriesSelection.check(signal.id(), signal.metric(), signal.direction(), "the signal");
        try {
            RegionInterval interval = RegionInterval.of(signal.interval() == null ? "1h" : signal.interval());
            return new RegionChoice(checked.id(), checked.metric(), interval, checked.direction());
        } catch (BadRequestException e) {
            throw new BadRequestException("region." + e.parameter(), e.getMessage());
        }
    }

    /** Reads the checked series, at most {@code maxBars} bars of it, and aligns the counts to its closes. */
    static Loaded load(BacktestData data, Checked request, int maxBars) {
        MarketSeries series = data.bars(
                        request.symbol(), request.interval(), request.length(), request.from(), request.to(), maxBars)
                .orElseThrow(() -> new BadRequestException(
                        "symbol",
                        "no " + request.interval() + " bars of " + CategoryParameter.abbreviate(request.symbol())
                                + " between " + request.from() + " and " + request.to()));
        PriceBars bars = series.bars();
        long firstClose = bars.closeTimes()[0];
        long lastClose = bars.closeTimes()[bars.size() - 1];
        RegionChoice region = request.region();
        BacktestData.CountWindows windows = region == null
                ? data.counts(request.category(), firstClose, lastClose)
                : data.regionWindows(region, request.category(), firstClose, lastClose);
        double[] aligned = AsOfCounts.align(bars.closeTimes(), windows.ends(), windows.counts());
        int first = AsOfCounts.firstCounted(aligned);
        if (first < 0) {
            throw new BadRequestException(
                    "from",
                    region == null
                            ? "no vessel counts had been aggregated by any bar's close in this range: choose a range"
                                    + " the vessel counts cover"
                            : "no window of the region's series had ended and been derived by any bar's close in this"
                                    + " range: choose a range the series covers");
        }
        String signal = region == null ? null : data.regionLabel(region);
        return new Loaded(request.category(), signal, series, aligned, bars.size() - first);
    }

    /** The fast/slow pair checked against the data: 2 ≤ fast < slow and one bar to trade after the slow SMA exists. */
    static void checkLengths(int fast, int slow, int counted, String fastName, String slowName) {
        if (fast < 2) {
            throw new BadRequestException(fastName, "must be at least 2");
        }
        if (slow <= fast) {
            throw new BadRequestException(slowName, "must be longer than fast (" + fast + ")");
        }
        if (counted < 3) {
            throw new BadRequestException(
                    "from", "only " + counted + " bars of the range have vessel counts: too few to backtest");
        }
        if (slow > counted - 1) {
            throw new BadRequestException(
                    slowName, "the range has vessel counts for " + counted + " bars, so at most " + (counted - 1));
        }
    }

    static boolean allowShort(String mode) {
        if (mode == null || "long-only".equals(mode)) {
            return false;
        }
        if ("long-short".equals(mode)) {
            return true;
        }
        throw new BadRequestException("mode", "expected long-only or long-short");
    }

    static double cost(Double value, String name) {
        double cost = value == null ? 0.001 : value;
        if (!(cost >= 0 && cost <= MAX_COST)) {
            throw new BadRequestException(name, "must be a fraction between 0 and " + MAX_COST + " (0.001 is 0.1%)");
        }
        return cost;
    }

    static double initialCash(Double value) {
        double cash = value == null ? 100_000 : value;
        // beyond a trillion, prices times quantities lose the cents that fees are made of
        if (!(cash >= 1 && cash <= MAX_CASH)) {
            throw new BadRequestException("initialCash", "must be between 1 and " + (long) MAX_CASH);
        }
        return cash;
    }
}
