package com.maritimealphaflow.ingestion.bench;

import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.IngestionApplication;
import com.maritimealphaflow.ingestion.ais.jobs.ContinuousIngestion;
import com.maritimealphaflow.ingestion.ais.simulator.SimulatedFeedFile;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages per second from a replay file into PostgreSQL, end to end through the production path (file → decoder →
 * validation → batch → COPY + upsert → ingestion_log), and, on the same machine in the same run, the rate of a plain
 * {@code COPY} of the rows that run stored. Run with {@code scripts/bench-ingestion.sh [messages]}.
 */
public final class ReplayBenchmark {

    private static final String POSITION_COLUMNS =
            "mmsi, report_time, latitude, longitude, speed, course, heading, nav_status, message_type, source";

    public static void main(String[] args) throws Exception {
        long messages = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        double malformed = 0.01;
        Path file = Path.of("target", "bench", "replay-" + messages + ".jsonl");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            long t = System.nanoTime();
            SimulatedFeedFile.write(file, messages, Instant.parse("2026-10-01T00:00:00Z"), malformed, 7L);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - t) / 1e9);
        }

        TestDatabase database = TestDatabase.create();
        Result endToEnd = replay(database, file);
        // The same file again: every position is a duplicate, so this measures the staged, deduplicating path and
        // shows that a replay run twice stores nothing twice.
        Result again = replay(database, file).minus(endToEnd);
        CopyRate copy = plainCopy(database);

        long stored = endToEnd.positions + endToEnd.statics;
        System.out.println();
        System.out.printf(Locale.ROOT, "file: %s (%,d lines, %.0f%% malformed)%n", file, messages, malformed * 100);
        System.out.printf(
                Locale.ROOT,
                "replay end to end: %,d messages in %.2f s = %,.0f messages/s "
                        + "(%,d positions, %,d duplicates, %,d static reports, %,d rejected)%n",
                endToEnd.received,
                endToEnd.seconds,
                endToEnd.received / endToEnd.seconds,
                endToEnd.positions,
                endToEnd.duplicates,
                endToEnd.statics,
                endToEnd.rejected);
        System.out.printf(
                Locale.ROOT,
                "same file again: %,d messages in %.2f s = %,.0f messages/s (%,d new positions, %,d duplicates)%n",
                again.received,
                again.seconds,
                again.received / again.seconds,
                again.positions,
                again.duplicates);
        System.out.printf(
                Locale.ROOT,
                "plain COPY of the stored positions: %,d rows in %.2f s = %,.0f rows/s%n",
                copy.rows,
                copy.seconds,
                copy.rows / copy.seconds);
        System.out.printf(
                Locale.ROOT,
                "ratio: replay rate / COPY rate = %.2f%n",
                (endToEnd.received / endToEnd.seconds) / (copy.rows / copy.seconds));
        System.out.printf(Locale.ROOT, "(stored rows per second end to end: %,.0f)%n", stored / endToEnd.seconds);
        System.exit(0);
    }

    private record Result(long received, long positions, long duplicates, long statics, long rejected, double seconds) {
        /** This run's share of totals summed over the whole log, given the earlier runs' totals. */
        Result minus(Result earlier) {
            return new Result(
                    received - earlier.received,
                    positions - earlier.positions,
                    duplicates - earlier.duplicates,
                    statics - earlier.statics,
                    rejected - earlier.rejected,
                    seconds);
        }
    }

    private record CopyRate(long rows, double seconds) {}

    /** Plays the file through the service; totals are over the whole log, the time is this run's. */
    private static Result replay(TestDatabase database, Path file) throws Exception {
        Timestamp runStart = Timestamp.from(Instant.now());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestionApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        // arguments, not default properties: they must win over application.yml's placeholders
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.quartz.auto-startup=false",
                        "--alphaflow.ingestion.ais.source=replay",
                        "--alphaflow.ingestion.ais.replay.file=" + file.toAbsolutePath(),
                        "--alphaflow.ingestion.ais.batch-interval=PT1H",
                        "--logging.level.com.maritimealphaflow.ingestion.ais.AisBatch=ERROR");
        try {
            ContinuousIngestion runner = context.getBean(ContinuousIngestion.class);
            await().atMost(Duration.ofHours(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !runner.isRunning());
        } finally {
            context.close();
        }
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("SELECT sum(messages_received), sum(positions_stored),"
                        + " sum(duplicates), sum(statics_stored), sum(rejected),"
                        + " (SELECT extract(epoch FROM max(ended_at) - min(started_at)) FROM ingestion_log"
                        + "  WHERE started_at >= ?) FROM ingestion_log")) {
            s.setTimestamp(1, runStart);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Result(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6));
            }
        }
    }

    /** The same position rows, exported and copied back into the emptied table: the database's own ceiling. */
    private static CopyRate plainCopy(TestDatabase database) throws Exception {
        try (Connection c = database.connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 24);
            long exported = copy.copyOut("COPY (SELECT " + POSITION_COLUMNS + " FROM ship_position) TO STDOUT", rows);
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE ship_position");
                s.execute("CHECKPOINT");
            }
            long t = System.nanoTime();
            long copied = copy.copyIn(
                    "COPY ship_position (" + POSITION_COLUMNS + ") FROM STDIN",
                    new ByteArrayInputStream(rows.toByteArray()));
            double seconds = (System.nanoTime() - t) / 1e9;
            if (copied != exported) {
                throw new IllegalStateException("copied " + copied + " of " + exported + " rows");
            }
            return new CopyRate(copied, Math.max(seconds, Duration.ofMillis(1).toMillis() / 1000.0));
        }
    }
}
