package com.maritimealphaflow.dashboard.backtest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.market.SeriesCatalog;
import com.maritimealphaflow.dashboard.support.WebSlice;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The backtest endpoint's 400s, each naming the parameter to change, over mocked data. */
@WebMvcTest(BacktestApiController.class)
@WebSlice
@Import({BacktestService.class, OptimizerService.class, OptimizationJobs.class})
class BacktestApiControllerTest {

    private static final String RANGE =
            "\"symbol\":\"TESTUSDT\",\"interval\":\"1h\",\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\"";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BacktestData data;

    @MockitoBean
    SeriesCatalog catalog;

    @Autowired
    BacktestService backtests;

    @Autowired
    OptimizerService optimizer;

    ResultActions backtest(String json) throws Exception {
        return mvc.perform(
                post("/api/backtests").contentType(MediaType.APPLICATION_JSON).content("{" + json + "}"));
    }

    void tenBars(double[] counts) {
        long[] closes = new long[10];
        double[] prices = new double[10];
        for (int i = 0; i < 10; i++) {
            closes[i] = (i + 1) * 3_600_000L;
            prices[i] = 100 + i;
        }
        when(data.bars(anyString(), anyString(), any(), any(), any(), anyInt()))
                .thenReturn(Optional.of(new MarketSeries(
                        "binance",
                        false,
                        TradingCalendar.ALWAYS_OPEN,
                        new PriceBars(closes, prices, prices, Duration.ofHours(1)))));
        long[] ends = new long[counts.length];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = (i + 1) * 3_600_000L;
        }
        when(data.counts(anyString(), anyLong(), anyLong())).thenReturn(new BacktestData.CountWindows(ends, counts));
    }

    @Test
    void shouldReturn400WhenSlowWindowIsNotLongerThanFast() throws Exception {
        backtest(RANGE + ",\"fast\":5,\"slow\":5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("slow"));
    }

    @Test
    void shouldReturn400WhenFastIsShorterThanTwo() throws Exception {
        backtest(RANGE + ",\"fast\":1,\"slow\":5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("fast"));
    }

    @Test
    void shouldReturn400WhenNoBarsAreStoredForTheRange() throws Exception {
        when(data.bars(anyString(), anyString(), any(), any(), any(), anyInt())).thenReturn(Optional.empty());

        backtest(RANGE + ",\"fast\":2,\"slow\":3")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("symbol"));
    }

    @Test
    void shouldReturn400WhenNoVesselCountsOverlapTheBars() throws Exception {
        tenBars(new double[0]);

        backtest(RANGE + ",\"fast\":2,\"slow\":3")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void shouldReturn400WhenSlowIsLongerThanTheDataSupports() throws Exception {
        tenBars(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        backtest(RANGE + ",\"fast\":2,\"slow\":10")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("slow"));
    }

    @Test
    void shouldReturn400ForAnUnknownIntervalModeOrCategory() throws Exception {
        backtest(
                        "\"symbol\":\"X\",\"interval\":\"7m\",\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\","
                                + "\"fast\":2,\"slow\":3")
                .andExpect(jsonPath("$.parameter").value("interval"));
        backtest(RANGE + ",\"fast\":2,\"slow\":3,\"mode\":\"sideways\"")
                .andExpect(jsonPath("$.parameter").value("mode"));
        backtest(RANGE + ",\"fast\":2,\"slow\":3,\"category\":\"submarine\"")
                .andExpect(jsonPath("$.parameter").value("category"));
    }

    @Test
    void answersWithTheCurvesForAValidRequest() throws Exception {
        tenBars(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        backtest(RANGE + ",\"fast\":2,\"slow\":3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equity.length()").value(10))
                .andExpect(jsonPath("$.metrics.trades").value(1))
                .andExpect(jsonPath("$.category").value("total"));
    }

    @Test
    void optimizationRanksInSampleAndReportsTheHoldoutBesideTheBest() throws Exception {
        double[] counts = new double[10];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i % 4 < 2 ? 10 + i : 20 - i;
        }
        tenBars(counts);

        mvc.perform(post("/api/backtests/optimizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + RANGE + ",\"fastMin\":2,\"fastMax\":3,\"slowMin\":3,\"slowMax\":4,"
                                + "\"inSampleFraction\":0.5,\"objective\":\"totalReturn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.combinationsTried").value(3))
                .andExpect(jsonPath("$.inSampleBars").value(5))
                .andExpect(jsonPath("$.outOfSampleBars").value(5))
                .andExpect(jsonPath("$.best[0].outOfSample.totalReturn").isNumber())
                .andExpect(jsonPath("$.warning").value(org.hamcrest.Matchers.containsString("3 combinations")));
    }

    @Test
    void optimizationRefusesLengthsTheHoldoutCannotSupport() throws Exception {
        tenBars(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        mvc.perform(post("/api/backtests/optimizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + RANGE + ",\"slowMin\":8}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("slowMin"));
    }

    @Test
    void optimizationOfAGridOverTheLimitIs400StatingTheLimitBeforeAnyDataIsRead() throws Exception {
        String huge = "{" + RANGE + ",\"fastMin\":2,\"fastMax\":100000,\"slowMin\":2,\"slowMax\":100000}";
        for (String path : new String[] {"/api/backtests/optimizations", "/api/backtests/optimizations/jobs"}) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(huge))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("slowMax"))
                    .andExpect(jsonPath("$.message")
                            .value("the grid has 4,999,850,001 cells; at most 1,000,000 are searched per request:"
                                    + " narrow fastMin..fastMax or slowMin..slowMax"));
        }
        verifyNoInteractions(data);
    }

    @Test
    void optimizationWithLengthsNearTheLargestIntegerIsCountedWithoutOverflowAndRefused() throws Exception {
        mvc.perform(post("/api/backtests/optimizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + RANGE + ",\"fastMax\":2147483646,\"slowMax\":2147483647,"
                                + "\"validation\":\"walk-forward\",\"folds\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("at most 1,000,000")));
        verifyNoInteractions(data);
    }

    @Test
    void datesOfABillionYearsAre400sNamingTheirField() throws Exception {
        String lengths = ",\"interval\":\"1h\",\"symbol\":\"TESTUSDT\",\"fast\":2,\"slow\":3";
        backtest("\"from\":\"+1000000000-01-01T00:00:00Z\",\"to\":\"+1000000000-12-31T00:00:00Z\"" + lengths)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.message").value(containsString("1970-01-01T00:00:00Z")));
        backtest("\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"-1000000000-01-01T00:00:00Z\"" + lengths)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));
        mvc.perform(post("/api/backtests/optimizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"symbol\":\"X\",\"interval\":\"1h\",\"from\":\"-1000000000-01-01T00:00:00Z\","
                                + "\"to\":\"2026-11-02T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        verifyNoInteractions(data);
    }

    @Test
    void aControlCharacterOrAnOverlongSymbolIs400NamingTheSymbol() throws Exception {
        String rest = ",\"interval\":\"1h\",\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\","
                + "\"fast\":2,\"slow\":3";
        backtest("\"symbol\":\"BTC\\u0000USDT\"" + rest)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("symbol"))
                .andExpect(jsonPath("$.message").value(containsString("control character")));
        backtest("\"symbol\":\"" + "X".repeat(33) + "\"" + rest)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("symbol"));
        verifyNoInteractions(data);
    }

    @Test
    void implausibleCostsCashAndLengthsAre400sNamingTheField() throws Exception {
        backtest(RANGE + ",\"fast\":2,\"slow\":3,\"fee\":0.5")
                .andExpect(jsonPath("$.parameter").value("fee"));
        backtest(RANGE + ",\"fast\":2,\"slow\":3,\"slippage\":-0.01")
                .andExpect(jsonPath("$.parameter").value("slippage"));
        backtest(RANGE + ",\"fast\":2,\"slow\":3,\"initialCash\":1e300")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("initialCash"));
        backtest(RANGE + ",\"fast\":2,\"slow\":1000000000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("slow"))
                .andExpect(jsonPath("$.message").value(containsString("120000")));
        verifyNoInteractions(data);
    }

    @Test
    void whenEveryBacktestPermitIsHeldA503IsAnsweredWithoutTouchingTheDatabase() throws Exception {
        List<RequestPermits.Permit> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(backtests.permits().take());
            }
            backtest(RANGE + ",\"fast\":2,\"slow\":3").andExpect(status().isServiceUnavailable());
            mvc.perform(post("/api/backtests/curves.csv")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{" + RANGE + ",\"fast\":2,\"slow\":3}"))
                    .andExpect(status().isServiceUnavailable());
            verifyNoInteractions(data);
        } finally {
            held.forEach(RequestPermits.Permit::close);
        }
        tenBars(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        backtest(RANGE + ",\"fast\":2,\"slow\":3").andExpect(status().isOk());
    }

    @Test
    void whenEveryOptimizationPermitIsHeldA503IsAnsweredWithoutTouchingTheDatabase() throws Exception {
        List<RequestPermits.Permit> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                held.add(optimizer.permits().take());
            }
            mvc.perform(post("/api/backtests/optimizations")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{" + RANGE + "}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.message").value(containsString("optimizations are running")));
            verifyNoInteractions(data);
        } finally {
            held.forEach(RequestPermits.Permit::close);
        }
    }
}
