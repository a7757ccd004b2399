package com.maritimealphaflow.dashboard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ingestion log as the pipeline page reads it, against the real table. */
class IngestionBatchesTest extends DatabaseTest {

    @Autowired
    IngestionBatches batches;

    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

    @BeforeEach
    void emptyTables() {
        seed.emptyTables();
    }

    @Test
    void countsOnlyTheAbandonedRowsStartedSinceTheGivenTime() {
        batch(Duration.ofHours(2), "abandoned");
        batch(Duration.ofHours(20), "abandoned");
        batch(Duration.ofHours(30), "abandoned");
        batch(Duration.ofHours(1), "failed");
        batch(Duration.ofHours(1), "interrupted");

        assertThat(batches.abandonedSince(now.minus(Duration.ofDays(1)))).isEqualTo(2);
        assertThat(batches.newest(10))
                .extracting(IngestionBatch::status)
                .contains("abandoned", "failed", "interrupted");
    }

    @Test
    void theLiveFeedsNewestBatchIsNotANewerImportOrMarketRow() {
        Instant live = now.minus(Duration.ofMinutes(30));
        seed.ingestionLog()
                .insert(Batch.ais(live).completed(live.plusSeconds(60)).counts(10, 10, 0));
        seed.ingestionLog()
                .insert(Batch.aisImport(now.minus(Duration.ofMinutes(5)))
                        .source("dma")
                        .ended(now.minus(Duration.ofMinutes(4)), "failed")
                        .counts(10, 10, 0));
        seed.ingestionLog()
                .insert(Batch.marketBackfill(now.minus(Duration.ofMinutes(2)))
                        .completed(now.minus(Duration.ofMinutes(1))));

        assertThat(batches.newestLive()).map(IngestionBatch::startedAt).contains(live);
        assertThat(batches.lastPositionsAt()).contains(live.plusSeconds(60));
    }

    private void batch(Duration startedAgo, String status) {
        Instant started = now.minus(startedAgo);
        seed.ingestionLog()
                .insert(Batch.ais(started)
                        .ended(started.plusSeconds(60), status)
                        .counts(10, 10, 0)
                        .error("why: " + status));
    }
}
