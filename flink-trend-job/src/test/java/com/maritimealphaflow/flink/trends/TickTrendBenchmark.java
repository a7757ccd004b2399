package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickTrendPipeline;
import com.maritimealphaflow.model.ticks.TrendSink;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Events per second through parse → window → EMA → crossover: the file-mode job on a local MiniCluster with two slots,
 * with {@code --sink none} and into PostgreSQL, and the in-process reference on the same file for comparison. Run by
 * scripts/bench-flink-trends.sh; arguments: events, symbols, and what to run ({@code all}, {@code none},
 * {@code postgres}, {@code in-process}; comma-separated).
 */
public final class TickTrendBenchmark {

    private static final long SEED = 2022;

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 5_500;
        String runs = args.length > 2 ? args[2] : "all";
        Path file = dataFile(events, symbols);
        System.out.printf(
                Locale.ROOT,
                "file %s: %,d rows, %,d symbols, %,d MB; heap max %,d MB; %d cores%n",
                file,
                events,
                symbols,
                Files.size(file) >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        if (runs.equals("all") || runs.contains("in-process")) {
            inProcess(file);
        }
        if (runs.equals("all") || runs.contains("none")) {
            flink(file, "--sink", "none");
        }
        if (runs.equals("all") || runs.contains("postgres")) {
            TestDatabase database = TrendTables.migratedDatabase();
            flink(
                    file,
                    "--sink",
                    "postgres",
                    "--jdbc-url",
                    database.jdbcUrl(),
                    "--jdbc-user",
                    database.username(),
                    "--jdbc-password",
                    database.password());
            try (var connection = database.connect();
                    var statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT (SELECT count(*) FROM tick_window),"
                            + " (SELECT count(*) FROM tick_crossover), (SELECT count(*) FROM tick_symbol)")) {
                rs.next();
                System.out.printf(
                        Locale.ROOT,
                        "  rows: tick_window %,d, tick_crossover %,d, tick_symbol %,d%n",
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3));
            }
        }
    }

    /** Generated once per size and kept: DebsTickFiles writes the same bytes for the same settings. */
    private static Path dataFile(long events, int symbols) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp/alphaflow-bench-flink"));
        Files.createDirectories(dir);
        Path file = dir.resolve("debs-" + events + "-" + symbols + ".csv");
        if (!Files.exists(file)) {
            DebsTickFiles.Settings week = DebsTickFiles.Settings.debsWeek(events, SEED);
            DebsTickFiles.Settings settings = new DebsTickFiles.Settings(
                    symbols,
                    events,
                    week.start(),
                    week.spanMillis(),
                    week.jitterMillis(),
                    week.lateShare(),
                    week.noPriceShare(),
                    SEED);
            long start = System.nanoTime();
            Path partial = dir.resolve(file.getFileName() + ".part");
            DebsTickFiles.write(partial, settings);
            Files.move(partial, file);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
        }
        return file;
    }

    private static void flink(Path file, String... sinkArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("--files", file.toString(), "--parallelism", "2"));
        args.addAll(List.of(sinkArgs));
        Configuration configuration = new Configuration();
        configuration.set(TaskManagerOptions.NUM_TASK_SLOTS, 2);
        configuration.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, configuration);
        resetPeaks();
        long start = System.nanoTime();
        JobExecutionResult result = TickTrendJob.run(env, JobOptions.parse(args.toArray(String[]::new)));
        double seconds = (System.nanoTime() - start) / 1e9;
        long ticks = result.<Long>getAccumulatorResult("ticks");
        System.out.printf(
                Locale.ROOT,
                "flink --sink %-8s %,d events in %.1f s: %,.0f events/s (job %.1f s); late %,d; peak heap %,d MB%n",
                sinkArgs[1],
                ticks,
                seconds,
                ticks / seconds,
                result.getNetRuntime() / 1e3,
                result.<Long>getAccumulatorResult(LateTicks.LATE),
                peakHeap() >> 20);
    }

    private static void inProcess(Path file) throws Exception {
        long[] counts = new long[2];
        TickTrendPipeline pipeline = new TickTrendPipeline(60_000, new TrendSink() {
            @Override
            public void window(TrendWindow window) {
                counts[0]++;
            }

            @Override
            public void breakout(Breakout breakout) {
                counts[1]++;
            }
        });
        resetPeaks();
        long start = System.nanoTime();
        long ticks = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            DebsTickFormat format = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (DebsTickFormat.isComment(line)) {
                    continue;
                }
                if (DebsTickFormat.isHeader(line)) {
                    format = DebsTickFormat.ofHeader(line);
                    continue;
                }
                Tick tick = format.parse(line);
                if (tick != null) {
                    ticks++;
                    pipeline.accept(tick);
                }
            }
        }
        pipeline.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "in-process (reference, 1 thread) %,d events in %.1f s: %,.0f events/s; %,d windows, %,d breakouts;"
                        + " peak heap %,d MB%n",
                ticks,
                seconds,
                ticks / seconds,
                counts[0],
                counts[1],
                peakHeap() >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
