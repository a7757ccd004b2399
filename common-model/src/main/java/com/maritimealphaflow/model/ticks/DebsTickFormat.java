package com.maritimealphaflow.model.ticks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Rows of the DEBS 2022 Grand Challenge tick files (Infront Financial Technology): {@code #} comment lines, a header
 * line naming the columns, a {@code #} line describing them, then data rows ending with a comma. The columns used are
 * found by name: {@code ID}, {@code SecType}, {@code Last}, {@code Trading time} and {@code Trading date}
 * ({@code HH:mm:ss.SSS}, {@code dd-MM-yyyy}, UTC), with {@code Time} and {@code Date} taken for whichever of the two
 * is empty. A row with an empty or zero {@code Last}, or no usable time, gives no event and a {@link #skipReason()}.
 *
 * <p>Parsing reads each row once, without splitting it; prices with at most 15 significant digits are converted by
 * exact integer division, which gives the same double as {@link Double#parseDouble}. One instance per thread.
 */
public final class DebsTickFormat {

    private final int id;
    private final int secType;
    private final int last;
    private final int tradingTime;
    private final int tradingDate;
    private final int time;
    private final int date;
    private final int[] starts;
    private final int[] ends;

    private String cachedDate;
    private long cachedDayMillis;
    private TickSkipReason skipReason;

    private DebsTickFormat(String header) {
        String[] names = header.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim().toLowerCase(Locale.ROOT);
        }
        id = required(names, "id");
        last = required(names, "last");
        secType = indexOf(names, "sectype");
        tradingTime = indexOf(names, "trading time");
        tradingDate = indexOf(names, "trading date");
        time = indexOf(names, "time");
        date = indexOf(names, "date");
        if ((tradingTime < 0 || tradingDate < 0) && (time < 0 || date < 0)) {
            throw new IllegalArgumentException(
                    "tick header has neither 'Trading time' and 'Trading date' nor 'Time' and 'Date': " + header);
        }
        int width = 1
                + Arrays.stream(new int[] {id, secType, last, tradingTime, tradingDate, time, date})
                        .max()
                        .orElseThrow();
        starts = new int[width];
        ends = new int[width];
    }

    /** The format of a file whose header line is this one. */
    public static DebsTickFormat ofHeader(String header) {
        return new DebsTickFormat(header);
    }

    public static boolean isComment(String line) {
        return line.startsWith("#");
    }

    /** The header line starts with the {@code ID} column. */
    public static boolean isHeader(String line) {
        return line.regionMatches(true, 0, "ID,", 0, 3);
    }

    /** The event of a data row, or null with {@link #skipReason()} set. */
    public Tick parse(String line) {
        skipReason = null;
        int fields = split(line);
        if (fields <= id || fields <= last || ends[id] == starts[id]) {
            return skip(TickSkipReason.MALFORMED);
        }
        if (ends[last] == starts[last]) {
            return skip(TickSkipReason.NO_PRICE);
        }
        double price = parsePrice(line, starts[last], ends[last]);
        if (Double.isNaN(price)) {
            return skip(TickSkipReason.MALFORMED);
        }
        if (price <= 0) {
            return skip(TickSkipReason.NO_PRICE);
        }
        int timeField = present(tradingTime, fields) ? tradingTime : time;
        int dateField = present(tradingDate, fields) ? tradingDate : date;
        if (!present(timeField, fields) || !present(dateField, fields)) {
            return skip(TickSkipReason.NO_TIME);
        }
        long timeOfDay = parseTimeOfDay(line, starts[timeField], ends[timeField]);
        long day = parseDay(line, starts[dateField], ends[dateField]);
        if (timeOfDay < 0 || day == Long.MIN_VALUE) {
            return skip(TickSkipReason.NO_TIME);
        }
        String type = secType >= 0 && secType < fields ? line.substring(starts[secType], ends[secType]) : "";
        return new Tick(line.substring(starts[id], ends[id]).trim(), type, price, day + timeOfDay);
    }

    public TickSkipReason skipReason() {
        return skipReason;
    }

    private Tick skip(TickSkipReason reason) {
        skipReason = reason;
        return null;
    }

    private boolean present(int field, int fields) {
        return field >= 0 && field < fields && ends[field] > starts[field];
    }

    private int split(String line) {
        int field = 0;
        int start = 0;
        int length = line.length();
        while (field < starts.length) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            starts[field] = start;
            ends[field] = end;
            field++;
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return field;
    }

    /** NaN when the text is not a decimal number. */
    static double parsePrice(String text, int start, int end) {
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    digits++;
                }
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return slowPrice(text, start, end);
            }
        }
        if (digits > 15 || decimals > 22 || start == end) {
            return slowPrice(text, start, end);
        }
        return decimals <= 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    private static double slowPrice(String text, int start, int end) {
        try {
            return Double.parseDouble(text.substring(start, end));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Milliseconds of the day for {@code HH:mm:ss} with an optional fraction; −1 when it does not parse. */
    static long parseTimeOfDay(String text, int start, int end) {
        if (end - start < 8 || text.charAt(start + 2) != ':' || text.charAt(start + 5) != ':') {
            return -1;
        }
        int hours = twoDigits(text, start);
        int minutes = twoDigits(text, start + 3);
        int seconds = twoDigits(text, start + 6);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return -1;
        }
        int millis = 0;
        if (end - start > 8) {
            if (text.charAt(start + 8) != '.') {
                return -1;
            }
            int scale = 100;
            for (int i = start + 9; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                millis += (c - '0') * scale;
                scale /= 10;
            }
        }
        return ((hours * 60L + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** Epoch milliseconds of the start of a {@code dd-MM-yyyy} day; {@link Long#MIN_VALUE} when it does not parse. */
    private long parseDay(String text, int start, int end) {
        if (cachedDate != null
                && cachedDate.length() == end - start
                && text.regionMatches(start, cachedDate, 0, end - start)) {
            return cachedDayMillis;
        }
        long day = parseDayText(text, start, end);
        if (day != Long.MIN_VALUE) {
            cachedDate = text.substring(start, end);
            cachedDayMillis = day;
        }
        return day;
    }

    static long parseDayText(String text, int start, int end) {
        if (end - start != 10 || text.charAt(start + 2) != '-' || text.charAt(start + 5) != '-') {
            return Long.MIN_VALUE;
        }
        int dayOfMonth = twoDigits(text, start);
        int month = twoDigits(text, start + 3);
        int century = twoDigits(text, start + 6);
        int yearOfCentury = twoDigits(text, start + 8);
        if (dayOfMonth < 1 || month < 1 || month > 12 || century < 0 || yearOfCentury < 0) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.of(century * 100 + yearOfCentury, month, dayOfMonth)
                            .toEpochDay()
                    * 86_400_000L;
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private static int twoDigits(String text, int at) {
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static int required(String[] names, String name) {
        int index = indexOf(names, name);
        if (index < 0) {
            throw new IllegalArgumentException("tick header has no '" + name + "' column");
        }
        return index;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
