package com.maritimealphaflow.dashboard.backtest.luck;

import java.util.stream.IntStream;

/**
 * Each cell's sum and sum of squares of returns in each of S consecutive row blocks, laid out block by block
 * ({@code [block × cells + cell]}) so that adding up the blocks of a split runs along contiguous memory. Blocks differ
 * in length by one bar at most when S does not divide T.
 */
final class BlockSums {

    /** Fewer bars would leave a block's Sharpe ratio without a deviation. */
    static final int MIN_BARS_PER_BLOCK = 2;

    private static final int CELLS_PER_TASK = 32;

    final int blocks;
    final int cells;
    final int bars;
    final int[] lengths;
    final double[] sums;
    final double[] squares;

    private BlockSums(int blocks, int cells, int bars) {
        this.blocks = blocks;
        this.cells = cells;
        this.bars = bars;
        this.lengths = new int[blocks];
        this.sums = new double[blocks * cells];
        this.squares = new double[blocks * cells];
        for (int b = 0; b < blocks; b++) {
            lengths[b] = start(b + 1) - start(b);
        }
    }

    /** Reads every cell once, in parallel. */
    static BlockSums of(CellReturns returns, int blocks) {
        int cells = returns.cells();
        int bars = returns.bars();
        if (cells < 2) {
            throw new IllegalArgumentException("cells: need at least 2 cells to compare, got " + cells);
        }
        if (blocks < 2 || blocks % 2 != 0) {
            throw new IllegalArgumentException("blocks: need an even number of at least 2, got " + blocks);
        }
        if (blocks > CombinatorialSplits.MAX_BLOCKS) {
            // checked before reading a single cell: the read is the expensive part
            throw new IllegalArgumentException("blocks: at most " + CombinatorialSplits.MAX_BLOCKS + ", got " + blocks);
        }
        if (bars / blocks < MIN_BARS_PER_BLOCK) {
            throw new IllegalArgumentException("bars: " + bars + " bars are too few for " + blocks
                    + " blocks of at least " + MIN_BARS_PER_BLOCK + " bars each");
        }
        BlockSums sums = new BlockSums(blocks, cells, bars);
        // a task's buffer is garbage when it ends, unlike a thread-local one held by the common pool's threads
        int tasks = (cells + CELLS_PER_TASK - 1) / CELLS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            double[] values = new double[bars];
            for (int cell = task * CELLS_PER_TASK, end = Math.min(cells, cell + CELLS_PER_TASK); cell < end; cell++) {
                returns.read(cell, values);
                sums.accumulate(cell, values);
            }
        });
        return sums;
    }

    int start(int block) {
        return (int) ((long) block * bars / blocks);
    }

    private void accumulate(int cell, double[] values) {
        for (int b = 0; b < blocks; b++) {
            double sum = 0;
            double squareSum = 0;
            for (int t = start(b), end = start(b + 1); t < end; t++) {
                sum += values[t];
                squareSum += values[t] * values[t];
            }
            if (!Double.isFinite(squareSum)) {
                throw new IllegalArgumentException("returns: cell " + cell + " has a return that is not finite");
            }
            sums[b * cells + cell] = sum;
            squares[b * cells + cell] = squareSum;
        }
    }

    /** The cell's total over all blocks into {@code sum} and {@code square}. */
    void totals(double[] sum, double[] square) {
        for (int b = 0; b < blocks; b++) {
            for (int n = 0; n < cells; n++) {
                sum[n] += sums[b * cells + n];
                square[n] += squares[b * cells + n];
            }
        }
    }
}
