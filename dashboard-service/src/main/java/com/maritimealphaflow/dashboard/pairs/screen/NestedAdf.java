package com.maritimealphaflow.dashboard.pairs.screen;

/**
 * The augmented Dickey-Fuller test with a constant and the lag chosen by AIC, giving the same statistic, lag and
 * observation count as {@code research.leadlag.AugmentedDickeyFuller} (statsmodels' {@code adfuller}), but fast enough to
 * run a quarter of a million times.
 *
 * <p>AIC selection fits every order 0..maxLag on the same rows (those the largest order leaves). With the columns
 * ordered level, lag 1, lag 2, ..., the regressors of order L are the first L + 1 columns, so one Cholesky factor of
 * the centred cross-product matrix of the largest design gives the residual sum of squares of every order at once:
 * {@code SSR_L = y'y - sum_{j <= L} z_j^2} with {@code z = R^-T X'y}. Centring every column over the rows takes the
 * intercept out (Frisch-Waugh) and keeps the cross-product matrix well conditioned. The chosen order is then refitted on
 * all the rows it can use, with the level as the last column, so that its t-statistic is {@code z_last / s}.
 */
final class NestedAdf {

    record Result(double statistic, int usedLag, int nobs) {}

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private NestedAdf() {}

    /** statsmodels' default maximum lag, {@code ceil(12 (n / 100)^(1/4))}, capped at {@code n / 2 - 2}. */
    static int defaultMaxLag(int n) {
        int lag = (int) Math.ceil(12 * Math.pow(n / 100.0, 0.25));
        return Math.min(n / 2 - 2, lag);
    }

    static Result test(double[] x, int maxLag) {
        int n = x.length;
        if (maxLag < 0 || maxLag > n / 2 - 2) {
            throw new IllegalArgumentException(
                    "an ADF test on " + n + " observations allows lags 0.." + (n / 2 - 2) + ", got " + maxLag);
        }
        double[] differences = new double[n - 1];
        boolean constant = true;
        for (int t = 1; t < n; t++) {
            differences[t - 1] = x[t] - x[t - 1];
            constant &= differences[t - 1] == 0;
        }
        if (constant) {
            throw new IllegalArgumentException("an ADF test needs a varying series; it is constant");
        }
        int usedLag = lagByAic(x, differences, maxLag);
        return refit(x, differences, usedLag);
    }

    private static int lagByAic(double[] x, double[] differences, int maxLag) {
        int columns = maxLag + 1;
        double[][] cross = crossProducts(x, differences, maxLag, maxLag, false);
        double[] z = choleskyProjection(cross, columns);
        int nobs = differences.length - maxLag;
        double ssr = cross[columns][columns];
        double bestAic = Double.POSITIVE_INFINITY;
        int bestLag = 0;
        for (int lag = 0; lag <= maxLag; lag++) {
            ssr -= z[lag] * z[lag];
            int coefficients = lag + 2;
            double aic = nobs * (LOG_TWO_PI + Math.log(ssr / nobs) + 1) + 2 * coefficients;
            if (aic < bestAic) {
                bestAic = aic;
                bestLag = lag;
            }
        }
        return bestLag;
    }

    private static Result refit(double[] x, double[] differences, int lag) {
        int columns = lag + 1;
        double[][] cross = crossProducts(x, differences, lag, lag, true);
        double[] z = choleskyProjection(cross, columns);
        int nobs = differences.length - lag;
        double ssr = cross[columns][columns];
        for (int j = 0; j < columns; j++) {
            ssr -= z[j] * z[j];
        }
        double residualSd = Math.sqrt(ssr / (nobs - (lag + 2)));
        return new Result(z[columns - 1] / residualSd, lag, nobs);
    }

    /**
     * Centred cross-products of the design with the regressand in the last row and column. Rows are the differences
     * {@code t = skip..n-2}; the level {@code x_t} is column 0 (or column {@code lag} when {@code levelLast}), lagged
     * difference i is column i (or i - 1).
     */
    private static double[][] crossProducts(double[] x, double[] differences, int lag, int skip, boolean levelLast) {
        int rows = differences.length - skip;
        int size = lag + 2;
        double[][] design = new double[size][rows];
        int levelColumn = levelLast ? lag : 0;
        int firstLagColumn = levelLast ? 0 : 1;
        System.arraycopy(x, skip, design[levelColumn], 0, rows);
        for (int i = 1; i <= lag; i++) {
            System.arraycopy(differences, skip - i, design[firstLagColumn + i - 1], 0, rows);
        }
        System.arraycopy(differences, skip, design[size - 1], 0, rows);
        for (double[] column : design) {
            double mean = 0;
            for (double value : column) {
                mean += value;
            }
            mean /= rows;
            for (int r = 0; r < rows; r++) {
                column[r] -= mean;
            }
        }
        double[][] cross = new double[size][size];
        for (int i = 0; i < size; i++) {
            double[] a = design[i];
            for (int j = 0; j <= i; j++) {
                double[] b = design[j];
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += a[r] * b[r];
                }
                cross[i][j] = sum;
                cross[j][i] = sum;
            }
        }
        return cross;
    }

    /**
     * Factors the leading {@code columns x columns} block as {@code R'R} in place (lower triangle) and returns
     * {@code z = R^-T X'y}, where {@code X'y} is the last column of {@code cross}.
     */
    private static double[] choleskyProjection(double[][] cross, int columns) {
        int y = cross.length - 1;
        double[] z = new double[columns];
        for (int j = 0; j < columns; j++) {
            double[] rowJ = cross[j];
            double diagonal = rowJ[j];
            for (int k = 0; k < j; k++) {
                diagonal -= rowJ[k] * rowJ[k];
            }
            if (!(diagonal > 1e-14 * cross[j][j]) || !(diagonal > 0)) {
                throw new IllegalArgumentException(
                        "the ADF regressors are collinear (is the series constant over the sample?)");
            }
            double pivot = Math.sqrt(diagonal);
            rowJ[j] = pivot;
            for (int i = j + 1; i < columns; i++) {
                double[] rowI = cross[i];
                double value = rowI[j];
                for (int k = 0; k < j; k++) {
                    value -= rowI[k] * rowJ[k];
                }
                rowI[j] = value / pivot;
            }
            double projection = cross[y][j];
            for (int k = 0; k < j; k++) {
                projection -= rowJ[k] * z[k];
            }
            z[j] = projection / pivot;
        }
        return z;
    }
}
