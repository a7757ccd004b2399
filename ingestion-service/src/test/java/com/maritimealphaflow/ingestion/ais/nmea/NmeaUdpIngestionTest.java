package com.maritimealphaflow.ingestion.ais.nmea;

import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_1;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_18;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_24_A;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_24_B;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_4;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_5_PART_1;
import static com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoderTest.TYPE_5_PART_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.support.ObservedSource;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

/** The real UDP source, fed datagrams of several lines each on a free port, through a whole batch. */
class NmeaUdpIngestionTest extends DatabaseTest {

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
    void storesDatagramsOfSeveralLinesEachAndCountsThemInTheIngestionLog() throws Exception {
        int port = freeUdpPort();
        NmeaUdpSource udp = new NmeaUdpSource(TestFeeds.settings(1, port, Duration.ofSeconds(30)), Clock.systemUTC());
        ObservedSource source = new ObservedSource(udp);
        StreamControl control = StreamControl.untilStopped();
        Future<BatchOutcome> batch = executor.submit(() -> ingestion.runBatch(source, control));
        await().atMost(PATIENCE).until(() -> bound(port));

        send(port, TYPE_1 + "\r\n" + TYPE_18 + "\r\n");
        send(port, TYPE_5_PART_1 + "\r\n");
        send(port, TYPE_5_PART_2 + "\r\n" + TYPE_24_A + "\n" + TYPE_24_B); // the last line without a line end
        send(port, TYPE_4 + "\r\n" + TYPE_1.replace("*4A", "*4B") + "\r\n");
        // 7 messages and the first fragment of the type 5
        await().atMost(PATIENCE).until(() -> source.decodings() >= 8 || batch.isDone());
        control.requestStop();
        await().atMost(PATIENCE).until(batch::isDone);

        BatchOutcome outcome = batch.get();
        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ingestion_log WHERE source = 'nmea-udp'");
        assertThat(row)
                .containsEntry("source", "nmea-udp")
                .containsEntry("status", "completed")
                .containsEntry("messages_received", 7L)
                .containsEntry("positions_stored", 2L)
                .containsEntry("statics_stored", 3L)
                .containsEntry("rejected", 1L);
        assertThat(counts("rejected_reasons", (Long) row.get("id"))).isEqualTo(Map.of("bad_checksum", 1L));
        assertThat(counts("skipped", (Long) row.get("id"))).isEqualTo(Map.of("type_4", 1L));
        assertThat(jdbc.queryForList(
                        "SELECT mmsi FROM ship_position WHERE source = 'nmea-udp' ORDER BY mmsi", Integer.class))
                .containsExactly(338087471, 371798000);
        List<Map<String, Object>> statics =
                jdbc.queryForList("SELECT * FROM ship_static WHERE source = 'nmea-udp' ORDER BY mmsi");
        assertThat(statics).extracting(r -> r.get("mmsi")).containsExactly(271041815, 351759000);
        assertThat(statics.get(0))
                .containsEntry("name", "PROGUY")
                .containsEntry("call_sign", "TC6163")
                .containsEntry("ship_type", 60);
        assertThat(statics.get(1)).containsEntry("name", "EVER DIADEM").containsEntry("imo", 9134270);
    }

    private static int freeUdpPort() throws SocketException {
        try (DatagramSocket probe = new DatagramSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** True once someone (the source) holds the port. */
    private static boolean bound(int port) {
        try (DatagramSocket probe = new DatagramSocket(port)) {
            return false;
        } catch (SocketException inUse) {
            return true;
        }
    }

    private static void send(int port, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        try (DatagramSocket sender = new DatagramSocket()) {
            sender.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
        }
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
}
