package com.maritimealphaflow.dashboard.pairs.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;

/**
 * Groups instruments whose daily returns share the same drivers. Each instrument's returns are standardised with its
 * own training mean and standard deviation; a missing return is set to 0 (the mean), so the matrix stays complete.
 * Principal components come from the eigenvectors of {@code Z'Z / (T - 1)}; an instrument's point is its loadings
 * {@code v_j sqrt(lambda_j)} on the kept components (its correlation with each). DBSCAN (Commons Math) groups the
 * points; instruments in no cluster are noise.
 */
final class ReturnClustering {

    private ReturnClustering() {}

    /** @return cluster index per eligible instrument, -1 for noise, and the summary */
    static Assignment cluster(TrainingWindow window, ClusteringSettings settings) {
        int instruments = window.symbols().size();
        double[][] standardised = new double[window.dates()][instruments];
        for (int i = 0; i < instruments; i++) {
            double[] returns = window.returns()[i];
            double sum = 0;
            double sumSquares = 0;
            int count = 0;
            for (double value : returns) {
                if (!Double.isNaN(value)) {
                    sum += value;
                    sumSquares += value * value;
                    count++;
                }
            }
            double mean = sum / count;
            double sd = Math.sqrt((sumSquares - count * mean * mean) / (count - 1));
            for (int d = 0; d < returns.length; d++) {
                standardised[d][i] = Double.isNaN(returns[d]) || !(sd > 0) ? 0 : (returns[d] - mean) / sd;
            }
        }
        RealMatrix z = new Array2DRowRealMatrix(standardised, false);
        RealMatrix covariance = z.transpose().multiply(z).scalarMultiply(1.0 / (window.dates() - 2));
        EigenDecomposition eigen = new EigenDecomposition(covariance);
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, j -> j);
        Arrays.sort(order, Comparator.comparingDouble(j -> -values[j]));
        double total = Arrays.stream(values).map(v -> Math.max(0, v)).sum();
        int components = 0;
        double explained = 0;
        while (components < settings.maxComponents()
                && components < instruments
                && explained < settings.explainedVariance()) {
            explained += Math.max(0, values[order[components]]) / total;
            components++;
        }
        List<Loading> points = new ArrayList<>();
        for (int i = 0; i < instruments; i++) {
            double[] point = new double[components];
            for (int c = 0; c < components; c++) {
                int j = order[c];
                point[c] = eigen.getEigenvector(j).getEntry(i) * Math.sqrt(Math.max(0, values[j]));
            }
            points.add(new Loading(i, point));
        }
        double eps = Double.isNaN(settings.eps()) ? kDistanceEps(points, settings) : settings.eps();
        List<Cluster<Loading>> found = new DBSCANClusterer<Loading>(eps, settings.minPoints()).cluster(points);
        List<int[]> members = found.stream()
                .map(c -> c.getPoints().stream()
                        .mapToInt(Loading::instrument)
                        .sorted()
                        .toArray())
                .sorted(Comparator.comparingInt(m -> m[0]))
                .toList();
        int[] clusterOf = new int[instruments];
        Arrays.fill(clusterOf, -1);
        List<List<String>> clusters = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            List<String> symbols = new ArrayList<>();
            for (int i : members.get(c)) {
                clusterOf[i] = c;
                symbols.add(window.symbols().get(i));
            }
            clusters.add(symbols);
        }
        List<String> noise = new ArrayList<>();
        for (int i = 0; i < instruments; i++) {
            if (clusterOf[i] < 0) {
                noise.add(window.symbols().get(i));
            }
        }
        return new Assignment(clusterOf, new ReturnClusters(components, explained, eps, clusters, noise));
    }

    /** The {@code epsQuantile} quantile (lower order statistic) of each point's distance to its k-th nearest other. */
    static double kDistanceEps(List<Loading> points, ClusteringSettings settings) {
        int k = Math.min(settings.minPoints(), points.size() - 1);
        if (k < 1) {
            throw new IllegalArgumentException("clustering needs at least two eligible instruments");
        }
        double[] kDistances = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] distances = new double[points.size() - 1];
            int next = 0;
            for (int j = 0; j < points.size(); j++) {
                if (j != i) {
                    distances[next++] = distance(points.get(i).point, points.get(j).point);
                }
            }
            Arrays.sort(distances);
            kDistances[i] = distances[k - 1];
        }
        Arrays.sort(kDistances);
        int index = (int) Math.ceil(settings.epsQuantile() * kDistances.length) - 1;
        return Math.max(kDistances[Math.max(0, index)], Double.MIN_NORMAL);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int c = 0; c < a.length; c++) {
            sum += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return Math.sqrt(sum);
    }

    record Assignment(int[] clusterOf, ReturnClusters clusters) {}

    /** Identity matters: DBSCAN keys its visited map by the point, and two instruments may load identically. */
    static final class Loading implements Clusterable {
        private final int instrument;
        private final double[] point;

        Loading(int instrument, double[] point) {
            this.instrument = instrument;
            this.point = point;
        }

        int instrument() {
            return instrument;
        }

        @Override
        public double[] getPoint() {
            return point;
        }
    }
}
