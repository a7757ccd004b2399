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
     *
     * <p>The regressand and the lagged differences are shifted copies of one series, so their products follow from one
     * another: the sum for lags (i, j) is the sum for (i - 1, j - 1) plus the product entering at the top minus the one
     * leaving at the bottom. Only the products with lag 0 and with the level are summed in full.
     */
    private static double[][] crossProducts(double[] x, double[] differences, int lag, int skip, boolean levelLast) {
        int rows = differences.length - skip;
        int size = lag + 2;
        int[] column = new int[lag + 1];
        column[0] = size - 1;
        for (int i = 1; i <= lag; i++) {
            column[i] = levelLast ? i - 1 : i;
        }
        int levelColumn = levelLast ? lag : 0;

        double[] level = new double[rows];
        double levelMean = 0;
        for (int r = 0; r < rows; r++) {
            levelMean += x[skip + r];
        }
        levelMean /= rows;
        for (int r = 0; r < rows; r++) {
            level[r] = x[skip + r] - levelMean;
        }
        double[] means = new double[lag + 1];
        for (int i = 0; i <= lag; i++) {
            double sum = 0;
            for (int r = skip - i; r < skip - i + rows; r++) {
                sum += differences[r];
            }
            means[i] = sum / rows;
        }

        double[][] cross = new double[size][size];
        cross[levelColumn][levelColumn] = dot(level, 0, level, 0, rows);
        double[][] raw = new double[lag + 1][lag + 1];
        for (int j = 0; j <= lag; j++) {
            // the level is centred, so the lagged difference needs no centring here
            double levelProduct = dot(level, 0, differences, skip - j, rows);
            cross[levelColumn][column[j]] = levelProduct;
            cross[column[j]][levelColumn] = levelProduct;
            raw[0][j] = dot(differences, skip, differences, skip - j, rows);
        }
        for (int i = 1; i <= lag; i++) {
            for (int j = i; j <= lag; j++) {
                raw[i][j] = raw[i - 1][j - 1]
                        + differences[skip - i] * differences[skip - j]
                        - differences[skip + rows - i] * differences[skip + rows - j];
            }
        }
        for (int i = 0; i <= lag; i++) {
            for (int j = i; j <= lag; j++) {
                double centred = raw[i][j] - rows * means[i] * means[j];
                cross[column[i]][column[j]] = centred;
                cross[column[j]][column[i]] = centred;
            }
        }
        return cross;
    }

    /** Four running sums, so the additions need not wait on one another. */
    private static double dot(double[] a, int fromA, double[] b, int fromB, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int r = 0;
        for (; r + 3 < length; r += 4) {
            s0 += a[fromA + r] * b[fromB + r];
            s1 += a[fromA + r + 1] * b[fromB + r + 1];
            s2 += a[fromA + r + 2] * b[fromB + r + 2];
            s3 += a[fromA + r + 3] * b[fromB + r + 3];
        }
        for (; r < length; r++) {
            s0 += a[fromA + r] * b[fromB + r];
        }
        return (s0 + s1) + (s2 + s3);
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
            // what is left of the column after the earlier ones is rounding: the regressors are collinear
            if (!(diagonal > 1e-14 * rowJ[j])) {
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
