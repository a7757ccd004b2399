package com.maritimealphaflow.dashboard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.support.TestProperties;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The banners: no batches yet, the feed silent for more than two intervals, a failed batch, simulated data. */
class PipelineMonitorTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    IngestionBatches batches = mock(IngestionBatches.class);
    DashboardProperties properties = TestProperties.defaults();
    PipelineMonitor monitor = new PipelineMonitor(
            batches,
            mock(PipelineStageQueries.class),
            mock(AisImportQueries.class),
            properties,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEmptyLogSaysWhenTheFirstBatchWillCome() {
        when(batches.newestLive()).thenReturn(Optional.empty());

        assertThat(monitor.banners())
                .containsExactly(new Banner(
                        "info",
                        "no-batches",
                        "No batches yet: the ingestion service writes its first batch within 5 minutes of starting."));
    }

    @Test
    void aFeedQuietForMoreThanTwoIntervalsIsCalledSilent() {
        latest("nmea-tcp", "completed", NOW.minus(Duration.ofMinutes(23)), null);
        when(batches.lastPositionsAt()).thenReturn(Optional.of(NOW.minus(Duration.ofMinutes(23))));

        List<Banner> banners = monitor.banners();

        assertThat(banners).extracting(Banner::code).containsExactly("feed-silent");
        assertThat(banners.get(0).level()).isEqualTo("danger");
        assertThat(banners.get(0).message()).startsWith("The feed has been silent for 23 minutes");
    }

    @Test
    void aFeedQuietForLessThanTwoIntervalsIsFine() {
        latest("nmea-tcp", "completed", NOW.minus(Duration.ofMinutes(9)), null);
        when(batches.lastPositionsAt()).thenReturn(Optional.of(NOW.minus(Duration.ofMinutes(9))));

        assertThat(monitor.banners()).isEmpty();
    }

    @Test
    void simulatedDataAndAFailedLatestBatchAreAnnounced() {
        latest("simulator", "failed", NOW.minus(Duration.ofMinutes(1)), "socket closed");
        when(batches.lastPositionsAt()).thenReturn(Optional.of(NOW.minus(Duration.ofMinutes(6))));

        assertThat(monitor.banners())
                .extracting(Banner::code, Banner::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("batch-failed", "The latest batch failed: socket closed"),
                        org.assertj.core.groups.Tuple.tuple(
                                "simulator",
                                "The live source is the simulator: vessels, positions and counts are simulated, not"
                                        + " real traffic."));
    }

    @Test
    void rowsAbandonedInTheLastDayAreAnnouncedAndCounted() {
        latest("nmea-tcp", "completed", NOW.minus(Duration.ofMinutes(1)), null);
        when(batches.lastPositionsAt()).thenReturn(Optional.of(NOW.minus(Duration.ofMinutes(1))));
        when(batches.abandonedSince(NOW.minus(Duration.ofDays(1)))).thenReturn(3);

        assertThat(monitor.banners()).singleElement().satisfies(banner -> {
            assertThat(banner.code()).isEqualTo("rows-abandoned");
            assertThat(banner.level()).isEqualTo("warning");
            assertThat(banner.message()).startsWith("3 ingestion rows were abandoned in the last day");
        });
        assertThat(monitor.status().abandonedLastDay()).isEqualTo(3);
    }

    @Test
    void refusesALimitOutsideItsRangeNamingIt() {
        assertThatThrownBy(() -> monitor.batches(501))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("limit"))
                .hasMessageContaining("between 1 and 500");
    }

    private void latest(String source, String status, Instant ended, String error) {
        IngestionBatch batch = new IngestionBatch(
                7,
                source,
                "ais-batch",
                ended.minusSeconds(60),
                ended,
                status,
                10,
                10,
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                null,
                null,
                error);
        when(batches.newestLive()).thenReturn(Optional.of(batch));
    }
}
