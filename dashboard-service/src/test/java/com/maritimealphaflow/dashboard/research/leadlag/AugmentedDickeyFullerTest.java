package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.P_VALUE;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.STATISTIC;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.assertClose;
import static com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics.CONSTANT;
import static com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics.CONSTANT_AND_TREND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected values: statsmodels {@code adfuller}, see {@code reference.py}. */
class AugmentedDickeyFullerTest {

    @Test
    void matchesStatsmodelsWithTheLagChosenByAicAmongSeveral() {
        AdfResult result = adfWithDefaults(ReferenceData.ari());

        assertThat(result.usedLag()).isEqualTo(2);
        assertThat(result.nobs()).isEqualTo(147);
        assertClose(result.statistic(), -1.5540487264697322, STATISTIC);
        assertClose(result.pValue(), 0.506625184342922, P_VALUE);
        assertCriticalValues(result, -3.4756368462466662, -2.8814104466172608, -2.5773652982553568);
        assertThat(result.stationary()).isFalse();
    }

    @Test
    void matchesStatsmodelsOnARandomWalkWhereAicDropsAllLags() {
        AdfResult result = adfWithDefaults(ReferenceData.walk());

        assertThat(result.usedLag()).isZero();
        assertThat(result.nobs()).isEqualTo(149);
        assertClose(result.statistic(), -1.5805444166867644, STATISTIC);
        assertClose(result.pValue(), 0.49335888713101533, P_VALUE);
        assertCriticalValues(result, -3.4750180242954167, -2.8811408028842043, -2.577221358046935);
        assertThat(result.stationary()).isFalse();
    }

    @Test
    void matchesStatsmodelsOnAStationarySeries() {
        AdfResult result = adfWithDefaults(ReferenceData.y());

        assertClose(result.statistic(), -11.972158160164843, STATISTIC);
        assertClose(result.pValue(), 3.875754071550707e-22, P_VALUE);
        assertThat(result.stationary()).isTrue();
    }

    @Test
    void matchesStatsmodelsWithAFixedLag() {
        AdfResult walk = AugmentedDickeyFuller.test(ReferenceData.walk(), CONSTANT, 3, false);
        AdfResult ari = AugmentedDickeyFuller.test(ReferenceData.ari(), CONSTANT, 5, false);

        assertThat(walk.usedLag()).isEqualTo(3);
        assertThat(walk.nobs()).isEqualTo(146);
        assertClose(walk.statistic(), -1.2271119891353006, STATISTIC);
        assertClose(walk.pValue(), 0.6618254546073186, P_VALUE);
        assertCriticalValues(walk, -3.4759527332353084, -2.881548071241103, -2.577438765246763);
        assertThat(ari.nobs()).isEqualTo(144);
        assertClose(ari.statistic(), -1.2359453822182072, STATISTIC);
        assertClose(ari.pValue(), 0.6579450084335664, P_VALUE);
        assertCriticalValues(ari, -3.476597917537401, -2.8818291230495543, -2.5775887982253085);
    }

    @Test
    void matchesStatsmodelsWithATrend() {
        AdfResult result = AugmentedDickeyFuller.test(ReferenceData.walk(), CONSTANT_AND_TREND, 6, true);

        assertThat(result.usedLag()).isZero();
        assertClose(result.statistic(), -1.6417693209946018, STATISTIC);
        assertClose(result.pValue(), 0.7756518809669026, P_VALUE);
        assertCriticalValues(result, -4.020850098604906, -3.4403764971618362, -3.1445865794938195);
    }

    @Test
    void callsWhiteNoiseStationaryAndARandomWalkNot() {
        Random random = new Random(7);
        double[] noise = new double[300];
        double[] walk = new double[300];
        for (int t = 0; t < noise.length; t++) {
            noise[t] = random.nextGaussian();
            walk[t] = (t == 0 ? 0 : walk[t - 1]) + random.nextGaussian();
        }

        assertThat(adfWithDefaults(noise).stationary()).isTrue();
        assertThat(adfWithDefaults(noise).pValue()).isLessThan(0.01);
        assertThat(adfWithDefaults(walk).stationary()).isFalse();
    }

    @Test
    void usesStatsmodelsDefaultMaximumLag() {
        assertThat(AugmentedDickeyFuller.defaultMaxLag(150, CONSTANT)).isEqualTo(14);
        assertThat(AugmentedDickeyFuller.defaultMaxLag(100, CONSTANT)).isEqualTo(12);
        assertThat(AugmentedDickeyFuller.defaultMaxLag(20, CONSTANT)).isEqualTo(8);
        assertThat(AugmentedDickeyFuller.defaultMaxLag(20, CONSTANT_AND_TREND)).isEqualTo(7);
    }

    @Test
    void refusesLagsTheSampleCannotCarryAndConstantSeries() {
        assertThatThrownBy(() -> AugmentedDickeyFuller.test(new double[20], CONSTANT, 9, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an ADF test on 20 observations allows lags 0..8 (fewer than n/2 - 1 - deterministic"
                        + " terms), got 9");
        assertThatThrownBy(() -> adfWithDefaults(new double[30]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an ADF test needs a varying series; it is constant");
        assertThatThrownBy(() -> adfWithDefaults(new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an ADF test with CONSTANT needs at least 4 observations, got 2");
    }

    /** What {@code LeadLagStatistics.adf(series)} does: a constant, lag by AIC up to the default maximum. */
    private static AdfResult adfWithDefaults(double[] series) {
        return AugmentedDickeyFuller.test(
                series, CONSTANT, AugmentedDickeyFuller.defaultMaxLag(series.length, CONSTANT), true);
    }

    private static void assertCriticalValues(AdfResult result, double one, double five, double ten) {
        assertClose(
                new double[] {
                    result.criticalValues().onePercent(),
                    result.criticalValues().fivePercent(),
                    result.criticalValues().tenPercent()
                },
                new double[] {one, five, ten},
                STATISTIC);
    }
}
