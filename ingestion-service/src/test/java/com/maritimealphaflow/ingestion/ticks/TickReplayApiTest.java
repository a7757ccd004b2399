package com.maritimealphaflow.ingestion.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.testsupport.http.BypassSpellings;
import com.maritimealphaflow.testsupport.http.RawHttp;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Tick replays end to end: requests over real HTTP, DEBS-layout files read from the replay directory, partials in
 * PostgreSQL compared with one {@code EventTimeWindower} over the same file.
 */
class TickReplayApiTest extends MarketDatabaseTest {

    private static final Path ARCHIVE = temporaryDirectory("tick-archive");
    private static final long LATENESS = 60_000;

    @DynamicPropertySource
    static void replays(DynamicPropertyRegistry registry) {
        registry.add("alphaflow.ingestion.ticks.replay.directory", ARCHIVE::toString);
        registry.add("alphaflow.ingestion.ticks.replay.poll-interval", () -> "PT0.2S");
        registry.add("alphaflow.ingestion.ticks.replay.lease", () -> "PT2S");
        registry.add("alphaflow.ingestion.ticks.flush-events", () -> "700");
    }

    @LocalServerPort
    int port;

    private ServiceHttp http;

    @BeforeEach
    void setUp() {
        jdbc.execute("TRUNCATE tick_replay, tick_stream CASCADE");
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @Test
    void replaysAGzippedFileIntoThePartialsOneWindowerKeepsAndFinishesTheStream() throws IOException {
        Path file = DebsTickFiles.write(ARCHIVE.resolve("day.csv.gz"), DebsTickFiles.Settings.sample(20_000, 7));
        TickExpectations expected = TickExpectations.ofFile(file, LATENESS);

        Answer accepted = http.post("/api/ticks/replays", "{\"files\":[\"day.csv.gz\"]}");

        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();
        assertThat(accepted.location()).endsWith("/api/ticks/replays/" + id);
        JsonNode done = awaitStatus(id, "completed");
        assertThat(TickExpectations.stored(jdbc, "replay-" + id)).isEqualTo(expected.partials);
        JsonNode totals = done.get("totals");
        assertThat(totals.get("rows").asLong()).isEqualTo(20_000);
        assertThat(totals.get("rowsCommitted").asLong()).isEqualTo(20_000);
        assertThat(totals.get("events").asLong()).isEqualTo(expected.ticks.size());
        assertThat(totals.get("late").asLong()).isEqualTo(expected.late).isPositive();
        assertThat(totals.get("skipped").get("no-price").asLong())
                .isEqualTo(expected.skipped.get(TickSkipReason.NO_PRICE))
                .isPositive();
        assertThat(totals.get("bytesRead").asLong()).isEqualTo(Files.size(file));
        assertThat(done.get("finished").asBoolean()).isTrue();
        assertThat(done.get("streamId").asString()).isEqualTo("replay-" + id);
        assertThat(done.get("request").get("allowedLateness").asString()).isEqualTo("PT1M");
        assertThat(done.get("files").get(0).get("status").asString()).isEqualTo("completed");
        Map<String, Object> stream = jdbc.queryForMap(
                "SELECT kind, finished, events, late_events, allowed_lateness_ms, skipped->>'no-price' AS no_price"
                        + " FROM tick_stream WHERE id = ?",
                "replay-" + id);
        assertThat(stream)
                .containsEntry("kind", "replay")
                .containsEntry("finished", true)
                .containsEntry("events", (long) expected.ticks.size())
                .containsEntry("late_events", expected.late)
                .containsEntry("allowed_lateness_ms", LATENESS)
                .containsEntry("no_price", String.valueOf(expected.skipped.get(TickSkipReason.NO_PRICE)));
        assertThat(http.get("/api/ticks/replays").json().get(0).get("id").asLong())
                .isEqualTo(id);
    }

    @Test
    void aReplayWhoseInstanceDiedIsResumedAfterItsCommittedRowsWithTheSamePartials() throws IOException {
        Path file = DebsTickFiles.write(ARCHIVE.resolve("resume.csv"), DebsTickFiles.Settings.sample(12_000, 11));
        TickExpectations expected = TickExpectations.ofFile(file, LATENESS);
        // A first run as a dead instance left it (its heartbeat kept ahead while the test sets it up): the first 5,000
        // rows replayed and committed under its own stream
        long id = jdbc.queryForObject(
                "INSERT INTO tick_replay (request, status, started_at, claimed_by, heartbeat_at)"
                        + " VALUES (?::jsonb, 'running', now() - interval '1 minute', 'dead-instance',"
                        + " now() + interval '1 hour')"
                        + " RETURNING id",
                Long.class,
                "{\"files\":[\"resume.csv\"],\"speed\":null,\"allowedLateness\":\"PT1M\"}");
        jdbc.update(
                "INSERT INTO tick_replay_file (replay_id, seq, path, status) VALUES (?, 0, 'resume.csv', 'running')",
                id);
        firstRowsAsADeadInstance(file, id, 5_000);
        jdbc.update("UPDATE tick_replay SET heartbeat_at = now() - interval '1 minute' WHERE id = ?", id);

        JsonNode done = awaitStatus(id, "completed");

        assertThat(TickExpectations.stored(jdbc, "replay-" + id)).isEqualTo(expected.partials);
        assertThat(done.get("totals").get("events").asLong()).isEqualTo(expected.ticks.size());
        assertThat(done.get("totals").get("late").asLong()).isEqualTo(expected.late);
        assertThat(jdbc.queryForObject("SELECT events FROM tick_stream WHERE id = ?", Long.class, "replay-" + id))
                .isEqualTo(expected.ticks.size());
    }

    /** Replays the first rows of a file into the replay's stream as another instance would, committing them. */
    private void firstRowsAsADeadInstance(Path file, long id, long rows) throws IOException {
        Path part = ARCHIVE.resolve("part-" + id + ".csv");
        List<String> lines = Files.readAllLines(file);
        // 4 lines of comments, header and description come before the rows
        Files.write(part, lines.subList(0, 4 + (int) rows));
        TickExpectations partial = TickExpectations.ofFile(part, LATENESS);
        Files.delete(part);
        long maxEventTime =
                partial.ticks.stream().mapToLong(Tick::eventTime).max().orElseThrow();
        jdbc.update(
                "INSERT INTO tick_stream (id, kind, allowed_lateness_ms, max_event_time, events, late_events)"
                        + " VALUES (?, 'replay', ?, to_timestamp(? / 1000.0), ?, ?)",
                "replay-" + id,
                LATENESS,
                maxEventTime,
                partial.ticks.size(),
                partial.late);
        for (String row : partial.partials) {
            String[] f = row.split("\\|");
            jdbc.update(
                    "INSERT INTO tick_partial (stream_id, window_end, symbol, sec_type, close, last_event_time)"
                            + " VALUES (?, to_timestamp(? / 1000.0), ?, ?, ?, to_timestamp(? / 1000.0))",
                    "replay-" + id,
                    Long.parseLong(f[0]),
                    f[1],
                    f[2],
                    Double.parseDouble(f[3]),
                    Long.parseLong(f[4]));
        }
        jdbc.update(
                "UPDATE tick_replay_file SET status = 'running', rows_read = ?, rows_committed = ?, events = ?,"
                        + " late_events = ?, skipped = ?::jsonb WHERE replay_id = ?",
                rows + 300,
                rows,
                partial.ticks.size(),
                partial.late,
                TickStreamStore.countsJson(partial.skipped),
                id);
    }

    @Test
    void aBadRequestIsA400NamingTheFieldAndStoresNothing() throws IOException {
        Files.writeString(ARCHIVE.resolve("ok.csv"), DebsTickFiles.HEADER + "\n");
        Map<String, String> bad = Map.ofEntries(
                Map.entry("{}", "files"),
                Map.entry("{\"files\":[]}", "files"),
                Map.entry("{\"files\":[\"../../etc/passwd\"]}", "files"),
                Map.entry("{\"files\":[\"/etc/passwd\"]}", "files"),
                Map.entry("{\"files\":[\"nowhere.csv\"]}", "files"),
                Map.entry("{\"files\":[\"ok.csv\"],\"speed\":0}", "speed"),
                Map.entry("{\"files\":[\"ok.csv\"],\"speed\":-2}", "speed"),
                Map.entry("{\"files\":[\"ok.csv\"],\"speed\":\"fast\"}", "speed"),
                Map.entry("{\"files\":[\"ok.csv\"],\"allowedLateness\":\"a minute\"}", "allowedLateness"),
                Map.entry("{\"files\":[\"ok.csv\"],\"allowedLateness\":\"PT2H\"}", "allowedLateness"),
                Map.entry("{\"files\":[\"ok.csv\"],\"allowedLateness\":\"-PT1S\"}", "allowedLateness"));
        bad.forEach((body, parameter) -> {
            Answer answer = http.post("/api/ticks/replays", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("parameter").asString()).as(body).isEqualTo(parameter);
        });
        Path outside = Files.createTempFile("outside", ".csv");
        Files.createSymbolicLink(ARCHIVE.resolve("link.csv"), outside);
        assertThat(http.post("/api/ticks/replays", "{\"files\":[\"link.csv\"]}").status())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tick_replay", Long.class))
                .isZero();
        assertThat(http.get("/api/ticks/replays/999999").status()).isEqualTo(404);
    }

    @Test
    void writesNeedTheTokenHoweverThePathIsSpelled() throws Exception {
        Files.writeString(ARCHIVE.resolve("ok.csv"), DebsTickFiles.HEADER + "\n");
        assertThat(http.postWithoutToken("/api/ticks/replays", "{\"files\":[\"ok.csv\"]}")
                        .status())
                .isEqualTo(401);
        RawHttp raw = new RawHttp(port);
        byte[] body = "{\"files\":[\"ok.csv\"]}".getBytes();
        for (String path : BypassSpellings.of("api", "ticks", "replays")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                int status = raw.send(method, path, Map.of("Content-Type", "application/json"), body)
                        .status();
                assertThat(status).as("%s %s", method, path).isIn(400, 401, 403, 404, 405);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tick_replay", Long.class))
                .isZero();
    }

    @Test
    void aPacedReplayCanBeCancelled() throws IOException {
        DebsTickFiles.write(ARCHIVE.resolve("slow.csv"), DebsTickFiles.Settings.sample(5_000, 3));

        long id = http.post("/api/ticks/replays", "{\"files\":[\"slow.csv\"],\"speed\":60}")
                .json()
                .get("id")
                .asLong();
        awaitStatus(id, "running");
        Answer cancelled = http.delete("/api/ticks/replays/" + id);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(http.delete("/api/ticks/replays/" + id).status()).isEqualTo(409);
        assertThat(cancelled.json().get("files").get(0).get("status").asString())
                .isEqualTo("cancelled");
    }

    private JsonNode awaitStatus(long id, String status) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("/api/ticks/replays/" + id).json(), job -> {
                    String now = job.get("status").asString();
                    if (!now.equals(status) && (now.equals("failed") || now.equals("completed"))) {
                        throw new AssertionError("replay ended " + now + ": " + job);
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
