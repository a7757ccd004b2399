package com.maritimealphaflow.dashboard.research.leadlag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;

/** Does the past of {@code cause} help predict {@code effect} beyond the effect's own past? */
final class GrangerCausality {

    private GrangerCausality() {}

    static GrangerResult test(double[] cause, double[] effect, int maxLag) {
        int n = effect.length;
        if (cause.length != n) {
            throw new IllegalArgumentException(
                    "cause and effect must be aligned: " + cause.length + " and " + n + " values");
        }
        if (maxLag < 1) {
            throw new IllegalArgumentException("Granger tests need a maximum lag of at least 1, got " + maxLag);
        }
        // The unrestricted fit at order p has n - p rows and 2p + 1 coefficients and needs a residual degree of
        // freedom left; statsmodels asks the same.
        int needed = 3 * maxLag + 2;
        if (n < needed) {
            throw new IllegalArgumentException("Granger tests up to lag " + maxLag + " need at least " + needed
                    + " aligned observations, got " + n);
        }
        requireVarying(cause, "cause");
        requireVarying(effect, "effect");
        List<FTest> fTests = new ArrayList<>();
        for (int p = 1; p <= maxLag; p++) {
            fTests.add(fTest(cause, effect, p));
        }
        double[] pValues = fTests.stream().mapToDouble(FTest::pValue).toArray();
        double[] holm = MultipleTesting.holm(pValues);
        double[] bonferroni = MultipleTesting.bonferroni(pValues);
        List<GrangerTest> tests = new ArrayList<>();
        for (FTest t : fTests) {
            int i = t.lag() - 1;
            tests.add(new GrangerTest(
                    t.lag(), t.nobs(), t.f(), t.lag(), t.dfDenominator(), t.pValue(), holm[i], bonferroni[i]));
        }
        return new GrangerResult(tests, selectLag(cause, effect, maxLag));
    }

    private static void requireVarying(double[] series, String name) {
        if (Arrays.stream(series).allMatch(value -> value == series[0])) {
            throw new IllegalArgumentException("a Granger test needs a varying " + name + " series; it is constant");
        }
    }

    private record FTest(int lag, int nobs, double f, int dfDenominator, double pValue) {}

    private static FTest fTest(double[] cause, double[] effect, int p) {
        Ols restricted = Ols.fit(response(effect, p), design(cause, effect, p, p, false));
        Ols unrestricted = Ols.fit(response(effect, p), design(cause, effect, p, p, true));
        if (unrestricted.ssr() == 0) {
            throw new IllegalArgumentException("the Granger regression at lag " + p + " fits perfectly");
        }
        int dfDenominator = unrestricted.residualDegreesOfFreedom();
        double f = (restricted.ssr() - unrestricted.ssr()) / p / (unrestricted.ssr() / dfDenominator);
        double pValue = FDistribution.of(p, dfDenominator).survivalProbability(f);
        return new FTest(p, unrestricted.nobs(), f, dfDenominator, pValue);
    }

    private static LagSelection selectLag(double[] cause, double[] effect, int maxLag) {
        double[] aic = new double[maxLag];
        double[] bic = new double[maxLag];
        int aicLag = 1;
        int bicLag = 1;
        int nobs = effect.length - maxLag;
        for (int p = 1; p <= maxLag; p++) {
            Ols fit = Ols.fit(response(effect, maxLag), design(cause, effect, p, maxLag, true));
            aic[p - 1] = fit.aic();
            bic[p - 1] = fit.bic();
            aicLag = aic[p - 1] < aic[aicLag - 1] ? p : aicLag;
            bicLag = bic[p - 1] < bic[bicLag - 1] ? p : bicLag;
        }
        return new LagSelection(nobs, aic, bic, aicLag, bicLag);
    }

    private static double[] response(double[] effect, int start) {
        return Arrays.copyOfRange(effect, start, effect.length);
    }

    /** Rows {@code t = start..n-1}: effect lags 1..p, then (if asked) cause lags 1..p. */
    private static double[][] design(double[] cause, double[] effect, int p, int start, boolean withCause) {
        double[][] rows = new double[effect.length - start][withCause ? 2 * p : p];
        for (int t = start; t < effect.length; t++) {
            for (int lag = 1; lag <= p; lag++) {
                rows[t - start][lag - 1] = effect[t - lag];
                if (withCause) {
                    rows[t - start][p + lag - 1] = cause[t - lag];
                }
            }
        }
        return rows;
    }
}
