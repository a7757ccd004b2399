package com.maritimealphaflow.dashboard.pipeline;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.AisImports.Attempt;
import com.maritimealphaflow.testsupport.seed.AisImports.File;
import com.maritimealphaflow.testsupport.seed.AisImports.Import;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** AIS history imports as the pipeline page reads them from their tables on PostgreSQL, at a fixed now. */
class AisImportQueriesTest extends DatabaseTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2021-03-14");

    @Autowired
    JsonMapper json;

    AisImportQueries queries;

    @BeforeEach
    void emptyTables() {
        seed.emptyTables();
        queries = new AisImportQueries(jdbc, json, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void sumsARunningImportsFilesAndAttemptsWithItsProgressByBytesRateAndEta() {
        Instant started = NOW.minus(Duration.ofHours(1));
        long id = seed.aisImports()
                .insert(Import.of("dma", started.minusSeconds(5))
                        .running(started)
                        // read twice: the first attempt's instance was stopped, the second resumed it
                        .file(File.day(DAY)
                                .completed()
                                .bytes(1000L, 1000)
                                .rows(500)
                                .attempt(Attempt.of(started)
                                        .ended(started.plusSeconds(60), "interrupted")
                                        .counts(200, 150, 0)
                                        .rejected(Map.of("invalid_mmsi", 5L))
                                        .skipped(Map.of("thinned", 20L))
                                        .reports(at(DAY, "00:00:03"), at(DAY, "06:00:00"))
                                        .aggregatedAt(started.plusSeconds(61)))
                                .attempt(Attempt.of(started.plusSeconds(70))
                                        .completed(started.plusSeconds(300))
                                        .counts(500, 400, 10)
                                        .rejected(Map.of("invalid_mmsi", 3L, "bad_checksum", 2L))
                                        .skipped(Map.of("thinned", 40L, "outside_bounds", 10L))
                                        .reports(at(DAY, "00:00:01"), at(DAY, "23:59:58"))
                                        .aggregatedAt(started.plusSeconds(302))))
                        .file(File.day(DAY.plusDays(1))
                                .completed()
                                .bytes(1000L, 1000)
                                .rows(600)
                                .attempt(Attempt.of(started.plusSeconds(300))
                                        .completed(started.plusSeconds(900))
                                        .counts(600, 500, 0)
                                        .skipped(Map.of("thinned", 50L, "category_not_kept", 20L))
                                        .reports(at(DAY.plusDays(1), "00:00:02"), at(DAY.plusDays(1), "23:59:59"))))
                        // the archive has no such day: no size, nothing read, yet done
                        .file(File.day(DAY.plusDays(2)).missing())
                        .file(File.day(DAY.plusDays(3))
                                .running()
                                .bytes(1000L, 250)
                                .rows(100)
                                .attempt(Attempt.of(started.plusSeconds(900))
                                        .counts(100, 80, 0)
                                        .reports(at(DAY.plusDays(3), "00:00:00"), at(DAY.plusDays(3), "02:00:00")))));

        AisImportList list = queries.newest(20);

        assertThat(list.attribution())
                .isEqualTo("Contains data from the Danish Maritime Authority that is used in accordance with the"
                        + " conditions for the use of Danish public data.");
        AisImportSummary job = list.imports().get(0);
        assertThat(job.id()).isEqualTo(id);
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.files()).isEqualTo(new AisImportSummary.Files(4, 3, 0, 1, 2, 1, 0, 0));
        // 1000 + 1000 + 250 of 3000 bytes: the missing day has no size and is not waited for
        assertThat(job.progress()).isEqualTo(new AisImportSummary.Progress("bytes", 2250, 3000, 0.75));
        AisImportSummary.Rows rows = job.rows();
        assertThat(rows.read()).isEqualTo(1200);
        assertThat(rows.positionsStored()).isEqualTo(1130);
        assertThat(rows.staticsStored()).isEqualTo(10);
        assertThat(rows.duplicates()).isEqualTo(25 + 35 + 30 + 20);
        assertThat(rows.rejected()).isEqualTo(10);
        assertThat(rows.rejectedReasons()).isEqualTo(Map.of("invalid_mmsi", 8L, "bad_checksum", 2L));
        assertThat(rows.skippedKinds())
                .isEqualTo(Map.of("thinned", 110L, "outside_bounds", 10L, "category_not_kept", 20L));
        assertThat(rows.skipped()).isEqualTo(140);
        assertThat(rows.thinned()).isEqualTo(110);
        // 1200 rows in an hour; a quarter of the bytes left at three quarters an hour
        assertThat(job.rowsPerSecond()).isCloseTo(1200 / 3600.0, within(1e-9));
        assertThat(job.etaSeconds()).isEqualTo(1200);
        assertThat(job.firstReportAt()).isEqualTo(at(DAY, "00:00:01"));
        assertThat(job.lastReportAt()).isEqualTo(at(DAY.plusDays(3), "02:00:00"));
        // the second day's file waits for the aggregation service, the running attempt has not ended
        assertThat(job.attempts()).isEqualTo(4);
        assertThat(job.awaitingAggregation()).isEqualTo(2);
    }

    @Test
    void listsNewestFirstAndMeasuresByFilesUntilEverySizeIsKnown() {
        Instant created = NOW.minus(Duration.ofDays(1));
        seed.aisImports()
                .insert(Import.of("csv", created)
                        .running(created)
                        .ended(created.plusSeconds(100), "failed")
                        .error("1 of 2 files failed: /imports/b.csv: not found")
                        .file(File.path("/imports/a.csv")
                                .completed()
                                .bytes(5000L, 5000)
                                .rows(1000)
                                .attempt(Attempt.of(created).completed(created.plusSeconds(100))))
                        .file(File.path("/imports/b.csv").failed("not found")));
        long queued = seed.aisImports()
                .insert(Import.of("noaa", NOW.minusSeconds(10))
                        .file(File.day(DAY))
                        .file(File.day(DAY.plusDays(1))));

        AisImportList list = queries.newest(20);

        assertThat(list.imports())
                .extracting(AisImportSummary::source, AisImportSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("noaa", "queued"),
                        org.assertj.core.groups.Tuple.tuple("csv", "failed"));
        AisImportSummary waiting = list.imports().get(0);
        assertThat(waiting.id()).isEqualTo(queued);
        assertThat(waiting.progress()).isEqualTo(new AisImportSummary.Progress("files", 0, 2, 0.0));
        assertThat(waiting.rowsPerSecond()).isNull();
        assertThat(waiting.etaSeconds()).isNull();
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.firstReportAt()).isNull();
        AisImportSummary failed = list.imports().get(1);
        assertThat(failed.files().done()).isEqualTo(2);
        assertThat(failed.files().failed()).isEqualTo(1);
        // the failed file's size is unknown: measured in files, both of which it is finished with
        assertThat(failed.progress()).isEqualTo(new AisImportSummary.Progress("files", 2, 2, 1.0));
        assertThat(failed.rowsPerSecond()).isEqualTo(10.0);
        assertThat(failed.etaSeconds()).isNull();
        assertThat(failed.error()).contains("b.csv: not found");
        assertThat(list.attribution()).isNull();
        assertThat(queries.newest(1).imports()).extracting(AisImportSummary::id).containsExactly(queued);
    }

    @Test
    void givesTheDmaAttributionWhileDataOfAnEarlierDmaImportIsStoredEvenWhenItIsNotListed() {
        Instant created = NOW.minus(Duration.ofDays(3));
        seed.aisImports()
                .insert(Import.of("dma", created)
                        .running(created)
                        .ended(created.plusSeconds(600), "completed")
                        .file(File.day(DAY)
                                .completed()
                                .rows(10)
                                .attempt(Attempt.of(created)
                                        .completed(created.plusSeconds(600))
                                        .counts(10, 10, 0))));
        seed.aisImports().insert(Import.of("noaa", NOW.minusSeconds(60)));

        AisImportList list = queries.newest(1);

        assertThat(list.imports()).extracting(AisImportSummary::source).containsExactly("noaa");
        assertThat(list.attribution()).isEqualTo(AisImportQueries.DMA_ATTRIBUTION);
    }

    @Test
    void aDmaImportThatStoredNothingAndIsNotListedNeedsNoAttribution() {
        seed.aisImports().insert(Import.of("dma", NOW.minus(Duration.ofDays(2))).ended(NOW, "cancelled"));
        seed.aisImports().insert(Import.of("noaa", NOW.minusSeconds(60)));

        assertThat(queries.newest(1).attribution()).isNull();
        assertThat(queries.newest(2).attribution()).isEqualTo(AisImportQueries.DMA_ATTRIBUTION);
    }
}
