package com.maritimealphaflow.flink.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickTrendPipeline;
import com.maritimealphaflow.model.ticks.TrendSink;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole job on Flink's MiniCluster against a real in-process Kafka broker (KRaft) and a real PostgreSQL: a
 * generated DEBS sample with out-of-order and late events, as JSON on a one-partition topic, gives exactly the rows
 * the in-process {@link TickTrendPipeline} gives for the same ticks, at parallelism 1 and 2, and again changes nothing.
 */
class TickTrendJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final String TOPIC = "ticks";
    private static final Duration LATENESS = Duration.ofMinutes(1);

    @TempDir
    static Path dir;

    private static EmbeddedKafkaKraftBroker kafka;
    private static Path sample;
    private static TrendTables expected;
    private static long expectedLate;

    @BeforeAll
    static void produceTheSampleAndRunTheReference() throws Exception {
        sample = DebsTickFiles.write(dir.resolve("sample.csv.gz"), DebsTickFiles.Settings.sample(40_000, 18));
        List<Tick> ticks = readTicks(sample);

        List<TrendWindow> windows = new ArrayList<>();
        List<Breakout> breakouts = new ArrayList<>();
        TickTrendPipeline pipeline = new TickTrendPipeline(LATENESS.toMillis(), new TrendSink() {
            @Override
            public void window(TrendWindow window) {
                windows.add(window);
            }

            @Override
            public void breakout(Breakout breakout) {
                breakouts.add(breakout);
            }
        });
        ticks.forEach(pipeline::accept);
        pipeline.finish();
        expected = TrendTables.expected(windows, breakouts);
        expectedLate = pipeline.lateEvents();
        assertThat(expectedLate).as("the sample has late events").isPositive();
        assertThat(expected.crossovers())
                .extracting(TrendTables.CrossoverRow::kind)
                .contains("bullish", "bearish");

        kafka = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        kafka.afterPropertiesSet();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                20))) {
            for (int i = 0; i < ticks.size(); i++) {
                if (i % 10_000 == 5_000) {
                    producer.send(new ProducerRecord<>(TOPIC, "{\"symbol\":\"S0001.NL\",\"price\":\"n/a\"}"));
                }
                Tick tick = ticks.get(i);
                producer.send(new ProducerRecord<>(TOPIC, tick.symbol(), TickJson.format(tick)));
            }
            producer.flush();
        }
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.destroy();
        }
    }

    private static List<Tick> readTicks(Path file) throws Exception {
        List<Tick> ticks = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.ISO_8859_1))) {
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
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    private static JobExecutionResult runKafka(TestDatabase database, int parallelism, String group, String... more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--kafka-bootstrap",
                kafka.getBrokersAsString(),
                "--topic",
                TOPIC,
                "--group",
                group,
                "--bounded",
                "--allowed-lateness",
                LATENESS.toString(),
                "--parallelism",
                Integer.toString(parallelism),
                // one partition: one source subtask, else an idle one holds the watermark back
                "--source-parallelism",
                "1",
                "--jdbc-url",
                database.jdbcUrl(),
                "--jdbc-user",
                database.username(),
                "--jdbc-password",
                database.password(),
                "--batch-size",
                "500"));
        args.addAll(List.of(more));
        return TickTrendJob.run(
                StreamExecutionEnvironment.getExecutionEnvironment(), JobOptions.parse(args.toArray(String[]::new)));
    }

    private static long late(JobExecutionResult result) {
        return result.<Long>getAccumulatorResult(LateTicks.LATE);
    }

    @Test
    void kafkaToPostgresGivesTheInProcessRowsAtParallelismOneAndTwo() throws Exception {
        for (int parallelism : new int[] {1, 2}) {
            TestDatabase database = TrendTables.migratedDatabase();
            JobExecutionResult result = runKafka(database, parallelism, "trends-p" + parallelism);

            TrendTables actual = TrendTables.read(database);
            assertThat(actual.windows())
                    .as("tick_window at parallelism " + parallelism)
                    .isEqualTo(expected.windows());
            assertThat(actual.crossovers()).as("tick_crossover").isEqualTo(expected.crossovers());
            assertThat(actual.symbols()).as("tick_symbol").isEqualTo(expected.symbols());
            assertThat(actual.alerts())
                    .as("one tick_alert per crossover")
                    .isEqualTo(expected.crossovers().size());
            assertThat(late(result)).as("late events").isEqualTo(expectedLate);
        }
    }

    @Test
    void runningTheJobAgainWithCheckpointsChangesNoRow() throws Exception {
        TestDatabase database = TrendTables.migratedDatabase();
        runKafka(database, 2, "again-1");
        List<String> before = TrendTables.rowVersions(database);

        // checkpoints on: the sinks flush at each one, nothing else changes
        runKafka(database, 2, "again-2", "--checkpoint-interval", "PT1S");

        assertThat(TrendTables.rowVersions(database)).isEqualTo(before);
        assertThat(TrendTables.read(database)).isEqualTo(expected);
    }

    @Test
    void filesModeGivesTheSameRowsAndCountsSkippedRows() throws Exception {
        TestDatabase database = TrendTables.migratedDatabase();
        JobExecutionResult result = TickTrendJob.run(
                StreamExecutionEnvironment.getExecutionEnvironment(),
                JobOptions.parse(
                        "--files", sample.toString(),
                        "--parallelism", "2",
                        "--jdbc-url", database.jdbcUrl(),
                        "--jdbc-user", database.username(),
                        "--jdbc-password", database.password()));

        assertThat(TrendTables.read(database)).isEqualTo(expected);
        assertThat(late(result)).isEqualTo(expectedLate);
        assertThat(result.<Long>getAccumulatorResult("skipped-no-price")).isPositive();
    }
}
