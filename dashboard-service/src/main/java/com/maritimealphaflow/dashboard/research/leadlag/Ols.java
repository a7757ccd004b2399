package com.maritimealphaflow.dashboard.research.leadlag;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * An ordinary least squares fit with an intercept, and the Gaussian log-likelihood criteria that statsmodels reports.
 *
 * @param parameters intercept first, then one per regressor column
 * @param standardErrors standard errors in the same order
 */
record Ols(double[] parameters, double[] standardErrors, double ssr, int nobs) {

    static Ols fit(double[] y, double[][] regressors) {
        int columns = regressors.length == 0 ? 0 : regressors[0].length;
        if (y.length <= columns + 1) {
            throw new IllegalArgumentException("a regression with " + (columns + 1) + " coefficients needs more than "
                    + (columns + 1) + " observations, got " + y.length);
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.newSampleData(y, regressors);
        try {
            return new Ols(
                    regression.estimateRegressionParameters(),
                    regression.estimateRegressionParametersStandardErrors(),
                    regression.calculateResidualSumOfSquares(),
                    y.length);
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException(
                    "the regressors are collinear (is a series constant over the sample?)", e);
        }
    }

    int coefficients() {
        return parameters.length;
    }

    int residualDegreesOfFreedom() {
        return nobs - coefficients();
    }

    double tValue(int parameter) {
        return parameters[parameter] / standardErrors[parameter];
    }

    double logLikelihood() {
        return -nobs / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / nobs) + 1);
    }

    double aic() {
        return -2 * logLikelihood() + 2 * coefficients();
    }

    double bic() {
        return -2 * logLikelihood() + Math.log(nobs) * coefficients();
    }
}
