package com.maritimealphaflow.dashboard.research.leadlag;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * MacKinnon's approximate p-values and finite-sample critical values for Dickey-Fuller tau statistics, for N = 1
 * (the ADF test) up to N = 2 (Engle-Granger cointegration of two series) for critical values and N = 6 for p-values.
 *
 * <p>p-values: the response-surface regressions of MacKinnon, J.G. (1994), "Approximate asymptotic distribution
 * functions for unit-root and cointegration tests", Journal of Business and Economic Statistics 12(2), 167-176,
 * tables 3 and 4, as statsmodels' {@code mackinnonp} uses them: {@code p = Phi(g0 + g1 tau + g2 tau^2 [+ g3 tau^3])},
 * with one polynomial left of tau* and another right of it, 0 below tau_min and 1 above tau_max.
 *
 * <p>Critical values: MacKinnon, J.G. (2010), "Critical values for cointegration tests", Queen's Economics Department
 * Working Paper 1227, table 2: {@code c(T) = b_inf + b1 / T + b2 / T^2 + b3 / T^3}.
 */
final class MacKinnon {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    // Row N-1. Constant, then constant and trend.
    private static final double[][] TAU_STAR = {
        {-1.61, -2.62, -3.13, -3.47, -3.78, -3.93}, {-2.89, -3.19, -3.50, -3.65, -3.80, -4.36}
    };
    private static final double[][] TAU_MIN = {
        {-18.83, -18.86, -23.48, -28.07, -25.96, -23.27}, {-16.18, -21.15, -25.37, -26.63, -26.53, -26.18}
    };
    private static final double[][] TAU_MAX = {{2.74, 0.92, 0.55, 0.61, 0.79, 1}, {0.7, 0.63, 0.71, 0.93, 1.19, 1.42}};

    // As published: g0, g1, g2 * 100.
    private static final double[][][] SMALL_P = {
        {
            {2.1659, 1.4412, 3.8269},
            {2.92, 1.5012, 3.9796},
            {3.4699, 1.4856, 3.164},
            {3.9673, 1.4777, 2.6315},
            {4.5509, 1.5338, 2.9545},
            {5.1399, 1.6036, 3.4445}
        },
        {
            {3.2512, 1.6047, 4.9588},
            {3.6646, 1.5419, 3.6448},
            {4.0983, 1.5173, 2.9898},
            {4.5844, 1.5338, 2.8796},
            {5.0722, 1.5634, 2.9472},
            {5.53, 1.5914, 3.0392}
        }
    };
    private static final double[] SMALL_P_SCALE = {1, 1, 1e-2};

    // As published: g0, g1 * 10, g2 * 10, g3 * 100.
    private static final double[][][] LARGE_P = {
        {
            {1.7339, 9.3202, -1.2745, -1.0368},
            {2.1945, 6.4695, -2.9198, -4.2377},
            {2.5893, 4.5168, -3.6529, -5.0074},
            {3.0387, 4.5452, -3.3666, -4.1921},
            {3.5049, 5.2098, -2.9158, -3.3468},
            {3.9489, 5.8933, -2.5359, -2.721}
        },
        {
            {2.5261, 6.1654, -3.7956, -6.0285},
            {2.85, 5.272, -3.6622, -5.1695},
            {3.221, 5.255, -3.2685, -4.1501},
            {3.652, 5.9758, -2.7483, -3.2081},
            {4.0712, 6.6428, -2.3464, -2.546},
            {4.4735, 7.1757, -2.0681, -2.1196}
        }
    };
    private static final double[] LARGE_P_SCALE = {1, 1e-1, 1e-1, 1e-2};

    // [deterministics][N-1][1 %, 5 %, 10 %]: b_inf, b1, b2, b3.
    private static final double[][][][] CRITICAL = {
        {
            {
                {-3.43035, -6.5393, -16.786, -79.433},
                {-2.86154, -2.8903, -4.234, -40.040},
                {-2.56677, -1.5384, -2.809, 0}
            },
            {{-3.89644, -10.9519, -33.527, 0}, {-3.33613, -6.1101, -6.823, 0}, {-3.04445, -4.2412, -2.720, 0}}
        },
        {
            {
                {-3.95877, -9.0531, -28.428, -134.155},
                {-3.41049, -4.3904, -9.036, -45.374},
                {-3.12705, -2.5856, -3.925, -22.380}
            },
            {{-4.32762, -15.4387, -35.679, 0}, {-3.78057, -9.5106, -12.074, 0}, {-3.49631, -7.0815, -7.538, 21.892}}
        }
    };

    private MacKinnon() {}

    /** The probability, under a unit root (no cointegration), of a tau statistic at or below {@code tau}. */
    static double pValue(double tau, UnitRootDeterministics deterministics, int n) {
        int d = deterministics.ordinal();
        checkN(n, TAU_STAR[d].length);
        if (tau > TAU_MAX[d][n - 1]) {
            return 1;
        }
        if (tau < TAU_MIN[d][n - 1]) {
            return 0;
        }
        boolean leftTail = tau <= TAU_STAR[d][n - 1];
        double[] coefficients = leftTail ? SMALL_P[d][n - 1] : LARGE_P[d][n - 1];
        double[] scale = leftTail ? SMALL_P_SCALE : LARGE_P_SCALE;
        double z = 0;
        for (int power = coefficients.length - 1; power >= 0; power--) {
            z = z * tau + coefficients[power] * scale[power];
        }
        return STANDARD_NORMAL.cumulativeProbability(z);
    }

    /** Critical values at 1 %, 5 % and 10 % for a regression on {@code nobs} observations. */
    static double[] criticalValues(UnitRootDeterministics deterministics, int n, int nobs) {
        double[][] rows = CRITICAL[deterministics.ordinal()][checkN(n, CRITICAL[0].length) - 1];
        double[] values = new double[rows.length];
        for (int level = 0; level < rows.length; level++) {
            double[] b = rows[level];
            values[level] = b[0] + b[1] / nobs + b[2] / Math.pow(nobs, 2) + b[3] / Math.pow(nobs, 3);
        }
        return values;
    }

    private static int checkN(int n, int supported) {
        if (n < 1 || n > supported) {
            throw new IllegalArgumentException("MacKinnon tables here cover 1.." + supported + " series, got " + n);
        }
        return n;
    }
}
