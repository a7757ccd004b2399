package com.maritimealphaflow.dashboard.pairs.backtest;

/** Ordinary least squares of log Y on log X over a range of bars: the hedge ratio and intercept of a spread. */
final class HedgeRegression {

    private HedgeRegression() {}

    /** β and α of {@code logY = α + β logX} over bars {@code from..to} inclusive; NaNs when log X does not vary. */
    static Hedge.Fixed fit(double[] logY, double[] logX, int from, int to) {
        double[] fitted = coefficients(logY, logX, from, to);
        if (Double.isNaN(fitted[0])) {
            throw new IllegalArgumentException(
                    "cannot estimate a hedge ratio: log x does not vary over bars " + from + ".." + to);
        }
        return new Hedge.Fixed(fitted[0], fitted[1]);
    }

    /** {β, α}; two passes (means first) so that log prices near each other lose no precision. */
    static double[] coefficients(double[] logY, double[] logX, int from, int to) {
        int count = to - from + 1;
        double meanX = 0;
        double meanY = 0;
        for (int i = from; i <= to; i++) {
            meanX += logX[i];
            meanY += logY[i];
        }
        meanX /= count;
        meanY /= count;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i <= to; i++) {
            double dx = logX[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (logY[i] - meanY);
        }
        if (sxx <= 1e-24 * count) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double beta = sxy / sxx;
        return new double[] {beta, meanY - beta * meanX};
    }

    static double[] logs(double[] prices) {
        double[] logs = new double[prices.length];
        for (int i = 0; i < prices.length; i++) {
            logs[i] = Math.log(prices[i]);
        }
        return logs;
    }
}
