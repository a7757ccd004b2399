package com.maritimealphaflow.dashboard.research.leadlag;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Family-wise error corrections; both hold under any dependence between the tests, as between nested lag orders. */
final class MultipleTesting {

    private MultipleTesting() {}

    static double[] bonferroni(double[] pValues) {
        int m = pValues.length;
        return Arrays.stream(pValues).map(p -> Math.min(1, m * p)).toArray();
    }

    /** Holm's step-down adjusted p-values, in the order given: the i-th smallest is scaled by {@code m - i + 1}. */
    static double[] holm(double[] pValues) {
        int m = pValues.length;
        Integer[] ascending = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(ascending, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = ascending[rank];
            runningMax = Math.max(runningMax, Math.min(1, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }
        return adjusted;
    }
}
