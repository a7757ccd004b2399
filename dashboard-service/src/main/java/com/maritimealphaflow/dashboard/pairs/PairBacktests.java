package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.dashboard.backtest.BacktestData;
import com.maritimealphaflow.dashboard.backtest.MarketSeries;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.pairs.backtest.Hedge;
import com.maritimealphaflow.dashboard.pairs.backtest.PairBacktest;
import com.maritimealphaflow.dashboard.pairs.backtest.PairBars;
import com.maritimealphaflow.dashboard.pairs.backtest.PairSettings;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * A pair's backtest on its stored bars: both legs read as the single-instrument backtests read theirs, aligned on the
 * bar closes both have, and run through {@link PairBacktest} in full, as a holdout after the screen's training window,
 * or walk-forward.
 */
@Service
class PairBacktests {

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._:^=/-]{1,40}");

    private final BacktestData bars;
    private final ScreenStore screens;
    private final DashboardProperties.Pairs settings;

    PairBacktests(BacktestData bars, ScreenStore screens, DashboardProperties properties) {
        this.bars = bars;
        this.screens = screens;
        this.settings = properties.pairs();
    }

    PairBacktestResponse run(PairBacktestRequest request) {
        if (request == null) {
            throw new BadRequestException("dependent", "a body with 'dependent' and 'independent' is required");
        }
        String y = symbol("dependent", request.dependent());
        String x = symbol("independent", request.independent());
        if (y.equals(x)) {
            throw new BadRequestException("independent", "'independent' must differ from 'dependent'");
        }
        Screen screen = null;
        PairRow pair = null;
        if (request.screenId() != null) {
            screen = screens.find(request.screenId())
                    .orElseThrow(() -> new NotFoundException("No pair screen " + request.screenId()));
            pair = screens.pair(screen.id(), y, x).orElse(null);
            if (pair != null && !pair.dependent().equals(y)) {
                // the screen's ordering: its hedge ratio is of ln dependent on ln independent
                String swap = y;
                y = x;
                x = swap;
            }
        }
        String interval = request.interval() != null
                ? request.interval()
                : screen != null ? screen.settings().interval() : BarInterval.ONE_DAY.key();
        BarInterval length = BarInterval.parse(interval)
                .orElseThrow(() -> new BadRequestException(
                        "interval", "'interval' must be one of " + String.join(", ", BarInterval.keys())));
        RequestBounds.date("from", request.from());
        RequestBounds.date("to", request.to());
        RequestBounds.date("split", request.split());
        LocalDate from = request.from() != null
                ? request.from()
                : screen != null ? screen.settings().trainingFrom() : LocalDate.of(1970, 1, 2);
        Instant start = from.atStartOfDay(ZoneId.of("UTC")).toInstant().minus(Duration.ofDays(1));
        Instant end = request.to() != null
                ? request.to().plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant()
                : RequestBounds.LATEST.minusSeconds(1);
        if (!start.isBefore(end)) {
            throw new BadRequestException("to", "'to' must lie after 'from'");
        }
        MarketSeries legY = leg("dependent", y, interval, length, start, end);
        MarketSeries legX = leg("independent", x, interval, length, start, end);
        PairBars aligned = align(legY.bars(), legX.bars());
        PairSettings pairSettings = settings(request, pair);
        double barsPerYear = legY.calendar().barsPerYear(length.length());
        String evaluation = request.evaluation() == null ? (screen != null ? "holdout" : "full") : request.evaluation();
        ZoneId zone = MarketCalendar.of(legY.calendar()).zone();
        LocalDate split = null;
        PairBacktest.Result result;
        List<PairBacktestResponse.FoldView> folds = List.of();
        switch (evaluation) {
            case "full" -> result = PairBacktest.run(aligned, pairSettings, barsPerYear);
            case "holdout" -> {
                split = request.split() != null
                        ? request.split()
                        : screen != null ? screen.settings().trainingTo() : null;
                if (split == null) {
                    throw new BadRequestException("split", "a holdout needs 'split' (the last day of training)");
                }
                long splitTime =
                        split.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
                result = PairBacktest.holdout(aligned, pairSettings, splitTime, barsPerYear);
            }
            case "walk-forward" -> {
                int train = bounded("trainBars", request.trainBars(), 252, 20, 100_000);
                int test = bounded("testBars", request.testBars(), 63, 1, 100_000);
                PairBacktest.WalkForward walk =
                        PairBacktest.walkForward(aligned, pairSettings, train, test, barsPerYear);
                result = walk.result();
                folds = walk.folds().stream()
                        .map(f -> new PairBacktestResponse.FoldView(
                                f.trainFrom(),
                                f.trainTo(),
                                f.testTo(),
                                f.hedge().beta(),
                                f.hedge().intercept()))
                        .toList();
            }
            default -> throw new BadRequestException(
                    "evaluation", "'evaluation' must be holdout, full or walk-forward");
        }
        long[] times = result.closeTimes();
        double[] closeY = new double[times.length];
        double[] closeX = new double[times.length];
        long[] allTimes = aligned.y().closeTimes();
        for (int i = 0; i < times.length; i++) {
            int at = Arrays.binarySearch(allTimes, times[i]);
            closeY[i] = aligned.y().close()[at];
            closeX[i] = aligned.x().close()[at];
        }
        Hedge hedge = pairSettings.hedge();
        return new PairBacktestResponse(
                y,
                x,
                legY.source(),
                interval,
                legY.adjusted(),
                hedge instanceof Hedge.Rolling ? "rolling" : "fixed",
                evaluation,
                split,
                hedge instanceof Hedge.Fixed fixed ? fixed.beta() : null,
                hedge instanceof Hedge.Fixed fixed ? fixed.intercept() : null,
                pairSettings.entryZ(),
                pairSettings.exitZ(),
                Double.isFinite(pairSettings.stopZ()) ? pairSettings.stopZ() : null,
                times,
                closeY,
                closeX,
                boxed(result.spread()),
                boxed(result.z()),
                boxed(result.beta()),
                result.position(),
                result.equity(),
                result.drawdown(),
                result.trades(),
                result.metrics(),
                folds);
    }

    private PairSettings settings(PairBacktestRequest r, PairRow pair) {
        String hedgeKind =
                r.hedge() == null ? (pair != null || r.hedgeRatio() != null ? "fixed" : "rolling") : r.hedge();
        Hedge hedge;
        switch (hedgeKind) {
            case "fixed" -> {
                Double beta = r.hedgeRatio() != null ? r.hedgeRatio() : pair != null ? pair.hedgeRatio() : null;
                if (beta == null || !Double.isFinite(beta)) {
                    throw new BadRequestException(
                            "hedgeRatio", "a fixed hedge needs 'hedgeRatio' (or a 'screenId' that tested the pair)");
                }
                Double intercept = r.intercept() != null ? r.intercept() : pair != null ? pair.intercept() : null;
                hedge = new Hedge.Fixed(beta, intercept == null ? 0 : intercept);
            }
            case "rolling" -> hedge = new Hedge.Rolling(bounded("lookback", r.lookback(), 60, 3, 5_000));
            default -> throw new BadRequestException("hedge", "'hedge' must be fixed or rolling");
        }
        double entry = real("entryZ", r.entryZ(), 2, 0, 20);
        double exit = real("exitZ", r.exitZ(), 0.5, 0, 20);
        if (!(exit < entry)) {
            throw new BadRequestException("exitZ", "'exitZ' must lie below 'entryZ' (" + entry + ")");
        }
        double stop = r.stopZ() == null ? Double.POSITIVE_INFINITY : real("stopZ", r.stopZ(), 4, 0, 100);
        if (!(stop > entry)) {
            throw new BadRequestException("stopZ", "'stopZ' must lie above 'entryZ' (" + entry + ")");
        }
        return new PairSettings(
                hedge,
                bounded("zWindow", r.zWindow(), 20, 2, 5_000),
                entry,
                exit,
                stop,
                r.maxHoldingBars() == null
                        ? Integer.MAX_VALUE
                        : bounded("maxHoldingBars", r.maxHoldingBars(), 0, 1, 100_000),
                real("feeBps", r.feeBps(), 5, 0, 1_000),
                real("slippageBps", r.slippageBps(), 5, 0, 1_000),
                real("capital", r.capital(), 100_000, 1, 1e12));
    }

    private MarketSeries leg(
            String field, String symbol, String interval, BarInterval length, Instant from, Instant to) {
        return bars.bars(symbol, interval, length.length(), from, to, settings.maxBacktestBars())
                .orElseThrow(() -> new NotFoundException(
                        "No " + interval + " bars of '" + symbol + "' (" + field + ") are stored in the range"));
    }

    /** The bars whose close both legs have, in order. */
    static PairBars align(PriceBars y, PriceBars x) {
        long[] ty = y.closeTimes();
        long[] tx = x.closeTimes();
        int n = 0;
        long[] times = new long[Math.min(ty.length, tx.length)];
        double[][] cols = new double[4][times.length];
        for (int i = 0, j = 0; i < ty.length && j < tx.length; ) {
            if (ty[i] < tx[j]) {
                i++;
            } else if (ty[i] > tx[j]) {
                j++;
            } else {
                times[n] = ty[i];
                cols[0][n] = y.open()[i];
                cols[1][n] = y.close()[i];
                cols[2][n] = x.open()[j];
                cols[3][n] = x.close()[j];
                n++;
                i++;
                j++;
            }
        }
        if (n < 2) {
            throw new BadRequestException(
                    "from", "the two legs share " + n + " bars in the range; at least 2 are needed");
        }
        long[] t = Arrays.copyOf(times, n);
        return new PairBars(
                new PriceBars(t, Arrays.copyOf(cols[0], n), Arrays.copyOf(cols[1], n), y.interval()),
                new PriceBars(t.clone(), Arrays.copyOf(cols[2], n), Arrays.copyOf(cols[3], n), x.interval()));
    }

    private static String symbol(String field, String value) {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw new BadRequestException(field, "'" + field + "' must be 1 to 40 letters, digits or . _ : ^ = / -");
        }
        return value;
    }

    private static int bounded(String field, Integer value, int defaultValue, int min, int max) {
        int chosen = value == null ? defaultValue : value;
        if (chosen < min || chosen > max) {
            throw new BadRequestException(field, "'" + field + "' must lie between " + min + " and " + max);
        }
        return chosen;
    }

    private static double real(String field, Double value, double defaultValue, double min, double max) {
        double chosen = value == null ? defaultValue : value;
        if (!(chosen >= min && chosen <= max)) {
            throw new BadRequestException(field, "'" + field + "' must lie between " + min + " and " + max);
        }
        return chosen;
    }

    private static Double[] boxed(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        return out;
    }
}
