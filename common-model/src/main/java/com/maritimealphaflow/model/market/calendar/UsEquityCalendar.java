package com.maritimealphaflow.model.market.calendar;

import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NYSE regular hours: 09:30–16:00 America/New_York on weekdays that are not NYSE holidays, 13:00 on early-close days.
 * Holidays are computed from the exchange's rules ({@link NyseHolidays}), not listed, so the calendar has no end date.
 * Closings the rules cannot know (days of mourning, storms) are not modelled: such a day shows as a gap.
 */
final class UsEquityCalendar implements MarketCalendar {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    private final Map<Integer, NyseHolidays> years = new ConcurrentHashMap<>();

    @Override
    public TradingCalendar trading() {
        return TradingCalendar.US_EQUITIES;
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.empty();
        }
        NyseHolidays rules = years.computeIfAbsent(date.getYear(), NyseHolidays::of);
        if (rules.closed(date)) {
            return Optional.empty();
        }
        LocalTime close = rules.closesEarly(date) ? EARLY_CLOSE : CLOSE;
        return Optional.of(new Session(
                date,
                date.atTime(OPEN).atZone(NEW_YORK).toInstant(),
                date.atTime(close).atZone(NEW_YORK).toInstant()));
    }
}
