package com.maritimealphaflow.aggregation.bench;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickTrendPipeline;
import com.maritimealphaflow.model.ticks.TrendSink;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Events per second through parse → window → EMA → crossover, in process, over a generated file in the layout of the
 * DEBS 2022 data (5,500 symbols over five days by default). Two ways: on one thread, and with the reading and parsing
 * on one thread and the operator on another (the machine's two cores). Memory: the heap in use after a full
 * collection at the end, and the JVM's peak heap.
 *
 * <p>Usage: {@code TickTrendBenchmark <file> [events] [symbols] [runs]}; the file is generated when missing.
 */
public final class TickTrendBenchmark {

    private static final int BATCH = 4_096;
    private static final Tick[] END = new Tick[0];

    private TickTrendBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/alphaflow-bench/debs-50m.csv");
        long events = args.length > 1 ? Long.parseLong(args[1]) : 50_000_000L;
        int symbols = args.length > 2 ? Integer.parseInt(args[2]) : 5_500;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long start = System.nanoTime();
            DebsTickFiles.Settings week = DebsTickFiles.Settings.debsWeek(events, 2022);
            DebsTickFiles.write(
                    file,
                    new DebsTickFiles.Settings(
                            symbols,
                            events,
                            week.start(),
                            week.spanMillis(),
                            week.jitterMillis(),
                            week.lateShare(),
                            week.noPriceShare(),
                            week.seed()));
            System.out.printf(
                    Locale.ROOT,
                    "generated %s (%,d rows, %,d bytes) in %.1f s%n",
                    file,
                    events,
                    Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "file %s, %,d bytes%n", file, Files.size(file));
        for (int run = 1; run <= runs; run++) {
            report("one thread", run, oneThread(file));
            report("two threads", run, twoThreads(file));
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "heap after a full GC: %.0f MiB; peak heap (sum of pools' peaks): %.0f MiB; max %.0f MiB%n",
                used / 1048576.0,
                peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    record Result(
            long rows,
            long events,
            long skipped,
            long late,
            long windows,
            long breakouts,
            int symbols,
            double seconds) {}

    private static void report(String how, int run, Result result) {
        System.out.printf(
                Locale.ROOT,
                "%-11s run %d: %,d rows, %,d events (%,d skipped, %,d late) -> %,d windows, %,d breakouts, %,d symbols"
                        + " in %.2f s = %,.0f events/s (%,.0f rows/s)%n",
                how,
                run,
                result.rows,
                result.events,
                result.skipped,
                result.late,
                result.windows,
                result.breakouts,
                result.symbols,
                result.seconds,
                result.events / result.seconds,
                result.rows / result.seconds);
    }

    private static final class Counting implements TrendSink {
        long windows;
        long breakouts;

        @Override
        public void window(TrendWindow window) {
            windows++;
        }

        @Override
        public void breakout(Breakout breakout) {
            breakouts++;
        }
    }

    private static Result oneThread(Path file) throws IOException {
        long start = System.nanoTime();
        Counting sink = new Counting();
        TickTrendPipeline pipeline = new TickTrendPipeline(60_000, sink);
        long rows = 0;
        long events = 0;
        long skipped = 0;
        try (BufferedReader reader = open(file)) {
            DebsTickFormat format = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (DebsTickFormat.isComment(line)) {
                    continue;
                }
                if (DebsTickFormat.isHeader(line)) {
                    format = DebsTickFormat.ofHeader(line);
                    continue;
                }
                rows++;
                Tick tick = format.parse(line);
                if (tick == null) {
                    skipped++;
                    continue;
                }
                events++;
                pipeline.accept(tick);
            }
        }
        pipeline.finish();
        return new Result(
                rows,
                events,
                skipped,
                pipeline.lateEvents(),
                sink.windows,
                sink.breakouts,
                pipeline.symbols(),
                (System.nanoTime() - start) / 1e9);
    }

    private static Result twoThreads(Path file) throws Exception {
        long start = System.nanoTime();
        BlockingQueue<Tick[]> queue = new ArrayBlockingQueue<>(64);
        long[] counts = new long[3];
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = open(file)) {
                        DebsTickFormat format = null;
                        Tick[] batch = new Tick[BATCH];
                        int size = 0;
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            if (DebsTickFormat.isComment(line)) {
                                continue;
                            }
                            if (DebsTickFormat.isHeader(line)) {
                                format = DebsTickFormat.ofHeader(line);
                                continue;
                            }
                            counts[0]++;
                            Tick tick = format.parse(line);
                            if (tick == null) {
                                counts[2]++;
                                continue;
                            }
                            batch[size++] = tick;
                            if (size == BATCH) {
                                queue.put(batch);
                                batch = new Tick[BATCH];
                                size = 0;
                            }
                        }
                        if (size > 0) {
                            Tick[] last = new Tick[size];
                            System.arraycopy(batch, 0, last, 0, size);
                            queue.put(last);
                        }
                        queue.put(END);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "tick-reader");
        reader.start();
        Counting sink = new Counting();
        TickTrendPipeline pipeline = new TickTrendPipeline(60_000, sink);
        long events = 0;
        for (Tick[] batch = queue.take(); batch != END; batch = queue.take()) {
            for (Tick tick : batch) {
                pipeline.accept(tick);
            }
            events += batch.length;
        }
        pipeline.finish();
        reader.join();
        return new Result(
                counts[0],
                events,
                counts[2],
                pipeline.lateEvents(),
                sink.windows,
                sink.breakouts,
                pipeline.symbols(),
                (System.nanoTime() - start) / 1e9);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 20);
    }
}
