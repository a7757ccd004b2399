package com.maritimealphaflow.dashboard.pairs.screen;

/**
 * PCA of standardised daily log returns, then DBSCAN on the instruments' loadings.
 *
 * @param explainedVariance keep the fewest components whose cumulative share of variance reaches this (0..1]
 * @param maxComponents but never more than this many
 * @param minPoints DBSCAN's minimum neighbours (other than the point itself) of a core point
 * @param epsQuantile when {@code eps} is NaN, eps is this quantile of the distances from each point to its
 *     {@code minPoints}-th nearest neighbour (the k-distance rule)
 * @param eps DBSCAN's neighbourhood radius in loading space, or NaN to choose it by {@code epsQuantile}
 */
public record ClusteringSettings(
        double explainedVariance, int maxComponents, int minPoints, double epsQuantile, double eps) {

    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(0.9, 10, 3, 0.5, Double.NaN);

    public ClusteringSettings {
        if (!(explainedVariance > 0 && explainedVariance <= 1)) {
            throw new IllegalArgumentException("explainedVariance must be in (0, 1], got " + explainedVariance);
        }
        if (maxComponents < 1) {
            throw new IllegalArgumentException("maxComponents must be at least 1, got " + maxComponents);
        }
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be at least 1, got " + minPoints);
        }
        if (!(epsQuantile > 0 && epsQuantile <= 1)) {
            throw new IllegalArgumentException("epsQuantile must be in (0, 1], got " + epsQuantile);
        }
        if (!Double.isNaN(eps) && !(eps > 0)) {
            throw new IllegalArgumentException("eps must be positive or NaN, got " + eps);
        }
    }
}
