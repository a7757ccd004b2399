package com.maritimealphaflow.ingestion.ais.imports;

import java.time.LocalDate;
import java.util.Locale;

/** The address of one day of an archive, from a pattern with {@code {yyyy}}, {@code {MM}} and {@code {dd}}. */
final class DayUrls {

    private DayUrls() {}

    static String of(String pattern, LocalDate day) {
        return pattern.replace("{yyyy}", String.format(Locale.ROOT, "%04d", day.getYear()))
                .replace("{MM}", String.format(Locale.ROOT, "%02d", day.getMonthValue()))
                .replace("{dd}", String.format(Locale.ROOT, "%02d", day.getDayOfMonth()));
    }
}
