package com.maritimealphaflow.ingestion.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "alphaflow.ingestion.ais.store.chunk-size=3")
class AisBatchStorageTest extends DatabaseTest {

    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    @Autowired
    AisIngestion ingestion;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clear() {
        clearAisTables();
    }

    @Test
    void storesEachPositionOnceAcrossChunksAndBatchesAndCountsTheDuplicates() {
        AisBatch first = ingestion.open(AisSourceKind.REPLAY);
        for (int i = 0; i < 5; i++) {
            first.accept(AisDecoding.Reports.of(position(244660000 + i, T0.plusSeconds(i))));
        }
        first.accept(AisDecoding.Reports.of(position(244660000, T0))); // same vessel and time, other chunk
        BatchOutcome firstOutcome = ingestion.close(first, BatchOutcome.Status.COMPLETED, null);

        AisBatch second = ingestion.open(AisSourceKind.REPLAY);
        second.accept(AisDecoding.Reports.of(position(244660001, T0.plusSeconds(1))));
        second.accept(AisDecoding.Reports.of(position(244660001, T0.plusSeconds(2))));
        BatchOutcome secondOutcome = ingestion.close(second, BatchOutcome.Status.COMPLETED, null);

        assertThat(firstOutcome.messagesReceived()).isEqualTo(6);
        assertThat(firstOutcome.positionsStored()).isEqualTo(5);
        assertThat(firstOutcome.duplicates()).isEqualTo(1);
        assertThat(secondOutcome.positionsStored()).isEqualTo(1);
        assertThat(secondOutcome.duplicates()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .isEqualTo(6);
    }

    @Test
    void countsEveryRejectionAndSkipByReasonAndStoresTheRest() {
        AisBatch batch = ingestion.open(AisSourceKind.NMEA_TCP);
        batch.accept(AisDecoding.Reports.of(position(244660000, T0)));
        batch.accept(AisDecoding.Reports.of(new PositionReport(244660001, T0, 91, 4, null, null, null, null, 1)));
        batch.accept(AisDecoding.Reports.of(new PositionReport(244660002, T0, 50, 181, null, null, null, null, 1)));
        batch.accept(AisDecoding.Reports.of(new PositionReport(1234567, T0, 50, 4, null, null, null, null, 1)));
        batch.accept(new AisDecoding.Rejected(RejectReason.BAD_CHECKSUM, "!AIVDM,..*00"));
        batch.accept(new AisDecoding.Rejected(RejectReason.BAD_CHECKSUM, "!AIVDM,..*01"));
        batch.accept(new AisDecoding.Skipped("type_4"));
        batch.accept(AisDecoding.Incomplete.INSTANCE);
        batch.accept(AisDecoding.Reports.of(staticReport(244660000, T0, "NORDIC", null, 70)));
        BatchOutcome outcome = ingestion.close(batch, BatchOutcome.Status.COMPLETED, null);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ingestion_log WHERE id = ?", batch.id());
        assertThat(row.get("status")).isEqualTo("completed");
        assertThat(row.get("source")).isEqualTo("nmea-tcp");
        assertThat(row.get("messages_received")).isEqualTo(8L);
        assertThat(row.get("positions_stored")).isEqualTo(1L);
        assertThat(row.get("statics_stored")).isEqualTo(1L);
        assertThat(row.get("rejected")).isEqualTo(5L);
        assertThat(row.get("rejected_reasons").toString())
                .isEqualTo("{\"bad_checksum\": 2, \"invalid_mmsi\": 1, \"latitude_not_available\": 1,"
                        + " \"longitude_not_available\": 1}");
        assertThat(row.get("skipped").toString()).isEqualTo("{\"type_4\": 1}");
        assertThat(outcome.messagesReceived())
                .isEqualTo(outcome.positionsStored()
                        + outcome.duplicates()
                        + outcome.staticsStored()
                        + outcome.rejectedTotal()
                        + outcome.skippedTotal());
    }

    @Test
    void mergesStaticDataFieldByFieldWithTheNewerReportWinning() {
        AisBatch live = ingestion.open(AisSourceKind.AISSTREAM);
        live.accept(AisDecoding.Reports.of(staticReport(244660000, T0, "NORDIC STAR", null, 70)));
        ingestion.close(live, BatchOutcome.Status.COMPLETED, null);
        AisBatch later = ingestion.open(AisSourceKind.AISSTREAM);
        later.accept(AisDecoding.Reports.of(staticReport(244660000, T0.plusSeconds(60), null, "PBXY", 80)));
        ingestion.close(later, BatchOutcome.Status.COMPLETED, null);

        // An older file replayed later only fills what the row lacks.
        AisBatch replay = ingestion.open(AisSourceKind.REPLAY);
        replay.accept(AisDecoding.Reports.of(new StaticReport(
                244660000,
                T0.minusSeconds(3600),
                "OLD NAME",
                "OLD",
                9123456,
                30,
                "BERGEN",
                null,
                null,
                null,
                null,
                null,
                null,
                5)));
        ingestion.close(replay, BatchOutcome.Status.COMPLETED, null);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ship_static WHERE mmsi = 244660000");
        assertThat(row.get("name")).isEqualTo("NORDIC STAR");
        assertThat(row.get("call_sign")).isEqualTo("PBXY");
        assertThat(row.get("ship_type")).isEqualTo(80);
        assertThat(row.get("imo")).isEqualTo(9123456);
        assertThat(row.get("destination")).isEqualTo("BERGEN");
        assertThat(((java.sql.Timestamp) row.get("updated_at")).toInstant()).isEqualTo(T0.plusSeconds(60));
        assertThat(((java.sql.Timestamp) row.get("first_seen_at")).toInstant()).isEqualTo(T0.minusSeconds(3600));
        assertThat(jdbc.queryForList(
                        "SELECT ship_type FROM ship_type_history WHERE mmsi = 244660000 ORDER BY valid_from",
                        Integer.class))
                .containsExactly(70, 80);
    }

    @Test
    void createsTheDailyPartitionForAReplayOfAnOldDay() {
        Instant longAgo = Instant.parse("2024-02-29T23:59:59Z");
        AisBatch batch = ingestion.open(AisSourceKind.REPLAY);
        batch.accept(AisDecoding.Reports.of(position(244660000, longAgo)));
        batch.accept(AisDecoding.Reports.of(position(244660000, longAgo.plusSeconds(2))));
        BatchOutcome outcome = ingestion.close(batch, BatchOutcome.Status.COMPLETED, null);

        assertThat(outcome.positionsStored()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT to_regclass('ship_position_20240229') IS NOT NULL", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position_20240301", Long.class))
                .isEqualTo(1);
    }

    @Test
    void completingABatchNotifiesTheAggregationChannelWithTheLogRowId() throws Exception {
        try (Connection listener = dataSource.getConnection();
                Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + PipelineChannels.AIS_BATCH_COMMITTED);
            AisBatch batch = ingestion.open(AisSourceKind.SIMULATOR);
            batch.accept(AisDecoding.Reports.of(position(244660000, T0)));
            ingestion.close(batch, BatchOutcome.Status.COMPLETED, null);

            PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(10_000);
            assertThat(notifications)
                    .extracting(PGNotification::getParameter)
                    .containsExactly(Long.toString(batch.id()));
            assertThat(jdbc.queryForObject("SELECT status FROM ingestion_log WHERE id = ?", String.class, batch.id()))
                    .isEqualTo("completed");
        }
    }

    private static PositionReport position(int mmsi, Instant time) {
        return new PositionReport(mmsi, time, 51.95, 4.05, 12.3, 270.0, 271, 0, 1);
    }

    private static StaticReport staticReport(int mmsi, Instant time, String name, String callSign, Integer type) {
        return new StaticReport(mmsi, time, name, callSign, null, type, null, null, null, null, null, null, null, 5);
    }
}
