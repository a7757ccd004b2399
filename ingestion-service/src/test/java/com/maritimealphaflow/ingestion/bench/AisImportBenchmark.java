package com.maritimealphaflow.ingestion.bench;

import com.maritimealphaflow.ingestion.bench.ProcessMeasures.GcLog;
import com.maritimealphaflow.ingestion.bench.ProcessMeasures.PostgresCpu;
import com.maritimealphaflow.testsupport.ServiceProcess;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated NOAA day (7 M rows, zipped) imported end to end through {@code POST /api/ais/imports}, with the
 * ingestion and aggregation services each running as a JVM of its own with its production options
 * ({@code deploy/jvm}), on a fresh database; then, in the same run, a plain {@code COPY} of exactly the position rows
 * the import stored. Run with {@code scripts/bench-ais-import.sh [rows] [vessels]}; {@code BENCH_JFR=1} also records
 * the ingestion service with Flight Recorder, and {@code BENCH_INGESTION_JAVA_OPTS} adds JVM options after its
 * production ones.
 *
 * <p>Reports rows per second (the file's {@code ingestion_log} span, and wall time from the POST to the job's
 * completion), what was stored, the ingestion JVM's heap from its GC log and its peak resident size, the CPU each
 * process used while the import ran, the time from the file's end until that day's 288 windows are in
 * {@code ship_count_agg}, and the plain COPY's rate beside the import's.
 */
public final class AisImportBenchmark {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    private static final String DAY_START = DAY + "T00:00:00Z";
    private static final String DAY_END = DAY.plusDays(1) + "T00:00:00Z";
    private static final int WINDOWS_PER_DAY = 288;
    private static final String TOKEN = "bench-admin-token";
    private static final String POSITION_COLUMNS =
            "mmsi, report_time, latitude, longitude, speed, course, heading, nav_status, message_type, source";
    private static final Set<String> ENDED = Set.of("completed", "failed", "cancelled");
    private static final Duration TIMEOUT = Duration.ofHours(3);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AisImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace(",", "").replace("_", "")) : 7_000_000;
        int vessels = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        Path directory =
                Path.of("target", "bench", "ais-import-" + rows + "-" + vessels).toAbsolutePath();
        Path zip = directory.resolve(NoaaDay.zipName(DAY));
        if (!Files.exists(zip)) {
            Files.createDirectories(directory);
            long t = System.nanoTime();
            NoaaDay.write(zip, DAY, rows, vessels, 15L);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", zip, (System.nanoTime() - t) / 1e9);
        }
        long csvBytes;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            csvBytes = file.getEntry(NoaaDay.entryName(DAY)).getSize();
        }
        System.out.printf(
                Locale.ROOT,
                "file: %s, %,d rows of %,d vessels, %.0f MB zipped, %.0f MB of CSV%n",
                zip,
                rows,
                Math.min(vessels, rows),
                Files.size(zip) / 1e6,
                csvBytes / 1e6);

        Path jvm = Path.of(System.getProperty("bench.jvm-options"));
        Path gcLog = directory.resolve("ingestion-gc.log");
        Files.deleteIfExists(gcLog);
        TestDatabase database = TestDatabase.create();
        Import result;
        double peakResidentMib;
        try (ServiceProcess aggregation = ServiceProcess.of("com.maritimealphaflow.aggregation.AggregationApplication")
                .label("bench-aggregation-service")
                .database(database)
                .classpath(System.getProperty("bench.aggregation.classpath"))
                .jvmOptions(
                        List.of("@" + jvm.resolve("common.options"), "@" + jvm.resolve("aggregation-service.options")))
                .start()) {
            aggregation.awaitHealthy(Duration.ofMinutes(3));
            try (ServiceProcess ingestion = ServiceProcess.of("com.maritimealphaflow.ingestion.IngestionApplication")
                    .label("bench-ingestion-service")
                    .database(database)
                    .classpath(System.getProperty("bench.ingestion.classpath"))
                    .jvmOptions(ingestionOptions(jvm, gcLog, directory))
                    // the live feed on a UDP port no one sends to: idle, so the import has the service to itself
                    .environment("AIS_SOURCE", "nmea-udp")
                    .property("alphaflow.ingestion.ais.nmea.udp-port", Integer.toString(freeUdpPort()))
                    .property("alphaflow.admin-token", TOKEN)
                    .property("alphaflow.ingestion.ais-imports.directory", directory.toString())
                    .start()) {
                ingestion.awaitHealthy(Duration.ofMinutes(3));
                result = importDay(
                        database, ingestion, aggregation, zip.getFileName().toString());
                peakResidentMib = ProcessMeasures.peakResidentMib(ingestion.pid());
                ingestion.sendSigterm();
                ingestion.awaitExit(Duration.ofMinutes(2));
            }
            aggregation.sendSigterm();
            aggregation.awaitExit(Duration.ofMinutes(2));
        }
        GcLog heap = GcLog.read(gcLog);
        CopyRate copy = plainCopy(database, directory.resolve("positions.copy"));
        report(rows, result, heap, peakResidentMib, copy);
        System.exit(0);
    }

    /** What the import came to. */
    private record Import(
            JsonNode job,
            long received,
            long positions,
            long statics,
            long duplicates,
            long rejected,
            double fileSeconds,
            double wallSeconds,
            double endToWindowsSeconds,
            double endToAggregationStartSeconds,
            long vesselsWithStatics,
            int windows,
            int minVessels,
            int maxVessels,
            double ingestionCpu,
            double aggregationCpu,
            PostgresCpu postgresCpu) {}

    /** A plain COPY's rows, time, and the CPU its PostgreSQL backend used. */
    private record CopyRate(long rows, double seconds, double postgresCpu) {}

    /**
     * The production options with a GC log; {@code BENCH_INGESTION_JAVA_OPTS} comes after them, as {@code JAVA_OPTS}
     * does in production, so it wins (e.g. to try another heap layout).
     */
    private static List<String> ingestionOptions(Path jvm, Path gcLog, Path directory) {
        List<String> options = new ArrayList<>(List.of(
                "@" + jvm.resolve("common.options"),
                "@" + jvm.resolve("ingestion-service.options"),
                "-Xlog:gc:file=" + gcLog));
        String extra = System.getenv("BENCH_INGESTION_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        String jfr = System.getenv("BENCH_JFR");
        if (jfr != null && !jfr.isBlank()) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + directory.resolve("ingestion.jfr"));
        }
        return options;
    }

    /** Posts the import, then waits for the job to end and for the day's windows to be counted. */
    private static Import importDay(
            TestDatabase database, ServiceProcess ingestion, ServiceProcess aggregation, String file) throws Exception {
        String base = "http://127.0.0.1:" + ingestion.port() + "/api/ais/imports";
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            double ingestionCpu = ProcessMeasures.cpuSeconds(ingestion.pid());
            double aggregationCpu = ProcessMeasures.cpuSeconds(aggregation.pid());
            PostgresCpu postgresCpu = ProcessMeasures.postgresCpu(database.name());
            long posted = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"source\":\"noaa\",\"files\":[\"" + file + "\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("POST answered " + answer.statusCode() + ": " + answer.body());
            }
            long id = JSON.readTree(answer.body()).get("id").asLong();
            System.out.printf(Locale.ROOT, "import %d posted; waiting for it and for the day's windows%n", id);

            JsonNode job = null;
            Double wallSeconds = null;
            Timestamp windowsAt = null;
            long lastJobPoll = 0;
            long lastProgress = 0;
            long deadline = posted + TIMEOUT.toNanos();
            while (wallSeconds == null || windowsAt == null) {
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new IllegalStateException("not done within " + TIMEOUT + ": " + job);
                }
                if (wallSeconds == null
                        && now - lastJobPoll >= Duration.ofMillis(250).toNanos()) {
                    lastJobPoll = now;
                    job = get(base + "/" + id);
                    String status = job.get("status").asString();
                    if (ENDED.contains(status)) {
                        wallSeconds = (System.nanoTime() - posted) / 1e9;
                        ingestionCpu = ProcessMeasures.cpuSeconds(ingestion.pid()) - ingestionCpu;
                        aggregationCpu = ProcessMeasures.cpuSeconds(aggregation.pid()) - aggregationCpu;
                        postgresCpu =
                                ProcessMeasures.postgresCpu(database.name()).minus(postgresCpu);
                        if (!"completed".equals(status)
                                || job.path("fileCounts").path("completed").asLong() != 1) {
                            throw new IllegalStateException("the import ended " + status + ": " + job);
                        }
                    } else if (now - lastProgress >= Duration.ofSeconds(30).toNanos()) {
                        lastProgress = now;
                        System.out.printf(
                                Locale.ROOT,
                                "  %s, %,d rows read%n",
                                status,
                                job.path("rows").path("read").asLong());
                    }
                }
                if (windowsAt == null) {
                    windowsAt = windowsCounted(c);
                }
                Thread.sleep(100);
            }
            return summary(c, id, job, wallSeconds, windowsAt, ingestionCpu, aggregationCpu, postgresCpu);
        }
    }

    /** The database's time when all the day's windows are in ship_count_agg, or null while they are not. */
    private static Timestamp windowsCounted(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*), clock_timestamp() FROM ship_count_agg"
                + " WHERE batch_start >= ?::timestamptz AND batch_start < ?::timestamptz")) {
            s.setString(1, DAY_START);
            s.setString(2, DAY_END);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) >= WINDOWS_PER_DAY ? rs.getTimestamp(2) : null;
            }
        }
    }

    private static Import summary(
            Connection c,
            long id,
            JsonNode job,
            double wallSeconds,
            Timestamp windowsAt,
            double ingestionCpu,
            double aggregationCpu,
            PostgresCpu postgresCpu)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                """
                SELECT l.messages_received, l.positions_stored, l.statics_stored, l.duplicates, l.rejected,
                       extract(epoch FROM l.ended_at - l.started_at),
                       extract(epoch FROM ?::timestamptz - l.ended_at),
                       extract(epoch FROM a.first_aggregated - l.ended_at),
                       (SELECT count(*) FROM ship_static),
                       a.windows, a.min_total, a.max_total
                FROM ingestion_log l,
                     (SELECT count(*) AS windows, min(aggregated_at) AS first_aggregated,
                             min(total) AS min_total, max(total) AS max_total
                      FROM ship_count_agg WHERE batch_start >= ?::timestamptz AND batch_start < ?::timestamptz) a
                WHERE l.ais_import_id = ? AND l.kind = 'ais-import'
                """)) {
            s.setTimestamp(1, windowsAt);
            s.setString(2, DAY_START);
            s.setString(3, DAY_END);
            s.setLong(4, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no ingestion_log row of kind ais-import for import " + id);
                }
                return new Import(
                        job,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDouble(6),
                        wallSeconds,
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getLong(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        ingestionCpu,
                        aggregationCpu,
                        postgresCpu);
            }
        }
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> answer =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /**
     * The stored position rows, exported to a file and copied back into the emptied table (same partitions, primary
     * key and index): the database's own ceiling on this machine. Streamed from the file, which the export has just put
     * in the page cache, so the rows need not fit in memory.
     */
    private static CopyRate plainCopy(TestDatabase database, Path file) throws Exception {
        try (Connection c = database.connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long exported;
            try (OutputStream out = Files.newOutputStream(file)) {
                exported = copy.copyOut("COPY (SELECT " + POSITION_COLUMNS + " FROM ship_position) TO STDOUT", out);
            }
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE ship_position");
                s.execute("CHECKPOINT");
            }
            PostgresCpu before = ProcessMeasures.postgresCpu(database.name());
            long t = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(file)) {
                copied = copy.copyIn("COPY ship_position (" + POSITION_COLUMNS + ") FROM STDIN", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpu =
                    ProcessMeasures.postgresCpu(database.name()).minus(before).database();
            Files.delete(file);
            if (copied != exported) {
                throw new IllegalStateException("copied " + copied + " of " + exported + " rows");
            }
            return new CopyRate(copied, seconds, cpu);
        }
    }

    private static void report(long rows, Import run, GcLog heap, double peakResidentMib, CopyRate copy) {
        JsonNode counts = run.job().path("rows");
        double importRate = counts.path("read").asLong() / run.fileSeconds();
        double copyRate = copy.rows() / copy.seconds();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "import end to end: %,d rows read in %.1f s (the file's ingestion_log span) = %,.0f rows/s;"
                        + " POST to completed %.1f s = %,.0f rows/s; the job says %,.0f rows/s%n",
                counts.path("read").asLong(),
                run.fileSeconds(),
                importRate,
                run.wallSeconds(),
                counts.path("read").asLong() / run.wallSeconds(),
                run.job().path("rowsPerSecond").asDouble());
        System.out.printf(
                Locale.ROOT,
                "stored: %,d positions, %,d static reports (ship_static: %,d vessels), %,d duplicates, %,d rejected %s,"
                        + " %,d skipped (ingestion_log: %,d messages, %,d positions, %,d statics)%n",
                counts.path("positionsStored").asLong(),
                counts.path("staticsStored").asLong(),
                run.vesselsWithStatics(),
                counts.path("duplicates").asLong(),
                counts.path("rejected").asLong(),
                counts.path("rejectedReasons"),
                counts.path("skipped").asLong(),
                run.received(),
                run.positions(),
                run.statics());
        System.out.printf(
                Locale.ROOT,
                "ingestion JVM heap (-Xlog:gc, %d pauses, %d full, %.1f s paused): peak in use %d MB (before a"
                        + " collection), peak after a collection %d MB, after a full one %d MB, heap grown to %d MB;"
                        + " peak resident (VmHWM) %.0f MiB%n",
                heap.pauses(),
                heap.fullPauses(),
                heap.pauseSeconds(),
                heap.peakUsedMib(),
                heap.peakAfterMib(),
                heap.peakAfterFullMib(),
                heap.peakCommittedMib(),
                peakResidentMib);
        System.out.printf(
                Locale.ROOT,
                "CPU while the import ran (POST to completed, %.1f s): ingestion JVM %.1f s, aggregation JVM %.1f s,"
                        + " PostgreSQL backends of the benchmark database %.1f s, all PostgreSQL processes %.1f s%n",
                run.wallSeconds(),
                run.ingestionCpu(),
                run.aggregationCpu(),
                run.postgresCpu().database(),
                run.postgresCpu().all());
        System.out.printf(
                Locale.ROOT,
                "ship_count_agg: %d windows of %s (%,d-%,d vessels each) visible %.2f s after the file's ended_at"
                        + " (their transaction began %.2f s after it)%n",
                run.windows(),
                DAY,
                run.minVessels(),
                run.maxVessels(),
                run.endToWindowsSeconds(),
                run.endToAggregationStartSeconds());
        System.out.printf(
                Locale.ROOT,
                "plain COPY of the stored positions: %,d rows in %.1f s = %,.0f rows/s (its backend: %.1f CPU s)%n",
                copy.rows(),
                copy.seconds(),
                copyRate,
                copy.postgresCpu());
        System.out.printf(
                Locale.ROOT, "ratio: import rate / COPY rate = %.2f (aim: at least 0.5)%n", importRate / copyRate);
        // On a machine others share, the wall-clock rates move with their load; the CPU each row costs does not.
        double importCpu = run.ingestionCpu() + run.postgresCpu().database();
        System.out.printf(
                Locale.ROOT,
                "CPU per row: import %.1f us (ingestion JVM %.1f + PostgreSQL %.1f), plain COPY %.1f us (PostgreSQL);"
                        + " on 2 cores the import could at best run at %,.0f rows/s%n",
                importCpu / rows * 1e6,
                run.ingestionCpu() / rows * 1e6,
                run.postgresCpu().database() / rows * 1e6,
                copy.postgresCpu() / copy.rows() * 1e6,
                rows / Math.max(Math.max(run.ingestionCpu(), run.postgresCpu().database()), importCpu / 2));
        if (counts.path("read").asLong() != rows) {
            System.out.printf(
                    Locale.ROOT,
                    "NOTE: %,d rows generated, %,d read%n",
                    rows,
                    counts.path("read").asLong());
        }
    }
}
