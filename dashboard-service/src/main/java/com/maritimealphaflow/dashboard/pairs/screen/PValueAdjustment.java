package com.maritimealphaflow.dashboard.pairs.screen;

import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Corrections of the pairs' p-values for the number of pairs tested. */
public enum PValueAdjustment {
    /** Holm's step-down: controls the family-wise error rate under any dependence. */
    HOLM,
    /** Benjamini-Hochberg step-up: controls the false discovery rate (under independence or positive dependence). */
    BENJAMINI_HOCHBERG;

    double[] adjust(double[] pValues) {
        return switch (this) {
            case HOLM -> LeadLagStatistics.holm(pValues);
            case BENJAMINI_HOCHBERG -> benjaminiHochberg(pValues);
        };
    }

    /** The i-th smallest of m p-values becomes {@code min over j >= i of min(1, m p_(j) / j)}; the order given is kept. */
    static double[] benjaminiHochberg(double[] pValues) {
        int m = pValues.length;
        Integer[] ascending = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(ascending, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double runningMin = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = ascending[rank - 1];
            runningMin = Math.min(runningMin, (double) m * pValues[index] / rank);
            adjusted[index] = runningMin;
        }
        return adjusted;
    }
}
