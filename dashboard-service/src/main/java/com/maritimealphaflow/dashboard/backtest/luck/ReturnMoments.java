package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * The moments of a series of per-bar returns that the Sharpe ratio's standard error depends on. The deviation is the
 * sample one (n − 1), as in the grid's Sharpe ratio; skewness and kurtosis are the population (biased) moment ratios
 * of Bailey and López de Prado, and the kurtosis is the plain one (3 for a normal series), not the excess.
 */
public record ReturnMoments(int count, double mean, double standardDeviation, double skewness, double kurtosis) {

    /** The moments of {@code returns}; at least two finite returns that are not all the same. */
    public static ReturnMoments of(double[] returns) {
        return of(returns, "returns");
    }

    /** As above, naming the parameter {@code name} in the message of bad input. */
    static ReturnMoments of(double[] returns, String name) {
        int n = returns.length;
        if (n < 2) {
            throw new IllegalArgumentException(name + ": need at least 2 returns, got " + n);
        }
        double sum = 0;
        boolean varies = false;
        for (double r : returns) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException(name + ": every return must be finite, got " + r);
            }
            sum += r;
            varies |= r != returns[0];
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (!varies || m2 <= 0) {
            throw new IllegalArgumentException(name + ": zero variance, the Sharpe ratio is undefined");
        }
        return new ReturnMoments(n, mean, Math.sqrt(m2 * n / (n - 1)), m3 / Math.pow(m2, 1.5), m4 / (m2 * m2));
    }

    /** The Sharpe ratio per bar, not annualised. */
    public double sharpe() {
        return mean / standardDeviation;
    }
}
