package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * The per-bar returns of every cell of a grid, read one cell at a time so that no T × N matrix needs to be held: a
 * year of 5-minute bars for 8,523 cells would be 900 million doubles.
 */
public interface CellReturns {

    int cells();

    int bars();

    /**
     * Writes the returns of {@code cell} into {@code into} (of length {@link #bars()}). Called from several threads at
     * once, each with its own array, and once per cell.
     */
    void read(int cell, double[] into);

    /** Returns held in memory, {@code returnsByCell[cell][bar]}: for tests and small grids. */
    static CellReturns of(double[][] returnsByCell) {
        int bars = returnsByCell.length == 0 ? 0 : returnsByCell[0].length;
        for (double[] cell : returnsByCell) {
            if (cell.length != bars) {
                throw new IllegalArgumentException("returnsByCell: every cell needs the same number of bars");
            }
        }
        return new CellReturns() {
            @Override
            public int cells() {
                return returnsByCell.length;
            }

            @Override
            public int bars() {
                return bars;
            }

            @Override
            public void read(int cell, double[] into) {
                System.arraycopy(returnsByCell[cell], 0, into, 0, bars);
            }
        };
    }
}
