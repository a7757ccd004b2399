package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.RandomSeries;
import com.maritimealphaflow.dashboard.support.TestProperties;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancelling a large search stops it part way; the data is mocked, the search is real. */
class OptimizationJobsTest {

    private static final int BARS = 200_000;
    private static final DashboardProperties PROPERTIES = TestProperties.defaults();

    private final BacktestData data = mock(BacktestData.class);
    private final OptimizationJobs jobs = new OptimizationJobs(new OptimizerService(data, PROPERTIES), PROPERTIES);

    @AfterEach
    void stop() {
        jobs.destroy();
    }

    @Test
    void aCancelledSearchStopsBeforeItsLastPairAndSaysCancelled() throws Exception {
        Random random = new Random(11);
        PriceBars bars = RandomSeries.bars(random, BARS);
        double[] counts = RandomSeries.counts(random, BARS, 0, true);
        when(data.bars(anyString(), anyString(), any(), any(), any(), anyInt()))
                .thenReturn(Optional.of(new MarketSeries("binance", false, TradingCalendar.ALWAYS_OPEN, bars)));
        when(data.counts(anyString(), anyLong(), anyLong()))
                .thenReturn(new BacktestData.CountWindows(bars.closeTimes(), counts));
        OptimizationRequest request = new OptimizationRequest(
                "TESTUSDT",
                "5m",
                Instant.EPOCH,
                Instant.EPOCH.plus(Duration.ofDays(1000)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        OptimizationJobs.Status submitted = jobs.submit(request);
        OptimizationJobs.Status cancelled = jobs.cancel(submitted.id());
        OptimizationJobs.Status finished = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> jobs.status(cancelled.id()),
                        status -> !status.state().equals("queued")
                                && !status.state().equals("running"));

        assertThat(finished.state()).isEqualTo("cancelled");
        assertThat(finished.total()).isEqualTo(GridSearch.combinations(2, 50, 5, 200));
        assertThat(finished.done()).isLessThan(finished.total());
        assertThat(finished.result()).isNull();
        assertThat(finished.finishedAt()).isNotNull();
    }
}
