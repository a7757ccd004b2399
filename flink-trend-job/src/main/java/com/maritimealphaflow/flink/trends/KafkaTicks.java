package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Tick;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka records to ticks, in the source itself so that the watermark is kept per partition. A malformed message
 * (see {@link TickJson}) is counted in the metric {@code malformedMessages}, logged now and then, and dropped.
 */
final class KafkaTicks implements KafkaRecordDeserializationSchema<Tick> {

    static final String MALFORMED = "malformedMessages";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaTicks.class);

    private transient Counter malformed;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        malformed = context.getMetricGroup().counter(MALFORMED);
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Tick> out) {
        Tick tick = TickJson.parse(record.value());
        if (tick != null) {
            out.collect(tick);
            return;
        }
        malformed.inc();
        if (Long.bitCount(malformed.getCount()) == 1) {
            LOG.warn(
                    "Dropped a malformed tick message ({} so far), partition {} offset {}",
                    malformed.getCount(),
                    record.partition(),
                    record.offset());
        }
    }

    @Override
    public TypeInformation<Tick> getProducedType() {
        return TypeInformation.of(Tick.class);
    }
}
