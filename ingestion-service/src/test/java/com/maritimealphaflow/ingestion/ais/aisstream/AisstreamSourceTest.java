package com.maritimealphaflow.ingestion.ais.aisstream;

import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.baseStationReport;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.classBPosition;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.extendedClassB;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.positionReport;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.shipStaticData;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.staticDataPartA;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamJson.staticDataPartB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.aisstream.FakeAisstreamServer.Session;
import com.maritimealphaflow.ingestion.support.ObservedSource;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production client against a loopback server that behaves like aisstream.io, through a whole batch into
 * PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class AisstreamSourceTest extends DatabaseTest {

    private static final List<String> MESSAGE_TYPES = List.of(
            "PositionReport",
            "StandardClassBPositionReport",
            "ExtendedClassBPositionReport",
            "ShipStaticData",
            "StaticDataReport");

    @Autowired
    AisIngestion ingestion;

    @Autowired
    Clock clock;

    private final ExecutorService batchThread = Executors.newSingleThreadExecutor();
    private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
    private FakeAisstreamServer server;

    @BeforeEach
    void startServer() throws InterruptedException {
        clearAisTables();
        server = FakeAisstreamServer.launch();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        batchThread.shutdownNow();
        server.close();
    }

    @Test
    void storesEveryKindOfMessageOfABatchAndClosesCleanlyWhenStopped() {
        Instant eta = base.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        server.then(Session.stream(
                positionReport(265547250, base.plusMillis(267), 57.694321, 11.84652, 11.8, 211.4, 209, 0),
                classBPosition(244730193, base.plusMillis(1500), 51.95583, 4.04817, 6.1, 97.3),
                extendedClassB(227160780, base.plusSeconds(2), 43.29671, 5.36327, "MISTRAL@@@@@@", 37, 12, 6, 3, 2),
                shipStaticData(
                        248123456,
                        base.plusNanos(3_000_815_000L),
                        "NORDIC MARLIN@@@@@@@",
                        "9HA5012",
                        9811000,
                        80,
                        "ROTTERDAM@@@@@@@@@@@",
                        eta,
                        246,
                        54,
                        23,
                        25,
                        14.2),
                staticDataPartA(235104567, base.plusSeconds(4), "SEA SPRITE@@@@@@@@@@"),
                staticDataPartB(235104567, base.plusSeconds(5), 36, "MBXZ7@@", 8, 4, 2, 2),
                positionReport(219004512, base.plusSeconds(6), 91, 181, 102.3, 360, 511, 15),
                baseStationReport(2111240, base.plusSeconds(7)),
                "{\"MessageType\": \"PositionReport\", \"Message\": {"));
        ObservedSource source = new ObservedSource(source(settings(FakeAisstreamServer.VALID_KEY)));
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<BatchOutcome> batch = start(source, control);
        await().until(() -> source.decodings() == 9);
        control.requestStop();
        BatchOutcome outcome = batch.join();

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ingestion_log");
        assertThat(row)
                .containsEntry("source", "aisstream")
                .containsEntry("status", "completed")
                .containsEntry("messages_received", 9L)
                .containsEntry("positions_stored", 3L)
                .containsEntry("statics_stored", 3L)
                .containsEntry("duplicates", 0L)
                .containsEntry("rejected", 2L)
                .containsEntry("error", null);
        assertThat(json(row.get("rejected_reasons")))
                .isEqualTo(json("{\"latitude_not_available\":1,\"unparsable_json\":1}"));
        assertThat(json(row.get("skipped"))).isEqualTo(json("{\"BaseStationReport\":1}"));
        assertThat(positions())
                .containsExactly(
                        new PositionRow(227160780, base.plusSeconds(2), 43.29671, 5.36327, 0.2, 45.0, 44, null, 19),
                        new PositionRow(244730193, base.plusMillis(1500), 51.95583, 4.04817, 6.1, 97.3, null, null, 18),
                        new PositionRow(265547250, base.plusMillis(267), 57.694321, 11.84652, 11.8, 211.4, 209, 0, 1));
        assertThat(statics())
                .containsExactly(
                        new StaticRow(
                                227160780,
                                "MISTRAL",
                                null,
                                null,
                                37,
                                null,
                                null,
                                12,
                                6,
                                3,
                                2,
                                null,
                                base.plusSeconds(2)),
                        new StaticRow(
                                235104567,
                                "SEA SPRITE",
                                "MBXZ7",
                                null,
                                36,
                                null,
                                null,
                                8,
                                4,
                                2,
                                2,
                                null,
                                base.plusSeconds(5)),
                        new StaticRow(
                                248123456,
                                "NORDIC MARLIN",
                                "9HA5012",
                                9811000,
                                80,
                                "ROTTERDAM",
                                eta,
                                246,
                                54,
                                23,
                                25,
                                14.2,
                                base.plusNanos(3_000_815_000L)));
        assertThat(server.handshakes()).isEqualTo(1);
        assertThat(server.compressed()).isEqualTo(1);
        assertThat(json(server.subscriptions().get(0)))
                .isEqualTo(json("{\"APIKey\":\"" + FakeAisstreamServer.VALID_KEY
                        + "\",\"BoundingBoxes\":[[[40.0,-10.0],[70.0,30.0]]],\"FilterMessageTypes\":"
                        + JsonMapper.shared().writeValueAsString(MESSAGE_TYPES) + "}"));
        await().until(() -> server.closes().contains(1000));
    }

    @Test
    void failsTheBatchWithTheServersErrorAndDoesNotRetryWhenTheKeyIsRefused(CapturedOutput output) {
        String wrongKey = "wrong-key-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b";
        server.then(Session.stream(positionReport(265547250, base, 57.69, 11.84, 11.8, 211.4, 209, 0)));

        BatchOutcome outcome = ingestion.runBatch(
                source(settings(wrongKey)), StreamControl.forDuration(Duration.ofSeconds(30), clock));

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.FAILED);
        Map<String, Object> row = jdbc.queryForMap("SELECT status, error, messages_received FROM ingestion_log");
        assertThat(row).containsEntry("status", "failed").containsEntry("messages_received", 0L);
        assertThat((String) row.get("error")).contains("Api Key Is Not Valid").doesNotContain(wrongKey);
        assertThat(server.handshakes()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(wrongKey).contains("\"APIKey\":\"****\"");
    }

    @Test
    void reconnectsAfterADroppedConnectionAndStoresWhatBothConnectionsSent() {
        server.then(Session.stream(
                        positionReport(265547250, base, 57.60, 11.80, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(10), 57.61, 11.81, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(20), 57.62, 11.82, 11.8, 211.4, 209, 0)))
                .then(Session.stream(
                        positionReport(265547250, base.plusSeconds(30), 57.63, 11.83, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(40), 57.64, 11.84, 11.8, 211.4, 209, 0)));
        ObservedSource source = new ObservedSource(source(settings(FakeAisstreamServer.VALID_KEY)));
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<BatchOutcome> batch = start(source, control);
        await().until(() -> source.decodings() == 3);
        server.dropConnections();
        await().until(() -> source.decodings() == 5);
        control.requestStop();
        BatchOutcome outcome = batch.join();

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        assertThat(outcome.positionsStored()).isEqualTo(5);
        assertThat(positions())
                .extracting(PositionRow::time)
                .containsExactly(
                        base, base.plusSeconds(10), base.plusSeconds(20), base.plusSeconds(30), base.plusSeconds(40));
        assertThat(server.handshakes()).isEqualTo(2);
    }

    @Test
    void dropsAConnectionThatGoesSilentAndReconnects() {
        server.then(Session.stream(
                        positionReport(265547250, base, 57.60, 11.80, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(10), 57.61, 11.81, 11.8, 211.4, 209, 0)))
                .then(Session.stream(
                        positionReport(265547250, base.plusSeconds(20), 57.62, 11.82, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(30), 57.63, 11.83, 11.8, 211.4, 209, 0)));
        AisProperties.Aisstream settings =
                settings(FakeAisstreamServer.VALID_KEY, Duration.ofSeconds(1), Duration.ofMillis(100));
        ObservedSource source = new ObservedSource(source(settings));
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<BatchOutcome> batch = start(source, control);
        await().until(() -> source.decodings() == 4);
        control.requestStop();
        BatchOutcome outcome = batch.join();

        assertThat(outcome.positionsStored()).isEqualTo(4);
        assertThat(server.handshakes()).isGreaterThanOrEqualTo(2);
        // The silent connection answered every ping, yet the watchdog dropped it: pongs are not messages.
        assertThat(server.pings()).isPositive();
        // The server never closes in this test: the first connection ended because the client dropped it.
        assertThat(server.closes().get(0)).isEqualTo(1006);
    }

    @Test
    void waitsAndRetriesWhenTheHandshakeIsRefusedWith429(CapturedOutput output) {
        server.then(Session.refuse(429))
                .then(Session.stream(
                        positionReport(265547250, base, 57.60, 11.80, 11.8, 211.4, 209, 0),
                        positionReport(265547250, base.plusSeconds(10), 57.61, 11.81, 11.8, 211.4, 209, 0)));
        ObservedSource source = new ObservedSource(source(settings(FakeAisstreamServer.VALID_KEY)));
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<BatchOutcome> batch = start(source, control);
        await().until(() -> source.decodings() == 2);
        control.requestStop();
        BatchOutcome outcome = batch.join();

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        assertThat(outcome.positionsStored()).isEqualTo(2);
        assertThat(server.handshakes()).isEqualTo(2);
        assertThat(server.refused()).isEqualTo(1);
        assertThat(output.getAll()).contains("refused with HTTP 429");
    }

    private CompletableFuture<BatchOutcome> start(AisSource source, StreamControl control) {
        return CompletableFuture.supplyAsync(() -> ingestion.runBatch(source, control), batchThread);
    }

    private AisstreamSource source(AisProperties.Aisstream settings) {
        return new AisstreamSource(settings, new AisstreamMessageDecoder(), clock);
    }

    private AisProperties.Aisstream settings(String apiKey) {
        return settings(apiKey, Duration.ofSeconds(20), Duration.ofMillis(200));
    }

    private AisProperties.Aisstream settings(String apiKey, Duration stallTimeout, Duration pingInterval) {
        return new AisProperties.Aisstream(
                apiKey,
                server.uri(),
                "[[[40,-10],[70,30]]]",
                MESSAGE_TYPES,
                List.of(),
                Duration.ofSeconds(5),
                stallTimeout,
                pingInterval,
                new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    private List<PositionRow> positions() {
        return jdbc.query(
                "SELECT mmsi, report_time, latitude, longitude, speed::numeric::float8 AS speed,"
                        + " course::numeric::float8 AS course, heading, nav_status, message_type, source"
                        + " FROM ship_position ORDER BY mmsi, report_time",
                (rs, i) -> {
                    assertThat(rs.getString("source")).isEqualTo("aisstream");
                    return new PositionRow(
                            rs.getInt("mmsi"),
                            instant(rs, "report_time"),
                            rs.getDouble("latitude"),
                            rs.getDouble("longitude"),
                            rs.getObject("speed", Double.class),
                            rs.getObject("course", Double.class),
                            rs.getObject("heading", Integer.class),
                            rs.getObject("nav_status", Integer.class),
                            rs.getInt("message_type"));
                });
    }

    private List<StaticRow> statics() {
        return jdbc.query(
                "SELECT mmsi, name, call_sign, imo, ship_type, destination, eta, to_bow, to_stern, to_port,"
                        + " to_starboard, draught::numeric::float8 AS draught, updated_at FROM ship_static"
                        + " ORDER BY mmsi",
                (rs, i) -> new StaticRow(
                        rs.getInt("mmsi"),
                        rs.getString("name"),
                        rs.getString("call_sign"),
                        rs.getObject("imo", Integer.class),
                        rs.getObject("ship_type", Integer.class),
                        rs.getString("destination"),
                        instant(rs, "eta"),
                        rs.getObject("to_bow", Integer.class),
                        rs.getObject("to_stern", Integer.class),
                        rs.getObject("to_port", Integer.class),
                        rs.getObject("to_starboard", Integer.class),
                        rs.getObject("draught", Double.class),
                        instant(rs, "updated_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object json(Object text) {
        return JsonMapper.shared().readTree(text.toString());
    }

    record PositionRow(
            int mmsi,
            Instant time,
            double latitude,
            double longitude,
            Double speed,
            Double course,
            Integer heading,
            Integer navStatus,
            int messageType) {}

    record StaticRow(
            int mmsi,
            String name,
            String callSign,
            Integer imo,
            Integer shipType,
            String destination,
            Instant eta,
            Integer toBow,
            Integer toStern,
            Integer toPort,
            Integer toStarboard,
            Double draught,
            Instant updatedAt) {}
}
