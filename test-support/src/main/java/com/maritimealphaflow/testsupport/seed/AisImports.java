package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AIS history imports as the ingestion service leaves them: the job ({@code ais_import}), its files in reading order
 * ({@code ais_import_file}) and, for each attempt at a file, the {@code ingestion_log} row of kind {@code ais-import}
 * that carries the import's id and the attempt's counts. The file points at its latest attempt's row.
 *
 * <pre>{@code
 * long id = seed.aisImports().insert(Import.of("dma", createdAt).running(startedAt)
 *         .file(File.day(LocalDate.parse("2021-03-14")).completed().bytes(1000, 1000).rows(500)
 *                 .attempt(Attempt.of(startedAt).completed(endedAt).counts(500, 400, 20).skipped(Map.of("thinned", 30L))))
 *         .file(File.day(LocalDate.parse("2021-03-15")).bytes(1000, 0)));
 * }</pre>
 */
public final class AisImports {

    // The kind of an attempt's row, as the ingestion service writes it.
    private static final String AIS_IMPORT = "ais-import";

    /** One import, built up from a queued one with no files. */
    public static final class Import {

        private final String source;
        private final Instant createdAt;
        private String status = "queued";
        private Instant startedAt;
        private Instant endedAt;
        private String error;
        private final List<File> files = new ArrayList<>();

        private Import(String source, Instant createdAt) {
            this.source = source;
            this.createdAt = createdAt;
        }

        /** A queued import of {@code source}: {@code noaa}, {@code dma}, {@code nmea} or {@code csv}. */
        public static Import of(String source, Instant createdAt) {
            return new Import(source, createdAt);
        }

        public Import running(Instant startedAt) {
            this.status = "running";
            this.startedAt = startedAt;
            return this;
        }

        /** Ended at {@code endedAt} with {@code status}: completed, failed or cancelled. */
        public Import ended(Instant endedAt, String status) {
            this.endedAt = endedAt;
            this.status = status;
            return this;
        }

        public Import error(String error) {
            this.error = error;
            return this;
        }

        /** The next file in reading order. */
        public Import file(File file) {
            files.add(file);
            return this;
        }
    }

    /** One file of an import, built up from a pending one of unknown size, nothing read. */
    public static final class File {

        private final String location;
        private final LocalDate day;
        private String status = "pending";
        private Long bytesTotal;
        private long bytesRead;
        private long rowsRead;
        private String error;
        private final List<Attempt> attempts = new ArrayList<>();

        private File(String location, LocalDate day) {
            this.location = location;
            this.day = day;
        }

        /** A day of an archive to download. */
        public static File day(LocalDate day) {
            return new File("https://archive.example/" + day + ".zip", day);
        }

        /** A file on disk, under the import directory. */
        public static File path(String location) {
            return new File(location, null);
        }

        /** {@code pending}, {@code running}, {@code completed}, {@code missing}, {@code failed} or {@code cancelled}. */
        public File status(String status) {
            this.status = status;
            return this;
        }

        public File running() {
            return status("running");
        }

        public File completed() {
            return status("completed");
        }

        /** The archive has no such day. */
        public File missing() {
            return status("missing");
        }

        public File failed(String error) {
            this.error = error;
            return status("failed");
        }

        /** The file's size ({@code total}, null while unknown) and the bytes read of it so far. */
        public File bytes(Long total, long read) {
            this.bytesTotal = total;
            this.bytesRead = read;
            return this;
        }

        /** Rows read so far; all of them committed. */
        public File rows(long read) {
            this.rowsRead = read;
            return this;
        }

        /** The next attempt at the file, with its row of {@code ingestion_log}. */
        public File attempt(Attempt attempt) {
            attempts.add(attempt);
            return this;
        }
    }

    /**
     * One attempt at a file: its {@code ingestion_log} row, built up from a running one with nothing received. The
     * messages received that were neither stored as positions or static data, rejected nor skipped count as duplicates.
     */
    public static final class Attempt {

        private final Instant startedAt;
        private Instant endedAt;
        private String status = "running";
        private long messagesReceived;
        private long positionsStored;
        private long staticsStored;
        private Map<String, Long> rejectedReasons = Map.of();
        private Map<String, Long> skipped = Map.of();
        private Instant firstReportAt;
        private Instant lastReportAt;
        private Instant aggregatedAt;

        private Attempt(Instant startedAt) {
            this.startedAt = startedAt;
        }

        public static Attempt of(Instant startedAt) {
            return new Attempt(startedAt);
        }

        public Attempt completed(Instant endedAt) {
            return ended(endedAt, "completed");
        }

        /** Ended at {@code endedAt} with {@code status}: completed, failed, interrupted or abandoned. */
        public Attempt ended(Instant endedAt, String status) {
            this.endedAt = endedAt;
            this.status = status;
            return this;
        }

        public Attempt counts(long received, long positions, long statics) {
            this.messagesReceived = received;
            this.positionsStored = positions;
            this.staticsStored = statics;
            return this;
        }

        /** Rejected rows per reason. */
        public Attempt rejected(Map<String, Long> reasons) {
            this.rejectedReasons = reasons;
            return this;
        }

        /** Rows skipped per kind, e.g. {@code thinned}, {@code outside_bounds}, {@code category_not_kept}. */
        public Attempt skipped(Map<String, Long> kinds) {
            this.skipped = kinds;
            return this;
        }

        /** The report times of the earliest and latest position stored. */
        public Attempt reports(Instant first, Instant last) {
            this.firstReportAt = first;
            this.lastReportAt = last;
            return this;
        }

        /** When the aggregation service counted the attempt; null until it has. */
        public Attempt aggregatedAt(Instant aggregatedAt) {
            this.aggregatedAt = aggregatedAt;
            return this;
        }

        private static long sum(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        private static String json(Map<String, Long> counts) {
            return counts.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    private final JdbcTemplate jdbc;

    AisImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the import, its files and their attempts, and returns the import's id. */
    public long insert(Import job) {
        long id = jdbc.queryForObject(
                "INSERT INTO ais_import (source, request, status, created_at, started_at, ended_at, error)"
                        + " VALUES (?, ?::jsonb, ?, ?, ?, ?, ?) RETURNING id",
                Long.class,
                job.source,
                "{\"source\":\"" + job.source + "\"}",
                job.status,
                utc(job.createdAt),
                utc(job.startedAt),
                utc(job.endedAt),
                job.error);
        int seq = 0;
        for (File file : job.files) {
            Long latestAttempt = null;
            for (Attempt attempt : file.attempts) {
                latestAttempt = insert(id, job.source, attempt);
            }
            jdbc.update(
                    "INSERT INTO ais_import_file (import_id, seq, location, day, status, bytes_total, bytes_read,"
                            + " rows_read, rows_committed, attempts, ingestion_log_id, error)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    seq++,
                    file.location,
                    file.day,
                    file.status,
                    file.bytesTotal,
                    file.bytesRead,
                    file.rowsRead,
                    file.rowsRead,
                    file.attempts.size(),
                    latestAttempt,
                    file.error);
        }
        return id;
    }

    private long insert(long importId, String source, Attempt attempt) {
        long rejected = Attempt.sum(attempt.rejectedReasons);
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, ais_import_id, started_at, ended_at, status,"
                        + " messages_received, positions_stored, statics_stored, duplicates, rejected,"
                        + " rejected_reasons, skipped, first_report_at, last_report_at, aggregated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?) RETURNING id",
                Long.class,
                source,
                AIS_IMPORT,
                importId,
                utc(attempt.startedAt),
                utc(attempt.endedAt),
                attempt.status,
                attempt.messagesReceived,
                attempt.positionsStored,
                attempt.staticsStored,
                attempt.messagesReceived
                        - attempt.positionsStored
                        - attempt.staticsStored
                        - rejected
                        - Attempt.sum(attempt.skipped),
                rejected,
                Attempt.json(attempt.rejectedReasons),
                Attempt.json(attempt.skipped),
                utc(attempt.firstReportAt),
                utc(attempt.lastReportAt),
                utc(attempt.aggregatedAt));
    }
}
