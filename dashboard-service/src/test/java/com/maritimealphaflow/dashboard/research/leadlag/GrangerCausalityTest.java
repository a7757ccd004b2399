package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.P_VALUE;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.STATISTIC;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Expected values: statsmodels {@code grangercausalitytests} and {@code OLS}, see {@code reference.py}. */
class GrangerCausalityTest {

    @Test
    void matchesStatsmodelsSsrFTestWhenXLeadsY() {
        GrangerResult result = GrangerCausality.test(ReferenceData.x(), ReferenceData.y(), 4);

        assertClose(
                column(result, GrangerTest::fStatistic),
                new double[] {1.4497458472975306, 15.550827126959769, 10.285549838968535, 6.962181572749053},
                STATISTIC);
        assertClose(
                column(result, GrangerTest::pValue),
                new double[] {0.23051716506888975, 7.746749210068427e-07, 3.6616638423291976e-06, 3.9300822592098536e-05
                },
                P_VALUE);
        assertThat(result.tests())
                .extracting(GrangerTest::dfNumerator, GrangerTest::dfDenominator, GrangerTest::nobs)
                .containsExactly(tuple(1, 146, 149), tuple(2, 143, 148), tuple(3, 140, 147), tuple(4, 137, 146));
        assertClose(
                column(result, GrangerTest::holmPValue),
                new double[] {0.23051716506888975, 3.098699684027371e-06, 1.0984991526987592e-05, 7.860164518419707e-05
                },
                P_VALUE);
        assertClose(
                column(result, GrangerTest::bonferroniPValue),
                new double[] {0.922068660275559, 3.098699684027371e-06, 1.464665536931679e-05, 0.00015720329036839414},
                P_VALUE);
        assertThat(result.strongest().lag()).isEqualTo(2);
    }

    @Test
    void matchesStatsmodelsInTheReverseDirectionWhereNothingSurvivesCorrection() {
        GrangerResult result = GrangerCausality.test(ReferenceData.y(), ReferenceData.x(), 4);

        assertClose(
                column(result, GrangerTest::fStatistic),
                new double[] {0.9140617618169078, 3.0593214859050044, 1.8303294928186877, 1.756695353387423},
                STATISTIC);
        assertClose(
                column(result, GrangerTest::pValue),
                new double[] {0.3406193903117649, 0.05000262084042384, 0.14442249595064627, 0.14115088205194354},
                P_VALUE);
        assertClose(
                column(result, GrangerTest::holmPValue),
                new double[] {0.4234526461558306, 0.20001048336169536, 0.4234526461558306, 0.4234526461558306},
                P_VALUE);
        assertClose(
                column(result, GrangerTest::bonferroniPValue),
                new double[] {1.0, 0.20001048336169536, 0.5776899838025851, 0.5646035282077742},
                P_VALUE);
        assertThat(result.significant(0.05)).isEmpty();
    }

    @Test
    void choosesTheLagByAicAndBicOnOneSampleLikeStatsmodelsOls() {
        LagSelection forward =
                GrangerCausality.test(ReferenceData.x(), ReferenceData.y(), 4).lagSelection();
        LagSelection reverse =
                GrangerCausality.test(ReferenceData.y(), ReferenceData.x(), 4).lagSelection();

        assertThat(forward.nobs()).isEqualTo(146);
        assertClose(
                forward.aic(),
                new double[] {446.10958301402553, 422.5357018794298, 426.15397297004375, 426.88979383159216},
                STATISTIC);
        assertClose(
                forward.bic(),
                new double[] {455.06040287915056, 437.4537349879715, 447.0392193220021, 453.7422534269672},
                STATISTIC);
        assertThat(forward.aicLag()).isEqualTo(2);
        assertThat(forward.bicLag()).isEqualTo(2);
        assertClose(
                reverse.aic(),
                new double[] {438.0432500880614, 437.01115720497233, 440.63422564784037, 442.5718877922325},
                STATISTIC);
        assertClose(
                reverse.bic(),
                new double[] {446.99406995318645, 451.929190313514, 461.5194719997987, 469.4243473876075},
                STATISTIC);
        assertThat(reverse.aicLag()).isEqualTo(2);
        assertThat(reverse.bicLag()).isEqualTo(1);
    }

    @Test
    void findsALeadOfTwoStepsInOneDirectionOnlyWhenYCopiesXTwoStepsLater() {
        Random random = new Random(42);
        int n = 120;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = random.nextGaussian();
            y[t] = (t >= 2 ? x[t - 2] : 0) + 0.1 * random.nextGaussian();
        }

        GrangerResult forward = GrangerCausality.test(x, y, 3);
        GrangerResult reverse = GrangerCausality.test(y, x, 3);

        assertThat(forward.tests().get(0).pValue()).isGreaterThan(0.05);
        assertThat(forward.tests().get(1).holmPValue()).isLessThan(1e-10);
        assertThat(forward.significant(0.05)).get().extracting(GrangerTest::lag).isEqualTo(2);
        assertThat(reverse.significant(0.05)).isEmpty();
    }

    @Test
    void refusesTooFewObservationsForTheLagsAsked() {
        double[] series = new double[16];

        assertThatThrownBy(() -> GrangerCausality.test(series, series, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Granger tests up to lag 5 need at least 17 aligned observations, got 16");
    }

    @Test
    void refusesAConstantCause() {
        double[] constant = new double[150];
        Arrays.fill(constant, 3);

        assertThatThrownBy(() -> GrangerCausality.test(constant, ReferenceData.y(), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Granger test needs a varying cause series; it is constant");
    }

    private static double[] column(GrangerResult result, ToDoubleFunction<GrangerTest> field) {
        return result.tests().stream().mapToDouble(field).toArray();
    }
}
