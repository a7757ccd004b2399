package com.maritimealphaflow.model.market.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * One year's NYSE full-day holidays and 13:00 early closes, from the exchange's rules (NYSE Rule 7.2): a holiday on a
 * Saturday is observed the Friday before, on a Sunday the Monday after, except New Year's Day on a Saturday, which is
 * not observed (the Friday before ends the accounting year). Juneteenth is a holiday from 2022. The market closes at
 * 13:00 on July 3 when Independence Day falls on a Tuesday to Friday, on the day after Thanksgiving, and on
 * December 24 from Monday to Thursday.
 */
final class NyseHolidays {

    private final Set<LocalDate> closed;
    private final Set<LocalDate> early;

    private NyseHolidays(Set<LocalDate> closed, Set<LocalDate> early) {
        this.closed = closed;
        this.early = early;
    }

    static NyseHolidays of(int year) {
        Set<LocalDate> closed = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closed.add(observed(newYear));
        }
        if (year >= 1998) {
            closed.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY)); // Martin Luther King Jr. Day
        }
        closed.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY)); // Washington's Birthday
        closed.add(easterSunday(year).minusDays(2)); // Good Friday
        closed.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2022) {
            closed.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        closed.add(observed(LocalDate.of(year, Month.JULY, 4)));
        closed.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY)); // Labor Day
        LocalDate thanksgiving = nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
        closed.add(thanksgiving);
        closed.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));

        Set<LocalDate> early = new HashSet<>();
        early.add(thanksgiving.plusDays(1));
        LocalDate julyThird = LocalDate.of(year, Month.JULY, 3);
        if (julyThird.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()) {
            early.add(julyThird);
        }
        LocalDate christmasEve = LocalDate.of(year, Month.DECEMBER, 24);
        if (christmasEve.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()) {
            early.add(christmasEve);
        }
        early.removeAll(closed);
        return new NyseHolidays(Set.copyOf(closed), Set.copyOf(early));
    }

    boolean closed(LocalDate date) {
        return closed.contains(date);
    }

    boolean closesEarly(LocalDate date) {
        return early.contains(date);
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** The Gregorian Easter Sunday (the anonymous algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
