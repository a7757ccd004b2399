package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.RejectReason;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One received line taken apart: an optional leading time stamp, optional NMEA 4 tag blocks ({@code \s:…,c:…*hh\}),
 * and the sentence itself, its checksum verified. For AIS sentences ({@code VDM}/{@code VDO}, any talker) the fragment
 * fields are read too; the six-bit payload is left to AisLib.
 *
 * @param reportedAt the time the line itself states (tag {@code c}, else a leading time stamp), or null
 * @param station the receiving station from tag {@code s}, or null; fragments from different stations never mix
 * @param sentence the sentence from {@code !} or {@code $} through its checksum, without anything after it
 * @param total number of sentences in the message (AIS only, else 0)
 * @param number this sentence's number within the message, from 1
 * @param sequenceId the sequential message id that ties fragments together; empty for single sentences
 * @param channel the radio channel (A or B, sometimes 1 or 2, may be empty)
 */
record NmeaLine(
        Instant reportedAt,
        String station,
        String sentence,
        boolean ais,
        int total,
        int number,
        String sequenceId,
        String channel) {

    /** The line cannot be used: the reason it is counted under, and what was wrong with it. */
    static final class BadLine extends Exception {
        private final RejectReason reason;

        BadLine(RejectReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        RejectReason reason() {
            return reason;
        }
    }

    /** Tag {@code c} larger than this is in milliseconds (10^11 seconds is the year 5138). */
    private static final long LARGEST_EPOCH_SECOND = 100_000_000_000L;

    /** NMEA allows at most 9 sentences in one message. */
    private static final int MAX_SENTENCES = 9;

    /** This line with a time found outside its tag blocks (an archive's), unless it states one itself. */
    NmeaLine orAt(Instant time) {
        if (reportedAt != null || time == null) {
            return this;
        }
        return new NmeaLine(time, station, sentence, ais, total, number, sequenceId, channel);
    }

    static NmeaLine parse(String raw) throws BadLine {
        String line = raw.strip();
        int start = indexOfAny(line, "\\!$");
        if (start < 0) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "no NMEA sentence in the line");
        }
        Instant leadingTime = leadingTime(line.substring(0, start));
        Tags tags = new Tags();
        int sentenceStart = start;
        while (sentenceStart < line.length() && line.charAt(sentenceStart) == '\\') {
            int end = line.indexOf('\\', sentenceStart + 1);
            if (end < 0) {
                throw new BadLine(RejectReason.MALFORMED_SENTENCE, "unterminated tag block");
            }
            tags.read(line.substring(sentenceStart + 1, end));
            sentenceStart = end + 1;
        }
        if (sentenceStart >= line.length() || "!$".indexOf(line.charAt(sentenceStart)) < 0) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "no sentence after the tag block");
        }
        String sentence = checkedSentence(line.substring(sentenceStart));
        Instant reportedAt = tags.time != null ? tags.time : leadingTime;
        return fromFields(sentence, reportedAt, tags.station);
    }

    private static NmeaLine fromFields(String sentence, Instant reportedAt, String station) throws BadLine {
        List<String> fields =
                List.of(sentence.substring(1, sentence.length() - 3).split(",", -1));
        String address = fields.get(0);
        boolean ais = address.length() == 5 && (address.endsWith("VDM") || address.endsWith("VDO"));
        if (!ais) {
            return new NmeaLine(reportedAt, station, sentence, false, 0, 0, "", "");
        }
        if (fields.size() < 7) {
            throw new BadLine(
                    RejectReason.MALFORMED_SENTENCE, "an AIS sentence has 7 fields, this has " + fields.size());
        }
        int total = number(fields.get(1), "sentence count");
        int number = number(fields.get(2), "sentence number");
        if (total < 1 || total > MAX_SENTENCES || number < 1 || number > total) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "sentence " + number + " of " + total);
        }
        if (fields.get(5).isEmpty()) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "empty payload");
        }
        int fillBits = number(fields.get(6), "fill bits");
        if (fillBits > 5) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "fill bits " + fillBits);
        }
        return new NmeaLine(reportedAt, station, sentence, true, total, number, fields.get(3), fields.get(4));
    }

    /** The sentence through its two checksum digits, once they match; whatever a feed appends after them goes. */
    private static String checkedSentence(String text) throws BadLine {
        int star = text.indexOf('*');
        if (star < 0 || star + 3 > text.length()) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "no checksum");
        }
        int stated = hex(text.substring(star + 1, star + 3));
        int computed = xor(text, 1, star);
        if (stated != computed) {
            throw new BadLine(
                    RejectReason.BAD_CHECKSUM, String.format("checksum %02X, computed %02X", stated, computed));
        }
        return text.substring(0, star + 3);
    }

    /** A leading time stamp as logged files have it: ISO-8601 or epoch seconds, before a space, comma or semicolon. */
    private static Instant leadingTime(String prefix) {
        String token = prefix.strip().split("[ ,;\\t]+", 2)[0];
        if (token.isEmpty()) {
            return null;
        }
        if (token.matches("\\d{9,13}(\\.\\d+)?")) {
            return epoch(token);
        }
        try {
            return OffsetDateTime.parse(token).toInstant();
        } catch (DateTimeParseException notATime) {
            return null; // some other prefix (a receiver's label): the line is still good, its time is ours
        }
    }

    private static Instant epoch(String digits) {
        int dot = digits.indexOf('.');
        long whole = Long.parseLong(dot < 0 ? digits : digits.substring(0, dot));
        if (whole > LARGEST_EPOCH_SECOND) {
            return Instant.ofEpochMilli(whole);
        }
        if (dot < 0) {
            return Instant.ofEpochSecond(whole);
        }
        String fraction = (digits.substring(dot + 1) + "000000000").substring(0, 9);
        return Instant.ofEpochSecond(whole, Long.parseLong(fraction));
    }

    private static int number(String field, String name) throws BadLine {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, name + " '" + field + "' is no number");
        }
    }

    private static int hex(String digits) throws BadLine {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw new BadLine(RejectReason.MALFORMED_SENTENCE, "checksum '" + digits + "' is not hexadecimal");
        }
    }

    static int xor(String text, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum ^= text.charAt(i);
        }
        return sum;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** What the tag blocks of one line say; later blocks override earlier ones. */
    private static final class Tags {
        Instant time;
        String station;

        void read(String block) throws BadLine {
            String body = block;
            int star = block.lastIndexOf('*');
            if (star >= 0) {
                body = block.substring(0, star);
                int stated = hex(block.substring(star + 1).strip());
                if (stated != xor(body, 0, body.length())) {
                    throw new BadLine(RejectReason.BAD_CHECKSUM, "tag block checksum does not match");
                }
            }
            for (String pair : body.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    continue; // not a parameter we read
                }
                String key = pair.substring(0, colon);
                String value = pair.substring(colon + 1);
                if (key.equals("c") && value.matches("\\d{1,13}")) {
                    time = epoch(value);
                } else if (key.equals("s") && !value.isEmpty()) {
                    station = value;
                }
            }
        }
    }
}
