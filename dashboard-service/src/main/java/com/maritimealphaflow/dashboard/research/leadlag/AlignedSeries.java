package com.maritimealphaflow.dashboard.research.leadlag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two series on their common times, with every pair that has a missing or non-finite value dropped.
 *
 * @param onlyInX times of x that y does not have
 * @param onlyInY times of y that x does not have
 * @param missingDropped common times dropped because x or y was {@code NaN} or infinite there
 */
public record AlignedSeries(List<Instant> times, double[] x, double[] y, int onlyInX, int onlyInY, int missingDropped) {

    public AlignedSeries {
        times = List.copyOf(times);
        x = x.clone();
        y = y.clone();
    }

    /** Matches times exactly, walking both series once (both are sorted). */
    public static AlignedSeries of(TimeSeries x, TimeSeries y) {
        List<Instant> times = new ArrayList<>();
        double[] alignedX = new double[Math.min(x.size(), y.size())];
        double[] alignedY = new double[alignedX.length];
        int onlyInX = 0;
        int onlyInY = 0;
        int missing = 0;
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            int order = x.times().get(i).compareTo(y.times().get(j));
            if (order < 0) {
                onlyInX++;
                i++;
            } else if (order > 0) {
                onlyInY++;
                j++;
            } else {
                if (Double.isFinite(x.value(i)) && Double.isFinite(y.value(j))) {
                    alignedX[times.size()] = x.value(i);
                    alignedY[times.size()] = y.value(j);
                    times.add(x.times().get(i));
                } else {
                    missing++;
                }
                i++;
                j++;
            }
        }
        onlyInX += x.size() - i;
        onlyInY += y.size() - j;
        return new AlignedSeries(
                times,
                Arrays.copyOf(alignedX, times.size()),
                Arrays.copyOf(alignedY, times.size()),
                onlyInX,
                onlyInY,
                missing);
    }

    public int size() {
        return times.size();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
