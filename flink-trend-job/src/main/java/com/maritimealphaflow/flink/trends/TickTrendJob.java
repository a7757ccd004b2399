package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickWindows;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.OutputTag;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Tick trends on Flink (issue 18, the scale-out path): ticks from a Kafka topic (JSON) or DEBS files, keyed by symbol,
 * tumbling 5-minute event-time windows closed by a punctuated watermark, then common-model's {@code TrendStep} per
 * symbol in keyed state, into PostgreSQL. See README.md in this module for arguments and submission.
 */
public final class TickTrendJob {

    /** What the trend part of the job gives: every window applied, the breakouts, and the late events. */
    record Trends(DataStream<TrendUpdate> updates, DataStream<Breakout> breakouts, DataStream<WindowClose> late) {}

    private TickTrendJob() {}

    public static void main(String[] args) throws Exception {
        JobOptions options = JobOptions.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, options);
        env.execute("tick-trends");
    }

    /** Runs the job on the given environment and waits for it; for bounded inputs (tests, benchmark). */
    static JobExecutionResult run(StreamExecutionEnvironment env, JobOptions options) throws Exception {
        build(env, options);
        return env.execute("tick-trends");
    }

    static Trends build(StreamExecutionEnvironment env, JobOptions options) {
        if (options.parallelism() != null) {
            env.setParallelism(options.parallelism());
        }
        // Every record passed between operators (Tick, WindowClose, TrendUpdate, Breakout) is immutable
        env.getConfig().enableObjectReuse();
        if (options.checkpointInterval() != null) {
            // Sinks are idempotent upserts, so at-least-once replay after a failure writes the same rows again.
            env.enableCheckpointing(options.checkpointInterval().toMillis(), CheckpointingMode.AT_LEAST_ONCE);
        }
        DataStream<Tick> ticks = options.files().isEmpty() ? kafka(env, options) : files(env, options);
        Trends trends = trends(ticks);
        trends.late().process(new LateTicks()).name("late events").sinkTo(new DiscardingSink<>());
        switch (options.sink()) {
            case POSTGRES -> {
                trends.updates().sinkTo(PostgresSinks.windows(options)).name("tick_window");
                trends.updates().sinkTo(PostgresSinks.symbols(options)).name("tick_symbol");
                trends.breakouts().sinkTo(PostgresSinks.crossovers(options)).name("tick_crossover, tick_alert");
            }
            case NONE -> {
                trends.updates().sinkTo(new DiscardingSink<>()).name("windows discarded");
                trends.breakouts().sinkTo(new DiscardingSink<>()).name("breakouts discarded");
            }
        }
        return trends;
    }

    /**
     * The operator on ticks that already carry timestamps and watermarks: the close per symbol and window (the latest
     * event by event time, {@link WindowClose#then}), late events to a side output, then the trend step per symbol.
     */
    static Trends trends(DataStream<Tick> ticks) {
        OutputTag<WindowClose> lateTag = new OutputTag<>("late-events", TypeInformation.of(WindowClose.class));
        // Chained to the source: a rebalance between the watermark and the keyBy would let an event overtake a
        // watermark on another channel, and lateness would depend on timing.
        SingleOutputStreamOperator<WindowClose> closes = ticks.map(WindowClose::of)
                .returns(WindowClose.class)
                .setParallelism(ticks.getParallelism())
                .name("ticks to closes")
                .keyBy(WindowClose::symbol)
                .window(TumblingEventTimeWindows.of(TickWindows.LENGTH))
                .sideOutputLateData(lateTag)
                .reduce(WindowClose::then, new WindowEnds())
                .name("5-minute closes");
        SingleOutputStreamOperator<TrendUpdate> updates =
                closes.keyBy(WindowClose::symbol).process(new TrendFunction()).name("EMA38, EMA100, crossovers");
        return new Trends(updates, updates.getSideOutput(TrendFunction.BREAKOUTS), closes.getSideOutput(lateTag));
    }

    private static DataStream<Tick> files(StreamExecutionEnvironment env, JobOptions options) {
        return env.fromSequence(0, options.files().size() - 1)
                .setParallelism(1)
                .name("file indexes")
                .flatMap(new DebsFiles(options.files()))
                .setParallelism(1)
                .name("DEBS files")
                .assignTimestampsAndWatermarks(TickWatermarks.strategy(options.allowedLateness()))
                .setParallelism(1)
                .name("punctuated watermarks");
    }

    private static DataStream<Tick> kafka(StreamExecutionEnvironment env, JobOptions options) {
        KafkaSourceBuilder<Tick> builder = KafkaSource.<Tick>builder()
                .setBootstrapServers(options.kafkaBootstrap())
                .setTopics(options.topic())
                .setGroupId(options.group())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new KafkaTicks());
        if (options.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        WatermarkStrategy<Tick> watermarks = TickWatermarks.strategy(options.allowedLateness());
        Duration idleness = options.sourceIdleness();
        if (idleness != null) {
            watermarks = watermarks.withIdleness(idleness);
        }
        DataStreamSource<Tick> ticks = env.fromSource(builder.build(), watermarks, "kafka " + options.topic());
        if (options.sourceParallelism() != null) {
            ticks.setParallelism(options.sourceParallelism());
        }
        return ticks;
    }
}
