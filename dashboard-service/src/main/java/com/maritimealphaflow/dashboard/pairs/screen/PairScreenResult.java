package com.maritimealphaflow.dashboard.pairs.screen;

import java.util.List;

/**
 * What a screen found, in a fixed order: instruments in universe order, pairs by the universe order of their two
 * instruments.
 *
 * @param trainingDates dates of the axis inside the training window
 * @param eligible symbols that met the coverage rule
 * @param dropped symbols that did not, with the reason
 * @param clusters the PCA and DBSCAN result, or null when clustering was off
 * @param candidatePairs pairs considered: all pairs of eligible instruments, or the pairs within clusters
 * @param pairs the pairs tested, with adjusted p-values over all of them
 * @param skipped candidate pairs that could not be tested, with the reason
 */
public record PairScreenResult(
        int trainingDates,
        List<String> eligible,
        List<DroppedInstrument> dropped,
        ReturnClusters clusters,
        int candidatePairs,
        List<PairResult> pairs,
        List<SkippedPair> skipped) {

    public PairScreenResult {
        eligible = List.copyOf(eligible);
        dropped = List.copyOf(dropped);
        pairs = List.copyOf(pairs);
        skipped = List.copyOf(skipped);
    }

    public List<PairResult> passing() {
        return pairs.stream().filter(PairResult::passes).toList();
    }

    /** @param reason e.g. "coverage 0.912 below 0.950" */
    public record DroppedInstrument(String symbol, int observations, double coverage, String reason) {}

    public record SkippedPair(String first, String second, String reason) {}
}
