package com.maritimealphaflow.ingestion.ais.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamMessageDecoder;
import com.maritimealphaflow.ingestion.ais.simulator.SimulatedFeedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class ReplaySourceTest extends DatabaseTest {

    /** 200 simulated JSON lines, 10 of them malformed; 14 NMEA messages from a real feed, 4 of them broken. */
    private static final int JSON_LINES = 200;

    private static final int JSON_MALFORMED = 10;

    private static final int NMEA_MESSAGES = 14;

    private static final int NMEA_REJECTED = 4;

    @Autowired
    AisIngestion ingestion;

    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        clearAisTables();
    }

    @Test
    void playsAFileOfJsonLinesAndNmeaSentencesOnceAndStoresNothingTwiceWhenPlayedAgain() throws IOException {
        Path file = mixedFile(dir.resolve("mixed.txt"));

        BatchOutcome first = ingestion.runBatch(replay(file, 0), StreamControl.untilStopped());
        BatchOutcome again = ingestion.runBatch(replay(file, 0), StreamControl.untilStopped());

        assertThat(first.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        assertThat(first.messagesReceived()).isEqualTo(JSON_LINES + NMEA_MESSAGES);
        assertThat(first.rejectedTotal()).isEqualTo(JSON_MALFORMED + NMEA_REJECTED);
        assertThat(first.positionsStored()).isPositive();
        assertThat(first.staticsStored()).isPositive();
        assertThat(first.messagesReceived())
                .isEqualTo(first.positionsStored()
                        + first.duplicates()
                        + first.staticsStored()
                        + first.rejectedTotal()
                        + first.skippedTotal());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .isEqualTo(first.positionsStored());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position WHERE source = 'replay'", Long.class))
                .isEqualTo(first.positionsStored());

        assertThat(again.positionsStored()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.positionsStored());
        assertThat(again.rejected()).isEqualTo(first.rejected());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .isEqualTo(first.positionsStored());
    }

    @Test
    void readsGzipCompressedFiles() throws IOException {
        Path plain = mixedFile(dir.resolve("mixed.txt"));
        Path gzipped = dir.resolve("mixed.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(plain, out);
        }

        BatchOutcome outcome = ingestion.runBatch(replay(gzipped, 0), StreamControl.untilStopped());

        assertThat(outcome.messagesReceived()).isEqualTo(JSON_LINES + NMEA_MESSAGES);
    }

    @Test
    void aMissingFileFailsTheBatchWithItsPath() {
        Path missing = dir.resolve("nowhere.jsonl");

        BatchOutcome outcome = ingestion.runBatch(replay(missing, 0), StreamControl.untilStopped());

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.FAILED);
        assertThat(outcome.error()).contains("replay file not found").contains("nowhere.jsonl");
        assertThat(jdbc.queryForObject("SELECT status FROM ingestion_log", String.class))
                .isEqualTo("failed");
    }

    @Test
    void aPacedReplayKeepsTheGapsOfItsReportTimesAndStopsWhenAskedWhileWaiting() throws Exception {
        // Report times an hour apart, played at real pace: the second line is due in an hour.
        Path file = dir.resolve("slow.jsonl");
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<String> lines = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SimulatedFeedFile.write(out, 1, start, 0, 3);
            SimulatedFeedFile.write(out, 1, start.plusSeconds(3600), 0, 3);
        }
        lines.addAll(Files.readAllLines(file));
        assertThat(lines).hasSize(2);
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<BatchOutcome> batch =
                CompletableFuture.supplyAsync(() -> ingestion.runBatch(replay(file, 1), control));
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM ingestion_log", Long.class) == 1);
        assertThat(batch).isNotDone();
        control.requestStop();

        BatchOutcome outcome = batch.join();
        assertThat(outcome.messagesReceived()).isEqualTo(1);
        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
    }

    private static ReplaySource replay(Path file, double speed) {
        return new ReplaySource(
                new AisProperties.Replay(file, speed), new AisstreamMessageDecoder(), Clock.systemUTC());
    }

    /**
     * Simulated aisstream JSON lines followed by the NMEA test feed (whose comment lines are left out). Sentences of the
     * feed without a tag block get a leading time stamp, as logged files have: a sentence with no time at all would
     * take the time it is replayed, and a second replay would store it again.
     */
    private static Path mixedFile(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SimulatedFeedFile.Written written =
                    SimulatedFeedFile.write(out, JSON_LINES, Instant.parse("2026-11-01T00:00:00Z"), 0.05, 11);
            assertThat(written.malformed()).isEqualTo(JSON_MALFORMED);
            for (String line : nmeaFeed()) {
                out.write(line.startsWith("!") ? "2022-12-21T11:00:00Z " + line : line);
                out.write('\n');
            }
        }
        return file;
    }

    private static List<String> nmeaFeed() throws IOException {
        try (var in = ReplaySourceTest.class.getResourceAsStream("/nmea/feed.nmea")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        }
    }
}
