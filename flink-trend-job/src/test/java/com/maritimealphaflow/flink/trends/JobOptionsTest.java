package com.maritimealphaflow.flink.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsKafkaAndPostgresArgumentsWithDefaults() {
        JobOptions options = JobOptions.parse(
                "--kafka-bootstrap",
                "kafka:9092",
                "--bounded",
                "--jdbc-url",
                "jdbc:postgresql://db/alphaflow",
                "--parallelism",
                "4",
                "--allowed-lateness",
                "PT30S");
        assertThat(options.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(options.topic()).isEqualTo("ticks");
        assertThat(options.group()).isEqualTo("tick-trends");
        assertThat(options.bounded()).isTrue();
        assertThat(options.allowedLateness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.parallelism()).isEqualTo(4);
        assertThat(options.sink()).isEqualTo(JobOptions.Sink.POSTGRES);
        assertThat(options.checkpointInterval()).isNull();
    }

    @Test
    void readsFilesWithoutADatabaseWhenTheSinkIsNone() {
        JobOptions options = JobOptions.parse("--files", "a.csv, b.csv.gz", "--sink", "none");
        assertThat(options.files()).isEqualTo(List.of("a.csv", "b.csv.gz"));
        assertThat(options.allowedLateness()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void saysWhichArgumentIsWrong() {
        assertThatThrownBy(() -> JobOptions.parse("--sink", "none"))
                .hasMessageContaining("--files or --kafka-bootstrap");
        assertThatThrownBy(() -> JobOptions.parse("--files", "a.csv")).hasMessageContaining("--jdbc-url");
        assertThatThrownBy(() -> JobOptions.parse("--files", "a.csv", "--sink", "none", "--allowed-lateness", "1m"))
                .hasMessageContaining("--allowed-lateness");
        assertThatThrownBy(() -> JobOptions.parse("--files", "a.csv", "--sink", "none", "--parallelism", "0"))
                .hasMessageContaining("--parallelism");
        assertThatThrownBy(() -> JobOptions.parse("--files", "a.csv", "--colour", "red"))
                .hasMessageContaining("--colour");
    }
}
