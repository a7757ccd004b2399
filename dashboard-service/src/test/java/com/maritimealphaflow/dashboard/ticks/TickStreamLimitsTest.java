package com.maritimealphaflow.dashboard.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.support.TestProperties;
import com.maritimealphaflow.service.ServiceBusyException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bounds of the stream and of the webhook retries, without a database. */
class TickStreamLimitsTest {

    @Test
    void streamsBeyondTheCapAreRefusedAndAClosedOneFreesItsPlace() {
        TickQueries queries = mock(TickQueries.class);
        when(queries.lastCrossoverId()).thenReturn(7L);
        BreakoutStream stream = new BreakoutStream(queries, withTicks(stream(2), alerts()));
        stream.start();

        stream.open(null, null);
        var second = stream.open("IEBBB.FR", null);
        assertThatThrownBy(() -> stream.open(null, null))
                .isInstanceOf(ServiceBusyException.class)
                .hasMessageContaining("2 breakout streams");
        assertThat(stream.openStreams()).isEqualTo(2);

        stream.stop();
        assertThat(stream.openStreams()).isZero();
        assertThatThrownBy(() -> stream.open(null, null)).isInstanceOf(ServiceBusyException.class);
        assertThat(second).isNotNull();
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheMaximum() {
        TickAlertDelivery delivery = new TickAlertDelivery(
                mock(TickAlertOutbox.class),
                mock(WebhookClient.class),
                withTicks(stream(200), alerts()),
                Clock.systemUTC());

        assertThat(delivery.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delivery.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delivery.backoff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(delivery.backoff(9)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
        assertThat(delivery.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delivery.backoff(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWebhookUrlIsShownWithoutUserInfoOrQuery() {
        assertThat(WebhookUrl.masked("https://user:pw@hooks.example.com:8443/t/abc?key=secret"))
                .isEqualTo("https://hooks.example.com:8443/t/abc?…");
        assertThat(alerts().toString()).doesNotContain("pw").doesNotContain("secret");
    }

    private static DashboardProperties.Ticks.Stream stream(int maxStreams) {
        return new DashboardProperties.Ticks.Stream(
                Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(30), maxStreams, 500);
    }

    private static DashboardProperties.Ticks.Alerts alerts() {
        return new DashboardProperties.Ticks.Alerts(
                "https://user:pw@hooks.example.com/t?key=secret",
                Duration.ofHours(1),
                10,
                Duration.ofSeconds(1),
                Duration.ofMinutes(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(2));
    }

    private static DashboardProperties withTicks(
            DashboardProperties.Ticks.Stream stream, DashboardProperties.Ticks.Alerts alerts) {
        DashboardProperties d = TestProperties.defaults();
        DashboardProperties.Ticks t = d.ticks();
        return new DashboardProperties(
                d.refreshInterval(),
                d.batchInterval(),
                d.map(),
                d.counts(),
                d.destinations(),
                d.pipeline(),
                d.backtests(),
                d.regions(),
                new DashboardProperties.Ticks(
                        t.defaultRange(),
                        t.maxWindows(),
                        t.symbolBreakouts(),
                        t.breakoutsShown(),
                        t.maxBreakouts(),
                        t.symbolsShown(),
                        t.maxSymbols(),
                        stream,
                        alerts),
                d.market(),
                d.orderBooks(),
                d.pairs(),
                d.login());
    }
}
