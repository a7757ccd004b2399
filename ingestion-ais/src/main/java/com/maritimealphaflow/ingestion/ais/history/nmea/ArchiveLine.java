package com.maritimealphaflow.ingestion.ais.history.nmea;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One archived line cut into the NMEA part (tag blocks and sentence) and the time a logger wrote around it: a leading
 * time stamp, else the last of the USCG-style fields after the checksum. A tag block's {@code c} is not read here: the
 * decoder reads it, checks the block's checksum, and prefers it to this time. See {@code docs/nmea-archive-layouts.md}.
 *
 * @param nmea the line from its first tag block or sentence on
 * @param loggedAt the time written before or after the sentence, or null
 */
record ArchiveLine(String nmea, Instant loggedAt) {

    /**
     * An ISO-8601 date and time, {@code T} or a space between them, optional fraction, optional zone ({@code Z} or an
     * offset; none means UTC, as AIS times are).
     */
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(Z|[+-]\\d{2}:\\d{2})?");

    /** Epoch seconds (9–10 digits: 1973–2286) with an optional fraction, or epoch milliseconds (12–13 digits). */
    private static final Pattern EPOCH = Pattern.compile("(\\d{12,13})|(\\d{9,10})(?:\\.(\\d{1,9}))?");

    /** What may separate a leading time stamp from the rest of the line. */
    private static final String SEPARATORS = " \t,;\"";

    static ArchiveLine of(String raw) {
        String line = raw.strip();
        int start = sentenceStart(line);
        if (start < 0) {
            return new ArchiveLine(line, null); // no sentence: the decoder rejects it and says why
        }
        String nmea = line.substring(start);
        Instant leading = leadingTime(line.substring(0, start));
        return new ArchiveLine(nmea, leading != null ? leading : trailingTime(nmea));
    }

    private static int sentenceStart(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' || c == '!' || c == '$') {
                return i;
            }
        }
        return -1;
    }

    /** A time stamp at the very start of the prefix, ended by a separator; anything else there is a label. */
    private static Instant leadingTime(String prefix) {
        Matcher dateTime = DATE_TIME.matcher(prefix);
        if (dateTime.lookingAt() && endsToken(prefix, dateTime.end())) {
            return dateTime(dateTime);
        }
        Matcher epoch = EPOCH.matcher(prefix);
        if (epoch.lookingAt() && endsToken(prefix, epoch.end())) {
            return epoch(epoch);
        }
        return null;
    }

    /**
     * The USCG (NAIS) metadata after the checksum: letter-coded fields ({@code s} RSSI, {@code d} signal dBm,
     * {@code T} time of arrival within the minute, {@code x} counter, {@code S} slot, {@code r}/{@code b} station),
     * then the logger's UNIX seconds as a bare number, last.
     */
    private static Instant trailingTime(String nmea) {
        int star = nmea.lastIndexOf('*');
        if (star < 0 || star + 3 >= nmea.length() || nmea.charAt(star + 3) != ',') {
            return null;
        }
        String tail = nmea.substring(star + 4).strip();
        String last = tail.substring(tail.lastIndexOf(',') + 1);
        Matcher epoch = EPOCH.matcher(last);
        return epoch.matches() ? epoch(epoch) : null;
    }

    private static boolean endsToken(String text, int end) {
        return end == text.length() || SEPARATORS.indexOf(text.charAt(end)) >= 0;
    }

    private static Instant dateTime(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            ZoneOffset zone = m.group(3) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(3));
            return OffsetDateTime.of(local, zone).toInstant();
        } catch (DateTimeParseException notADate) {
            return null; // 2023-02-30: a stamp that is no time is as good as none
        }
    }

    private static Instant epoch(Matcher m) {
        if (m.group(1) != null) {
            return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
        }
        long seconds = Long.parseLong(m.group(2));
        long nanos = m.group(3) == null ? 0 : Long.parseLong((m.group(3) + "00000000").substring(0, 9));
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
