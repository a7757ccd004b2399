package com.maritimealphaflow.ingestion.ais.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * AIS history imports end to end: requests over real HTTP to the service, files read from its import directory or
 * downloaded by its real HTTP client from a loopback server that answers like a static archive, into PostgreSQL.
 */
class AisImportApiTest extends MarketDatabaseTest {

    private static final Path ARCHIVE = temporaryDirectory("ais-archive");
    private static final Path DOWNLOADS = temporaryDirectory("ais-downloads");
    private static final ArchiveServer SERVER = ArchiveServer.start();
    private static final LocalDate DAY = LocalDate.parse("2021-03-01");

    @DynamicPropertySource
    static void imports(DynamicPropertyRegistry registry) {
        registry.add("alphaflow.ingestion.ais-imports.directory", ARCHIVE::toString);
        registry.add("alphaflow.ingestion.ais-imports.download-directory", DOWNLOADS::toString);
        registry.add("alphaflow.ingestion.ais-imports.noaa-url", () -> SERVER.baseUrl() + "/noaa/%Y/AIS_%Y_%m_%d.zip");
        registry.add("alphaflow.ingestion.ais-imports.dma-url", () -> SERVER.baseUrl() + "/dma/aisdk-%Y-%m-%d.zip");
        registry.add("alphaflow.ingestion.ais-imports.poll-interval", () -> "PT0.2S");
        registry.add("alphaflow.ingestion.ais-imports.lease", () -> "PT2S");
        registry.add("alphaflow.ingestion.ais-imports.checkpoint-rows", () -> "100");
        registry.add("alphaflow.ingestion.ais-imports.read-timeout", () -> "PT2S");
        registry.add("alphaflow.ingestion.ais-imports.download-retry.initial", () -> "PT0.05S");
        registry.add("alphaflow.ingestion.ais-imports.download-retry.max", () -> "PT0.2S");
        registry.add("alphaflow.ingestion.ais-imports.download-attempts", () -> "3");
    }

    @LocalServerPort
    int port;

    private ServiceHttp http;

    @BeforeEach
    void setUp() throws IOException {
        clearAisTables();
        jdbc.execute("TRUNCATE ais_import CASCADE");
        SERVER.reset();
        try (Stream<Path> files = Files.list(ARCHIVE)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void importsAFileFromTheArchiveDirectoryAndAgainStoresNothingTwice() throws IOException {
        // 3 vessels every 10 minutes for 10 hours: 180 rows, 180 positions of 3 vessels
        Files.write(ARCHIVE.resolve(NoaaFiles.zipName(DAY)), NoaaFiles.zip(DAY, 3, 600, 180));

        Answer accepted =
                http.post("/api/ais/imports", "{\"source\":\"noaa\",\"files\":[\"" + NoaaFiles.zipName(DAY) + "\"]}");

        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();
        assertThat(accepted.location()).endsWith("/api/ais/imports/" + id);
        assertThat(accepted.json().get("status").asString()).isEqualTo("queued");
        JsonNode done = awaitStatus(id, "completed");

        JsonNode rows = done.get("rows");
        assertThat(rows.get("read").asLong()).isEqualTo(180);
        assertThat(rows.get("positionsStored").asLong()).isEqualTo(180);
        assertThat(rows.get("duplicates").asLong()).isZero();
        assertThat(done.get("fileCounts").get("completed").asLong()).isEqualTo(1);
        assertThat(done.get("firstReportAt").asString()).isEqualTo("2021-03-01T00:00:00Z");
        assertThat(done.get("retention").asString()).contains("older than the raw-data retention");
        assertThat(done.get("files").get(0).get("rowsCommitted").asLong()).isEqualTo(180);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position WHERE source = 'noaa'", Long.class))
                .isEqualTo(180);
        assertThat(jdbc.queryForList("SELECT ship_type::int FROM ship_static ORDER BY mmsi", Integer.class))
                .containsExactly(70, 80, 70);
        Map<String, Object> log = jdbc.queryForMap(
                "SELECT kind, source, status, ais_import_id, positions_stored FROM ingestion_log WHERE ais_import_id = ?",
                id);
        assertThat(log)
                .containsEntry("kind", "ais-import")
                .containsEntry("source", "noaa")
                .containsEntry("status", "completed")
                .containsEntry("positions_stored", 180L);

        long again = http.post("/api/ais/imports", "{\"source\":\"noaa\",\"files\":[\".\"]}")
                .json()
                .get("id")
                .asLong();
        JsonNode second = awaitStatus(again, "completed");

        assertThat(second.get("rows").get("positionsStored").asLong()).isZero();
        assertThat(second.get("rows").get("duplicates").asLong()).isEqualTo(180);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .isEqualTo(180);
    }

    @Test
    void downloadsDaysResumingADroppedConnectionAndCountsAMissingDay() throws IOException {
        byte[] first = NoaaFiles.zip(DAY, 4, 300, 400);
        byte[] third = NoaaFiles.zip(DAY.plusDays(2), 2, 600, 100);
        String firstPath = "/noaa/2021/" + NoaaFiles.zipName(DAY);
        SERVER.put(firstPath, first);
        SERVER.put("/noaa/2021/" + NoaaFiles.zipName(DAY.plusDays(2)), third);
        SERVER.dropOnceAfter(firstPath, first.length / 2);

        long id = http.post("/api/ais/imports", "{\"source\":\"noaa\",\"from\":\"2021-03-01\",\"to\":\"2021-03-03\"}")
                .json()
                .get("id")
                .asLong();
        JsonNode done = awaitStatus(id, "completed");

        assertThat(done.get("files"))
                .extracting(f -> f.get("status").asString())
                .containsExactly("completed", "missing", "completed");
        assertThat(done.get("files").get(1).get("error").asString()).contains("404");
        assertThat(done.get("error").asString()).contains("1 file(s) missing");
        assertThat(done.get("rows").get("positionsStored").asLong()).isEqualTo(500);
        assertThat(SERVER.requests(firstPath)).hasSize(2);
        assertThat(SERVER.requests(firstPath).get(1).range())
                .startsWith("bytes=")
                .isNotEqualTo("bytes=0-");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ship_position WHERE report_time >= '2021-03-01' AND report_time < '2021-03-02'",
                        Long.class))
                .isEqualTo(400);
        try (Stream<Path> left = Files.list(DOWNLOADS)) {
            assertThat(left).as("downloaded files are removed").isEmpty();
        }
    }

    @Test
    void keepsOnlyTheBoxesCategoriesAndOnePositionPerIntervalItWasAskedFor() throws IOException {
        // 10 vessels every 5 minutes for 10 hours; vessels 0-4 lie south of 25.05°N, even ones are cargo
        Files.write(ARCHIVE.resolve(NoaaFiles.zipName(DAY)), NoaaFiles.zip(DAY, 10, 300, 1200));

        long id = http.post(
                        "/api/ais/imports",
                        "{\"source\":\"noaa\",\"files\":[\"" + NoaaFiles.zipName(DAY) + "\"],"
                                + "\"boundingBoxes\":[[[20,-100],[25.045,-80]]],"
                                + "\"categories\":[\"cargo\"],\"thinSeconds\":900}")
                .json()
                .get("id")
                .asLong();
        JsonNode done = awaitStatus(id, "completed");

        JsonNode rows = done.get("rows");
        // vessels 0, 2, 4 are kept: 120 rows each, thinned to one every 15 minutes = 40 each
        assertThat(rows.get("positionsStored").asLong()).isEqualTo(120);
        assertThat(rows.get("thinned").asLong()).isEqualTo(240);
        assertThat(rows.get("skippedKinds").get("category_not_kept").asLong()).isEqualTo(600);
        assertThat(rows.get("skippedKinds").get("outside_bounds").asLong()).isEqualTo(240);
        assertThat(jdbc.queryForList("SELECT DISTINCT mmsi FROM ship_position ORDER BY mmsi", Integer.class))
                .containsExactly(367_000_000, 367_000_002, 367_000_004);
    }

    @Test
    void aJobWhoseInstanceDiedIsTakenOverAndResumedAfterItsLastCommittedRow() throws IOException {
        Files.write(ARCHIVE.resolve(NoaaFiles.zipName(DAY)), NoaaFiles.zip(DAY, 5, 600, 300));
        // as a dead instance leaves it: running, its heartbeat older than the lease, 200 rows committed
        long id = jdbc.queryForObject(
                "INSERT INTO ais_import (source, request, status, started_at, claimed_by, heartbeat_at)"
                        + " VALUES ('noaa', ?::jsonb, 'running', now() - interval '1 minute', 'dead-instance',"
                        + " now() - interval '1 minute') RETURNING id",
                Long.class,
                "{\"source\":\"noaa\",\"files\":[\"" + NoaaFiles.zipName(DAY) + "\"]}");
        jdbc.update(
                "INSERT INTO ais_import_file (import_id, seq, location, status, rows_read, rows_committed, attempts)"
                        + " VALUES (?, 0, ?, 'running', 250, 200, 1)",
                id,
                NoaaFiles.zipName(DAY));

        JsonNode done = awaitStatus(id, "completed");

        assertThat(done.get("files").get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("rows").get("positionsStored").asLong()).isEqualTo(100);
        // rows 200-299 are steps 40-59 of the five vessels: from 06:40 on
        assertThat(jdbc.queryForObject("SELECT min(report_time)::text FROM ship_position", String.class))
                .isEqualTo("2021-03-01 06:40:00+00");
    }

    @Test
    void aCancelledImportStopsAndASecondCancelIsAConflict() throws IOException {
        String path = "/noaa/2021/" + NoaaFiles.zipName(DAY);
        SERVER.put(path, NoaaFiles.zip(DAY, 50, 60, 50_000));
        CountDownLatch release = new CountDownLatch(1);
        SERVER.stallAfterHalf(path, release);

        long id = http.post("/api/ais/imports", "{\"source\":\"noaa\",\"from\":\"2021-03-01\",\"to\":\"2021-03-01\"}")
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !SERVER.requests(path).isEmpty());

        Answer cancelled = http.delete("/api/ais/imports/" + id);
        release.countDown();

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(http.delete("/api/ais/imports/" + id).status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Stream<Path> left = Files.list(DOWNLOADS)) {
                assertThat(left).isEmpty();
            }
        });
        assertThat(http.get("/api/ais/imports/" + id)
                        .json()
                        .get("files")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("cancelled");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .isZero();
    }

    @Test
    void aBadRequestIsA400NamingTheParameterAndStoresNothing() throws IOException {
        Files.writeString(ARCHIVE.resolve("day.csv"), NoaaFiles.HEADER + "\n");
        Map<String, String> bad = Map.ofEntries(
                Map.entry("{\"files\":[\"day.csv\"]}", "source"),
                Map.entry("{\"source\":\"ftp\",\"files\":[\"day.csv\"]}", "source"),
                Map.entry("{\"source\":\"noaa\"}", "files"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"day.csv\"],\"from\":\"2021-01-01\"}", "from"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"../../etc/passwd\"]}", "files"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"/etc/passwd\"]}", "files"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"nowhere.zip\"]}", "files"),
                Map.entry("{\"source\":\"noaa\",\"files\":[]}", "files"),
                Map.entry("{\"source\":\"noaa\",\"from\":\"2021-01-02\",\"to\":\"2021-01-01\"}", "to"),
                Map.entry("{\"source\":\"noaa\",\"from\":\"2021-01-01\",\"to\":\"2999-01-01\"}", "to"),
                Map.entry("{\"source\":\"noaa\",\"from\":\"2021-1-1\",\"to\":\"2021-01-02\"}", "from"),
                Map.entry("{\"source\":\"noaa\",\"from\":\"2001-01-01\",\"to\":\"2020-12-31\"}", "to"),
                Map.entry("{\"source\":\"nmea\",\"from\":\"2021-01-01\",\"to\":\"2021-01-02\"}", "from"),
                Map.entry(
                        "{\"source\":\"noaa\",\"files\":[\"day.csv\"],\"boundingBoxes\":[[[95,0],[0,0]]]}",
                        "boundingBoxes"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"day.csv\"],\"categories\":[\"yacht\"]}", "categories"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"day.csv\"],\"thinSeconds\":-1}", "thinSeconds"),
                Map.entry("{\"source\":\"csv\",\"files\":[\"day.csv\"]}", "mapping"),
                Map.entry(
                        "{\"source\":\"csv\",\"files\":[\"day.csv\"],\"mapping\":{\"columns\":{\"mmsi\":\"MMSI\"},"
                                + "\"timeFormat\":\"yyyy-MM-dd HH:mm:ss\",\"timeZone\":\"UTC\"}}",
                        "mapping"),
                Map.entry("{\"source\":\"noaa\",\"files\":[\"day.csv\"],\"mapping\":{}}", "mapping"));
        bad.forEach((body, parameter) -> {
            Answer answer = http.post("/api/ais/imports", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("parameter").asString()).as(body).isEqualTo(parameter);
        });
        Path outside = Files.createTempFile("outside", ".csv");
        Files.createSymbolicLink(ARCHIVE.resolve("link.csv"), outside);
        assertThat(http.post("/api/ais/imports", "{\"source\":\"noaa\",\"files\":[\"link.csv\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(http.postWithoutToken("/api/ais/imports", "{\"source\":\"noaa\",\"files\":[\"day.csv\"]}")
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/api/ais/imports/424242").status()).isEqualTo(404);
        assertThat(http.get("/api/ais/imports?limit=0").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ais_import", Long.class))
                .isZero();
    }

    @Test
    void aDmaImportCarriesTheAttributionTheAuthorityAsksFor() throws IOException {
        Files.writeString(
                ARCHIVE.resolve("aisdk-2021-03-01.csv"),
                "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,"
                        + "Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,"
                        + "Destination,ETA,Data source type\n"
                        + "01/03/2021 00:00:00,Class A,219000001,55.1,12.1,Under way using engine,0,10.1,90,91,"
                        + "Unknown,OXAB2,NORDIC,Cargo,,20,120,GPS,7.5,AARHUS,02/03/2021 06:00:00,AIS\n"
                        + "01/03/2021 00:00:05,Base Station,2190047,55.2,12.2,Unknown value,,,,,Unknown,,,"
                        + "Undefined,,,,GPS,,,,AIS\n");

        long id = http.post("/api/ais/imports", "{\"source\":\"dma\",\"files\":[\"aisdk-2021-03-01.csv\"]}")
                .json()
                .get("id")
                .asLong();
        JsonNode done = awaitStatus(id, "completed");

        assertThat(done.get("attribution").asString()).contains("Danish Maritime Authority");
        assertThat(done.get("rows").get("positionsStored").asLong()).isEqualTo(1);
        assertThat(done.get("rows").get("skipped").asLong()).isEqualTo(1);
        assertThat(http.get("/api/ais/imports").json())
                .extracting(j -> j.get("id").asLong())
                .contains(id);
    }

    private JsonNode awaitStatus(long id, String status) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("/api/ais/imports/" + id).json(), job -> {
                    String now = job.get("status").asString();
                    if (!List.of("queued", "running").contains(now) && !now.equals(status)) {
                        throw new AssertionError("import " + id + " ended " + now + ": " + job);
                    }
                    return now.equals(status);
                });
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
