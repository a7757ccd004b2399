package com.maritimealphaflow.ingestion.ais.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.IngestionApplication;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.testsupport.ServiceProcess;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import whose ingestion service is killed by {@code SIGKILL} in the middle of a file, as the OOM killer or a power
 * cut would: a second instance takes the job over once its lease runs out, resumes the file after its last committed
 * row, and the day ends up stored exactly once, with the dead attempt's {@code ingestion_log} row closed by the reaper.
 */
class ImportCrashTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String TOKEN = "crash-test-admin-token-0123456789";
    private static final LocalDate DAY = LocalDate.parse("2022-06-01");
    private static final int VESSELS = 2_000;
    private static final long ROWS = 600_000;

    @TempDir
    Path archive;

    @Test
    void aKilledImportIsTakenOverAndResumedAndStoresTheDayExactlyOnce() throws Exception {
        writeDay();
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        long id;
        try (ServiceProcess crashing =
                instance("ingestion-import-crashing", database).start()) {
            crashing.awaitHealthy(START);
            id = importAndAwaitACheckpoint(crashing, jdbc);

            crashing.kill();

            crashing.verify(() -> {
                Map<String, Object> file = jdbc.queryForMap(
                        "SELECT f.status, f.rows_committed, j.status AS job FROM ais_import_file f"
                                + " JOIN ais_import j ON j.id = f.import_id WHERE f.import_id = ?",
                        id);
                assertThat(file)
                        .as("killed in the middle of the file")
                        .containsEntry("status", "running")
                        .containsEntry("job", "running");
                assertThat((Long) file.get("rows_committed")).isLessThan(ROWS);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                        .as("at least what was committed is stored")
                        .isGreaterThanOrEqualTo((Long) file.get("rows_committed"));
            });
        }

        try (ServiceProcess takingOver =
                instance("ingestion-import-taking-over", database).start()) {
            takingOver.awaitHealthy(START);
            ServiceHttp http = new ServiceHttp(takingOver.port(), TOKEN);
            takingOver.verify(() -> await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> http.get("/api/ais/imports/" + id)
                            .json()
                            .get("status")
                            .asString()
                            .equals("completed")));
            takingOver.verify(() -> await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM ingestion_log WHERE ais_import_id = ? AND status = 'running'",
                                    Long.class,
                                    id)
                            == 0));

            takingOver.verify(() -> {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                        .as("every row of the day stored, once")
                        .isEqualTo(ROWS);
                List<Map<String, Object>> attempts = jdbc.queryForList(
                        "SELECT status, positions_stored FROM ingestion_log WHERE ais_import_id = ? ORDER BY id", id);
                assertThat(attempts).extracting(a -> a.get("status")).containsExactly("abandoned", "completed");
                assertThat(attempts.stream()
                                .mapToLong(a -> (Long) a.get("positions_stored"))
                                .sum())
                        .as("the attempts' stored positions add up to the day")
                        .isEqualTo(ROWS);
                assertThat(http.get("/api/ais/imports/" + id)
                                .json()
                                .get("files")
                                .get(0)
                                .get("attempts")
                                .asInt())
                        .isEqualTo(2);
            });
        }
    }

    @Test
    void aStoppedImportIsGivenBackAndTheNextStartResumesIt() throws Exception {
        writeDay();
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        long id;
        try (ServiceProcess stopping =
                instance("ingestion-import-stopping", database).start()) {
            stopping.awaitHealthy(START);
            id = importAndAwaitACheckpoint(stopping, jdbc);

            stopping.sendSigterm();
            assertThat(stopping.awaitExit(Duration.ofSeconds(90)))
                    .as("exit code on SIGTERM")
                    .isEqualTo(143);

            stopping.verify(() -> {
                assertThat(jdbc.queryForObject("SELECT status FROM ais_import WHERE id = ?", String.class, id))
                        .as("given back for the next start")
                        .isEqualTo("queued");
                assertThat(jdbc.queryForList(
                                "SELECT status FROM ingestion_log WHERE ais_import_id = ?", String.class, id))
                        .containsExactly("interrupted");
            });
        }

        try (ServiceProcess resuming =
                instance("ingestion-import-resuming", database).start()) {
            resuming.awaitHealthy(START);
            ServiceHttp http = new ServiceHttp(resuming.port(), TOKEN);
            resuming.verify(() -> await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> http.get("/api/ais/imports/" + id)
                            .json()
                            .get("status")
                            .asString()
                            .equals("completed")));
            resuming.verify(() -> {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                        .isEqualTo(ROWS);
                assertThat(jdbc.queryForList(
                                "SELECT status FROM ingestion_log WHERE ais_import_id = ? ORDER BY id",
                                String.class,
                                id))
                        .containsExactly("interrupted", "completed");
            });
        }
    }

    private void writeDay() throws IOException {
        try (OutputStream out = Files.newOutputStream(archive.resolve(NoaaFiles.zipName(DAY)))) {
            NoaaFiles.writeZip(out, DAY, VESSELS, 20, ROWS);
        }
    }

    /** Requests the import of the day and waits until a few checkpoints are committed: the middle of the file. */
    private static long importAndAwaitACheckpoint(ServiceProcess service, JdbcTemplate jdbc) throws Exception {
        long id = new ServiceHttp(service.port(), TOKEN)
                .post("/api/ais/imports", "{\"source\":\"noaa\",\"files\":[\"" + NoaaFiles.zipName(DAY) + "\"]}")
                .json()
                .get("id")
                .asLong();
        service.verify(() -> await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT rows_committed FROM ais_import_file WHERE import_id = ?", Long.class, id)
                        >= 60_000));
        return id;
    }

    private ServiceProcess.Builder instance(String label, TestDatabase database) {
        return ServiceProcess.of(IngestionApplication.class)
                .label(label)
                .database(database)
                .environment("AIS_SOURCE", "simulator")
                .environment("AIS_MODE", "batch")
                // no live batch within the test
                .environment("AIS_BATCH_INTERVAL", "P3650D")
                .environment("ADMIN_TOKEN", TOKEN)
                .environment("AIS_IMPORT_DIR", archive.toString())
                .property("alphaflow.ingestion.ais-imports.checkpoint-rows", "20000")
                .property("alphaflow.ingestion.ais-imports.lease", "PT3S")
                .property("alphaflow.ingestion.ais-imports.poll-interval", "PT0.5S")
                .property("alphaflow.ingestion.liveness.heartbeat-interval", "PT1S")
                .property("alphaflow.ingestion.liveness.grace", "PT4S")
                .property("alphaflow.ingestion.liveness.reap-every", "PT2S");
    }
}
