package com.maritimealphaflow.model.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The trading calendars of the markets whose bars the system stores, with the two names each goes by between the
 * services: its name in requests ({@code 24x7}, {@code us-equities}, e.g. the CSV import's {@code market} parameter)
 * and the value of {@code market_instrument.market} it applies to ({@code crypto}, {@code stocks}). The ingestion
 * service's calendars know the sessions and holidays; this knows what every service needs: the names, and how many
 * bars make a year.
 */
public enum TradingCalendar {
    /** Crypto: every day, around the clock, days in UTC. */
    ALWAYS_OPEN("crypto", "24x7", 365, Duration.ofHours(24)),
    /** US equities, NYSE hours: about 252 trading days of 6.5 regular hours. */
    US_EQUITIES("stocks", "us-equities", 252, Duration.ofMinutes(390));

    private final String instrumentMarket;
    private final String key;
    private final int tradingDaysPerYear;
    private final Duration tradingHoursPerDay;

    TradingCalendar(String instrumentMarket, String key, int tradingDaysPerYear, Duration tradingHoursPerDay) {
        this.instrumentMarket = instrumentMarket;
        this.key = key;
        this.tradingDaysPerYear = tradingDaysPerYear;
        this.tradingHoursPerDay = tradingHoursPerDay;
    }

    /** The value of {@code market_instrument.market}. */
    public String instrumentMarket() {
        return instrumentMarket;
    }

    /** The calendar's name in requests. */
    public String key() {
        return key;
    }

    /** The calendar of a {@code market_instrument.market} value; anything but {@code stocks} trades around the clock. */
    public static TradingCalendar ofInstrumentMarket(String value) {
        return US_EQUITIES.instrumentMarket.equalsIgnoreCase(value) ? US_EQUITIES : ALWAYS_OPEN;
    }

    /** The calendar named {@code key} in requests, if any. */
    public static Optional<TradingCalendar> parse(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
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
