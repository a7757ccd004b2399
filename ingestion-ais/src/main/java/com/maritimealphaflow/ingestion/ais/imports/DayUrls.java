package com.maritimealphaflow.ingestion.ais.imports;

import java.time.LocalDate;
import java.util.Locale;

/** The address of one day of an archive, from a pattern with {@code %Y}, {@code %m} and {@code %d}. */
final class DayUrls {

    private DayUrls() {}

    static String of(String pattern, LocalDate day) {
        return pattern.replace("%Y", String.format(Locale.ROOT, "%04d", day.getYear()))
                .replace("%m", String.format(Locale.ROOT, "%02d", day.getMonthValue()))
                .replace("%d", String.format(Locale.ROOT, "%02d", day.getDayOfMonth()));
    }
}
