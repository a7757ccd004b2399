package com.maritimealphaflow.ingestion.ticks.kafka;

import com.maritimealphaflow.ingestion.ticks.RateLimitedLog;
import com.maritimealphaflow.ingestion.ticks.TickIntake;
import com.maritimealphaflow.ingestion.ticks.TickIntakes;
import com.maritimealphaflow.ingestion.ticks.TickMessages;
import com.maritimealphaflow.ingestion.ticks.TickStreamStore;
import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.service.retry.Backoff;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ticks from a Kafka topic ({@code TICKS_KAFKA_BOOTSTRAP_SERVERS}, {@code TICKS_KAFKA_TOPIC}), off unless the servers
 * are set. One stream, {@code kafka:<topic>}, over all the topic's partitions, which the consumer assigns itself (no
 * consumer group): where each partition is read up to is stored in {@code tick_stream_offset} in the same transaction
 * as the partials those records made, and the consumer seeks there at every start (the beginning where none is
 * stored). Kafka's committed offsets are not used, so a crash reads nothing twice and loses nothing. A failure (broker
 * away, a flush that gave up) closes the consumer and starts again from the database after a backoff. Malformed
 * messages are counted ({@code malformed}) and logged at most once a minute. Run it on one instance only: a second
 * would count the same records again (the partials themselves merge to the same closes).
 */
@Component
class KafkaTickSource implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaTickSource.class);

    private final TicksProperties.Kafka settings;
    private final TickIntakes intakes;
    private final TickMessages messages;
    private final JdbcTemplate jdbc;
    private final String streamId;
    private final RateLimitedLog malformedLog = new RateLimitedLog(log, 1, TimeUnit.MINUTES);
    private volatile boolean stopping;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    KafkaTickSource(TicksProperties settings, TickIntakes intakes, JsonMapper json, JdbcTemplate jdbc) {
        this.settings = settings.kafka();
        this.intakes = intakes;
        this.messages = new TickMessages(json);
        this.jdbc = jdbc;
        this.streamId = "kafka:" + this.settings.topic();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || thread != null) {
            return;
        }
        stopping = false;
        thread = new Thread(this::run, "ticks-kafka");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping = true;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        Backoff backoff = new Backoff(settings.reconnect());
        log.info("Reading ticks from Kafka topic {} at {}", settings.topic(), settings.bootstrapServers());
        while (!stopping) {
            try {
                consume(backoff);
            } catch (WakeupException e) {
                // stop() woke the consumer up
            } catch (RuntimeException e) {
                if (stopping) {
                    break;
                }
                long wait = backoff.next().toMillis();
                log.warn(
                        "Kafka tick source failed, starting again from the stored offsets in {} ms: {}",
                        wait,
                        e.toString());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    break;
                }
            }
        }
        log.info("Stopped reading ticks from Kafka topic {}", settings.topic());
    }

    private void consume(Backoff backoff) {
        TickIntake intake = intakes.open(streamId, "kafka");
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(properties())) {
            consumer = kafka;
            Map<TopicPartition, Long> next = assign(kafka);
            while (!stopping) {
                ConsumerRecords<byte[], byte[]> records = kafka.poll(settings.pollTimeout());
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    Tick tick = messages.parse(record.value());
                    if (tick == null) {
                        intake.skip(TickSkipReason.MALFORMED);
                        malformedLog.warn(
                                "A malformed tick message on " + settings.topic() + " was counted and passed over",
                                record.partition() + "@" + record.offset());
                    } else {
                        intake.accept(tick);
                    }
                    next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                if (intake.flushDue() && !intake.idle()) {
                    intake.flush(false, offsets(Map.copyOf(next)));
                    backoff.reset();
                }
            }
            if (!intake.idle()) {
                intake.flush(false, offsets(Map.copyOf(next)));
            }
        } finally {
            consumer = null;
        }
    }

    /** All partitions of the topic, each at its stored offset or at its beginning. */
    private Map<TopicPartition, Long> assign(KafkaConsumer<byte[], byte[]> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(settings.topic(), Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + settings.topic() + " has no partitions (yet)");
        }
        List<TopicPartition> partitions = infos.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        kafka.assign(partitions);
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.query(
                "SELECT partition, next_offset FROM tick_stream_offset WHERE stream_id = ?",
                rs -> {
                    stored.put(rs.getInt(1), rs.getLong(2));
                },
                streamId);
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition.partition());
            if (offset == null) {
                kafka.seekToBeginning(List.of(partition));
            } else {
                kafka.seek(partition, offset);
                next.put(partition, offset);
            }
        }
        log.info("Kafka tick source assigned {} partitions of {}, resuming at {}", partitions.size(), streamId, stored);
        return next;
    }

    private TickStreamStore.ResumePoint offsets(Map<TopicPartition, Long> next) {
        return jdbc -> {
            if (next.isEmpty()) {
                return true;
            }
            List<Object[]> rows = next.entrySet().stream()
                    .map(e -> new Object[] {streamId, e.getKey().partition(), e.getValue()})
                    .toList();
            jdbc.batchUpdate(
                    "INSERT INTO tick_stream_offset (stream_id, partition, next_offset) VALUES (?, ?, ?)"
                            + " ON CONFLICT (stream_id, partition) DO UPDATE SET next_offset = excluded.next_offset",
                    rows);
            return true;
        };
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "alphaflow-" + streamId);
        return properties;
    }
}
