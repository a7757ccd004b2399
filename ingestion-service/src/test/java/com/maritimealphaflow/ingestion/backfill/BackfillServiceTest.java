package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.PlausibleBars;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a backfill request must name, checked before anything is stored. */
class BackfillServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final BackfillJobs jobs = mock(BackfillJobs.class);
    private final BackfillViews views = mock(BackfillViews.class);
    private final BackfillRunner runner = mock(BackfillRunner.class);

    @Test
    void refusesAnIntervalTheSourceDoesNotOffer() {
        BackfillService service = service(source(MarketSource.ALPACA, EnumSet.of(BarInterval.ONE_DAY), null));

        assertThatThrownBy(() -> service.request(request("alpaca", "1m", "2026-01-01", "2026-01-02")))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("alpaca does not offer 1m bars: one of [1d]")
                .extracting(e -> ((BadRequestException) e).parameter())
                .isEqualTo("interval");
        verify(jobs, never()).insert(anyString(), anyList(), anyString(), anyBoolean(), any(), any());
    }

    @Test
    void refusesASourceWhoseKeyIsNotSetSayingWhichKey() {
        BackfillService service =
                service(source(MarketSource.POLYGON, EnumSet.allOf(BarInterval.class), "POLYGON_API_KEY"));

        assertThatThrownBy(() -> service.request(request("polygon", "1d", "2026-01-01", "2026-01-02")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("needs POLYGON_API_KEY")
                .extracting(e -> ((BadRequestException) e).parameter())
                .isEqualTo("source");
    }

    @Test
    void refusesCsvAFutureStartAndAdjustedBinanceBars() {
        BackfillService service = service(source(MarketSource.BINANCE, EnumSet.allOf(BarInterval.class), null));

        assertThatThrownBy(() -> service.request(request("csv", "1d", "2026-01-01", "2026-01-02")))
                .hasMessageContaining("POST /api/market/csv");
        assertThatThrownBy(() -> service.request(request("binance", "1m", "2026-07-01", "2026-07-02")))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> service.request(
                        new BackfillRequest("binance", List.of("BTCUSDT"), "1m", "2026-01-01", "2026-01-02", true)))
                .hasMessageContaining("not adjusted");
        assertThatThrownBy(() -> service.request(
                        new BackfillRequest("binance", List.of("BTC USDT"), "1m", "2026-01-01", "2026-01-02", null)))
                .hasMessageContaining("is not a symbol");
    }

    @Test
    void refusesDatesOutsideThePlausibleRangeAndControlCharactersNamingTheParameter() {
        BackfillService service = service(source(MarketSource.BINANCE, EnumSet.allOf(BarInterval.class), null));

        assertThat(parameterOf(() -> service.request(request("binance", "1d", "-1000000000-01-01", "2026-01-01"))))
                .isEqualTo("from");
        assertThat(parameterOf(
                        () -> service.request(request("binance", "1d", "+1000000000-01-01T00:00:00Z", "2026-01-01"))))
                .isEqualTo("from");
        assertThat(parameterOf(() -> service.request(request("binance", "1d", "1969-12-31", "2026-01-01"))))
                .isEqualTo("from");
        assertThat(parameterOf(
                        () -> service.request(request("binance", "1d", "2026-01-01", "+1000000000-12-31T23:59:59Z"))))
                .isEqualTo("to");
        assertThat(parameterOf(() -> service.request(request("binance", "1d", "2026-01-01", "2030-01-01"))))
                .isEqualTo("to");
        assertThat(parameterOf(() -> service.request(new BackfillRequest(
                        "binance", List.of("BTC\u0000USDT"), "1d", "2026-01-01", "2026-01-02", null))))
                .isEqualTo("symbols");
        assertThatThrownBy(() -> service.request(new BackfillRequest(
                        "binance", List.of("BTC\u0000USDT"), "1d", "2026-01-01", "2026-01-02", null)))
                .hasMessageContaining("BTC\\u0000USDT")
                .hasMessageContaining("control character");
    }

    private static String parameterOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(BadRequestException.class);
        return ((BadRequestException) thrown).parameter();
    }

    @Test
    void storesAValidRequestWithItsRangeEndingNowAtTheLatestAndWakesTheRunner() {
        BackfillService service = service(source(MarketSource.BINANCE, EnumSet.allOf(BarInterval.class), null));
        when(jobs.insert(anyString(), anyList(), anyString(), anyBoolean(), any(), any()))
                .thenReturn(5L);
        when(views.find(5)).thenReturn(Optional.of(mock(Backfill.class)));

        service.request(new BackfillRequest(
                "Binance", List.of("btcusdt", "ETHUSDT", "BTCUSDT"), "1h", "2026-05-01", "2026-07-01T00:00:00Z", null));

        verify(jobs)
                .insert(
                        eq("binance"),
                        eq(List.of("BTCUSDT", "ETHUSDT")),
                        eq("1h"),
                        eq(false),
                        eq(Instant.parse("2026-05-01T00:00:00Z")),
                        eq(NOW));
        verify(runner).wake();
        assertThat(BackfillService.STATUSES).contains("cancelled");
    }

    private BackfillService service(BarSource source) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new BackfillService(
                jobs,
                views,
                runner,
                new BarSources(List.of(source)),
                properties(),
                new PlausibleBars(clock, properties()),
                clock);
    }

    private static BackfillRequest request(String source, String interval, String from, String to) {
        return new BackfillRequest(source, List.of("SEA"), interval, from, to, null);
    }

    private static BarSource source(MarketSource kind, Set<BarInterval> intervals, String missing) {
        return new BarSource() {
            @Override
            public MarketSource source() {
                return kind;
            }

            @Override
            public Set<BarInterval> intervals() {
                return intervals;
            }

            @Override
            public Optional<String> missingConfiguration() {
                return Optional.ofNullable(missing);
            }

            @Override
            public int pageSize() {
                return 1000;
            }

            @Override
            public BarPage fetch(BarQuery query, String cursor) {
                throw new UnsupportedOperationException("not fetched in these tests");
            }
        };
    }

    static final MarketProperties.Plausible PLAUSIBLE = new MarketProperties.Plausible(
            Instant.parse("1970-01-01T00:00:00Z"), Duration.ofDays(1), new BigDecimal("1e12"), 18);

    private static MarketProperties properties() {
        MarketProperties.Updates none =
                new MarketProperties.Updates(List.of(), "1d", Duration.ofHours(1), Duration.ofDays(1));
        RetrySettings retry = new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(2));
        return new MarketProperties(
                false,
                null,
                new MarketProperties.Polygon(
                        null, URI.create("http://localhost"), 50000, 5, 1, true, none, "0 0 0 * * ?"),
                new MarketProperties.Alpaca(
                        null, null, URI.create("http://localhost"), "iex", 10000, 200, 1, false, none),
                null,
                new MarketProperties.Backfill(
                        Duration.ofSeconds(1), Duration.ofMinutes(1), 50, Duration.ofDays(1), Duration.ofDays(366)),
                new MarketProperties.MarketHttp(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        3,
                        retry,
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(1)),
                PLAUSIBLE);
    }
}
