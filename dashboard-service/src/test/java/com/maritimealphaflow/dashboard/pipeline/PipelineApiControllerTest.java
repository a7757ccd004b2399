package com.maritimealphaflow.dashboard.pipeline;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maritimealphaflow.dashboard.support.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PipelineApiController.class)
@WebSlice
@Import({PipelineMonitor.class})
class PipelineApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IngestionBatches batches;

    @MockitoBean
    PipelineStageQueries stages;

    @MockitoBean
    AisImportQueries imports;

    IngestionBatch batch = new IngestionBatch(
            42,
            "aisstream",
            "ais-batch",
            Instant.parse("2026-11-22T12:00:00Z"),
            Instant.parse("2026-11-22T12:01:00Z"),
            "completed",
            1000,
            900,
            40,
            50,
            10,
            Map.of("bad_checksum", 7L, "invalid_mmsi", 3L),
            Map.of("type_4", 2L),
            null,
            null,
            null);

    @Test
    void batchesCarryTheirCountsAndRejectionsPerReason() throws Exception {
        when(batches.newest(50)).thenReturn(List.of(batch));

        mvc.perform(get("/api/pipeline/batches"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(42))
                .andExpect(jsonPath("$[0].source").value("aisstream"))
                .andExpect(jsonPath("$[0].startedAt").value("2026-11-22T12:00:00Z"))
                .andExpect(jsonPath("$[0].positionsStored").value(900))
                .andExpect(jsonPath("$[0].rejectedReasons.bad_checksum").value(7))
                .andExpect(jsonPath("$[0].skipped.type_4").value(2));
    }

    @Test
    void statusHasTheBannersAndEachLaterStageSayingWhetherItIsAvailable() throws Exception {
        when(batches.newestLive()).thenReturn(Optional.of(batch));
        when(batches.lastPositionsAt()).thenReturn(Optional.of(Instant.parse("2026-11-01T12:01:00Z")));
        when(stages.aggregationLag())
                .thenReturn(
                        new StageReports.AggregationLag(false, "not yet", null, null, null, null, null, null, null));
        when(stages.lastCleanupRun()).thenReturn(new StageReports.CleanupRun(false, "no table", null));
        when(stages.backfillJobs()).thenReturn(new StageReports.BackfillJobs(false, "no table", List.of()));

        mvc.perform(get("/api/pipeline/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liveSource").value("aisstream"))
                .andExpect(jsonPath("$.batchIntervalSeconds").value(300))
                .andExpect(jsonPath("$.banners[0].code").value("feed-silent"))
                .andExpect(jsonPath("$.aggregation.available").value(false))
                .andExpect(jsonPath("$.aggregation.note").value("not yet"))
                .andExpect(jsonPath("$.lastCleanup.available").value(false))
                .andExpect(jsonPath("$.backfills.jobs").isEmpty());
    }

    @Test
    void importsCarryTheirProgressCountsAndTheDmaAttribution() throws Exception {
        AisImportSummary.Files files = AisImportSummary.Files.of(1, 1, 3, 1, 0, 0);
        AisImportSummary running = new AisImportSummary(
                9,
                "dma",
                "running",
                Instant.parse("2026-11-22T11:00:00Z"),
                Instant.parse("2026-11-22T11:00:05Z"),
                null,
                null,
                files,
                AisImportQueries.progress(files, true, 600, 1000),
                new AisImportSummary.Rows(
                        5000, 4000, 100, 50, 10, Map.of("invalid_mmsi", 10L), 840, Map.of("thinned", 800L), 800),
                12.5,
                400L,
                Instant.parse("2021-03-14T00:00:01Z"),
                Instant.parse("2021-03-16T23:59:58Z"),
                4,
                1);
        when(imports.newest(20)).thenReturn(new AisImportList(List.of(running), AisImportQueries.DMA_ATTRIBUTION));

        mvc.perform(get("/api/pipeline/imports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imports[0].id").value(9))
                .andExpect(jsonPath("$.imports[0].files.done").value(4))
                .andExpect(jsonPath("$.imports[0].files.total").value(6))
                .andExpect(jsonPath("$.imports[0].files.missing").value(1))
                .andExpect(jsonPath("$.imports[0].progress.basis").value("bytes"))
                .andExpect(jsonPath("$.imports[0].progress.fraction").value(0.6))
                .andExpect(jsonPath("$.imports[0].rows.thinned").value(800))
                .andExpect(jsonPath("$.imports[0].rows.skippedKinds.thinned").value(800))
                .andExpect(jsonPath("$.imports[0].etaSeconds").value(400))
                .andExpect(jsonPath("$.imports[0].firstReportAt").value("2021-03-14T00:00:01Z"))
                .andExpect(jsonPath("$.imports[0].awaitingAggregation").value(1))
                .andExpect(jsonPath("$.attribution")
                        .value("Contains data from the Danish Maritime Authority that is used in accordance with the"
                                + " conditions for the use of Danish public data."));
    }

    @Test
    void anImportsLimitOutOfRangeIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/pipeline/imports").param("limit", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.message").value("'limit' must be between 1 and 200, was 201"));
        mvc.perform(get("/api/pipeline/imports").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/pipeline/imports").param("limit", "all"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void aLimitOutOfRangeIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/pipeline/batches").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/pipeline/batches").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }
}
