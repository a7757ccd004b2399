package com.maritimealphaflow.dashboard.pairs.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Trades the spread bar by bar from an anchor bar on. A decision is taken at a bar's close from the z-score of that
 * close and executed at the next bar's open, so no fill uses a price that was not known when it was decided. The
 * anchor bar is flat with the whole capital; its close is the first decision. Each entry splits the equity of the
 * moment (all cash, as the book is flat) into two equal notionals at the fill prices, long one leg and short the
 * other, so the net dollar exposure at entry is zero. Equity is marked at every close. A position still open at the
 * last bar is closed at that bar's close, paying fees and slippage like any other exit. A book whose equity has
 * fallen to zero or below opens nothing more.
 */
final class PairSimulation {

    private PairSimulation() {}

    /** Per-bar equity and position from the anchor bar to the last, with the round trips, fees and exposure. */
    record Run(double[] equity, int[] position, List<PairTrade> trades, int exposedBars, double fees) {}

    static Run run(PairBars bars, PairSettings settings, PairSignals signals, int anchor) {
        int n = bars.size();
        double[] openY = bars.y().open();
        double[] openX = bars.x().open();
        double[] closeY = bars.y().close();
        double[] closeX = bars.x().close();
        double[] z = signals.z();
        long[] closeTimes = bars.closeTimes();
        long interval = bars.y().interval().toMillis();

        double[] equity = new double[n - anchor];
        int[] positions = new int[n - anchor];
        List<PairTrade> trades = new ArrayList<>();
        Book book = new Book(settings);
        int target = 0;
        PairTrade.ExitReason reason = null;
        int exposed = 0;
        for (int i = anchor; i < n; i++) {
            if (target != book.side) {
                long openTime = closeTimes[i] - interval;
                if (book.side != 0) {
                    trades.add(book.close(openY[i], openX[i], openTime, i, reason));
                }
                // a book whose equity is gone has nothing to split between the legs
                if (target != 0 && book.cash > 0) {
                    book.open(target, openY[i], openX[i], openTime, i);
                }
            }
            positions[i - anchor] = book.side;
            if (book.side != 0) {
                exposed++;
            }
            if (i == n - 1) {
                if (book.side != 0) {
                    trades.add(book.close(closeY[i], closeX[i], closeTimes[i], i + 1, PairTrade.ExitReason.END));
                }
            } else {
                target = book.side;
                reason = decide(settings, book, z[i], i);
                if (reason != null) {
                    target = 0;
                } else if (book.side == 0) {
                    target = entry(settings, z[i]);
                }
            }
            equity[i - anchor] = book.markedAt(closeY[i], closeX[i]);
        }
        return new Run(equity, positions, trades, exposed, book.fees);
    }

    /** The side to enter at z, or 0: short on a high z, long on a low one, never where z is already past the stop. */
    private static int entry(PairSettings settings, double z) {
        if (z >= settings.entryZ() && z < settings.stopZ()) {
            return -1;
        }
        if (z <= -settings.entryZ() && z > -settings.stopZ()) {
            return 1;
        }
        return 0; // NaN lands here too
    }

    /** Why the open position should go at the next open, or null to keep it (or when flat). Stop outranks exit. */
    private static PairTrade.ExitReason decide(PairSettings settings, Book book, double z, int bar) {
        if (book.side == 0) {
            return null;
        }
        // z on the position's side: a short entered at z >= entry, so side * z is -z for it, and falls as z rises
        double towardProfit = book.side * z;
        if (towardProfit <= -settings.stopZ()) {
            return PairTrade.ExitReason.STOP;
        }
        if (towardProfit >= -settings.exitZ()) {
            return PairTrade.ExitReason.EXIT;
        }
        if (bar - book.entryBar + 1 >= settings.maxHoldingBars()) {
            return PairTrade.ExitReason.TIME;
        }
        return null;
    }

    /** Cash and the two legs' signed units, with what the open trade needs to report itself when closed. */
    private static final class Book {
        private final PairSettings settings;
        double cash;
        double fees;
        int side;
        double unitsY;
        double unitsX;
        double entryY;
        double entryX;
        double entryFees;
        double entryCapital;
        long entryTime;
        int entryBar;

        Book(PairSettings settings) {
            this.settings = settings;
            this.cash = settings.initialCapital();
        }

        void open(int newSide, double priceY, double priceX, long time, int bar) {
            entryCapital = cash;
            double legNotional = cash / 2;
            entryY = settings.fillPrice(newSide, priceY);
            entryX = settings.fillPrice(-newSide, priceX);
            unitsY = newSide * legNotional / entryY;
            unitsX = -newSide * legNotional / entryX;
            entryFees = (Math.abs(unitsY) * entryY + Math.abs(unitsX) * entryX) * settings.feeRate();
            cash -= unitsY * entryY + unitsX * entryX + entryFees;
            fees += entryFees;
            side = newSide;
            entryTime = time;
            entryBar = bar;
        }

        /** Closes both legs at these prices; {@code endBar} is the first bar no longer held. */
        PairTrade close(double priceY, double priceX, long time, int endBar, PairTrade.ExitReason reason) {
            double exitY = settings.fillPrice(-side, priceY);
            double exitX = settings.fillPrice(side, priceX);
            double exitFees = (Math.abs(unitsY) * exitY + Math.abs(unitsX) * exitX) * settings.feeRate();
            cash += unitsY * exitY + unitsX * exitX - exitFees;
            fees += exitFees;
            double pnl = unitsY * (exitY - entryY) + unitsX * (exitX - entryX) - entryFees - exitFees;
            PairTrade trade = new PairTrade(
                    side,
                    entryTime,
                    time,
                    entryY,
                    entryX,
                    exitY,
                    exitX,
                    unitsY,
                    unitsX,
                    entryFees + exitFees,
                    pnl,
                    pnl / entryCapital,
                    endBar - entryBar,
                    reason);
            side = 0;
            unitsY = 0;
            unitsX = 0;
            return trade;
        }

        double markedAt(double priceY, double priceX) {
            return cash + unitsY * priceY + unitsX * priceX;
        }
    }
}
