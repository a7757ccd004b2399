package com.maritimealphaflow.ingestion.ais.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.support.TcpProxy;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.service.retry.RetrySettings;
import com.maritimealphaflow.testsupport.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database goes away under a running writer (a proxy between them is cut): chunks wait and are retried, a
 * bounded buffer drops and counts what does not fit, and a chunk that cannot be written in time is counted as lost.
 */
class AisStoreRetryTest {

    private static TestDatabase database;

    private TcpProxy proxy;
    private AisStore store;
    private long batchId;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .load()
                .migrate();
    }

    @BeforeEach
    void connectThroughAProxy() throws Exception {
        URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE ship_position, ingestion_log");
            try (ResultSet rs = s.executeQuery("INSERT INTO ingestion_log (source, kind, started_at, status)"
                    + " VALUES ('simulator', 'ais-batch', now(), 'running') RETURNING id")) {
                rs.next();
                batchId = rs.getLong(1);
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        store.drain();
        proxy.close();
    }

    @Test
    void holdsAChunkWhileTheDatabaseIsUnreachableAndWritesItAndItsBatchCountsOnceWhenItReturns() throws Exception {
        store = storeThroughProxy(1000, Duration.ofMinutes(5));
        proxy.cut();

        CompletableFuture<ChunkResult> write = store.submit(chunk(0, 50));

        await().atMost(Duration.ofSeconds(30)).until(() -> store.buffered() == 50);
        assertThat(write).isNotDone();
        proxy.restore();

        ChunkResult result = write.get();
        assertThat(result.positionsStored()).isEqualTo(50);
        assertThat(result.lost()).isZero();
        assertThat(countPositions()).isEqualTo(50);
        assertThat(batchCounts()).as("messages received, positions stored").isEqualTo("50,50");
    }

    @Test
    void dropsAndCountsChunksThatDoNotFitTheBufferWhileTheDatabaseIsAway() throws Exception {
        store = storeThroughProxy(60, Duration.ofMinutes(5));
        proxy.cut();

        CompletableFuture<ChunkResult> held = store.submit(chunk(0, 50));
        ChunkResult dropped = store.submit(chunk(50, 20)).get();

        assertThat(dropped.lost()).isEqualTo(20);
        assertThat(dropped.lostReason()).isEqualTo(RejectReason.BUFFER_FULL);
        proxy.restore();
        assertThat(held.get().positionsStored()).isEqualTo(50);
        assertThat(countPositions()).isEqualTo(50);
    }

    @Test
    void countsAChunkAsLostWhenTheDatabaseStaysAwayPastTheGiveUpTime() throws Exception {
        store = storeThroughProxy(1000, Duration.ofMillis(500));
        proxy.cut();

        ChunkResult result = store.submit(chunk(0, 10)).get();

        assertThat(result.lost()).isEqualTo(10);
        assertThat(result.lostReason()).isEqualTo(RejectReason.WRITE_FAILED);
        proxy.restore();
        assertThat(countPositions()).isZero();
        assertThat(batchCounts())
                .as("nothing committed, nothing counted: the batch's end counts the loss")
                .isEqualTo("0,0");
    }

    private AisStore storeThroughProxy(int maxBuffered, Duration giveUpAfter) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        dataSource.setConnectTimeout(2);
        dataSource.setSocketTimeout(10);
        AisProperties.Store settings = new AisProperties.Store(
                1000,
                maxBuffered,
                new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200)),
                giveUpAfter,
                7,
                Duration.ofHours(1));
        return new AisStore(
                new AisChunkWriter(dataSource, new PositionPartitions(dataSource)),
                settings,
                new SimpleMeterRegistry());
    }

    private AisChunk chunk(int firstVessel, int count) {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<PositionReport> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add(new PositionReport(244000000 + firstVessel + i, t, 52.0, 4.0, 1.0, 2.0, 3, 0, 1));
        }
        BatchCounts counts = BatchCounts.unstored(count, Map.of(), Map.of(), t, t);
        return new AisChunk(AisSourceKind.SIMULATOR, positions, List.of(), 0, batchId, counts);
    }

    private String batchCounts() throws Exception {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT messages_received, positions_stored FROM ingestion_log WHERE id = " + batchId)) {
            rs.next();
            return rs.getLong(1) + "," + rs.getLong(2);
        }
    }

    private static long countPositions() throws Exception {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM ship_position")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
