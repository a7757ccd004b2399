package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.DashboardApplication;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.RollupIntervals;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.model.market.calendar.Session;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of {@code GET /api/market/candles} for a year of 1-minute bars asked for at 1h and at 1d (issue 19), with
 * the stored rollups ({@code basis=stored}) and without them ({@code basis=minutes}, rolled up per request in SQL).
 * A fresh database gets a year of 24/7 minutes of a Binance pair (525,600) and the NYSE regular-session minutes of a
 * Polygon stock over the same year (holidays and early closes from {@link MarketCalendar#US_EQUITIES}); their rollups
 * are written by the aggregation service's statement; then the dashboard runs in-process and each case is requested
 * sequentially over loopback HTTP, the body read in full. Run with {@code scripts/bench-candles.sh [days] [requests]}.
 */
public final class CandlesBenchmark {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int WARM_UPS = 3;

    private record Series(String symbol, String source, boolean adjusted, String zone) {}

    private record Case(Series series, String interval, String basis, String format, boolean gzip) {

        String label() {
            return series.symbol + " " + interval + " " + basis + (format.equals("json") ? "" : " " + format)
                    + (gzip ? " gzip" : "");
        }
    }

    private static final Series CRYPTO = new Series("BENCHUSDT", "binance", false, "UTC");
    private static final Series STOCK = new Series("BENCH", "polygon", true, "America/New_York");

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Instant end = START.plusSeconds(86_400L * days);
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = database.connect()) {
            long t = System.nanoTime();
            int crypto = seedCrypto(connection, end);
            System.out.printf(
                    Locale.ROOT, "loaded %,d 1m bars of %s (24/7) in %.1f s%n", crypto, CRYPTO.symbol, since(t));
            t = System.nanoTime();
            int stock = seedStock(connection, end);
            System.out.printf(
                    Locale.ROOT,
                    "loaded %,d 1m bars of %s (NYSE regular sessions) in %.1f s%n",
                    stock,
                    STOCK.symbol,
                    since(t));
            for (Series series : List.of(CRYPTO, STOCK)) {
                StringBuilder times = new StringBuilder();
                int total = 0;
                long all = System.nanoTime();
                for (BarInterval interval : RollupIntervals.ROLLED_UP) {
                    long i = System.nanoTime();
                    int bars = rollUp(connection, series, interval, end);
                    total += bars;
                    times.append(String.format(
                            Locale.ROOT,
                            "%s%s %,d in %.2f s",
                            times.isEmpty() ? "" : ", ",
                            interval.key(),
                            bars,
                            since(i)));
                }
                System.out.printf(
                        Locale.ROOT,
                        "rollups of %s: %,d bars in %.1f s (%s)%n",
                        series.symbol,
                        total,
                        since(all),
                        times);
            }
            t = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE market_bar");
            }
            System.out.printf(Locale.ROOT, "VACUUM ANALYZE market_bar in %.1f s%n", since(t));
        }

        ConfigurableApplicationContext dashboard = new SpringApplicationBuilder(DashboardApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--logging.level.root=WARN");
        try {
            String base = "http://127.0.0.1:" + dashboard.getEnvironment().getProperty("local.server.port");
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Case> cases = new ArrayList<>();
            for (Series series : List.of(CRYPTO, STOCK)) {
                for (String interval : List.of("1h", "1d")) {
                    for (String basis : List.of("stored", "minutes")) {
                        cases.add(new Case(series, interval, basis, "json", false));
                    }
                }
            }
            cases.add(2, new Case(CRYPTO, "1h", "auto", "json", false));
            cases.add(3, new Case(CRYPTO, "1h", "stored", "csv", false));
            cases.add(4, new Case(CRYPTO, "1h", "stored", "json", true));
            System.out.printf(
                    Locale.ROOT,
                    "%n%d days from %s; %d requests per case after %d warm-ups, one at a time%n",
                    days,
                    START,
                    requests,
                    WARM_UPS);
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %8s %8s %8s %8s %6s %12s%n",
                    "case",
                    "p50 ms",
                    "p95 ms",
                    "max ms",
                    "candles",
                    "gaps",
                    "bytes");
            for (Case c : cases) {
                run(http, base, c, end, requests);
            }
        } finally {
            dashboard.close();
        }
    }

    private static void run(HttpClient http, String base, Case c, Instant end, int requests) throws Exception {
        URI uri = URI.create(base + "/api/market/candles?symbol=" + c.series.symbol + "&source=" + c.series.source
                + "&interval=" + c.interval + "&from=" + START + "&to=" + end + "&basis=" + c.basis + "&format="
                + c.format);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        if (c.gzip) {
            builder.header("Accept-Encoding", "gzip");
        }
        HttpRequest request = builder.build();
        byte[] body = null;
        for (int i = 0; i < WARM_UPS; i++) {
            body = get(http, request);
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            body = get(http, request);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        byte[] plain = c.gzip ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
        String candles;
        String gaps;
        if (c.format.equals("csv")) {
            candles = String.valueOf(new String(plain, StandardCharsets.UTF_8).split("\n").length - 1);
            gaps = "-";
        } else {
            JsonNode json = JsonMapper.builder().build().readTree(plain);
            candles = String.valueOf(json.get("candles").size());
            gaps = json.get("gaps").isNull()
                    ? "-"
                    : String.valueOf(json.get("gaps").size());
        }
        System.out.printf(
                Locale.ROOT,
                "%-32s %8.0f %8.0f %8.0f %8s %6s %12s%n",
                c.label(),
                millis[requests / 2],
                millis[(int) Math.ceil(requests * 0.95) - 1],
                millis[requests - 1],
                candles,
                gaps,
                c.gzip
                        ? String.format(Locale.ROOT, "%,d (%,d)", body.length, plain.length)
                        : String.format(Locale.ROOT, "%,d", body.length));
    }

    private static byte[] get(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** Every minute of [START, end): a random-walk price with trades and VWAP, as Binance's klines give them. */
    private static int seedCrypto(Connection connection, Instant end) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setseed(0.19)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,
                                        volume, trades, vwap)
                SELECT ?, '1m', ?, ?, t, round(p, 2), round(p * 1.0005, 2), round(p * 0.9995, 2),
                       round(p * (1 + (random() - 0.5) * 0.001)::numeric, 2), round((random() * 10)::numeric, 4),
                       1 + floor(random() * 200)::int, round(p, 2)
                FROM (SELECT t, (40000 * exp(sum((random() - 0.5) * 0.002) OVER (ORDER BY t)))::numeric AS p
                      FROM generate_series(?::timestamptz, ?::timestamptz - interval '1 minute',
                                           interval '1 minute') t) walk
                """)) {
            insert.setString(1, CRYPTO.symbol);
            insert.setString(2, CRYPTO.source);
            insert.setBoolean(3, CRYPTO.adjusted);
            insert.setTimestamp(4, Timestamp.from(START));
            insert.setTimestamp(5, Timestamp.from(end));
            return insert.executeUpdate();
        }
    }

    /**
     * Every minute of the NYSE regular sessions in [START, end) (weekends, holidays and early closes from the
     * calendar the gap finder uses), and the instrument row that puts the stock on that calendar.
     */
    private static int seedStock(Connection connection, Instant end) throws Exception {
        List<String> opens = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        for (LocalDate day = LocalDate.ofInstant(START, ZoneOffset.UTC);
                day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(end);
                day = day.plusDays(1)) {
            MarketCalendar.US_EQUITIES.session(day).ifPresent((Session s) -> {
                opens.add(s.open().toString());
                closes.add(s.close().toString());
            });
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setseed(0.23)");
            statement.execute("INSERT INTO market_instrument (source, symbol, name, market, updated_at)"
                    + " VALUES ('polygon', 'BENCH', 'Benchmark stock', 'stocks', now()),"
                    + " ('binance', 'BENCHUSDT', 'Benchmark pair', 'crypto', now())");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,
                                        volume, trades, vwap)
                SELECT ?, '1m', ?, ?, t, round(p, 4), round(p * 1.0005, 4), round(p * 0.9995, 4),
                       round(p * (1 + (random() - 0.5) * 0.001)::numeric, 4), floor(random() * 5000),
                       1 + floor(random() * 50)::int, round(p, 4)
                FROM (SELECT t, (180 * exp(sum((random() - 0.5) * 0.002) OVER (ORDER BY t)))::numeric AS p
                      FROM unnest(?::timestamptz[], ?::timestamptz[]) s(open, close),
                           generate_series(s.open, s.close - interval '1 minute', interval '1 minute') t
                      WHERE t < ?) walk
                """)) {
            Array openArray = connection.createArrayOf("text", opens.toArray());
            Array closeArray = connection.createArrayOf("text", closes.toArray());
            insert.setString(1, STOCK.symbol);
            insert.setString(2, STOCK.source);
            insert.setBoolean(3, STOCK.adjusted);
            insert.setArray(4, openArray);
            insert.setArray(5, closeArray);
            insert.setTimestamp(6, Timestamp.from(end));
            return insert.executeUpdate();
        }
    }

    /**
     * The interval's rollups of the series over [START, end), by the aggregation service's statement
     * ({@code RollupStore.roll}: {@link RollupIntervals#AGGREGATES} grouped by {@link RollupIntervals#bucket} in the
     * series' zone).
     */
    private static int rollUp(Connection connection, Series series, BarInterval interval, Instant end)
            throws Exception {
        String sql =
                """
                INSERT INTO market_bar AS b (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,
                                             volume, trades, vwap, origin, minutes)
                SELECT ?, ?, ?, ?, bucket, r.open, r.high, r.low, r.close, r.volume, r.trades, r.vwap, 'rollup',
                       r.minutes
                FROM (SELECT bucket, %s
                      FROM (SELECT m.*, %s AS bucket FROM market_bar m
                            WHERE m.source = ? AND m.symbol = ? AND m.adjusted = ? AND m.bar_interval = '1m'
                              AND m.bar_time >= ? AND m.bar_time < ?) m
                      GROUP BY bucket) r
                ON CONFLICT (symbol, bar_interval, source, adjusted, bar_time) DO UPDATE SET
                    open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                    volume = excluded.volume, trades = excluded.trades, vwap = excluded.vwap,
                    minutes = excluded.minutes, updated_at = now()
                WHERE b.origin = 'rollup'
                """
                        .formatted(RollupIntervals.AGGREGATES, RollupIntervals.bucket(interval));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            insert.setString(p++, series.symbol);
            insert.setString(p++, interval.key());
            insert.setString(p++, series.source);
            insert.setBoolean(p++, series.adjusted);
            for (int i = 0; i < RollupIntervals.zoneParameters(interval); i++) {
                insert.setString(p++, series.zone);
            }
            insert.setString(p++, series.source);
            insert.setString(p++, series.symbol);
            insert.setBoolean(p++, series.adjusted);
            insert.setTimestamp(p++, Timestamp.from(START));
            insert.setTimestamp(p, Timestamp.from(end));
            return insert.executeUpdate();
        }
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
