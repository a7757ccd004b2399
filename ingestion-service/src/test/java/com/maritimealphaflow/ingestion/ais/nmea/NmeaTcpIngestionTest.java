package com.maritimealphaflow.ingestion.ais.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.nmea.FeedServer.Connection;
import com.maritimealphaflow.ingestion.support.ObservedSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real TCP source, reading from a local server that speaks like the Norwegian feed, through a whole batch. */
class NmeaTcpIngestionTest extends DatabaseTest {

    /** What the 16 lines of feed.nmea come to; see the comments in the file. */
    static final long RECEIVED = 14;

    static final long POSITIONS = 6;
    /** Type 5 and the two parts of type 24; the type 19 counts once, as a position. */
    static final long STATIC_MESSAGES = 3;
    /** Every decoding of the feed until its end, the two first fragments included (the lost one is rejected later). */
    static final int DECODINGS_BEFORE_STOP = 15;

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    AisIngestion ingestion;

    final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void emptyTables() {
        clearAisTables();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void storesAFeedAndCountsEveryMessageInTheIngestionLog() throws Exception {
        try (FeedServer server = new FeedServer(List.of(Connection.sends(TestFeeds.lines("feed.nmea"))))) {
            BatchOutcome outcome = runBatch(source(server), DECODINGS_BEFORE_STOP);

            assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
            assertThat(outcome.messagesReceived()).isEqualTo(RECEIVED);
            assertLogRow(RECEIVED, Map.of("bad_checksum", 1L, "incomplete_multipart", 2L, "malformed_sentence", 1L));
            assertStoredRows();
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void reconnectsWhenTheFeedDropsTheConnectionMidLineAndReceivesTheRest() throws Exception {
        List<String> feed = TestFeeds.lines("feed.nmea");
        // The first connection sends the six position messages and half a line, then drops.
        String firstPart = String.join("\r\n", feed.subList(0, 6)) + "\r\n!AIVDM,1,1,,A,403OviQu";
        List<String> rest = feed.subList(6, feed.size());
        List<Connection> script = List.of(Connection.sendsThenDrops(firstPart), Connection.sends(rest));
        try (FeedServer server = new FeedServer(script)) {
            BatchOutcome outcome = runBatch(source(server), DECODINGS_BEFORE_STOP + 1);

            assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
            assertThat(server.connections()).isEqualTo(2);
            // The cut-off line is counted as malformed; everything else arrives as without the drop.
            assertLogRow(
                    RECEIVED + 1, Map.of("bad_checksum", 1L, "incomplete_multipart", 2L, "malformed_sentence", 2L));
            assertStoredRows();
        }
    }

    private NmeaTcpSource source(FeedServer server) {
        return new NmeaTcpSource(TestFeeds.settings(server.port(), 1, Duration.ofSeconds(30)), Clock.systemUTC());
    }

    /** Runs a batch until the source has handed on {@code decodings} decodings, then stops it. */
    private BatchOutcome runBatch(AisSource source, int decodings) throws Exception {
        ObservedSource observed = new ObservedSource(source);
        StreamControl control = StreamControl.untilStopped();
        Future<BatchOutcome> batch = executor.submit(() -> ingestion.runBatch(observed, control));
        await().atMost(PATIENCE).until(() -> observed.decodings() >= decodings || batch.isDone());
        control.requestStop();
        await().atMost(PATIENCE).until(batch::isDone);
        return batch.get();
    }

    private void assertLogRow(long received, Map<String, Long> rejected) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ingestion_log WHERE source = 'nmea-tcp'");
        assertThat(row)
                .containsEntry("source", "nmea-tcp")
                .containsEntry("status", "completed")
                .containsEntry("messages_received", received)
                .containsEntry("positions_stored", POSITIONS)
                .containsEntry("duplicates", 0L)
                .containsEntry("statics_stored", STATIC_MESSAGES)
                .containsEntry(
                        "rejected",
                        rejected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(row.get("error")).isNull();
        assertThat(counts("rejected_reasons", (Long) row.get("id"))).isEqualTo(rejected);
        assertThat(counts("skipped", (Long) row.get("id"))).isEqualTo(Map.of("type_4", 1L));
    }

    private Map<String, Long> counts(String column, long id) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(
                "SELECT key, value::bigint AS n FROM ingestion_log, jsonb_each_text(" + column + ") WHERE id = ?",
                rs -> {
                    counts.put(rs.getString("key"), rs.getLong("n"));
                },
                id);
        return counts;
    }

    private void assertStoredRows() {
        List<Integer> mmsis = jdbc.queryForList(
                "SELECT mmsi FROM ship_position WHERE source = 'nmea-tcp' ORDER BY mmsi", Integer.class);
        assertThat(mmsis).containsExactly(338087471, 356302000, 367059850, 371798000, 440348000, 563808000);
        assertThat(positionAt(371798000, Instant.parse("2022-12-21T10:55:43Z")))
                .as("tag block time and position of the first type 1")
                .containsEntry("message_type", 1)
                .containsEntry("heading", 215);
        assertThat((Double) positionAt(371798000, Instant.parse("2022-12-21T10:55:43Z"))
                        .get("latitude"))
                .isCloseTo(48.38163333, NmeaDecoderTest.DEGREES);
        assertThat(positionAt(440348000, Instant.parse("2022-12-21T10:55:44Z"))).isNotEmpty();

        List<Map<String, Object>> statics =
                jdbc.queryForList("SELECT * FROM ship_static WHERE source = 'nmea-tcp' ORDER BY mmsi");
        assertThat(statics).extracting(r -> r.get("mmsi")).containsExactly(271041815, 351759000, 367059850);
        // Type 24 parts A and B merged into one row.
        assertThat(statics.get(0))
                .containsEntry("name", "PROGUY")
                .containsEntry("call_sign", "TC6163")
                .containsEntry("ship_type", 60)
                .containsEntry("to_stern", 15)
                .containsEntry("to_starboard", 5)
                .containsEntry("source", "nmea-tcp");
        assertThat(statics.get(1))
                .containsEntry("name", "EVER DIADEM")
                .containsEntry("call_sign", "3FOF8")
                .containsEntry("imo", 9134270)
                .containsEntry("ship_type", 70)
                .containsEntry("destination", "NEW YORK")
                .containsEntry("to_bow", 225)
                .containsEntry("to_stern", 70)
                .containsEntry("to_port", 1)
                .containsEntry("to_starboard", 31)
                .containsEntry("draught", 12.2f)
                .containsEntry("eta", Timestamp.from(Instant.parse("2023-05-15T14:00:00Z")))
                .containsEntry("updated_at", Timestamp.from(Instant.parse("2022-12-21T10:55:50Z")));
        assertThat(statics.get(2)).containsEntry("name", "CAPT.J.RIMES").containsEntry("ship_type", 70);
    }

    private Map<String, Object> positionAt(int mmsi, Instant time) {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
                "SELECT * FROM ship_position WHERE mmsi = ? AND report_time = ?", mmsi, Timestamp.from(time)));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
