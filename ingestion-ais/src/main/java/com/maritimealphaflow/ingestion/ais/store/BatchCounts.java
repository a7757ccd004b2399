package com.maritimealphaflow.ingestion.ais.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts added to a batch's {@code ingestion_log} row: by each chunk in the transaction that commits it, and at the
 * batch's end for what never reached a committed chunk (messages rejected or skipped after the last chunk, chunks
 * lost). Each addition keeps {@code messages = positionsStored + duplicates + staticsStored + rejected + skipped}, so
 * the row's counts add up after every commit, and after a crash they are those of what was committed.
 *
 * @param messages every message these counts account for
 * @param rejected rejected messages per reason
 * @param skipped well-formed messages of types not stored, per kind
 * @param firstReportAt the earliest report time among them, null if none
 * @param lastReportAt the latest, null if none
 */
public record BatchCounts(
        long messages,
        long positionsStored,
        long duplicates,
        long staticsStored,
        Map<String, Long> rejected,
        Map<String, Long> skipped,
        Instant firstReportAt,
        Instant lastReportAt) {

    /**
     * The {@code SET} list that adds counts to a row; {@link #bind} fills its parameters. {@code LEAST} and {@code
     * GREATEST} skip nulls, so a first addition sets the report times and an addition without reports keeps them.
     */
    public static final String ADD =
            """
            messages_received = messages_received + ?, positions_stored = positions_stored + ?,
            duplicates = duplicates + ?, statics_stored = statics_stored + ?, rejected = rejected + ?,
            rejected_reasons = jsonb_add_counts(rejected_reasons, ?::jsonb), skipped = jsonb_add_counts(skipped, ?::jsonb),
            first_report_at = LEAST(first_report_at, ?), last_report_at = GREATEST(last_report_at, ?)""";

    public BatchCounts {
        rejected = Map.copyOf(rejected);
        skipped = Map.copyOf(skipped);
    }

    /** Messages not stored (yet): what a batch hands a chunk, or keeps for its end. */
    public static BatchCounts unstored(
            long messages, Map<String, Long> rejected, Map<String, Long> skipped, Instant first, Instant last) {
        return new BatchCounts(messages, 0, 0, 0, rejected, skipped, first, last);
    }

    /** These counts with a written chunk's result: its positions, duplicates and statics, or its loss. */
    public BatchCounts with(ChunkResult result) {
        Map<String, Long> rejectedWith = new TreeMap<>(rejected);
        if (result.lost() > 0) {
            rejectedWith.merge(result.lostReason().key(), result.lost(), Long::sum);
        }
        return new BatchCounts(
                messages,
                positionsStored + result.positionsStored(),
                duplicates + result.duplicates(),
                staticsStored + result.staticsStored(),
                rejectedWith,
                skipped,
                firstReportAt,
                lastReportAt);
    }

    public BatchCounts plus(BatchCounts other) {
        return new BatchCounts(
                messages + other.messages,
                positionsStored + other.positionsStored,
                duplicates + other.duplicates,
                staticsStored + other.staticsStored,
                sum(rejected, other.rejected),
                sum(skipped, other.skipped),
                earlier(firstReportAt, other.firstReportAt),
                later(lastReportAt, other.lastReportAt));
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Binds the parameters of {@link #ADD} from {@code index}; returns the index after them. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        statement.setLong(index++, messages);
        statement.setLong(index++, positionsStored);
        statement.setLong(index++, duplicates);
        statement.setLong(index++, staticsStored);
        statement.setLong(index++, rejectedTotal());
        statement.setString(index++, json(rejected));
        statement.setString(index++, json(skipped));
        statement.setTimestamp(index++, timestamp(firstReportAt));
        statement.setTimestamp(index++, timestamp(lastReportAt));
        return index;
    }

    /**
     * Report times as {@code ship_position} holds them: its binary {@code COPY} truncates to microseconds, while a
     * parameter would be rounded, and a first report time rounded up would lie after the first stored report.
     */
    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Keys are enum keys and type names we make ourselves: nothing to escape but to be safe against quotes. */
    private static String json(Map<String, Long> counts) {
        return new TreeMap<>(counts)
                .entrySet().stream()
                        .map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((key, count) -> sum.merge(key, count, Long::sum));
        return sum;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
