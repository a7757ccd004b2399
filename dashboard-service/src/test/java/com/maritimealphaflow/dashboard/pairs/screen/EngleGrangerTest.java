package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EngleGrangerTest {

    @Test
    void hedgeRatioAndInterceptAreTheOlsLineWorkedOutByHand() {
        // y = 0.5 + 2x + e with x = 1..8: sum e = 0, sum (x - 4.5) e = -0.6, Sxx = 42, so
        // beta = 2 - 0.6 / 42 = 139 / 70 and alpha = mean(y) - beta * 4.5 = 9.5 - 625.5 / 70 = 39.5 / 70
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] e = {0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2};
        double[] y = new double[8];
        for (int t = 0; t < 8; t++) {
            y[t] = 0.5 + 2 * x[t] + e[t];
        }

        EngleGranger test = EngleGranger.test(y, x);

        assertThat(test.hedgeRatio()).isCloseTo(139.0 / 70, within(1e-12));
        assertThat(test.intercept()).isCloseTo(39.5 / 70, within(1e-12));
        assertThat(test.spread()[0]).isCloseTo(y[0] - 39.5 / 70 - 139.0 / 70, within(1e-12));
    }

    @Test
    void residualAdfMatchesStatsmodelsAdfullerOnTheLeadLagReferenceSeries() {
        // statsmodels 0.13.5 adfuller(series, autolag="AIC"), printed by research/leadlag/reference.py
        double[][] columns = referenceSeries();
        assertAdf(NestedAdf.test(columns[3], NestedAdf.defaultMaxLag(150)), -1.5540487264697322, 2, 147);
        assertAdf(NestedAdf.test(columns[2], NestedAdf.defaultMaxLag(150)), -1.5805444166867644, 0, 149);
        assertThat(NestedAdf.test(columns[1], NestedAdf.defaultMaxLag(150)).statistic())
                .isCloseTo(-11.972158160164843, within(1e-8 * 11.97));
    }

    /**
     * The expected statistic comes from the textbook route, written out in this test: the uncentred design with a
     * column of ones, normal equations solved by Gauss-Jordan elimination, AIC per order on the common rows, then the
     * refit and {@code t = b / sqrt(s^2 (X'X)^-1)}. Production uses centred Toeplitz cross-products and a Cholesky
     * factor, so agreement checks the algebra, not a copy of it. (statsmodels is not installed here.)
     */
    @Test
    void engleGrangerStatisticMatchesNormalEquationsSolvedIndependentlyAndUsesTheTwoSeriesPValue() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 80;
        double[] x = new double[n];
        double[] y = new double[n];
        double noise = 0;
        for (int t = 0; t < n; t++) {
            x[t] = (t == 0 ? 3 : x[t - 1]) + 0.1 * random.nextGaussian();
            noise = 0.6 * noise + 0.05 * random.nextGaussian();
            y[t] = 0.2 + 0.8 * x[t] + noise;
        }

        EngleGranger test = EngleGranger.test(y, x);
        double[] spread = new double[n];
        double[] line = solve(normalEquations(ones(x), y));
        for (int t = 0; t < n; t++) {
            spread[t] = y[t] - line[0] - line[1] * x[t];
        }
        double[] expected = adfByNormalEquations(spread, NestedAdf.defaultMaxLag(n));

        assertThat(test.hedgeRatio()).isCloseTo(line[1], within(1e-10));
        assertThat(test.adfLag()).isEqualTo((int) expected[1]);
        assertThat(test.statistic()).isCloseTo(expected[0], within(1e-8 * Math.abs(expected[0])));
        double twoSeries = LeadLagStatistics.mackinnonPValue(test.statistic(), UnitRootDeterministics.CONSTANT, 2);
        double oneSeries = LeadLagStatistics.mackinnonPValue(test.statistic(), UnitRootDeterministics.CONSTANT, 1);
        assertThat(test.pValue()).isEqualTo(twoSeries).isGreaterThan(oneSeries);
    }

    @Test
    void findsACointegratedPairBuiltByConstructionWithItsHedgeRatio() {
        SplittableRandom random = new SplittableRandom(8);
        int n = 1_000;
        double[] x = new double[n];
        double[] y = new double[n];
        double noise = 0;
        for (int t = 1; t < n; t++) {
            x[t] = x[t - 1] + random.nextGaussian();
            noise = 0.7 * noise + 0.5 * random.nextGaussian();
            y[t] = 1 + 1.5 * x[t] + noise;
        }

        EngleGranger test = EngleGranger.test(y, x);

        assertThat(test.hedgeRatio()).isCloseTo(1.5, within(0.01));
        assertThat(test.intercept()).isCloseTo(1, within(0.2));
        assertThat(test.pValue()).isLessThan(1e-6);
    }

    @Test
    void rejectsIndependentRandomWalksAtAboutTheNominalRate() {
        SplittableRandom random = new SplittableRandom(400);
        int pairs = 400;
        int rejected = 0;
        for (int p = 0; p < pairs; p++) {
            double[] x = new double[500];
            double[] y = new double[500];
            for (int t = 1; t < 500; t++) {
                x[t] = x[t - 1] + random.nextGaussian();
                y[t] = y[t - 1] + random.nextGaussian();
            }
            if (EngleGranger.test(y, x).pValue() < 0.05) {
                rejected++;
            }
        }
        // binomial(400, 0.05): mean 20, sd 4.4; three sd either side
        assertThat(rejected).isBetween(7, 33);
    }

    private static void assertAdf(NestedAdf.Result result, double statistic, int lag, int nobs) {
        assertThat(result.usedLag()).isEqualTo(lag);
        assertThat(result.nobs()).isEqualTo(nobs);
        assertThat(result.statistic()).isCloseTo(statistic, within(1e-8 * Math.abs(statistic)));
    }

    /** {statistic, chosen lag}; column 0 of the design is the intercept, column 1 the level. */
    private static double[] adfByNormalEquations(double[] s, int maxLag) {
        double[] d = new double[s.length - 1];
        for (int t = 0; t < d.length; t++) {
            d[t] = s[t + 1] - s[t];
        }
        int bestLag = 0;
        double bestAic = Double.POSITIVE_INFINITY;
        for (int lag = 0; lag <= maxLag; lag++) {
            double[][] design = adfDesign(s, d, lag, maxLag);
            double[] target = Arrays.copyOfRange(d, maxLag, d.length);
            double ssr = ssr(design, target, solve(normalEquations(design, target)));
            int rows = target.length;
            double aic = rows * (Math.log(2 * Math.PI) + Math.log(ssr / rows) + 1) + 2 * (lag + 2);
            if (aic < bestAic) {
                bestAic = aic;
                bestLag = lag;
            }
        }
        double[][] design = adfDesign(s, d, bestLag, bestLag);
        double[] target = Arrays.copyOfRange(d, bestLag, d.length);
        double[][] system = normalEquations(design, target);
        double[] beta = solve(system);
        double variance = ssr(design, target, beta) / (target.length - design[0].length);
        double[][] inverse = invert(system);
        return new double[] {beta[1] / Math.sqrt(variance * inverse[1][1]), bestLag};
    }

    private static double[][] adfDesign(double[] s, double[] d, int lag, int skip) {
        double[][] design = new double[d.length - skip][lag + 2];
        for (int row = 0; row < design.length; row++) {
            int t = skip + row;
            design[row][0] = 1;
            design[row][1] = s[t];
            for (int i = 1; i <= lag; i++) {
                design[row][1 + i] = d[t - i];
            }
        }
        return design;
    }

    private static double[][] ones(double[] x) {
        double[][] design = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            design[t] = new double[] {1, x[t]};
        }
        return design;
    }

    /** {@code [X'X | X'y]}. */
    private static double[][] normalEquations(double[][] design, double[] target) {
        int k = design[0].length;
        double[][] system = new double[k][k + 1];
        for (int row = 0; row < design.length; row++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    system[i][j] += design[row][i] * design[row][j];
                }
                system[i][k] += design[row][i] * target[row];
            }
        }
        return system;
    }

    private static double ssr(double[][] design, double[] target, double[] beta) {
        double ssr = 0;
        for (int row = 0; row < design.length; row++) {
            double residual = target[row];
            for (int i = 0; i < beta.length; i++) {
                residual -= design[row][i] * beta[i];
            }
            ssr += residual * residual;
        }
        return ssr;
    }

    private static double[] solve(double[][] augmented) {
        int k = augmented.length;
        double[][] reduced = gaussJordan(augmented, k + 1);
        double[] solution = new double[k];
        for (int i = 0; i < k; i++) {
            solution[i] = reduced[i][k];
        }
        return solution;
    }

    private static double[][] invert(double[][] system) {
        int k = system.length;
        double[][] augmented = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(system[i], 0, augmented[i], 0, k);
            augmented[i][k + i] = 1;
        }
        double[][] reduced = gaussJordan(augmented, 2 * k);
        double[][] inverse = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(reduced[i], k, inverse[i], 0, k);
        }
        return inverse;
    }

    /** Gauss-Jordan elimination with partial pivoting on the first {@code rows} columns. */
    private static double[][] gaussJordan(double[][] matrix, int width) {
        int k = matrix.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = Arrays.copyOf(matrix[i], width);
        }
        for (int column = 0; column < k; column++) {
            int pivot = column;
            for (int row = column + 1; row < k; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            double scale = a[column][column];
            for (int j = 0; j < width; j++) {
                a[column][j] /= scale;
            }
            for (int row = 0; row < k; row++) {
                if (row != column) {
                    double factor = a[row][column];
                    for (int j = 0; j < width; j++) {
                        a[row][j] -= factor * a[column][j];
                    }
                }
            }
        }
        return a;
    }

    /** The lead-lag tests' fixed series: x, y, walk, ari (150 rows each). */
    private static double[][] referenceSeries() {
        try (InputStream in = EngleGrangerTest.class.getResourceAsStream(
                "/com/maritimealphaflow/dashboard/research/leadlag/series.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            double[][] columns = new double[4][lines.size()];
            for (int row = 0; row < lines.size(); row++) {
                String[] values = lines.get(row).split(",");
                for (int column = 0; column < 4; column++) {
                    columns[column][row] = Double.parseDouble(values[column]);
                }
            }
            return columns;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
