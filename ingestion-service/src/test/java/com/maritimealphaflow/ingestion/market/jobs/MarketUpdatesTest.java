package com.maritimealphaflow.ingestion.market.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import com.maritimealphaflow.ingestion.market.csv.CsvDirectoryImport;
import com.maritimealphaflow.ingestion.market.updates.MarketUpdates;
import com.maritimealphaflow.ingestion.support.Bars;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.schedule.ScheduleRegistrar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled side: incremental updates from the latest stored bar, and which jobs the store holds. */
class MarketUpdatesTest extends MarketDatabaseTest {

    private static final BarSeries BTC = new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false);

    @Autowired
    MarketUpdates updates;

    @Autowired
    BarStore store;

    @Autowired
    Scheduler scheduler;

    @Autowired
    MarketProperties properties;

    @Autowired
    BarSources sources;

    @Autowired
    OrderBookSnapshots orderBooks;

    @Autowired
    CsvDirectoryImport csv;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void setUp() {
        clearMarketTables();
        MARKET.reset();
        MARKET.route(
                "/api/v3/klines",
                MarketFixtures.binanceKlines(now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(1)), Set.of()));
    }

    @Test
    void fetchesForwardFromTheLatestStoredBarIncludedAndLogsTheRun() throws Exception {
        Instant latest = now.minus(Duration.ofMinutes(90));
        store.write(BTC, List.of(Bars.bar(latest, "1.0")));

        long stored = updates.update(MarketSource.BINANCE);

        assertThat(MARKET.requests("/api/v3/klines").get(0).param("startTime"))
                .isEqualTo(Long.toString(latest.toEpochMilli()));
        // the bar stored as "1.0" was still forming: the exchange's final one replaces it
        assertThat(stored).isGreaterThanOrEqualTo(91);
        assertThat(store.latest(BTC)).hasValueSatisfying(t -> assertThat(t).isAfterOrEqualTo(now.minusSeconds(60)));
        Map<String, Object> log =
                jdbc.queryForMap("SELECT source, status, bars_stored FROM ingestion_log WHERE kind = 'market-update'");
        assertThat(log).containsEntry("source", "binance").containsEntry("status", "completed");
    }

    @Test
    void aSymbolWithNoBarStartsTheInitialLookbackAgo() throws Exception {
        updates.update(MarketSource.BINANCE);

        Instant start = Instant.ofEpochMilli(
                Long.parseLong(MARKET.requests("/api/v3/klines").get(0).param("startTime")));
        assertThat(Duration.between(start, Instant.now()))
                .isBetween(Duration.ofDays(1), Duration.ofDays(1).plusMinutes(5));
        assertThat(store.count(BTC, start, Instant.now())).isGreaterThanOrEqualTo(1440);
    }

    @Test
    void registersTheJobsOnlyWhenTheScheduleIsOnAndRemovesThemWhenOff() throws Exception {
        MarketSchedule on = new MarketSchedule(enabled(true), updates, sources, orderBooks, csv);
        ScheduleRegistrar.store(scheduler, on.jobs());

        assertThat(scheduler.checkExists(MarketSchedule.updateKey(MarketSource.BINANCE)))
                .isTrue();
        assertThat(scheduler.checkExists(MarketSchedule.BINANCE_INSTRUMENTS)).isTrue();
        // no symbols configured for polygon and alpaca by default, no CSV directory; BTCUSDT order books (test)
        assertThat(scheduler.checkExists(MarketSchedule.updateKey(MarketSource.POLYGON)))
                .isFalse();
        assertThat(scheduler.checkExists(MarketSchedule.updateKey(MarketSource.ALPACA)))
                .isFalse();
        assertThat(scheduler.checkExists(MarketSchedule.ORDER_BOOKS)).isTrue();
        assertThat(scheduler.checkExists(MarketSchedule.CSV_DIRECTORY)).isFalse();

        ScheduleRegistrar.store(
                scheduler, new MarketSchedule(enabled(false), updates, sources, orderBooks, csv).jobs());

        assertThat(scheduler.checkExists(MarketSchedule.updateKey(MarketSource.BINANCE)))
                .isFalse();
        assertThat(scheduler.checkExists(MarketSchedule.BINANCE_INSTRUMENTS)).isFalse();
        assertThat(scheduler.checkExists(MarketSchedule.ORDER_BOOKS)).isFalse();
    }

    private MarketProperties enabled(boolean on) {
        var m = properties;
        return new MarketProperties(
                on, m.binance(), m.polygon(), m.alpaca(), m.csv(), m.backfill(), m.http(), m.plausible());
    }
}
