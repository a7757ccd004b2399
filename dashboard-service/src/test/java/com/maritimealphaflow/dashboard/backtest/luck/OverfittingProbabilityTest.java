package com.maritimealphaflow.dashboard.backtest.luck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The probability of backtest overfitting by combinatorially symmetric cross-validation. */
class OverfittingProbabilityTest {

    @Test
    void aHandWorkedGridOfThreeCellsAndFourBlocks() {
        // Each block holds two bars, mean ± 0.01. Block means: A 0.03, 0.01, -0.01, -0.02 (good early), B the mirror
        // image, C 0.005 throughout. Over two blocks of means m1, m2 the Sharpe ratio is
        // ((m1 + m2)/2) / √((4h² + 0.0004)/3) with h = (m1 − m2)/2, so C's is 0.433 everywhere and
        // in {0,1}: A 1.225 best, out {2,3}: A negative, worst of 3: rank 1, λ = ln(1/3)
        // in {0,2}: A 0.387, B < 0, C best; out {1,3}: A < 0, B 0.387, C 0.433 best: rank 3, λ = ln 3
        // in {1,2}: A 0, B 0, C best; out {0,3}: A = B = 0.161, C best: λ = ln 3
        // in {0,3}: A = B = 0.161, C best; out {1,2}: A = B = 0, C best: λ = ln 3
        // in {1,3}: B 0.387, C best; out {0,2}: A 0.387, C best: λ = ln 3
        // in {2,3}: B 1.225 best; out {0,1}: B negative, worst: λ = ln(1/3)
        // so 2 of 6 splits have λ ≤ 0: PBO = 1/3.
        double[] a = twoBarsPerBlock(0.03, 0.01, -0.01, -0.02);
        double[] b = twoBarsPerBlock(-0.02, -0.01, 0.01, 0.03);
        double[] c = twoBarsPerBlock(0.005, 0.005, 0.005, 0.005);

        OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(new double[][] {a, b, c}), 4);

        assertThat(pbo.splits()).isEqualTo(6);
        assertThat(pbo.probability()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(pbo.logits().lowest()).isCloseTo(-Math.log(3), within(1e-12));
        int[] counts = pbo.logits().counts();
        assertThat(counts[0]).isEqualTo(2);
        assertThat(counts[counts.length - 1]).isEqualTo(4);
    }

    @Test
    void matchesAnIndependentComputationOnADeterministicGrid() {
        // NumPy, building every split's in-sample and out-of-sample series explicitly:
        //   r = [[sin(1.3 t (n + 1) + n) * 0.01 + 0.0005 n for t in range(80)] for n in range(5)]; S = 8
        //   for each of the 70 combinations: best = argmax in-sample mean / std(ddof=1); rank out of sample with
        //   ties at the mean rank; λ = ln(rank / (N + 1 − rank)) => PBO = mean(λ ≤ 0) = 37/70
        double[][] returns = new double[5][80];
        for (int n = 0; n < 5; n++) {
            for (int t = 0; t < 80; t++) {
                returns[n][t] = Math.sin(1.3 * t * (n + 1) + n) * 0.01 + 0.0005 * n;
            }
        }

        OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(returns), 8);

        assertThat(pbo.splits()).isEqualTo(70);
        assertThat(pbo.probability()).isCloseTo(37.0 / 70, within(1e-12));
    }

    @Test
    void blocksOfUnequalLengthMatchTheIndependentComputationToo() {
        // as above with 83 bars in 6 blocks (13, 14, 14, 14, 14, 14 bars, block b from ⌊b·T/S⌋):
        //   r = [[cos(0.7 t (n + 2) + 0.3 n) * 0.01 + 0.0001 n for t in range(83)] for n in range(6)]
        //   => 7 of 20 splits with λ ≤ 0
        double[][] returns = new double[6][83];
        for (int n = 0; n < 6; n++) {
            for (int t = 0; t < 83; t++) {
                returns[n][t] = Math.cos(0.7 * t * (n + 2) + 0.3 * n) * 0.01 + 0.0001 * n;
            }
        }

        OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(returns), 6);

        assertThat(pbo.splits()).isEqualTo(20);
        assertThat(pbo.probability()).isCloseTo(7.0 / 20, within(1e-12));
    }

    @Test
    void cellsOfPureNoiseOverfitAboutHalfTheTime() {
        // one grid's splits share their data and so move together; the mean over grids settles near 1/2
        SplittableRandom random = new SplittableRandom(17);
        double sum = 0;
        int grids = 20;
        for (int g = 0; g < grids; g++) {
            OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(noise(random, 40, 1_600, 0)));
            assertThat(pbo.splits()).isEqualTo(12_870);
            assertThat(Arrays.stream(pbo.logits().counts()).sum()).isEqualTo(12_870);
            sum += pbo.probability();
        }
        assertThat(sum / grids).isBetween(0.4, 0.6);
    }

    @Test
    void aCellWithAGenuineEdgeInEveryBlockIsNotOverfit() {
        double[][] returns = noise(new SplittableRandom(5), 40, 1_600, 0);
        for (int t = 0; t < returns[7].length; t++) {
            returns[7][t] += 0.003; // Sharpe 0.3 per bar against noise of deviation 0.01
        }

        OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(returns));

        assertThat(pbo.probability()).isLessThan(0.01);
        LuckStatistics.GridLuck luck = LuckStatistics.assess(CellReturns.of(returns), 16);
        assertThat(luck.bestCell()).isEqualTo(7);
        assertThat(luck.deflated().probability()).isGreaterThan(0.99);
        assertThat(luck.overfitting().probability()).isEqualTo(pbo.probability());
    }

    @Test
    void theBestOfNoiseCellsIsDeflatedToLuck() {
        LuckStatistics.GridLuck luck =
                LuckStatistics.assess(CellReturns.of(noise(new SplittableRandom(3), 200, 2_000, 0)), 16);

        assertThat(luck.deflated().probability()).isLessThan(0.95);
        assertThat(luck.deflated().trials()).isEqualTo(200);
    }

    @Test
    void aCellThatNeverTradesRanksAsSharpeZeroAboveLosingCells() {
        double[][] returns = noise(new SplittableRandom(9), 3, 320, -0.005);
        Arrays.fill(returns[1], 0);

        OverfittingProbability pbo = LuckStatistics.overfitting(CellReturns.of(returns), 4);

        assertThat(pbo.probability()).isZero();
        assertThatThrownBy(() -> LuckStatistics.assess(CellReturns.of(returns), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the best cell, 1,");
    }

    @Test
    void theRankingKeyOrdersCellsAsTheirSharpeRatiosDo() {
        SplittableRandom random = new SplittableRandom(11);
        int count = 50;
        double[][] cells = noise(random, 200, count, 0.001);
        double previousSharpe = Double.NEGATIVE_INFINITY;
        double previousOrder = Double.NEGATIVE_INFINITY;
        Arrays.sort(cells, Comparator.comparingDouble(c -> ReturnMoments.of(c).sharpe()));
        for (double[] cell : cells) {
            double sum = Arrays.stream(cell).sum();
            double squares = Arrays.stream(cell).map(r -> r * r).sum();
            double sharpe = ReturnMoments.of(cell).sharpe();
            double order = CombinatorialSplits.sharpeOrder(sum, squares, count);
            assertThat(order).isCloseTo(sharpe * Math.abs(sharpe) * count / (count - 1), within(1e-9));
            assertThat(sharpe).isGreaterThanOrEqualTo(previousSharpe);
            assertThat(order).isGreaterThanOrEqualTo(previousOrder);
            previousSharpe = sharpe;
            previousOrder = order;
        }
        assertThat(CombinatorialSplits.sharpeOrder(0, 0, count)).isZero();
        assertThat(CombinatorialSplits.sharpeOrder(0.05, 0.05 * 0.001, count)).isZero(); // 50 returns of 0.001
    }

    @Test
    void blocksAreEnumeratedOnceEachWithHalfIn() {
        int[] masks = CombinatorialSplits.inSampleMasks(16);

        assertThat(masks).hasSize(12_870).doesNotHaveDuplicates();
        assertThat(Arrays.stream(masks).allMatch(m -> Integer.bitCount(m) == 8 && m < 1 << 16))
                .isTrue();
    }

    @Test
    void rejectsTooFewCellsOddOrTooManyBlocksShortBlocksAndFlatGrids() {
        double[][] noise = noise(new SplittableRandom(1), 3, 64, 0);
        assertThatThrownBy(() -> LuckStatistics.overfitting(CellReturns.of(new double[][] {noise[0]}), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cells");
        assertThatThrownBy(() -> LuckStatistics.overfitting(CellReturns.of(noise), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even");
        assertThatThrownBy(() -> LuckStatistics.overfitting(CellReturns.of(noise), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blocks");
        assertThatThrownBy(
                        () -> LuckStatistics.overfitting(CellReturns.of(noise(new SplittableRandom(1), 3, 30, 0)), 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too few");
        assertThatThrownBy(
                        () -> LuckStatistics.overfitting(CellReturns.of(noise(new SplittableRandom(1), 3, 64, 0)), 22))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 20");
        assertThatThrownBy(() -> LuckStatistics.overfitting(CellReturns.of(new double[3][64]), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero variance");
        noise[2][10] = Double.NaN;
        assertThatThrownBy(() -> LuckStatistics.overfitting(CellReturns.of(noise), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cell 2");
    }

    private static double[] twoBarsPerBlock(double... blockMeans) {
        double[] returns = new double[2 * blockMeans.length];
        for (int b = 0; b < blockMeans.length; b++) {
            returns[2 * b] = blockMeans[b] + 0.01;
            returns[2 * b + 1] = blockMeans[b] - 0.01;
        }
        return returns;
    }

    static double[][] noise(SplittableRandom random, int cells, int bars, double drift) {
        double[][] returns = new double[cells][bars];
        for (double[] cell : returns) {
            for (int t = 0; t < bars; t++) {
                cell[t] = drift + 0.01 * gaussian(random);
            }
        }
        return returns;
    }

    /** Box–Muller: SplittableRandom has no Gaussian on Java 17. */
    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
