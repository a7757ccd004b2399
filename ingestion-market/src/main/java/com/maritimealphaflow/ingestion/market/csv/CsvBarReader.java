package com.maritimealphaflow.ingestion.market.csv;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.service.text.BoundedLines;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads OHLCV bars from a CSV file with a header: a date or time column ({@code date}, {@code time},
 * {@code timestamp}, {@code datetime}, or {@code date} and {@code time} apart) and {@code open}, {@code high},
 * {@code low}, {@code close}, {@code volume}, in any order and case; other columns ({@code adj close}, …) are ignored.
 * Comma, semicolon or tab separated. Times may be ISO-8601 with an offset, local times or dates (in the market's
 * zone: a date is the daily bar starting at its midnight), {@code MM/dd/yyyy}, {@code yyyyMMdd}, or Unix seconds or
 * milliseconds. A line that cannot be read is rejected with its number and reason; the others are kept.
 *
 * <p>The file is read one line at a time ({@link #next}): nothing of it is held beyond the current line, whatever its
 * size.
 */
final class CsvBarReader {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd HH:mm[:ss]", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));

    /** A data line: a bar, or why there is none. */
    sealed interface Line {
        long number();
    }

    /** A line read as a bar; whether the bar is plausible is {@code PlausibleBars}' to say. */
    record Read(long number, Bar bar) implements Line {}

    /**
     * A line that was not used.
     *
     * @param reason what was wrong, for the report; {@code key} the same as a key of {@code rejected_reasons}
     */
    record Rejected(long number, String reason, String key) implements Line {}

    private final BoundedLines lines;
    private final ZoneId zone;
    private final String separator;
    private final Columns columns;
    private long lineNumber;

    private CsvBarReader(BoundedLines lines, ZoneId zone, String header, long headerLine) {
        this.lines = lines;
        this.zone = zone;
        this.separator = header.contains(";") && !header.contains(",") ? ";" : header.contains("\t") ? "\t" : ",";
        this.columns = Columns.of(header.split(Pattern.quote(separator), -1));
        this.lineNumber = headerLine;
    }

    /**
     * Reads the header.
     *
     * @throws CsvFormatException when the header lacks a required column: nothing of such a file is usable
     */
    static CsvBarReader open(Reader input, ZoneId zone, int maxLineLength) throws IOException {
        BoundedLines lines = new BoundedLines(input, maxLineLength);
        long number = 0;
        while (true) {
            String line = lines.next();
            if (line == null) {
                throw new CsvFormatException("the file is empty: it needs a header line");
            }
            number++;
            if (lines.overlong()) {
                throw new CsvFormatException("the header line is longer than " + maxLineLength + " characters");
            }
            if (!line.isBlank()) {
                return new CsvBarReader(lines, zone, line.startsWith("\uFEFF") ? line.substring(1) : line, number);
            }
        }
    }

    /** The next data line (blank lines skipped), or null at the end of the file. */
    Line next() throws IOException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            lineNumber++;
            if (lines.overlong()) {
                return new Rejected(lineNumber, "line too long", "line_too_long");
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                return new Read(lineNumber, columns.bar(line.split(Pattern.quote(separator), -1), zone));
            } catch (LineException e) {
                return new Rejected(lineNumber, e.getMessage(), e.key);
            }
        }
        return null;
    }

    /** Where each needed column is. */
    private record Columns(int time, int date, int clock, int open, int high, int low, int close, int volume) {

        static Columns of(String[] header) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.putIfAbsent(unquote(header[i]).toLowerCase(Locale.ROOT).strip(), i);
            }
            int time = first(index, "timestamp", "datetime", "date_time", "open_time", "t");
            int date = index.getOrDefault("date", -1);
            int clock = index.getOrDefault("time", -1);
            if (time < 0 && date < 0 && clock < 0) {
                throw new CsvFormatException("the header has no date or time column (date, time, timestamp or"
                        + " datetime): " + String.join(",", header));
            }
            List<String> missing = new ArrayList<>();
            for (String name : List.of("open", "high", "low", "close", "volume")) {
                if (!index.containsKey(name)) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new CsvFormatException("the header lacks " + String.join(", ", missing));
            }
            return new Columns(
                    time,
                    date,
                    clock,
                    index.get("open"),
                    index.get("high"),
                    index.get("low"),
                    index.get("close"),
                    index.get("volume"));
        }

        private static int first(Map<String, Integer> index, String... names) {
            for (String name : names) {
                if (index.containsKey(name)) {
                    return index.get(name);
                }
            }
            return -1;
        }

        Bar bar(String[] cells, ZoneId zone) throws LineException {
            Instant start;
            if (time >= 0) {
                start = parseTime(cell(cells, time, "time"), zone);
            } else if (date >= 0 && clock >= 0) {
                start = parseTime(cell(cells, date, "date") + " " + cell(cells, clock, "time"), zone);
            } else {
                start = parseTime(cell(cells, date >= 0 ? date : clock, "date"), zone);
            }
            return new Bar(
                    start,
                    number(cells, open, "open"),
                    number(cells, high, "high"),
                    number(cells, low, "low"),
                    number(cells, close, "close"),
                    number(cells, volume, "volume"),
                    null,
                    null);
        }

        private static String cell(String[] cells, int index, String name) throws LineException {
            if (index >= cells.length) {
                throw new LineException("missing_value", "no " + name + " value (too few columns)");
            }
            String value = unquote(cells[index]).strip();
            if (value.isEmpty()) {
                throw new LineException("missing_value", "empty " + name);
            }
            return value;
        }

        private static BigDecimal number(String[] cells, int index, String name) throws LineException {
            String value = cell(cells, index, name);
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new LineException("not_a_number", name + " '" + shorten(value) + "' is not a number");
            }
        }
    }

    static Instant parseTime(String value, ZoneId zone) throws LineException {
        // A year of 10000, an epoch of 19 digits: the JDK throws for what it cannot hold, and such a line is rejected
        // like any other unreadable time, never an error of the whole import.
        try {
            return parseKnownTime(value, zone);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new LineException(
                    "unreadable_time", "'" + shorten(value) + "' is not a date or time this reader knows");
        }
    }

    private static Instant parseKnownTime(String value, ZoneId zone) throws LineException {
        if (DIGITS.matcher(value).matches() && value.length() != 8) {
            long number = Long.parseLong(value);
            return value.length() >= 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        try {
            return java.time.OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            // not a time with an offset: try the local forms below
        }
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format)
                        .atTime(LocalTime.MIDNIGHT)
                        .atZone(zone)
                        .toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new LineException("unreadable_time", "'" + shorten(value) + "' is not a date or time this reader knows");
    }

    /** A cell as quoted in a report: short, and without control characters that would garble a log line. */
    private static String shorten(String value) {
        String printable = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** One line cannot be used; the file goes on. */
    static final class LineException extends Exception {
        private final String key;

        LineException(String key, String message) {
            super(message, null, false, false);
            this.key = key;
        }
    }
}
