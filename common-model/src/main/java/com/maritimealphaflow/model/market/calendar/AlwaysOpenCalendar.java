package com.maritimealphaflow.model.market.calendar;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Crypto trades around the clock: every aligned slot is expected. Intraday counts are arithmetic, not a day loop. */
final class AlwaysOpenCalendar implements MarketCalendar {

    @Override
    public TradingCalendar trading() {
        return TradingCalendar.ALWAYS_OPEN;
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        return Optional.of(new Session(
                date,
                date.atStartOfDay(ZoneOffset.UTC).toInstant(),
                date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Override
    public ExpectedBars expected(BarInterval interval, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return ExpectedBars.NONE;
        }
        // UTC days are exactly 24 hours, so daily bars are aligned like the others.
        long step = interval.length().toMillis();
        long first = ExpectedBars.ceil(from.toEpochMilli(), step);
        long last = ExpectedBars.floor(to.toEpochMilli() - 1, step);
        if (first > last) {
            return ExpectedBars.NONE;
        }
        return new ExpectedBars((last - first) / step + 1, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last));
    }
}
