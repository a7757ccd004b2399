package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.Collector;

/**
 * Reads DEBS tick files (plain, or gzip'd when the name ends in {@code .gz}) as one stream: given a file's index, emits
 * the ticks of its rows in file order. Each header line sets the columns for the rows after it, across files too (a
 * file without a header goes on with the last one seen). Rows before any header, and rows that give no event, are
 * counted per {@link TickSkipReason} ({@code skipped-<reason>}). Fed the indexes in order by a parallelism-1 sequence,
 * so the files are one ordered stream like a one-partition topic; a bounded input (benchmarks, replays) that does not
 * resume from a checkpoint mid-file.
 */
final class DebsFiles extends RichFlatMapFunction<Long, Tick> {

    private final List<String> files;
    private transient DebsTickFormat format;
    private transient Map<TickSkipReason, Counter> skipped;
    private transient Counter ticks;

    DebsFiles(List<String> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void open(OpenContext openContext) {
        MetricGroup metrics = getRuntimeContext().getMetricGroup();
        skipped = new EnumMap<>(TickSkipReason.class);
        for (TickSkipReason reason : TickSkipReason.values()) {
            skipped.put(reason, CountingCounter.register(getRuntimeContext(), metrics, "skipped-" + reason.key()));
        }
        ticks = CountingCounter.register(getRuntimeContext(), metrics, "ticks");
    }

    @Override
    public void flatMap(Long index, Collector<Tick> out) throws IOException {
        Path file = Path.of(files.get(Math.toIntExact(index)));
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                Tick tick = tick(line);
                if (tick != null) {
                    ticks.inc();
                    out.collect(tick);
                }
            }
        }
    }

    private Tick tick(String line) {
        if (line.isEmpty() || DebsTickFormat.isComment(line)) {
            return null;
        }
        if (DebsTickFormat.isHeader(line)) {
            format = DebsTickFormat.ofHeader(line);
            return null;
        }
        if (format == null) {
            skipped.get(TickSkipReason.MALFORMED).inc();
            return null;
        }
        Tick tick = format.parse(line);
        if (tick == null) {
            skipped.get(format.skipReason()).inc();
        }
        return tick;
    }
}
