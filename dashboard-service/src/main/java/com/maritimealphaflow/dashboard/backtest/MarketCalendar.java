package com.maritimealphaflow.dashboard.backtest;

import java.time.Duration;

/**
 * When a market trades, which decides how many bars make a year when per-bar returns are annualised: a 5-minute bar
 * of a coin trading 24/7 is one of 105,120 a year, one of a US stock one of 252 × 78.
 */
public enum MarketCalendar {
    /** Every day, around the clock (crypto). */
    ALWAYS_OPEN(365, Duration.ofHours(24)),
    /** About 252 trading days of 6.5 regular hours (US equities). */
    US_EQUITIES(252, Duration.ofMinutes(390));

    private final int tradingDaysPerYear;
    private final Duration tradingHoursPerDay;

    MarketCalendar(int tradingDaysPerYear, Duration tradingHoursPerDay) {
        this.tradingDaysPerYear = tradingDaysPerYear;
        this.tradingHoursPerDay = tradingHoursPerDay;
    }

    /** The calendar of a {@code market_instrument.market} value: {@code crypto} or {@code stocks}. */
    public static MarketCalendar ofMarket(String market) {
        return "stocks".equalsIgnoreCase(market) ? US_EQUITIES : ALWAYS_OPEN;
    }

    /** Bars of this length in a year; a bar of a day or longer counts once per trading day. */
    public double barsPerYear(Duration bar) {
        if (bar.isZero() || bar.isNegative()) {
            throw new IllegalArgumentException("bar length must be positive: " + bar);
        }
        if (bar.compareTo(Duration.ofDays(1)) >= 0) {
            return tradingDaysPerYear * (double) Duration.ofDays(1).toSeconds() / bar.toSeconds();
        }
        double barsPerDay = Math.max(1.0, (double) tradingHoursPerDay.toSeconds() / bar.toSeconds());
        return tradingDaysPerYear * barsPerDay;
    }
}
