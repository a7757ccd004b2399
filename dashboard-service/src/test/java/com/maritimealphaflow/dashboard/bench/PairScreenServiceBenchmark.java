package com.maritimealphaflow.dashboard.bench;

import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.dashboard.DashboardApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pair screen end to end through the dashboard: {@code instruments} daily series of {@code days} weekdays (random
 * walks, a tenth of them in cointegrated groups) stored in a throwaway database, one screen requested over REST and
 * followed until it completes, with the dashboard's own heap bound when run by {@code scripts/bench-pairs-service.sh}.
 * Reports the time queued, reading and testing (running, from the row's progress) and storing every pair.
 */
public final class PairScreenServiceBenchmark {

    public static void main(String[] args) throws Exception {
        int instruments = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 1260;
        boolean clustering = args.length > 2 && Boolean.parseBoolean(args[2]);

        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long seeding = System.nanoTime();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement s = c.createStatement()) {
            s.execute("SELECT setseed(0.42)");
            // weekdays from 2021-01-04; groups of five follow one factor (i % 50 < 5: ten groups of 5 = 50 instruments)
            s.execute(String.format(
                    Locale.ROOT,
                    """
                    CREATE TEMP TABLE steps AS
                    SELECT i, d, day, (random() - 0.5) * 0.04 AS own, (random() - 0.5) * 0.02 AS noise
                    FROM generate_series(0, %d) i,
                         LATERAL (SELECT row_number() OVER (ORDER BY day) - 1 AS d, day
                                  FROM generate_series(date '2021-01-04', date '2021-01-04' + %d * 2, interval '1 day') day
                                  WHERE extract(isodow FROM day) < 6 LIMIT %d) days
                    """,
                    instruments - 1,
                    days,
                    days));
            s.execute(
                    """
                    INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume)
                    SELECT 'S' || lpad(i::text, 4, '0'), '1d', 'csv', false, day + interval '5 hours', p, p, p, p, 1
                    FROM (SELECT a.i, a.day,
                                 exp(4 + CASE WHEN a.i % 50 < 5
                                              THEN sum(f.own) OVER (PARTITION BY a.i ORDER BY a.d) + a.noise
                                              ELSE sum(a.own) OVER (PARTITION BY a.i ORDER BY a.d) END)::numeric(20, 6) AS p
                          FROM steps a JOIN steps f ON f.i = a.i - a.i % 50 AND f.d = a.d) t
                    """);
            s.execute("INSERT INTO market_instrument (source, symbol, market, updated_at)"
                    + " SELECT DISTINCT 'csv', symbol, 'stocks', now() FROM market_bar");
            s.execute("VACUUM ANALYZE market_bar");
        }
        System.out.printf(
                Locale.ROOT,
                "universe: %d instruments x %d weekdays stored in %.1f s%n",
                instruments,
                days,
                (System.nanoTime() - seeding) / 1e9);

        ConfigurableApplicationContext dashboard = new SpringApplicationBuilder(DashboardApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--alphaflow.admin-token=bench-token",
                        "--alphaflow.dashboard.pairs.poll-interval=PT0.5S",
                        "--alphaflow.dashboard.pairs.cron=",
                        "--logging.level.root=WARN",
                        "--logging.level.com.maritimealphaflow.dashboard.pairs=INFO");
        try {
            String base = "http://127.0.0.1:" + dashboard.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper json = JsonMapper.builder().build();
            String body =
                    "{\"trainingFrom\":\"2021-01-04\",\"trainingTo\":\"2026-12-31\",\"clustering\":" + clustering + "}";
            long start = System.nanoTime();
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/pairs/screens"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer bench-token")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 202) {
                throw new IllegalStateException(created.statusCode() + " " + created.body());
            }
            long id = json.readTree(created.body()).get("id").asLong();
            // the first poll that saw it running, and the first that saw every pair tested, in seconds
            double[] phases = {Double.NaN, Double.NaN};
            AtomicReference<JsonNode> latest = new AtomicReference<>();
            await().atMost(Duration.ofHours(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        JsonNode polled = json.readTree(http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/api/pairs/screens/" + id))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body());
                        latest.set(polled);
                        double now = (System.nanoTime() - start) / 1e9;
                        String status = polled.get("status").asString();
                        if (Double.isNaN(phases[0]) && !status.equals("queued")) {
                            phases[0] = now;
                        }
                        long total = polled.get("pairsTotal").asLong();
                        if (Double.isNaN(phases[1])
                                && total > 0
                                && polled.get("pairsDone").asLong() == total) {
                            phases[1] = now;
                        }
                        return !status.equals("queued") && !status.equals("running");
                    });
            JsonNode screen = latest.get();
            double running = phases[0];
            double tested = phases[1];
            double done = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "screen %d %s (clustering %s): %d eligible, %d pairs tested, %d pass%n"
                            + "  running after %.1f s; every pair tested after %.1f s; completed (pairs stored) after %.1f s%n",
                    id,
                    screen.get("status").asString(),
                    clustering,
                    screen.path("eligible").asInt(),
                    screen.path("pairsTested").asLong(),
                    screen.path("passing").asLong(),
                    running,
                    tested,
                    done);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "heap: max %d MiB, used now %d MiB%n",
                    rt.maxMemory() >> 20,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        } finally {
            dashboard.close();
        }
    }
}
