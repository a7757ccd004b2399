package com.maritimealphaflow.dashboard.research.leadlag;

/**
 * An augmented Dickey-Fuller test. The null hypothesis is a unit root; a statistic below the critical value rejects it.
 *
 * @param statistic the t-statistic of the lagged level in the regression of the first difference
 * @param pValue MacKinnon's (1994) approximate p-value
 * @param usedLag the lagged differences in the final regression
 * @param nobs observations in the final regression; the critical values are for this sample size
 * @param criticalValues MacKinnon's (2010) critical values at 1 %, 5 % and 10 %
 * @param stationary whether the statistic is below the 5 % critical value (the unit root is rejected at 5 %)
 */
public record AdfResult(
        double statistic,
        double pValue,
        int usedLag,
        int nobs,
        UnitRootDeterministics deterministics,
        CriticalValues criticalValues,
        boolean stationary) {

    public record CriticalValues(double onePercent, double fivePercent, double tenPercent) {}
}
