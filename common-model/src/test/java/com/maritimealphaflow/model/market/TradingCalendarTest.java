package com.maritimealphaflow.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How many bars make a market's year, the factor that annualises per-bar returns. */
class TradingCalendarTest {

    @Test
    void cryptoTradesAroundTheClockWhileUsEquitiesTrade252DaysOfSixAndAHalfHours() {
        assertThat(TradingCalendar.ALWAYS_OPEN.barsPerYear(Duration.ofMinutes(5)))
                .isEqualTo(105_120);
        assertThat(TradingCalendar.US_EQUITIES.barsPerYear(Duration.ofMinutes(5)))
                .isEqualTo(252 * 78);
        assertThat(TradingCalendar.ALWAYS_OPEN.barsPerYear(Duration.ofDays(1))).isEqualTo(365);
        assertThat(TradingCalendar.US_EQUITIES.barsPerYear(Duration.ofDays(1))).isEqualTo(252);
        assertThat(TradingCalendar.US_EQUITIES.barsPerYear(Duration.ofHours(1))).isEqualTo(252 * 6.5);
    }
}
