package com.maritimealphaflow.aggregation.bench;

import com.maritimealphaflow.aggregation.AggregationApplication;
import com.maritimealphaflow.aggregation.marketrollups.MarketRollups;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rollup job's speed: a year of 1-minute bars of one symbol (525,600 minutes) is COPYed into a fresh database,
 * and the time to roll them up to 5m, 15m, 30m, 1h, 4h and 1d is measured through the production path (the pending
 * row the trigger leaves, taken and applied by {@link MarketRollups}). Run with
 * {@code scripts/bench-rollups.sh [days] [runs]}.
 */
public final class MarketRollupsBenchmark {

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TestDatabase database = TestDatabase.create();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(AggregationApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.quartz.auto-startup=false");
        try (Connection connection = database.connect()) {
            MarketRollups rollups = service.getBean(MarketRollups.class);
            // the listener would race the measured call for the pending row: the measurement is the work, not the wake
            service.getBean("marketBarsListener", org.springframework.context.SmartLifecycle.class)
                    .stop();
            for (int run = 1; run <= runs; run++) {
                String symbol = "BENCH" + run + "USDT";
                long minutes = seed(connection, symbol, days);
                long start = System.nanoTime();
                MarketRollups.Run done;
                long bars = 0;
                do {
                    done = rollups.applyPending(10);
                    bars += done.bars();
                } while (done.series() > 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %,d minutes over %d days -> %,d rollup bars (6 intervals) in %.2f s:"
                                + " %,.0f minutes/s read, %,.0f rollup bars/s written%n",
                        run,
                        minutes,
                        days,
                        bars,
                        seconds,
                        minutes / seconds,
                        bars / seconds);
            }
        } finally {
            service.close();
        }
    }

    private static long seed(Connection connection, String symbol, int days) throws Exception {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        SplittableRandom random = new SplittableRandom(symbol.hashCode());
        StringBuilder csv = new StringBuilder(days * 1_440 * 80);
        double price = 40_000;
        long minutes = (long) days * 1_440;
        for (long i = 0; i < minutes; i++) {
            double open = price;
            price = Math.max(1, price * (1 + (random.nextDouble() - 0.5) * 0.002));
            double high = Math.max(open, price) * 1.0005;
            double low = Math.min(open, price) * 0.9995;
            csv.append(symbol)
                    .append(",1m,binance,false,")
                    .append(start.plusSeconds(60 * i))
                    .append(',')
                    .append(String.format(
                            Locale.ROOT,
                            "%.2f,%.2f,%.2f,%.2f,%.4f,%d,%.2f%n",
                            open,
                            high,
                            low,
                            price,
                            random.nextDouble() * 10,
                            random.nextInt(1, 200),
                            (high + low) / 2));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume,"
                                    + " trades, vwap) FROM STDIN (FORMAT csv)",
                            new StringReader(csv.toString()));
            statement.execute("COMMIT");
            statement.execute("ANALYZE market_bar");
        }
        return minutes;
    }
}
