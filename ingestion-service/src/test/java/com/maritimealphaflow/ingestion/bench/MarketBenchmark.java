package com.maritimealphaflow.ingestion.bench;

import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.IngestionApplication;
import com.maritimealphaflow.ingestion.backfill.Backfill;
import com.maritimealphaflow.ingestion.backfill.BackfillRequest;
import com.maritimealphaflow.ingestion.backfill.BackfillService;
import com.maritimealphaflow.ingestion.backfill.GapFinder;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.support.Bars;
import com.maritimealphaflow.ingestion.support.FakeMarketServer;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.calendar.Gap;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Market data figures, through the production path on a fresh database: (1) bars per second stored by a backfill of
 * a year of 1-minute klines (525,600) from a loopback server answering like Binance; (2) the time of the gap
 * computation over that year after random holes are punched in it, for 24/7 and for a year of NYSE minutes; (3) the
 * time to read a year and a day of one symbol's 1-minute bars. Run with {@code scripts/bench-market.sh}.
 */
public final class MarketBenchmark {

    private static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2026-01-01T00:00:00Z");
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        TestDatabase database = TestDatabase.create();
        try (FakeMarketServer binance = FakeMarketServer.start()) {
            binance.route("/api/v3/klines", MarketFixtures.binanceKlines(YEAR, YEAR_END, Set.of()));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestionApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(
                            "--spring.datasource.url=" + database.jdbcUrl(),
                            "--spring.datasource.username=" + database.username(),
                            "--spring.datasource.password=" + database.password(),
                            "--spring.quartz.auto-startup=false",
                            "--alphaflow.ingestion.ais.source=simulator",
                            "--alphaflow.ingestion.ais.batch-interval=PT24H",
                            "--alphaflow.ingestion.market.binance.base-url=" + binance.baseUrl(),
                            "--alphaflow.ingestion.market.backfill.poll-interval=PT0.1S",
                            "--logging.level.com.maritimealphaflow.ingestion.backfill=WARN");
            try {
                backfill(context, binance);
                gaps(context, seed);
                reads(context);
            } finally {
                context.close();
            }
        }
        System.exit(0);
    }

    private static void backfill(ConfigurableApplicationContext context, FakeMarketServer binance) {
        BackfillService backfills = context.getBean(BackfillService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long t = System.nanoTime();
        Backfill job = backfills.request(
                new BackfillRequest("binance", List.of("BTCUSDT"), "1m", YEAR.toString(), YEAR_END.toString(), null));
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(100)).until(() -> !List.of(
                        "queued", "running")
                .contains(backfills.get(job.id()).status()));
        double wall = (System.nanoTime() - t) / 1e9;
        Backfill done = backfills.get(job.id());
        double run = jdbc.queryForObject(
                "SELECT extract(epoch FROM ended_at - started_at) FROM market_backfill WHERE id = ?",
                Double.class,
                job.id());
        long stored = jdbc.queryForObject("SELECT count(*) FROM market_bar", Long.class);
        System.out.printf(
                Locale.ROOT,
                "backfill of a year of 1-minute bars: status %s, %,d bars stored in %,d pages (%,d requests) in %.2f s"
                        + " = %,.0f bars/s (%.2f s from the request, plan included)%n",
                done.status(),
                stored,
                done.progress().pagesDone(),
                binance.requests("/api/v3/klines").size(),
                run,
                stored / run,
                wall);
        long t2 = System.nanoTime();
        Backfill again = backfills.request(
                new BackfillRequest("binance", List.of("BTCUSDT"), "1m", YEAR.toString(), YEAR_END.toString(), null));
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> !List.of("queued", "running")
                        .contains(backfills.get(again.id()).status()));
        System.out.printf(
                Locale.ROOT,
                "the same backfill again: %s, %d steps, %.2f s (nothing missing, nothing fetched)%n",
                backfills.get(again.id()).status(),
                backfills.get(again.id()).steps().size(),
                (System.nanoTime() - t2) / 1e9);
    }

    private static void gaps(ConfigurableApplicationContext context, long seed) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        GapFinder finder = context.getBean(GapFinder.class);
        BarStore store = context.getBean(BarStore.class);
        Random random = new Random(seed);
        // 1,000 single minutes and 50 runs of up to 6 hours, anywhere in the year
        int punched = 0;
        for (int i = 0; i < 1000; i++) {
            punched += jdbc.update(
                    "DELETE FROM market_bar WHERE symbol = 'BTCUSDT' AND bar_time = ?",
                    Timestamp.from(YEAR.plus(Duration.ofMinutes(random.nextInt(525_600)))));
        }
        for (int i = 0; i < 50; i++) {
            Instant from = YEAR.plus(Duration.ofMinutes(random.nextInt(525_600)));
            punched += jdbc.update(
                    "DELETE FROM market_bar WHERE symbol = 'BTCUSDT' AND bar_time >= ? AND bar_time < ?",
                    Timestamp.from(from),
                    Timestamp.from(from.plus(Duration.ofMinutes(1 + random.nextInt(360)))));
        }
        // The backfill recorded the year as fetched in full, which would make these holes "no trading"; the
        // benchmark measures the holes of a series without that record (e.g. imported from a file).
        jdbc.update("DELETE FROM market_bar_coverage");
        jdbc.execute("VACUUM ANALYZE market_bar");
        BarSeries btc = new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false);
        time("gaps over a year of 24/7 1-minute bars (" + punched + " bars removed)", () -> {
            List<Gap> gaps = finder.find(btc, MarketCalendar.ALWAYS_OPEN, YEAR, YEAR_END);
            return gaps.size() + " gaps, "
                    + gaps.stream().mapToLong(Gap::expectedBars).sum() + " bars missing";
        });

        // A year of NYSE regular-session minutes for one stock (about 98,000 bars), with the same kind of holes.
        BarSeries sea = new BarSeries(MarketSource.POLYGON, "SEA", BarInterval.ONE_MINUTE, true);
        List<com.maritimealphaflow.ingestion.market.bars.Bar> session = new ArrayList<>();
        for (var bar : Bars.every(
                Duration.ofMinutes(1),
                YEAR,
                YEAR_END,
                t -> MarketCalendar.US_EQUITIES
                                .expected(BarInterval.ONE_MINUTE, t, t.plusSeconds(60))
                                .count()
                        == 1)) {
            if (random.nextInt(1000) != 0) {
                session.add(bar);
            }
        }
        for (int i = 0; i < session.size(); i += 20_000) {
            store.write(sea, session.subList(i, Math.min(session.size(), i + 20_000)));
        }
        jdbc.execute("ANALYZE market_bar");
        time("gaps over a year of NYSE 1-minute bars (" + session.size() + " stored)", () -> {
            List<Gap> gaps = finder.find(sea, MarketCalendar.US_EQUITIES, YEAR, YEAR_END);
            return gaps.size() + " gaps, "
                    + gaps.stream().mapToLong(Gap::expectedBars).sum() + " bars missing";
        });
    }

    private static void reads(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String sql = "SELECT bar_time, open, high, low, close, volume FROM market_bar WHERE symbol = 'BTCUSDT'"
                + " AND bar_interval = '1m' AND source = 'binance' AND adjusted = false AND bar_time >= ?"
                + " AND bar_time < ? ORDER BY bar_time";
        time("read a year of BTCUSDT 1-minute bars", () -> {
            long[] rows = {0};
            jdbc.query(
                    sql,
                    rs -> {
                        rows[0]++;
                    },
                    Timestamp.from(YEAR),
                    Timestamp.from(YEAR_END));
            return rows[0] + " rows";
        });
        time("read one day of BTCUSDT 1-minute bars", () -> {
            long[] rows = {0};
            Instant day = Instant.parse("2025-07-15T00:00:00Z");
            jdbc.query(
                    sql,
                    rs -> {
                        rows[0]++;
                    },
                    Timestamp.from(day),
                    Timestamp.from(day.plus(Duration.ofDays(1))));
            return rows[0] + " rows";
        });
    }

    private static void time(String what, java.util.function.Supplier<String> work) {
        double[] seconds = new double[RUNS];
        String result = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            result = work.get();
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(
                Locale.ROOT,
                "%s: %s; %d runs: best %.3f s, median %.3f s, worst %.3f s%n",
                what,
                result,
                RUNS,
                seconds[0],
                seconds[RUNS / 2],
                seconds[RUNS - 1]);
    }
}
