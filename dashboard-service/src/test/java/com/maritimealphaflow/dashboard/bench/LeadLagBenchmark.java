package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.DashboardApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Time of a lead-lag study end to end ({@code POST /api/research/lead-lag}: request checked, bars and traffic read
 * from PostgreSQL and resampled, the statistics, the JSON answer), over 5 years of daily data and over a year of
 * hourly data, with the dashboard running in-process on a fresh database. Run with
 * {@code scripts/bench-lead-lag.sh [runs]}.
 */
public final class LeadLagBenchmark {

    private static final Instant START = Instant.parse("2021-01-04T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        seed(jdbc, "BENCHDAY", "1d", "day", 5 * 365 + 1, Duration.ofDays(1));
        seed(jdbc, "BENCHHOUR", "1h", "hour", 365 * 24, Duration.ofHours(1));

        ConfigurableApplicationContext dashboard = new SpringApplicationBuilder(DashboardApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--logging.level.root=WARN");
        try {
            String url = "http://127.0.0.1:" + dashboard.getEnvironment().getProperty("local.server.port")
                    + "/api/research/lead-lag";
            Instant dayEnd = START.plus(Duration.ofDays(5 * 365 + 1));
            Instant hourEnd = START.plus(Duration.ofDays(365));
            time(url, runs, "5 years of daily data (1,826 days), max lag 10", body("BENCHDAY", "day", dayEnd, 10));
            time(url, runs, "a year of hourly data (8,760 hours), max lag 24", body("BENCHHOUR", "hour", hourEnd, 24));
        } finally {
            dashboard.close();
        }
        System.exit(0);
    }

    private static String body(String symbol, String frequency, Instant to, int maxLag) {
        return "{\"symbol\":\"" + symbol + "\",\"frequency\":\"" + frequency + "\",\"from\":\"" + START + "\",\"to\":\""
                + to + "\",\"transform\":\"difference\",\"maxLag\":" + maxLag + "}";
    }

    /** A random walk of counts whose steps move the price two periods later, as bars and rollups of one period. */
    private static void seed(
            JdbcTemplate jdbc, String symbol, String interval, String period, int steps, Duration each) {
        Seed seed = new Seed(jdbc);
        seed.marketBars().remove(symbol).instrument("binance", symbol, "crypto");
        SplittableRandom random = new SplittableRandom(17);
        double[] moves = new double[steps];
        double count = 2_000;
        double price = 100;
        List<Bar> bars = new ArrayList<>();
        List<Rollup> rollups = new ArrayList<>();
        int windows = (int) (each.toMinutes() / 5);
        for (int i = 0; i < steps; i++) {
            Instant start = START.plus(each.multipliedBy(i));
            moves[i] = random.nextDouble(-20, 20);
            count = Math.max(100, count + moves[i]);
            if (i >= 2) {
                price *= Math.exp(0.0005 * moves[i - 2] + 0.002 * random.nextDouble(-1, 1));
            }
            bars.add(Bar.of(symbol, interval, start, price, price, price, price));
            rollups.add(new Rollup(period, start, "total", windows, count, (int) count - 5, (int) count + 5, 900));
        }
        seed.marketBars().insertAll(bars);
        seed.shipCounts().insert(rollups.toArray(Rollup[]::new));
    }

    private static void time(String url, int runs, String label, String body) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + first.statusCode() + " " + first.body());
        }
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ms[r] = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + response.statusCode());
            }
        }
        Arrays.sort(ms);
        String summary = first.body().replaceAll("(?s).*\"summary\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        System.out.printf(
                Locale.ROOT,
                "%s: median %.0f ms, min %.0f ms, max %.0f ms over %d runs after one warm-up; answer %,d bytes;"
                        + " summary: %s%n",
                label,
                ms[runs / 2],
                ms[0],
                ms[runs - 1],
                runs,
                first.body().length(),
                summary);
    }
}
