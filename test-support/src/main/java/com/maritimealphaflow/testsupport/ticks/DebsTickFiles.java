package com.maritimealphaflow.testsupport.ticks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes tick files in the layout of the DEBS 2022 Grand Challenge data (Infront Financial Technology): comment
 * lines, the header, a {@code #} line describing the columns, then rows ending with a comma. Generated, not copied:
 * each symbol's price is a random walk; events come out of order within {@code jitterMillis}, a share of them far
 * too late, and a share of rows are quote updates without a {@code Last} price or use the {@code Time}/{@code Date}
 * fallback. The same settings and seed always give the same bytes.
 */
public final class DebsTickFiles {

    /** The columns of the DEBS 2022 files, in their order. */
    public static final String HEADER = "ID,SecType,Date,Time,Ask,Ask volume,Bid,Bid volume,Ask time,Day's high ask,"
            + "Close,Currency,Day's high ask time,Day's high,ISIN,Auction price,Day's low ask,Day's low,"
            + "Day's low ask time,Open,Nominal value,Last,Last volume,Trading time,Total volume,Mid price,"
            + "Trading date,Profit,Current price,Related indices,Day high bid time,Day low bid time,Open Time,"
            + "Last trade time,Close Time,Day high time,Day low time,Bid time,Auction Time";

    private static final int COLUMNS = HEADER.split(",").length;
    private static final int ID = 0;
    private static final int SEC_TYPE = 1;
    private static final int DATE = 2;
    private static final int TIME = 3;
    private static final int LAST = 21;
    private static final int TRADING_TIME = 23;
    private static final int TRADING_DATE = 26;
    private static final String[] EXCHANGES = {"FR", "NL", "ETR"};
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /**
     * @param symbols how many instruments; a few are much busier than the rest
     * @param events data rows to write
     * @param start event time of the first row
     * @param spanMillis event time the rows cover, spread evenly
     * @param jitterMillis an event's time is up to this much before its place in the file
     * @param lateShare share of events placed a window and a half further back (late for any lateness under 5 min)
     * @param noPriceShare share of rows with an empty {@code Last}
     * @param seed the random sequence
     */
    public record Settings(
            int symbols,
            long events,
            Instant start,
            long spanMillis,
            long jitterMillis,
            double lateShare,
            double noPriceShare,
            long seed) {

        /** Small and varied: for tests. */
        public static Settings sample(long events, long seed) {
            return new Settings(
                    12, events, Instant.parse("2021-11-08T07:00:00Z"), 36 * 3_600_000L, 20_000, 0.002, 0.1, seed);
        }

        /** The shape of the DEBS week: 5,500 symbols over five trading days. */
        public static Settings debsWeek(long events, long seed) {
            return new Settings(
                    5_500, events, Instant.parse("2021-11-08T07:00:00Z"), 5 * 86_400_000L, 2_000, 0.0001, 0.05, seed);
        }
    }

    private DebsTickFiles() {}

    /** Writes the file; gzip'd when its name ends in {@code .gz}. */
    public static Path write(Path file, Settings settings) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16)) {
            write(writer, settings);
        }
        return file;
    }

    public static void write(Writer writer, Settings settings) throws IOException {
        writer.write("# Generated tick data in the layout of the DEBS 2022 Grand Challenge files\n");
        writer.write("# Times are UTC\n");
        writer.write(HEADER + "\n");
        writer.write("# Unique ID,Security Type (E: equity, I: index),System date,System time,...\n");
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] prices = new double[settings.symbols()];
        String[] names = new String[settings.symbols()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = 5 + random.nextDouble() * 200;
            names[i] = String.format(Locale.ROOT, "S%04d.%s", i, EXCHANGES[i % EXCHANGES.length]);
        }
        long start = settings.start().toEpochMilli();
        StringBuilder row = new StringBuilder(160);
        String[] fields = new String[COLUMNS];
        for (long i = 0; i < settings.events(); i++) {
            double u = random.nextDouble();
            int symbol = (int) (u * u * settings.symbols());
            long time = start + (long) ((double) i / settings.events() * settings.spanMillis());
            time -= settings.jitterMillis() > 0 ? random.nextLong(settings.jitterMillis() + 1) : 0;
            if (random.nextDouble() < settings.lateShare()) {
                time -= 450_000;
            }
            prices[symbol] = Math.max(0.01, prices[symbol] * (1 + 0.002 * (random.nextDouble() - 0.5)));
            java.util.Arrays.fill(fields, "");
            fields[ID] = names[symbol];
            fields[SEC_TYPE] = symbol % 20 == 7 ? "I" : "E";
            Instant at = Instant.ofEpochMilli(time);
            String day = DAY.format(at);
            String clock = CLOCK.format(at);
            fields[DATE] = day;
            fields[TIME] = clock;
            if (random.nextDouble() >= settings.noPriceShare()) {
                fields[LAST] = String.format(Locale.ROOT, "%.4f", prices[symbol]);
            }
            if (random.nextDouble() >= 0.05) {
                fields[TRADING_TIME] = clock;
                fields[TRADING_DATE] = day;
            }
            row.setLength(0);
            for (String field : fields) {
                row.append(field).append(',');
            }
            row.append('\n');
            writer.write(row.toString());
        }
    }
}
