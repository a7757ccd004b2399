package com.maritimealphaflow.dashboard.backtest.luck;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Combinatorially symmetric cross-validation (Bailey, Borwein, López de Prado and Zhu 2015): every choice of half the
 * row blocks as in-sample, the rest out of sample. A split adds up S/2 blocks' sums per cell and takes the
 * out-of-sample sums as total minus in-sample, so it costs O(S·N) whatever the number of bars.
 */
final class CombinatorialSplits {

    /** C(20, 10) = 184,756 splits; beyond that the count of splits, not the data, sets the time. */
    static final int MAX_BLOCKS = 20;

    private static final int SPLITS_PER_TASK = 32;

    private CombinatorialSplits() {}

    static OverfittingProbability run(BlockSums sums, int bins) {
        if (sums.blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("blocks: at most " + MAX_BLOCKS + ", got " + sums.blocks);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins: need at least 1, got " + bins);
        }
        double[] total = new double[sums.cells];
        double[] totalSquares = new double[sums.cells];
        sums.totals(total, totalSquares);
        boolean anyVaries =
                IntStream.range(0, sums.cells).anyMatch(n -> sharpe(total[n], totalSquares[n], sums.bars) != 0);
        if (!anyVaries) {
            throw new IllegalArgumentException("returns: every cell has zero variance or zero mean, nothing to rank");
        }
        int[] masks = inSampleMasks(sums.blocks);
        double[] logits = new double[masks.length];
        int tasks = (masks.length + SPLITS_PER_TASK - 1) / SPLITS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            double[] inSum = new double[sums.cells];
            double[] inSquares = new double[sums.cells];
            int end = Math.min(masks.length, (task + 1) * SPLITS_PER_TASK);
            for (int split = task * SPLITS_PER_TASK; split < end; split++) {
                logits[split] = logit(sums, masks[split], total, totalSquares, inSum, inSquares);
            }
        });
        int overfit = 0;
        for (double logit : logits) {
            if (logit <= 0) {
                overfit++;
            }
        }
        LogitHistogram histogram = LogitHistogram.of(logits, Math.log(sums.cells), bins);
        return new OverfittingProbability(
                (double) overfit / masks.length, masks.length, sums.blocks, sums.cells, histogram);
    }

    /**
     * λ = ln(ω / (1 − ω)) of one split, ω the out-of-sample rank of the in-sample best cell over N + 1 (ties share
     * the mean rank), so λ ≤ 0 when the best in sample is at or below the median out of sample.
     */
    private static double logit(
            BlockSums sums, int mask, double[] total, double[] totalSquares, double[] inSum, double[] inSquares) {
        int cells = sums.cells;
        Arrays.fill(inSum, 0);
        Arrays.fill(inSquares, 0);
        int inCount = 0;
        for (int b = 0; b < sums.blocks; b++) {
            if ((mask & (1 << b)) != 0) {
                inCount += sums.lengths[b];
                int offset = b * cells;
                for (int n = 0; n < cells; n++) {
                    inSum[n] += sums.sums[offset + n];
                    inSquares[n] += sums.squares[offset + n];
                }
            }
        }
        int best = 0;
        double bestSharpe = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < cells; n++) {
            double s = sharpe(inSum[n], inSquares[n], inCount);
            if (s > bestSharpe) {
                bestSharpe = s;
                best = n;
            }
        }
        int outCount = sums.bars - inCount;
        double target = sharpe(total[best] - inSum[best], totalSquares[best] - inSquares[best], outCount);
        int below = 0;
        int level = 0;
        for (int n = 0; n < cells; n++) {
            double s = sharpe(total[n] - inSum[n], totalSquares[n] - inSquares[n], outCount);
            if (s < target) {
                below++;
            } else if (s == target) {
                level++;
            }
        }
        double rank = below + (level + 1) / 2.0;
        return Math.log(rank / (cells + 1 - rank));
    }

    /** Per-bar Sharpe ratio; a cell without variance in the half (one that never traded) counts as 0. */
    private static double sharpe(double sum, double squares, int count) {
        double s = GridSearch.sharpe(sum, squares, count, 1);
        return Double.isNaN(s) ? 0 : s;
    }

    /** Every set of {@code blocks / 2} of the blocks, as bit masks in increasing order (Gosper's next-combination). */
    static int[] inSampleMasks(int blocks) {
        int half = blocks / 2;
        int[] masks = new int[(int) binomial(blocks, half)];
        int mask = (1 << half) - 1;
        for (int i = 0; i < masks.length; i++) {
            masks[i] = mask;
            int lowest = mask & -mask;
            int ripple = mask + lowest;
            mask = (((ripple ^ mask) >>> 2) / lowest) | ripple;
        }
        return masks;
    }

    static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
