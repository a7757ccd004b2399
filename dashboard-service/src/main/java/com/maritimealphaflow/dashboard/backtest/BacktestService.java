package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.backtest.engine.BacktestEngine;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.service.BadRequestException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Runs the backtest a request describes over the stored bars and vessel counts. Computes only; stores nothing. */
@Service
class BacktestService {

    private final BacktestData data;
    private final DashboardProperties.Backtests limits;
    private final RequestPermits permits;

    BacktestService(BacktestData data, DashboardProperties properties) {
        this.data = data;
        this.limits = properties.backtests();
        this.permits = new RequestPermits(
                limits.backtestsAtOnce(), limits.backtestsAtOnce() + " backtests are running: try again shortly");
    }

    RequestPermits permits() {
        return permits;
    }

    /**
     * Checks every parameter first, then takes a permit, and only then reads the data: a refusal costs no query, and
     * the requests beyond {@code backtests-at-once} never load their bars.
     */
    BacktestResponse backtest(BacktestRequest request) {
        return backtest(request, Function.identity());
    }

    /** The same, turned into {@code answer} (a CSV download, say) while the permit is still held. */
    <T> T backtest(BacktestRequest request, Function<BacktestResponse, T> answer) {
        if (request.fast() == null) {
            throw new BadRequestException("fast", "the fast SMA length is required");
        }
        if (request.slow() == null) {
            throw new BadRequestException("slow", "the slow SMA length is required");
        }
        boolean allowShort = BacktestInputs.allowShort(request.mode());
        double fee = BacktestInputs.cost(request.fee(), "fee");
        double slippage = BacktestInputs.cost(request.slippage(), "slippage");
        double cash = BacktestInputs.initialCash(request.initialCash());
        if (request.fast() < 2) {
            throw new BadRequestException("fast", "must be at least 2");
        }
        if (request.slow() <= request.fast()) {
            throw new BadRequestException("slow", "must be longer than fast (" + request.fast() + ")");
        }
        if (request.slow() > limits.maxBars()) {
            throw new BadRequestException(
                    "slow", "must be at most " + limits.maxBars() + ", the most bars a request reads");
        }
        Integer maxPoints = request.maxPoints();
        if (maxPoints != null && (maxPoints < 100 || maxPoints > 1_000_000)) {
            throw new BadRequestException("maxPoints", "must be between 100 and 1000000");
        }
        BacktestInputs.Checked checked = BacktestInputs.check(request);
        try (RequestPermits.Permit permit = permits.take()) {
            return answer.apply(run(request, checked, allowShort, fee, slippage, cash));
        }
    }

    private BacktestResponse run(
            BacktestRequest request,
            BacktestInputs.Checked checked,
            boolean allowShort,
            double fee,
            double slippage,
            double cash) {
        Integer maxPoints = request.maxPoints();
        BacktestInputs.Loaded loaded = BacktestInputs.load(data, checked, limits.maxBars());
        BacktestInputs.checkLengths(request.fast(), request.slow(), loaded.counted(), "fast", "slow");
        Strategy strategy = new Strategy(request.fast(), request.slow(), allowShort, fee, slippage, cash);
        MarketSeries series = loaded.series();
        double barsPerYear = series.calendar().barsPerYear(series.bars().interval());
        BacktestEngine.Outcome outcome =
                BacktestEngine.run(series.bars(), loaded.aligned(), strategy, barsPerYear, limits.minAnnualisedSpan());
        Curves curves = Curves.of(series.bars().closeTimes(), outcome, maxPoints);
        return new BacktestResponse(
                request.symbol(),
                request.interval(),
                series.source(),
                series.adjusted(),
                series.calendar().name().toLowerCase(Locale.ROOT),
                loaded.category(),
                loaded.signal(),
                strategy.fast(),
                strategy.slow(),
                allowShort ? "long-short" : "long-only",
                fee,
                slippage,
                cash,
                curves.barsPerPoint(),
                curves.times(),
                curves.equity(),
                curves.buyAndHold(),
                curves.buyAndHoldWithCosts(),
                curves.drawdown(),
                outcome.trades(),
                outcome.metrics());
    }

    /**
     * The curves as answered: every bar, or one point per run of {@code k} bars for a chart, taken at the run's last
     * bar except the drawdown, which is the run's deepest so that thinning never hides the worst of it.
     */
    record Curves(
            int barsPerPoint,
            long[] times,
            double[] equity,
            double[] buyAndHold,
            double[] buyAndHoldWithCosts,
            double[] drawdown) {

        static Curves of(long[] times, BacktestEngine.Outcome outcome, Integer maxPoints) {
            int n = times.length;
            if (maxPoints == null || n <= maxPoints) {
                return new Curves(
                        1,
                        times,
                        outcome.equity(),
                        outcome.buyAndHold(),
                        outcome.buyAndHoldWithCosts(),
                        outcome.drawdown());
            }
            int step = (n + maxPoints - 1) / maxPoints;
            int points = (n + step - 1) / step;
            Curves thinned = new Curves(
                    step,
                    new long[points],
                    new double[points],
                    new double[points],
                    new double[points],
                    new double[points]);
            for (int p = 0; p < points; p++) {
                int from = p * step;
                int last = Math.min(n, from + step) - 1;
                thinned.times[p] = times[last];
                thinned.equity[p] = outcome.equity()[last];
                thinned.buyAndHold[p] = outcome.buyAndHold()[last];
                thinned.buyAndHoldWithCosts[p] = outcome.buyAndHoldWithCosts()[last];
                double deepest = 0;
                for (int i = from; i <= last; i++) {
                    deepest = Math.min(deepest, outcome.drawdown()[i]);
                }
                thinned.drawdown[p] = deepest;
            }
            return thinned;
        }
    }
}
