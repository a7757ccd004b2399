package com.maritimealphaflow.dashboard.pairs.screen;

import com.maritimealphaflow.dashboard.pairs.screen.PairScreenResult.SkippedPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The statistical core of a pairs-trading screen: which instruments of a universe move together closely enough, over
 * a training window, to trade their spread. A pure function of its arguments; no database, no Spring.
 *
 * <p>Steps: the coverage rule ({@link TrainingWindow}); optionally PCA and DBSCAN to keep only pairs within a cluster
 * ({@link ReturnClustering}); per pair, on the dates both have a price, the Engle-Granger test of both orderings of log
 * prices, keeping the more negative statistic, and the spread's half-life, Hurst exponent and mean crossings; then Holm
 * and Benjamini-Hochberg adjustment over all pairs tested.
 */
public final class PairScreen {

    private static final int PAIRS_PER_TASK = 128;

    private PairScreen() {}

    /**
     * @param progress told the pairs done so far, from the worker threads
     * @param cancelled polled before each pair, from the worker threads; once true the screen stops and throws
     * @throws CancellationException when {@code cancelled} turned true
     * @throws IllegalArgumentException when the training window holds too few dates
     */
    public static PairScreenResult run(
            PriceUniverse universe, PairScreenSettings settings, ScreenProgress progress, BooleanSupplier cancelled) {
        TrainingWindow window = TrainingWindow.of(universe, settings);
        int instruments = window.symbols().size();
        int[] clusterOf = new int[instruments];
        ReturnClusters clusters = null;
        if (settings.clustering() != null && instruments >= 2) {
            ReturnClustering.Assignment assignment = ReturnClustering.cluster(window, settings.clustering());
            clusterOf = assignment.clusterOf();
            clusters = assignment.clusters();
        }
        List<int[]> candidates = new ArrayList<>();
        for (int a = 0; a < instruments; a++) {
            for (int b = a + 1; b < instruments; b++) {
                if (clusters == null || (clusterOf[a] >= 0 && clusterOf[a] == clusterOf[b])) {
                    candidates.add(new int[] {a, b});
                }
            }
        }
        Outcome[] outcomes = analyseAll(window, candidates, settings, progress, cancelled);

        List<Outcome> tested = new ArrayList<>();
        List<SkippedPair> skipped = new ArrayList<>();
        for (int p = 0; p < outcomes.length; p++) {
            if (outcomes[p].skipReason() != null) {
                int[] pair = candidates.get(p);
                skipped.add(new SkippedPair(
                        window.symbols().get(pair[0]), window.symbols().get(pair[1]), outcomes[p].skipReason()));
            } else {
                tested.add(outcomes[p]);
            }
        }
        double[] pValues = tested.stream().mapToDouble(Outcome::pValue).toArray();
        double[] holm = PValueAdjustment.HOLM.adjust(pValues);
        double[] bh = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(pValues);
        List<PairResult> pairs = new ArrayList<>();
        for (int p = 0; p < tested.size(); p++) {
            Outcome outcome = tested.get(p);
            double adjusted = settings.adjustment() == PValueAdjustment.HOLM ? holm[p] : bh[p];
            boolean passes = adjusted < settings.alpha()
                    && outcome.halfLife() >= settings.minHalfLife()
                    && outcome.halfLife() <= settings.maxHalfLife()
                    && outcome.hurst() < settings.maxHurst();
            pairs.add(new PairResult(
                    window.symbols().get(outcome.dependent()),
                    window.symbols().get(outcome.independent()),
                    clusters == null ? -1 : clusterOf[outcome.dependent()],
                    outcome.observations(),
                    window.dates() - outcome.observations(),
                    outcome.intercept(),
                    outcome.hedgeRatio(),
                    outcome.statistic(),
                    outcome.otherStatistic(),
                    outcome.adfLag(),
                    outcome.pValue(),
                    holm[p],
                    bh[p],
                    outcome.halfLife(),
                    outcome.hurst(),
                    outcome.meanCrossings(),
                    outcome.returnCorrelation(),
                    passes));
        }
        return new PairScreenResult(
                window.dates(), window.symbols(), window.dropped(), clusters, candidates.size(), pairs, skipped);
    }

    private static Outcome[] analyseAll(
            TrainingWindow window,
            List<int[]> candidates,
            PairScreenSettings settings,
            ScreenProgress progress,
            BooleanSupplier cancelled) {
        int total = candidates.size();
        Outcome[] outcomes = new Outcome[total];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int from = 0; from < total; from += PAIRS_PER_TASK) {
                int start = from;
                int end = Math.min(total, from + PAIRS_PER_TASK);
                tasks.add(pool.submit(() -> {
                    int p = start;
                    for (; p < end && !cancelled.getAsBoolean(); p++) {
                        int[] pair = candidates.get(p);
                        outcomes[p] = PairAnalysis.analyse(window, pair[0], pair[1], settings.minObservations());
                    }
                    progress.pairsDone(done.addAndGet(p - start), total);
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a pair's analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the pairs screen was cancelled");
        }
        return outcomes;
    }

    /**
     * One pair's statistics before adjustment, or the reason it was skipped; {@code dependent} and {@code independent}
     * index the eligible instruments. Scalars only: a quarter of a million spreads would not fit the heap.
     */
    record Outcome(
            int dependent,
            int independent,
            int observations,
            double intercept,
            double hedgeRatio,
            double statistic,
            double otherStatistic,
            int adfLag,
            double pValue,
            double halfLife,
            double hurst,
            int meanCrossings,
            double returnCorrelation,
            String skipReason) {

        static Outcome skipped(int first, int second, String reason) {
            return new Outcome(
                    first,
                    second,
                    0,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    -1,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    0,
                    Double.NaN,
                    reason);
        }
    }
}
