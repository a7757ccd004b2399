package com.maritimealphaflow.dashboard.backtest.luck;

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

    private static final int PAIRS_PER_TASK = 16;

    private CombinatorialSplits() {}

    static OverfittingProbability run(BlockSums sums, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins: need at least 1, got " + bins);
        }
        double[] total = new double[sums.cells];
        double[] totalSquares = new double[sums.cells];
        sums.totals(total, totalSquares);
        boolean anyVaries =
                IntStream.range(0, sums.cells).anyMatch(n -> sharpeOrder(total[n], totalSquares[n], sums.bars) != 0);
        if (!anyVaries) {
            throw new IllegalArgumentException("returns: every cell has zero variance or zero mean, nothing to rank");
        }
        // a split and its complement swap in-sample and out of sample: one pass over the cells serves both
        int[] pairs = Arrays.stream(inSampleMasks(sums.blocks))
                .filter(mask -> (mask & 1) != 0)
                .toArray();
        int splits = 2 * pairs.length;
        double[] logits = new double[splits];
        int tasks = (pairs.length + PAIRS_PER_TASK - 1) / PAIRS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            SplitPair pair = new SplitPair(sums, total, totalSquares);
            int end = Math.min(pairs.length, (task + 1) * PAIRS_PER_TASK);
            for (int p = task * PAIRS_PER_TASK; p < end; p++) {
                pair.evaluate(pairs[p]);
                logits[2 * p] = logit(pair.outKeys, pair.inBest);
                logits[2 * p + 1] = logit(pair.inKeys, pair.outBest);
            }
        });
        int overfit = 0;
        for (double logit : logits) {
            if (logit <= 0) {
                overfit++;
            }
        }
        LogitHistogram histogram = LogitHistogram.of(logits, Math.log(sums.cells), bins);
        return new OverfittingProbability((double) overfit / splits, splits, sums.blocks, sums.cells, histogram);
    }

    /**
     * λ = ln(ω / (1 − ω)) of one split, ω the rank of the in-sample best cell among the out-of-sample {@code keys}
     * over N + 1 (ties share the mean rank), so λ ≤ 0 when it is at or below the median out of sample.
     */
    private static double logit(double[] keys, int chosen) {
        double target = keys[chosen];
        int below = 0;
        int level = 0;
        for (double key : keys) {
            if (key < target) {
                below++;
            } else if (key == target) {
                level++;
            }
        }
        double rank = below + (level + 1) / 2.0;
        return Math.log(rank / (keys.length + 1 - rank));
    }

    /** One task's working arrays: the Sharpe order of every cell in the blocks of a mask and in the rest. */
    private static final class SplitPair {
        private final BlockSums sums;
        private final double[] total;
        private final double[] totalSquares;
        private final double[] inSum;
        private final double[] inSquares;
        final double[] inKeys;
        final double[] outKeys;
        int inBest;
        int outBest;

        SplitPair(BlockSums sums, double[] total, double[] totalSquares) {
            this.sums = sums;
            this.total = total;
            this.totalSquares = totalSquares;
            inSum = new double[sums.cells];
            inSquares = new double[sums.cells];
            inKeys = new double[sums.cells];
            outKeys = new double[sums.cells];
        }

        void evaluate(int mask) {
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
            int outCount = sums.bars - inCount;
            for (int n = 0; n < cells; n++) {
                inKeys[n] = sharpeOrder(inSum[n], inSquares[n], inCount);
                outKeys[n] = sharpeOrder(total[n] - inSum[n], totalSquares[n] - inSquares[n], outCount);
            }
            inBest = argmax(inKeys);
            outBest = argmax(outKeys);
        }

        /** The first of the largest, so that ties go to the lower cell as in the grid's own order. */
        private static int argmax(double[] keys) {
            int best = 0;
            for (int n = 1; n < keys.length; n++) {
                if (keys[n] > keys[best]) {
                    best = n;
                }
            }
            return best;
        }
    }

    /**
     * A number in the same order as the Sharpe ratios of returns with this sum and sum of squares, among cells of the
     * same {@code count}: SR·|SR| = (count − 1)/count · sum·|sum| / (count·squares − sum²), without the constant
     * factor, so ranking needs no square root. A cell without variance in the half (one that never traded) counts
     * as a Sharpe ratio of 0.
     */
    static double sharpeOrder(double sum, double squares, int count) {
        double spread = count * squares - sum * sum;
        return spread > 1e-12 * count * squares ? sum * Math.abs(sum) / spread : 0;
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
