package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * The grid's inner loop: the objective of one (fast, slow) pair without simulating bar by bar. It trades exactly as
 * {@link Simulation} does (signal at a close, fill at the next open, the same fills, fees and marks), but it visits
 * only the bars where the position changes. Between them a flat position earns nothing, and a long one, holding the
 * whole equity with no cash left, earns each bar's own price return, whose sums and sums of squares are prefix sums
 * shared by every pair. Only short stretches are walked bar by bar, because a short's return depends on its cash.
 *
 * <p>What remains per bar is finding the next crossover: three reads of the counts' prefix sums and a comparison. The
 * result equals the single backtest's up to the order of floating-point additions ({@code GridSearchTest}).
 */
final class CrossoverObjective {

    private final PriceBars bars;
    private final MovingAverages averages;
    private final double[] prefix;
    private final Strategy costs;
    private final double barsPerYear;
    private final GridSearch.Objective objective;
    /** {@code returnSums[i + 1]}: the sum of close-to-close returns of bars 1..i; likewise their squares. */
    private final double[] returnSums;

    private final double[] squareSums;

    CrossoverObjective(
            PriceBars bars,
            MovingAverages averages,
            Strategy costs,
            double barsPerYear,
            GridSearch.Objective objective) {
        this.bars = bars;
        this.averages = averages;
        this.prefix = averages.prefix();
        this.costs = costs;
        this.barsPerYear = barsPerYear;
        this.objective = objective;
        int n = bars.size();
        double[] close = bars.close();
        returnSums = new double[n + 1];
        squareSums = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double r = i == 0 ? 0 : close[i] / close[i - 1] - 1;
            returnSums[i + 1] = returnSums[i] + r;
            squareSums[i + 1] = squareSums[i] + r * r;
        }
    }

    /** The objective of trading {@code fast}/{@code slow}, or {@code NaN} when it is undefined (e.g. no variance). */
    double evaluate(int fast, int slow) {
        int n = bars.size();
        double[] open = bars.open();
        double[] close = bars.close();
        double cash = costs.initialCash();
        double first = cash;
        double quantity = 0;
        int position = 0;
        double sum = 0;
        double sumSquares = 0;
        double equity = cash; // at the last bar accounted for
        int accounted = 0; // bars 1..accounted have their returns in the sums
        int scan = averages.firstDefined(slow);
        while (scan >= 0 && scan < n - 1) {
            int signal = nextSignal(scan, position, fast, slow, n - 1);
            if (signal < 0) {
                break;
            }
            int trade = signal + 1;
            // bars between the last accounted one and the trade: flat earns 0, long its bars' returns, short walked
            if (position > 0) {
                sum += returnSums[trade] - returnSums[accounted + 1];
                sumSquares += squareSums[trade] - squareSums[accounted + 1];
                equity = cash + quantity * close[trade - 1];
            } else if (position < 0) {
                for (int i = accounted + 1; i < trade; i++) {
                    double marked = cash + quantity * close[i];
                    double r = marked / equity - 1;
                    sum += r;
                    sumSquares += r * r;
                    equity = marked;
                }
            }
            int target = spreadSide(signal, fast, slow);
            double price = open[trade];
            if (position != 0) {
                double fill = costs.fillPrice(-position, price);
                cash += quantity * fill - Math.abs(quantity) * fill * costs.feeRate();
                quantity = 0;
            }
            if (target != 0) {
                double fill = costs.fillPrice(target, price);
                double units = cash / (fill * (1 + costs.feeRate()));
                quantity = target * units;
                cash -= quantity * fill + units * fill * costs.feeRate();
            }
            position = target;
            double marked = cash + quantity * close[trade];
            double r = marked / equity - 1;
            sum += r;
            sumSquares += r * r;
            equity = marked;
            accounted = trade;
            scan = trade;
        }
        // the rest of the range, held as it stands
        if (position > 0) {
            sum += returnSums[n] - returnSums[accounted + 1];
            sumSquares += squareSums[n] - squareSums[accounted + 1];
            equity = cash + quantity * close[n - 1];
        } else if (position < 0) {
            for (int i = accounted + 1; i < n; i++) {
                double marked = cash + quantity * close[i];
                double r = marked / equity - 1;
                sum += r;
                sumSquares += r * r;
                equity = marked;
            }
        }
        if (objective == GridSearch.Objective.TOTAL_RETURN) {
            return equity / first - 1;
        }
        return GridSearch.sharpe(sum, sumSquares, n - 1, barsPerYear);
    }

    /**
     * The first bar from {@code from} to {@code last − 1} (a signal at the last bar has no next open to trade at) whose
     * averages call for a position other than {@code position}; −1 if none. Equal averages keep the position.
     */
    private int nextSignal(int from, int position, int fast, int slow, int last) {
        double[] p = prefix;
        boolean allowShort = costs.allowShort();
        if (position > 0) {
            // long: leave on fast < slow (to flat, or to short)
            for (int i = from; i < last; i++) {
                double top = p[i + 1];
                if (slow * (top - p[i + 1 - fast]) < fast * (top - p[i + 1 - slow])) {
                    return i;
                }
            }
        } else if (position < 0 || !allowShort) {
            // short, or flat in long-only: enter long on fast > slow
            for (int i = from; i < last; i++) {
                double top = p[i + 1];
                if (slow * (top - p[i + 1 - fast]) > fast * (top - p[i + 1 - slow])) {
                    return i;
                }
            }
        } else {
            // flat in long-short: any difference opens a position
            for (int i = from; i < last; i++) {
                double top = p[i + 1];
                if (slow * (top - p[i + 1 - fast]) != fast * (top - p[i + 1 - slow])) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int spreadSide(int bar, int fast, int slow) {
        double spread = averages.spread(bar, fast, slow);
        if (spread > 0) {
            return 1;
        }
        return costs.allowShort() ? -1 : 0;
    }
}
