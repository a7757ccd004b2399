package com.maritimealphaflow.model.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The markets whose bars the system stores, with the two names each goes by between the services: its value in {@code
 * market_instrument.market} ({@code crypto}, {@code stocks}) and the name of its trading calendar in requests ({@code
 * 24x7}, {@code us-equities}, e.g. the CSV import's {@code market} parameter). The ingestion service's calendars know
 * the sessions and holidays; this knows what every service needs: the names, and how many bars make a year.
 */
public enum Market {
    /** Every day, around the clock, days in UTC. */
    CRYPTO("crypto", "24x7", 365, Duration.ofHours(24)),
    /** NYSE: about 252 trading days of 6.5 regular hours. */
    US_EQUITIES("stocks", "us-equities", 252, Duration.ofMinutes(390));

    private final String instrumentMarket;
    private final String calendarKey;
    private final int tradingDaysPerYear;
    private final Duration tradingHoursPerDay;

    Market(String instrumentMarket, String calendarKey, int tradingDaysPerYear, Duration tradingHoursPerDay) {
        this.instrumentMarket = instrumentMarket;
        this.calendarKey = calendarKey;
        this.tradingDaysPerYear = tradingDaysPerYear;
        this.tradingHoursPerDay = tradingHoursPerDay;
    }

    /** The value of {@code market_instrument.market}. */
    public String instrumentMarket() {
        return instrumentMarket;
    }

    /** The calendar's name in requests. */
    public String calendarKey() {
        return calendarKey;
    }

    /** The market of a {@code market_instrument.market} value; anything but {@code stocks} trades around the clock. */
    public static Market ofInstrumentMarket(String value) {
        return US_EQUITIES.instrumentMarket.equalsIgnoreCase(value) ? US_EQUITIES : CRYPTO;
    }

    /** The market whose calendar is named {@code key}, if any. */
    public static Optional<Market> parseCalendar(String key) {
        return Arrays.stream(values()).filter(m -> m.calendarKey.equals(key)).findFirst();
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
