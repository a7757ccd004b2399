package com.maritimealphaflow.dashboard.pipeline;

import static org.mockito.ArgumentMatchers.anyInt;
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
        when(batches.newest(anyInt())).thenReturn(List.of(batch));
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
    void aLimitOutOfRangeIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/pipeline/batches").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/pipeline/batches").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }
}
