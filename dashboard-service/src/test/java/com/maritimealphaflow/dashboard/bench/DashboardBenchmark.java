package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.DashboardApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server response times of the traffic page and its JSON endpoints with 7 days of positions at 20,000 per five-minute
 * batch (about 40 million rows) and a year of five-minute counts, measured with ApacheBench ({@code ab}) on loopback
 * against the real service. Run with {@code scripts/bench-dashboard.sh [requests] [concurrency]}.
 */
public final class DashboardBenchmark {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|95|99)%\\s+(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("([\\d.]+)");

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;

        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        seed(database);

        // Command-line arguments: they outrank application.yml's ${SPRING_DATASOURCE_URL:…} default.
        ConfigurableApplicationContext dashboard = new SpringApplicationBuilder(DashboardApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--logging.level.root=WARN");
        try {
            String base = "http://127.0.0.1:" + dashboard.getEnvironment().getProperty("local.server.port");
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("traffic page (HTML)", "/");
            endpoints.put("vessels, default map (snapshot)", "/api/traffic/vessels");
            endpoints.put("vessels, read every time", "/api/traffic/vessels?window=PT1H");
            endpoints.put("gauge", "/api/traffic/gauge");
            endpoints.put("counts 24h (windows)", "/api/traffic/counts?range=24h");
            endpoints.put("counts 7d (hours)", "/api/traffic/counts?range=7d");
            endpoints.put("counts 30d (hours)", "/api/traffic/counts?range=30d");
            endpoints.put("counts all (days, a year)", "/api/traffic/counts?range=all");
            describe(base);
            System.out.printf(
                    Locale.ROOT,
                    "%n%d requests per endpoint, %d concurrent, gzip accepted, keep-alive%n",
                    requests,
                    concurrency);
            System.out.printf(
                    Locale.ROOT, "%-34s %8s %8s %8s %10s %12s%n", "endpoint", "median", "p95", "p99", "req/s", "bytes");
            for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                ab(base + endpoint.getValue(), Math.max(20, requests / 10), concurrency); // warm-up
                Map<String, String> result = ab(base + endpoint.getValue(), requests, concurrency);
                System.out.printf(
                        Locale.ROOT,
                        "%-34s %6s ms %6s ms %6s ms %10s %12s%s%n",
                        endpoint.getKey(),
                        result.get("50"),
                        result.get("95"),
                        result.get("99"),
                        result.get("rps"),
                        result.get("bytes"),
                        "0".equals(result.getOrDefault("failed", "0")) ? "" : "  FAILED " + result.get("failed"));
            }
        } finally {
            dashboard.close();
        }
    }

    /** What the endpoints answer on this data, so that the timings below are of real answers. */
    private static void describe(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path :
                List.of("/api/traffic/vessels", "/api/traffic/counts?range=24h", "/api/traffic/counts?range=all")) {
            HttpResponse<String> plain = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<byte[]> gzip = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(plain.body());
            System.out.printf(
                    Locale.ROOT,
                    "%s: HTTP %d, %,d bytes of JSON, %,d gzipped, %s%n",
                    path,
                    plain.statusCode(),
                    plain.body().length(),
                    gzip.body().length,
                    path.contains("vessels") && total.find()
                            ? total.group(1) + " vessels in the last hour"
                            : plain.body()
                                            .split("\"times\":\\[", 2)[1]
                                            .split("]", 2)[0]
                                            .split(",")
                                            .length + " points");
        }
    }

    /** Runs ApacheBench and reads its percentiles, throughput, document length and failures. */
    private static Map<String, String> ab(String url, int requests, int concurrency) throws Exception {
        Process ab = new ProcessBuilder(List.of(
                        "ab",
                        "-q",
                        "-k",
                        "-n",
                        String.valueOf(requests),
                        "-c",
                        String.valueOf(concurrency),
                        "-H",
                        "Accept-Encoding: gzip",
                        url))
                .redirectErrorStream(true)
                .start();
        Map<String, String> result = new LinkedHashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(ab.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                Matcher percentile = PERCENTILE.matcher(line);
                if (percentile.find()) {
                    result.put(percentile.group(1), percentile.group(2));
                } else if (line.startsWith("Requests per second:")) {
                    result.put("rps", first(line));
                } else if (line.startsWith("Document Length:")) {
                    result.put("bytes", first(line));
                } else if (line.startsWith("Non-2xx responses:")) {
                    add(result, Long.parseLong(first(line)));
                } else if (line.strip().startsWith("(Connect:")) {
                    // ab counts a body whose length differs from the first one's as failed; the map's differs by
                    // design (its time stamps move), so only connect, receive and exception failures count.
                    Matcher breakdown = Pattern.compile(
                                    "Connect: (\\d+), Receive: (\\d+), Length: \\d+, Exceptions: (\\d+)")
                            .matcher(line);
                    if (breakdown.find()) {
                        add(
                                result,
                                Long.parseLong(breakdown.group(1))
                                        + Long.parseLong(breakdown.group(2))
                                        + Long.parseLong(breakdown.group(3)));
                    }
                }
            }
        }
        if (ab.waitFor() != 0 || !result.containsKey("95")) {
            throw new IllegalStateException("ab failed on " + url + ":\n" + output);
        }
        return result;
    }

    private static void add(Map<String, String> result, long failed) {
        result.put("failed", String.valueOf(Long.parseLong(result.getOrDefault("failed", "0")) + failed));
    }

    private static String first(String line) {
        Matcher m = NUMBER.matcher(line.substring(line.indexOf(':') + 1));
        return m.find() ? m.group(1) : "?";
    }

    /**
     * Seven days of positions ending now: a fleet of 20,000 vessels, three quarters of which report in each
     * five-minute window, a third of those twice: 20,000 positions per window, in report-time order as a live feed
     * writes them. A year of counts windows, the week's batches in the ingestion log, and static data for six vessels
     * in seven.
     */
    private static void seed(TestDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            sql.execute("SELECT ensure_ship_position_partitions(current_date - 8, current_date + 1)");
            for (int day = 6; day >= 0; day--) {
                long t = System.nanoTime();
                int updated;
                try (PreparedStatement insert = connection.prepareStatement(
                        """
                        INSERT INTO ship_position (mmsi, report_time, latitude, longitude, speed, course, heading,
                                                   nav_status, message_type, source)
                        SELECT 200000000 + v, ws + make_interval(secs => (v * 37 + k * 151) % 300),
                               -60 + ((v * 7919) % 12000) / 100.0 + (w % 288) * 0.001,
                               -179 + ((v * 104729) % 35800) / 100.0 + (w % 288) * 0.001,
                               (v % 200) / 10.0, (v * 13) % 360, (v * 13) % 360, 0, 1, 'aisstream'
                        FROM generate_series(? * 288, ? * 288 + 287) AS w,
                             LATERAL (SELECT date_bin('5 minutes', now(), TIMESTAMPTZ '2000-01-01')
                                             - make_interval(mins => 5 * w) AS ws) t,
                             generate_series(0, 19999) AS v,
                             generate_series(0, 1) AS k
                        WHERE (v + w) % 4 <> 0 AND (k = 0 OR v % 3 = 0)
                          AND ws + make_interval(secs => (v * 37 + k * 151) % 300) <= now()
                        ORDER BY 2
                        """)) {
                    insert.setInt(1, day);
                    insert.setInt(2, day);
                    updated = insert.executeUpdate();
                }
                System.out.printf(
                        Locale.ROOT,
                        "seeded day -%d: %,d positions in %.0f s%n",
                        day,
                        updated,
                        (System.nanoTime() - t) / 1e9);
            }
            sql.execute(
                    """
                    INSERT INTO ship_static (mmsi, name, ship_type, destination, source, updated_at, first_seen_at)
                    SELECT 200000000 + v, 'VESSEL ' || v, (ARRAY[70, 80, 60, 30, 31, 40, 36, 35, 90, 0])[1 + v % 10],
                           (ARRAY['ROTTERDAM', 'SINGAPORE', 'SHANGHAI', 'HAMBURG', 'rotterdam@@', 'ANTWERP'])[1 + v % 6],
                           'aisstream', now() - (v % 100) * interval '1 hour', now() - interval '30 days'
                    FROM generate_series(0, 19999) v WHERE v % 7 <> 0
                    """);
            int windows = sql.executeUpdate(
                    """
                    INSERT INTO ship_count_agg (batch_start, batch_end, total, cargo, tanker, passenger, fishing, tug,
                                                high_speed_craft, pleasure, military, other, unknown, aggregated_at)
                    SELECT ws, ws + interval '5 minutes', t, t * 40 / 100, t * 20 / 100, t * 8 / 100, t * 5 / 100,
                           t * 3 / 100, t / 100, t * 4 / 100, t / 100, t * 6 / 100, t * 12 / 100,
                           ws + interval '5 minutes 2 seconds'
                    FROM generate_series(date_bin('5 minutes', now(), TIMESTAMPTZ '2000-01-01') - interval '365 days',
                                         date_bin('5 minutes', now(), TIMESTAMPTZ '2000-01-01') - interval '5 minutes',
                                         interval '5 minutes') AS ws,
                         LATERAL (SELECT 15000 + (1500 * sin(extract(epoch FROM ws) / 86400 * 2 * pi()))::int AS t) x
                    """);
            int batches = sql.executeUpdate(
                    """
                    INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, messages_received,
                                               positions_stored, statics_stored, duplicates, rejected,
                                               rejected_reasons)
                    SELECT 'aisstream', 'ais-batch', ws, ws + interval '1 minute', 'completed', 24000, 20000, 3500,
                           400, 100, '{"bad_checksum": 60, "invalid_mmsi": 40}'
                    FROM generate_series(date_bin('5 minutes', now(), TIMESTAMPTZ '2000-01-01') - interval '7 days',
                                         date_bin('5 minutes', now(), TIMESTAMPTZ '2000-01-01') - interval '5 minutes',
                                         interval '5 minutes') AS ws
                    """);
            sql.execute("ANALYZE");
            System.out.printf(
                    Locale.ROOT,
                    "seeded %,d count windows and %,d batches; whole seed %.0f s%n",
                    windows,
                    batches,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
