package com.maritimealphaflow.ingestion.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Kafka tick source against a real in-process KRaft broker: ticks of a generated DEBS-layout file produced as the
 * shared JSON, read into partials equal to one windower's over the same events; offsets stored with them, so that a
 * restart goes on where the committed flush ended without counting anything twice.
 */
class TickKafkaSourceTest extends DatabaseTest {

    private static final String TOPIC = "ticks-test";
    private static final String STREAM = "kafka:" + TOPIC;
    private static final long LATENESS = 60_000;
    // One partition: the windower's answer depends on the order events arrive in, which Kafka keeps per partition
    private static final EmbeddedKafkaKraftBroker BROKER = start();

    private static EmbeddedKafkaKraftBroker start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker;
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("alphaflow.ingestion.ticks.kafka.bootstrap-servers", BROKER::getBrokersAsString);
        registry.add("alphaflow.ingestion.ticks.kafka.topic", () -> TOPIC);
        registry.add("alphaflow.ingestion.ticks.kafka.poll-timeout", () -> "PT0.1S");
        registry.add("alphaflow.ingestion.ticks.flush-interval", () -> "PT0.2S");
        registry.add("alphaflow.ingestion.ticks.flush-events", () -> "500");
        registry.add("alphaflow.ingestion.ticks.kafka.reconnect.initial", () -> "PT0.1S");
        registry.add("alphaflow.ingestion.ticks.kafka.reconnect.max", () -> "PT0.5S");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void readsTheTopicIntoTheWindowersPartialsAndARestartGoesOnFromTheStoredOffsets() throws IOException {
        Path file = Files.createTempFile("kafka-ticks", ".csv");
        DebsTickFiles.write(file, DebsTickFiles.Settings.sample(8_000, 5));
        List<Tick> ticks = TickExpectations.ofFile(file, LATENESS).ticks;
        List<Tick> first = ticks.subList(0, 5_000);
        List<Tick> second = ticks.subList(5_000, ticks.size());

        produce(first, true);
        await().atMost(Duration.ofSeconds(60)).until(() -> committed() == first.size() + 1);

        TickExpectations expectedFirst = TickExpectations.ofTicks(first, LATENESS);
        assertThat(TickExpectations.stored(jdbc, STREAM)).isEqualTo(expectedFirst.partials);
        assertThat(jdbc.queryForObject(
                        "SELECT (skipped->>'malformed')::bigint FROM tick_stream WHERE id = ?", Long.class, STREAM))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT next_offset FROM tick_stream_offset WHERE stream_id = ? AND partition = 0",
                        Long.class,
                        STREAM))
                .isEqualTo(first.size() + 1);

        SmartLifecycle source = context.getBean("kafkaTickSource", SmartLifecycle.class);
        source.stop();
        produce(second, false);
        source.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> committed() == ticks.size() + 1);

        TickExpectations expected = TickExpectations.ofTicks(ticks, LATENESS);
        assertThat(TickExpectations.stored(jdbc, STREAM)).isEqualTo(expected.partials);
        assertThat(jdbc.queryForMap("SELECT events, late_events FROM tick_stream WHERE id = ?", STREAM))
                .containsEntry("events", (long) ticks.size())
                .containsEntry("late_events", expected.late);
        assertThat(expected.late).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT next_offset FROM tick_stream_offset WHERE stream_id = ?", Long.class, STREAM))
                .isEqualTo(ticks.size() + 1);
    }

    /** Events plus skipped messages committed so far. */
    private long committed() {
        List<Long> found = jdbc.queryForList(
                "SELECT events + COALESCE((skipped->>'malformed')::bigint, 0) FROM tick_stream WHERE id = ?",
                Long.class,
                STREAM);
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** As the shared JSON, every other one with its event time as epoch milliseconds; one malformed in the middle. */
    private static void produce(List<Tick> ticks, boolean withMalformed) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            Tick tick = ticks.get(i);
            String json = i % 2 == 0
                    ? TickMessages.format(tick)
                    : "{\"symbol\":\"" + tick.symbol() + "\",\"secType\":\"" + tick.secType() + "\",\"price\":"
                            + tick.price() + ",\"eventTime\":" + tick.eventTime() + "}";
            records.add(new ProducerRecord<>(TOPIC, tick.symbol(), json));
            if (withMalformed && i == ticks.size() / 2) {
                records.add(new ProducerRecord<>(TOPIC, "X", "{\"symbol\":\"X\",\"price\":\"not a number\"}"));
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
