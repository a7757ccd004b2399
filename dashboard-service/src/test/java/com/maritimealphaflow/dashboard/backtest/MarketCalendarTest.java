package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How many bars make a market's year, the factor that annualises per-bar returns. */
class MarketCalendarTest {

    @Test
    void cryptoTradesAroundTheClockWhileUsEquitiesTrade252DaysOfSixAndAHalfHours() {
        assertThat(MarketCalendar.ALWAYS_OPEN.barsPerYear(Duration.ofMinutes(5)))
                .isEqualTo(105_120);
        assertThat(MarketCalendar.US_EQUITIES.barsPerYear(Duration.ofMinutes(5)))
                .isEqualTo(252 * 78);
        assertThat(MarketCalendar.ALWAYS_OPEN.barsPerYear(Duration.ofDays(1))).isEqualTo(365);
        assertThat(MarketCalendar.US_EQUITIES.barsPerYear(Duration.ofDays(1))).isEqualTo(252);
        assertThat(MarketCalendar.US_EQUITIES.barsPerYear(Duration.ofHours(1))).isEqualTo(252 * 6.5);
    }
}
