package com.maritimealphaflow.dashboard.research.leadlag;

/**
 * Information criteria of the unrestricted Granger regressions of orders 1..maxLag, all fitted on the same rows: the
 * first {@code maxLag} observations are held back for every order so that the criteria compare like with like.
 *
 * @param nobs the observations in each fit ({@code n - maxLag})
 * @param aic index {@code p - 1} holds order p; {@code -2 log L + 2 k}, with k counting the constant
 * @param bic {@code -2 log L + k log(nobs)}
 */
public record LagSelection(int nobs, double[] aic, double[] bic, int aicLag, int bicLag) {

    public LagSelection {
        aic = aic.clone();
        bic = bic.clone();
    }

    @Override
    public double[] aic() {
        return aic.clone();
    }

    @Override
    public double[] bic() {
        return bic.clone();
    }
}
