package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.service.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Searches fast/slow lengths honestly: the grid is ranked on the in-sample part of the range only, and the best cells
 * are then run on the held-out rest, which no choice has seen. Computes only; stores nothing.
 */
@Service
public class OptimizerService {

    private static final int BEST = 5;

    private final BacktestData data;

    OptimizerService(BacktestData data) {
        this.data = data;
    }

    public OptimizationResponse optimize(OptimizationRequest request) {
        long started = System.nanoTime();
        int fastMin = orDefault(request.fastMin(), 2);
        int fastMax = orDefault(request.fastMax(), 50);
        int slowMin = orDefault(request.slowMin(), 5);
        int slowMax = orDefault(request.slowMax(), 200);
        if (fastMin < 2) {
            throw new BadRequestException("fastMin", "must be at least 2");
        }
        if (fastMax < fastMin) {
            throw new BadRequestException("fastMax", "must be at least fastMin (" + fastMin + ")");
        }
        if (slowMax <= fastMin || slowMax < slowMin) {
            throw new BadRequestException("slowMax", "must be above fastMin and at least slowMin");
        }
        GridSearch.Objective objective = objective(request.objective());
        double fraction = request.inSampleFraction() == null ? 0.7 : request.inSampleFraction();
        if (!(fraction >= 0.5 && fraction <= 0.9)) {
            throw new BadRequestException("inSampleFraction", "must be between 0.5 and 0.9");
        }
        boolean allowShort = BacktestInputs.allowShort(request.mode());
        Strategy costs = new Strategy(
                2,
                3,
                allowShort,
                BacktestInputs.cost(request.fee(), "fee"),
                BacktestInputs.cost(request.slippage(), "slippage"),
                BacktestInputs.initialCash(request.initialCash()));

        BacktestInputs.Loaded loaded = BacktestInputs.load(data, request.asBacktest());
        PriceBars bars = loaded.series().bars();
        int split = (int) Math.floor(bars.size() * fraction);
        PriceBars inBars = slice(bars, 0, split);
        PriceBars outBars = slice(bars, split, bars.size());
        double[] inCounts = Arrays.copyOfRange(loaded.aligned(), 0, split);
        double[] outCounts = Arrays.copyOfRange(loaded.aligned(), split, bars.size());
        // the slow SMA must exist with a bar left to trade in both parts, or the holdout says nothing
        int bound = Math.min(counted(inCounts), counted(outCounts)) - 1;
        if (bound < slowMin || bound <= fastMin) {
            throw new BadRequestException(
                    "slowMin",
                    "the in-sample and out-of-sample parts support slow lengths up to " + bound
                            + ": widen the range or shorten the lengths");
        }
        int effectiveSlowMax = Math.min(slowMax, bound);
        int effectiveFastMax = Math.min(fastMax, effectiveSlowMax - 1);
        MarketCalendar calendar = loaded.series().calendar();
        double[][] grid = GridSearch.run(
                inBars,
                inCounts,
                costs,
                calendar,
                fastMin,
                effectiveFastMax,
                slowMin,
                effectiveSlowMax,
                objective,
                true);

        List<int[]> ranked = new ArrayList<>();
        Double[][] cells = new Double[grid.length][];
        for (int f = 0; f < grid.length; f++) {
            cells[f] = new Double[grid[f].length];
            for (int s = 0; s < grid[f].length; s++) {
                if (!Double.isNaN(grid[f][s])) {
                    cells[f][s] = grid[f][s];
                    ranked.add(new int[] {f, s});
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((int[] cell) -> grid[cell[0]][cell[1]])
                .reversed());
        double barsPerYear = calendar.barsPerYear(bars.interval());
        List<OptimizationResponse.Candidate> best = new ArrayList<>();
        for (int[] cell : ranked.subList(0, Math.min(BEST, ranked.size()))) {
            Strategy strategy = costs.withLengths(fastMin + cell[0], slowMin + cell[1]);
            BacktestEngine.Outcome in = BacktestEngine.run(inBars, inCounts, strategy, calendar);
            BacktestEngine.Outcome out = BacktestEngine.run(outBars, outCounts, strategy, calendar);
            double outObjective = GridSearch.objective(out.equity(), objective, barsPerYear);
            best.add(new OptimizationResponse.Candidate(
                    strategy.fast(),
                    strategy.slow(),
                    grid[cell[0]][cell[1]],
                    Double.isNaN(outObjective) ? null : outObjective,
                    in.metrics(),
                    out.metrics()));
        }
        int tried = GridSearch.combinations(fastMin, effectiveFastMax, slowMin, effectiveSlowMax);
        return new OptimizationResponse(
                objective == GridSearch.Objective.SHARPE ? "sharpe" : "totalReturn",
                tried,
                range(fastMin, effectiveFastMax),
                range(slowMin, effectiveSlowMax),
                cells,
                bars.closeTimes()[split - 1],
                split,
                bars.size() - split,
                best,
                warning(tried),
                (System.nanoTime() - started) / 1_000_000);
    }

    static String warning(int tried) {
        return "The best of " + tried + " combinations was picked on the in-sample bars. The more combinations are"
                + " tried, the more surely the best of them looks good by luck alone (data snooping), so its"
                + " in-sample figure overstates what to expect. Judge it by the out-of-sample result beside it,"
                + " which no choice has seen, and distrust a best cell whose neighbours in the heatmap did poorly.";
    }

    private static GridSearch.Objective objective(String name) {
        if (name == null || "sharpe".equals(name)) {
            return GridSearch.Objective.SHARPE;
        }
        if ("totalReturn".equals(name)) {
            return GridSearch.Objective.TOTAL_RETURN;
        }
        throw new BadRequestException("objective", "expected sharpe or totalReturn");
    }

    private static int counted(double[] aligned) {
        int first = AsOfCounts.firstCounted(aligned);
        return first < 0 ? 0 : aligned.length - first;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int[] range(int from, int to) {
        int[] values = new int[to - from + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        return values;
    }

    static PriceBars slice(PriceBars bars, int from, int to) {
        return new PriceBars(
                Arrays.copyOfRange(bars.closeTimes(), from, to),
                Arrays.copyOfRange(bars.open(), from, to),
                Arrays.copyOfRange(bars.close(), from, to),
                bars.interval());
    }
}
