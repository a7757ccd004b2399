package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.support.Bars;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.calendar.Gap;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Missing bars against the calendar of the market, on PostgreSQL. */
class GapFinderTest extends MarketDatabaseTest {

    private static final BarSeries BTC = new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false);
    private static final BarSeries SEA_MINUTES =
            new BarSeries(MarketSource.POLYGON, "SEA", BarInterval.ONE_MINUTE, true);
    private static final BarSeries SEA_DAYS = new BarSeries(MarketSource.POLYGON, "SEA", BarInterval.ONE_DAY, true);

    @Autowired
    GapFinder gaps;

    @Autowired
    BarStore store;

    @BeforeEach
    void clear() {
        clearMarketTables();
    }

    @Test
    void findsLeadingTrailingAndInteriorGapsOfA247Market() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = from.plus(Duration.ofHours(3));
        // stored: 00:10–00:59 and 01:30–02:49, one lone minute missing at 02:00
        store.write(BTC, Bars.every(Duration.ofMinutes(1), from.plusSeconds(600), from.plusSeconds(3600), t -> true));
        store.write(
                BTC,
                Bars.every(
                        Duration.ofMinutes(1),
                        from.plusSeconds(5400),
                        from.plusSeconds(10_200),
                        t -> !t.equals(Instant.parse("2026-03-01T02:00:00Z"))));

        List<Gap> found = gaps.find(BTC, MarketCalendar.ALWAYS_OPEN, from, to);

        assertThat(found)
                .containsExactly(
                        new Gap(from, Instant.parse("2026-03-01T00:10:00Z"), 10),
                        new Gap(Instant.parse("2026-03-01T01:00:00Z"), Instant.parse("2026-03-01T01:30:00Z"), 30),
                        new Gap(Instant.parse("2026-03-01T02:00:00Z"), Instant.parse("2026-03-01T02:01:00Z"), 1),
                        new Gap(Instant.parse("2026-03-01T02:50:00Z"), to, 10));
    }

    @Test
    void findsTheWholeRangeMissingWhenNothingIsStored() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        assertThat(gaps.find(BTC, MarketCalendar.ALWAYS_OPEN, from, from.plus(Duration.ofDays(365))))
                .containsExactly(new Gap(from, from.plus(Duration.ofDays(365)), 525_600));
    }

    @Test
    void nightsWeekendsHolidaysAndEarlyClosesAreNotGapsForAStockButAMissingHourIs() {
        // Thanksgiving week 2025: Mon–Wed full sessions, Thursday closed, Friday until 13:00.
        Instant from = Instant.parse("2025-11-24T00:00:00Z");
        Instant to = Instant.parse("2025-12-01T00:00:00Z");
        Instant lostFrom = Instant.parse("2025-11-25T16:00:00Z");
        Instant lostTo = Instant.parse("2025-11-25T17:00:00Z");
        store.write(
                SEA_MINUTES,
                Bars.every(
                        Duration.ofMinutes(1),
                        from,
                        to,
                        t -> MarketCalendar.US_EQUITIES
                                                .expected(BarInterval.ONE_MINUTE, t, t.plusSeconds(60))
                                                .count()
                                        == 1
                                && (t.isBefore(lostFrom) || !t.isBefore(lostTo))));

        assertThat(gaps.find(SEA_MINUTES, MarketCalendar.US_EQUITIES, from, to))
                .containsExactly(new Gap(lostFrom, lostTo, 60));
        // The same bars as a 24/7 market would have every night, the holiday and the weekend missing.
        assertThat(gaps.find(SEA_MINUTES, MarketCalendar.ALWAYS_OPEN, from, to)).hasSizeGreaterThan(5);
    }

    @Test
    void dailyBarsMissOnlyTradingDaysAndAHoleInsideARangeFetchedInFullIsNotAGap() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant from = Instant.parse("2025-12-20T00:00:00Z");
        Instant to = Instant.parse("2026-01-10T00:00:00Z");
        // stored: every trading day but Dec 30 and Jan 8
        Set<LocalDate> missing = Set.of(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 8));
        for (LocalDate d = LocalDate.of(2025, 12, 20); d.isBefore(LocalDate.of(2026, 1, 10)); d = d.plusDays(1)) {
            if (MarketCalendar.US_EQUITIES.session(d).isPresent() && !missing.contains(d)) {
                store.write(SEA_DAYS, List.of(Bars.bar(d.atStartOfDay(newYork).toInstant(), "22.5")));
            }
        }

        assertThat(gaps.find(SEA_DAYS, MarketCalendar.US_EQUITIES, from, to))
                .containsExactly(
                        new Gap(Instant.parse("2025-12-30T05:00:00Z"), Instant.parse("2025-12-31T05:00:00Z"), 1),
                        new Gap(Instant.parse("2026-01-08T05:00:00Z"), Instant.parse("2026-01-09T05:00:00Z"), 1));

        // Polygon was asked for Dec 29 – Dec 31 in full and had no bar for Dec 30 (a halt): not asked again.
        store.covered(SEA_DAYS, Instant.parse("2025-12-29T05:00:00Z"), Instant.parse("2026-01-01T05:00:00Z"));
        assertThat(gaps.find(SEA_DAYS, MarketCalendar.US_EQUITIES, from, to))
                .containsExactly(
                        new Gap(Instant.parse("2026-01-08T05:00:00Z"), Instant.parse("2026-01-09T05:00:00Z"), 1));
    }

    @Test
    void storesABarOnceCorrectsItInPlaceAndKeepsAdjustedBarsApart() {
        Instant t = Instant.parse("2026-03-02T05:00:00Z");
        assertThat(store.write(SEA_DAYS, List.of(Bars.bar(t, "22.5"))).stored()).isEqualTo(1);
        assertThat(store.write(SEA_DAYS, List.of(Bars.bar(t, "22.50"))))
                .as("the same values again (22.50 = 22.5)")
                .satisfies(r -> {
                    assertThat(r.stored()).isZero();
                    assertThat(r.unchanged()).isEqualTo(1);
                });
        assertThat(store.write(SEA_DAYS, List.of(Bars.bar(t, "23.1"))).stored()).isEqualTo(1);
        BarSeries raw = new BarSeries(MarketSource.POLYGON, "SEA", BarInterval.ONE_DAY, false);
        store.write(raw, List.of(Bars.bar(t, "44.2")));

        assertThat(jdbc.queryForList(
                        "SELECT adjusted, close::text AS close FROM market_bar WHERE symbol = 'SEA' ORDER BY adjusted"))
                .extracting(row -> row.get("adjusted") + " " + row.get("close"))
                .containsExactly("false 44.2", "true 23.1");
    }

    @Test
    void aBarFetchedAtAnIntervalReplacesARollupOfItEvenWithTheSameValues() {
        Instant t = Instant.parse("2026-03-03T05:00:00Z");
        jdbc.update(
                "INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,"
                        + " volume, origin, minutes) SELECT 'SEA', '1d', 'polygon', true, ?, open, high, low, close,"
                        + " volume, 'rollup', 390 FROM (VALUES (22.5, 22.5, 22.5, 22.5, 1)) v (open, high, low, close,"
                        + " volume)",
                java.sql.Timestamp.from(t));
        store.write(SEA_DAYS, List.of(Bars.bar(t, "22.5")));

        assertThat(jdbc.queryForMap(
                        "SELECT origin, minutes FROM market_bar WHERE symbol = 'SEA' AND bar_interval = '1d'"
                                + " AND bar_time = ?",
                        java.sql.Timestamp.from(t)))
                .containsEntry("origin", "native")
                .containsEntry("minutes", null);
    }
}
