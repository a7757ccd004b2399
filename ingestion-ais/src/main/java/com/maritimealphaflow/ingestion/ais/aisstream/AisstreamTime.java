package com.maritimealphaflow.ingestion.ais.aisstream;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads aisstream.io's {@code MetaData.time_utc}, which is Go's default time format:
 * {@code 2026-04-25 09:47:25.26746452 +0000 UTC}. The fraction has as many digits as it needs (none for a whole
 * second, up to nine), which no single {@code DateTimeFormatter} pattern accepts. Read by hand because it runs for
 * every message.
 */
final class AisstreamTime {

    private static final int DATE_TIME_LENGTH = "2026-04-25 09:47:25".length();

    private AisstreamTime() {}

    /** The instant, or null when the text is not in that format. */
    static Instant parse(String text) {
        if (text == null || text.length() < DATE_TIME_LENGTH || !separatorsMatch(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = DATE_TIME_LENGTH;
        int nanos = 0;
        if (i < text.length() && text.charAt(i) == '.') {
            int start = ++i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                }
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0) {
                return null;
            }
            for (int d = fractionDigits; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (i < text.length()) {
            // " +0000", then Go adds the zone's abbreviation (" UTC"), which the offset already says.
            if (text.charAt(i) != ' ' || i + 6 > text.length()) {
                return null;
            }
            char sign = text.charAt(i + 1);
            int offsetHours = digits(text, i + 2, 2);
            int offsetMinutes = digits(text, i + 4, 2);
            if ((sign != '+' && sign != '-') || offsetHours < 0 || offsetMinutes < 0) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
            if (i + 6 < text.length() && text.charAt(i + 6) != ' ') {
                return null;
            }
        }
        try {
            long epochSecond =
                    LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
            return Instant.ofEpochSecond(epochSecond - offsetSeconds, nanos);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static boolean separatorsMatch(String text) {
        char dateTime = text.charAt(10);
        return text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && (dateTime == ' ' || dateTime == 'T')
                && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The number in {@code length} decimal digits at {@code start}, or -1 if they are not all digits. */
    private static int digits(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
