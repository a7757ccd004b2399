package com.maritimealphaflow.dashboard.research.leadlag;

/**
 * The SSR-based F test, at one lag order, that the cause's lags add nothing to the effect's own lags: statsmodels'
 * {@code grangercausalitytests} "ssr based F test", R's {@code lmtest::grangertest}.
 *
 * @param lag the order p: both regressions use lags 1..p
 * @param nobs observations in both regressions at this order ({@code n - p})
 * @param fStatistic {@code ((SSR_r - SSR_u) / p) / (SSR_u / (nobs - 2p - 1))}
 * @param pValue upper tail of F({@code p}, {@code nobs - 2p - 1})
 * @param holmPValue the p-value after Holm's correction over all the orders tested
 * @param bonferroniPValue the p-value after Bonferroni's correction over all the orders tested
 */
public record GrangerTest(
        int lag,
        int nobs,
        double fStatistic,
        int dfNumerator,
        int dfDenominator,
        double pValue,
        double holmPValue,
        double bonferroniPValue) {}
