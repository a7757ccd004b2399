package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.DashboardApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End-to-end latency of backtest requests against the real dashboard service on loopback, with a year of 5-minute
 * bars (105,120) and a year of 5-minute vessel-count windows stored in PostgreSQL: one backtest (read, align,
 * simulate, encode the curves), the default optimizer grid with a holdout, and the same with four walk-forward folds.
 * Run with {@code scripts/bench-backtest.sh}.
 */
public final class BacktestRequestBenchmark {

    private static final String YEAR = "\"symbol\":\"BENCHUSDT\",\"interval\":\"5m\","
            + "\"from\":\"2025-01-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"";

    public static void main(String[] args) throws Exception {
        int backtests = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        seed(new JdbcTemplate(database.dataSource()));

        ConfigurableApplicationContext dashboard = new SpringApplicationBuilder(DashboardApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--logging.level.root=WARN");
        try {
            String base = "http://127.0.0.1:" + dashboard.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            for (String points : new String[] {",\"maxPoints\":2000", ""}) {
                String backtest = "{" + YEAR + ",\"fast\":12,\"slow\":48" + points + "}";
                for (int i = 0; i < 5; i++) {
                    post(http, base + "/api/backtests", backtest);
                }
                long[] millis = new long[backtests];
                int bytes = 0;
                for (int i = 0; i < backtests; i++) {
                    long t = System.nanoTime();
                    bytes = post(http, base + "/api/backtests", backtest).length();
                    millis[i] = (System.nanoTime() - t) / 1_000_000;
                }
                Arrays.sort(millis);
                System.out.printf(
                        Locale.ROOT,
                        "one backtest over a year of 5-minute bars, end to end, %s (%d requests, %,d-byte answer):"
                                + " median %d ms, p95 %d ms%n",
                        points.isEmpty() ? "every bar's curves" : "curves thinned to 2,000 points as the page asks",
                        backtests,
                        bytes,
                        millis[backtests / 2],
                        millis[(int) Math.ceil(backtests * 0.95) - 1]);
            }

            for (String validation : new String[] {"holdout", "walk-forward"}) {
                String optimization = "{" + YEAR + ",\"validation\":\"" + validation + "\"}";
                post(http, base + "/api/backtests/optimizations", optimization);
                long[] runs = new long[3];
                for (int i = 0; i < runs.length; i++) {
                    long t = System.nanoTime();
                    post(http, base + "/api/backtests/optimizations", optimization);
                    runs[i] = (System.nanoTime() - t) / 1_000_000;
                }
                Arrays.sort(runs);
                System.out.printf(
                        Locale.ROOT,
                        "default optimizer grid (fast 2-50, slow 5-200), %s, end to end: %d / %d / %d ms"
                                + " (fastest / median / slowest of 3)%n",
                        validation.equals("holdout") ? "70/30 holdout" : "4 walk-forward folds",
                        runs[0],
                        runs[1],
                        runs[2]);
            }
        } finally {
            dashboard.close();
        }
    }

    private static String post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A random-walk price and counts with a daily cycle and noise, one row per five minutes of 2025. */
    private static void seed(JdbcTemplate jdbc) {
        jdbc.execute("SELECT setseed(0.42)");
        jdbc.update(
                """
                INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume)
                SELECT 'BENCHUSDT', '5m', 'binance', false, t, p, p * 1.001, p * 0.999, p * (1 + (random() - 0.5) * 0.004), 1
                FROM (SELECT t, 30000 * exp(sum((random() - 0.5) * 0.004) OVER (ORDER BY t)) AS p
                      FROM generate_series(timestamptz '2025-01-01 00:00Z', timestamptz '2025-12-31 23:55Z',
                                           interval '5 minutes') t) walk
                """);
        jdbc.update(
                """
                INSERT INTO ship_count_agg (batch_start, batch_end, total, cargo, tanker)
                SELECT t, t + interval '5 minutes', c, c / 3, c / 5
                FROM (SELECT t, (400 + 50 * sin(extract(epoch FROM t) / 86400 * 2 * pi()) + floor(random() * 40))::int AS c
                      FROM generate_series(timestamptz '2024-12-31 23:00Z', timestamptz '2025-12-31 23:55Z',
                                           interval '5 minutes') t) counts
                """);
        jdbc.execute("ANALYZE market_bar");
        jdbc.execute("ANALYZE ship_count_agg");
    }
}
