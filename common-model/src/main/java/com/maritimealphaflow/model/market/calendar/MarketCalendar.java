package com.maritimealphaflow.model.market.calendar;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a market trades, and so which bars should exist: a gap over a weekend or a holiday is not missing data for a
 * stock, while every minute of a crypto pair should have a bar.
 */
public interface MarketCalendar {

    /** Crypto: every minute of every day, days in UTC. */
    MarketCalendar ALWAYS_OPEN = new AlwaysOpenCalendar();

    /** NYSE regular hours, 09:30–16:00 America/New_York, weekends and NYSE holidays closed, early closes at 13:00. */
    MarketCalendar US_EQUITIES = new UsEquityCalendar();

    /** The shared names of this calendar; this adds its days and sessions. */
    TradingCalendar trading();

    /** The name used in requests: {@code 24x7} or {@code us-equities}. */
    default String key() {
        return trading().key();
    }

    /** Where a day begins and ends; daily bars start at midnight here. */
    ZoneId zone();

    /** The regular session of a day, empty when the market is closed all day. */
    Optional<Session> session(LocalDate date);

    /** The bars of the interval that should exist with a start in {@code [from, to)}. */
    default ExpectedBars expected(BarInterval interval, Instant from, Instant to) {
        return ExpectedBars.bySessions(this, interval, from, to);
    }

    /** The sessions of a trading calendar. */
    static MarketCalendar of(TradingCalendar calendar) {
        return switch (calendar) {
            case ALWAYS_OPEN -> ALWAYS_OPEN;
            case US_EQUITIES -> US_EQUITIES;
        };
    }

    static Optional<MarketCalendar> parse(String key) {
        return TradingCalendar.parse(key).map(MarketCalendar::of);
    }
}
