package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * How likely it is that the best cell of a grid owes its Sharpe ratio to luck (issue 17): the probabilistic and
 * deflated Sharpe ratios, the probability of backtest overfitting by combinatorially symmetric cross-validation, and a
 * stationary bootstrap of one strategy's returns. Inputs are per-bar returns; Sharpe ratios without a bars-per-year
 * argument are per bar. Bad input throws {@link IllegalArgumentException} whose message names the parameter.
 */
public final class LuckStatistics {

    public static final String PSR_READING = "PSR is the probability that the strategy's true Sharpe ratio is above"
            + " the benchmark, given how many bars it was measured on and how skewed and fat-tailed its returns are.";
    public static final String DSR_READING = "DSR is the probability that the best cell's true Sharpe ratio is above"
            + " zero after allowing for the N cells tried; below 0.95, treat the result as luck.";


    private LuckStatistics() {}

    /** PSR of a strategy's returns against a per-bar benchmark Sharpe ratio (0 for "any skill at all"). */
    public static double probabilisticSharpe(double[] returns, double benchmark) {
        ReturnMoments moments = ReturnMoments.of(returns);
        return SharpeInference.probabilistic(
                moments.sharpe(), moments.count(), moments.skewness(), moments.kurtosis(), benchmark);
    }

    /** DSR of the best cell's returns, given every cell's per-bar Sharpe ratio (the best one's included). */
    public static DeflatedSharpe deflatedSharpe(double[] bestReturns, double[] cellSharpes) {
        return SharpeInference.deflated(
                ReturnMoments.of(bestReturns), cellSharpes.length, SharpeInference.variance(cellSharpes));
    }
}
