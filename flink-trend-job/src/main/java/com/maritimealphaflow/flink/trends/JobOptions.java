package com.maritimealphaflow.flink.trends;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job's arguments, {@code --name value} or {@code --flag}. Either {@code --files} (DEBS CSV files, plain or gzip'd,
 * read in order as one stream) or {@code --kafka-bootstrap} (the tick topic, JSON messages) gives the input.
 *
 * @param parallelism null to keep the cluster's default
 * @param sourceParallelism Kafka source subtasks; null for the job's parallelism. Keep it at most the topic's
 *     partitions: a subtask without a partition emits no watermark and, unbounded, holds every window back
 * @param sourceIdleness null: no idleness (results do not depend on timing); else a source split without events this
 *     long stops holding the watermark back
 * @param checkpointInterval null: no checkpoints
 */
record JobOptions(
        List<String> files,
        String kafkaBootstrap,
        String topic,
        String group,
        boolean bounded,
        Duration allowedLateness,
        Sink sink,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        int batchSize,
        Integer parallelism,
        Integer sourceParallelism,
        Duration sourceIdleness,
        Duration checkpointInterval) {

    enum Sink {
        NONE,
        POSTGRES
    }

    static final String PASSWORD_VARIABLE = "ALPHAFLOW_JDBC_PASSWORD";

    private static final Set<String> FLAGS = Set.of("bounded");
    private static final Set<String> NAMES = Set.of(
            "files",
            "kafka-bootstrap",
            "topic",
            "group",
            "allowed-lateness",
            "sink",
            "jdbc-url",
            "jdbc-user",
            "jdbc-password",
            "batch-size",
            "parallelism",
            "source-parallelism",
            "source-idleness",
            "checkpoint-interval");

    static JobOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (name != null && NAMES.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete argument '" + args[i] + "'; known: --"
                        + String.join(", --", NAMES) + ", --bounded");
            }
        }
        List<String> files = new ArrayList<>();
        if (values.containsKey("files")) {
            for (String file : values.get("files").split(",")) {
                if (!file.isBlank()) {
                    files.add(file.trim());
                }
            }
        }
        String bootstrap = values.get("kafka-bootstrap");
        if (files.isEmpty() == (bootstrap == null)) {
            throw new IllegalArgumentException("give either --files or --kafka-bootstrap (with --topic)");
        }
        Sink sink =
                switch (values.getOrDefault("sink", "postgres")) {
                    case "none" -> Sink.NONE;
                    case "postgres" -> Sink.POSTGRES;
                    default -> throw new IllegalArgumentException("--sink must be none or postgres");
                };
        String jdbcUrl = values.get("jdbc-url");
        if (sink == Sink.POSTGRES && (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException(
                    "--jdbc-url jdbc:postgresql://host:5432/db is needed with --sink postgres");
        }
        String password = values.getOrDefault("jdbc-password", System.getenv(PASSWORD_VARIABLE));
        Duration lateness = duration(values, "allowed-lateness", Duration.ofMinutes(1));
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("--allowed-lateness must not be negative");
        }
        return new JobOptions(
                List.copyOf(files),
                bootstrap,
                values.getOrDefault("topic", "ticks"),
                values.getOrDefault("group", "tick-trends"),
                values.containsKey("bounded"),
                lateness,
                sink,
                jdbcUrl,
                values.get("jdbc-user"),
                password,
                positive(values, "batch-size", 5000),
                values.containsKey("parallelism") ? positive(values, "parallelism", 1) : null,
                values.containsKey("source-parallelism") ? positive(values, "source-parallelism", 1) : null,
                duration(values, "source-idleness", null),
                duration(values, "checkpoint-interval", null));
    }

    private static Duration duration(Map<String, String> values, String name, Duration fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--" + name + " is an ISO-8601 duration such as PT1M, not '" + text + "'");
        }
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive whole number, not '" + text + "'");
    }
}
