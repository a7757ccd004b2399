package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReturnClusteringTest {

    private static final int DATES = 500;

    /** Three factors drive eight instruments each (F0..F2 prefixes); three more move on their own (N). */
    @Test
    void putsInstrumentsDrivenByTheSameFactorTogetherAndLeavesIdiosyncraticOnesAsNoise() {
        PriceUniverse universe = factorUniverse(31);
        PairScreenSettings settings = PairScreenSettings.defaults(Universes.START, Universes.START.plusDays(DATES - 1))
                // 24 of the 27 instruments belong to a group: eps from the k-distance of the 85th percentile keeps
                // the loosest group whole, while the median would follow the tightest groups only
                .withClustering(new ClusteringSettings(0.9, 3, 3, 0.85, Double.NaN));

        PairScreenResult result = PairScreen.run(universe, settings, ScreenProgress.NONE, () -> false);

        ReturnClusters clusters = result.clusters();
        assertThat(clusters.components()).isEqualTo(3);
        assertThat(clusters.explainedVariance()).isBetween(0.7, 1.0);
        assertThat(clusters.clusters()).hasSize(3);
        for (int factor = 0; factor < 3; factor++) {
            String prefix = "F" + factor;
            assertThat(clusters.clusters().get(factor)).hasSize(8).allSatisfy(s -> assertThat(s)
                    .startsWith(prefix));
        }
        assertThat(clusters.noise()).containsExactly("N0", "N1", "N2");
        assertThat(result.candidatePairs()).isEqualTo(3 * 28);
        assertThat(result.pairs()).allSatisfy(pair -> {
            assertThat(pair.dependent().substring(0, 2))
                    .isEqualTo(pair.independent().substring(0, 2));
            assertThat(pair.cluster())
                    .isEqualTo(Integer.parseInt(pair.dependent().substring(1, 2)));
        });
    }

    @Test
    void epsIsTheQuantileOfTheDistancesToTheKthNearestNeighbour() {
        // points 0, 1, 3, 6 on a line; nearest-neighbour distances 1, 1, 2, 3
        List<ReturnClustering.Loading> points = new ArrayList<>();
        double[] positions = {0, 1, 3, 6};
        for (int i = 0; i < positions.length; i++) {
            points.add(new ReturnClustering.Loading(i, new double[] {positions[i], 0}));
        }

        assertThat(ReturnClustering.kDistanceEps(points, new ClusteringSettings(0.9, 2, 1, 0.5, Double.NaN)))
                .isEqualTo(1);
        assertThat(ReturnClustering.kDistanceEps(points, new ClusteringSettings(0.9, 2, 1, 0.75, Double.NaN)))
                .isEqualTo(2);
        // second-nearest: 3, 2, 3, 5
        assertThat(ReturnClustering.kDistanceEps(points, new ClusteringSettings(0.9, 2, 2, 1, Double.NaN)))
                .isEqualTo(5);
    }

    static PriceUniverse factorUniverse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] factors = new double[3][DATES];
        for (double[] factor : factors) {
            for (int t = 0; t < DATES; t++) {
                factor[t] = 0.01 * random.nextGaussian();
            }
        }
        List<String> symbols = new ArrayList<>();
        List<double[]> logs = new ArrayList<>();
        for (int factor = 0; factor < 3; factor++) {
            for (int member = 0; member < 8; member++) {
                double loading = 0.8 + 0.4 * random.nextDouble();
                double[] log = new double[DATES];
                log[0] = 4;
                for (int t = 1; t < DATES; t++) {
                    log[t] = log[t - 1] + loading * factors[factor][t] + 0.003 * random.nextGaussian();
                }
                symbols.add("F" + factor + "-" + member);
                logs.add(log);
            }
        }
        for (int i = 0; i < 3; i++) {
            symbols.add("N" + i);
            logs.add(Universes.randomWalk(random, DATES, 4, 0.01));
        }
        return Universes.of(symbols, logs.toArray(double[][]::new));
    }
}
