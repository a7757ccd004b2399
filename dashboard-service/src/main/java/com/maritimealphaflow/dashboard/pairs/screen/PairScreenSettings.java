package com.maritimealphaflow.dashboard.pairs.screen;

import java.time.LocalDate;

/**
 * What the screen uses and what a pair must show to pass.
 *
 * @param trainingStart first date of the training window, inclusive; nothing before it is read
 * @param trainingEnd last date of the training window, inclusive; nothing after it is read
 * @param minCoverage an instrument is eligible with a price on at least this share of the window's dates
 * @param minObservations ... and on at least this many; a pair is tested on at least this many common dates
 * @param clustering PCA and DBSCAN to cut the candidates to pairs within a cluster, or null for all pairs
 * @param alpha a pair passes with its adjusted p-value below this
 * @param adjustment which adjusted p-value decides
 * @param minHalfLife shortest half-life in bars that passes
 * @param maxHalfLife longest half-life in bars that passes
 * @param maxHurst a pair passes with its spread's Hurst exponent below this
 * @param threads worker threads for the pairs
 */
public record PairScreenSettings(
        LocalDate trainingStart,
        LocalDate trainingEnd,
        double minCoverage,
        int minObservations,
        ClusteringSettings clustering,
        double alpha,
        PValueAdjustment adjustment,
        double minHalfLife,
        double maxHalfLife,
        double maxHurst,
        int threads) {

    public PairScreenSettings {
        if (trainingEnd.isBefore(trainingStart)) {
            throw new IllegalArgumentException(
                    "trainingEnd " + trainingEnd + " is before trainingStart " + trainingStart);
        }
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1], got " + minCoverage);
        }
        if (minObservations < 20) {
            throw new IllegalArgumentException("minObservations must be at least 20, got " + minObservations);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(minHalfLife >= 0 && maxHalfLife >= minHalfLife)) {
            throw new IllegalArgumentException(
                    "need 0 <= minHalfLife <= maxHalfLife, got " + minHalfLife + " and " + maxHalfLife);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /**
     * 95 % coverage and 250 observations, no clustering, Benjamini-Hochberg at 5 %, half-life 1..126 bars, Hurst below
     * 0.5, one thread per core.
     */
    public static PairScreenSettings defaults(LocalDate trainingStart, LocalDate trainingEnd) {
        return new PairScreenSettings(
                trainingStart,
                trainingEnd,
                0.95,
                250,
                null,
                0.05,
                PValueAdjustment.BENJAMINI_HOCHBERG,
                1,
                126,
                0.5,
                Runtime.getRuntime().availableProcessors());
    }

    public PairScreenSettings withClustering(ClusteringSettings settings) {
        return new PairScreenSettings(
                trainingStart,
                trainingEnd,
                minCoverage,
                minObservations,
                settings,
                alpha,
                adjustment,
                minHalfLife,
                maxHalfLife,
                maxHurst,
                threads);
    }

    public PairScreenSettings withMinObservations(int observations) {
        return new PairScreenSettings(
                trainingStart,
                trainingEnd,
                minCoverage,
                observations,
                clustering,
                alpha,
                adjustment,
                minHalfLife,
                maxHalfLife,
                maxHurst,
                threads);
    }
}
