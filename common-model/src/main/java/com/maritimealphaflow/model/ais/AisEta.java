package com.maritimealphaflow.model.ais;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * AIS sends an ETA as month, day, hour and minute, without a year. This places it in the year that puts it
 * closest to the time of the report: an ETA of 2 January reported on 30 December is next year's.
 */
public final class AisEta {

    private AisEta() {}

    /**
     * The ETA as an instant, or null when AIS marks it not available (month or day 0) or it is no date at
     * all. Hour 24 or minute 60 ("not available") count as midnight and the full hour.
     */
    public static Instant resolve(int month, int day, int hour, int minute, Instant reportTime) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || minute < 0 || minute > 60) {
            return null;
        }
        int h = hour == 24 ? 0 : hour;
        int m = minute == 60 ? 0 : minute;
        int reportYear = ZonedDateTime.ofInstant(reportTime, ZoneOffset.UTC).getYear();
        Instant best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reportYear - 1; year <= reportYear + 1; year++) {
            Instant candidate = at(year, month, day, h, m);
            if (candidate == null) {
                continue;
            }
            long distance = Math.abs(candidate.getEpochSecond() - reportTime.getEpochSecond());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException invalidDate) {
            return null; // 30 February and the like: not a date in this year
        }
    }
}
