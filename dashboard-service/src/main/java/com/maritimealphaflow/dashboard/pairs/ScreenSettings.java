package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.pairs.screen.ClusteringSettings;
import com.maritimealphaflow.dashboard.pairs.screen.PValueAdjustment;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreenSettings;
import java.time.LocalDate;

/**
 * A screen's settings with every default filled in, as stored in {@code pair_screen.settings} and shown back.
 *
 * @param source the bars' source, or null for every source (a symbol stored from several takes the series with the
 *     most recent bar)
 * @param adjusted adjusted bars, raw ones, or null for adjusted where a symbol has both
 * @param adjustment {@code bh} (Benjamini-Hochberg, false discovery rate) or {@code holm} (family-wise error)
 */
public record ScreenSettings(
        String interval,
        String source,
        Boolean adjusted,
        LocalDate trainingFrom,
        LocalDate trainingTo,
        double minCoverage,
        int minObservations,
        boolean clustering,
        double explainedVariance,
        int maxComponents,
        int minPoints,
        double epsQuantile,
        double alpha,
        String adjustment,
        double minHalfLife,
        double maxHalfLife,
        double maxHurst) {

    /** Itself, after the checks that involve two fields. */
    ScreenSettings checked() {
        if (maxHalfLife < minHalfLife) {
            throw new com.maritimealphaflow.service.BadRequestException(
                    "maxHalfLife", "'maxHalfLife' must not be below 'minHalfLife' (" + minHalfLife + ")");
        }
        return this;
    }

    /** The screen's statistics settings, run on {@code threads} threads. */
    PairScreenSettings toScreen(int threads) {
        return new PairScreenSettings(
                trainingFrom,
                trainingTo,
                minCoverage,
                minObservations,
                clustering
                        ? new ClusteringSettings(explainedVariance, maxComponents, minPoints, epsQuantile, Double.NaN)
                        : null,
                alpha,
                "holm".equals(adjustment) ? PValueAdjustment.HOLM : PValueAdjustment.BENJAMINI_HOCHBERG,
                minHalfLife,
                maxHalfLife,
                maxHurst,
                threads);
    }
}
