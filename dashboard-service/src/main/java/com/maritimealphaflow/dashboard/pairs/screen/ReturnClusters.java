package com.maritimealphaflow.dashboard.pairs.screen;

import java.util.List;

/**
 * Instruments grouped by DBSCAN on their PCA loadings.
 *
 * @param components principal components kept
 * @param explainedVariance the share of the standardised returns' variance those components explain
 * @param eps the DBSCAN radius used (set, or by the k-distance rule)
 * @param clusters symbols of each cluster, in universe order; clusters ordered by their first member
 * @param noise symbols in no cluster; they form no pairs
 */
public record ReturnClusters(
        int components, double explainedVariance, double eps, List<List<String>> clusters, List<String> noise) {

    public ReturnClusters {
        clusters = clusters.stream().map(List::copyOf).toList();
        noise = List.copyOf(noise);
    }
}
