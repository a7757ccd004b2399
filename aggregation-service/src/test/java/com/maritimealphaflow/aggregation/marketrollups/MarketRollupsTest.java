package com.maritimealphaflow.aggregation.marketrollups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.DatabaseTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Rollups on PostgreSQL against bars rolled up by hand from the same minutes. */
class MarketRollupsTest extends DatabaseTest {

    private static final AtomicInteger SYMBOLS = new AtomicInteger();

    @Autowired
    MarketRollups rollups;

    @LocalServerPort
    int port;

    /** A minute as stored. */
    record Minute(
            Instant time,
            double open,
            double high,
            double low,
            double close,
            double volume,
            long trades,
            double vwap) {}

    /** A rollup as expected. */
    record Rolled(
            Instant time,
            BigDecimal open,
            BigDecimal high,
            BigDecimal low,
            BigDecimal close,
            BigDecimal volume,
            long trades,
            BigDecimal vwap,
            int minutes) {}

    @Test
    void cryptoMinutesWithGapsRollUpToEveryIntervalAsByHand() {
        String symbol = symbol("BTC");
        List<Minute> minutes = minutes(Instant.parse("2026-02-10T22:00:00Z"), 36 * 60, 21, 0.3);
        insert("binance", symbol, minutes);
        drain();
        ZoneId utc = ZoneId.of("UTC");
        assertRolled("binance", symbol, "5m", byHand(minutes, t -> floor(t, Duration.ofMinutes(5))));
        assertRolled("binance", symbol, "15m", byHand(minutes, t -> floor(t, Duration.ofMinutes(15))));
        assertRolled("binance", symbol, "30m", byHand(minutes, t -> floor(t, Duration.ofMinutes(30))));
        assertRolled("binance", symbol, "1h", byHand(minutes, t -> floor(t, Duration.ofHours(1))));
        assertRolled("binance", symbol, "4h", byHand(minutes, t -> floor(t, Duration.ofHours(4))));
        assertRolled("binance", symbol, "1d", byHand(minutes, t -> startOfDay(t, utc)));
        // a day holds the minutes stored, not 1,440: the gaps show
        assertThat(jdbc.queryForObject(
                        "SELECT minutes FROM market_bar WHERE symbol = ? AND bar_interval = '1d' AND bar_time = ?",
                        Integer.class,
                        symbol,
                        Timestamp.from(Instant.parse("2026-02-11T00:00:00Z"))))
                .isLessThan(1_440)
                .isEqualTo((int) minutes.stream()
                        .filter(m -> m.time().toString().startsWith("2026-02-11"))
                        .count());
    }

    @Test
    void equityDaysFollowNewYorkAcrossTheSpringDstChange() {
        String symbol = symbol("SPY");
        seed.marketBars().instrument("polygon", symbol, "stocks");
        // 2026-03-08 is 23 hours long in New York: from 05:00Z to 04:00Z the next day
        List<Minute> minutes = minutes(Instant.parse("2026-03-07T03:00:00Z"), 72 * 60, 22, 0.5);
        insert("polygon", symbol, minutes);
        drain();
        ZoneId newYork = ZoneId.of("America/New_York");
        List<Rolled> days = byHand(minutes, t -> startOfDay(t, newYork));
        assertRolled("polygon", symbol, "1d", days);
        assertThat(days)
                .extracting(Rolled::time)
                .contains(Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(days.stream()
                        .filter(d -> d.time().equals(Instant.parse("2026-03-08T05:00:00Z")))
                        .findFirst()
                        .orElseThrow()
                        .minutes())
                .isLessThanOrEqualTo(23 * 60);
        assertRolled("polygon", symbol, "4h", byHand(minutes, t -> fourHoursOfDay(t, newYork)));
        assertRolled("polygon", symbol, "1h", byHand(minutes, t -> floor(t, Duration.ofHours(1))));
    }

    @Test
    void aCorrectedMinuteIsFollowedAndADeletedOneLeavesNoEmptyBar() {
        String symbol = symbol("ETH");
        List<Minute> minutes = new ArrayList<>(minutes(Instant.parse("2026-04-01T10:00:00Z"), 120, 23, 0));
        insert("binance", symbol, minutes);
        drain();
        Minute late = minutes.get(17);
        Minute corrected = new Minute(
                late.time(),
                late.open(),
                cents(late.high() + 50),
                late.low(),
                cents(late.close() + 1),
                Math.round(late.volume() * 30) / 10.0,
                late.trades() + 5,
                late.vwap());
        minutes.set(17, corrected);
        insert("binance", symbol, List.of(corrected));
        drain();
        assertRolled("binance", symbol, "5m", byHand(minutes, t -> floor(t, Duration.ofMinutes(5))));
        assertRolled("binance", symbol, "1h", byHand(minutes, t -> floor(t, Duration.ofHours(1))));

        // every minute of 10:05-10:10 removed: that 5-minute bar goes, the hour keeps the rest
        jdbc.update(
                "DELETE FROM market_bar WHERE symbol = ? AND bar_interval = '1m' AND bar_time >= ? AND bar_time < ?",
                symbol,
                Timestamp.from(Instant.parse("2026-04-01T10:05:00Z")),
                Timestamp.from(Instant.parse("2026-04-01T10:10:00Z")));
        minutes.removeIf(m -> !m.time().isBefore(Instant.parse("2026-04-01T10:05:00Z"))
                && m.time().isBefore(Instant.parse("2026-04-01T10:10:00Z")));
        drain();
        assertRolled("binance", symbol, "5m", byHand(minutes, t -> floor(t, Duration.ofMinutes(5))));
        assertRolled("binance", symbol, "1h", byHand(minutes, t -> floor(t, Duration.ofHours(1))));
    }

    @Test
    void aBarFetchedAtAnIntervalIsNeverOverwrittenByARollup() {
        String symbol = symbol("SOL");
        Instant hour = Instant.parse("2026-05-01T00:00:00Z");
        jdbc.update(
                "INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,"
                        + " volume) VALUES (?, '1h', 'binance', false, ?, 1, 2, 0.5, 1.5, 999)",
                symbol,
                Timestamp.from(hour));
        insert("binance", symbol, minutes(hour, 60, 24, 0));
        drain();
        assertThat(jdbc.queryForMap(
                        "SELECT origin, minutes, volume FROM market_bar WHERE symbol = ?"
                                + " AND bar_interval = '1h' AND bar_time = ?",
                        symbol,
                        Timestamp.from(hour)))
                .containsEntry("origin", "native")
                .containsEntry("minutes", null)
                .containsEntry("volume", new BigDecimal("999"));
        assertThat(jdbc.queryForObject(
                        "SELECT origin FROM market_bar WHERE symbol = ? AND bar_interval = '5m'" + " AND bar_time = ?",
                        String.class,
                        symbol,
                        Timestamp.from(hour)))
                .isEqualTo("rollup");
    }

    @Test
    void theListenerRollsUpMinutesOnTheirCommitAndARebuildIsQueuedOverRest() {
        String symbol = symbol("ADA");
        List<Minute> minutes = minutes(Instant.parse("2026-06-01T00:00:00Z"), 90, 25, 0);
        insert("binance", symbol, minutes);
        await().untilAsserted(() ->
                assertRolled("binance", symbol, "15m", byHand(minutes, t -> floor(t, Duration.ofMinutes(15)))));

        jdbc.update("DELETE FROM market_bar WHERE symbol = ? AND bar_interval <> '1m'", symbol);
        RestClient client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + ADMIN_TOKEN)
                .build();
        Map<?, ?> answer = client.post()
                .uri(
                        "/api/market/rollups/rebuild?source=binance&symbol={s}"
                                + "&from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z",
                        symbol)
                .retrieve()
                .body(Map.class);
        assertThat(answer.get("seriesQueued")).isEqualTo(1);
        drain();
        assertRolled("binance", symbol, "1d", byHand(minutes, t -> startOfDay(t, ZoneId.of("UTC"))));

        for (String bad : new String[] {
            "source=nasdaq&from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z",
            "source=binance&from=yesterday&to=2026-06-02T00:00:00Z",
            "source=binance&from=2026-06-01T00:00:00Z&to=2027-09-02T00:00:00Z"
        }) {
            try {
                client.post()
                        .uri("/api/market/rollups/rebuild?" + bad)
                        .retrieve()
                        .toBodilessEntity();
                throw new AssertionError("accepted " + bad);
            } catch (HttpClientErrorException e) {
                assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(e.getResponseBodyAsString())
                        .contains(
                                bad.startsWith("source=nasdaq") ? "source" : bad.contains("yesterday") ? "from" : "to");
            }
        }
    }

    /**
     * Applies what is pending; the listener may have taken some of it first (the trigger notifies it), so this also
     * waits until no pending row is left, taken or not.
     */
    private void drain() {
        await().untilAsserted(() -> {
            MarketRollups.Run run;
            do {
                run = rollups.applyPending(100);
            } while (run.mayHaveMore());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM market_rollup_pending", Integer.class))
                    .isZero();
        });
    }

    private void insert(String source, String symbol, List<Minute> minutes) {
        jdbc.batchUpdate(
                """
                INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,
                                        volume, trades, vwap)
                VALUES (?, '1m', ?, false, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (symbol, bar_interval, source, adjusted, bar_time) DO UPDATE SET
                    open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                    volume = excluded.volume, trades = excluded.trades, vwap = excluded.vwap
                """,
                minutes.stream()
                        .map(m -> new Object[] {
                            symbol,
                            source,
                            Timestamp.from(m.time()),
                            m.open(),
                            m.high(),
                            m.low(),
                            m.close(),
                            m.volume(),
                            m.trades(),
                            m.vwap()
                        })
                        .toList());
    }

    private void assertRolled(String source, String symbol, String interval, List<Rolled> expected) {
        List<Rolled> stored = jdbc.query(
                "SELECT bar_time, open, high, low, close, volume, trades, vwap, minutes FROM market_bar"
                        + " WHERE source = ? AND symbol = ? AND bar_interval = ? AND origin = 'rollup' ORDER BY bar_time",
                (rs, row) -> new Rolled(
                        rs.getTimestamp(1).toInstant(),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getLong(7),
                        rs.getBigDecimal(8).setScale(8, RoundingMode.HALF_UP),
                        rs.getInt(9)),
                source,
                symbol,
                interval);
        assertThat(stored)
                .as(interval)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactlyElementsOf(expected);
    }

    /** The issue's definition, in Java: first open, max high, min low, last close, sums, VWAP by volume. */
    private static List<Rolled> byHand(List<Minute> minutes, Function<Instant, Instant> bucket) {
        TreeMap<Instant, List<Minute>> groups = new TreeMap<>();
        minutes.stream().sorted(java.util.Comparator.comparing(Minute::time)).forEach(m -> groups.computeIfAbsent(
                        bucket.apply(m.time()), b -> new ArrayList<>())
                .add(m));
        List<Rolled> rolled = new ArrayList<>();
        groups.forEach((time, group) -> {
            BigDecimal volume = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            long trades = 0;
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            for (Minute m : group) {
                volume = volume.add(BigDecimal.valueOf(m.volume()));
                weighted = weighted.add(BigDecimal.valueOf(m.vwap()).multiply(BigDecimal.valueOf(m.volume())));
                trades += m.trades();
                high = Math.max(high, m.high());
                low = Math.min(low, m.low());
            }
            rolled.add(new Rolled(
                    time,
                    BigDecimal.valueOf(group.get(0).open()),
                    BigDecimal.valueOf(high),
                    BigDecimal.valueOf(low),
                    BigDecimal.valueOf(group.get(group.size() - 1).close()),
                    volume,
                    trades,
                    weighted.divide(volume, 8, RoundingMode.HALF_UP),
                    group.size()));
        });
        return rolled;
    }

    /** Minutes from {@code start}, a share of them missing, with two-decimal prices. */
    private static List<Minute> minutes(Instant start, int count, long seed, double missing) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Minute> minutes = new ArrayList<>();
        double price = 100;
        for (int i = 0; i < count; i++) {
            price = Math.max(1, price + random.nextInt(-50, 51) / 100.0);
            if (random.nextDouble() < missing) {
                continue;
            }
            double open = cents(price);
            double close = cents(Math.max(1, price + random.nextInt(-30, 31) / 100.0));
            double high = cents(Math.max(open, close) + random.nextInt(0, 20) / 100.0);
            double low = cents(Math.min(open, close) - random.nextInt(0, 20) / 100.0);
            minutes.add(new Minute(
                    start.plusSeconds(60L * i),
                    open,
                    high,
                    low,
                    close,
                    random.nextInt(1, 500) / 10.0,
                    random.nextInt(1, 40),
                    Math.round((high + low) * 5_000) / 10_000.0));
        }
        return minutes;
    }

    private static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Instant floor(Instant time, Duration length) {
        long ms = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), ms) * ms);
    }

    private static Instant startOfDay(Instant time, ZoneId zone) {
        return ZonedDateTime.ofInstant(time, zone)
                .toLocalDate()
                .atStartOfDay(zone)
                .toInstant();
    }

    private static Instant fourHoursOfDay(Instant time, ZoneId zone) {
        ZonedDateTime local = ZonedDateTime.ofInstant(time, zone);
        return local.toLocalDate()
                .atTime(local.getHour() / 4 * 4, 0)
                .atZone(zone)
                .toInstant();
    }

    private static String symbol(String base) {
        return base + "R" + (System.currentTimeMillis() % 100_000) + "x" + SYMBOLS.incrementAndGet();
    }
}
