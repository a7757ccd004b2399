package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.P_VALUE;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.STATISTIC;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.assertClose;
import static com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics.CONSTANT;
import static com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics.CONSTANT_AND_TREND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expected values: statsmodels {@code mackinnonp} and {@code mackinnoncrit}, see {@code reference.py}. */
class MacKinnonTest {

    private static final double[] TAUS = {-5.0, -3.5, -2.9, -2.0, -1.0, 0.5};

    @Test
    void matchesStatsmodelsPValuesEitherSideOfTauStar() {
        assertClose(
                pValues(CONSTANT, 1),
                new double[] {
                    2.2193154713956276e-05,
                    0.007987094061496709,
                    0.04534799747216563,
                    0.28657309916843154,
                    0.7532643012005655,
                    0.9848730963065522
                },
                P_VALUE);
        assertClose(
                pValues(CONSTANT, 2),
                new double[] {
                    0.00016464262671930766,
                    0.03239538836017372,
                    0.1359286072025805,
                    0.5285780802451076,
                    0.902847226038779,
                    0.9926499199201502
                },
                P_VALUE);
        assertClose(
                pValues(CONSTANT_AND_TREND, 1),
                new double[] {
                    0.00020574728263882532,
                    0.03939102799324626,
                    0.16221506199000135,
                    0.6014337722402741,
                    0.9441147109023218,
                    0.996851911498776
                },
                P_VALUE);
    }

    @Test
    void givesZeroAndOneOutsideTheFittedRange() {
        assertThat(MacKinnon.pValue(-20, CONSTANT, 1)).isZero();
        assertThat(MacKinnon.pValue(3, CONSTANT, 1)).isEqualTo(1);
    }

    @Test
    void matchesStatsmodelsCriticalValuesForTwoSeries() {
        assertClose(
                MacKinnon.criticalValues(CONSTANT, 2, 100),
                new double[] {-4.0093117000000005, -3.3979133, -3.087134},
                STATISTIC);
    }

    @Test
    void refusesANumberOfSeriesOutsideTheTables() {
        assertThatThrownBy(() -> MacKinnon.criticalValues(CONSTANT, 3, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MacKinnon tables here cover 1..2 series, got 3");
    }

    private static double[] pValues(UnitRootDeterministics deterministics, int series) {
        return Arrays.stream(TAUS)
                .map(tau -> MacKinnon.pValue(tau, deterministics, series))
                .toArray();
    }
}
