package com.maritimealphaflow.model.market.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.market.BarInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketCalendarTest {

    private static final MarketCalendar NYSE = MarketCalendar.US_EQUITIES;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void computesTheNyseFullDayHolidaysOf2024To2026AsTheExchangePublishedThem() {
        assertThat(holidays(2024))
                .containsExactly(
                        "2024-01-01",
                        "2024-01-15",
                        "2024-02-19",
                        "2024-03-29",
                        "2024-05-27",
                        "2024-06-19",
                        "2024-07-04",
                        "2024-09-02",
                        "2024-11-28",
                        "2024-12-25");
        assertThat(holidays(2025))
                .containsExactly(
                        "2025-01-01",
                        "2025-01-20",
                        "2025-02-17",
                        "2025-04-18",
                        "2025-05-26",
                        "2025-06-19",
                        "2025-07-04",
                        "2025-09-01",
                        "2025-11-27",
                        "2025-12-25");
        assertThat(holidays(2026))
                .containsExactly(
                        "2026-01-01",
                        "2026-01-19",
                        "2026-02-16",
                        "2026-04-03",
                        "2026-05-25",
                        "2026-06-19",
                        "2026-07-03",
                        "2026-09-07",
                        "2026-11-26",
                        "2026-12-25");
    }

    @Test
    void observesSaturdayHolidaysOnFridayAndSundayOnesOnMondayButNotNewYearsDayOnASaturday() {
        // 2022: New Year's Day on a Saturday is not observed (Friday Dec 31, 2021 ends the year and trades);
        // Juneteenth on a Sunday is Monday June 20; Christmas on a Sunday is Monday Dec 26.
        assertThat(NYSE.session(LocalDate.of(2021, 12, 31))).isPresent();
        assertThat(holidays(2022))
                .containsExactly(
                        "2022-01-17",
                        "2022-02-21",
                        "2022-04-15",
                        "2022-05-30",
                        "2022-06-20",
                        "2022-07-04",
                        "2022-09-05",
                        "2022-11-24",
                        "2022-12-26");
        // 2021: Independence Day on a Sunday → Monday July 5; Christmas on a Saturday → Friday Dec 24.
        assertThat(NYSE.session(LocalDate.of(2021, 7, 5))).isEmpty();
        assertThat(NYSE.session(LocalDate.of(2021, 12, 24))).isEmpty();
        // Juneteenth was not an NYSE holiday before 2022.
        assertThat(NYSE.session(LocalDate.of(2021, 6, 18))).isPresent();
    }

    @Test
    void closesAt1300OnTheDayAfterThanksgivingAndOnJuly3AndDecember24FromMondayToThursday() {
        assertThat(close(LocalDate.of(2025, 7, 3))).isEqualTo(LocalTime.of(13, 0));
        assertThat(close(LocalDate.of(2025, 11, 28))).isEqualTo(LocalTime.of(13, 0));
        assertThat(close(LocalDate.of(2025, 12, 24))).isEqualTo(LocalTime.of(13, 0));
        assertThat(close(LocalDate.of(2024, 7, 3))).isEqualTo(LocalTime.of(13, 0));
        // July 3, 2026 is a Friday and the observed holiday; July 2 is a full day.
        assertThat(close(LocalDate.of(2026, 7, 2))).isEqualTo(LocalTime.of(16, 0));
        // Dec 24, 2021 was the observed Christmas; Dec 23 was a full day.
        assertThat(close(LocalDate.of(2021, 12, 23))).isEqualTo(LocalTime.of(16, 0));
        assertThat(close(LocalDate.of(2025, 12, 23))).isEqualTo(LocalTime.of(16, 0));
        assertThat(NYSE.session(LocalDate.of(2025, 12, 23)).orElseThrow().open())
                .isEqualTo(Instant.parse("2025-12-23T14:30:00Z"));
    }

    @Test
    void expectsMinuteBarsOnlyWithinRegularSessionsAcrossAWeekendAHolidayAndAnEarlyClose() {
        // Mon 2025-11-24 .. Sun 2025-11-30: three full days, Thanksgiving closed, Friday to 13:00.
        ExpectedBars week = NYSE.expected(
                BarInterval.ONE_MINUTE, Instant.parse("2025-11-24T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(week.count()).isEqualTo(3 * 390 + 210);
        assertThat(week.first()).isEqualTo(Instant.parse("2025-11-24T14:30:00Z"));
        assertThat(week.last()).isEqualTo(Instant.parse("2025-11-28T17:59:00Z"));

        // An hourly bar starting 09:00 overlaps the 09:30 open: 7 bars a full day (09:00 .. 15:00).
        assertThat(NYSE.expected(
                                BarInterval.ONE_HOUR,
                                Instant.parse("2025-11-24T00:00:00Z"),
                                Instant.parse("2025-11-25T00:00:00Z"))
                        .count())
                .isEqualTo(7);
        // Across the switch to summer time (Sunday 2025-03-09) a session is still 09:30–16:00 New York.
        ExpectedBars monday = NYSE.expected(
                BarInterval.FIVE_MINUTES, Instant.parse("2025-03-10T00:00:00Z"), Instant.parse("2025-03-11T00:00:00Z"));
        assertThat(monday.count()).isEqualTo(78);
        assertThat(monday.first()).isEqualTo(Instant.parse("2025-03-10T13:30:00Z"));
    }

    @Test
    void expectsOneDailyBarPerTradingDayStartingAtMidnightNewYork() {
        ExpectedBars days = NYSE.expected(
                BarInterval.ONE_DAY, Instant.parse("2025-12-20T00:00:00Z"), Instant.parse("2026-01-06T00:00:00Z"));
        // Dec 22, 23, 24, 26, 29, 30, 31, Jan 2, 5 (Christmas and New Year's Day closed)
        assertThat(days.count()).isEqualTo(9);
        assertThat(days.first()).isEqualTo(Instant.parse("2025-12-22T05:00:00Z"));
        assertThat(days.last()).isEqualTo(Instant.parse("2026-01-05T05:00:00Z"));
    }

    @Test
    void expectsEveryMinuteAndEveryUtcDayOfA247Market() {
        MarketCalendar crypto = MarketCalendar.ALWAYS_OPEN;
        ExpectedBars year = crypto.expected(
                BarInterval.ONE_MINUTE, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(year.count()).isEqualTo(525_600);
        // A range starting mid-minute expects the next whole minute first.
        ExpectedBars partial = crypto.expected(
                BarInterval.ONE_MINUTE, Instant.parse("2025-06-01T10:00:30Z"), Instant.parse("2025-06-01T10:03:00Z"));
        assertThat(partial.count()).isEqualTo(2);
        assertThat(partial.first()).isEqualTo(Instant.parse("2025-06-01T10:01:00Z"));
        assertThat(crypto.expected(
                                BarInterval.ONE_DAY,
                                Instant.parse("2025-06-01T00:00:00Z"),
                                Instant.parse("2025-06-08T00:00:00Z"))
                        .count())
                .isEqualTo(7);
        assertThat(MarketCalendar.parse("24x7")).contains(crypto);
        assertThat(MarketCalendar.parse("us-equities")).contains(NYSE);
    }

    @Test
    void findsEasterByTheGregorianComputus() {
        assertThat(NyseHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(NyseHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(NyseHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(NyseHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    private static List<String> holidays(int year) {
        List<String> closed = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && NYSE.session(d).isEmpty()) {
                closed.add(d.toString());
            }
        }
        return closed;
    }

    private static LocalTime close(LocalDate date) {
        return LocalTime.ofInstant(NYSE.session(date).orElseThrow().close(), NEW_YORK);
    }
}
