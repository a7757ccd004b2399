package com.maritimealphaflow.dashboard.backtest.engine;

import java.util.Arrays;

/**
 * Aligns vessel-count windows to price bars as of each bar's close. A window counts for a bar only when it had ended
 * by the bar's close, so the signal never sees traffic from after the moment it trades on.
 */
public final class AsOfCounts {

    private AsOfCounts() {}

    /**
     * The latest count whose window ended at or before each bar's close; {@code NaN} for bars before the first
     * window ended. {@code windowEnds} (epoch milliseconds) must be ascending.
     */
    public static double[] align(long[] barCloseTimes, long[] windowEnds, double[] counts) {
        double[] aligned = new double[barCloseTimes.length];
        Arrays.fill(aligned, Double.NaN);
        int window = -1;
        for (int bar = 0; bar < barCloseTimes.length; bar++) {
            while (window + 1 < windowEnds.length && windowEnds[window + 1] <= barCloseTimes[bar]) {
                window++;
            }
            if (window >= 0) {
                aligned[bar] = counts[window];
            }
        }
        return aligned;
    }

    /** The first bar with a count, or -1 when none overlaps. */
    public static int firstCounted(double[] aligned) {
        for (int i = 0; i < aligned.length; i++) {
            if (!Double.isNaN(aligned[i])) {
                return i;
            }
        }
        return -1;
    }
}
